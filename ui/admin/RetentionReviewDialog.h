#pragma once

#include "privacy/Retention.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace redress {

class Session;

// The cases past retention today, each with why (labels and UK dates) and the counts per
// kind; "Apply…" asks, then anonymises or deletes them in one transaction on a worker, with
// a progress bar and Cancel (which changes nothing).
class RetentionReviewDialog : public QDialog
{
    Q_OBJECT

public:
    RetentionReviewDialog(Session& session, QWidget* parent = nullptr);

signals:
    // After a run that changed something: a sentence saying what.
    void applied(const QString& summary);

private:
    void load();
    void apply();

    Session& m_session;
    QList<RetentionCandidate> m_due;
    QTableWidget* m_table = nullptr;
    QLabel* m_counts = nullptr;
    QPushButton* m_apply = nullptr;
};

} // namespace redress

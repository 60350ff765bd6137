#pragma once

#include "util/Result.h"

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace redress {

struct ImportSession;

// Step 5: the import itself, on a worker thread behind a progress bar with Cancel, all or
// nothing; then what it did and the batch number to undo it by.
class ImportPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportPage(ImportSession& session, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    Status runImport();

signals:
    void casesImported(qint64 batchId);

private:
    static QString stagesText(const QStringList& stages, bool done);
    ImportSession& m_session;
    QLabel* m_intro = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_start = nullptr;
};

} // namespace redress

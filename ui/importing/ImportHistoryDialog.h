#pragma once

#include "import/ImportBatches.h"
#include "util/Result.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace redress {

class Session;

// Every import batch (who, when, which file, its checksum, rows, whether undone), and undoing
// one as a whole.
class ImportHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportHistoryDialog(Session& session, QWidget* parent = nullptr);

    Status reload();
    const QList<import::ImportBatch>& batches() const { return m_batches; }
    // Asks first; then removes the batch's cases on a worker thread.
    Status undoSelected();
    Status undo(qint64 batchId);

signals:
    void casesChanged();

private:
    qint64 selectedBatch() const;
    void updateActions();
    void showStatus(const QString& text, bool isError);

    Session& m_session;
    QList<import::ImportBatch> m_batches;
    QTableView* m_view = nullptr;
    QStandardItemModel* m_model = nullptr;
    QPushButton* m_undo = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace redress

#include "ImportHistoryDialog.h"

#include "common/BackgroundTask.h"
#include "common/MessageBox.h"
#include "import/Importer.h"
#include "importing/ImportSession.h"
#include "session/Session.h"
#include "util/UkFormat.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace redress {

namespace {

constexpr int batchRole = Qt::UserRole + 1;

QString ukDateTime(const QDateTime& utc)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toTimeZone(QTimeZone(QByteArrayLiteral("Europe/London")));
    return ukDate(local.date()) + u' ' + local.time().toString(QStringLiteral("HH:mm"));
}

} // namespace

ImportHistoryDialog::ImportHistoryDialog(Session& session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("importHistoryDialog"));
    setWindowTitle(tr("Import history"));
    auto* layout = new QVBoxLayout(this);
    m_model = new QStandardItemModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("importBatches"));
    m_view->setAccessibleName(tr("Import batches"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    auto* caption = new QLabel(tr("&Imports, newest first:"), this);
    caption->setBuddy(m_view);
    layout->addWidget(caption);
    layout->addWidget(m_view, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("importHistoryStatus"));
    m_status->setAccessibleName(tr("Result of the last action"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_undo = buttons->addButton(tr("&Undo this import…"), QDialogButtonBox::ActionRole);
    m_undo->setObjectName(QStringLiteral("undoImport"));
    m_undo->setAccessibleName(tr("Undo the selected import"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeImportHistory"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_undo, &QPushButton::clicked, this, [this] {
        if (Status undone = undoSelected(); !undone)
            showStatus(undone.error(), true);
    });
    resize(900, 420);
    if (Status loaded = reload(); !loaded)
        showStatus(loaded.error(), true);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ImportHistoryDialog::updateActions);
    updateActions();
}

Status ImportHistoryDialog::reload()
{
    auto batches = m_session.importBatches().list();
    if (!batches)
        return Error{batches.error()};
    m_batches = batches.value();
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Batch"), tr("Imported"), tr("By"), tr("File"),
                                        tr("Rows"), tr("Cases now"), tr("Undone"), tr("SHA-256")});
    for (const import::ImportBatch& batch : m_batches) {
        auto* id = new QStandardItem;
        id->setData(batch.id, Qt::DisplayRole);
        id->setData(batch.id, batchRole);
        auto* rows = new QStandardItem;
        rows->setData(batch.rowCount, Qt::DisplayRole);
        auto* cases = new QStandardItem;
        cases->setData(batch.caseCount, Qt::DisplayRole);
        m_model->appendRow(
            {id, new QStandardItem(ukDateTime(batch.importedAtUtc)),
             new QStandardItem(batch.importedBy), new QStandardItem(batch.fileName), rows, cases,
             new QStandardItem(batch.undoneAtUtc.isValid() ? ukDateTime(batch.undoneAtUtc)
                                                           : tr("no")),
             new QStandardItem(batch.checksum)});
    }
    m_view->resizeColumnsToContents();
    if (!m_batches.isEmpty())
        m_view->selectRow(0);
    updateActions();
    return {};
}

qint64 ImportHistoryDialog::selectedBatch() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.constFirst().data(batchRole).toLongLong();
}

void ImportHistoryDialog::updateActions()
{
    const qint64 batch = selectedBatch();
    bool undone = true;
    for (const import::ImportBatch& b : m_batches)
        if (b.id == batch)
            undone = b.undoneAtUtc.isValid();
    m_undo->setEnabled(batch != 0 && !undone);
}

Status ImportHistoryDialog::undoSelected()
{
    const qint64 batch = selectedBatch();
    if (batch == 0)
        return fail(tr("Choose the import to undo."));
    QString fileName;
    qint64 cases = 0;
    for (const import::ImportBatch& b : m_batches)
        if (b.id == batch) {
            fileName = b.fileName;
            cases = b.caseCount;
        }
    if (MessageBox::question(
            this, QStringLiteral("confirmUndoImport"), tr("Undo this import"),
            tr("Undo import batch %1 (%2)? Its %3 cases are removed from Redress, with any work "
               "recorded on them since. The audit trail keeps a record.")
                .arg(batch)
                .arg(fileName)
                .arg(cases)) != QMessageBox::Yes)
        return {};
    return undo(batch);
}

Status ImportHistoryDialog::undo(qint64 batchId)
{
    const Session& application = m_session;
    qint64 removed = 0;
    const Status status = BackgroundTask::run(this, tr("Undoing import batch %1…").arg(batchId),
                                              [&](const BackgroundTask::Progress&) -> Status {
                                                  auto worker = application.openWorker();
                                                  if (!worker)
                                                      return Error{worker.error()};
                                                  auto undone = worker.value()->undoImport(batchId);
                                                  if (!undone)
                                                      return Error{undone.error()};
                                                  removed = undone.value();
                                                  return {};
                                              });
    if (!status)
        return status;
    if (Status loaded = reload(); !loaded)
        return loaded;
    showStatus(
        tr("Import batch %1 undone: %n case(s) removed.", nullptr, int(removed)).arg(batchId),
        false);
    m_session.notifyCasesChanged();
    emit casesChanged();
    return {};
}

void ImportHistoryDialog::showStatus(const QString& text, bool isError)
{
    m_status->setText(text);
    m_status->setStyleSheet(
        isError ? QStringLiteral("QLabel { background: #fde7e9; color: #7a0010; padding: 6px; }")
                : QString());
}

} // namespace redress

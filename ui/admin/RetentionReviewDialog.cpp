#include "RetentionReviewDialog.h"

#include "common/BackgroundTask.h"
#include "common/MessageBox.h"
#include "common/ReadOnlyTable.h"
#include "session/Session.h"
#include "util/UkFormat.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace redress {

RetentionReviewDialog::RetentionReviewDialog(Session& session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("retentionReview"));
    setWindowTitle(tr("Cases past retention"));
    auto* layout = new QVBoxLayout(this);
    m_table = makeReadOnlyTable(QStringLiteral("retentionCases"),
                                {tr("Reference"), tr("Kind"), tr("Closed"), tr("Due"), tr("Action"),
                                 tr("Documents"), tr("Why")},
                                this);
    m_table->setAccessibleName(tr("Cases past retention"));
    layout->addWidget(m_table);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("retentionCounts"));
    m_counts->setWordWrap(true);
    layout->addWidget(m_counts);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_apply = buttons->addButton(tr("&Apply…"), QDialogButtonBox::ActionRole);
    m_apply->setObjectName(QStringLiteral("applyRetention"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, &RetentionReviewDialog::apply);
    layout->addWidget(buttons);
    resize(760, 420);
    load();
}

void RetentionReviewDialog::load()
{
    auto due = Retention(m_session).review();
    if (!due) {
        m_due.clear();
        m_counts->setText(due.error());
        m_apply->setEnabled(false);
        return;
    }
    m_due = due.value();
    QList<QStringList> rows;
    for (const RetentionCandidate& candidate : std::as_const(m_due))
        rows.append({candidate.shownReference(), caseKindLabel(candidate.kind),
                     ukDate(candidate.closedOn), ukDate(candidate.dueOn),
                     retentionActionLabel(candidate.rule.action),
                     QString::number(candidate.documents), candidate.reason()});
    fillReadOnlyTable(m_table, rows);
    m_counts->setText(m_due.isEmpty() ? tr("No cases are past retention.")
                                      : Retention::countsByKind(m_due).join(u'\n') + u'\n' +
                                            Retention::documentsSummary(m_due));
    m_apply->setEnabled(!m_due.isEmpty() && m_session.isAdministrator());
}

void RetentionReviewDialog::apply()
{
    const QString title = tr("Apply the retention schedule");
    if (MessageBox::question(
            this, QStringLiteral("confirmRetention"), title,
            tr("Anonymise or delete these %n case(s) now, as the schedule says? Their personal "
               "data is also removed from the audit trail. This cannot be undone.",
               nullptr, int(m_due.size()))) != QMessageBox::Yes)
        return;
    QList<qint64> ids;
    for (const RetentionCandidate& candidate : std::as_const(m_due))
        ids.append(candidate.caseId);
    RetentionOutcome outcome;
    const Status done =
        BackgroundTask::run(this, tr("Applying the retention schedule…"),
                            [&](const BackgroundTask::Progress& progress) -> Status {
                                auto worker = m_session.openWorker();
                                if (!worker)
                                    return Error{worker.error()};
                                auto result =
                                    Retention(*worker.value()).apply(ids, [&](int done, int total) {
                                        return progress(done, total);
                                    });
                                if (!result)
                                    return Error{result.error()};
                                outcome = result.value();
                                return {};
                            });
    if (!done) {
        MessageBox::warning(this, QStringLiteral("retentionFailed"), title, done.error());
        load();
        return;
    }
    m_session.notifyCasesChanged();
    int anonymised = 0;
    for (int count : std::as_const(outcome.anonymised))
        anonymised += count;
    emit applied(tr("%n case(s) anonymised", nullptr, anonymised) +
                 tr(", %n deleted.", nullptr, outcome.total() - anonymised));
    load();
}

} // namespace redress

#include "RetentionCommand.h"

#include "cli/TextTable.h"
#include "privacy/Retention.h"
#include "util/Clock.h"
#include "util/UkFormat.h"

namespace redress::cli {

RetentionCommand::RetentionCommand()
    : Command(QStringLiteral("retention"),
              tr("List (--dry-run) or anonymise and delete (--apply) the cases past retention"))
{}

int RetentionCommand::execute(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("List the cases past retention today and why; change "
                                       "nothing."));
    const QCommandLineOption applyOption(
        QStringLiteral("apply"),
        tr("Anonymise or delete them as the schedule says, in one audited transaction "
           "(administrators only)."));
    parser.addOptions({dryRun, applyOption});
    if (auto stop = parse(parser, arguments))
        return *stop;
    if (parser.isSet(dryRun) == parser.isSet(applyOption))
        return usageError(tr("Say what to do: --dry-run to list, or --apply to act (one of them)"));
    int code = ExitSuccess;
    auto session = openSession(parser, Database::Mode::MustExist, code);
    if (!session)
        return code;
    Retention retention(*session);
    auto due = retention.review();
    if (!due)
        return failure(due.error());
    auto schedule = RetentionSchedule(session->database()).effectiveRules();
    if (!schedule)
        return failure(schedule.error());
    out() << tr("Retention schedule (on %1):").arg(ukDate(Clock::today())) << u'\n';
    for (const RetentionRule& rule : schedule.value())
        out() << QStringLiteral("  ") << rule.describe() << u'\n';
    if (due->isEmpty()) {
        out() << tr("No cases are past retention.") << Qt::endl;
        return ExitSuccess;
    }
    TextTable table({tr("Reference"), tr("Kind"), tr("Closed"), tr("Due"), tr("Action"),
                     tr("Documents"), tr("Why")});
    for (const RetentionCandidate& candidate : due.value())
        table.addRow({candidate.shownReference(), caseKindLabel(candidate.kind),
                      ukDate(candidate.closedOn), ukDate(candidate.dueOn),
                      retentionActionLabel(candidate.rule.action),
                      QString::number(candidate.documents), candidate.reason()});
    table.print(out());
    for (const QString& line : Retention::countsByKind(due.value()))
        out() << line << u'\n';
    out() << Retention::documentsSummary(due.value()) << u'\n';
    if (parser.isSet(dryRun)) {
        out() << tr("Dry run: %n case(s) past retention; nothing was changed.", nullptr,
                    int(due->size()))
              << Qt::endl;
        return ExitSuccess;
    }
    QList<qint64> ids;
    for (const RetentionCandidate& candidate : due.value())
        ids.append(candidate.caseId);
    auto done = retention.apply(ids);
    if (!done)
        return failure(done.error());
    int anonymised = 0;
    for (int count : done->anonymised)
        anonymised += count;
    out() << tr("Done: %n case(s) anonymised", nullptr, anonymised)
          << tr(", %n deleted", nullptr, done->total() - anonymised)
          << tr(", %n document(s) removed", nullptr, int(done->documentsRemoved))
          << tr("; personal data removed from %n audit entry/entries.", nullptr,
                int(done->auditEntriesRedacted))
          << Qt::endl;
    return ExitSuccess;
}

} // namespace redress::cli

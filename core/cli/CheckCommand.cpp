#include "CheckCommand.h"

#include "cli/IntegrityCheck.h"
#include "storage/AuditLog.h"
#include "workflow/DeadlineRefresh.h"

namespace redress::cli {

CheckCommand::CheckCommand()
    : Command(QStringLiteral("check"),
              tr("Check the database and every case for damage and contradictions"))
{}

int CheckCommand::execute(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption fixDeadlines(
        QStringLiteral("fix-deadlines"),
        tr("First recompute the stored deadlines of every open case from the current calendar "
           "and timescales (audited), then check."));
    parser.addOption(fixDeadlines);
    if (auto stop = parse(parser, arguments))
        return *stop;
    int code = ExitSuccess;
    auto session = openSession(parser, Database::Mode::MustExist, code);
    if (!session)
        return code;
    if (parser.isSet(fixDeadlines)) {
        auto refreshed = DeadlineRefresh::run(session->database(), session->actor(),
                                              tr("redress-cli check --fix-deadlines"));
        if (!refreshed)
            return failure(refreshed.error());
        out() << tr("Deadlines recomputed: %1 of %2 open cases changed")
                     .arg(refreshed->casesChanged)
                     .arg(refreshed->casesChecked)
              << Qt::endl;
    }
    IntegrityCheck check(session->database());
    auto problems = check.run();
    if (!problems)
        return failure(problems.error());
    for (const Problem& problem : problems.value())
        out() << problem.reference << QStringLiteral(": ") << problem.message << u'\n';
    if (!problems->isEmpty()) {
        out().flush();
        return failure(tr("Problems found: %1 (cases checked: %2)")
                           .arg(problems->size())
                           .arg(check.casesChecked()));
    }
    out() << tr("No problems found (cases checked: %1)").arg(check.casesChecked()) << Qt::endl;
    // Blanked on purpose (retention, an undone import): not tampering, but said.
    if (auto redacted = session->auditLog().redactedCount(); redacted && redacted.value() > 0)
        out() << tr("%n audit entry/entries had personal data removed (retention or an undone "
                    "import); the chain still holds.",
                    nullptr, int(redacted.value()))
              << Qt::endl;
    return ExitSuccess;
}

} // namespace redress::cli

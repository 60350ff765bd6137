#include "CheckCommand.h"

#include "cli/IntegrityCheck.h"

namespace redress::cli {

CheckCommand::CheckCommand()
    : Command(QStringLiteral("check"),
              tr("Check the database and every case for damage and contradictions"))
{}

int CheckCommand::execute(const QStringList& arguments)
{
    QCommandLineParser parser;
    if (auto stop = parse(parser, arguments))
        return *stop;
    int code = ExitSuccess;
    auto database = open(parser, Database::Mode::MustExist, code);
    if (!database)
        return code;
    IntegrityCheck check(*database);
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
    return ExitSuccess;
}

} // namespace redress::cli

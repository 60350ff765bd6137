#include "CaseRestrictCommand.h"

#include "privacy/CaseRestriction.h"
#include "storage/CaseRepository.h"

namespace redress::cli {

CaseRestrictCommand::CaseRestrictCommand()
    : Command(QStringLiteral("case restrict"),
              tr("Restrict a case to named people, or lift the restriction"))
{}

int CaseRestrictCommand::execute(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption toOption(
        QStringLiteral("to"),
        tr("A login who may see the case (give --to once for each). You are always included."),
        QStringLiteral("LOGIN"));
    const QCommandLineOption liftOption(QStringLiteral("lift"),
                                        tr("Lift the restriction: everyone may see the case."));
    parser.addOptions({toOption, liftOption});
    parser.addPositionalArgument(QStringLiteral("REF"),
                                 tr("The case's reference, e.g. CP-2020-00042."));
    if (auto stop = parse(parser, arguments, {QStringLiteral("REF")}))
        return *stop;
    const QStringList logins = parser.values(toOption);
    const bool lift = parser.isSet(liftOption);
    if (lift == !logins.isEmpty())
        return usageError(tr("Give either --to LOGIN (once for each person) or --lift"));
    int code = ExitSuccess;
    auto session = openSession(parser, Database::Mode::MustExist, code);
    if (!session)
        return code;
    auto record = session->cases().loadByReference(parser.positionalArguments().constFirst());
    if (!record)
        return failure(record.error());
    CaseRestriction restriction(*session);
    if (Status done = lift ? restriction.lift(*record) : restriction.restrictTo(*record, logins);
        !done)
        return failure(done.error());
    auto now = restriction.peopleFor(record->id);
    if (!now)
        return failure(now.error());
    out() << (now->isEmpty() ? tr("%1: everyone may see it").arg(record->reference)
                             : tr("%1: restricted to %2")
                                   .arg(record->reference, now->join(QStringLiteral(", "))))
          << Qt::endl;
    return ExitSuccess;
}

} // namespace redress::cli

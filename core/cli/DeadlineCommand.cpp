#include "DeadlineCommand.h"

#include "calendar/WorkingDayCalendar.h"
#include "procedure/DeadlineCalculator.h"
#include "procedure/ProcedureProfile.h"
#include "storage/ReferenceData.h"

#include <QFileInfo>

namespace redress::cli {

DeadlineCommand::DeadlineCommand()
    : Command(QStringLiteral("deadline"), tr("Work out a stage's response deadline from a date"))
{}

int DeadlineCommand::execute(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption procedureOption(
        QStringLiteral("procedure"),
        tr("The procedure profile: statutory, corporate, concern, mp_enquiry…"),
        QStringLiteral("code"));
    const QCommandLineOption stageOption(QStringLiteral("stage"),
                                         tr("The stage number: 1, 2 or 3."), QStringLiteral("n"));
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        tr("The day the clock starts, YYYY-MM-DD."),
                                        QStringLiteral("date"));
    const QCommandLineOption extendedOption(QStringLiteral("extended"),
                                            tr("With the longest extension the stage allows."));
    parser.addOptions({procedureOption, stageOption, fromOption, extendedOption});
    if (auto stop = parse(parser, arguments))
        return *stop;
    if (!parser.isSet(procedureOption))
        return usageError(tr("Name the procedure with --procedure CODE"));
    if (!parser.isSet(stageOption))
        return usageError(tr("Give the stage with --stage N"));
    if (!parser.isSet(fromOption))
        return usageError(tr("Give the day the clock starts with --from YYYY-MM-DD"));
    bool ok = false;
    const int stageNumber = parser.value(stageOption).toInt(&ok);
    if (!ok || stageNumber < 1)
        return usageError(tr("--stage needs a stage number such as 1, not \"%1\"")
                              .arg(parser.value(stageOption)));
    const auto from = parseDate(parser.value(fromOption));
    if (!from)
        return usageError(from.error());

    WorkingDayCalendar calendar{BankHolidays::england()};
    ProcedureCatalog catalog = ProcedureCatalog::defaults();
    auto where = location(parser);
    if (!where)
        return usageError(where.error());
    // The default file is used only if it is there; a named one must be there.
    if (databaseNamed(parser) || QFileInfo::exists(where->filePath)) {
        int code = ExitSuccess;
        auto database = open(parser, Database::Mode::MustExist, code);
        if (!database)
            return code;
        ReferenceData reference(*database);
        auto stored = reference.calendar();
        if (!stored)
            return failure(stored.error());
        auto profiles = reference.procedures();
        if (!profiles)
            return failure(profiles.error());
        calendar = stored.value();
        catalog = profiles.value();
    }

    const QString code = parser.value(procedureOption).trimmed();
    auto profile = catalog.profileFor(code, from.value());
    if (!profile)
        return failure(profile.error());
    const StageRule* rule = profile->stage(stageNumber);
    if (!rule)
        return failure(tr("The %1 has no stage %2 (its stages are 1 to %3)")
                           .arg(profile->name)
                           .arg(stageNumber)
                           .arg(profile->stageCount()));
    const WorkingDayCalendar days = DeadlineCalculator(calendar, profile.value()).calendar();
    int workingDays = parser.isSet(extendedOption) ? rule->maxResponseDays : rule->responseDays;
    // At a review panel stage the deadline that runs from the request is the panel's.
    if (rule->hasPanel())
        workingDays = rule->panelDays;
    if (workingDays <= 0)
        return failure(
            tr("Stage %1 of the %2 has no response deadline").arg(stageNumber).arg(profile->name));
    const QDate due = days.addWorkingDays(from.value(), workingDays);
    out() << due.toString(Qt::ISODate) << Qt::endl;
    return ExitSuccess;
}

} // namespace redress::cli

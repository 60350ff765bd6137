#include "KindCommands.h"

#include "cli/TextTable.h"
#include "session/CouncilKindSettings.h"
#include "storage/CaseKindStore.h"
#include "storage/CaseRepository.h"

namespace redress::cli {

namespace {

QString nameOf(KindsCommand::Kind kind)
{
    switch (kind) {
    case KindsCommand::Kind::List:
        return QStringLiteral("kinds list");
    case KindsCommand::Kind::Add:
        return QStringLiteral("kinds add");
    case KindsCommand::Kind::Rename:
        return QStringLiteral("kinds rename");
    case KindsCommand::Kind::Retire:
        return QStringLiteral("kinds retire");
    case KindsCommand::Kind::Set:
        return QStringLiteral("kinds set");
    }
    return {};
}

QString descriptionOf(KindsCommand::Kind kind)
{
    switch (kind) {
    case KindsCommand::Kind::List:
        return KindsCommand::tr("List the kinds of feedback, built-in and the council's own");
    case KindsCommand::Kind::Add:
        return KindsCommand::tr(
            "Add a kind of feedback of the council's own (an administrator's change, audited)");
    case KindsCommand::Kind::Rename:
        return KindsCommand::tr(
            "Rename a kind of the council's own (an administrator's change, audited)");
    case KindsCommand::Kind::Retire:
        return KindsCommand::tr("Stop offering a kind of the council's own for new cases (an "
                                "administrator's change, audited)");
    case KindsCommand::Kind::Set:
        return KindsCommand::tr("Change the reference prefix, response clock, report group or "
                                "retention of a kind of the council's own (an administrator's "
                                "change, audited)");
    }
    return {};
}

QString clockText(int days)
{
    return days > 0 ? KindsCommand::tr("%n working day(s)", nullptr, days)
                    : KindsCommand::tr("none");
}

QString clockText(const CouncilKind& kind)
{
    if (!kind.isExtendable())
        return clockText(kind.clockDays);
    return KindsCommand::tr("%1 (extended: %2)")
        .arg(clockText(kind.clockDays), clockText(kind.extendedDays));
}

// A whole number of days or years from an option, or nullopt with `problem` set.
std::optional<int> wholeNumber(const QCommandLineParser& parser, const QString& option, int least,
                               QString& problem)
{
    bool ok = false;
    const int value = parser.value(option).trimmed().toInt(&ok);
    if (ok && value >= least)
        return value;
    problem = KindsCommand::tr("--%1 takes a whole number from %2, not \"%3\"")
                  .arg(option)
                  .arg(least)
                  .arg(parser.value(option));
    return std::nullopt;
}

} // namespace

KindsCommand::KindsCommand(Kind kind) : Command(nameOf(kind), descriptionOf(kind)), m_kind(kind) {}

int KindsCommand::execute(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption prefixOption(
        QStringLiteral("prefix"),
        tr("Its cases' reference prefix, two to four letters (made from the name if left out)."),
        tr("letters"));
    const QCommandLineOption daysOption(
        QStringLiteral("days"), tr("Working days to respond; 0 or left out: no response clock."),
        tr("days"));
    const QCommandLineOption groupOption(
        QStringLiteral("counted-as"),
        tr("Where the reports count it: other_feedback (the default) or enquiry."), tr("group"));
    const QCommandLineOption clockOption(QStringLiteral("clock-days"),
                                         tr("Working days to respond."), tr("days"));
    const QCommandLineOption extendedOption(
        QStringLiteral("extended-days"),
        tr("The most working days an extension allows in total; 0: no extension."), tr("days"));
    const QCommandLineOption noClockOption(QStringLiteral("no-clock"),
                                           tr("No response clock (and no extension)."));
    const QCommandLineOption reportGroupOption(
        QStringLiteral("report-group"),
        tr("Where the reports count it: other_feedback or enquiry."), tr("group"));
    const QCommandLineOption retentionOption(
        QStringLiteral("retention-years"),
        tr("Years its cases are kept after closure; 0: as long as its report group's "
           "(comments for other feedback, general enquiries for enquiries)."),
        tr("years"));
    QStringList positionals;
    switch (m_kind) {
    case Kind::List:
        break;
    case Kind::Add:
        parser.addOptions({prefixOption, daysOption, groupOption});
        positionals = {QStringLiteral("NAME")};
        break;
    case Kind::Rename:
        positionals = {QStringLiteral("KIND"), QStringLiteral("NEW_NAME")};
        break;
    case Kind::Retire:
        positionals = {QStringLiteral("KIND")};
        break;
    case Kind::Set:
        parser.addOptions({prefixOption, clockOption, extendedOption, noClockOption,
                           reportGroupOption, retentionOption});
        positionals = {QStringLiteral("KIND")};
        break;
    }
    if (auto stop = parse(parser, arguments, positionals))
        return *stop;
    switch (m_kind) {
    case Kind::List:
        return list(parser);
    case Kind::Add:
        return add(parser);
    case Kind::Rename:
        return rename(parser);
    case Kind::Retire:
        return retire(parser);
    case Kind::Set:
        return set(parser);
    }
    return ExitFailure;
}

int KindsCommand::list(const QCommandLineParser& parser)
{
    int code = ExitSuccess;
    auto database = open(parser, Database::Mode::MustExist, code);
    if (!database)
        return code;
    TextTable table({tr("Code"), tr("Name"), tr("Prefix"), tr("Response clock"), tr("Counted as"),
                     tr("Offered")});
    for (CaseKind kind : allCaseKinds())
        table.addRow({caseKindCode(kind), caseKindLabel(kind),
                      CaseRepository::referencePrefix(kind), tr("its procedure's"), tr("built-in"),
                      tr("yes")});
    for (const CouncilKind& kind : councilKinds())
        table.addRow({kind.code, kind.name, kind.referencePrefix, clockText(kind),
                      kindReportGroupLabel(kind.reportGroup),
                      kind.retired ? tr("no (retired)") : tr("yes")});
    table.print(out());
    out().flush();
    return ExitSuccess;
}

int KindsCommand::add(const QCommandLineParser& parser)
{
    CouncilKind wanted;
    wanted.name = parser.positionalArguments().constFirst().simplified();
    wanted.referencePrefix = parser.value(QStringLiteral("prefix"));
    if (parser.isSet(QStringLiteral("days"))) {
        bool ok = false;
        wanted.clockDays = parser.value(QStringLiteral("days")).trimmed().toInt(&ok);
        if (!ok || wanted.clockDays < 0)
            return usageError(tr("--days takes a whole number of working days, 0 for no clock, "
                                 "not \"%1\"")
                                  .arg(parser.value(QStringLiteral("days"))));
    }
    if (parser.isSet(QStringLiteral("counted-as"))) {
        const QString typed = parser.value(QStringLiteral("counted-as")).trimmed().toLower();
        const auto group = kindReportGroupFromCode(typed);
        if (!group)
            return usageError(
                tr("--counted-as is other_feedback or enquiry, not \"%1\"").arg(typed));
        wanted.reportGroup = *group;
    }
    int code = ExitSuccess;
    auto session = openSession(parser, Database::Mode::MustExist, code);
    if (!session)
        return code;
    auto added = session->caseKinds().add(wanted);
    if (!added)
        return refusal(added.error(), tr("%1. Nothing was added.").arg(added.error()));
    session->notifyReferenceDataChanged();
    out() << tr("Added the kind \"%1\" (code %2): references %3-YYYY-NNNNN, response clock %4, "
                "counted as %5")
                 .arg(added->name, added->code, added->referencePrefix, clockText(added->clockDays),
                      kindReportGroupLabel(added->reportGroup))
          << u'\n';
    out().flush();
    return ExitSuccess;
}

int KindsCommand::rename(const QCommandLineParser& parser)
{
    const QString typed = parser.positionalArguments().at(0);
    const QString name = parser.positionalArguments().at(1).simplified();
    int code = ExitSuccess;
    auto session = openSession(parser, Database::Mode::MustExist, code);
    if (!session)
        return code;
    const auto kind = CaseKindStore::find(typed);
    if (!kind)
        return failure(tr("There is no kind of the council's called \"%1\" (built-in kinds "
                          "cannot be renamed); \"kinds list\" shows them. Nothing was changed.")
                           .arg(typed));
    if (Status renamed = session->caseKinds().rename(kind->code, name); !renamed)
        return refusal(renamed.error(), tr("%1. Nothing was changed.").arg(renamed.error()));
    session->notifyReferenceDataChanged();
    out() << tr("Renamed the kind \"%1\" to \"%2\"").arg(kind->name, name) << u'\n';
    out().flush();
    return ExitSuccess;
}

int KindsCommand::retire(const QCommandLineParser& parser)
{
    const QString typed = parser.positionalArguments().constFirst();
    int code = ExitSuccess;
    auto session = openSession(parser, Database::Mode::MustExist, code);
    if (!session)
        return code;
    const auto kind = CaseKindStore::find(typed);
    if (!kind)
        return failure(tr("There is no kind of the council's called \"%1\" (built-in kinds "
                          "cannot be retired); \"kinds list\" shows them. Nothing was changed.")
                           .arg(typed));
    if (Status retired = session->caseKinds().setRetired(kind->code, true); !retired)
        return refusal(retired.error(), tr("%1. Nothing was changed.").arg(retired.error()));
    session->notifyReferenceDataChanged();
    out() << tr("Retired the kind \"%1\": it is no longer offered for new cases; its cases are "
                "still shown and counted")
                 .arg(kind->name)
          << u'\n';
    out().flush();
    return ExitSuccess;
}

int KindsCommand::set(const QCommandLineParser& parser)
{
    CouncilKindChange change;
    QString problem;
    if (parser.isSet(QStringLiteral("prefix")))
        change.referencePrefix = parser.value(QStringLiteral("prefix"));
    if (parser.isSet(QStringLiteral("no-clock"))) {
        if (parser.isSet(QStringLiteral("clock-days")) ||
            parser.isSet(QStringLiteral("extended-days")))
            return usageError(tr("--no-clock takes no --clock-days or --extended-days"));
        change.clockDays = 0;
        change.extendedDays = 0;
    }
    if (parser.isSet(QStringLiteral("clock-days"))) {
        change.clockDays = wholeNumber(parser, QStringLiteral("clock-days"), 1, problem);
        if (!change.clockDays)
            return usageError(problem);
    }
    if (parser.isSet(QStringLiteral("extended-days"))) {
        change.extendedDays = wholeNumber(parser, QStringLiteral("extended-days"), 0, problem);
        if (!change.extendedDays)
            return usageError(problem);
    }
    if (parser.isSet(QStringLiteral("report-group"))) {
        const QString typed = parser.value(QStringLiteral("report-group")).trimmed().toLower();
        change.reportGroup = kindReportGroupFromCode(typed);
        if (!change.reportGroup)
            return usageError(
                tr("--report-group is other_feedback or enquiry, not \"%1\"").arg(typed));
    }
    if (parser.isSet(QStringLiteral("retention-years"))) {
        change.retentionYears = wholeNumber(parser, QStringLiteral("retention-years"), 0, problem);
        if (!change.retentionYears)
            return usageError(problem);
    }
    if (!change.referencePrefix && !change.clockDays && !change.extendedDays &&
        !change.reportGroup && !change.retentionYears)
        return usageError(tr("Say what to change: --prefix, --clock-days (with --extended-days), "
                             "--no-clock, --report-group or --retention-years"));
    const QString typed = parser.positionalArguments().constFirst();
    int code = ExitSuccess;
    auto session = openSession(parser, Database::Mode::MustExist, code);
    if (!session)
        return code;
    const auto kind = CaseKindStore::find(typed);
    if (!kind)
        return failure(tr("There is no kind of the council's called \"%1\" (built-in kinds "
                          "cannot be changed); \"kinds list\" shows them. Nothing was changed.")
                           .arg(typed));
    auto changed = changeCouncilKind(*session, kind->code, change);
    if (!changed)
        return refusal(changed.error(), tr("%1. Nothing was changed.").arg(changed.error()));
    const CouncilKind& now = changed->kind;
    out() << tr("The kind \"%1\": references %2-YYYY-NNNNN (its cases keep theirs), response "
                "clock %3, counted as %4, kept %5")
                 .arg(now.name, now.referencePrefix, clockText(now),
                      kindReportGroupLabel(now.reportGroup),
                      now.retentionYears > 0
                          ? tr("%n year(s) after closure", nullptr, now.retentionYears)
                          : tr("as its report group's"))
          << u'\n';
    if (changed->refresh)
        out() << tr("Deadlines recomputed: %1 of %n open case(s) moved", nullptr,
                    changed->refresh->casesChecked)
                     .arg(changed->refresh->casesChanged)
              << u'\n';
    out().flush();
    return ExitSuccess;
}

} // namespace redress::cli

#include "KindCommands.h"

#include "cli/TextTable.h"
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
    }
    return {};
}

QString clockText(int days)
{
    return days > 0 ? KindsCommand::tr("%n working day(s)", nullptr, days)
                    : KindsCommand::tr("none");
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
        table.addRow({kind.code, kind.name, kind.referencePrefix, clockText(kind.clockDays),
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
        return failure(tr("%1. Nothing was added.").arg(added.error()));
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
        return failure(tr("%1. Nothing was changed.").arg(renamed.error()));
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
        return failure(tr("%1. Nothing was changed.").arg(retired.error()));
    session->notifyReferenceDataChanged();
    out() << tr("Retired the kind \"%1\": it is no longer offered for new cases; its cases are "
                "still shown and counted")
                 .arg(kind->name)
          << u'\n';
    out().flush();
    return ExitSuccess;
}

} // namespace redress::cli

#include "ReferenceCommands.h"

#include "cli/TextTable.h"
#include "procedure/ProcedureProfile.h"
#include "storage/ReferenceData.h"
#include "util/Clock.h"
#include "util/UkFormat.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace redress::cli {

namespace {

// The list a person means: its own name ("complainant_role"), with hyphens or spaces, or
// the plural they would say ("categories", "roles"). Empty when there is none.
QString listNamed(const QString& typed, const QStringList& lists)
{
    QString name = typed.trimmed().toLower();
    name.replace(QRegularExpression(QStringLiteral("[-\\s]+")), QStringLiteral("_"));
    QStringList candidates{name};
    if (name.endsWith(u"ies"))
        candidates << name.chopped(3) + u'y';
    if (name.endsWith(u's'))
        candidates << name.chopped(1);
    for (const QString& candidate : std::as_const(candidates)) {
        if (lists.contains(candidate))
            return candidate;
        if (lists.contains(u"complainant_" + candidate))
            return u"complainant_" + candidate;
    }
    return {};
}

// The unit of `level` ("portfolio", "service") a person names, by its name or code in any
// case; null when there is none. `names` gets every unit of that level, for the message.
const OrgUnit* unitNamed(const QList<OrgUnit>& units, const QString& level, const QString& typed,
                         QStringList& names)
{
    const OrgUnit* found = nullptr;
    for (const OrgUnit& unit : units) {
        if (unit.level != level)
            continue;
        names << unit.name;
        if (unit.name.compare(typed, Qt::CaseInsensitive) == 0 ||
            unit.code.compare(typed, Qt::CaseInsensitive) == 0)
            found = &unit;
    }
    return found;
}

// A code for a new value, from its label: "Special guardian" -> "special_guardian"; made
// unique within the list.
QString codeFor(const QString& label, const QSet<QString>& taken)
{
    QString base = label.toLower();
    base.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("_"));
    while (base.startsWith(u'_'))
        base.remove(0, 1);
    while (base.endsWith(u'_'))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("value");
    QString code = base;
    for (int n = 2; taken.contains(code); ++n)
        code = base + u'_' + QString::number(n);
    return code;
}

} // namespace

ListsShowCommand::ListsShowCommand()
    : Command(QStringLiteral("lists show"),
              tr("Show the lists (channels, categories, outcomes…), or one list's values"))
{}

int ListsShowCommand::execute(const QStringList& arguments)
{
    QCommandLineParser parser;
    if (auto stop = parse(parser, arguments, {QStringLiteral("[LIST]")}))
        return *stop;
    int code = ExitSuccess;
    auto database = open(parser, Database::Mode::MustExist, code);
    if (!database)
        return code;
    ReferenceData reference(*database);
    auto lists = reference.taxonomies();
    if (!lists)
        return failure(lists.error());
    if (parser.positionalArguments().isEmpty()) {
        for (const QString& list : lists.value())
            out() << list << u'\n';
        out().flush();
        return ExitSuccess;
    }
    const QString typed = parser.positionalArguments().constFirst();
    const QString list = listNamed(typed, lists.value());
    if (list.isEmpty())
        return failure(tr("There is no list \"%1\"; the lists are: %2")
                           .arg(typed, lists->join(QStringLiteral(", "))));
    auto terms = reference.terms(list);
    if (!terms)
        return failure(terms.error());
    TextTable table({tr("Code"), tr("Label"), tr("Active")});
    for (const TaxonomyTerm& term : terms.value())
        table.addRow({term.code, term.label, term.active ? tr("yes") : tr("no")});
    table.print(out());
    out().flush();
    return ExitSuccess;
}

ListsAddCommand::ListsAddCommand()
    : Command(QStringLiteral("lists add"),
              tr("Add values to a list (an administrator's change, audited)"))
{}

int ListsAddCommand::execute(const QStringList& arguments)
{
    QCommandLineParser parser;
    if (auto stop = parse(parser, arguments, {QStringLiteral("LIST"), QStringLiteral("VALUE…")}))
        return *stop;
    int code = ExitSuccess;
    auto session = openSession(parser, Database::Mode::MustExist, code);
    if (!session)
        return code;
    if (Status allowed = session->requireAdministrator(tr("the lists")); !allowed)
        return failure(allowed.error());
    ReferenceData reference = session->referenceData();
    auto lists = reference.taxonomies();
    if (!lists)
        return failure(lists.error());
    QStringList values = parser.positionalArguments();
    const QString typed = values.takeFirst();
    const QString list = listNamed(typed, lists.value());
    if (list.isEmpty())
        return failure(tr("There is no list \"%1\"; the lists are: %2. Nothing was added.")
                           .arg(typed, lists->join(QStringLiteral(", "))));
    auto terms = reference.terms(list);
    if (!terms)
        return failure(terms.error());
    QSet<QString> codes;
    QHash<QString, QString> labels; // case-folded label -> as stored
    int order = 0;
    for (const TaxonomyTerm& term : terms.value()) {
        codes.insert(term.code);
        labels.insert(term.label.toCaseFolded(), term.label);
        order = qMax(order, term.sortOrder + 1);
    }
    QList<TaxonomyTerm> added;
    for (const QString& value : std::as_const(values)) {
        const QString label = value.simplified();
        if (label.isEmpty())
            return failure(
                tr("A value of the %1 list cannot be blank. Nothing was added.").arg(list));
        if (const QString stored = labels.value(label.toCaseFolded()); !stored.isEmpty())
            return failure(
                (stored == label
                     ? tr("\"%1\" is already in the %2 list. Nothing was added.").arg(label, list)
                     : tr("\"%1\" is already in the %2 list (as \"%3\"). Nothing was added.")
                           .arg(label, list, stored)));
        TaxonomyTerm term;
        term.taxonomy = list;
        term.label = label;
        term.code = codeFor(label, codes);
        term.sortOrder = order++;
        codes.insert(term.code);
        labels.insert(label.toCaseFolded(), label);
        added << term;
    }
    Status saved = session->database().transaction([&]() -> Status {
        for (const TaxonomyTerm& term : std::as_const(added))
            if (Status one = reference.saveTerm(term); !one)
                return one;
        return {};
    });
    if (!saved)
        return refusal(saved.error(), tr("%1 Nothing was added.").arg(saved.error()));
    session->notifyReferenceDataChanged();
    for (const TaxonomyTerm& term : std::as_const(added))
        out() << tr("Added to the %1 list: \"%2\" (code %3)").arg(list, term.label, term.code)
              << u'\n';
    out().flush();
    return ExitSuccess;
}

std::optional<OrgUnitAddCommand::Organisation>
OrgUnitAddCommand::openOrganisation(const QCommandLineParser& parser, int& code)
{
    Organisation organisation;
    organisation.session = openSession(parser, Database::Mode::MustExist, code);
    if (!organisation.session)
        return std::nullopt;
    if (Status allowed =
            organisation.session->requireAdministrator(tr("the service areas and teams"));
        !allowed) {
        code = failure(allowed.error());
        return std::nullopt;
    }
    auto units = organisation.session->referenceData().orgUnits();
    if (!units) {
        code = failure(units.error());
        return std::nullopt;
    }
    organisation.units = std::move(units.value());
    return organisation;
}

int OrgUnitAddCommand::addUnit(Session& session, const OrgUnit& unit, const QString& added)
{
    auto id = session.referenceData().saveOrgUnit(unit);
    if (!id)
        return refusal(id.error(), tr("%1 Nothing was added.").arg(id.error()));
    session.notifyReferenceDataChanged();
    out() << added << Qt::endl;
    return ExitSuccess;
}

TeamsAddCommand::TeamsAddCommand()
    : OrgUnitAddCommand(QStringLiteral("teams add"),
                        tr("Add a team to a service area (an administrator's change, audited)"))
{}

int TeamsAddCommand::execute(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption serviceOption(QStringLiteral("service-area"),
                                           tr("The service area the team is in, by name."),
                                           tr("name"));
    parser.addOption(serviceOption);
    if (auto stop = parse(parser, arguments, {QStringLiteral("NAME")}))
        return *stop;
    if (!parser.isSet(serviceOption))
        return usageError(tr("Give the team's service area with --service-area NAME"));
    const QString name = parser.positionalArguments().constFirst().simplified();
    if (name.isEmpty())
        return usageError(tr("Give the team's name"));
    int code = ExitSuccess;
    auto organisation = openOrganisation(parser, code);
    if (!organisation)
        return code;
    const QList<OrgUnit>& units = organisation->units;
    const QString serviceName = parser.value(serviceOption).simplified();
    QStringList services;
    const OrgUnit* service = unitNamed(units, QStringLiteral("service"), serviceName, services);
    if (!service)
        return failure(tr("There is no service area \"%1\"; the service areas are: %2. Nothing "
                          "was added.")
                           .arg(serviceName, services.join(QStringLiteral(", "))));
    for (const OrgUnit& unit : units) {
        if (unit.parentId == service->id && unit.name.compare(name, Qt::CaseInsensitive) == 0)
            return failure(tr("%1 already has a team \"%2\". Nothing was added.")
                               .arg(service->name, unit.name));
    }
    OrgUnit team;
    team.parentId = service->id;
    team.level = QStringLiteral("team");
    team.name = name;
    return addUnit(*organisation->session, team,
                   tr("Team \"%1\" added to %2").arg(name, service->name));
}

ServiceAreasAddCommand::ServiceAreasAddCommand()
    : OrgUnitAddCommand(
          QStringLiteral("service-areas add"),
          tr("Add a service area to a portfolio (an administrator's change, audited)"))
{}

int ServiceAreasAddCommand::execute(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption portfolioOption(
        QStringLiteral("portfolio"),
        tr("The portfolio the service area is in, by name (default: the first)."), tr("name"));
    parser.addOption(portfolioOption);
    if (auto stop = parse(parser, arguments, {QStringLiteral("NAME")}))
        return *stop;
    const QString name = parser.positionalArguments().constFirst().simplified();
    if (name.isEmpty())
        return usageError(tr("Give the service area's name"));
    int code = ExitSuccess;
    auto organisation = openOrganisation(parser, code);
    if (!organisation)
        return code;
    const QList<OrgUnit>& units = organisation->units;
    QStringList portfolios;
    const QString portfolioName = parser.value(portfolioOption).simplified();
    const OrgUnit* portfolio =
        unitNamed(units, QStringLiteral("portfolio"), portfolioName, portfolios);
    if (!parser.isSet(portfolioOption)) {
        const auto first = std::find_if(units.cbegin(), units.cend(), [](const OrgUnit& unit) {
            return unit.level == u"portfolio";
        });
        portfolio = first == units.cend() ? nullptr : &*first;
    }
    if (!portfolio)
        return failure(tr("There is no portfolio \"%1\"; the portfolios are: %2. Nothing was "
                          "added.")
                           .arg(portfolioName, portfolios.join(QStringLiteral(", "))));
    // A service area's name is what a log's column and the reports show: one of each.
    for (const OrgUnit& unit : units) {
        if (unit.level == u"service" && unit.name.compare(name, Qt::CaseInsensitive) == 0)
            return failure(
                tr("There is already a service area \"%1\". Nothing was added.").arg(unit.name));
    }
    OrgUnit service;
    service.parentId = portfolio->id;
    service.level = QStringLiteral("service");
    service.name = name;
    return addUnit(*organisation->session, service,
                   tr("Service area \"%1\" added to %2").arg(name, portfolio->name));
}

TimescalesSetCommand::TimescalesSetCommand()
    : Command(QStringLiteral("timescales set"),
              tr("Change a stage's working days, or how many stages the corporate procedure "
                 "has, as a new version of a procedure's timescales (an administrator's "
                 "change, audited)"))
{}

int TimescalesSetCommand::execute(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption procedureOption(QStringLiteral("procedure"),
                                             tr("The procedure: statutory, corporate, concern…"),
                                             QStringLiteral("code"));
    const QCommandLineOption stageOption(QStringLiteral("stage"), tr("The stage number."),
                                         QStringLiteral("n"));
    const QCommandLineOption daysOption(QStringLiteral("days"), tr("Working days to respond."),
                                        QStringLiteral("days"));
    const QCommandLineOption extendedOption(
        QStringLiteral("extended"),
        tr("The most working days an extension may allow (default: as before, or --days if "
           "that is more)."),
        QStringLiteral("days"));
    const QCommandLineOption fromOption(
        QStringLiteral("from"),
        tr("The day the new timescales take effect, YYYY-MM-DD (default: today). Stages that "
           "started earlier keep theirs."),
        QStringLiteral("date"));
    const QCommandLineOption stagesOption(
        QStringLiteral("stages"),
        tr("How many stages the procedure has, 1 to 3 (corporate only). A new stage starts "
           "with the last stage's timescales."),
        QStringLiteral("n"));
    parser.addOptions(
        {procedureOption, stageOption, daysOption, extendedOption, fromOption, stagesOption});
    if (auto stop = parse(parser, arguments))
        return *stop;
    if (!parser.isSet(procedureOption))
        return usageError(tr("Give --procedure"));
    // Changing only the number of stages needs no days; changing days needs both.
    const bool changesDays = !parser.isSet(stagesOption) || parser.isSet(stageOption) ||
                             parser.isSet(daysOption) || parser.isSet(extendedOption);
    if (changesDays)
        for (const auto* option : {&stageOption, &daysOption})
            if (!parser.isSet(*option))
                return usageError(tr("Give --%1").arg(option->names().constFirst()));
    const auto number = [&](const QCommandLineOption& option) -> std::optional<int> {
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        return ok && value >= 0 && value <= 365 ? std::optional<int>(value) : std::nullopt;
    };
    const auto stageNumber = number(stageOption);
    const auto days = number(daysOption);
    const auto extended = parser.isSet(extendedOption) ? number(extendedOption) : std::nullopt;
    const auto stageCount = parser.isSet(stagesOption) ? number(stagesOption) : std::nullopt;
    if (changesDays && (!stageNumber || *stageNumber < 1))
        return usageError(tr("--stage needs a stage number such as 1, not \"%1\"")
                              .arg(parser.value(stageOption)));
    if (parser.isSet(stagesOption) && !stageCount)
        return usageError(tr("--stages needs a number of stages such as 3, not \"%1\"")
                              .arg(parser.value(stagesOption)));
    for (const auto& [option, value] :
         {std::pair{&daysOption, days}, std::pair{&extendedOption, extended}})
        if (parser.isSet(*option) && !value)
            return usageError(tr("--%1 needs a number of working days from 0 to 365, not \"%2\"")
                                  .arg(option->names().constFirst(), parser.value(*option)));
    QDate from = Clock::today();
    if (parser.isSet(fromOption)) {
        const auto date = parseDate(parser.value(fromOption));
        if (!date)
            return usageError(date.error());
        from = date.value();
    }

    int code = ExitSuccess;
    auto session = openSession(parser, Database::Mode::MustExist, code);
    if (!session)
        return code;
    ReferenceData reference = session->referenceData();
    auto catalog = reference.procedures();
    if (!catalog)
        return failure(catalog.error());
    auto profile = catalog->profileFor(parser.value(procedureOption).trimmed(), from);
    if (!profile)
        return failure(tr("%1. Nothing was changed.").arg(profile.error()));
    ProcedureProfile changed = profile.value();
    changed.effectiveFrom = from;
    if (stageCount) {
        if (auto counted = changed.setStageCount(*stageCount); !counted)
            return failure(tr("%1. Nothing was changed.").arg(counted.error()));
    }
    StageRule* rule = nullptr;
    if (changesDays) {
        for (StageRule& stage : changed.stages)
            if (stage.number == *stageNumber)
                rule = &stage;
        if (!rule)
            return failure(
                tr("The %1 has no stage %2 (its stages are 1 to %3). Nothing was changed.")
                    .arg(changed.name)
                    .arg(*stageNumber)
                    .arg(changed.stageCount()));
        rule->responseDays = *days;
        rule->maxResponseDays = extended ? *extended : qMax(rule->maxResponseDays, *days);
        if (rule->maxResponseDays < rule->responseDays)
            return failure(tr("Stage %1: the most working days with an extension (%2) cannot be "
                              "fewer than the working days to respond (%3). Nothing was changed.")
                               .arg(rule->number)
                               .arg(rule->maxResponseDays)
                               .arg(rule->responseDays));
    }
    auto refreshed =
        session->changeDeadlineRules(tr("timescales of the %1 changed").arg(changed.name),
                                     [&] { return reference.saveProfile(changed); });
    if (!refreshed)
        return failure(refreshed.error());
    if (stageCount)
        out() << tr("The %1 has %n stage(s) for cases starting on or after %2.", nullptr,
                    changed.stageCount())
                     .arg(changed.name, ukDate(from))
              << Qt::endl;
    if (rule)
        out() << tr("Stage %1 of the %2: %3 working days to respond, at most %4 with an "
                    "extension, for stages starting on or after %5.")
                     .arg(rule->number)
                     .arg(changed.name)
                     .arg(rule->responseDays)
                     .arg(rule->maxResponseDays)
                     .arg(ukDate(from))
              << Qt::endl;
    out() << tr("Open cases' deadlines moved: %1 of %2.")
                 .arg(refreshed->casesChanged)
                 .arg(refreshed->casesChecked)
          << Qt::endl;
    return ExitSuccess;
}

} // namespace redress::cli

// Complaints at stages 1 and 2 by portfolio (the council's directorates) and service area:
// received, every outcome, upheld as a share of received, timescale bands and average days,
// as 002 (T2, T3, T6) and 001 publish them. A complaint whose points name several teams counts
// under each of their service areas and portfolios (002 T4), and once in the total.
#include "StagePopulation.h"
#include "StageTimings.h"
#include "storage/Sql.h"

#include <QSet>
#include <algorithm>

namespace redress::reporting {

namespace {

const OrgUnit* unitByCode(const Context& context, const QString& code)
{
    for (const OrgUnit& unit : context.orgUnits())
        if (unit.code == code)
            return &unit;
    return nullptr;
}

QString portfolioOf(const Context& context, const QString& serviceCode)
{
    const OrgUnit* service = unitByCode(context, serviceCode);
    if (!service || service->level == u"portfolio")
        return service ? service->code : QString();
    for (const OrgUnit& unit : context.orgUnits())
        if (unit.id == service->parentId && unit.level == u"portfolio")
            return unit.code;
    return {};
}

// The row keys a complaint counts under: its service areas and their portfolios, or "not
// recorded" when it has none. Each point naming a team puts the complaint under that team's
// service area; a point naming none, or a complaint without points, counts under the case's
// own unit (unitKey()).
using RowsOfCase = QHash<qint64, QSet<QString>>;

const QString portfolioPrefix = QStringLiteral("portfolio:");
const QString servicePrefix = QStringLiteral("service:");

// `ownUnit`: the unit of each case of the population (worked on in the period), from the
// report's StagePopulation.
Result<RowsOfCase> rowsOfCases(const Context& context, const Query& population,
                               const QHash<qint64, QString>& ownUnit)
{
    auto points = sql::exec(
        context.sql(),
        QStringLiteral("SELECT p.case_id, COALESCE(pt.code, '') FROM report_complaint_point p "
                       "LEFT JOIN org_unit pt ON pt.id = p.team_id WHERE p.case_id IN "
                       "(SELECT c.id") +
            population.fromWhere() + u')',
        population.values);
    if (!points)
        return Error{points.error()};
    QHash<qint64, QSet<QString>> unitsOf;
    while (points->next()) {
        const qint64 id = points->value(0).toLongLong();
        const QString team = points->value(1).toString();
        unitsOf[id].insert(team.isEmpty() ? ownUnit.value(id) : team);
    }
    RowsOfCase rows;
    for (auto it = ownUnit.constBegin(); it != ownUnit.constEnd(); ++it) {
        const QSet<QString> caseUnits = unitsOf.value(it.key(), {it.value()});
        QSet<QString>& keys = rows[it.key()];
        for (const QString& unit : caseUnits) {
            const QString service = unit.isEmpty() ? QString() : serviceOf(context, unit);
            if (service.isEmpty()) {
                keys.insert(rowKeyFor(QString()));
                continue;
            }
            keys.insert(servicePrefix + service);
            const QString portfolio = portfolioOf(context, service);
            if (!portfolio.isEmpty() && portfolio != service)
                keys.insert(portfolioPrefix + portfolio);
        }
    }
    return rows;
}

// Ids counted under each row key, and under "total" once each.
struct Counts
{
    QHash<QString, QList<qint64>> ids;

    void add(const RowsOfCase& rows, qint64 id)
    {
        for (const QString& key : rows.value(id, {rowKeyFor(QString())}))
            ids[key] << id;
        ids[QStringLiteral("total")] << id;
    }
};

void addRows(const Context& context, ReportTable& table, const QSet<QString>& counted)
{
    QSet<QString> placed;
    auto addService = [&](const OrgUnit& service, int level) {
        const QString key = servicePrefix + service.code;
        if (!service.active && !counted.contains(key))
            return;
        table.addRow(key, service.name, RowRole::Item, level);
        placed.insert(key);
    };
    for (const OrgUnit& portfolio : context.orgUnits()) {
        if (portfolio.level != u"portfolio")
            continue;
        const QString key = portfolioPrefix + portfolio.code;
        if (!portfolio.active && !counted.contains(key))
            continue;
        table.addRow(key, portfolio.name);
        placed.insert(key);
        for (const OrgUnit& service : context.orgUnits())
            if (service.level == u"service" && service.parentId == portfolio.id)
                addService(service, 1);
    }
    for (const OrgUnit& service : context.orgUnits())
        if (service.level == u"service" && !placed.contains(servicePrefix + service.code))
            addService(service, 0);
    QStringList others; // codes no longer among the units
    for (const QString& key : counted)
        if (!placed.contains(key) && key != u"not_recorded" && key != u"total")
            others << key;
    others.sort();
    for (const QString& key : std::as_const(others))
        table.addRow(key, key.mid(key.indexOf(u':') + 1));
    if (counted.contains(rowKeyFor(QString())))
        table.addRow(rowKeyFor(QString()), notRecordedLabel());
    table.addRow(QStringLiteral("total"), Text::tr("All complaints"), RowRole::Total);
}

} // namespace

Result<ReportTable> portfolioTable(const Context& context, int stage)
{
    ReportTable table(QStringLiteral("by_portfolio_stage%1").arg(stage),
                      Text::tr("Stage %1 complaints by portfolio and service area").arg(stage),
                      Basis::Mixed);
    table.addColumn(QStringLiteral("label"), Text::tr("Portfolio and service area"),
                    ColumnKind::Label);
    auto countColumn = [&](const QString& id, const QString& label, Basis basis) {
        ReportColumn& column = table.addColumn(id, label, ColumnKind::Count);
        column.basis = basis;
        column.additive = false; // a complaint about several teams counts under each
    };
    countColumn(QStringLiteral("received"), Text::tr("Received"), Basis::Received);
    countColumn(QStringLiteral("concluded"), Text::tr("Concluded"), Basis::Concluded);

    const Period& period = context.period();
    auto stages = StagePopulation::of(context);
    if (!stages)
        return Error{stages.error()};
    const StagePopulation& population = *stages.value();
    const StagePopulation::Filter atStage = stageFilter(population, stage);
    QHash<qint64, QString> ownUnit;
    QList<qint64> receivedIds;
    QList<std::pair<qint64, QString>> outcomes;
    for (const PopulationStage& member : population.stages()) {
        if (!atStage(member))
            continue;
        if (StagePopulation::in(member, Basis::WorkedOn, period))
            ownUnit.insert(member.caseId, population.text(member.unit));
        if (StagePopulation::in(member, Basis::Received, period))
            receivedIds << member.caseId;
        if (StagePopulation::in(member, Basis::Concluded, period))
            outcomes.append({member.caseId, population.text(member.outcome)});
    }
    std::sort(receivedIds.begin(), receivedIds.end());
    receivedIds.erase(std::unique(receivedIds.begin(), receivedIds.end()), receivedIds.end());

    const Query stagePopulation = complaintStages(context, stage);
    auto rows = rowsOfCases(context, on(stagePopulation, Basis::WorkedOn, period), ownUnit);
    if (!rows)
        return Error{rows.error()};

    Counts received;
    for (qint64 id : std::as_const(receivedIds))
        received.add(rows.value(), id);

    Counts concluded;
    QHash<QString, Counts> byOutcome;
    for (const auto& [id, outcome] : std::as_const(outcomes)) {
        concluded.add(rows.value(), id);
        byOutcome[outcome].add(rows.value(), id);
    }
    QStringList outcomeCodes;
    for (const TaxonomyTerm& term : context.terms(QStringLiteral("outcome")))
        if (term.active || byOutcome.contains(term.code))
            outcomeCodes << term.code;
    QStringList unknown;
    for (auto it = byOutcome.constBegin(); it != byOutcome.constEnd(); ++it)
        if (!outcomeCodes.contains(it.key()))
            unknown << it.key();
    unknown.sort();
    outcomeCodes << unknown;
    for (const QString& code : std::as_const(outcomeCodes))
        countColumn(QStringLiteral("outcome_") +
                        (code.isEmpty() ? QStringLiteral("not_recorded") : code),
                    code.isEmpty() ? notRecordedLabel()
                                   : context.termLabel(QStringLiteral("outcome"), code),
                    Basis::Concluded);
    ReportColumn& share = table.addColumn(QStringLiteral("upheld_percent"),
                                          Text::tr("Upheld, % of received"), ColumnKind::Percent);
    share.additive = false;

    // Timescale bands and working days, from the responses the timescale tables measure.
    auto measured = concludedComplaintStages(context, period);
    if (!measured)
        return Error{measured.error()};
    const QList<std::pair<Timing::Band, QString>> bands{
        {Timing::Band::WithinInitial, QStringLiteral("within")},
        {Timing::Band::WithinExtended, QStringLiteral("within_extended")},
        {Timing::Band::Outside, QStringLiteral("outside")}};
    countColumn(QStringLiteral("within"), Text::tr("Within timescale"), Basis::Concluded);
    countColumn(QStringLiteral("within_extended"), Text::tr("Within the extended timescale"),
                Basis::Concluded);
    countColumn(QStringLiteral("outside"), Text::tr("Outside timescale"), Basis::Concluded);
    ReportColumn& average = table.addColumn(QStringLiteral("average_days"),
                                            Text::tr("Average working days"), ColumnKind::Days);
    average.basis = Basis::Concluded;
    average.additive = false;
    QHash<QString, Counts> byBand;
    Counts responded;
    QHash<qint64, int> days;
    for (const MeasuredStage& entry : *measured.value()) {
        if (entry.facts.stage.number != stage || !entry.timing.responded)
            continue;
        const qint64 id = entry.facts.caseId;
        days.insert(id, entry.timing.days);
        responded.add(rows.value(), id);
        if (!entry.timing.hasDeadline)
            continue;
        for (const auto& [band, column] : bands)
            if (entry.timing.band == band)
                byBand[column].add(rows.value(), id);
    }

    QSet<QString> counted;
    for (const Counts* counts : {&received, &concluded, &responded})
        for (auto it = counts->ids.constBegin(); it != counts->ids.constEnd(); ++it)
            counted.insert(it.key());
    addRows(context, table, counted);

    auto put = [&](const QString& rowKey, const QString& column, const Counts& counts) {
        QList<qint64> ids = counts.ids.value(rowKey);
        std::sort(ids.begin(), ids.end());
        table.setCell(rowKey, column, qint64(ids.size()));
        context.trace(rowKey, column, ids);
        return qint64(ids.size());
    };
    for (const ReportRow& row : QList<ReportRow>(table.rows())) {
        const qint64 receivedCount = put(row.key, QStringLiteral("received"), received);
        put(row.key, QStringLiteral("concluded"), concluded);
        for (const QString& code : std::as_const(outcomeCodes)) {
            const qint64 n = put(row.key,
                                 QStringLiteral("outcome_") +
                                     (code.isEmpty() ? QStringLiteral("not_recorded") : code),
                                 byOutcome.value(code));
            if (code == u"upheld")
                table.setCell(row.key, QStringLiteral("upheld_percent"),
                              ReportTable::percent(n, receivedCount));
        }
        for (const auto& [band, column] : bands)
            put(row.key, column, byBand.value(column));
        qint64 sum = 0;
        const QList<qint64> ids = responded.ids.value(row.key);
        for (qint64 id : ids)
            sum += days.value(id);
        table.setCell(row.key, QStringLiteral("average_days"),
                      ReportTable::average(sum, ids.size()));
    }
    table.setNote(
        Text::tr("Stage %1 complaints received in the period, and those concluded in it by "
                 "outcome, timescale and average working days to respond, by portfolio and the "
                 "service areas in it. A complaint counts under the service area of each team "
                 "its points name (a point naming no team, or a complaint without points, under "
                 "the case's own service area), so one naming teams in two service areas counts "
                 "in both and once in the total. Upheld as a share of received divides the "
                 "upheld complaints concluded in the period by those received in it.")
            .arg(stage));
    return table;
}

Result<ReportTable> portfolioStage1Table(const Context& context)
{
    return portfolioTable(context, 1);
}

Result<ReportTable> portfolioStage2Table(const Context& context)
{
    return portfolioTable(context, 2);
}

} // namespace redress::reporting

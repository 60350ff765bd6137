#pragma once

// The report engine's own machinery, shared by the files that build its tables. Not part of
// core's public API: the UI and the CLI use ReportEngine, Report and ReportTable.

#include "calendar/WorkingDayCalendar.h"
#include "domain/CaseKind.h"
#include "procedure/DeadlineCalculator.h"
#include "procedure/ProcedureProfile.h"
#include "reporting/Report.h"
#include "reporting/ReportTable.h"
#include "storage/ReferenceData.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <map>
#include <memory>
#include <optional>

class QSqlDatabase;

namespace redress {
class Database;
}

namespace redress::reporting {

// The context lupdate files these messages under, and the one they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportEngine)
};

// A population of cases as SQL: what follows SELECT, as FROM … WHERE …, with the values bound
// in the order they appear. `start` and `end` are the date expressions the bases compare: when
// one member of the population started (stage requested, case received) and when it ended
// (responded, or withdrawn or closed without a response; null while open).
struct Query
{
    QString from;
    QStringList conditions;
    QVariantList values;
    QString start;
    QString end;
    // A column of the row the population is scanned from that, when not null, is `end`
    // itself (a stage's response date): on() tests it before anything is joined, so a
    // period's scan skips the rows that cannot be in it without reading their case.
    QString endColumn;

    Query& join(const QString& clause);
    Query& where(const QString& condition, const QVariantList& conditionValues = {});
    QString fromWhere() const;
};

// A text expression a table groups by, with any values bound inside it.
struct Key
{
    QString sql;
    QVariantList values;
};

// What stands behind one figure: a query, or ids counted in C++ (working-day measures).
struct CellSource
{
    std::optional<Query> query;
    QList<qint64> ids;
};

// Records the source of every figure while a table is built, so drill-down runs exactly the
// definitions that produced the figure.
class Trace
{
public:
    void add(const QString& rowKey, const QString& columnId, CellSource source);
    const CellSource* find(const QString& rowKey, const QString& columnId) const;
    QList<std::pair<QString, QString>> cells() const;

private:
    QHash<QString, CellSource> m_cells;
};

// Everything a table builder needs, loaded once per report.
class Context
{
public:
    Context(Database& database, ReportScope scope);
    Status load();

    Database& database() const { return m_database; }
    const QSqlDatabase& sql() const;
    const ReportScope& scope() const { return m_scope; }
    const Period& period() const { return m_scope.period; }
    const std::optional<Period>& comparison() const { return m_scope.comparison; }
    const WorkingDayCalendar& calendar() const { return m_calendar; }
    const ProcedureCatalog& procedures() const { return m_procedures; }
    const QList<OrgUnit>& orgUnits() const { return m_orgUnits; }
    QList<TaxonomyTerm> terms(const QString& taxonomy) const { return m_terms.value(taxonomy); }
    QString termLabel(const QString& taxonomy, const QString& code) const;
    const YearContext& yearContext(int financialYear) const;

    // The complaint procedures the report covers, and how many stages each has.
    QList<Procedure> complaintProcedures() const;
    int stageCount(Procedure procedure) const;
    int maxStageCount() const;
    // The profile in force at the end of the period, for the labels of timescale bands.
    std::optional<ProcedureProfile> currentProfile(Procedure procedure) const;

    // The calculator for a stage's own profile version.
    Result<const DeadlineCalculator*> calculator(const QString& profileCode, QDate effective) const;

    // Work shared by several tables of one report (e.g. the measured stages of a period).
    std::shared_ptr<const void> cached(const QString& key) const { return m_cache.value(key); }
    void cache(const QString& key, std::shared_ptr<const void> value) const
    {
        m_cache.insert(key, std::move(value));
    }

    void setTrace(Trace* trace) { m_trace = trace; }
    bool tracing() const { return m_trace != nullptr; }
    void trace(const QString& rowKey, const QString& columnId, const Query& query) const;
    void trace(const QString& rowKey, const QString& columnId, const QList<qint64>& ids) const;

    // Labels for columns that compare periods.
    QString currentLabel() const { return m_scope.period.label(); }
    QString comparisonLabel() const;

private:
    Database& m_database;
    ReportScope m_scope;
    WorkingDayCalendar m_calendar;
    ProcedureCatalog m_procedures;
    QList<OrgUnit> m_orgUnits;
    QHash<QString, QList<TaxonomyTerm>> m_terms;
    mutable QHash<int, YearContext> m_yearContexts;
    mutable std::map<QString, DeadlineCalculator> m_calculators;
    mutable QHash<QString, std::shared_ptr<const void>> m_cache;
    Trace* m_trace = nullptr;
};

// --- populations -------------------------------------------------------------------------

// Complaint stages of the procedures in scope (stage `number` only, unless 0), joined to
// their case as `s` and `c`.
Query complaintStages(const Context& context, int number = 0,
                      std::optional<Procedure> only = std::nullopt);
// Cases of other kinds as `c`, with their one stage (if recorded) as `s`.
Query casesOfKinds(const QList<CaseKind>& kinds);
// The population narrowed to the cases a list may name: a restricted case only for a login
// it is open to (the scope's viewer). Counts read every case; lists go through this.
Query listable(const Context& context, Query population);
// The population narrowed to one basis in one period.
Query on(Query query, Basis basis, const Period& period);
// The population narrowed to the rows whose key is `value` (the key of "not recorded" is '').
Query withKey(Query query, const Key& key, const QString& value);

// A condition with its bound values, to filter by or to count under in a CASE.
struct Condition
{
    QString sql;
    QVariantList values;
};
// What on() adds to a population for a basis in a period.
Condition basisCondition(const Query& query, Basis basis, const Period& period);
Condition both(const Condition& first, const QString& sql, const QVariantList& values = {});
// The smallest period holding all of them: a population on WorkedOn over it holds every
// member of every basis in each of them.
Period spanOf(const QList<Period>& periods);

// An aggregate over the rows meeting a condition, so one scan can count several things.
struct Measure
{
    QString sql;
    QVariantList values;
};
Measure countIf(const Condition& condition);
Measure distinctIf(const Condition& condition);
Measure sumIf(const QString& expression, const Condition& condition);

// --- running them ------------------------------------------------------------------------

// One GROUP BY, several measures: for each key, one value per measure.
Result<QHash<QString, QList<qint64>>> measureBy(const Context& context, const Query& query,
                                                const Key& key, const QList<Measure>& measures);

// COUNT(*) (or `aggregate`) per key.
Result<QHash<QString, qint64>> countBy(const Context& context, const Query& query, const Key& key,
                                       const QString& aggregate = QStringLiteral("COUNT(*)"));
// Several measures over the whole population, in one scan.
Result<QList<qint64>> measureAll(const Context& context, const Query& query,
                                 const QList<Measure>& measures);
Result<qint64> countAll(const Context& context, const Query& query,
                        const QString& aggregate = QStringLiteral("COUNT(*)"));
Result<QList<qint64>> caseIds(const Context& context, const Query& query);

// Row keys and SQL values: everything not recorded groups under '' and shows as one row.
QString rowKeyFor(const QString& value);
QString valueFor(const QString& rowKey);
QString notRecordedLabel();

// One column's counts from one GROUP BY, and how to find the cases behind each.
struct Grouped
{
    Query query;
    Key key;
    QHash<QString, qint64> counts;
    qint64 total = 0;
};

// Measure `index` of a measureBy() result as one column's counts, whose cases `query` (the
// population narrowed to that measure's condition) finds; its total is the sum of the groups.
Grouped groupedOf(const QHash<QString, QList<qint64>>& measured, int index, const Query& query,
                  const Key& key);

// Groups the population by `key` on one basis in each of several periods (this year and the
// last), in one scan over the span that holds them: one Grouped per period, as group() would
// count it on(population, basis, period).
Result<QList<Grouped>> groupPeriods(const Context& context, const Query& population, Basis basis,
                                    const QList<Period>& periods, const Key& key);

// Groups `query` by `key`. The total is the sum of the groups, or, where a case can fall in
// several groups (`aggregate` counts distinct cases over a join), a count of distinct cases.
Result<Grouped> group(const Context& context, const Query& query, const Key& key,
                      const QString& aggregate = QStringLiteral("COUNT(*)"),
                      bool overlapping = false);

// Puts grouped counts into a column: every item and memo row whose key is `prefix` + a group
// key gets that group's count (0 if none), the total row `totalKey` gets the total, and each
// figure's source is traced.
void fill(const Context& context, ReportTable& table, const QString& columnId,
          const Grouped& grouped, const QString& prefix = {},
          const QString& totalKey = QStringLiteral("total"));

// Item rows for a taxonomy's terms, in order: those in use in the period or counted, codes
// counted that the taxonomy no longer knows, and "not recorded" when counted.
void addTermRows(const Context& context, ReportTable& table, const QString& taxonomy,
                 const QList<const Grouped*>& counted, const QString& prefix = {},
                 const QString& fallbackTaxonomy = {});

// The columns most tables share: the count and its share, and with a comparison the previous
// period's and the change.
void addCountColumns(const Context& context, ReportTable& table,
                     const QString& countLabel = QString());
// Fills the shares and changes of the columns addCountColumns made.
void finishCountColumns(const Context& context, ReportTable& table);

// --- service areas -----------------------------------------------------------------------

// The population with the case's org unit joined as `t`, that unit's parent as `sv` and the
// case's own service area as `sa`.
Query withUnits(Query query);
// The SQL for the unit a case counts under, from the aliases of its team and service area.
QString unitKeyExpression(const QString& team, const QString& area);
// The org unit a case is attached to (a team, usually), as "team@service area" when the case
// counts under a service area other than the team's parent.
Key unitKey();
// Its service area: the case's own; else a team's parent, or a unit above team level itself.
Key serviceKey();
QString serviceOf(const Context& context, const QString& unitCode);

// A level-0 row per service area (active ones always, others when counted) and, when
// `withUnits`, a level-1 row per counted unit within it. Keys: prefix + service code, prefix +
// team code, prefix + service code + "/service" for cases recorded against the service itself.
void addServiceRows(const Context& context, ReportTable& table, const QList<const Grouped*>& byUnit,
                    bool withUnits, const QString& prefix = {});
// Fills a column from counts grouped by unitKey(): unit rows their unit's count, service rows
// the sum of their units', the total row the total.
void fillUnits(const Context& context, ReportTable& table, const QString& columnId,
               const Grouped& byUnit, const QString& prefix = {},
               const QString& totalKey = QStringLiteral("total"));

// --- the tables --------------------------------------------------------------------------

using TableBuilder = Result<ReportTable> (*)(const Context&);

Result<ReportTable> headlineTable(const Context& context);
Result<ReportTable> caseloadTable(const Context& context);
Result<ReportTable> historyTable(const Context& context);
Result<ReportTable> quarterlyTable(const Context& context);
Result<ReportTable> enquiriesTable(const Context& context);
Result<ReportTable> contextTable(const Context& context);
Result<ReportTable> channelTable(const Context& context);
Result<ReportTable> complainantTable(const Context& context);
Result<ReportTable> serviceAreaTable(const Context& context);
Result<ReportTable> categoryTable(const Context& context);
Result<ReportTable> childStatusTable(const Context& context);
Result<ReportTable> advocacyTable(const Context& context);
Result<ReportTable> complimentsTable(const Context& context);
Result<ReportTable> outcomesTable(const Context& context);
Result<ReportTable> escalationsTable(const Context& context);
Result<ReportTable> reopenedTable(const Context& context);
Result<ReportTable> remediesTable(const Context& context);
Result<ReportTable> learningTable(const Context& context);
Result<ReportTable> ombudsmanTable(const Context& context);
Result<ReportTable> ombudsmanByReceiptTable(const Context& context);
Result<ReportTable> ombudsmanRecommendationsTable(const Context& context);
Result<ReportTable> compensationTable(const Context& context);
Result<ReportTable> changesTable(const Context& context);
Result<ReportTable> timescalesTable(const Context& context);
Result<ReportTable> averageDaysTable(const Context& context);
Result<ReportTable> overdueTable(const Context& context);
Result<ReportTable> staffNamedTable(const Context& context);
Result<ReportTable> serviceContextTable(const Context& context);
// By portfolio and service area at one stage (1 or 2): by_portfolio_stage1, …stage2.
Result<ReportTable> portfolioTable(const Context& context, int stage);
Result<ReportTable> portfolioStage1Table(const Context& context);
Result<ReportTable> portfolioStage2Table(const Context& context);

// Children's own complaints beside adults', and the list of those open (ChildrenTables.cpp).
Result<ReportTable> childrenByServiceAreaTable(const Context& context);
Result<ReportTable> childrenByCategoryTable(const Context& context);
Result<ReportTable> childrenByOutcomeTable(const Context& context);
Result<ReportTable> openChildrensComplaintsTable(const Context& context);
// Complainants' age band, ethnicity and disability (EqualityTables.cpp).
Result<ReportTable> equalityTable(const Context& context);
// Stages acknowledged within their procedure's timescale (AcknowledgementTable.cpp).
Result<ReportTable> acknowledgementTable(const Context& context);
Result<ReportTable> advocacyHistoryTable(const Context& context);
Result<ReportTable> ombudsmanUpholdRateTable(const Context& context);
Result<ReportTable> remedyCombinationsTable(const Context& context);
Result<ReportTable> learningLogTable(const Context& context);
Result<ReportTable> complimentsByTeamTable(const Context& context);
Result<ReportTable> complimentsByThemeTable(const Context& context);
Result<ReportTable> ombudsmanRemedyTypesTable(const Context& context);
Result<ReportTable> publishableComplimentsTable(const Context& context);

// One stage of one procedure, or (no procedure) the Ombudsman's enquiries, that a breakdown
// table follows.
struct StageSubject
{
    std::optional<Procedure> procedure;
    int stage = 0;
};
// Every stage a council's procedures may have (statutory and corporate stages 1 to 3), then the
// Ombudsman, in report order.
QList<StageSubject> stageSubjects();
QString stageBreakdownId(const StageSubject& subject); // "breakdown_statutory_stage1"…
// Whether the report covers the stage: its procedure is in scope and its profile has it.
bool hasStage(const Context& context, const StageSubject& subject);
Result<ReportTable> stageBreakdownTable(const Context& context, const StageSubject& subject);

// Shared by the kind-and-stage tables: a row per complaint procedure and stage, then one per
// other kind. Keys: "statutory_stage1"…, "concern"….
struct KindRow
{
    QString key;
    QString label;
    std::optional<Procedure> procedure; // set for complaint stages
    int stage = 0;
    std::optional<CaseKind> kind; // set for other kinds
};
QList<KindRow> kindRows(const Context& context);
// The population of one kind row.
Query kindRowQuery(const Context& context, const KindRow& row);
// Counts of every kind row on each (basis, period), in two GROUP BYs.
Result<QList<QHash<QString, qint64>>> kindRowCounts(const Context& context,
                                                    const QList<std::pair<Basis, Period>>& cells);
// SQL for the kind-row key of a complaint stage.
Key stageKey();

} // namespace redress::reporting

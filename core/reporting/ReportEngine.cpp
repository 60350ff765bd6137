#include "ReportEngine.h"

#include "ReportEngine_p.h"
#include "calendar/BankHolidays.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "util/Clock.h"

#include <algorithm>
#include <functional>
#include <memory>

namespace redress {

namespace {

using namespace reporting;

struct TableSpec
{
    QString id;
    std::function<Result<ReportTable>(const Context&)> build;
    bool quarterlyOnly = false;
    // Set where a table belongs only in some reports (a stage the procedures have).
    std::function<bool(const Context&)> applies;
    // Only in a report on a week or a month (a list a team works from), and only there.
    bool shortPeriodOnly = false;
};

// The order tables appear in a report.
const QList<TableSpec>& tableSpecs()
{
    static const QList<TableSpec> specs = [] {
        const QList<std::tuple<const char*, TableBuilder, bool>> fixed{
            {"headline", headlineTable, false},
            {"changes_on_last_year", changesTable, false},
            {"caseload", caseloadTable, false},
            {"history", historyTable, false},
            {"quarterly", quarterlyTable, false},
            {"by_channel", channelTable, false},
            {"by_complainant", complainantTable, false},
            {"by_service_area", serviceAreaTable, false},
            {"by_portfolio_stage1", portfolioStage1Table, false},
            {"by_portfolio_stage2", portfolioStage2Table, false},
            {"by_category", categoryTable, false},
            {"by_child_status", childStatusTable, false},
            {"advocacy", advocacyTable, false},
            {"advocacy_history", advocacyHistoryTable, false},
            {"outcomes_by_stage", outcomesTable, false},
            {"timescales_by_stage", timescalesTable, false},
            {"average_days", averageDaysTable, false},
            {"escalations", escalationsTable, false},
            {"reopened_and_repeat", reopenedTable, false},
            {nullptr, nullptr, false}, // the stage breakdowns go here
            {"ombudsman", ombudsmanTable, false},
            {"ombudsman_by_receipt", ombudsmanByReceiptTable, false},
            {"ombudsman_uphold_rate", ombudsmanUpholdRateTable, false},
            {"ombudsman_recommendations", ombudsmanRecommendationsTable, false},
            {"ombudsman_remedy_types", ombudsmanRemedyTypesTable, false},
            {"remedies", remediesTable, false},
            {"remedy_combinations", remedyCombinationsTable, false},
            {"compensation", compensationTable, false},
            {"learning", learningTable, false},
            {"learning_log", learningLogTable, false},
            {"compliments", complimentsTable, false},
            {"compliments_by_team", complimentsByTeamTable, false},
            {"compliments_by_theme", complimentsByThemeTable, false},
            {"compliments_publishable", publishableComplimentsTable, false},
            {"enquiries", enquiriesTable, false},
            {"context", contextTable, false},
            {"context_by_service", serviceContextTable, false},
            {"staff_named", staffNamedTable, false},
            {"overdue", overdueTable, true},
        };
        QList<TableSpec> all;
        for (const auto& [id, build, quarterlyOnly] : fixed) {
            if (id) {
                all.append({QString::fromLatin1(id), build, quarterlyOnly, {}});
                continue;
            }
            for (const StageSubject& subject : stageSubjects())
                all.append({stageBreakdownId(subject),
                            [subject](const Context& context) {
                                return stageBreakdownTable(context, subject);
                            },
                            false,
                            [subject](const Context& context) {
                                return hasStage(context, subject);
                            }});
        }
        const QList<std::pair<const char*, TableBuilder>> appended{
            {"children_by_service_area", childrenByServiceAreaTable},
            {"children_by_category", childrenByCategoryTable},
            {"children_by_outcome", childrenByOutcomeTable},
            {"equality", equalityTable},
            {"acknowledgement", acknowledgementTable},
        };
        for (const auto& [id, build] : appended)
            all.append({QString::fromLatin1(id), build, false, {}});
        all.append({QStringLiteral("open_childrens_complaints"),
                    openChildrensComplaintsTable,
                    false,
                    {},
                    true});
        return all;
    }();
    return specs;
}

const TableSpec* specFor(const QString& id)
{
    for (const TableSpec& spec : tableSpecs())
        if (id == spec.id)
            return &spec;
    return nullptr;
}

bool inReport(const TableSpec& spec, const ReportScope& scope)
{
    if (scope.isShortPeriod() || spec.shortPeriodOnly)
        return scope.isShortPeriod() && spec.shortPeriodOnly;
    return !spec.quarterlyOnly || scope.isQuarter();
}

bool inReport(const TableSpec& spec, const Context& context)
{
    return inReport(spec, context.scope()) && (!spec.applies || spec.applies(context));
}

Status checkCategoryBasis(const ReportScope& scope)
{
    if (scope.categoryBasis == Basis::Received || scope.categoryBasis == Basis::Concluded)
        return {};
    return fail(Text::tr("The category table counts complaints received or concluded in the "
                         "period, not \"%1\"")
                    .arg(basisLabel(scope.categoryBasis)));
}

} // namespace

Result<QList<int>> ReportEngine::financialYears() const
{
    auto earliest =
        sql::scalar(m_database.sql(), QStringLiteral("SELECT MIN(received_on) FROM report_cases"));
    if (!earliest)
        return Error{earliest.error()};
    const int current = financialYearOf(Clock::today());
    const QDate first = sql::toDate(*earliest);
    const int from = first.isValid() ? std::min(financialYearOf(first), current) : current;
    QList<int> years;
    for (int year = current; year >= from; --year)
        years << year;
    return years;
}

QStringList ReportEngine::leadTableIds()
{
    return {QStringLiteral("staff_named")};
}

bool ReportEngine::shown(const QString& tableId) const
{
    return m_leadTablesShown || !leadTableIds().contains(tableId);
}

QStringList ReportEngine::annualTableIds()
{
    QStringList ids;
    for (const TableSpec& spec : tableSpecs())
        if (!spec.quarterlyOnly && !spec.shortPeriodOnly)
            ids << spec.id;
    return ids;
}

QStringList ReportEngine::quarterlyTableIds()
{
    QStringList ids;
    for (const TableSpec& spec : tableSpecs())
        if (!spec.shortPeriodOnly)
            ids << spec.id;
    return ids;
}

QStringList ReportEngine::shortPeriodTableIds()
{
    QStringList ids;
    for (const TableSpec& spec : tableSpecs())
        if (spec.shortPeriodOnly)
            ids << spec.id;
    return ids;
}

Result<QStringList> ReportEngine::tableIds(const ReportScope& scope) const
{
    Context context(m_database, scope);
    if (Status loaded = context.load(); !loaded)
        return Error{loaded.error()};
    QStringList ids;
    for (const TableSpec& spec : tableSpecs())
        if (inReport(spec, context) && shown(spec.id))
            ids << spec.id;
    return ids;
}

QStringList ReportEngine::annualPrintTableIds()
{
    // A stage 3 or an Ombudsman enquiry is a handful of cases a year, told in the outcomes,
    // timescales and Ombudsman tables already; their breakdowns would add pages of zeros.
    QStringList ids = annualTableIds();
    for (const StageSubject& subject : stageSubjects())
        if (!subject.procedure || subject.stage > 2)
            ids.removeAll(stageBreakdownId(subject));
    return ids;
}

QStringList ReportEngine::quarterlySummaryTableIds()
{
    return {QStringLiteral("headline"),
            QStringLiteral("caseload"),
            QStringLiteral("quarterly"),
            QStringLiteral("by_service_area"),
            QStringLiteral("outcomes_by_stage"),
            QStringLiteral("timescales_by_stage"),
            QStringLiteral("overdue")};
}

Result<ReportScope> ReportEngine::scopeFor(int financialYear, int quarter,
                                           std::optional<int> compareWith) const
{
    // Years the bank-holiday rules are computed for; a report outside them would be slow and
    // is surely a typing mistake.
    constexpr int earliest = BankHolidays::firstYear;
    constexpr int latest = BankHolidays::lastYear - 1;
    auto outOfRange = [&](int year) {
        return year < earliest || year > latest;
    };
    if (outOfRange(financialYear))
        return fail(Text::tr("There is no report for %1: choose a financial year from %2 to %3")
                        .arg(financialYear)
                        .arg(financialYearLabel(earliest), financialYearLabel(latest)));
    if (compareWith && outOfRange(*compareWith))
        return fail(Text::tr("%1 cannot be compared with %2: choose a financial year from %3 to %4")
                        .arg(financialYearLabel(financialYear))
                        .arg(*compareWith)
                        .arg(financialYearLabel(earliest), financialYearLabel(latest)));
    if (compareWith && *compareWith == financialYear)
        return fail(Text::tr("Compare %1 with another year, not with itself")
                        .arg(financialYearLabel(financialYear)));
    if (quarter < 0 || quarter > 4)
        return fail(
            Text::tr("There is no quarter %1: quarters run 1 (April-June) to 4 (January-March)")
                .arg(quarter));
    ReportScope scope;
    scope.procedure = m_procedure;
    scope.categoryBasis = m_categoryBasis;
    if (quarter == 0) {
        scope.period = Period::financialYear(financialYear);
        if (compareWith)
            scope.comparison = Period::financialYear(*compareWith);
    } else {
        scope.period = Period::quarter(financialYear, quarter);
        if (compareWith)
            scope.comparison = Period::quarter(*compareWith, quarter);
    }
    return scope;
}

Result<Report> ReportEngine::annual(int financialYear)
{
    return annual(financialYear, financialYear - 1);
}

Result<Report> ReportEngine::annual(int financialYear, std::optional<int> compareWith)
{
    auto scope = scopeFor(financialYear, 0, compareWith);
    if (!scope)
        return Error{scope.error()};
    return report(scope.value());
}

Result<Report> ReportEngine::quarterly(int financialYear, int quarter)
{
    if (quarter < 1 || quarter > 4)
        return fail(
            Text::tr("There is no quarter %1: quarters run 1 (April-June) to 4 (January-March)")
                .arg(quarter));
    auto scope = scopeFor(financialYear, quarter, financialYear - 1);
    if (!scope)
        return Error{scope.error()};
    return report(scope.value());
}

Result<Report> ReportEngine::report(const ReportScope& scope)
{
    if (!scope.period.first.isValid() || !scope.period.last.isValid() ||
        scope.period.last < scope.period.first)
        return fail(Text::tr("A report needs a period with a first and a last day"));
    if (Status basis = checkCategoryBasis(scope); !basis)
        return Error{basis.error()};
    QList<const TableSpec*> specs;
    for (const TableSpec& spec : tableSpecs())
        if (inReport(spec, scope) && shown(spec.id))
            specs << &spec;
    const int steps = int(specs.size()) + 1; // loading the context is the first
    auto cancelled = [&](int done) {
        return m_progress && !m_progress(done, steps);
    };
    if (cancelled(0))
        return fail(Text::tr("The report was cancelled"));
    Context context(m_database, scope);
    if (Status loaded = context.load(); !loaded)
        return Error{loaded.error()};
    specs.removeIf([&](const TableSpec* spec) { return !inReport(*spec, context); });
    Report result(scope);
    result.setProducedOn(Clock::today());
    int done = 1;
    for (const TableSpec* specPointer : specs) {
        const TableSpec& spec = *specPointer;
        if (cancelled(done++))
            return fail(Text::tr("The report was cancelled"));
        auto table = spec.build(context);
        if (!table)
            return Error{
                Text::tr("The table \"%1\" could not be counted: %2").arg(spec.id, table.error())};
        result.addTable(std::move(table).value());
    }
    if (m_progress)
        m_progress(steps, steps);
    return result;
}

struct ReportEngine::Traced
{
    std::unique_ptr<Context> context;
    std::unique_ptr<Trace> trace;
    ReportTable table;
};

Result<ReportEngine::Traced> ReportEngine::traced(const QString& tableId, const ReportScope& scope)
{
    const TableSpec* spec = specFor(tableId);
    if (!spec || !inReport(*spec, scope) || !shown(tableId))
        return fail(Text::tr("A report has no table \"%1\"").arg(tableId));
    if (Status basis = checkCategoryBasis(scope); !basis)
        return Error{basis.error()};
    Traced result{std::make_unique<Context>(m_database, scope), std::make_unique<Trace>(), {}};
    if (Status loaded = result.context->load(); !loaded)
        return Error{loaded.error()};
    if (!inReport(*spec, *result.context))
        return fail(Text::tr("A report has no table \"%1\"").arg(tableId));
    result.context->setTrace(result.trace.get());
    auto table = spec->build(*result.context);
    if (!table)
        return Error{table.error()};
    result.table = std::move(table).value();
    return result;
}

namespace {

Result<QList<qint64>> idsOf(const Context& context, const CellSource& source)
{
    if (source.query)
        return caseIds(context, *source.query);
    QList<qint64> ids = source.ids;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

} // namespace

Result<QList<qint64>> ReportEngine::casesBehind(const QString& tableId, const QString& rowKey,
                                                const QString& columnId, const ReportScope& scope)
{
    auto built = traced(tableId, scope);
    if (!built)
        return Error{built.error()};
    const ReportTable& table = built->table;
    const CellSource* source = built->trace->find(rowKey, columnId);
    if (!source) {
        if (!table.row(rowKey))
            return fail(Text::tr("The table \"%1\" has no row \"%2\"").arg(tableId, rowKey));
        if (!table.column(columnId))
            return fail(Text::tr("The table \"%1\" has no column \"%2\"").arg(tableId, columnId));
        return fail(
            Text::tr("The figure in row \"%1\", column \"%2\" of \"%3\" is not a count of cases")
                .arg(rowKey, columnId, tableId));
    }
    return idsOf(*built->context, *source);
}

Result<ReportEngine::CellCases> ReportEngine::casesBehindAll(const QString& tableId,
                                                             const ReportScope& scope)
{
    auto built = traced(tableId, scope);
    if (!built)
        return Error{built.error()};
    CellCases cells;
    for (const auto& [rowKey, columnId] : built->trace->cells()) {
        auto ids = idsOf(*built->context, *built->trace->find(rowKey, columnId));
        if (!ids)
            return Error{ids.error()};
        cells.insert({rowKey, columnId}, ids.value());
    }
    return cells;
}

Result<ReportTable> ReportEngine::table(const QString& tableId, const ReportScope& scope)
{
    auto built = traced(tableId, scope);
    if (!built)
        return Error{built.error()};
    return std::move(built->table);
}

} // namespace redress

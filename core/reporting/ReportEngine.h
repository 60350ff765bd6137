#pragma once

#include "domain/CaseKind.h"
#include "reporting/Report.h"
#include "util/Result.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>
#include <utility>

namespace redress {

class Database;

// Counts the statutory annual report and the quarterly summary from case records. Counting is
// done in SQL (GROUP BY, bound values, the same text on SQLite and PostgreSQL); only the
// working-day measures (timescale bands, average days, overdue) are computed here, from the
// few stage dates they need, with the working-day calendar and the procedure profiles.
//
// Every count cell has a stable row key and column id, and casesBehind() gives the cases it
// counted, by running the same definitions with the row's condition.
class ReportEngine
{
public:
    explicit ReportEngine(Database& database) : m_database(database) {}

    // Complaints under one procedure only (the statutory report, or the corporate one the
    // Complaint Handling Code asks for); nullopt, the default, reports both.
    void setProcedure(std::optional<Procedure> procedure) { m_procedure = procedure; }
    std::optional<Procedure> procedure() const { return m_procedure; }

    // What the category table counts in the reports annual() and quarterly() make: complaints
    // received in the period (the default) or concluded in it. Other bases are refused.
    void setCategoryBasis(Basis basis) { m_categoryBasis = basis; }
    Basis categoryBasis() const { return m_categoryBasis; }

    // Whether reports have the tables only leads and administrators may see (staff named in
    // complaints, leadTableIds()). Session::reports() and redress-cli turn it off for an
    // officer; a report asked for one of them then has no such table.
    void setLeadTablesShown(bool shown) { m_leadTablesShown = shown; }
    bool leadTablesShown() const { return m_leadTablesShown; }
    static QStringList leadTableIds();

    // Told how many tables are counted out of how many, before each; returning false stops
    // the report, which then fails as cancelled. For a progress bar with a Cancel button.
    using Progress = std::function<bool(int done, int total)>;
    void setProgress(Progress progress) { m_progress = std::move(progress); }

    // The annual report for a financial year (2020 = 2020/21), against the year before.
    Result<Report> annual(int financialYear);
    // … against another year, or (nullopt) against none.
    Result<Report> annual(int financialYear, std::optional<int> compareWith);
    // The quarterly summary (quarter 1 = April-June), against the same quarter a year before.
    Result<Report> quarterly(int financialYear, int quarter);
    // Any scope: e.g. the one a report was made with.
    Result<Report> report(const ReportScope& scope);

    // The ids of the cases behind one figure, in ascending order. For a count column whose
    // unit is "cases" these are exactly the cases counted; for other units (points,
    // remedies…), the cases those belong to.
    Result<QList<qint64>> casesBehind(const QString& tableId, const QString& rowKey,
                                      const QString& columnId, const ReportScope& scope);

    // The cases behind every count of one table, by (row key, column id), from one build of
    // the table: for exporting case lists, and for checking a table against its cases.
    using CellCases = QMap<std::pair<QString, QString>, QList<qint64>>;
    Result<CellCases> casesBehindAll(const QString& tableId, const ReportScope& scope);

    // One table of the report of `scope`, counted as the report counts it: for reports that
    // publish a few of the engine's tables (the Complaint Handling Code's annual report).
    Result<ReportTable> table(const QString& tableId, const ReportScope& scope);

    // The financial years there is anything to report on: from the one the earliest case was
    // received in to the current one, newest first.
    Result<QList<int>> financialYears() const;

    // The ids of every table an annual report has, in order; a quarterly summary adds
    // "overdue".
    // Every id a report may have: a stage breakdown is left out of the reports whose
    // procedures have no such stage, so tableIds() gives those one report has.
    static QStringList annualTableIds();
    static QStringList quarterlyTableIds();
    Result<QStringList> tableIds(const ReportScope& scope) const;
    // The tables a printed annual report has by default, so that it stays readable: every
    // table but the breakdowns of stage 3 and of the Ombudsman's enquiries, which the screen
    // and the data formats keep.
    static QStringList annualPrintTableIds();
    // The tables a printed quarterly summary has, so that it fits on a few pages: the
    // headline, the open-case position, service areas, outcomes, timescales, the quarterly
    // trend and the overdue list. The screen and the data formats keep every table.
    static QStringList quarterlySummaryTableIds();
    // The tables of a report on a week or a month (ReportScope::isShortPeriod()): the list of
    // open children's complaints, and nothing else.
    static QStringList shortPeriodTableIds();

private:
    struct Traced;
    Result<Traced> traced(const QString& tableId, const ReportScope& scope);
    bool shown(const QString& tableId) const;
    Result<ReportScope> scopeFor(int financialYear, int quarter,
                                 std::optional<int> compareWith) const;

    Database& m_database;
    std::optional<Procedure> m_procedure;
    Basis m_categoryBasis = Basis::Received;
    Progress m_progress;
    bool m_leadTablesShown = true;
};

} // namespace redress

#pragma once

#include "domain/CaseKind.h"
#include "domain/Period.h"
#include "reporting/CouncilIdentity.h"
#include "reporting/ReportTable.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace redress {

// What a report covers: its period, the period it is compared with, and which complaints.
// Drill-down (ReportEngine::casesBehind) takes the same scope as the report it came from.
struct ReportScope
{
    Period period;
    std::optional<Period> comparison;
    // Complaints under one procedure only; nullopt: both the statutory and the corporate.
    std::optional<Procedure> procedure;
    // What the category table counts: the categories of complaints received in the period
    // (Received, the default), or the nature of those concluded in it (Concluded), as some
    // councils publish it.
    Basis categoryBasis = Basis::Received;
    // The login a list of cases is made for: a restricted case is listed only when it is open
    // to them. Counts are not affected.
    QString viewer;

    ReportScope() = default;
    // A scope with no comparison, for both procedures.
    ReportScope(Period reportPeriod) : period(reportPeriod) {}
    ReportScope(Period reportPeriod, std::optional<Period> comparedWith,
                std::optional<Procedure> onlyProcedure = std::nullopt)
        : period(reportPeriod), comparison(comparedWith), procedure(onlyProcedure)
    {}

    // A quarter rather than a whole financial year.
    bool isQuarter() const;
    int financialYear() const { return financialYearOf(period.first); }
    int quarter() const; // 1..4, or 0 for a whole year
    // A week or a month: neither a financial year nor one of its quarters.
    bool isShortPeriod() const { return !period.isYearOrQuarter(); }
};

// The statutory annual report or the quarterly summary, as data: a list of tables.
class Report
{
public:
    Report() = default;
    explicit Report(ReportScope scope) : m_scope(std::move(scope)) {}

    const ReportScope& scope() const { return m_scope; }
    QString periodLabel() const { return m_scope.period.label(); }
    QDate first() const { return m_scope.period.first; }
    QDate last() const { return m_scope.period.last; }
    const std::optional<Period>& comparison() const { return m_scope.comparison; }

    const QList<ReportTable>& tables() const { return m_tables; }
    void addTable(ReportTable table) { m_tables.append(std::move(table)); }
    const ReportTable* table(QStringView id) const;
    // The same report with only these tables, in the report's own order; unknown ids are
    // ignored.
    Report withTables(const QStringList& ids) const;

    // The day it was produced (Clock::today()), since open cases change afterwards.
    QDate producedOn() const { return m_producedOn; }
    void setProducedOn(QDate day) { m_producedOn = day; }

    // A report other than the annual report or the quarterly summary (the Complaint Handling
    // Code's) names itself; empty for those two.
    const QString& title() const { return m_title; }
    void setTitle(QString title) { m_title = std::move(title); }
    // Whose report it is, for the cover of the printed report: the caller sets it from the
    // council's settings (ReferenceData::councilIdentity), since counting does not need it.
    const CouncilIdentity& council() const { return m_council; }
    void setCouncil(CouncilIdentity council) { m_council = std::move(council); }

    // {"period": {...}, "tables": [{"id", "title", "basis", "columns", "rows"}, ...]}, as
    // documented in docs/reports.md.
    QJsonObject toJson() const;

private:
    ReportScope m_scope;
    QList<ReportTable> m_tables;
    QDate m_producedOn;
    QString m_title;
    CouncilIdentity m_council;
};

} // namespace redress

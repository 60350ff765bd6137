#include "CaseQuery.h"

#include "procedure/DeadlineStanding.h"
#include "storage/Sql.h"
#include "util/Clock.h"

#include <QRegularExpression>

namespace redress {

namespace {

// Written the same as the condition of the partial indexes cases_open_officer and
// cases_open_team (0013), which the engines use only when it matches.
QString openStatesOf(const char* alias)
{
    return QString::fromLatin1(alias) +
           QStringLiteral(".state IN ('received', 'open', 'suspended', 'responded')");
}
const QString openStates = openStatesOf("c");
// Matches the expression of the cases_due and cases_officer_due indexes (0002). PostgreSQL's
// indexes are on the equivalent CASE (0023): under row-level security only leakproof
// conditions can use an index, and COALESCE does not count as one.
const QString sqliteDueKey = QStringLiteral("COALESCE(c.due_on, '9999-12-31')");
const QString postgresDueKey =
    QStringLiteral("(CASE WHEN c.due_on IS NULL THEN DATE '9999-12-31' ELSE c.due_on END)");
const QString noDeadline = QStringLiteral("9999-12-31");
} // namespace

QStringList searchWords(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

QString CaseQuery::select()
{
    // The names come from the case's own sort columns (0013), kept in step by triggers, so a
    // page costs no joins beyond its current stage.
    return QStringLiteral(
        "SELECT c.id, c.reference, c.kind, c.procedure, c.state, c.current_stage, "
        "c.received_on, c.due_on, c.sort_complainant, c.sort_team, c.officer, c.summary, "
        "c.sort_service_area, c.sort_child_status, st.profile_code, st.profile_effective_from, "
        "st.requested_on, st.acknowledged_on, st.statement_agreed_on, st.panel_held_on, "
        "st.panel_report_on, st.responded_on, st.extended_to_days "
        "FROM cases c "
        // One row at most: a stage is unique by case and number.
        "LEFT JOIN stage st ON st.case_id = c.id AND st.number = c.current_stage");
}

QString CaseQuery::visibleTo(const QString& idColumn)
{
    return QStringLiteral("(%1 NOT IN (SELECT r.case_id FROM case_restriction r) OR %1 IN "
                          "(SELECT r.case_id FROM case_restriction r WHERE r.username = ?))")
        .arg(idColumn);
}

QString CaseQuery::hiddenFrom(const QString& idColumn)
{
    return QStringLiteral("%1 IN (SELECT r.case_id FROM case_restriction r WHERE r.case_id NOT IN "
                          "(SELECT m.case_id FROM case_restriction m WHERE m.username = ?))")
        .arg(idColumn);
}

CaseQuery::CaseQuery(const CaseFilter& filter, bool sqlite) : m_filter(filter), m_sqlite(sqlite)
{
    if (filter.viewer)
        addCondition(visibleTo(QStringLiteral("c.id")), {*filter.viewer});
    const QDate today = filter.asOf.isValid() ? filter.asOf : Clock::today();
    const QueueView view = filter.view;
    const bool open = filter.openOnly || filter.overdueOnly || view == QueueView::AllOpen ||
                      view == QueueView::MyCases || view == QueueView::MyTeam ||
                      view == QueueView::Overdue || view == QueueView::AwaitingService;
    if (open)
        addCondition(openStates);
    if (filter.overdueOnly || view == QueueView::Overdue)
        addCondition(DeadlineStanding::sqlOverdueCondition(), {sql::date(today)});
    // On SQLite a unary + keeps these from choosing the index: otherwise "kind = ?" would pick
    // cases_kind and sort every complaint instead of reading the queue's own order. Among the
    // open cases, "officer = ?" would likewise pick cases_sort_officer and read every case the
    // officer ever had, closed ones included, where the open cases are a few thousand.
    const QString plus = m_sqlite ? QStringLiteral("+") : QString();
    const QString officerOfOpen = (open ? plus : QString()) + QStringLiteral("c.officer = ?");
    switch (view) {
    case QueueView::MyCases:
        addCondition(officerOfOpen, {filter.me});
        break;
    case QueueView::MyTeam:
        addCondition(QStringLiteral("c.team_id = ?"), {filter.myTeamId});
        break;
    case QueueView::AwaitingService:
        addCondition(QStringLiteral("c.state = 'open'"));
        break;
    case QueueView::Escalated:
        // Linked to an open Ombudsman enquiry, whichever end wrote the link (an enquiry
        // logged on its own links to its complaint only). Gathered from the open cases as a
        // set of ids, so the cases read are the open ones, not every case with two lookups.
        addCondition(QStringLiteral("c.id IN (SELECT o.id FROM cases o WHERE ") +
                     openStatesOf("o") +
                     QStringLiteral(" AND o.current_stage >= 2 "
                                    "UNION ALL SELECT l.from_case_id FROM cases e JOIN case_link "
                                    "l ON l.to_case_id = e.id WHERE ") +
                     openStatesOf("e") +
                     QStringLiteral(" AND l.kind = 'referred_to_lgsco' "
                                    "UNION ALL SELECT l.to_case_id FROM cases e JOIN case_link l "
                                    "ON l.from_case_id = e.id WHERE ") +
                     openStatesOf("e") + QStringLiteral(" AND l.kind = 'lgsco_enquiry_of')"));
        break;
    case QueueView::RecentlyClosed:
        addCondition(QStringLiteral("c.state IN ('closed', 'withdrawn') AND c.closed_on >= ? "
                                    "AND c.closed_on <= ?"),
                     {sql::date(today.addDays(-filter.recentDays)), sql::date(today)});
        break;
    case QueueView::AllCases:
    case QueueView::AllOpen:
    case QueueView::Overdue:
        break;
    }
    if (filter.kind)
        addCondition(plus + QStringLiteral("c.kind = ?"), {caseKindCode(*filter.kind)});
    if (filter.procedure)
        addCondition(plus + QStringLiteral("c.procedure = ?"), {procedureCode(*filter.procedure)});
    if (filter.stage > 0)
        addCondition(QStringLiteral("c.current_stage = ?"), {filter.stage});
    // A team can serve several service areas, so a service area (or a portfolio above it)
    // selects by the service area recorded on the case, never by the team's parent; a team
    // selects its own cases, whichever service area each is recorded under.
    if (filter.orgUnitId != 0)
        addCondition(QStringLiteral("(c.team_id = ? OR c.service_area_id = ? OR "
                                    "c.service_area_id IN (SELECT u.id FROM org_unit u WHERE "
                                    "u.parent_id = ?))"),
                     {filter.orgUnitId, filter.orgUnitId, filter.orgUnitId});
    if (filter.teamId != 0)
        addCondition(QStringLiteral("c.team_id = ?"), {filter.teamId});
    if (!filter.officer.isEmpty())
        addCondition(officerOfOpen, {filter.officer});
    if (filter.receivedFrom.isValid())
        addCondition(QStringLiteral("c.received_on >= ?"), {sql::date(filter.receivedFrom)});
    if (filter.receivedTo.isValid())
        addCondition(QStringLiteral("c.received_on <= ?"), {sql::date(filter.receivedTo)});
    if (filter.dueFrom.isValid())
        addCondition(QStringLiteral("c.due_on >= ?"), {sql::date(filter.dueFrom)});
    if (filter.dueTo.isValid())
        addCondition(QStringLiteral("c.due_on <= ?"), {sql::date(filter.dueTo)});
    static const QRegularExpression fullReference(QStringLiteral("^[A-Za-z]{2}-\\d{4}-\\d{5}$"));
    if (fullReference.match(filter.search.trimmed()).hasMatch()) {
        // A whole reference is looked up directly: the index finds it at once, where the
        // text index would intersect every case of that kind and year.
        addCondition(QStringLiteral("c.reference = ?"), {filter.search.trimmed().toUpper()});
    } else if (const QStringList words = searchWords(filter.search); !words.isEmpty()) {
        // Each word a prefix, all required; the words hold only letters and digits, so the
        // quoting cannot be broken out of.
        QStringList terms;
        for (const QString& word : words)
            terms << (m_sqlite ? QString(u'"' + word + QStringLiteral("\"*"))
                               : QString(word.toLower() + QStringLiteral(":*")));
        if (m_sqlite)
            addCondition(QStringLiteral("c.id IN (SELECT rowid FROM case_search WHERE "
                                        "case_search MATCH ?)"),
                         {terms.join(u' ')});
        else // through the text index even under row-level security (0023)
            addCondition(QStringLiteral("c.id IN (SELECT redress_search_cases(to_tsquery("
                                        "'simple', ?)))"),
                         {terms.join(QStringLiteral(" & "))});
    }
}

void CaseQuery::addCondition(const QString& condition, const QVariantList& values)
{
    m_conditions << condition;
    m_values << values;
}

QStringList CaseQuery::sortExpressions() const
{
    switch (m_filter.sort.column) {
    case CaseSortColumn::Due:
        return {m_sqlite ? sqliteDueKey : postgresDueKey};
    case CaseSortColumn::Reference:
        return {QStringLiteral("c.reference")};
    case CaseSortColumn::Kind:
        return {QStringLiteral("c.kind")};
    case CaseSortColumn::ProcedureStage:
        return {QStringLiteral("c.procedure"), QStringLiteral("c.current_stage")};
    case CaseSortColumn::Complainant:
        return {QStringLiteral("c.sort_complainant")};
    case CaseSortColumn::ChildStatus:
        return {QStringLiteral("c.sort_child_status")};
    case CaseSortColumn::ServiceArea:
        return {QStringLiteral("c.sort_service_area")};
    case CaseSortColumn::Team:
        return {QStringLiteral("c.sort_team")};
    case CaseSortColumn::Officer:
        // One officer's cases all sort alike: on SQLite the unary + keeps that order from
        // choosing cases_sort_officer and reading the officer's closed cases too.
        if (m_sqlite && (m_filter.view == QueueView::MyCases || !m_filter.officer.isEmpty()))
            return {QStringLiteral("+c.officer")};
        return {QStringLiteral("c.officer")};
    case CaseSortColumn::Received:
        return {QStringLiteral("c.received_on")};
    case CaseSortColumn::State:
        return {QStringLiteral("c.state")};
    }
    return {m_sqlite ? sqliteDueKey : postgresDueKey};
}

// The values sortExpressions() give for a row, as CaseQuery::select() read them.
QVariantList CaseQuery::sortKeyOf(const CaseSummary& row) const
{
    switch (m_filter.sort.column) {
    case CaseSortColumn::Due:
        return {row.dueOn.isValid() ? sql::date(row.dueOn) : QVariant(noDeadline)};
    case CaseSortColumn::Reference:
        return {row.reference};
    case CaseSortColumn::Kind:
        return {caseKindCode(row.kind)};
    case CaseSortColumn::ProcedureStage:
        return {procedureCode(row.procedure), row.stage};
    case CaseSortColumn::Complainant:
        return {row.complainantName};
    case CaseSortColumn::ChildStatus:
        return {row.childStatus};
    case CaseSortColumn::ServiceArea:
        return {row.serviceArea};
    case CaseSortColumn::Team:
        return {row.teamName};
    case CaseSortColumn::Officer:
        return {row.officer};
    case CaseSortColumn::Received:
        return {sql::date(row.receivedOn)};
    case CaseSortColumn::State:
        return {caseStateCode(row.state)};
    }
    return {};
}

QString CaseQuery::where(bool paged) const
{
    QStringList conditions = m_conditions;
    if (paged && m_filter.after) {
        QStringList marks;
        for (qsizetype i = 0; i <= sortExpressions().size(); ++i)
            marks << QStringLiteral("?");
        conditions << QStringLiteral("(%1, c.id) %2 (%3)")
                          .arg(sortExpressions().join(QStringLiteral(", ")),
                               m_filter.sort.descending ? QStringLiteral("<") : QStringLiteral(">"),
                               marks.join(QStringLiteral(", ")));
    }
    return conditions.isEmpty()
               ? QString()
               : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QVariantList CaseQuery::values(bool paged) const
{
    QVariantList result = m_values;
    if (paged && m_filter.after)
        result << sortKeyOf(*m_filter.after) << m_filter.after->id;
    return result;
}

QString CaseQuery::orderBy() const
{
    const QString direction =
        m_filter.sort.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QStringList terms;
    for (const QString& expression : sortExpressions())
        terms << expression + direction;
    terms << QStringLiteral("c.id") + direction;
    return QStringLiteral(" ORDER BY ") + terms.join(QStringLiteral(", "));
}

} // namespace redress

// The report engine's SQL: populations of cases on each basis, GROUP BY counts, and the
// cases behind a figure. Only standard SQL (COALESCE, CASE, ||, CAST AS TEXT, EXISTS) with
// bound values, so the same text runs on SQLite (ISO text dates) and PostgreSQL (DATE).
#include "ReportEngine_p.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QSqlQuery>
#include <algorithm>

namespace redress::reporting {

namespace {

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

QString traceKey(const QString& rowKey, const QString& columnId)
{
    return rowKey + QChar(0x1f) + columnId;
}

} // namespace

Query& Query::join(const QString& clause)
{
    from += u' ' + clause;
    return *this;
}

Query& Query::where(const QString& condition, const QVariantList& conditionValues)
{
    conditions << condition;
    values << conditionValues;
    return *this;
}

QString Query::fromWhere() const
{
    QString text = QStringLiteral(" FROM ") + from;
    if (!conditions.isEmpty())
        text += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return text;
}

void Trace::add(const QString& rowKey, const QString& columnId, CellSource source)
{
    m_cells.insert(traceKey(rowKey, columnId), std::move(source));
}

const CellSource* Trace::find(const QString& rowKey, const QString& columnId) const
{
    auto it = m_cells.constFind(traceKey(rowKey, columnId));
    return it == m_cells.constEnd() ? nullptr : &it.value();
}

QList<std::pair<QString, QString>> Trace::cells() const
{
    QList<std::pair<QString, QString>> result;
    for (auto it = m_cells.constBegin(); it != m_cells.constEnd(); ++it) {
        const QStringList parts = it.key().split(QChar(0x1f));
        result.append({parts.value(0), parts.value(1)});
    }
    return result;
}

Context::Context(Database& database, ReportScope scope)
    : m_database(database), m_scope(std::move(scope))
{}

Status Context::load()
{
    ReferenceData reference(m_database);
    auto calendar = reference.calendar();
    if (!calendar)
        return Error{calendar.error()};
    m_calendar = calendar.value();
    auto procedures = reference.procedures();
    if (!procedures)
        return Error{procedures.error()};
    m_procedures = procedures.value();
    auto units = reference.orgUnits();
    if (!units)
        return Error{units.error()};
    m_orgUnits = units.value();
    auto taxonomies = reference.taxonomies();
    if (!taxonomies)
        return Error{taxonomies.error()};
    for (const QString& taxonomy : taxonomies.value()) {
        auto terms = reference.terms(taxonomy);
        if (!terms)
            return Error{terms.error()};
        m_terms.insert(taxonomy, terms.value());
    }
    return {};
}

const QSqlDatabase& Context::sql() const
{
    return m_database.sql();
}

QString Context::termLabel(const QString& taxonomy, const QString& code) const
{
    for (const TaxonomyTerm& term : m_terms.value(taxonomy))
        if (term.code == code)
            return term.label;
    return {};
}

const YearContext& Context::yearContext(int financialYear) const
{
    auto it = m_yearContexts.find(financialYear);
    if (it == m_yearContexts.end()) {
        YearContext figures;
        figures.financialYear = financialYear;
        auto stored = ReferenceData(m_database).yearContext(financialYear);
        if (stored && stored.value())
            figures = *stored.value();
        it = m_yearContexts.insert(financialYear, figures);
    }
    return it.value();
}

QList<Procedure> Context::complaintProcedures() const
{
    if (m_scope.procedure)
        return {*m_scope.procedure};
    return {Procedure::Statutory, Procedure::Corporate};
}

int Context::stageCount(Procedure procedure) const
{
    int count = 0;
    for (const ProcedureProfile& profile : m_procedures.profiles())
        if (profile.code == procedureCode(procedure))
            count = std::max(count, profile.stageCount());
    return std::max(count, 1);
}

int Context::maxStageCount() const
{
    int count = 1;
    for (Procedure procedure : complaintProcedures())
        count = std::max(count, stageCount(procedure));
    return count;
}

std::optional<ProcedureProfile> Context::currentProfile(Procedure procedure) const
{
    auto profile = m_procedures.profileFor(procedureCode(procedure), m_scope.period.last);
    if (!profile)
        return std::nullopt;
    return profile.value();
}

Result<const DeadlineCalculator*> Context::calculator(const QString& profileCode,
                                                      QDate effective) const
{
    const QString key = profileCode + u'@' + effective.toString(Qt::ISODate);
    auto it = m_calculators.find(key);
    if (it == m_calculators.end()) {
        auto profile = m_procedures.profileFor(profileCode, effective);
        if (!profile)
            return Error{profile.error()};
        it = m_calculators.emplace(key, DeadlineCalculator(m_calendar, profile.value())).first;
    }
    return &it->second;
}

void Context::trace(const QString& rowKey, const QString& columnId, const Query& query) const
{
    if (m_trace)
        m_trace->add(rowKey, columnId, CellSource{query, {}});
}

void Context::trace(const QString& rowKey, const QString& columnId, const QList<qint64>& ids) const
{
    if (m_trace)
        m_trace->add(rowKey, columnId, CellSource{std::nullopt, ids});
}

QString Context::comparisonLabel() const
{
    return m_scope.comparison ? m_scope.comparison->label() : QString();
}

Query complaintStages(const Context& context, int number, std::optional<Procedure> only)
{
    Query query;
    query.from = QStringLiteral("report_stage s JOIN report_cases c ON c.id = s.case_id");
    query.start = QStringLiteral("s.requested_on");
    // A stage withdrawn (or closed) before its response ends on the case's closing date; an
    // earlier stage always has its response, since escalation needs one.
    query.end = QStringLiteral(
        "COALESCE(s.responded_on, CASE WHEN c.current_stage = s.number THEN c.closed_on END)");
    query.endColumn = QStringLiteral("s.responded_on");
    query.where(QStringLiteral("c.kind = ?"), {caseKindCode(CaseKind::Complaint)});
    // A stage gone through before an imported log began has no dates of its own to count by.
    query.where(QStringLiteral("s.before_log = 0"), {});
    if (number > 0)
        query.where(QStringLiteral("s.number = ?"), {number});
    const std::optional<Procedure> procedure = only ? only : context.scope().procedure;
    if (procedure)
        query.where(QStringLiteral("c.procedure = ?"), {procedureCode(*procedure)});
    return query;
}

Query casesOfKinds(const QList<CaseKind>& kinds)
{
    Query query;
    query.from = QStringLiteral(
        "report_cases c LEFT JOIN report_stage s ON s.case_id = c.id AND s.number = 1");
    query.start = QStringLiteral("c.received_on");
    query.end = QStringLiteral("COALESCE(s.responded_on, c.closed_on)");
    QVariantList codes;
    for (CaseKind kind : kinds)
        codes << caseKindCode(kind);
    query.where(QStringLiteral("c.kind IN (%1)").arg(placeholders(codes.size())), codes);
    return query;
}

Query listable(const Context& context, Query population)
{
    // The report_ views show every case; `cases` is what the server's row-level security lets
    // this login see (on a team server it also hides the restrictions it hides cases by). On
    // SQLite, and for the DBA's login that no policy binds, the restrictions decide.
    population.where(QStringLiteral("EXISTS (SELECT 1 FROM cases x WHERE x.id = c.id)"));
    population.where(QStringLiteral("(c.id NOT IN (SELECT r.case_id FROM case_restriction r) OR "
                                    "c.id IN (SELECT r.case_id FROM case_restriction r WHERE "
                                    "r.username = ?))"),
                     {context.scope().viewer});
    return population;
}

Condition basisCondition(const Query& query, Basis basis, const Period& period)
{
    const QVariant first = sql::date(period.first);
    const QVariant last = sql::date(period.last);
    const QString& start = query.start;
    const QString& end = query.end;
    switch (basis) {
    case Basis::Received:
        return {start + QStringLiteral(" BETWEEN ? AND ?"), {first, last}};
    case Basis::Concluded:
        return {end + QStringLiteral(" BETWEEN ? AND ?"), {first, last}};
    case Basis::WorkedOn:
        return {QStringLiteral("%1 <= ? AND (%2 IS NULL OR %2 >= ?)").arg(start, end),
                {last, first}};
    case Basis::CarriedForward:
        return {QStringLiteral("%1 < ? AND (%2 IS NULL OR %2 >= ?)").arg(start, end),
                {first, first}};
    case Basis::Ongoing:
        return {QStringLiteral("%1 <= ? AND (%2 IS NULL OR %2 > ?)").arg(start, end), {last, last}};
    case Basis::Due:
    case Basis::Mixed:
    case Basis::Figures:
        break;
    }
    return {QStringLiteral("1 = 1"), {}};
}

Condition both(const Condition& first, const QString& sql, const QVariantList& values)
{
    return {QStringLiteral("(%1) AND (%2)").arg(first.sql, sql), first.values + values};
}

Period spanOf(const QList<Period>& periods)
{
    Period span = periods.first();
    for (const Period& period : periods) {
        span.first = std::min(span.first, period.first);
        span.last = std::max(span.last, period.last);
    }
    return span;
}

Measure countIf(const Condition& condition)
{
    return {QStringLiteral("SUM(CASE WHEN %1 THEN 1 ELSE 0 END)").arg(condition.sql),
            condition.values};
}

Measure distinctIf(const Condition& condition)
{
    return {QStringLiteral("COUNT(DISTINCT CASE WHEN %1 THEN c.id END)").arg(condition.sql),
            condition.values};
}

Measure sumIf(const QString& expression, const Condition& condition)
{
    return {QStringLiteral("SUM(CASE WHEN %1 THEN %2 ELSE 0 END)").arg(condition.sql, expression),
            condition.values};
}

namespace {

// What a basis implies of the end column alone: redundant with the basis's own condition,
// but testable on the scanned row before its case is read. Null where it implies nothing.
std::optional<Condition> endColumnCondition(const Query& query, Basis basis, const Period& period)
{
    if (query.endColumn.isEmpty())
        return std::nullopt;
    const QString& column = query.endColumn;
    auto openOr = [&](const QString& test, const QVariantList& values) {
        return Condition{QStringLiteral("(%1 IS NULL OR %1 %2)").arg(column, test), values};
    };
    switch (basis) {
    case Basis::Concluded:
        return openOr(QStringLiteral("BETWEEN ? AND ?"),
                      {sql::date(period.first), sql::date(period.last)});
    case Basis::WorkedOn:
    case Basis::CarriedForward:
        return openOr(QStringLiteral(">= ?"), {sql::date(period.first)});
    case Basis::Ongoing:
        return openOr(QStringLiteral("> ?"), {sql::date(period.last)});
    case Basis::Received:
    case Basis::Due:
    case Basis::Mixed:
    case Basis::Figures:
        break;
    }
    return std::nullopt;
}

} // namespace

Query on(Query query, Basis basis, const Period& period)
{
    const Condition condition = basisCondition(query, basis, period);
    if (condition.values.isEmpty())
        return query;
    if (auto implied = endColumnCondition(query, basis, period))
        query.where(implied->sql, implied->values);
    query.where(condition.sql, condition.values);
    return query;
}

Query withKey(Query query, const Key& key, const QString& value)
{
    query.where(QStringLiteral("COALESCE(%1, '') = ?").arg(key.sql),
                key.values + QVariantList{value});
    return query;
}

Result<QHash<QString, qint64>> countBy(const Context& context, const Query& query, const Key& key,
                                       const QString& aggregate)
{
    const QString statement = QStringLiteral("SELECT COALESCE(%1, '') AS report_key, %2 AS "
                                             "report_value")
                                  .arg(key.sql, aggregate) +
                              query.fromWhere() + QStringLiteral(" GROUP BY report_key");
    auto result = sql::exec(context.sql(), statement, key.values + query.values);
    if (!result)
        return Error{result.error()};
    QHash<QString, qint64> counts;
    while (result->next())
        counts[result->value(0).toString()] += result->value(1).toLongLong();
    return counts;
}

Result<QHash<QString, QList<qint64>>> measureBy(const Context& context, const Query& query,
                                                const Key& key, const QList<Measure>& measures)
{
    QStringList columns;
    QVariantList values = key.values;
    for (const Measure& measure : measures) {
        columns << measure.sql;
        values << measure.values;
    }
    values << query.values;
    const QString statement = QStringLiteral("SELECT COALESCE(%1, '') AS report_key, %2")
                                  .arg(key.sql, columns.join(QStringLiteral(", "))) +
                              query.fromWhere() + QStringLiteral(" GROUP BY report_key");
    auto result = sql::exec(context.sql(), statement, values);
    if (!result)
        return Error{result.error()};
    QHash<QString, QList<qint64>> measured;
    while (result->next()) {
        QList<qint64>& row = measured[result->value(0).toString()];
        row.resize(measures.size());
        for (int i = 0; i < measures.size(); ++i)
            row[i] += result->value(i + 1).toLongLong();
    }
    return measured;
}

Result<QList<qint64>> measureAll(const Context& context, const Query& query,
                                 const QList<Measure>& measures)
{
    QStringList columns;
    QVariantList values;
    for (const Measure& measure : measures) {
        columns << measure.sql;
        values << measure.values;
    }
    values << query.values;
    auto result = sql::exec(
        context.sql(),
        QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) + query.fromWhere(), values);
    if (!result)
        return Error{result.error()};
    QList<qint64> measured(measures.size());
    if (result->next())
        for (int i = 0; i < measures.size(); ++i)
            measured[i] = result->value(i).toLongLong();
    return measured;
}

Grouped groupedOf(const QHash<QString, QList<qint64>>& measured, int index, const Query& query,
                  const Key& key)
{
    Grouped grouped{query, key, {}, 0};
    for (auto it = measured.constBegin(); it != measured.constEnd(); ++it) {
        const qint64 value = it.value().value(index);
        grouped.counts.insert(it.key(), value);
        grouped.total += value;
    }
    return grouped;
}

Result<QList<Grouped>> groupPeriods(const Context& context, const Query& population, Basis basis,
                                    const QList<Period>& periods, const Key& key)
{
    QList<Measure> measures;
    for (const Period& period : periods)
        measures << countIf(basisCondition(population, basis, period));
    // Received or concluded in either period is received or concluded in their span; every
    // other basis of a period is part of what was worked on in the span.
    const bool dated = basis == Basis::Received || basis == Basis::Concluded;
    auto measured = measureBy(
        context, on(population, dated ? basis : Basis::WorkedOn, spanOf(periods)), key, measures);
    if (!measured)
        return Error{measured.error()};
    QList<Grouped> grouped;
    for (int i = 0; i < periods.size(); ++i)
        grouped << groupedOf(measured.value(), i, on(population, basis, periods.at(i)), key);
    return grouped;
}

Result<qint64> countAll(const Context& context, const Query& query, const QString& aggregate)
{
    auto value = sql::scalar(
        context.sql(), QStringLiteral("SELECT ") + aggregate + query.fromWhere(), query.values, 0);
    if (!value)
        return Error{value.error()};
    return value->toLongLong();
}

Result<QList<qint64>> caseIds(const Context& context, const Query& query)
{
    auto result = sql::exec(context.sql(),
                            QStringLiteral("SELECT DISTINCT c.id") + query.fromWhere() +
                                QStringLiteral(" ORDER BY c.id"),
                            query.values);
    if (!result)
        return Error{result.error()};
    QList<qint64> ids;
    while (result->next())
        ids << result->value(0).toLongLong();
    return ids;
}

QString rowKeyFor(const QString& value)
{
    return value.isEmpty() ? QStringLiteral("not_recorded") : value;
}

QString valueFor(const QString& rowKey)
{
    return rowKey == u"not_recorded" ? QString() : rowKey;
}

QString notRecordedLabel()
{
    return Text::tr("Not recorded");
}

Result<Grouped> group(const Context& context, const Query& query, const Key& key,
                      const QString& aggregate, bool overlapping)
{
    Grouped grouped{query, key, {}, 0};
    auto counts = countBy(context, query, key, aggregate);
    if (!counts)
        return Error{counts.error()};
    grouped.counts = counts.value();
    if (overlapping) {
        auto total = countAll(context, query, QStringLiteral("COUNT(DISTINCT c.id)"));
        if (!total)
            return Error{total.error()};
        grouped.total = total.value();
    } else {
        for (qint64 count : std::as_const(grouped.counts))
            grouped.total += count;
    }
    return grouped;
}

void fill(const Context& context, ReportTable& table, const QString& columnId,
          const Grouped& grouped, const QString& prefix, const QString& totalKey)
{
    QStringList keys;
    for (const ReportRow& row : table.rows())
        if (row.role == RowRole::Item && row.key.startsWith(prefix))
            keys << row.key;
    for (const QString& rowKey : std::as_const(keys)) {
        const QString value = valueFor(rowKey.mid(prefix.size()));
        table.setCell(rowKey, columnId, grouped.counts.value(value, 0));
        context.trace(rowKey, columnId, withKey(grouped.query, grouped.key, value));
    }
    if (table.row(totalKey)) {
        table.setCell(totalKey, columnId, grouped.total);
        context.trace(totalKey, columnId, grouped.query);
    }
}

void addTermRows(const Context& context, ReportTable& table, const QString& taxonomy,
                 const QList<const Grouped*>& counted, const QString& prefix,
                 const QString& fallbackTaxonomy)
{
    auto countOf = [&](const QString& code) {
        qint64 count = 0;
        for (const Grouped* grouped : counted)
            count += grouped->counts.value(code, 0);
        return count;
    };
    const Period& period = context.period();
    QStringList known;
    for (const TaxonomyTerm& term : context.terms(taxonomy)) {
        known << term.code;
        const bool inForce = term.active &&
                             (!term.validFrom.isValid() || term.validFrom <= period.last) &&
                             (!term.validTo.isValid() || term.validTo >= period.first);
        if (inForce || countOf(term.code) > 0)
            table.addRow(prefix + term.code, term.label);
    }
    QStringList others;
    for (const Grouped* grouped : counted)
        for (auto it = grouped->counts.constBegin(); it != grouped->counts.constEnd(); ++it)
            if (!it.key().isEmpty() && it.value() > 0 && !known.contains(it.key()) &&
                !others.contains(it.key()))
                others << it.key();
    others.sort();
    for (const QString& code : std::as_const(others)) {
        QString label =
            fallbackTaxonomy.isEmpty() ? QString() : context.termLabel(fallbackTaxonomy, code);
        table.addRow(prefix + code, label.isEmpty() ? code : label);
    }
    if (countOf(QString()) > 0)
        table.addRow(prefix + rowKeyFor(QString()), notRecordedLabel());
}

void addCountColumns(const Context& context, ReportTable& table, const QString& countLabel)
{
    const QString current = context.currentLabel();
    table.addColumn(QStringLiteral("count"),
                    countLabel.isEmpty() ? Text::tr("Number, %1").arg(current) : countLabel,
                    ColumnKind::Count);
    table.addColumn(QStringLiteral("percent"), Text::tr("%, %1").arg(current), ColumnKind::Percent);
    if (!context.comparison())
        return;
    const QString previous = context.comparisonLabel();
    table.addColumn(QStringLiteral("prev_count"), Text::tr("Number, %1").arg(previous),
                    ColumnKind::Count);
    table.addColumn(QStringLiteral("prev_percent"), Text::tr("%, %1").arg(previous),
                    ColumnKind::Percent);
    table.addColumn(QStringLiteral("change"), Text::tr("Change"), ColumnKind::Change);
    table.addColumn(QStringLiteral("change_percent"), Text::tr("Change %"), ColumnKind::Percent)
        .additive = false;
}

void finishCountColumns(const Context& context, ReportTable& table)
{
    table.fillPercent(u"count", u"percent");
    if (!context.comparison())
        return;
    table.fillPercent(u"prev_count", u"prev_percent");
    table.fillChange(u"count", u"prev_count", u"change", u"change_percent");
}

} // namespace redress::reporting

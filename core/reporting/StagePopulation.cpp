#include "StagePopulation.h"

#include "storage/Sql.h"

#include <QSet>
#include <QSqlQuery>
#include <vector>

namespace redress::reporting {

namespace {

struct Days
{
    qint32 first = 0;
    qint32 last = 0;
};

Days daysOf(const Period& period)
{
    return {qint32(period.first.toJulianDay()), qint32(period.last.toJulianDay())};
}

qint32 dayOf(const QVariant& value)
{
    const QDate date = sql::toDate(value);
    return date.isValid() ? qint32(date.toJulianDay()) : 0;
}

// basisCondition() of complaintStages() in C++: a date not recorded is SQL's null, which
// meets no comparison.
bool inDays(const PopulationStage& stage, Basis basis, Days days)
{
    const bool open = stage.ended == 0;
    const bool started = stage.started != 0;
    switch (basis) {
    case Basis::Received:
        return started && stage.started >= days.first && stage.started <= days.last;
    case Basis::Concluded:
        return !open && stage.ended >= days.first && stage.ended <= days.last;
    case Basis::WorkedOn:
        return started && stage.started <= days.last && (open || stage.ended >= days.first);
    case Basis::CarriedForward:
        return started && stage.started < days.first && (open || stage.ended >= days.first);
    case Basis::Ongoing:
        return started && stage.started <= days.last && (open || stage.ended > days.last);
    case Basis::Due:
    case Basis::Mixed:
    case Basis::Figures:
        break;
    }
    return true;
}

QList<Days> daysOf(const QList<Period>& periods)
{
    QList<Days> days;
    for (const Period& period : periods)
        days << daysOf(period);
    return days;
}

} // namespace

Result<std::shared_ptr<const StagePopulation>> StagePopulation::of(const Context& context)
{
    const QString key = QStringLiteral("complaint stage population");
    if (auto cached = context.cached(key))
        return std::static_pointer_cast<const StagePopulation>(cached);
    auto population = std::make_shared<StagePopulation>();
    QList<Period> periods{context.period()};
    if (context.comparison())
        periods << *context.comparison();
    population->m_span = spanOf(periods);
    population->m_texts << QString();
    population->m_codes.insert(QString(), 0);

    const Query query = spanning(withUnits(complaintStages(context)), population->m_span);
    const QString statement =
        QStringLiteral("SELECT c.id, s.number, c.procedure, %1, %2, s.outcome, c.channel, "
                       "c.complainant_role, %3, CASE WHEN c.advocate_provided_by <> '' OR "
                       "c.complainant_role = ? THEN 1 ELSE 0 END")
            .arg(query.start, query.end, unitKey().sql) +
        query.fromWhere();
    auto rows = sql::exec(context.sql(), statement,
                          QVariantList{QStringLiteral("advocate")} + query.values);
    if (!rows)
        return Error{rows.error()};
    while (rows->next()) {
        PopulationStage stage;
        stage.caseId = rows->value(0).toLongLong();
        stage.number = rows->value(1).isNull() ? 0 : quint8(rows->value(1).toInt());
        stage.procedure = population->intern(rows->value(2).toString());
        stage.started = dayOf(rows->value(3));
        stage.ended = dayOf(rows->value(4));
        stage.outcome = population->intern(rows->value(5).toString());
        stage.outcomeNull = rows->value(5).isNull();
        stage.channel = population->intern(rows->value(6).toString());
        stage.role = population->intern(rows->value(7).toString());
        stage.roleNull = rows->value(7).isNull();
        stage.unit = population->intern(rows->value(8).toString());
        stage.advocate = rows->value(9).toInt() != 0;
        population->m_stages.append(stage);
    }
    if (Status children = population->loadChildren(context); !children)
        return Error{children.error()};
    context.cache(key, population);
    return std::shared_ptr<const StagePopulation>(population);
}

Status StagePopulation::loadChildren(const Context& context)
{
    QHash<qint64, qsizetype> stagesOfCase;
    for (qsizetype i = 0; i < m_stages.size(); ++i)
        stagesOfCase.insert(m_stages.at(i).caseId, i);
    auto rows =
        sql::exec(context.sql(), QStringLiteral("SELECT k.case_id, k.status, CASE WHEN "
                                                "k.advocate_provider <> '' THEN 1 ELSE 0 END "
                                                "FROM report_case_child k"));
    if (!rows)
        return Error{rows.error()};
    QHash<qint64, QList<quint16>> statuses;
    QSet<qint64> advocated;
    while (rows->next()) {
        const qint64 caseId = rows->value(0).toLongLong();
        if (!stagesOfCase.contains(caseId))
            continue;
        statuses[caseId] << intern(rows->value(1).toString());
        if (rows->value(2).toInt() != 0)
            advocated.insert(caseId);
    }
    QHash<qint64, std::pair<quint32, quint16>> placed;
    for (PopulationStage& stage : m_stages) {
        stage.advocate = stage.advocate || advocated.contains(stage.caseId);
        auto found = statuses.constFind(stage.caseId);
        if (found == statuses.constEnd())
            continue;
        auto at = placed.find(stage.caseId);
        if (at == placed.end()) {
            at = placed.insert(stage.caseId,
                               {quint32(m_childStatuses.size()), quint16(found->size())});
            m_childStatuses << found.value();
        }
        stage.firstChild = at->first;
        stage.childCount = at->second;
    }
    return {};
}

quint16 StagePopulation::intern(const QString& value)
{
    auto found = m_codes.constFind(value);
    if (found != m_codes.constEnd())
        return found.value();
    const quint16 code = quint16(m_texts.size());
    m_texts << value;
    m_codes.insert(value, code);
    return code;
}

bool StagePopulation::hasChildOf(const PopulationStage& stage, int code) const
{
    for (quint32 c = stage.firstChild; c < stage.firstChild + stage.childCount; ++c)
        if (m_childStatuses.at(c) == code)
            return true;
    return false;
}

bool StagePopulation::covers(const Period& period) const
{
    return period.first >= m_span.first && period.last <= m_span.last;
}

bool StagePopulation::in(const PopulationStage& stage, Basis basis, const Period& period)
{
    return inDays(stage, basis, daysOf(period));
}

QList<QHash<QString, qint64>> StagePopulation::count(Basis basis, const QList<Period>& periods,
                                                     const Filter& include,
                                                     const KeyOf& keyOf) const
{
    const QList<Days> days = daysOf(periods);
    std::vector<std::vector<qint64>> tallies(days.size(), std::vector<qint64>(m_texts.size()));
    for (const PopulationStage& stage : m_stages) {
        if (!include(stage))
            continue;
        for (qsizetype i = 0; i < days.size(); ++i)
            if (inDays(stage, basis, days.at(i)))
                ++tallies[i][keyOf(stage)];
    }
    QList<QHash<QString, qint64>> counts(days.size());
    for (qsizetype i = 0; i < days.size(); ++i)
        for (qsizetype code = 0; code < m_texts.size(); ++code)
            if (tallies[i][code] > 0)
                counts[i].insert(m_texts.at(code), tallies[i][code]);
    return counts;
}

QList<QHash<QString, qint64>> StagePopulation::countByChildStatus(Basis basis,
                                                                  const QList<Period>& periods,
                                                                  const Filter& include,
                                                                  bool distinctCases) const
{
    const QList<Days> days = daysOf(periods);
    QList<QHash<quint16, QSet<qint64>>> cases(days.size());
    std::vector<std::vector<qint64>> children(days.size(), std::vector<qint64>(m_texts.size()));
    for (const PopulationStage& stage : m_stages) {
        if (!include(stage))
            continue;
        for (qsizetype i = 0; i < days.size(); ++i) {
            if (!inDays(stage, basis, days.at(i)))
                continue;
            if (distinctCases && stage.childCount == 0)
                cases[i][0].insert(stage.caseId);
            for (quint32 c = stage.firstChild; c < stage.firstChild + stage.childCount; ++c) {
                if (distinctCases)
                    cases[i][m_childStatuses.at(c)].insert(stage.caseId);
                else
                    ++children[i][m_childStatuses.at(c)];
            }
        }
    }
    QList<QHash<QString, qint64>> counts(days.size());
    for (qsizetype i = 0; i < days.size(); ++i) {
        if (distinctCases) {
            for (auto it = cases.at(i).constBegin(); it != cases.at(i).constEnd(); ++it)
                counts[i].insert(m_texts.at(it.key()), it.value().size());
            continue;
        }
        for (qsizetype code = 0; code < m_texts.size(); ++code)
            if (children[i][code] > 0)
                counts[i].insert(m_texts.at(code), children[i][code]);
    }
    return counts;
}

QList<qint64> StagePopulation::countCases(Basis basis, const QList<Period>& periods,
                                          const Filter& include) const
{
    const QList<Days> days = daysOf(periods);
    QList<QSet<qint64>> cases(days.size());
    for (const PopulationStage& stage : m_stages) {
        if (!include(stage))
            continue;
        for (qsizetype i = 0; i < days.size(); ++i)
            if (inDays(stage, basis, days.at(i)))
                cases[i].insert(stage.caseId);
    }
    QList<qint64> counts;
    for (const QSet<qint64>& ids : std::as_const(cases))
        counts << ids.size();
    return counts;
}

Query spanning(Query stages, const Period& span)
{
    // A stage responded to before the span is in none of its bases unless it was requested in
    // it, which the stage's own row tells before its case is read.
    const QVariant first = sql::date(span.first);
    const QVariant last = sql::date(span.last);
    stages.where(QStringLiteral("(s.responded_on IS NULL OR s.responded_on >= ? OR "
                                "s.requested_on >= ?)"),
                 {first, first});
    stages.where(QStringLiteral("(%1 BETWEEN ? AND ? OR %2 BETWEEN ? AND ? OR (%1 <= ? AND "
                                "(%2 IS NULL OR %2 >= ?)))")
                     .arg(stages.start, stages.end),
                 {first, last, first, last, last, first});
    return stages;
}

StagePopulation::Filter stageFilter(const StagePopulation& population, int number,
                                    std::optional<Procedure> procedure)
{
    const int code = procedure ? population.codeOf(procedureCode(*procedure)) : -1;
    if (procedure && code < 0)
        return [](const PopulationStage&) {
            return false;
        };
    return [number, code](const PopulationStage& stage) {
        return (number == 0 || stage.number == number) && (code < 0 || stage.procedure == code);
    };
}

Grouped groupedFrom(const QHash<QString, qint64>& counts, const Query& query, const Key& key)
{
    Grouped grouped{query, key, counts, 0};
    for (qint64 count : counts)
        grouped.total += count;
    return grouped;
}

} // namespace redress::reporting

#include "Report.h"

#include <QJsonArray>

namespace redress {

namespace {

QJsonObject periodJson(const Period& period)
{
    return {{QStringLiteral("label"), period.label()},
            {QStringLiteral("first"), period.first.toString(Qt::ISODate)},
            {QStringLiteral("last"), period.last.toString(Qt::ISODate)}};
}

} // namespace

bool ReportScope::isQuarter() const
{
    const Period year = Period::financialYear(financialYear());
    return period.first != year.first || period.last != year.last;
}

int ReportScope::quarter() const
{
    if (!isQuarter())
        return 0;
    return (period.first.month() + 8) % 12 / 3 + 1;
}

const ReportTable* Report::table(QStringView id) const
{
    for (const ReportTable& table : m_tables)
        if (table.id() == id)
            return &table;
    return nullptr;
}

Report Report::withTables(const QStringList& ids) const
{
    Report selected(m_scope);
    selected.setProducedOn(m_producedOn);
    selected.setTitle(m_title);
    selected.setCouncil(m_council);
    for (const ReportTable& table : m_tables)
        if (ids.contains(table.id()))
            selected.addTable(table);
    return selected;
}

QJsonObject Report::toJson() const
{
    QJsonObject period = periodJson(m_scope.period);
    period.insert(QStringLiteral("type"), m_scope.isShortPeriod() ? QStringLiteral("period")
                                          : m_scope.isQuarter()   ? QStringLiteral("quarter")
                                                                  : QStringLiteral("year"));
    period.insert(QStringLiteral("financialYear"), m_scope.financialYear());
    if (m_scope.isQuarter() && !m_scope.isShortPeriod())
        period.insert(QStringLiteral("quarter"), m_scope.quarter());
    period.insert(QStringLiteral("comparison"), m_scope.comparison
                                                    ? QJsonValue(periodJson(*m_scope.comparison))
                                                    : QJsonValue(QJsonValue::Null));
    period.insert(QStringLiteral("procedure"), m_scope.procedure
                                                   ? QJsonValue(procedureCode(*m_scope.procedure))
                                                   : QJsonValue(QJsonValue::Null));
    period.insert(QStringLiteral("categoryBasis"), basisCode(m_scope.categoryBasis));
    if (m_producedOn.isValid())
        period.insert(QStringLiteral("producedOn"), m_producedOn.toString(Qt::ISODate));
    QJsonArray tables;
    for (const ReportTable& table : m_tables)
        tables.append(table.toJson());
    return {{QStringLiteral("period"), period}, {QStringLiteral("tables"), tables}};
}

} // namespace redress

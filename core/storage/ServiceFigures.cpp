#include "ServiceFigures.h"

#include "domain/Period.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QJsonObject>

namespace redress {

namespace {

std::optional<int> optionalInt(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

QVariant optionalValue(const std::optional<int>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}

QJsonObject figuresJson(const QList<ServiceYearFigures>& figures)
{
    QJsonObject json;
    for (const ServiceYearFigures& entry : figures) {
        QJsonObject one;
        if (entry.openCases)
            one.insert(QStringLiteral("openCases"), *entry.openCases);
        if (entry.contacts)
            one.insert(QStringLiteral("contacts"), *entry.contacts);
        json.insert(QString::number(entry.orgUnitId), one);
    }
    return json;
}

} // namespace

Result<QList<ServiceYearFigures>> ServiceFigures::forYear(int financialYear) const
{
    auto query = sql::exec(m_database.sql(),
                           QStringLiteral("SELECT org_unit_id, open_cases, contacts FROM "
                                          "service_year_context WHERE financial_year = ? "
                                          "ORDER BY org_unit_id"),
                           {financialYear});
    if (!query)
        return Error{query.error()};
    QList<ServiceYearFigures> figures;
    while (query->next())
        figures.append({query->value(0).toLongLong(), optionalInt(query->value(1)),
                        optionalInt(query->value(2))});
    return figures;
}

Status ServiceFigures::save(int financialYear, const QList<ServiceYearFigures>& figures)
{
    if (!m_refusal.isEmpty())
        return fail(m_refusal);
    QList<ServiceYearFigures> kept;
    for (const ServiceYearFigures& entry : figures) {
        for (const std::optional<int>& figure : {entry.openCases, entry.contacts})
            if (figure && *figure < 0)
                return fail(tr("A service area's figures for %1 cannot be negative; nothing was "
                               "changed")
                                .arg(financialYearLabel(financialYear)));
        if (entry.openCases || entry.contacts)
            kept << entry;
    }
    auto before = forYear(financialYear);
    if (!before)
        return Error{before.error()};
    const QJsonObject beforeJson = figuresJson(before.value());
    const QJsonObject afterJson = figuresJson(kept);
    if (beforeJson == afterJson)
        return {};
    return m_database.transaction([&]() -> Status {
        auto removed =
            sql::exec(m_database.sql(),
                      QStringLiteral("DELETE FROM service_year_context WHERE financial_year = ?"),
                      {financialYear});
        if (!removed)
            return Error{removed.error()};
        for (const ServiceYearFigures& entry : std::as_const(kept)) {
            auto inserted = sql::exec(
                m_database.sql(),
                QStringLiteral("INSERT INTO service_year_context (financial_year, org_unit_id, "
                               "open_cases, contacts) VALUES (?, ?, ?, ?)"),
                {financialYear, entry.orgUnitId, optionalValue(entry.openCases),
                 optionalValue(entry.contacts)});
            if (!inserted)
                return Error{inserted.error()};
        }
        AuditEntry entry;
        entry.actor = m_actor.isEmpty() ? QStringLiteral("unknown") : m_actor;
        entry.action = QStringLiteral("admin_year_context");
        entry.detail =
            tr("Service areas' figures for %1 saved").arg(financialYearLabel(financialYear));
        const auto [changedBefore, changedAfter] = AuditLog::changes(beforeJson, afterJson);
        entry.before = changedBefore;
        entry.after = changedAfter;
        return AuditLog(m_database).append(entry);
    });
}

} // namespace redress

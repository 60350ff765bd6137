// Rows by service area and team, shared by the tables that break figures down that way.
#include "ReportEngine_p.h"

namespace redress::reporting {

namespace {

const QString serviceSuffix = QStringLiteral("/service");

const OrgUnit* unitByCode(const Context& context, const QString& code)
{
    for (const OrgUnit& unit : context.orgUnits())
        if (unit.code == code)
            return &unit;
    return nullptr;
}

const OrgUnit* unitById(const Context& context, qint64 id)
{
    for (const OrgUnit& unit : context.orgUnits())
        if (unit.id == id)
            return &unit;
    return nullptr;
}

// Services in the order of the hierarchy: portfolio by portfolio, then any without one.
QList<const OrgUnit*> servicesInOrder(const Context& context)
{
    QList<const OrgUnit*> services;
    for (const OrgUnit& portfolio : context.orgUnits()) {
        if (portfolio.level != u"portfolio")
            continue;
        for (const OrgUnit& unit : context.orgUnits())
            if (unit.level == u"service" && unit.parentId == portfolio.id)
                services << &unit;
    }
    for (const OrgUnit& unit : context.orgUnits())
        if (unit.level == u"service" && !services.contains(&unit))
            services << &unit;
    return services;
}

// The unit a level-1 row stands for.
QString unitOfRow(const QString& key)
{
    return key.endsWith(serviceSuffix) ? key.chopped(serviceSuffix.size()) : key;
}

} // namespace

Query withUnits(Query query)
{
    query.join(QStringLiteral("LEFT JOIN org_unit t ON t.id = c.team_id "
                              "LEFT JOIN org_unit sv ON sv.id = t.parent_id "
                              "LEFT JOIN org_unit sa ON sa.id = c.service_area_id"));
    return query;
}

QString unitKeyExpression(const QString& team, const QString& area)
{
    // A team counted under a service area other than its parent is "team@area", so that it
    // has a row under each service area it serves; a case with no team counts under its
    // service area itself.
    return QStringLiteral("CASE WHEN %1.id IS NULL THEN %2.code "
                          "WHEN %1.level <> 'team' THEN COALESCE(%2.code, %1.code) "
                          "WHEN %2.id IS NULL OR %2.id = %1.parent_id THEN %1.code "
                          "ELSE %1.code || '@' || %2.code END")
        .arg(team, area);
}

Key unitKey()
{
    return {unitKeyExpression(QStringLiteral("t"), QStringLiteral("sa")), {}};
}

Key serviceKey()
{
    return {QStringLiteral(
                "COALESCE(sa.code, CASE WHEN t.level = 'team' THEN sv.code ELSE t.code END)"),
            {}};
}

QString serviceOf(const Context& context, const QString& unitCode)
{
    if (const qsizetype at = unitCode.indexOf(u'@'); at >= 0)
        return unitCode.mid(at + 1);
    const OrgUnit* unit = unitByCode(context, unitCode);
    if (!unit)
        return unitCode;
    if (unit->level == u"team") {
        const OrgUnit* parent = unitById(context, unit->parentId);
        return parent ? parent->code : QString();
    }
    return unit->code;
}

void addServiceRows(const Context& context, ReportTable& table, const QList<const Grouped*>& byUnit,
                    bool withUnits, const QString& prefix)
{
    QHash<QString, qint64> counted; // by unit code
    for (const Grouped* grouped : byUnit)
        for (auto it = grouped->counts.constBegin(); it != grouped->counts.constEnd(); ++it)
            counted[it.key()] += it.value();
    QStringList services;
    for (const OrgUnit* service : servicesInOrder(context))
        services << service->code;
    QStringList extra;
    for (auto it = counted.constBegin(); it != counted.constEnd(); ++it) {
        const QString service = serviceOf(context, it.key());
        if (it.value() > 0 && !service.isEmpty() && !services.contains(service) &&
            !extra.contains(service))
            extra << service;
    }
    extra.sort();
    for (const QString& code : std::as_const(extra))
        services << code;

    for (const QString& code : std::as_const(services)) {
        const OrgUnit* service = unitByCode(context, code);
        qint64 serviceCount = 0;
        for (auto it = counted.constBegin(); it != counted.constEnd(); ++it)
            if (serviceOf(context, it.key()) == code)
                serviceCount += it.value();
        if (service && !service->active && serviceCount == 0)
            continue;
        table.addRow(prefix + code, service ? service->name : code);
        if (!withUnits)
            continue;
        if (counted.value(code, 0) > 0)
            table.addRow(prefix + code + serviceSuffix,
                         Text::tr("%1 (no team recorded)").arg(service ? service->name : code),
                         RowRole::Item, 1);
        for (const OrgUnit& unit : context.orgUnits())
            if (unit.level == u"team" && serviceOf(context, unit.code) == code &&
                counted.value(unit.code, 0) > 0)
                table.addRow(prefix + unit.code, unit.name, RowRole::Item, 1);
        QStringList elsewhere; // teams whose parent is another service area
        for (auto it = counted.constBegin(); it != counted.constEnd(); ++it)
            if (it.key().contains(u'@') && serviceOf(context, it.key()) == code && it.value() > 0)
                elsewhere << it.key();
        elsewhere.sort();
        for (const QString& key : std::as_const(elsewhere)) {
            const QString team = key.left(key.indexOf(u'@'));
            const OrgUnit* unit = unitByCode(context, team);
            table.addRow(prefix + key, unit ? unit->name : team, RowRole::Item, 1);
        }
    }
    if (counted.value(QString(), 0) > 0)
        table.addRow(prefix + rowKeyFor(QString()), notRecordedLabel());
}

void fillUnits(const Context& context, ReportTable& table, const QString& columnId,
               const Grouped& byUnit, const QString& prefix, const QString& totalKey)
{
    QList<std::pair<QString, int>> rows;
    for (const ReportRow& row : table.rows())
        if (row.role == RowRole::Item && row.key.startsWith(prefix))
            rows.append({row.key, row.level});
    for (const auto& [key, level] : rows) {
        const QString code = valueFor(key.mid(prefix.size()));
        if (level > 0) {
            const QString unit = unitOfRow(code);
            table.setCell(key, columnId, byUnit.counts.value(unit, 0));
            context.trace(key, columnId, withKey(byUnit.query, unitKey(), unit));
            continue;
        }
        qint64 count = 0;
        for (auto it = byUnit.counts.constBegin(); it != byUnit.counts.constEnd(); ++it)
            if ((code.isEmpty() && it.key().isEmpty()) ||
                (!code.isEmpty() && serviceOf(context, it.key()) == code))
                count += it.value();
        table.setCell(key, columnId, count);
        context.trace(key, columnId, withKey(byUnit.query, serviceKey(), code));
    }
    if (table.row(totalKey)) {
        table.setCell(totalKey, columnId, byUnit.total);
        context.trace(totalKey, columnId, byUnit.query);
    }
}

} // namespace redress::reporting

// The administrators' additions to ReferenceData: service areas and teams, users, closure
// days, and the audit entry every administrative change writes.
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/ReferenceData.h"
#include "storage/Sql.h"
#include "util/UkFormat.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace redress {

namespace {

const QStringList unitLevels{QStringLiteral("portfolio"), QStringLiteral("service"),
                             QStringLiteral("team")};
const QStringList userRoles{QStringLiteral("officer"), QStringLiteral("lead"),
                            QStringLiteral("admin")};

QJsonObject unitJson(const OrgUnit& unit)
{
    return {{QStringLiteral("parentId"), unit.parentId},
            {QStringLiteral("level"), unit.level},
            {QStringLiteral("code"), unit.code},
            {QStringLiteral("name"), unit.name},
            {QStringLiteral("active"), unit.active}};
}

QJsonObject userJson(const User& user)
{
    return {{QStringLiteral("username"), user.username},
            {QStringLiteral("displayName"), user.displayName},
            {QStringLiteral("role"), user.role},
            {QStringLiteral("teamId"), user.teamId},
            {QStringLiteral("active"), user.active}};
}

// A stable code from a name: "Fostering North" -> "fostering_north".
QString codeFromName(const QString& name)
{
    QString code = name.toLower();
    code.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("_"));
    while (code.startsWith(u'_'))
        code.remove(0, 1);
    while (code.endsWith(u'_'))
        code.chop(1);
    return code.isEmpty() ? QStringLiteral("unit") : code;
}

} // namespace

Status ReferenceData::change(const std::function<Status()>& work)
{
    if (!m_refusal.isEmpty())
        return fail(m_refusal);
    return m_database.transaction(work);
}

Status ReferenceData::audit(const QString& action, const QString& detail, const QJsonObject& before,
                            const QJsonObject& after)
{
    AuditEntry entry;
    entry.actor = m_actor.isEmpty() ? QStringLiteral("unknown") : m_actor;
    entry.action = action;
    entry.detail = detail;
    entry.before = before;
    entry.after = after;
    return AuditLog(m_database).append(entry);
}

Result<qint64> ReferenceData::saveOrgUnit(const OrgUnit& unit)
{
    if (unit.name.trimmed().isEmpty())
        return fail(tr("A service area or team needs a name"));
    auto units = orgUnits();
    if (!units)
        return Error{units.error()};
    const OrgUnit* before = nullptr;
    const OrgUnit* parent = nullptr;
    QSet<QString> codes;
    for (const OrgUnit& existing : units.value()) {
        codes.insert(existing.code);
        if (existing.id == unit.id)
            before = &existing;
        if (existing.id == unit.parentId)
            parent = &existing;
    }
    if (unit.id != 0 && !before)
        return fail(tr("\"%1\" is no longer in the database").arg(unit.name));
    OrgUnit after = unit;
    after.name = unit.name.trimmed();
    if (before) {
        after.level = before->level; // a team stays a team when it moves
        after.code = before->code;
    }
    const int level = int(unitLevels.indexOf(after.level));
    if (level < 0)
        return fail(tr("\"%1\" is not a level of the organisation (portfolio, service, team)")
                        .arg(after.level));
    // A portfolio sits at the top, a service in a portfolio, a team in a service.
    if (level == 0 && after.parentId != 0)
        return fail(tr("A portfolio cannot sit inside another unit"));
    if (level > 0 && (!parent || parent->level != unitLevels.at(level - 1)))
        return fail(level == 1
                        ? tr("The service \"%1\" needs a portfolio to sit in").arg(after.name)
                        : tr("The team \"%1\" needs a service to sit in").arg(after.name));
    if (after.code.isEmpty()) {
        const QString base = codeFromName(after.name);
        after.code = base;
        for (int n = 2; codes.contains(after.code); ++n)
            after.code = base + u'_' + QString::number(n);
    }

    qint64 id = unit.id;
    Status saved = change([&]() -> Status {
        if (unit.id == 0) {
            auto inserted = sql::insert(
                m_database.sql(),
                QStringLiteral("INSERT INTO org_unit (parent_id, level, code, name, active) "
                               "VALUES (?, ?, ?, ?, ?) RETURNING id"),
                {sql::id(after.parentId), after.level, after.code, after.name,
                 sql::flag(after.active)});
            if (!inserted)
                return Error{inserted.error()};
            id = inserted.value();
            return audit(QStringLiteral("admin_org_unit"), tr("\"%1\" added").arg(after.name), {},
                         unitJson(after));
        }
        auto updated =
            sql::exec(m_database.sql(),
                      QStringLiteral("UPDATE org_unit SET parent_id = ?, name = ?, active = ? "
                                     "WHERE id = ?"),
                      {sql::id(after.parentId), after.name, sql::flag(after.active), unit.id});
        if (!updated)
            return Error{updated.error()};
        const auto [changedBefore, changedAfter] =
            AuditLog::changes(unitJson(*before), unitJson(after));
        return audit(QStringLiteral("admin_org_unit"), tr("\"%1\" changed").arg(after.name),
                     changedBefore, changedAfter);
    });
    if (!saved)
        return Error{saved.error()};
    return id;
}

Result<qint64> ReferenceData::saveUser(const User& user)
{
    User after = user;
    after.username = user.username.trimmed();
    after.displayName = user.displayName.trimmed();
    if (after.username.isEmpty() || after.displayName.isEmpty())
        return fail(tr("A user needs a username and a display name"));
    if (!userRoles.contains(after.role))
        return fail(tr("\"%1\" is not a role (officer, lead, admin)").arg(after.role));
    auto units = orgUnits();
    if (!units)
        return Error{units.error()};
    if (after.teamId != 0) {
        const bool isTeam = std::any_of(units->cbegin(), units->cend(), [&](const OrgUnit& u) {
            return u.id == after.teamId && u.level == u"team";
        });
        if (!isTeam)
            return fail(tr("%1's team is not a team in the database").arg(after.displayName));
    }
    auto existing = users();
    if (!existing)
        return Error{existing.error()};
    std::optional<User> before;
    for (const User& other : existing.value()) {
        if (other.id == user.id)
            before = other;
        else if (other.username.compare(after.username, Qt::CaseInsensitive) == 0)
            return fail(tr("The username %1 is already taken by %2")
                            .arg(after.username, other.displayName));
    }
    if (user.id != 0 && !before)
        return fail(tr("The user %1 is no longer in the database").arg(after.username));

    qint64 id = user.id;
    Status saved = change([&]() -> Status {
        const QVariantList values{after.username, after.displayName, after.role,
                                  sql::id(after.teamId), sql::flag(after.active)};
        if (user.id == 0) {
            auto inserted = sql::insert(
                m_database.sql(),
                QStringLiteral("INSERT INTO app_user (username, display_name, role, team_id, "
                               "active) VALUES (?, ?, ?, ?, ?) RETURNING id"),
                values);
            if (!inserted)
                return Error{inserted.error()};
            id = inserted.value();
            return audit(QStringLiteral("admin_user"), tr("User %1 added").arg(after.username), {},
                         userJson(after));
        }
        auto updated = sql::exec(
            m_database.sql(),
            QStringLiteral("UPDATE app_user SET username = ?, display_name = ?, role = ?, "
                           "team_id = ?, active = ? WHERE id = ?"),
            values + QVariantList{user.id});
        if (!updated)
            return Error{updated.error()};
        const auto [changedBefore, changedAfter] =
            AuditLog::changes(userJson(*before), userJson(after));
        return audit(QStringLiteral("admin_user"), tr("User %1 changed").arg(after.username),
                     changedBefore, changedAfter);
    });
    if (!saved)
        return Error{saved.error()};
    return id;
}

Result<QList<CalendarDay>> ReferenceData::closureDays() const
{
    auto query = sql::exec(m_database.sql(), QStringLiteral("SELECT day, title FROM calendar_day "
                                                            "WHERE kind = 'closure' ORDER BY day"));
    if (!query)
        return Error{query.error()};
    QList<CalendarDay> result;
    while (query->next())
        result.append({sql::toDate(query->value(0)), query->value(1).toString()});
    return result;
}

Status ReferenceData::removeClosureDay(QDate day)
{
    return change([&]() -> Status {
        auto title = sql::scalar(m_database.sql(),
                                 QStringLiteral("SELECT title FROM calendar_day "
                                                "WHERE day = ? AND kind = 'closure'"),
                                 {sql::date(day)});
        if (!title)
            return Error{title.error()};
        if (title->isNull())
            return fail(tr("%1 is not a closure day").arg(ukDate(day)));
        auto removed =
            sql::exec(m_database.sql(),
                      QStringLiteral("DELETE FROM calendar_day WHERE day = ? AND kind = 'closure'"),
                      {sql::date(day)});
        if (!removed)
            return Error{removed.error()};
        return audit(QStringLiteral("admin_closure_day"),
                     tr("Closure day %1 removed").arg(ukDate(day)),
                     {{QStringLiteral("day"), day.toString(Qt::ISODate)},
                      {QStringLiteral("title"), title->toString()}},
                     {});
    });
}

Status ReferenceData::addBankHoliday(QDate day, const QString& title)
{
    if (!day.isValid())
        return fail(tr("A bank holiday needs a real date"));
    return change([&]() -> Status {
        auto before = calendar();
        if (!before)
            return Error{before.error()};
        if (before->bankHolidays().isBankHoliday(day))
            return fail(tr("%1 is already a bank holiday (%2)")
                            .arg(ukDate(day), before->bankHolidays().title(day)));
        // A day an administrator removed comes back by deleting the removal; any other day
        // is added.
        auto restored = sql::exec(m_database.sql(),
                                  QStringLiteral("DELETE FROM calendar_day WHERE day = ? AND "
                                                 "kind = 'bank_holiday_removed'"),
                                  {sql::date(day)});
        if (!restored)
            return Error{restored.error()};
        auto after = calendar();
        if (!after)
            return Error{after.error()};
        if (!after->bankHolidays().isBankHoliday(day)) {
            auto inserted = sql::exec(m_database.sql(),
                                      QStringLiteral("INSERT INTO calendar_day (day, kind, title) "
                                                     "VALUES (?, 'bank_holiday_added', ?)"),
                                      {sql::date(day), title});
            if (!inserted)
                return Error{inserted.error()};
        }
        return audit(
            QStringLiteral("admin_bank_holiday"), tr("Bank holiday %1 added").arg(ukDate(day)), {},
            {{QStringLiteral("day"), day.toString(Qt::ISODate)}, {QStringLiteral("title"), title}});
    });
}

Status ReferenceData::removeBankHoliday(QDate day)
{
    return change([&]() -> Status {
        auto before = calendar();
        if (!before)
            return Error{before.error()};
        const QString title = before->bankHolidays().title(day);
        if (title.isEmpty())
            return fail(tr("%1 is not a bank holiday").arg(ukDate(day)));
        // A day an administrator added goes by deleting the addition; a day the rules give is
        // recorded as removed.
        auto undone = sql::exec(m_database.sql(),
                                QStringLiteral("DELETE FROM calendar_day WHERE day = ? AND "
                                               "kind = 'bank_holiday_added'"),
                                {sql::date(day)});
        if (!undone)
            return Error{undone.error()};
        auto after = calendar();
        if (!after)
            return Error{after.error()};
        if (after->bankHolidays().isBankHoliday(day)) {
            auto inserted = sql::exec(m_database.sql(),
                                      QStringLiteral("INSERT INTO calendar_day (day, kind, title) "
                                                     "VALUES (?, 'bank_holiday_removed', ?)"),
                                      {sql::date(day), title});
            if (!inserted)
                return Error{inserted.error()};
        }
        return audit(
            QStringLiteral("admin_bank_holiday"), tr("Bank holiday %1 removed").arg(ukDate(day)),
            {{QStringLiteral("day"), day.toString(Qt::ISODate)}, {QStringLiteral("title"), title}},
            {});
    });
}

} // namespace redress

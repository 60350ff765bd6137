#include "DefaultData.h"

#include "calendar/BankHolidays.h"
#include "procedure/ProcedureProfile.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace redress {

namespace {

Result<QJsonObject> shippedTaxonomies()
{
    QFile file(QStringLiteral(":/taxonomies/defaults.json"));
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("The default taxonomies are missing from this build"));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject())
        return fail(QStringLiteral("taxonomies/defaults.json: %1").arg(error.errorString()));
    return document.object();
}

Status seedTaxonomies(Database& database, const QJsonObject& taxonomies)
{
    for (auto it = taxonomies.begin(); it != taxonomies.end(); ++it) {
        const QJsonArray terms = it.value().toArray();
        for (qsizetype i = 0; i < terms.size(); ++i) {
            const QJsonArray term = terms.at(i).toArray();
            auto inserted = sql::exec(
                database.sql(),
                QStringLiteral("INSERT INTO taxonomy_term (taxonomy, code, label, sort_order, "
                               "valid_from, valid_to) VALUES (?, ?, ?, ?, ?, ?)"),
                {it.key(), term.at(0).toString(), term.at(1).toString(), int(i),
                 sql::date(QDate::fromString(term.at(2).toString(), Qt::ISODate)),
                 sql::date(QDate::fromString(term.at(3).toString(), Qt::ISODate))});
            if (!inserted)
                return Error{inserted.error()};
        }
    }
    return {};
}

Status seedOrgUnits(Database& database, const QJsonArray& units, qint64 parentId, int depth)
{
    static const char* levels[] = {"portfolio", "service", "team"};
    for (const QJsonValue& value : units) {
        const QJsonObject unit = value.toObject();
        auto id = sql::insert(database.sql(),
                              QStringLiteral("INSERT INTO org_unit (parent_id, level, code, name) "
                                             "VALUES (?, ?, ?, ?) RETURNING id"),
                              {sql::id(parentId), QString::fromLatin1(levels[qMin(depth, 2)]),
                               unit.value(u"code").toString(), unit.value(u"name").toString()});
        if (!id)
            return Error{id.error()};
        if (Status children =
                seedOrgUnits(database, unit.value(u"children").toArray(), id.value(), depth + 1);
            !children)
            return children;
    }
    return {};
}

Status seedUsers(Database& database, const QJsonArray& users)
{
    for (const QJsonValue& value : users) {
        const QJsonObject user = value.toObject();
        auto inserted =
            sql::exec(database.sql(),
                      QStringLiteral("INSERT INTO app_user (username, display_name, role) "
                                     "VALUES (?, ?, ?)"),
                      {user.value(u"username").toString(), user.value(u"displayName").toString(),
                       user.value(u"role").toString()});
        if (!inserted)
            return Error{inserted.error()};
    }
    return {};
}

Status seedProfiles(Database& database)
{
    const ProcedureCatalog catalog = ProcedureCatalog::defaults();
    for (const ProcedureProfile& profile : catalog.profiles()) {
        const QByteArray definition =
            QJsonDocument(profile.toJson()).toJson(QJsonDocument::Compact);
        auto inserted = sql::exec(
            database.sql(),
            QStringLiteral("INSERT INTO procedure_profile (code, effective_from, "
                           "definition) VALUES (?, ?, ?)"),
            {profile.code, sql::date(profile.effectiveFrom), QString::fromUtf8(definition)});
        if (!inserted)
            return Error{inserted.error()};
    }
    return {};
}

Status seedCalendar(Database& database)
{
    const auto adjustments = BankHolidays::england().adjustments();
    for (const auto& adjustment : adjustments) {
        const bool added = adjustment.kind == BankHolidays::Adjustment::Kind::Added;
        auto inserted = sql::exec(
            database.sql(),
            QStringLiteral("INSERT INTO calendar_day (day, kind, title) VALUES (?, ?, ?)"),
            {sql::date(adjustment.date),
             added ? QStringLiteral("bank_holiday_added") : QStringLiteral("bank_holiday_removed"),
             adjustment.title});
        if (!inserted)
            return Error{inserted.error()};
    }
    return {};
}

} // namespace

Status DefaultData::seed(Database& database, int schemaVersion)
{
    // The chain, begun in version 3, covers digests from version 7: it is made once, there.
    if (schemaVersion == 3)
        return CaseRepository::seedReferenceCounters(database);
    if (schemaVersion == 7)
        return AuditLog::chainExisting(database);
    if (schemaVersion != 1)
        return {};
    auto defaults = shippedTaxonomies();
    if (!defaults)
        return Error{defaults.error()};
    if (Status s = seedTaxonomies(database, defaults->value(u"taxonomies").toObject()); !s)
        return s;
    if (Status s = seedOrgUnits(database, defaults->value(u"orgUnits").toArray(), 0, 0); !s)
        return s;
    if (Status s = seedUsers(database, defaults->value(u"users").toArray()); !s)
        return s;
    if (Status s = seedProfiles(database); !s)
        return s;
    return seedCalendar(database);
}

} // namespace redress

#include "ReferenceData.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace redress {

namespace {
std::optional<int> optionalInt(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toInt();
}

QVariant optionalValue(const std::optional<int>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}
} // namespace

Result<QList<TaxonomyTerm>> ReferenceData::terms(const QString& taxonomy) const
{
    auto query =
        sql::exec(m_database.sql(),
                  QStringLiteral("SELECT id, taxonomy, code, label, sort_order, active, "
                                 "valid_from, valid_to FROM taxonomy_term WHERE taxonomy = ? "
                                 "ORDER BY sort_order, label"),
                  {taxonomy});
    if (!query)
        return Error{query.error()};
    QList<TaxonomyTerm> result;
    while (query->next()) {
        result.append({query->value(0).toLongLong(), query->value(1).toString(),
                       query->value(2).toString(), query->value(3).toString(),
                       query->value(4).toInt(), query->value(5).toInt() != 0,
                       sql::toDate(query->value(6)), sql::toDate(query->value(7))});
    }
    return result;
}

Result<QStringList> ReferenceData::taxonomies() const
{
    auto query =
        sql::exec(m_database.sql(),
                  QStringLiteral("SELECT DISTINCT taxonomy FROM taxonomy_term ORDER BY taxonomy"));
    if (!query)
        return Error{query.error()};
    QStringList result;
    while (query->next())
        result << query->value(0).toString();
    return result;
}

Status ReferenceData::saveTerm(const TaxonomyTerm& term)
{
    if (term.code.trimmed().isEmpty() || term.label.trimmed().isEmpty())
        return fail(QCoreApplication::translate("ReferenceData", "A %1 needs a code and a label")
                        .arg(term.taxonomy));
    const QVariantList values{term.label, term.sortOrder, sql::flag(term.active),
                              sql::date(term.validFrom), sql::date(term.validTo)};
    if (term.id == 0) {
        auto inserted =
            sql::exec(m_database.sql(),
                      QStringLiteral("INSERT INTO taxonomy_term (label, sort_order, active, "
                                     "valid_from, valid_to, taxonomy, code) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                      values + QVariantList{term.taxonomy, term.code});
        return inserted ? Status{} : Status{Error{inserted.error()}};
    }
    auto updated =
        sql::exec(m_database.sql(),
                  QStringLiteral("UPDATE taxonomy_term SET label = ?, sort_order = ?, active = ?, "
                                 "valid_from = ?, valid_to = ? WHERE id = ?"),
                  values + QVariantList{term.id});
    return updated ? Status{} : Status{Error{updated.error()}};
}

Result<QList<OrgUnit>> ReferenceData::orgUnits() const
{
    auto query =
        sql::exec(m_database.sql(),
                  QStringLiteral("SELECT id, parent_id, level, code, name, active FROM org_unit "
                                 "ORDER BY id"));
    if (!query)
        return Error{query.error()};
    QList<OrgUnit> result;
    while (query->next())
        result.append({query->value(0).toLongLong(), query->value(1).toLongLong(),
                       query->value(2).toString(), query->value(3).toString(),
                       query->value(4).toString(), query->value(5).toInt() != 0});
    return result;
}

Result<QList<User>> ReferenceData::users() const
{
    auto query = sql::exec(
        m_database.sql(), QStringLiteral("SELECT id, username, display_name, role, team_id, active "
                                         "FROM app_user ORDER BY display_name"));
    if (!query)
        return Error{query.error()};
    QList<User> result;
    while (query->next())
        result.append({query->value(0).toLongLong(), query->value(1).toString(),
                       query->value(2).toString(), query->value(3).toString(),
                       query->value(4).toLongLong(), query->value(5).toInt() != 0});
    return result;
}

Result<WorkingDayCalendar> ReferenceData::calendar() const
{
    auto query = sql::exec(
        m_database.sql(), QStringLiteral("SELECT day, kind, title FROM calendar_day ORDER BY day"));
    if (!query)
        return Error{query.error()};
    QList<BankHolidays::Adjustment> adjustments;
    QList<CalendarDay> closures;
    while (query->next()) {
        const QDate day = sql::toDate(query->value(0));
        const QString kind = query->value(1).toString();
        const QString title = query->value(2).toString();
        if (kind == u"closure")
            closures.append({day, title});
        else
            adjustments.append({day, title,
                                kind == u"bank_holiday_removed"
                                    ? BankHolidays::Adjustment::Kind::Removed
                                    : BankHolidays::Adjustment::Kind::Added});
    }
    return WorkingDayCalendar(BankHolidays(adjustments), closures);
}

Status ReferenceData::addClosureDay(QDate day, const QString& title)
{
    if (!day.isValid())
        return fail(
            QCoreApplication::translate("ReferenceData", "A closure day needs a real date"));
    auto inserted = sql::exec(
        m_database.sql(),
        QStringLiteral("INSERT INTO calendar_day (day, kind, title) VALUES (?, 'closure', ?)"),
        {sql::date(day), title});
    return inserted ? Status{} : Status{Error{inserted.error()}};
}

Status ReferenceData::addBankHolidayAdjustment(const BankHolidays::Adjustment& adjustment)
{
    const bool added = adjustment.kind == BankHolidays::Adjustment::Kind::Added;
    auto inserted = sql::exec(
        m_database.sql(),
        QStringLiteral("INSERT INTO calendar_day (day, kind, title) VALUES (?, ?, ?)"),
        {sql::date(adjustment.date),
         added ? QStringLiteral("bank_holiday_added") : QStringLiteral("bank_holiday_removed"),
         adjustment.title});
    return inserted ? Status{} : Status{Error{inserted.error()}};
}

Result<ProcedureCatalog> ReferenceData::procedures() const
{
    auto query =
        sql::exec(m_database.sql(),
                  QStringLiteral("SELECT code, effective_from, definition FROM procedure_profile "
                                 "ORDER BY code, effective_from"));
    if (!query)
        return Error{query.error()};
    QList<ProcedureProfile> profiles;
    while (query->next()) {
        const QString where = QStringLiteral("procedure_profile %1 from %2")
                                  .arg(query->value(0).toString(), query->value(1).toString());
        const QJsonObject json =
            QJsonDocument::fromJson(query->value(2).toString().toUtf8()).object();
        auto profile = ProcedureProfile::fromJson(json, where);
        if (!profile)
            return Error{profile.error()};
        profiles.append(profile.value());
    }
    return ProcedureCatalog(profiles);
}

Status ReferenceData::saveProfile(const ProcedureProfile& profile)
{
    // Round trip through the validator so a bad profile never reaches the table.
    auto checked = ProcedureProfile::fromJson(profile.toJson(), profile.code);
    if (!checked)
        return Error{checked.error()};
    const QString definition =
        QString::fromUtf8(QJsonDocument(profile.toJson()).toJson(QJsonDocument::Compact));
    return m_database.transaction([&]() -> Status {
        auto removed = sql::exec(
            m_database.sql(),
            QStringLiteral("DELETE FROM procedure_profile WHERE code = ? AND effective_from = ?"),
            {profile.code, sql::date(profile.effectiveFrom)});
        if (!removed)
            return Error{removed.error()};
        auto inserted = sql::exec(
            m_database.sql(),
            QStringLiteral("INSERT INTO procedure_profile (code, effective_from, definition) "
                           "VALUES (?, ?, ?)"),
            {profile.code, sql::date(profile.effectiveFrom), definition});
        return inserted ? Status{} : Status{Error{inserted.error()}};
    });
}

Result<std::optional<YearContext>> ReferenceData::yearContext(int financialYear) const
{
    auto query = sql::exec(m_database.sql(),
                           QStringLiteral("SELECT children_in_area, open_cases, children_in_care "
                                          "FROM year_context WHERE financial_year = ?"),
                           {financialYear});
    if (!query)
        return Error{query.error()};
    if (!query->next())
        return std::optional<YearContext>();
    return std::optional<YearContext>(YearContext{financialYear, optionalInt(query->value(0)),
                                                  optionalInt(query->value(1)),
                                                  optionalInt(query->value(2))});
}

Status ReferenceData::saveYearContext(const YearContext& context)
{
    return m_database.transaction([&]() -> Status {
        auto removed = sql::exec(
            m_database.sql(), QStringLiteral("DELETE FROM year_context WHERE financial_year = ?"),
            {context.financialYear});
        if (!removed)
            return Error{removed.error()};
        auto inserted =
            sql::exec(m_database.sql(),
                      QStringLiteral("INSERT INTO year_context (financial_year, children_in_area, "
                                     "open_cases, children_in_care) VALUES (?, ?, ?, ?)"),
                      {context.financialYear, optionalValue(context.childrenInArea),
                       optionalValue(context.openCases), optionalValue(context.childrenInCare)});
        return inserted ? Status{} : Status{Error{inserted.error()}};
    });
}

} // namespace redress

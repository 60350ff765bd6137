#include "ReferenceData.h"

#include "domain/Period.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "util/UkFormat.h"

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

QJsonValue optionalJson(const std::optional<int>& value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonObject termJson(const TaxonomyTerm& term)
{
    return {{QStringLiteral("code"), term.code},
            {QStringLiteral("label"), term.label},
            {QStringLiteral("sortOrder"), term.sortOrder},
            {QStringLiteral("active"), term.active},
            {QStringLiteral("validFrom"), term.validFrom.toString(Qt::ISODate)},
            {QStringLiteral("validTo"), term.validTo.toString(Qt::ISODate)}};
}

QJsonObject yearJson(const YearContext& context)
{
    return {{QStringLiteral("childrenInArea"), optionalJson(context.childrenInArea)},
            {QStringLiteral("openCases"), optionalJson(context.openCases)},
            {QStringLiteral("childrenInCare"), optionalJson(context.childrenInCare)}};
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
        return fail(tr("A %1 needs a code and a label").arg(term.taxonomy));
    if (term.validFrom.isValid() && term.validTo.isValid() && term.validTo < term.validFrom)
        return fail(tr("The %1 \"%2\" cannot end before it starts").arg(term.taxonomy, term.label));
    const QVariantList values{term.label, term.sortOrder, sql::flag(term.active),
                              sql::date(term.validFrom), sql::date(term.validTo)};
    return change([&]() -> Status {
        if (term.id == 0) {
            auto inserted =
                sql::exec(m_database.sql(),
                          QStringLiteral("INSERT INTO taxonomy_term (label, sort_order, active, "
                                         "valid_from, valid_to, taxonomy, code) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                          values + QVariantList{term.taxonomy, term.code});
            if (!inserted)
                return Error{inserted.error()};
            return audit(QStringLiteral("admin_term"),
                         tr("List %1: \"%2\" added").arg(term.taxonomy, term.label), {},
                         termJson(term));
        }
        auto old = sql::exec(m_database.sql(),
                             QStringLiteral("SELECT code, label, sort_order, active, valid_from, "
                                            "valid_to FROM taxonomy_term WHERE id = ?"),
                             {term.id});
        if (!old)
            return Error{old.error()};
        if (!old->next())
            return fail(
                tr("The %1 \"%2\" is no longer in the database").arg(term.taxonomy, term.label));
        const TaxonomyTerm before{term.id,
                                  term.taxonomy,
                                  old->value(0).toString(),
                                  old->value(1).toString(),
                                  old->value(2).toInt(),
                                  old->value(3).toInt() != 0,
                                  sql::toDate(old->value(4)),
                                  sql::toDate(old->value(5))};
        auto updated = sql::exec(
            m_database.sql(),
            QStringLiteral("UPDATE taxonomy_term SET label = ?, sort_order = ?, active = ?, "
                           "valid_from = ?, valid_to = ? WHERE id = ?"),
            values + QVariantList{term.id});
        if (!updated)
            return Error{updated.error()};
        TaxonomyTerm after = term;
        after.code = before.code; // the code is the term's identity: never changed
        const auto [changedBefore, changedAfter] =
            AuditLog::changes(termJson(before), termJson(after));
        return audit(QStringLiteral("admin_term"),
                     tr("List %1: \"%2\" changed").arg(term.taxonomy, term.label), changedBefore,
                     changedAfter);
    });
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
        return fail(tr("A closure day needs a real date"));
    return change([&]() -> Status {
        auto existing = sql::scalar(
            m_database.sql(),
            QStringLiteral("SELECT COUNT(*) FROM calendar_day WHERE day = ? AND kind = 'closure'"),
            {sql::date(day)}, 0);
        if (!existing)
            return Error{existing.error()};
        if (existing->toLongLong() > 0)
            return fail(tr("%1 is already a closure day").arg(ukDate(day)));
        auto inserted = sql::exec(
            m_database.sql(),
            QStringLiteral("INSERT INTO calendar_day (day, kind, title) VALUES (?, 'closure', ?)"),
            {sql::date(day), title});
        if (!inserted)
            return Error{inserted.error()};
        return audit(
            QStringLiteral("admin_closure_day"), tr("Closure day %1 added").arg(ukDate(day)), {},
            {{QStringLiteral("day"), day.toString(Qt::ISODate)}, {QStringLiteral("title"), title}});
    });
}

Status ReferenceData::addBankHolidayAdjustment(const BankHolidays::Adjustment& adjustment)
{
    const bool added = adjustment.kind == BankHolidays::Adjustment::Kind::Added;
    const QString kind =
        added ? QStringLiteral("bank_holiday_added") : QStringLiteral("bank_holiday_removed");
    return change([&]() -> Status {
        auto inserted = sql::exec(
            m_database.sql(),
            QStringLiteral("INSERT INTO calendar_day (day, kind, title) VALUES (?, ?, ?)"),
            {sql::date(adjustment.date), kind, adjustment.title});
        if (!inserted)
            return Error{inserted.error()};
        return audit(QStringLiteral("admin_bank_holiday"),
                     (added ? tr("Bank holiday %1 added") : tr("Bank holiday %1 removed"))
                         .arg(ukDate(adjustment.date)),
                     {},
                     {{QStringLiteral("day"), adjustment.date.toString(Qt::ISODate)},
                      {QStringLiteral("kind"), kind},
                      {QStringLiteral("title"), adjustment.title}});
    });
}

Result<ProcedureCatalog> ReferenceData::procedures() const
{
    auto query = sql::exec(m_database.sql(),
                           QStringLiteral("SELECT code, effective_from, definition, "
                                          "received_on_next_working_day FROM procedure_profile "
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
        profile->receivedOnNextWorkingDay = query->value(3).toInt() != 0;
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
    // The setting has a column of its own (checked by the table), so it is kept in one place.
    QJsonObject stored = profile.toJson();
    stored.remove(QStringLiteral("receivedOnNextWorkingDay"));
    const QString definition =
        QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact));
    QJsonObject before;
    if (auto catalog = procedures()) {
        if (auto current = catalog->profileFor(profile.code, profile.effectiveFrom))
            before = current->toJson();
    }
    return change([&]() -> Status {
        auto removed = sql::exec(
            m_database.sql(),
            QStringLiteral("DELETE FROM procedure_profile WHERE code = ? AND effective_from = ?"),
            {profile.code, sql::date(profile.effectiveFrom)});
        if (!removed)
            return Error{removed.error()};
        auto inserted = sql::exec(
            m_database.sql(),
            QStringLiteral("INSERT INTO procedure_profile (code, effective_from, definition, "
                           "received_on_next_working_day) VALUES (?, ?, ?, ?)"),
            {profile.code, sql::date(profile.effectiveFrom), definition,
             profile.receivedOnNextWorkingDay ? 1 : 0});
        if (!inserted)
            return Error{inserted.error()};
        const auto [changedBefore, changedAfter] = AuditLog::changes(before, profile.toJson());
        return audit(QStringLiteral("admin_profile"),
                     tr("Timescales of %1 from %2 saved")
                         .arg(profile.name.isEmpty() ? profile.code : profile.name,
                              ukDate(profile.effectiveFrom)),
                     changedBefore, changedAfter);
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
    for (const std::optional<int>& figure :
         {context.childrenInArea, context.openCases, context.childrenInCare}) {
        if (figure && *figure < 0)
            return fail(tr("The figures for %1 cannot be negative")
                            .arg(financialYearLabel(context.financialYear)));
    }
    auto stored = yearContext(context.financialYear);
    if (!stored)
        return Error{stored.error()};
    const QJsonObject before = stored.value() ? yearJson(*stored.value()) : QJsonObject();
    return change([&]() -> Status {
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
        if (!inserted)
            return Error{inserted.error()};
        const auto [changedBefore, changedAfter] = AuditLog::changes(before, yearJson(context));
        return audit(QStringLiteral("admin_year_context"),
                     tr("Figures for %1 saved").arg(financialYearLabel(context.financialYear)),
                     changedBefore, changedAfter);
    });
}

Result<QString> ReferenceData::reportCategoryBasis() const
{
    auto code = sql::scalar(
        m_database.sql(), QStringLiteral("SELECT category_basis FROM report_setting WHERE id = 1"),
        {}, QStringLiteral("received"));
    if (!code)
        return Error{code.error()};
    return code->toString();
}

Status ReferenceData::saveReportCategoryBasis(const QString& code, const QString& label)
{
    if (code != u"received" && code != u"concluded")
        return fail(tr("The category table counts complaints received or concluded, not \"%1\"; "
                       "nothing was changed")
                        .arg(code));
    auto before = reportCategoryBasis();
    if (!before)
        return Error{before.error()};
    if (before.value() == code)
        return {};
    return change([&]() -> Status {
        auto updated = sql::exec(
            m_database.sql(),
            QStringLiteral("UPDATE report_setting SET category_basis = ? WHERE id = 1"), {code});
        if (!updated)
            return Error{updated.error()};
        return audit(QStringLiteral("admin_report_setting"),
                     tr("Report categories counted by default: %1").arg(label),
                     {{QStringLiteral("categoryBasis"), before.value()}},
                     {{QStringLiteral("categoryBasis"), code}});
    });
}

Result<int> ReferenceData::staffNamedThreshold() const
{
    auto value = sql::scalar(
        m_database.sql(),
        QStringLiteral("SELECT staff_named_threshold FROM report_setting WHERE id = 1"), {}, 3);
    if (!value)
        return Error{value.error()};
    return value->toInt();
}

Status ReferenceData::saveStaffNamedThreshold(int threshold)
{
    if (threshold < 1 || threshold > 99)
        return fail(tr("The trigger point for staff named in complaints is a number of "
                       "complaints from 1 to 99, not %1; nothing was changed")
                        .arg(threshold));
    auto before = staffNamedThreshold();
    if (!before)
        return Error{before.error()};
    if (before.value() == threshold)
        return {};
    return change([&]() -> Status {
        auto updated = sql::exec(
            m_database.sql(),
            QStringLiteral("UPDATE report_setting SET staff_named_threshold = ? WHERE id = 1"),
            {threshold});
        if (!updated)
            return Error{updated.error()};
        return audit(QStringLiteral("admin_report_setting"),
                     tr("Trigger point for staff named in complaints: %1").arg(threshold),
                     {{QStringLiteral("staffNamedThreshold"), before.value()}},
                     {{QStringLiteral("staffNamedThreshold"), threshold}});
    });
}

Result<std::optional<int>> ReferenceData::ombudsmanNationalUphold(int financialYear) const
{
    auto stored =
        sql::scalar(m_database.sql(),
                    QStringLiteral("SELECT uphold_permille FROM year_ombudsman_national WHERE "
                                   "financial_year = ?"),
                    {financialYear});
    if (!stored)
        return Error{stored.error()};
    return optionalInt(stored.value());
}

Status ReferenceData::saveOmbudsmanNationalUphold(int financialYear, std::optional<int> permille)
{
    if (permille && (*permille < 0 || *permille > 1000))
        return fail(tr("The Ombudsman's national uphold rate for %1 must be from 0% to 100%; "
                       "nothing was changed")
                        .arg(financialYearLabel(financialYear)));
    auto before = ombudsmanNationalUphold(financialYear);
    if (!before)
        return Error{before.error()};
    if (before.value() == permille)
        return {};
    return change([&]() -> Status {
        auto removed = sql::exec(
            m_database.sql(),
            QStringLiteral("DELETE FROM year_ombudsman_national WHERE financial_year = ?"),
            {financialYear});
        if (!removed)
            return Error{removed.error()};
        if (permille) {
            auto inserted = sql::exec(m_database.sql(),
                                      QStringLiteral("INSERT INTO year_ombudsman_national "
                                                     "(financial_year, uphold_permille) VALUES "
                                                     "(?, ?)"),
                                      {financialYear, *permille});
            if (!inserted)
                return Error{inserted.error()};
        }
        return audit(QStringLiteral("admin_year_context"),
                     tr("Ombudsman's national uphold rate for %1 saved")
                         .arg(financialYearLabel(financialYear)),
                     {{QStringLiteral("ombudsmanNationalUphold"), optionalJson(before.value())}},
                     {{QStringLiteral("ombudsmanNationalUphold"), optionalJson(permille)}});
    });
}

} // namespace redress

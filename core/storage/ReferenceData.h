#pragma once

#include "calendar/WorkingDayCalendar.h"
#include "procedure/ProcedureProfile.h"
#include "util/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace redress {

class Database;

struct TaxonomyTerm
{
    qint64 id = 0;
    QString taxonomy;
    QString code;
    QString label;
    int sortOrder = 0;
    bool active = true;
    QDate validFrom;
    QDate validTo;
};

struct OrgUnit
{
    qint64 id = 0;
    qint64 parentId = 0;
    QString level; // portfolio, service, team
    QString code;
    QString name;
    bool active = true;
};

struct User
{
    qint64 id = 0;
    QString username;
    QString displayName;
    QString role; // officer, lead, admin
    qint64 teamId = 0;
    bool active = true;
};

struct YearContext
{
    int financialYear = 0; // 2020 means 2020/21
    std::optional<int> childrenInArea;
    std::optional<int> openCases;
    std::optional<int> childrenInCare;
};

// The data an administrator maintains: taxonomies, service areas and teams, users, the
// calendar's adjustments, procedure profiles and each year's context figures.
class ReferenceData
{
public:
    explicit ReferenceData(Database& database) : m_database(database) {}

    Result<QList<TaxonomyTerm>> terms(const QString& taxonomy) const;
    Result<QStringList> taxonomies() const;
    Status saveTerm(const TaxonomyTerm& term); // insert (id 0) or update

    Result<QList<OrgUnit>> orgUnits() const;
    Result<QList<User>> users() const;

    // Rules plus the database's bank-holiday adjustments and closure days.
    Result<WorkingDayCalendar> calendar() const;
    Status addClosureDay(QDate day, const QString& title);
    Status addBankHolidayAdjustment(const BankHolidays::Adjustment& adjustment);

    Result<ProcedureCatalog> procedures() const;
    Status saveProfile(const ProcedureProfile& profile); // a new version, or replaces same date

    Result<std::optional<YearContext>> yearContext(int financialYear) const;
    Status saveYearContext(const YearContext& context);

private:
    Database& m_database;
};

} // namespace redress

#pragma once

#include "calendar/WorkingDayCalendar.h"
#include "procedure/ProcedureProfile.h"
#include "reporting/CouncilIdentity.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>

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
// calendar's adjustments, procedure profiles and each year's context figures. Every change
// is written with an audit entry naming `actor`, in the same transaction.
class ReferenceData
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceData)

public:
    explicit ReferenceData(Database& database, QString actor = {})
        : m_database(database), m_actor(std::move(actor))
    {}

    Database& database() const { return m_database; }
    const QString& actor() const { return m_actor; }
    // From now on every change is refused with `reason` (what the person signed in may not
    // do), before anything is written: the one place the role is checked, so no page or
    // command that changes reference data can forget it.
    void refuseChanges(QString reason) { m_refusal = std::move(reason); }

    Result<QList<TaxonomyTerm>> terms(const QString& taxonomy) const;
    Result<QStringList> taxonomies() const;
    Status saveTerm(const TaxonomyTerm& term); // insert (id 0) or update

    Result<QList<OrgUnit>> orgUnits() const;
    // Inserts (id 0; a code is made from the name when empty), or renames, moves, and
    // (de)activates; never deletes, since cases point at units. Gives the unit's id.
    Result<qint64> saveOrgUnit(const OrgUnit& unit);
    Result<QList<User>> users() const;
    Result<qint64> saveUser(const User& user); // insert (id 0) or update; gives the id

    // Rules plus the database's bank-holiday adjustments and closure days.
    Result<WorkingDayCalendar> calendar() const;
    Status addClosureDay(QDate day, const QString& title);
    Result<QList<CalendarDay>> closureDays() const; // in date order
    Status removeClosureDay(QDate day);
    Status addBankHolidayAdjustment(const BankHolidays::Adjustment& adjustment);
    // An administrator's one-off bank holiday (a coronation, a jubilee), or a day taken off
    // the list (a holiday moved by proclamation). Each undoes the other's earlier entry rather
    // than piling adjustments up, and each is refused when it would change nothing.
    Status addBankHoliday(QDate day, const QString& title);
    Status removeBankHoliday(QDate day);

    Result<ProcedureCatalog> procedures() const;
    Status saveProfile(const ProcedureProfile& profile); // a new version, or replaces same date

    Result<std::optional<YearContext>> yearContext(int financialYear) const;
    Status saveYearContext(const YearContext& context);

    // What the reports' category table counts unless a report says otherwise: "received" or
    // "concluded" (reporting/ReportSettings gives it as a basis). `label` names the choice
    // in the audit entry.
    Result<QString> reportCategoryBasis() const;
    Status saveReportCategoryBasis(const QString& code, const QString& label);

    // How many complaints naming one member of staff in a rolling 12 months bring them to a
    // lead's attention (the staff_named report table and the queue's flag); 1 to 99.
    Result<int> staffNamedThreshold() const;
    Status saveStaffNamedThreshold(int threshold);
    // The council's name and logo for the cover of a printed report (ReferenceDataCouncil.cpp).
    // Saving checks both (reporting/CouncilIdentity) and changes nothing when either is wrong.
    Result<CouncilIdentity> councilIdentity() const;
    Status saveCouncilIdentity(const CouncilIdentity& identity);
    // The share of the Ombudsman's detailed investigations upheld nationally in a year, in
    // tenths of a per cent (512 is 51.2%), beside which the reports set the council's own;
    // nullopt: not entered (saving it removes the figure).
    Result<std::optional<int>> ombudsmanNationalUphold(int financialYear) const;
    Status saveOmbudsmanNationalUphold(int financialYear, std::optional<int> permille);

private:
    // Runs a change in one transaction, unless changes are refused.
    Status change(const std::function<Status()>& work);
    Status audit(const QString& action, const QString& detail, const QJsonObject& before,
                 const QJsonObject& after);

    Database& m_database;
    QString m_actor;
    QString m_refusal;
};

} // namespace redress

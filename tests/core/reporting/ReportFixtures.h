#pragma once

// Case records whose true figures are known, modelled on the seed annual reports, inserted
// through CaseRepository as an import of historic data would (stages filled in directly).

#include "calendar/WorkingDayCalendar.h"
#include "domain/Case.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace redress::test::reports {

// Makes cases with the database's real working-day calendar.
class CaseMaker
{
public:
    explicit CaseMaker(Database& database);

    const WorkingDayCalendar& calendar() const { return m_calendar; }
    QDate after(QDate start, int workingDays) const;
    qint64 unit(const QString& code) const { return m_units.value(code); }

    // A complaint at stage 1, responded to `days` working days after receipt (none when < 0).
    Case complaint(QDate received, int days, const QString& outcome,
                   Procedure procedure = Procedure::Statutory) const;
    // Adds the next stage, requested `afterDays` working days after the last response.
    void escalate(Case& record, int afterDays, int days, const QString& outcome,
                  int extendedTo = 0) const;
    // A case of another kind, closed `days` working days after receipt (still open when < 0).
    Case other(CaseKind kind, QDate received, int days) const;

    // Inserts them all in one transaction; gives each its id.
    Status insert(QList<Case>& cases);

private:
    Database& m_database;
    WorkingDayCalendar m_calendar;
    QHash<QString, qint64> m_units;
};

// One stage 1 complaint, for checking the bases independently of the engine.
struct StageOne
{
    qint64 id = 0;
    Procedure procedure = Procedure::Statutory;
    QDate received;
    QDate ended; // responded, or withdrawn without a response; null while open
};

// North East Lincolnshire, Children's Social Care statutory complaints 2020/21 (with 2019/20
// and stage 1 complaints back to 2014/15), as its annual report gives them.
struct NeLincolnshire
{
    QList<qint64> stageOne2020; // the 118 stage 1 complaints of 2020/21
    QList<qint64> stageOne2019; // the 152 of 2019/20
    QList<qint64> compliments2020;
    QList<qint64> ombudsman2020;
    qint64 suspended = 0; // responded after 13 working days, 3 of them suspended
    qint64 escalated = 0; // the 2020/21 complaint that went to stage 2
};
Result<NeLincolnshire> buildNeLincolnshire(Database& database);

// What addExtras() added: remedies, learning, the Ombudsman's recommendations, a review panel,
// complaints with several points and children.
struct Extras
{
    qint64 panelCase = 0;
    QList<qint64> twoPoints;
};
Result<Extras> addExtras(Database& database, const NeLincolnshire& base);

// Cambridgeshire, Children's statutory (and corporate) stage 1 complaints 2020/21 with 2019/20.
struct Cambridgeshire
{
    QList<qint64> carriedForward; // the 15 received in 2019/20 and answered in 2020/21
    QList<qint64> received;       // the 188 received in 2020/21
    QList<qint64> ongoing;        // the 5 still open at 31 March 2021
    qint64 answeredFirstDay = 0;  // received 18/03/2020, answered 01/04/2020
    qint64 acrossQuarter = 0;     // received 30/09/2020, answered in October
    qint64 receivedLastDay = 0;   // received 31/12/2020, answered in January
    qint64 longOverdue = 0;       // received 02/11/2020, never answered
    QList<StageOne> all;          // every stage 1 complaint, both procedures
};
Result<Cambridgeshire> buildCambridgeshire(Database& database);

} // namespace redress::test::reports

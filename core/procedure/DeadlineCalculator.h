#pragma once

#include "calendar/WorkingDayCalendar.h"
#include "domain/Case.h"
#include "procedure/ProcedureProfile.h"

#include <QDate>
#include <QList>
#include <QString>

namespace redress {

// A dated step of a stage that has a deadline: acknowledgement, response, and at statutory
// stage 3 the panel and its report.
struct Milestone
{
    enum class Kind
    {
        Acknowledgement,
        Panel,
        PanelReport,
        Response
    };
    Kind kind = Kind::Response;
    QDate due;  // null when it cannot be known yet (e.g. its clock has not started)
    QDate done; // null until it happens

    bool isDone() const { return done.isValid(); }
};

QString milestoneLabel(Milestone::Kind kind);
// What the milestone asks for and by when, e.g. "Acknowledge by 08/12/2026".
QString milestoneDeadlineText(Milestone::Kind kind, QDate due);
// The same for a narrow column, e.g. "Acknowledge 08/12/2026".
QString milestoneDueText(Milestone::Kind kind, QDate due);

// Turns a stage's dates into deadlines with one profile and one calendar. This and the
// calendar are the only places that count days.
class DeadlineCalculator
{
public:
    // The calendar is taken with or without closure days, and with clocks starting on
    // non-working days counted, as the profile says.
    DeadlineCalculator(const WorkingDayCalendar& calendar, const ProcedureProfile& profile);

    const ProcedureProfile& profile() const { return m_profile; }
    const WorkingDayCalendar& calendar() const { return m_calendar; }

    // Day 0 of the stage's response clock, or null when it has not started (corporate stage
    // not yet acknowledged: see projectedClockStart).
    QDate clockStart(const Stage& stage) const;
    // As clockStart, but a corporate stage not yet acknowledged is projected from its
    // acknowledgement deadline, so the queue still shows a date.
    QDate projectedClockStart(const Stage& stage) const;

    // Working days suspended so far (a running suspension counts up to `asOf`).
    int suspendedWorkingDays(const Stage& stage, QDate asOf) const;

    QDate acknowledgementDue(const Stage& stage) const;
    // The response deadline, with the stage's extension and suspensions applied.
    QDate responseDue(const Stage& stage, QDate asOf) const;
    // What the deadline would be with the longest extension the profile allows.
    QDate maximumResponseDue(const Stage& stage, QDate asOf) const;

    QList<Milestone> milestones(const Stage& stage, QDate asOf) const;
    // The earliest milestone not yet done; null when all are done or none has a deadline.
    QDate nextDue(const Stage& stage, QDate asOf) const;
    // That milestone itself, so its kind can be named; nullopt when nextDue() is null.
    std::optional<Milestone> nextMilestone(const Stage& stage, QDate asOf) const;

    // Working days from the clock start to the response (for timescale reporting).
    std::optional<int> workingDaysToRespond(const Stage& stage) const;

private:
    QDate responseDueWithin(const Stage& stage, int days, QDate asOf) const;

    WorkingDayCalendar m_calendar;
    ProcedureProfile m_profile;
};

} // namespace redress

#pragma once

#include "calendar/WorkingDayCalendar.h"
#include "domain/CaseKind.h"

#include <QDate>
#include <QString>

namespace redress {

// Where a case stands against its next deadline on a given day. This is the one definition of
// "due", "overdue" and "working days left": the queue (in SQL and in its model), the case
// view, the reports and the command line all ask it, so they never disagree.
//
// A deadline runs while the case awaits its next step: received (awaiting acknowledgement),
// open (awaiting the response or a milestone) or suspended. The acknowledgement is a deadline
// like any other: a complaint not acknowledged in time is overdue, in the queue and in the
// report alike, because a complaints manager has to chase it just the same. A responded,
// closed or withdrawn case has nothing running: a deadline it missed is history, not work.
class DeadlineStanding
{
public:
    enum class Urgency
    {
        None,    // no deadline running, or not due soon
        DueSoon, // due within the "due soon" window (today included)
        Overdue, // the due date has passed
    };

    DeadlineStanding() = default;
    // `due` is the case's (or stage's) next deadline; `calendar` is the one its procedure
    // counts with.
    static DeadlineStanding of(CaseState state, QDate due, QDate asOf,
                               const WorkingDayCalendar& calendar);
    // For a stage of a report, whose own dates say whether it still awaits something.
    static DeadlineStanding running(QDate due, QDate asOf, const WorkingDayCalendar& calendar);

    // Whether a case in this state has a deadline running.
    static bool clockRuns(CaseState state);
    // The same definition of overdue for SQL over `cases c`, binding one value: the day.
    static QString sqlOverdueCondition();

    bool isRunning() const { return m_due.isValid(); }
    QDate due() const { return m_due; }
    bool isOverdue() const { return m_due.isValid() && m_due < m_asOf; }
    bool isDueToday() const { return m_due.isValid() && m_due == m_asOf; }
    // Negative when overdue: -3 is three working days late.
    int workingDaysLeft() const { return m_workingDaysLeft; }
    // At least 1 once the due day has ended, even over the weekend that follows it.
    int workingDaysOverdue() const { return isOverdue() ? qMax(1, -m_workingDaysLeft) : 0; }
    Urgency urgency(int dueSoonDays) const;
    // In words, the same in every view: "Overdue by 3 working days", "Due today", "Due in 2
    // working days"; empty when nothing runs.
    QString description() const;

private:
    QDate m_due;
    QDate m_asOf;
    int m_workingDaysLeft = 0;
};

} // namespace redress

#include "DeadlineStanding.h"

namespace redress {

bool DeadlineStanding::clockRuns(CaseState state)
{
    return state == CaseState::Received || state == CaseState::Open ||
           state == CaseState::Suspended;
}

QString DeadlineStanding::sqlOverdueCondition()
{
    return QStringLiteral("c.state IN ('received', 'open', 'suspended') AND c.due_on IS NOT NULL "
                          "AND c.due_on < ?");
}

DeadlineStanding DeadlineStanding::of(CaseState state, QDate due, QDate asOf,
                                      const WorkingDayCalendar& calendar)
{
    return clockRuns(state) ? running(due, asOf, calendar) : DeadlineStanding();
}

DeadlineStanding DeadlineStanding::running(QDate due, QDate asOf,
                                           const WorkingDayCalendar& calendar)
{
    DeadlineStanding standing;
    if (!due.isValid() || !asOf.isValid())
        return standing;
    standing.m_due = due;
    standing.m_asOf = asOf;
    standing.m_workingDaysLeft = calendar.workingDaysBetween(asOf, due);
    return standing;
}

DeadlineStanding::Urgency DeadlineStanding::urgency(int dueSoonDays) const
{
    if (!isRunning())
        return Urgency::None;
    if (isOverdue())
        return Urgency::Overdue;
    return m_workingDaysLeft <= dueSoonDays ? Urgency::DueSoon : Urgency::None;
}

} // namespace redress

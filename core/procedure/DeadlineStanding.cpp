#include "DeadlineStanding.h"

#include <QCoreApplication>

namespace redress {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineStanding)
};

} // namespace

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

QString DeadlineStanding::description() const
{
    if (!isRunning())
        return {};
    if (isOverdue())
        return Text::tr("Overdue by %n working day(s)", nullptr, workingDaysOverdue());
    if (isDueToday())
        return Text::tr("Due today");
    return Text::tr("Due in %n working day(s)", nullptr, m_workingDaysLeft);
}

} // namespace redress

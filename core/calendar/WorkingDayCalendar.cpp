#include "WorkingDayCalendar.h"

namespace redress {

WorkingDayCalendar::WorkingDayCalendar() : WorkingDayCalendar(BankHolidays::england()) {}

WorkingDayCalendar::WorkingDayCalendar(BankHolidays bankHolidays, QList<CalendarDay> closureDays)
    : m_bankHolidays(std::move(bankHolidays))
{
    for (const CalendarDay& day : closureDays)
        m_closures.insert(day.date, day.title);
}

QList<CalendarDay> WorkingDayCalendar::closureDays() const
{
    QList<CalendarDay> result;
    for (auto it = m_closures.cbegin(); it != m_closures.cend(); ++it)
        result.append({it.key(), it.value()});
    std::sort(result.begin(), result.end(), [](const CalendarDay& a, const CalendarDay& b) { return a.date < b.date; });
    return result;
}

WorkingDayCalendar WorkingDayCalendar::withClosureDays(bool apply) const
{
    WorkingDayCalendar copy = *this;
    copy.m_applyClosures = apply;
    return copy;
}

bool WorkingDayCalendar::isClosureDay(QDate date) const
{
    return m_closures.contains(date);
}

bool WorkingDayCalendar::isWorkingDay(QDate date) const
{
    if (date.dayOfWeek() >= Qt::Saturday)
        return false;
    if (m_bankHolidays.isBankHoliday(date))
        return false;
    return !(m_applyClosures && m_closures.contains(date));
}

QDate WorkingDayCalendar::clockStart(QDate date) const
{
    if (!date.isValid())
        return {};
    while (!isWorkingDay(date))
        date = date.addDays(1);
    return date;
}

QDate WorkingDayCalendar::addWorkingDays(QDate start, int workingDays) const
{
    QDate day = clockStart(start);
    if (!day.isValid())
        return {};
    const int step = workingDays < 0 ? -1 : 1;
    for (int remaining = std::abs(workingDays); remaining > 0;) {
        day = day.addDays(step);
        if (isWorkingDay(day))
            --remaining;
    }
    return day;
}

int WorkingDayCalendar::workingDaysBetween(QDate start, QDate end) const
{
    const QDate dayZero = clockStart(start);
    if (!dayZero.isValid() || !end.isValid())
        return 0;
    int count = 0;
    if (end >= dayZero) {
        for (QDate day = dayZero.addDays(1); day <= end; day = day.addDays(1))
            count += isWorkingDay(day) ? 1 : 0;
        return count;
    }
    // Before day 0: minus the working days d with end < d <= day 0, mirroring the forward count.
    for (QDate day = end.addDays(1); day <= dayZero; day = day.addDays(1))
        count += isWorkingDay(day) ? 1 : 0;
    return -count;
}

int WorkingDayCalendar::workingDaysIn(QDate from, QDate until) const
{
    int count = 0;
    for (QDate day = from; day.isValid() && day < until; day = day.addDays(1))
        count += isWorkingDay(day) ? 1 : 0;
    return count;
}

} // namespace redress

#include "WorkingDayCalendar.h"

#include <algorithm>

namespace redress {

namespace {

qint64 firstJulianDay()
{
    static const qint64 day = QDate(BankHolidays::firstYear, 1, 1).toJulianDay();
    return day;
}

qsizetype rangeDayCount()
{
    static const qsizetype count =
        QDate(BankHolidays::lastYear, 12, 31).toJulianDay() - firstJulianDay() + 1;
    return count;
}

// -1 outside BankHolidays::firstYear..lastYear or for an invalid date.
qint64 bitIndex(QDate date)
{
    if (!date.isValid())
        return -1;
    const qint64 index = date.toJulianDay() - firstJulianDay();
    return index >= 0 && index < rangeDayCount() ? index : -1;
}

} // namespace

WorkingDayCalendar::WorkingDayCalendar() : WorkingDayCalendar(BankHolidays::england()) {}

WorkingDayCalendar::WorkingDayCalendar(BankHolidays bankHolidays, QList<CalendarDay> closureDays)
    : m_bankHolidays(std::move(bankHolidays))
{
    for (const CalendarDay& day : std::as_const(closureDays)) {
        if (!day.date.isValid())
            continue;
        m_closures.insert(day.date, day.title);
        if (const qint64 index = bitIndex(day.date); index >= 0) {
            if (m_closureBits.isEmpty())
                m_closureBits.resize(rangeDayCount());
            m_closureBits.setBit(index);
        }
    }
}

QList<CalendarDay> WorkingDayCalendar::closureDays() const
{
    QList<CalendarDay> result;
    for (auto it = m_closures.cbegin(); it != m_closures.cend(); ++it)
        result.append({it.key(), it.value()});
    std::sort(result.begin(), result.end(),
              [](const CalendarDay& a, const CalendarDay& b) { return a.date < b.date; });
    return result;
}

WorkingDayCalendar WorkingDayCalendar::withClosureDays(bool apply) const
{
    WorkingDayCalendar copy = *this;
    copy.m_applyClosures = apply;
    return copy;
}

WorkingDayCalendar WorkingDayCalendar::withNonWorkingStart(NonWorkingStart start) const
{
    WorkingDayCalendar copy = *this;
    copy.m_nonWorkingStart = start;
    return copy;
}

bool WorkingDayCalendar::isClosureDay(QDate date) const
{
    return m_closures.contains(date);
}

bool WorkingDayCalendar::closedOn(QDate date) const
{
    if (m_closures.isEmpty())
        return false;
    if (const qint64 index = bitIndex(date); index >= 0)
        return index < m_closureBits.size() && m_closureBits.testBit(index);
    return m_closures.contains(date);
}

bool WorkingDayCalendar::isWorkingDay(QDate date) const
{
    if (!date.isValid() || date.dayOfWeek() >= Qt::Saturday)
        return false;
    if (m_bankHolidays.isBankHoliday(date))
        return false;
    return !(m_applyClosures && closedOn(date));
}

QDate WorkingDayCalendar::clockStart(QDate date) const
{
    if (m_nonWorkingStart == NonWorkingStart::CountsFromThatDay)
        return date;
    while (date.isValid() && !isWorkingDay(date))
        date = date.addDays(1);
    return date;
}

QDate WorkingDayCalendar::lastWorkingDayOnOrBefore(QDate date) const
{
    while (date.isValid() && !isWorkingDay(date))
        date = date.addDays(-1);
    return date;
}

QDate WorkingDayCalendar::stepWorkingDays(QDate day, qint64 workingDays, int step) const
{
    for (qint64 remaining = workingDays; remaining > 0 && day.isValid();) {
        day = day.addDays(step);
        if (isWorkingDay(day))
            --remaining;
    }
    return day;
}

QDate WorkingDayCalendar::addWorkingDays(QDate start, int workingDays) const
{
    if (workingDays >= 0)
        return stepWorkingDays(clockStart(start), workingDays, 1);
    // Backwards the start plays the part of an end, so a Saturday counts as the Friday.
    return stepWorkingDays(lastWorkingDayOnOrBefore(start), -qint64(workingDays), -1);
}

int WorkingDayCalendar::workingDaysBetween(QDate start, QDate end) const
{
    if (!start.isValid() || !end.isValid())
        return 0;
    if (end < start)
        return -workingDaysBetween(end, start);
    return workingDaysIn(clockStart(start).addDays(1), end.addDays(1));
}

int WorkingDayCalendar::workingDaysIn(QDate from, QDate until) const
{
    int count = 0;
    for (QDate day = from; day.isValid() && until.isValid() && day < until; day = day.addDays(1))
        count += isWorkingDay(day) ? 1 : 0;
    return count;
}

} // namespace redress

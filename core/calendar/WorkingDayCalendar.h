#pragma once

#include "calendar/BankHolidays.h"

#include <QDate>
#include <QList>
#include <QSet>

namespace redress {

// Counts working days: Monday to Friday, less England & Wales bank holidays, less (when a
// procedure profile chooses) the council's local closure days.
//
// Conventions used everywhere deadlines are computed or reported:
// - the day a clock starts is day 0; a clock that starts on a non-working day starts on the
//   next working day instead;
// - addWorkingDays(start, n) is the n-th working day after that day 0;
// - workingDaysBetween(start, end) counts working days d with day0 < d <= end, so
//   workingDaysBetween(s, addWorkingDays(s, n)) == n, and a response on a Saturday counts
//   as if sent on the Friday before.
class WorkingDayCalendar
{
public:
    WorkingDayCalendar();
    explicit WorkingDayCalendar(BankHolidays bankHolidays, QList<CalendarDay> closureDays = {});

    const BankHolidays& bankHolidays() const { return m_bankHolidays; }
    QList<CalendarDay> closureDays() const;

    // The same calendar with or without the local closure days, as a profile asks.
    WorkingDayCalendar withClosureDays(bool apply) const;

    bool isWorkingDay(QDate date) const;
    bool isClosureDay(QDate date) const;

    // day 0 of a clock started on `date`
    QDate clockStart(QDate date) const;
    QDate addWorkingDays(QDate start, int workingDays) const;
    int workingDaysBetween(QDate start, QDate end) const;
    // Working days d with from <= d < until: the time a suspension stopped the clock.
    int workingDaysIn(QDate from, QDate until) const;

private:
    BankHolidays m_bankHolidays;
    QHash<QDate, QString> m_closures;
    bool m_applyClosures = true;
};

} // namespace redress

#pragma once

#include "calendar/BankHolidays.h"

#include <QBitArray>
#include <QDate>
#include <QHash>
#include <QList>

namespace redress {

// Counts working days: Monday to Friday, less England & Wales bank holidays, less (when a
// procedure profile chooses) the council's local closure days.
//
// Conventions used everywhere deadlines are computed or reported:
// - the day a clock starts is day 0, whatever day that is: "within N working days of
//   receiving" makes day 1 the first working day after the day of receipt, so a request
//   received on a Sunday is due on the same day as one received on the Friday before. A
//   procedure profile may instead move a start on a non-working day to the next working day,
//   which is then day 0 (NonWorkingStart::MovesToNextWorkingDay);
// - addWorkingDays(start, n) is the n-th working day after that day 0;
// - workingDaysBetween(start, end) counts working days d with day0 < d <= end, so
//   workingDaysBetween(s, addWorkingDays(s, n)) == n, and a response on a Saturday counts
//   as if sent on the Friday before; an end on or after the start but before day 0 counts 0;
// - going backwards mirrors this: addWorkingDays(start, -n) is the n-th working day before
//   start, where a non-working start counts as the working day before it (as an end
//   would), and workingDaysBetween(start, end) with end < start is
//   -workingDaysBetween(end, start). So the round trip holds for negative n too.
//
// Read-only after construction (shared by copies), so it can be used from any thread. The
// counts walk day by day over a bit per day, without allocating.
class WorkingDayCalendar
{
public:
    // Day 0 of a clock that starts on a day that is not a working day.
    enum class NonWorkingStart
    {
        CountsFromThatDay,     // that day itself, as the regulations read (the default)
        MovesToNextWorkingDay, // the next working day, as some councils practise
    };

    WorkingDayCalendar();
    explicit WorkingDayCalendar(BankHolidays bankHolidays, QList<CalendarDay> closureDays = {});

    const BankHolidays& bankHolidays() const { return m_bankHolidays; }
    QList<CalendarDay> closureDays() const;

    // The same calendar with or without the local closure days, as a profile asks.
    WorkingDayCalendar withClosureDays(bool apply) const;
    // The same calendar with clocks starting on non-working days counted as a profile asks.
    WorkingDayCalendar withNonWorkingStart(NonWorkingStart start) const;
    NonWorkingStart nonWorkingStart() const { return m_nonWorkingStart; }

    bool isWorkingDay(QDate date) const;
    // Whether the date is in the closure list, whether or not this calendar applies it.
    bool isClosureDay(QDate date) const;

    // day 0 of a clock started on `date`
    QDate clockStart(QDate date) const;
    QDate addWorkingDays(QDate start, int workingDays) const;
    int workingDaysBetween(QDate start, QDate end) const;
    // Working days d with from <= d < until (0 when until <= from): the time a suspension
    // stopped the clock, by which the deadline moves.
    int workingDaysIn(QDate from, QDate until) const;

private:
    bool closedOn(QDate date) const;
    QDate lastWorkingDayOnOrBefore(QDate date) const;
    QDate stepWorkingDays(QDate day, qint64 workingDays, int step) const;

    BankHolidays m_bankHolidays;
    QHash<QDate, QString> m_closures;
    // One bit per day of the BankHolidays range, so counting does no hashing.
    QBitArray m_closureBits;
    bool m_applyClosures = true;
    NonWorkingStart m_nonWorkingStart = NonWorkingStart::CountsFromThatDay;
};

} // namespace redress

#pragma once

#include "util/Result.h"

#include <QBitArray>
#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace redress {

struct CalendarDay
{
    QDate date;
    QString title;

    friend bool operator==(const CalendarDay&, const CalendarDay&) = default;
};

// England & Wales bank holidays. The regular days come from the rules (New Year, Good
// Friday, Easter Monday, early May, spring, summer, Christmas, Boxing Day, with substitute
// days); one-off and moved days come from a list of adjustments that ships in resources/
// and that an administrator can extend.
//
// Where an adjustment adds and another removes the same date, the removal wins whatever
// their order, so a cancelled one-off stays cancelled however the list was assembled.
// Years outside firstYear..lastYear are computed on demand (slower, still correct).
class BankHolidays
{
public:
    struct Adjustment
    {
        enum class Kind
        {
            Added,
            Removed
        };
        QDate date;
        QString title;
        Kind kind = Kind::Added;

        friend bool operator==(const Adjustment&, const Adjustment&) = default;
    };

    // Rules only, no adjustments.
    BankHolidays();
    explicit BankHolidays(QList<Adjustment> adjustments);

    // Rules plus the adjustments shipped in :/calendar/bank-holiday-adjustments.json.
    static BankHolidays england();

    // The adjustments file: {"adjustments":[{"date":"2020-05-08","title":"…","kind":"added"}]}.
    // A bad file is refused with the entry (counted from 1) and field that are wrong; a date
    // given twice is refused too, since the file could not say which entry is meant.
    static Result<QList<Adjustment>> parseAdjustments(const QByteArray& json,
                                                      const QString& sourceName);

    // Gregorian computus; an invalid date before 1583, when the Gregorian calendar began.
    static QDate easterSunday(int year);
    // The holidays the rules alone give for a year, before adjustments, in date order. The
    // rules are today's: New Year's Day from 1974 and the early May holiday from 1978.
    static QList<CalendarDay> regularHolidays(int year);

    const QList<Adjustment>& adjustments() const { return m_adjustments; }
    bool isBankHoliday(QDate date) const;
    QString title(QDate date) const;               // empty when not a bank holiday
    QList<CalendarDay> holidaysIn(int year) const; // in date order

    // Years the rules are computed for, eagerly, so a BankHolidays is immutable and can be
    // read from any thread.
    static constexpr int firstYear = 1990;
    static constexpr int lastYear = 2100;

private:
    static QHash<QDate, QString> daysFor(int fromYear, int toYear,
                                         const QList<Adjustment>& adjustments);
    static bool isComputed(int year) { return year >= firstYear && year <= lastYear; }
    static qint64 bitIndex(QDate date);

    QList<Adjustment> m_adjustments;
    QHash<QDate, QString> m_days; // firstYear..lastYear only
    // One bit per day of firstYear..lastYear: the hot path of every working-day count.
    QBitArray m_bits;
};

} // namespace redress

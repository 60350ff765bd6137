#pragma once

#include "util/Result.h"

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
class BankHolidays
{
public:
    struct Adjustment
    {
        enum class Kind { Added, Removed };
        QDate date;
        QString title;
        Kind kind = Kind::Added;

        friend bool operator==(const Adjustment&, const Adjustment&) = default;
    };

    // Rules only, no adjustments.
    BankHolidays() = default;
    explicit BankHolidays(QList<Adjustment> adjustments);

    // Rules plus the adjustments shipped in :/calendar/bank-holiday-adjustments.json.
    static BankHolidays england();

    // The adjustments file: {"adjustments":[{"date":"2020-05-08","title":"…","kind":"added"}]}.
    // A bad file is refused with the entry and field that are wrong.
    static Result<QList<Adjustment>> parseAdjustments(const QByteArray& json,
                                                      const QString& sourceName);

    static QDate easterSunday(int year);
    // The holidays the rules alone give for a year, before adjustments.
    static QList<CalendarDay> regularHolidays(int year);

    const QList<Adjustment>& adjustments() const { return m_adjustments; }
    bool isBankHoliday(QDate date) const;
    QString title(QDate date) const; // empty when not a bank holiday
    QList<CalendarDay> holidaysIn(int year) const;

    // Years the rules are computed for, eagerly, so a BankHolidays is immutable and can be
    // read from any thread.
    static constexpr int firstYear = 1990;
    static constexpr int lastYear = 2100;

private:
    QList<Adjustment> m_adjustments;
    QHash<QDate, QString> m_days;
};

} // namespace redress

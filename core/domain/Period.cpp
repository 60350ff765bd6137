#include "Period.h"

#include "util/UkFormat.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace redress {

Period Period::financialYear(int startYear)
{
    return {QDate(startYear, 4, 1), QDate(startYear + 1, 3, 31)};
}

Period Period::quarter(int startYear, int quarter)
{
    const QDate first = QDate(startYear, 4, 1).addMonths(3 * (quarter - 1));
    return {first, first.addMonths(3).addDays(-1)};
}

Period Period::week(QDate day)
{
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    return {monday, monday.addDays(6)};
}

Period Period::month(int year, int month)
{
    const QDate first(year, month, 1);
    return {first, first.addMonths(1).addDays(-1)};
}

bool Period::isYearOrQuarter() const
{
    const int year = financialYearOf(first);
    const Period whole = financialYear(year);
    if (first == whole.first && last == whole.last)
        return true;
    const int quarterNumber = (first.month() + 8) % 12 / 3 + 1;
    const Period part = quarter(year, quarterNumber);
    return first == part.first && last == part.last;
}

Result<int> Period::parseFinancialYear(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\s*(\d{4})(?:\s*[/-]\s*(\d{2}|\d{4}))?\s*$)"));
    const auto match = pattern.match(text);
    if (match.hasMatch()) {
        const int start = match.captured(1).toInt();
        const QString end = match.captured(2);
        const int expectedEnd = start + 1;
        if (end.isEmpty() || end.toInt() == expectedEnd || end.toInt() == expectedEnd % 100)
            return start;
    }
    return fail(QCoreApplication::translate(
                    "Period", "\"%1\" is not a financial year (expected e.g. 2020/21)")
                    .arg(text));
}

QString Period::label() const
{
    const int year = financialYearOf(first);
    const Period whole = financialYear(year);
    if (first == whole.first && last == whole.last)
        return financialYearLabel(year);
    if (!isYearOrQuarter())
        return QCoreApplication::translate("Period", "%1 to %2").arg(ukDate(first), ukDate(last));
    const int quarterNumber = (first.month() + 8) % 12 / 3 + 1;
    return QCoreApplication::translate("Period", "%1 Q%2")
        .arg(financialYearLabel(year))
        .arg(quarterNumber);
}

int financialYearOf(QDate date)
{
    return date.month() >= 4 ? date.year() : date.year() - 1;
}

QString financialYearLabel(int startYear)
{
    return QStringLiteral("%1/%2").arg(startYear).arg((startYear + 1) % 100, 2, 10,
                                                      QLatin1Char('0'));
}

} // namespace redress

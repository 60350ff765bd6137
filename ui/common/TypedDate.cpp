#include "TypedDate.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

namespace redress {

namespace {

// 1-12 for a month's name or its first three (or more) letters, in English or the user's own
// language; 0 when it names no month.
int monthFromName(const QString& name)
{
    const QString wanted = name.toLower();
    if (wanted.size() < 3)
        return 0;
    for (const QLocale& locale : {QLocale(QLocale::English, QLocale::UnitedKingdom), QLocale()}) {
        for (int month = 1; month <= 12; ++month) {
            const QString full = locale.monthName(month, QLocale::LongFormat).toLower();
            const QString shortName = locale.monthName(month, QLocale::ShortFormat).toLower();
            if (wanted == full || wanted == shortName || (full.startsWith(wanted)))
                return month;
        }
    }
    return 0;
}

int fullYear(const QString& digits, QDate today)
{
    const int year = digits.toInt();
    if (digits.size() != 2)
        return year;
    const int thisCentury = today.year() / 100 * 100;
    const int candidate = thisCentury + year;
    return candidate > today.year() + 10 ? candidate - 100 : candidate;
}

} // namespace

QDate dateFromTypedText(const QString& text, QDate today)
{
    const QString typed = text.trimmed();
    // Year first only as a spreadsheet writes it (2021-01-31): never 01-31-2021 or 2021/31/1.
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    if (const auto isoMatch = iso.match(typed); isoMatch.hasMatch())
        return QDate(isoMatch.captured(1).toInt(), isoMatch.captured(2).toInt(),
                     isoMatch.captured(3).toInt());
    static const QRegularExpression digitsOnly(QStringLiteral("^(\\d{2})(\\d{2})(\\d{2}|\\d{4})$"));
    static const QRegularExpression parts(
        QStringLiteral("^(\\d{1,2})\\s*[/.\\-\\s]\\s*(\\d{1,2}|[^\\W\\d_]{3,})\\.?\\s*[/"
                       ".\\-\\s]\\s*(\\d{2}|\\d{4})$"));
    QRegularExpressionMatch match = digitsOnly.match(typed);
    if (!match.hasMatch())
        match = parts.match(typed);
    if (!match.hasMatch())
        return {};
    const QString monthText = match.captured(2);
    bool isNumber = false;
    int month = monthText.toInt(&isNumber);
    if (!isNumber)
        month = monthFromName(monthText);
    return QDate(fullYear(match.captured(3), today), month, match.captured(1).toInt());
}

} // namespace redress

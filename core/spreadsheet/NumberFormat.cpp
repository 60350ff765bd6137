#include "NumberFormat.h"

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <cmath>

namespace redress::spreadsheet::detail {

NumberKind numberKindForBuiltin(int id)
{
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || (id >= 34 && id <= 36) ||
        (id >= 50 && id <= 58))
        return NumberKind::Date;
    if ((id >= 18 && id <= 21) || id == 32 || id == 33 || id == 45 || id == 47)
        return NumberKind::Time;
    if (id == 22)
        return NumberKind::DateTime;
    return NumberKind::Number; // 46 is [h]:mm:ss, a duration
}

NumberKind numberKindForCode(const QString& code)
{
    // Only the first section (positive numbers) decides; the others are for negatives,
    // zero and text.
    QString letters;
    bool inQuotes = false;
    bool time = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (inQuotes) {
            inQuotes = c != u'"';
            continue;
        }
        if (c == u'"') {
            inQuotes = true;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // an escaped or padding character is shown, not interpreted
        } else if (c == u';') {
            break;
        } else if (c == u'[') {
            const qsizetype end = code.indexOf(u']', i);
            if (end < 0)
                break;
            const QString inside = code.mid(i + 1, end - i - 1).toLower();
            if (!inside.isEmpty() &&
                (inside.count(u'h') == inside.size() || inside.count(u'm') == inside.size() ||
                 inside.count(u's') == inside.size()))
                return NumberKind::Number; // elapsed time: a duration
            i = end;                       // colour, locale or condition
        } else {
            letters += c.toLower();
        }
    }
    if (letters.contains(QStringLiteral("am/pm")) || letters.contains(QStringLiteral("a/p"))) {
        time = true;
        letters.remove(QStringLiteral("am/pm"));
        letters.remove(QStringLiteral("a/p"));
    }
    if (letters.contains(u'h') || letters.contains(u's'))
        time = true;
    const bool date =
        letters.contains(u'y') || letters.contains(u'd') || (letters.contains(u'm') && !time);
    if (date && time)
        return NumberKind::DateTime;
    if (date)
        return NumberKind::Date;
    if (time)
        return NumberKind::Time;
    return NumberKind::Number;
}

QVariant serialToVariant(double serial, NumberKind kind, bool date1904)
{
    if (kind == NumberKind::Number || !std::isfinite(serial) || serial < 0 || serial > 2958466)
        return serial;
    const double wholeDays = std::floor(serial);
    // Milliseconds, rounded, so 0.4237268518… is 10:10:10.000 and not 10:10:09.999.
    qint64 msecs = std::llround((serial - wholeDays) * 86'400'000.0);
    qint64 days = qint64(wholeDays);
    if (msecs >= 86'400'000) {
        msecs -= 86'400'000;
        ++days;
    }
    const QTime time = QTime::fromMSecsSinceStartOfDay(int(msecs));
    if (kind == NumberKind::Time && days == 0)
        return time;
    if (days == 0 && kind == NumberKind::DateTime)
        return time;

    QDate date;
    if (date1904) {
        date = QDate(1904, 1, 1).addDays(days);
    } else {
        // Excel counts 29 February 1900, which never was, as day 60 (Lotus 1-2-3's bug):
        // before it serial 1 is 1 January 1900; from day 61 on the count is one too high.
        if (days == 60 || days == 0)
            return serial;
        date = days < 60 ? QDate(1899, 12, 31).addDays(days) : QDate(1899, 12, 30).addDays(days);
    }
    if (kind == NumberKind::Date)
        return date;
    return QDateTime(date, time, Qt::UTC);
}

} // namespace redress::spreadsheet::detail

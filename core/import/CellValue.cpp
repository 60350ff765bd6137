#include "CellValue.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <cmath>

namespace redress::import::cell {

namespace {

// The context lupdate files these messages under, and the one they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ImportCell)
};

// English month names whatever the machine's locale, since the logs are English.
int monthFromName(const QString& name)
{
    static const char* months[] = {"january",   "february", "march",    "april",
                                   "may",       "june",     "july",     "august",
                                   "september", "october",  "november", "december"};
    const QString lower = name.toLower();
    if (lower == u"sept")
        return 9;
    if (lower.size() < 3)
        return 0;
    for (int i = 0; i < 12; ++i)
        if (QString::fromLatin1(months[i]).startsWith(lower))
            return i + 1;
    return 0;
}

int fullYear(const QString& digits)
{
    const int year = digits.toInt();
    if (digits.size() != 2)
        return year;
    // Two-digit years in complaint logs are this century's, bar very old records.
    return year < 70 ? 2000 + year : 1900 + year;
}

QString expected()
{
    return Text::tr("expected a date such as 31/01/2021, 31-Jan-21, 31 January 2021 or 2021-01-31");
}

} // namespace

bool isEmpty(const QVariant& value)
{
    if (value.isNull() || !value.isValid())
        return true;
    if (value.typeId() == QMetaType::QString)
        return value.toString().trimmed().isEmpty();
    return false;
}

QString text(const QVariant& value)
{
    if (isEmpty(value))
        return {};
    switch (value.typeId()) {
    case QMetaType::Double: {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::abs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 15);
    }
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return value.toDateTime().date().toString(Qt::ISODate);
    default:
        return value.toString().trimmed();
    }
}

Result<QDate> date(const QVariant& value, DateOrder order)
{
    if (value.typeId() == QMetaType::QDate)
        return value.toDate();
    if (value.typeId() == QMetaType::QDateTime)
        return value.toDateTime().date();
    if (value.typeId() != QMetaType::QString)
        return fail(Text::tr("%1 is not a date (%2)").arg(text(value), expected()));
    const QString t = value.toString().trimmed();
    static const QRegularExpression numeric(
        QStringLiteral(R"(^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})$)"));
    static const QRegularExpression iso(QStringLiteral(
        R"(^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+\-]\d{2}:?\d{2})?)?$)"));
    static const QRegularExpression named(QStringLiteral(
        R"(^(\d{1,2})(?:st|nd|rd|th)?[\s\-/]+([A-Za-z]{3,9})\.?,?[\s\-/]+(\d{2}|\d{4})$)"));
    // A time after a dd/mm/yyyy date ("03/02/2021 14:05") is dropped: the day is what counts.
    static const QRegularExpression trailingTime(QStringLiteral(R"(\s+\d{1,2}:\d{2}(:\d{2})?$)"));
    QString datePart = t;
    datePart.remove(trailingTime);
    int year = 0;
    int month = 0;
    int day = 0;
    if (const auto m = iso.match(t); m.hasMatch()) {
        year = m.captured(1).toInt();
        month = m.captured(2).toInt();
        day = m.captured(3).toInt();
    } else if (const auto n = numeric.match(datePart); n.hasMatch()) {
        const int first = n.captured(1).toInt();
        const int second = n.captured(2).toInt();
        day = order == DateOrder::DayFirst ? first : second;
        month = order == DateOrder::DayFirst ? second : first;
        year = fullYear(n.captured(3));
    } else if (const auto w = named.match(datePart); w.hasMatch()) {
        day = w.captured(1).toInt();
        month = monthFromName(w.captured(2));
        year = fullYear(w.captured(3));
        if (month == 0)
            return fail(Text::tr("\"%1\" is not a date (%2)").arg(t, expected()));
    } else {
        return fail(Text::tr("\"%1\" is not a date (%2)").arg(t, expected()));
    }
    const QDate result(year, month, day);
    if (!result.isValid())
        return fail(Text::tr("\"%1\" is not a real date: there is no day %2 in month %3 of %4")
                        .arg(t)
                        .arg(day)
                        .arg(month)
                        .arg(year));
    return result;
}

Result<int> wholeNumber(const QVariant& value)
{
    bool ok = false;
    double d = 0;
    if (value.typeId() == QMetaType::Double)
        d = value.toDouble(&ok);
    else
        d = text(value).toDouble(&ok);
    if (!ok || d != std::floor(d) || d < 0 || d > 1'000'000)
        return fail(Text::tr("\"%1\" is not a whole number").arg(text(value)));
    return int(d);
}

Result<qint64> pence(const QVariant& value)
{
    bool ok = false;
    double pounds = 0;
    if (value.typeId() == QMetaType::Double) {
        pounds = value.toDouble(&ok);
    } else {
        QString t = text(value);
        t.remove(u'£').remove(u',').remove(u' ');
        pounds = t.toDouble(&ok);
    }
    if (!ok || !std::isfinite(pounds) || pounds < 0 || pounds > 1e9)
        return fail(Text::tr("\"%1\" is not an amount of money").arg(text(value)));
    return qint64(std::llround(pounds * 100));
}

} // namespace redress::import::cell

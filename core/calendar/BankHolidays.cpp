#include "BankHolidays.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace redress {

namespace {

// The context lupdate files these messages under, and the one they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BankHolidays)
};

QDate firstMonday(int year, int month)
{
    const QDate first(year, month, 1);
    return first.addDays((Qt::Monday - first.dayOfWeek() + 7) % 7);
}

QDate lastMonday(int year, int month)
{
    const QDate first(year, month, 1);
    const QDate last(year, month, first.daysInMonth());
    return last.addDays(-((last.dayOfWeek() - Qt::Monday + 7) % 7));
}

void appendNewYear(QList<CalendarDay>& days, int year)
{
    const QDate newYear(year, 1, 1);
    switch (newYear.dayOfWeek()) {
    case Qt::Saturday:
        days.append({newYear.addDays(2), Text::tr("New Year’s Day (substitute day)")});
        break;
    case Qt::Sunday:
        days.append({newYear.addDays(1), Text::tr("New Year’s Day (substitute day)")});
        break;
    default:
        days.append({newYear, Text::tr("New Year’s Day")});
    }
}

// Christmas and Boxing Day at a weekend move to the next weekdays the other does not take.
void appendChristmas(QList<CalendarDay>& days, int year)
{
    const QDate christmas(year, 12, 25);
    switch (christmas.dayOfWeek()) {
    case Qt::Friday: // Boxing Day on the Saturday
        days.append({christmas, Text::tr("Christmas Day")});
        days.append({QDate(year, 12, 28), Text::tr("Boxing Day (substitute day)")});
        break;
    case Qt::Saturday:
        days.append({QDate(year, 12, 27), Text::tr("Christmas Day (substitute day)")});
        days.append({QDate(year, 12, 28), Text::tr("Boxing Day (substitute day)")});
        break;
    case Qt::Sunday: // Boxing Day keeps the Monday, so Christmas takes the Tuesday
        days.append({QDate(year, 12, 26), Text::tr("Boxing Day")});
        days.append({QDate(year, 12, 27), Text::tr("Christmas Day (substitute day)")});
        break;
    default:
        days.append({christmas, Text::tr("Christmas Day")});
        days.append({QDate(year, 12, 26), Text::tr("Boxing Day")});
    }
}

qint64 firstJulianDay()
{
    static const qint64 day = QDate(BankHolidays::firstYear, 1, 1).toJulianDay();
    return day;
}

qsizetype computedDayCount()
{
    static const qsizetype count =
        QDate(BankHolidays::lastYear, 12, 31).toJulianDay() - firstJulianDay() + 1;
    return count;
}

void sortByDate(QList<CalendarDay>& days)
{
    std::sort(days.begin(), days.end(),
              [](const CalendarDay& a, const CalendarDay& b) { return a.date < b.date; });
}

// Strict YYYY-MM-DD: Qt's ISO parser alone would take a trailing time or a short year.
QDate parseIsoDate(const QString& text)
{
    if (text.size() != 10 || text.at(4) != u'-' || text.at(7) != u'-')
        return {};
    return QDate::fromString(text, Qt::ISODate);
}

Result<BankHolidays::Adjustment> parseEntry(const QJsonValue& value, const QString& where)
{
    if (!value.isObject())
        return fail(
            Text::tr("%1: expected an object with \"date\", \"title\" and \"kind\"").arg(where));
    const QJsonObject entry = value.toObject();
    const QJsonValue dateValue = entry.value(u"date");
    if (!dateValue.isString())
        return fail(Text::tr("%1: date is missing (expected YYYY-MM-DD)").arg(where));
    const QDate date = parseIsoDate(dateValue.toString());
    if (!date.isValid())
        return fail(Text::tr("%1: date \"%2\" is not a real date (expected YYYY-MM-DD)")
                        .arg(where, dateValue.toString()));
    const QString title = entry.value(u"title").toString().trimmed();
    if (title.isEmpty())
        return fail(Text::tr("%1: title is missing").arg(where));
    const QJsonValue kindValue = entry.value(u"kind");
    if (!kindValue.isString())
        return fail(Text::tr("%1: kind is missing (expected \"added\" or \"removed\")").arg(where));
    const QString kind = kindValue.toString();
    if (kind != u"added" && kind != u"removed")
        return fail(Text::tr("%1: kind \"%2\" is not \"added\" or \"removed\"").arg(where, kind));
    using Kind = BankHolidays::Adjustment::Kind;
    return BankHolidays::Adjustment{date, title, kind == u"added" ? Kind::Added : Kind::Removed};
}

} // namespace

QDate BankHolidays::easterSunday(int year)
{
    if (year < 1583)
        return {};
    // The anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QList<CalendarDay> BankHolidays::regularHolidays(int year)
{
    QList<CalendarDay> days;
    if (year < 1583)
        return days;
    if (year >= 1974)
        appendNewYear(days, year);
    const QDate easter = easterSunday(year);
    days.append({easter.addDays(-2), Text::tr("Good Friday")});
    days.append({easter.addDays(1), Text::tr("Easter Monday")});
    if (year >= 1978)
        days.append({firstMonday(year, 5), Text::tr("Early May bank holiday")});
    days.append({lastMonday(year, 5), Text::tr("Spring bank holiday")});
    days.append({lastMonday(year, 8), Text::tr("Summer bank holiday")});
    appendChristmas(days, year);
    return days;
}

QHash<QDate, QString> BankHolidays::daysFor(int fromYear, int toYear,
                                            const QList<Adjustment>& adjustments)
{
    QHash<QDate, QString> days;
    for (int year = fromYear; year <= toYear; ++year)
        for (const CalendarDay& day : regularHolidays(year))
            days.insert(day.date, day.title);
    const auto inRange = [&](QDate date) {
        return date.year() >= fromYear && date.year() <= toYear;
    };
    // Additions before removals, so that a removal always wins (see the header).
    for (const Adjustment& adjustment : adjustments)
        if (adjustment.kind == Adjustment::Kind::Added && inRange(adjustment.date))
            days.insert(adjustment.date, adjustment.title);
    for (const Adjustment& adjustment : adjustments)
        if (adjustment.kind == Adjustment::Kind::Removed && inRange(adjustment.date))
            days.remove(adjustment.date);
    return days;
}

qint64 BankHolidays::bitIndex(QDate date)
{
    if (!date.isValid())
        return -1;
    const qint64 index = date.toJulianDay() - firstJulianDay();
    return index >= 0 && index < computedDayCount() ? index : -1;
}

BankHolidays::BankHolidays() : BankHolidays(QList<Adjustment>()) {}

BankHolidays::BankHolidays(QList<Adjustment> adjustments)
    : m_adjustments(std::move(adjustments)), m_days(daysFor(firstYear, lastYear, m_adjustments)),
      m_bits(computedDayCount())
{
    for (auto it = m_days.cbegin(); it != m_days.cend(); ++it)
        m_bits.setBit(bitIndex(it.key()));
}

BankHolidays BankHolidays::england()
{
    // Built once; copies share the (immutable) data, so this is cheap to call anywhere.
    static const BankHolidays shipped = [] {
        const QString source = u"bank-holiday-adjustments.json"_s;
        QFile file(u":/calendar/"_s + source);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The bank-holiday adjustments are missing from this build");
        auto adjustments = parseAdjustments(file.readAll(), source);
        // The file is compiled in and tested, so a bad one is a broken build, not user error.
        if (!adjustments)
            qFatal("%s", qPrintable(adjustments.error()));
        return BankHolidays(std::move(adjustments).value());
    }();
    return shipped;
}

Result<QList<BankHolidays::Adjustment>> BankHolidays::parseAdjustments(const QByteArray& json,
                                                                       const QString& sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(Text::tr("%1: not valid JSON (%2 at byte %3)")
                        .arg(sourceName, parseError.errorString())
                        .arg(parseError.offset));
    if (!document.isObject() || !document.object().value(u"adjustments").isArray())
        return fail(
            Text::tr("%1: expected an object with an \"adjustments\" list").arg(sourceName));
    const QJsonArray entries = document.object().value(u"adjustments").toArray();
    QList<Adjustment> result;
    QHash<QDate, qsizetype> entryOfDate;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString where = Text::tr("%1: entry %2").arg(sourceName).arg(i + 1);
        auto adjustment = parseEntry(entries.at(i), where);
        if (!adjustment)
            return fail(adjustment.error());
        if (const auto earlier = entryOfDate.constFind(adjustment->date);
            earlier != entryOfDate.cend())
            return fail(Text::tr("%1: date \"%2\" is already given in entry %3")
                            .arg(where, adjustment->date.toString(Qt::ISODate))
                            .arg(earlier.value() + 1));
        entryOfDate.insert(adjustment->date, i);
        result.append(std::move(adjustment).value());
    }
    return result;
}

bool BankHolidays::isBankHoliday(QDate date) const
{
    if (const qint64 index = bitIndex(date); index >= 0 && index < m_bits.size())
        return m_bits.testBit(index);
    if (!date.isValid())
        return false;
    return daysFor(date.year(), date.year(), m_adjustments).contains(date);
}

QString BankHolidays::title(QDate date) const
{
    if (!date.isValid())
        return {};
    if (isComputed(date.year()))
        return m_days.value(date);
    return daysFor(date.year(), date.year(), m_adjustments).value(date);
}

QList<CalendarDay> BankHolidays::holidaysIn(int year) const
{
    const bool computed = isComputed(year);
    const QHash<QDate, QString> outside =
        computed ? QHash<QDate, QString>() : daysFor(year, year, m_adjustments);
    const QHash<QDate, QString>& days = computed ? m_days : outside;
    QList<CalendarDay> result;
    for (auto it = days.cbegin(); it != days.cend(); ++it)
        if (it.key().year() == year)
            result.append({it.key(), it.value()});
    sortByDate(result);
    return result;
}

} // namespace redress

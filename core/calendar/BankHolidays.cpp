#include "BankHolidays.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace redress {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("BankHolidays", text);
}

QDate firstMonday(int year, int month)
{
    QDate day(year, month, 1);
    while (day.dayOfWeek() != Qt::Monday)
        day = day.addDays(1);
    return day;
}

QDate lastMonday(int year, int month)
{
    QDate day(year, month, QDate(year, month, 1).daysInMonth());
    while (day.dayOfWeek() != Qt::Monday)
        day = day.addDays(-1);
    return day;
}

} // namespace

QDate BankHolidays::easterSunday(int year)
{
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
    const QString substitute = tr(" (substitute day)");

    QDate newYear(year, 1, 1);
    if (newYear.dayOfWeek() == Qt::Saturday)
        newYear = newYear.addDays(2);
    else if (newYear.dayOfWeek() == Qt::Sunday)
        newYear = newYear.addDays(1);
    days.append({newYear, tr("New Year’s Day") + (newYear.day() == 1 ? QString() : substitute)});

    const QDate easter = easterSunday(year);
    days.append({easter.addDays(-2), tr("Good Friday")});
    days.append({easter.addDays(1), tr("Easter Monday")});
    days.append({firstMonday(year, 5), tr("Early May bank holiday")});
    days.append({lastMonday(year, 5), tr("Spring bank holiday")});
    days.append({lastMonday(year, 8), tr("Summer bank holiday")});

    // Christmas and Boxing Day falling at a weekend move to the next weekdays not taken.
    const QDate christmas(year, 12, 25);
    switch (christmas.dayOfWeek()) {
    case Qt::Friday: // Boxing Day on Saturday -> Monday 28
        days.append({christmas, tr("Christmas Day")});
        days.append({QDate(year, 12, 28), tr("Boxing Day") + substitute});
        break;
    case Qt::Saturday: // Monday 27 and Tuesday 28
        days.append({QDate(year, 12, 27), tr("Christmas Day") + substitute});
        days.append({QDate(year, 12, 28), tr("Boxing Day") + substitute});
        break;
    case Qt::Sunday: // Boxing Day on Monday 26, Christmas on Tuesday 27
        days.append({QDate(year, 12, 26), tr("Boxing Day")});
        days.append({QDate(year, 12, 27), tr("Christmas Day") + substitute});
        break;
    default:
        days.append({christmas, tr("Christmas Day")});
        days.append({QDate(year, 12, 26), tr("Boxing Day")});
        break;
    }
    return days;
}

BankHolidays::BankHolidays(QList<Adjustment> adjustments) : m_adjustments(std::move(adjustments))
{
    for (int year = firstYear; year <= lastYear; ++year)
        for (const CalendarDay& day : regularHolidays(year))
            m_days.insert(day.date, day.title);
    for (const Adjustment& adjustment : std::as_const(m_adjustments)) {
        if (adjustment.kind == Adjustment::Kind::Removed)
            m_days.remove(adjustment.date);
        else
            m_days.insert(adjustment.date, adjustment.title);
    }
}

BankHolidays BankHolidays::england()
{
    static const BankHolidays shipped = [] {
        QFile file(QStringLiteral(":/calendar/bank-holiday-adjustments.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The bank-holiday adjustments are missing from this build");
        auto adjustments = parseAdjustments(file.readAll(), QStringLiteral("bank-holiday-adjustments.json"));
        if (!adjustments)
            qFatal("%s", qPrintable(adjustments.error()));
        return BankHolidays(adjustments.value());
    }();
    return shipped;
}

Result<QList<BankHolidays::Adjustment>> BankHolidays::parseAdjustments(const QByteArray& json,
                                                                       const QString& sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("%1: not valid JSON at byte %2: %3")
                        .arg(sourceName)
                        .arg(parseError.offset)
                        .arg(parseError.errorString()));
    if (!document.object().value(u"adjustments").isArray())
        return fail(tr("%1: expected an object with an \"adjustments\" list").arg(sourceName));
    const QJsonArray entries = document.object().value(u"adjustments").toArray();
    QList<Adjustment> result;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        const QString where = tr("%1: entry %2").arg(sourceName).arg(i + 1);
        const QString dateText = entry.value(u"date").toString();
        const QDate date = QDate::fromString(dateText, Qt::ISODate);
        if (!date.isValid() || dateText.size() != 10)
            return fail(tr("%1: date \"%2\" is not a real date (expected YYYY-MM-DD)").arg(where, dateText));
        const QString title = entry.value(u"title").toString().trimmed();
        if (title.isEmpty())
            return fail(tr("%1: title is missing").arg(where));
        const QString kind = entry.value(u"kind").toString();
        if (kind != u"added" && kind != u"removed")
            return fail(tr("%1: kind \"%2\" is not \"added\" or \"removed\"").arg(where, kind));
        result.append({date, title, kind == u"added" ? Adjustment::Kind::Added : Adjustment::Kind::Removed});
    }
    return result;
}

bool BankHolidays::isBankHoliday(QDate date) const
{
    return m_days.contains(date);
}

QString BankHolidays::title(QDate date) const
{
    return m_days.value(date);
}

QList<CalendarDay> BankHolidays::holidaysIn(int year) const
{
    QList<CalendarDay> result;
    for (QDate day(year, 1, 1); day.year() == year; day = day.addDays(1))
        if (const auto it = m_days.constFind(day); it != m_days.cend())
            result.append({day, it.value()});
    return result;
}

} // namespace redress

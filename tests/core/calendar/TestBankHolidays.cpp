#include "TestSupport.h"
#include "calendar/BankHolidays.h"

#include <QFile>
#include <QTest>
#include <algorithm>

using namespace redress;
using namespace Qt::StringLiterals;

namespace redress {

// Readable QCOMPARE failures for lists of days.
char* toString(const CalendarDay& day)
{
    return QTest::toString(day.date.toString(Qt::ISODate) + u' ' + day.title);
}

} // namespace redress

namespace {

// JSON written with single quotes, to keep the rows readable.
QByteArray json(const char* text)
{
    return QByteArray(text).replace('\'', '"');
}

QList<QDate> datesOf(const QList<CalendarDay>& days)
{
    QList<QDate> dates;
    for (const CalendarDay& day : days)
        dates.append(day.date);
    return dates;
}

QList<CalendarDay> holidaysBetween(const BankHolidays& holidays, QDate from, QDate to)
{
    QList<CalendarDay> result;
    for (const CalendarDay& day : holidays.holidaysIn(from.year()))
        if (day.date >= from && day.date <= to)
            result.append(day);
    return result;
}

} // namespace

class TestBankHolidays : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { loadGovUkList(); }

    void easterSunday_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("expected");
        const QList<QDate> easters = {
            {2000, 4, 23}, {2001, 4, 15}, {2002, 3, 31}, {2003, 4, 20}, {2004, 4, 11},
            {2005, 3, 27}, {2008, 3, 23}, {2010, 4, 4},  {2011, 4, 24}, {2013, 3, 31},
            {2016, 3, 27}, {2018, 4, 1},  {2019, 4, 21}, {2020, 4, 12}, {2021, 4, 4},
            {2022, 4, 17}, {2023, 4, 9},  {2024, 3, 31}, {2025, 4, 20}, {2026, 4, 5},
            {2027, 3, 28}, {2038, 4, 25}, {2049, 4, 18}, {2100, 3, 28}, {1990, 4, 15}};
        for (const QDate& easter : easters)
            QTest::addRow("%d", easter.year()) << easter.year() << easter;
        QTest::addRow("before the Gregorian calendar") << 1500 << QDate();
    }
    void easterSunday()
    {
        QFETCH(int, year);
        QFETCH(QDate, expected);
        QCOMPARE(BankHolidays::easterSunday(year), expected);
        if (!expected.isValid())
            return;
        QCOMPARE(expected.dayOfWeek(), int(Qt::Sunday));
        const BankHolidays holidays = BankHolidays::england();
        QCOMPARE(holidays.title(expected.addDays(-2)), u"Good Friday"_s);
        QCOMPARE(holidays.title(expected.addDays(1)), u"Easter Monday"_s);
        QVERIFY(!holidays.isBankHoliday(expected));
    }

    void christmas_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QList<QDate>>("dates");
        QTest::addColumn<QStringList>("titles");
        const QStringList both = {u"Christmas Day"_s, u"Boxing Day"_s};
        QTest::addRow("weekdays 2019")
            << 2019 << QList<QDate>{{2019, 12, 25}, {2019, 12, 26}} << both;
        const QStringList boxingSubstitute = {u"Christmas Day"_s, u"Boxing Day (substitute day)"_s};
        QTest::addRow("Boxing Day on Saturday 2020")
            << 2020 << QList<QDate>{{2020, 12, 25}, {2020, 12, 28}} << boxingSubstitute;
        QTest::addRow("Boxing Day on Saturday 2015")
            << 2015 << QList<QDate>{{2015, 12, 25}, {2015, 12, 28}} << boxingSubstitute;
        const QStringList bothSubstitute = {u"Christmas Day (substitute day)"_s,
                                            u"Boxing Day (substitute day)"_s};
        QTest::addRow("Christmas on Saturday 2021")
            << 2021 << QList<QDate>{{2021, 12, 27}, {2021, 12, 28}} << bothSubstitute;
        QTest::addRow("Christmas on Saturday 2010")
            << 2010 << QList<QDate>{{2010, 12, 27}, {2010, 12, 28}} << bothSubstitute;
        const QStringList christmasSubstitute = {u"Boxing Day"_s,
                                                 u"Christmas Day (substitute day)"_s};
        QTest::addRow("Christmas on Sunday 2022")
            << 2022 << QList<QDate>{{2022, 12, 26}, {2022, 12, 27}} << christmasSubstitute;
        QTest::addRow("Christmas on Sunday 2016")
            << 2016 << QList<QDate>{{2016, 12, 26}, {2016, 12, 27}} << christmasSubstitute;
    }
    void christmas()
    {
        QFETCH(int, year);
        QFETCH(QList<QDate>, dates);
        QFETCH(QStringList, titles);
        const QList<CalendarDay> days =
            holidaysBetween(BankHolidays::england(), QDate(year, 12, 1), QDate(year, 12, 31));
        QCOMPARE(datesOf(days), dates);
        QStringList actualTitles;
        for (const CalendarDay& day : days)
            actualTitles.append(day.title);
        QCOMPARE(actualTitles, titles);
    }

    void newYear_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("expected");
        QTest::addColumn<QString>("title");
        QTest::addRow("weekday 2021") << 2021 << QDate(2021, 1, 1) << u"New Year’s Day"_s;
        const QString substitute = u"New Year’s Day (substitute day)"_s;
        QTest::addRow("Saturday 2022") << 2022 << QDate(2022, 1, 3) << substitute;
        QTest::addRow("Saturday 2011") << 2011 << QDate(2011, 1, 3) << substitute;
        QTest::addRow("Sunday 2023") << 2023 << QDate(2023, 1, 2) << substitute;
        QTest::addRow("Sunday 2017") << 2017 << QDate(2017, 1, 2) << substitute;
        QTest::addRow("Saturday 2000") << 2000 << QDate(2000, 1, 3) << substitute;
    }
    void newYear()
    {
        QFETCH(int, year);
        QFETCH(QDate, expected);
        QFETCH(QString, title);
        const QList<CalendarDay> days =
            holidaysBetween(BankHolidays::england(), QDate(year, 1, 1), QDate(year, 1, 31));
        QCOMPARE(days, QList<CalendarDay>({{expected, title}}));
    }

    void oneOffAndMovedDays_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("holiday");
        QTest::addRow("2002 spring moved from 27 May") << QDate(2002, 5, 27) << false;
        QTest::addRow("2002 Golden Jubilee 3 June") << QDate(2002, 6, 3) << true;
        QTest::addRow("2002 spring moved to 4 June") << QDate(2002, 6, 4) << true;
        QTest::addRow("2011 royal wedding") << QDate(2011, 4, 29) << true;
        QTest::addRow("2012 spring moved from 28 May") << QDate(2012, 5, 28) << false;
        QTest::addRow("2012 spring moved to 4 June") << QDate(2012, 6, 4) << true;
        QTest::addRow("2012 Diamond Jubilee 5 June") << QDate(2012, 6, 5) << true;
        QTest::addRow("2020 early May moved from 4 May") << QDate(2020, 5, 4) << false;
        QTest::addRow("2020 early May moved to VE day") << QDate(2020, 5, 8) << true;
        QTest::addRow("2022 spring moved from 30 May") << QDate(2022, 5, 30) << false;
        QTest::addRow("2022 spring moved to 2 June") << QDate(2022, 6, 2) << true;
        QTest::addRow("2022 Platinum Jubilee") << QDate(2022, 6, 3) << true;
        QTest::addRow("2022 State Funeral") << QDate(2022, 9, 19) << true;
        QTest::addRow("2023 Coronation") << QDate(2023, 5, 8) << true;
    }
    void oneOffAndMovedDays()
    {
        QFETCH(QDate, date);
        QFETCH(bool, holiday);
        const BankHolidays england = BankHolidays::england();
        QCOMPARE(england.isBankHoliday(date), holiday);
        QCOMPARE(england.title(date).isEmpty(), !holiday);
        // Every row is a change the rules alone get wrong, on a weekday.
        QCOMPARE(BankHolidays().isBankHoliday(date), !holiday);
        QVERIFY(date.dayOfWeek() <= Qt::Friday);
    }

    void rulesGiveEightWeekdaysEveryYear()
    {
        for (int year = BankHolidays::firstYear; year <= BankHolidays::lastYear; ++year) {
            const QList<CalendarDay> days = BankHolidays::regularHolidays(year);
            QCOMPARE(days.size(), 8);
            QVERIFY2(std::is_sorted(days.cbegin(), days.cend(),
                                    [](const auto& a, const auto& b) { return a.date < b.date; }),
                     qPrintable(QString::number(year)));
            for (const CalendarDay& day : days) {
                QCOMPARE(day.date.year(), year);
                QVERIFY2(day.date.dayOfWeek() <= Qt::Friday, qPrintable(day.date.toString()));
            }
            QCOMPARE(BankHolidays().holidaysIn(year), days);
        }
    }

    void rulesFollowTheirHistory()
    {
        QCOMPARE(BankHolidays::regularHolidays(1977).size(), 7); // no early May yet
        QCOMPARE(BankHolidays::regularHolidays(1973).size(), 6); // nor New Year's Day
        QVERIFY(BankHolidays::regularHolidays(1000).isEmpty());
    }

    void matchesGovUkList_data()
    {
        QTest::addColumn<int>("year");
        for (int year = 2019; year <= 2027; ++year)
            QTest::addRow("england-and-wales %d", year) << year;
    }
    void matchesGovUkList()
    {
        QFETCH(int, year);
        QVERIFY2(m_govUkError.isEmpty(), qPrintable(m_govUkError));
        const QList<QDate> expected = m_govUk.value(year);
        QVERIFY2(!expected.isEmpty(), "the gov.uk list has no dates for this year");
        QCOMPARE(datesOf(BankHolidays::england().holidaysIn(year)), expected);
    }

    void yearsOutsideTheComputedRange()
    {
        const BankHolidays::Adjustment farOneOff{QDate(2150, 6, 1), u"Far one-off"_s,
                                                 BankHolidays::Adjustment::Kind::Added};
        const BankHolidays holidays({farOneOff});
        QList<CalendarDay> expected = BankHolidays::regularHolidays(2150);
        expected.insert(5, {farOneOff.date, farOneOff.title}); // after spring, before summer
        QCOMPARE(holidays.holidaysIn(2150), expected);
        QVERIFY(holidays.isBankHoliday(QDate(2150, 6, 1)));
        QCOMPARE(holidays.title(QDate(2150, 6, 1)), farOneOff.title);
        QCOMPARE(holidays.holidaysIn(1985), BankHolidays::regularHolidays(1985));
        QVERIFY(!holidays.isBankHoliday(QDate()));
    }

    void removalWinsWhateverTheOrder_data()
    {
        QTest::addColumn<bool>("removalFirst");
        QTest::addRow("added then removed") << false;
        QTest::addRow("removed then added") << true;
    }
    void removalWinsWhateverTheOrder()
    {
        QFETCH(bool, removalFirst);
        using Kind = BankHolidays::Adjustment::Kind;
        QList<BankHolidays::Adjustment> adjustments = {
            {QDate(2024, 6, 7), u"Cancelled one-off"_s, Kind::Added},
            {QDate(2024, 6, 7), u"Cancelled"_s, Kind::Removed}};
        if (removalFirst)
            std::reverse(adjustments.begin(), adjustments.end());
        QVERIFY(!BankHolidays(adjustments).isBankHoliday(QDate(2024, 6, 7)));
    }

    void shippedAdjustmentsLoad()
    {
        const BankHolidays england = BankHolidays::england();
        QCOMPARE(england.adjustments().size(), 14);
        QCOMPARE(england.title(QDate(2023, 5, 8)),
                 u"Bank holiday for the coronation of King Charles III"_s);
    }

    void parseAdjustmentsAccepts()
    {
        const QByteArray text =
            json("{'adjustments':["
                 "{'date':'2020-05-08','title':'Early May bank holiday (VE day)','kind':'added'},"
                 "{'date':'2020-05-04','title':'Moved to 8 May','kind':'removed','notes':'x'}]}");
        const auto parsed = BankHolidays::parseAdjustments(text, u"test.json"_s);
        QVERIFY2(parsed, qPrintable(parsed.error()));
        using Kind = BankHolidays::Adjustment::Kind;
        const QList<BankHolidays::Adjustment> expected = {
            {QDate(2020, 5, 8), u"Early May bank holiday (VE day)"_s, Kind::Added},
            {QDate(2020, 5, 4), u"Moved to 8 May"_s, Kind::Removed}};
        QCOMPARE(parsed.value(), expected);
        QVERIFY(BankHolidays::parseAdjustments(json("{'adjustments':[]}"), u"empty.json"_s));
    }

    void parseAdjustmentsRefuses_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("mentions");
        const QByteArray good = json("{'date':'2020-05-08','title':'VE day','kind':'added'},");
        const QByteArray moved = json("{'date':'2020-05-04','title':'Moved','kind':'removed'},");
        QTest::addRow("not JSON") << QByteArray("adjustments: 2020-05-08")
                                  << QStringList{u"not valid JSON"_s};
        QTest::addRow("no adjustments list")
            << json("{'days':[]}") << QStringList{u"\"adjustments\" list"_s};
        QTest::addRow("a list, not an object")
            << QByteArray("[]") << QStringList{u"\"adjustments\" list"_s};
        QTest::addRow("entry not an object")
            << QByteArray(json("{'adjustments':[") + good + json("'2021-01-04']}"))
            << QStringList{u"entry 2"_s, u"expected an object"_s};
        QTest::addRow("impossible date")
            << QByteArray(json("{'adjustments':[") + good + moved +
                          json("{'date':'2021-02-31','title':'x','kind':'added'}]}"))
            << QStringList{
                   u"entry 3: date \"2021-02-31\" is not a real date (expected YYYY-MM-DD)"_s};
        QTest::addRow("date not YYYY-MM-DD")
            << json("{'adjustments':[{'date':'8 May 2020','title':'x','kind':'added'}]}")
            << QStringList{u"entry 1: date \"8 May 2020\""_s};
        QTest::addRow("date with a time")
            << json("{'adjustments':[{'date':'2020-05-08T00:00','title':'x','kind':'added'}]}")
            << QStringList{u"entry 1: date"_s};
        QTest::addRow("missing date") << json("{'adjustments':[{'title':'x','kind':'added'}]}")
                                      << QStringList{u"entry 1: date is missing"_s};
        QTest::addRow("missing title") << QByteArray(json("{'adjustments':[") + good +
                                                     json("{'date':'2021-01-04','kind':'added'}]}"))
                                       << QStringList{u"entry 2: title is missing"_s};
        QTest::addRow("blank title")
            << json("{'adjustments':[{'date':'2021-01-04','title':'  ','kind':'added'}]}")
            << QStringList{u"entry 1: title is missing"_s};
        QTest::addRow("unknown kind")
            << json("{'adjustments':[{'date':'2021-01-04','title':'x','kind':'moved'}]}")
            << QStringList{u"entry 1: kind \"moved\" is not \"added\" or \"removed\""_s};
        QTest::addRow("missing kind") << json("{'adjustments':[{'date':'2021-01-04','title':'x'}]}")
                                      << QStringList{u"entry 1: kind is missing"_s};
        QTest::addRow("date given twice")
            << QByteArray(json("{'adjustments':[") + good +
                          json("{'date':'2020-05-08','title':'y','kind':'removed'}]}"))
            << QStringList{u"entry 2: date \"2020-05-08\" is already given in entry 1"_s};
    }
    void parseAdjustmentsRefuses()
    {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, mentions);
        const auto parsed = BankHolidays::parseAdjustments(text, u"test.json"_s);
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().startsWith(u"test.json: "_s), qPrintable(parsed.error()));
        for (const QString& mention : mentions)
            QVERIFY2(parsed.error().contains(mention), qPrintable(parsed.error()));
    }

private:
    // The announced dates, kept in the repository's own test data (tests/data/calendar).
    void loadGovUkList()
    {
        QFile file(redress::test::ownTestData(u"calendar/england-and-wales-bank-holidays.txt"_s));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            m_govUkError = u"cannot read "_s + file.fileName();
            return;
        }
        int lineNumber = 0;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            ++lineNumber;
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            const QDate date = QDate::fromString(line.left(10), Qt::ISODate);
            if (!date.isValid()) {
                m_govUkError =
                    u"%1, line %2: no date at the start"_s.arg(file.fileName()).arg(lineNumber);
                return;
            }
            m_govUk[date.year()].append(date);
        }
        for (QList<QDate>& dates : m_govUk)
            std::sort(dates.begin(), dates.end());
    }

    QHash<int, QList<QDate>> m_govUk;
    QString m_govUkError;
};

QTEST_GUILESS_MAIN(TestBankHolidays)
#include "TestBankHolidays.moc"

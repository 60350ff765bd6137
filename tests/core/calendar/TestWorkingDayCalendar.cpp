#include "TestSupport.h"
#include "calendar/WorkingDayCalendar.h"

#include <QTest>

using namespace redress;
using namespace Qt::StringLiterals;

namespace {

const WorkingDayCalendar& england()
{
    static const WorkingDayCalendar calendar(BankHolidays::england());
    return calendar;
}

// The last three working days of 2021 closed, as many councils do between the holidays.
WorkingDayCalendar withChristmasClosure()
{
    const QString closure = u"Council closure"_s;
    return WorkingDayCalendar(BankHolidays::england(), {{QDate(2021, 12, 31), closure},
                                                        {QDate(2021, 12, 29), closure},
                                                        {QDate(2021, 12, 30), closure}});
}

} // namespace

class TestWorkingDayCalendar : public QObject
{
    Q_OBJECT

private slots:
    void isWorkingDay_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("working");
        QTest::addRow("ordinary Wednesday") << QDate(2021, 3, 3) << true;
        QTest::addRow("Saturday") << QDate(2021, 3, 6) << false;
        QTest::addRow("Sunday") << QDate(2021, 3, 7) << false;
        QTest::addRow("Good Friday 2021") << QDate(2021, 4, 2) << false;
        QTest::addRow("Christmas Eve 2020") << QDate(2020, 12, 24) << true;
        QTest::addRow("Boxing Day substitute 2020") << QDate(2020, 12, 28) << false;
        QTest::addRow("between Christmas and New Year 2020") << QDate(2020, 12, 29) << true;
        QTest::addRow("2002 moved-from spring Monday") << QDate(2002, 5, 27) << true;
        QTest::addRow("2012 moved-from spring Monday") << QDate(2012, 5, 28) << true;
        QTest::addRow("2020 moved-from early May Monday") << QDate(2020, 5, 4) << true;
        QTest::addRow("2020 VE day") << QDate(2020, 5, 8) << false;
        QTest::addRow("2022 moved-from spring Monday") << QDate(2022, 5, 30) << true;
        QTest::addRow("2022 State Funeral") << QDate(2022, 9, 19) << false;
        QTest::addRow("2023 Coronation") << QDate(2023, 5, 8) << false;
        QTest::addRow("invalid date") << QDate() << false;
    }
    void isWorkingDay()
    {
        QFETCH(QDate, date);
        QFETCH(bool, working);
        QCOMPARE(england().isWorkingDay(date), working);
    }

    void clockStart_data()
    {
        QTest::addColumn<QDate>("received");
        QTest::addColumn<QDate>("dayZero");
        // When a profile treats a receipt on a non-working day as received on the next one.
        QTest::addColumn<QDate>("dayZeroMoved");
        QTest::addRow("working day") << QDate(2021, 1, 6) << QDate(2021, 1, 6) << QDate(2021, 1, 6);
        QTest::addRow("Saturday") << QDate(2021, 1, 9) << QDate(2021, 1, 9) << QDate(2021, 1, 11);
        QTest::addRow("Good Friday") << QDate(2021, 4, 2) << QDate(2021, 4, 2) << QDate(2021, 4, 6);
        QTest::addRow("Christmas Day on a Saturday")
            << QDate(2021, 12, 25) << QDate(2021, 12, 25) << QDate(2021, 12, 29);
        QTest::addRow("New Year's Eve 2022 (Saturday)")
            << QDate(2022, 12, 31) << QDate(2022, 12, 31) << QDate(2023, 1, 3);
    }
    void clockStart()
    {
        QFETCH(QDate, received);
        QFETCH(QDate, dayZero);
        QFETCH(QDate, dayZeroMoved);
        QCOMPARE(england().nonWorkingStart(),
                 WorkingDayCalendar::NonWorkingStart::CountsFromThatDay);
        QCOMPARE(england().clockStart(received), dayZero);
        QCOMPARE(england().addWorkingDays(received, 0), dayZero);
        const WorkingDayCalendar moved = england().withNonWorkingStart(
            WorkingDayCalendar::NonWorkingStart::MovesToNextWorkingDay);
        QCOMPARE(moved.clockStart(received), dayZeroMoved);
        QCOMPARE(moved.addWorkingDays(received, 0), dayZeroMoved);
    }

    void addWorkingDays_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<int>("days");
        QTest::addColumn<QDate>("expected");
        // The same with a start on a non-working day moved to the next working day.
        QTest::addColumn<QDate>("expectedMoved");
        QTest::addRow("stage 1 across Christmas 2020")
            << QDate(2020, 12, 21) << 10 << QDate(2021, 1, 7) << QDate(2021, 1, 7);
        QTest::addRow("stage 1 across Christmas 2022")
            << QDate(2022, 12, 23) << 5 << QDate(2023, 1, 4) << QDate(2023, 1, 4);
        QTest::addRow("stage 2 across Easter 2022")
            << QDate(2022, 3, 1) << 25 << QDate(2022, 4, 5) << QDate(2022, 4, 5);
        QTest::addRow("received Saturday")
            << QDate(2021, 1, 9) << 1 << QDate(2021, 1, 11) << QDate(2021, 1, 12);
        QTest::addRow("received Christmas Day 2021")
            << QDate(2021, 12, 25) << 1 << QDate(2021, 12, 29) << QDate(2021, 12, 30);
        QTest::addRow("over the Platinum Jubilee")
            << QDate(2022, 6, 1) << 1 << QDate(2022, 6, 6) << QDate(2022, 6, 6);
        QTest::addRow("over VE day 2020")
            << QDate(2020, 5, 7) << 1 << QDate(2020, 5, 11) << QDate(2020, 5, 11);
        QTest::addRow("onto the moved-from 4 May 2020")
            << QDate(2020, 5, 1) << 1 << QDate(2020, 5, 4) << QDate(2020, 5, 4);
        QTest::addRow("over the State Funeral")
            << QDate(2022, 9, 16) << 1 << QDate(2022, 9, 20) << QDate(2022, 9, 20);
        QTest::addRow("over the Coronation")
            << QDate(2023, 5, 5) << 1 << QDate(2023, 5, 9) << QDate(2023, 5, 9);
        QTest::addRow("back one from Monday")
            << QDate(2021, 1, 11) << -1 << QDate(2021, 1, 8) << QDate(2021, 1, 8);
        QTest::addRow("back from Saturday counts from Friday")
            << QDate(2021, 1, 9) << -1 << QDate(2021, 1, 7) << QDate(2021, 1, 7);
        QTest::addRow("back across Christmas 2020")
            << QDate(2021, 1, 7) << -10 << QDate(2020, 12, 21) << QDate(2020, 12, 21);
        QTest::addRow("received Sunday 13/12/2020, 10 days")
            << QDate(2020, 12, 13) << 10 << QDate(2020, 12, 29) << QDate(2020, 12, 30);
        QTest::addRow("received Good Friday 2021, 10 days")
            << QDate(2021, 4, 2) << 10 << QDate(2021, 4, 19) << QDate(2021, 4, 20);
        QTest::addRow("received Sunday 6/2/2028, 65 days")
            << QDate(2028, 2, 6) << 65 << QDate(2028, 5, 10) << QDate(2028, 5, 11);
        QTest::addRow("invalid start") << QDate() << 5 << QDate() << QDate();
    }
    void addWorkingDays()
    {
        QFETCH(QDate, start);
        QFETCH(int, days);
        QFETCH(QDate, expected);
        QFETCH(QDate, expectedMoved);
        QCOMPARE(england().addWorkingDays(start, days), expected);
        QCOMPARE(
            england()
                .withNonWorkingStart(WorkingDayCalendar::NonWorkingStart::MovesToNextWorkingDay)
                .addWorkingDays(start, days),
            expectedMoved);
    }

    void workingDaysBetween_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::addColumn<int>("expected");
        // The same with a start on a non-working day moved to the next working day.
        QTest::addColumn<int>("expectedMoved");
        QTest::addRow("same day") << QDate(2021, 1, 4) << QDate(2021, 1, 4) << 0 << 0;
        QTest::addRow("next day") << QDate(2021, 1, 4) << QDate(2021, 1, 5) << 1 << 1;
        QTest::addRow("stage 1 across Christmas 2020")
            << QDate(2020, 12, 21) << QDate(2021, 1, 7) << 10 << 10;
        QTest::addRow("response on Saturday counts as Friday")
            << QDate(2021, 1, 4) << QDate(2021, 1, 9) << 4 << 4;
        QTest::addRow("response on Friday") << QDate(2021, 1, 4) << QDate(2021, 1, 8) << 4 << 4;
        QTest::addRow("received and answered on Saturday")
            << QDate(2021, 1, 9) << QDate(2021, 1, 9) << 0 << 0;
        QTest::addRow("received Saturday answered Monday")
            << QDate(2021, 1, 9) << QDate(2021, 1, 11) << 1 << 0;
        QTest::addRow("received Saturday answered Tuesday")
            << QDate(2021, 1, 9) << QDate(2021, 1, 12) << 2 << 1;
        QTest::addRow("received Sunday 13/12/2020 answered 29/12/2020")
            << QDate(2020, 12, 13) << QDate(2020, 12, 29) << 10 << 9;
        QTest::addRow("end one working day before")
            << QDate(2021, 1, 11) << QDate(2021, 1, 8) << -1 << -1;
        QTest::addRow("end before, across Christmas 2020")
            << QDate(2021, 1, 7) << QDate(2020, 12, 21) << -10 << -10;
        QTest::addRow("invalid end") << QDate(2021, 1, 4) << QDate() << 0 << 0;
    }
    void workingDaysBetween()
    {
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        QFETCH(int, expected);
        QFETCH(int, expectedMoved);
        QCOMPARE(england().workingDaysBetween(start, end), expected);
        if (start.isValid() && end.isValid() && start != end)
            QCOMPARE(england().workingDaysBetween(end, start), -expected);
        QCOMPARE(
            england()
                .withNonWorkingStart(WorkingDayCalendar::NonWorkingStart::MovesToNextWorkingDay)
                .workingDaysBetween(start, end),
            expectedMoved);
    }

    void roundTrip_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<WorkingDayCalendar::NonWorkingStart>("nonWorkingStart");
        for (int year : {2002, 2012, 2019, 2020, 2021, 2022, 2023, 2027, 2100}) {
            QTest::addRow("every start in %d", year)
                << year << WorkingDayCalendar::NonWorkingStart::CountsFromThatDay;
            QTest::addRow("every start in %d, moved", year)
                << year << WorkingDayCalendar::NonWorkingStart::MovesToNextWorkingDay;
        }
    }
    void roundTrip()
    {
        QFETCH(int, year);
        QFETCH(WorkingDayCalendar::NonWorkingStart, nonWorkingStart);
        const WorkingDayCalendar calendar = england().withNonWorkingStart(nonWorkingStart);
        for (QDate start(year, 1, 1); start.year() == year; start = start.addDays(1)) {
            for (int n = -30; n <= 70; ++n) {
                const QDate end = calendar.addWorkingDays(start, n);
                // Day 0 counted from the day itself is that day, working or not.
                QVERIFY(calendar.isWorkingDay(end) || (n == 0 && end == start));
                if (calendar.workingDaysBetween(start, end) != n)
                    QFAIL(qPrintable(u"%1 %2 working days gives %3, which counts back as %4"_s.arg(
                        start.toString(Qt::ISODate), QString::number(n), end.toString(Qt::ISODate),
                        QString::number(calendar.workingDaysBetween(start, end)))));
            }
        }
    }

    void suspension_data()
    {
        QTest::addColumn<QDate>("received");
        QTest::addColumn<int>("days");
        QTest::addColumn<QDate>("suspendedFrom");
        QTest::addColumn<QDate>("resumedOn");
        QTest::addColumn<int>("suspended");
        QTest::addColumn<QDate>("due");
        QTest::addRow("two weeks in March 2021, due over Easter")
            << QDate(2021, 3, 1) << 20 << QDate(2021, 3, 8) << QDate(2021, 3, 22) << 10
            << QDate(2021, 4, 14);
        QTest::addRow("over Christmas 2020") << QDate(2020, 12, 14) << 10 << QDate(2020, 12, 21)
                                             << QDate(2021, 1, 4) << 7 << QDate(2021, 1, 11);
        QTest::addRow("a weekend only") << QDate(2021, 3, 1) << 20 << QDate(2021, 3, 6)
                                        << QDate(2021, 3, 8) << 0 << QDate(2021, 3, 29);
        QTest::addRow("resumed before it began") << QDate(2021, 3, 1) << 20 << QDate(2021, 3, 8)
                                                 << QDate(2021, 3, 1) << 0 << QDate(2021, 3, 29);
    }
    void suspension()
    {
        QFETCH(QDate, received);
        QFETCH(int, days);
        QFETCH(QDate, suspendedFrom);
        QFETCH(QDate, resumedOn);
        QFETCH(int, suspended);
        QFETCH(QDate, due);
        const int stopped = england().workingDaysIn(suspendedFrom, resumedOn);
        QCOMPARE(stopped, suspended);
        QCOMPARE(england().addWorkingDays(received, days + stopped), due);
    }

    void closureDays_data()
    {
        QTest::addColumn<bool>("apply");
        QTest::addColumn<QDate>("due");
        QTest::addRow("closures on") << true << QDate(2022, 1, 11);
        QTest::addRow("closures off") << false << QDate(2022, 1, 6);
    }
    void closureDays()
    {
        QFETCH(bool, apply);
        QFETCH(QDate, due);
        const WorkingDayCalendar calendar = withChristmasClosure().withClosureDays(apply);
        QCOMPARE(calendar.isWorkingDay(QDate(2021, 12, 30)), !apply);
        QVERIFY(calendar.isClosureDay(QDate(2021, 12, 30)));
        QVERIFY(!calendar.isClosureDay(QDate(2021, 12, 24)));
        QCOMPARE(calendar.addWorkingDays(QDate(2021, 12, 20), 10), due);
        QCOMPARE(calendar.workingDaysBetween(QDate(2021, 12, 20), due), 10);
        QCOMPARE(
            calendar.withNonWorkingStart(WorkingDayCalendar::NonWorkingStart::MovesToNextWorkingDay)
                .clockStart(QDate(2021, 12, 25)),
            apply ? QDate(2022, 1, 4) : QDate(2021, 12, 29));
        QCOMPARE(calendar.addWorkingDays(QDate(2021, 12, 25), 1),
                 apply ? QDate(2022, 1, 4) : QDate(2021, 12, 29));
    }

    void closureDaysCanBeSwitchedBackOn()
    {
        const WorkingDayCalendar calendar =
            withChristmasClosure().withClosureDays(false).withClosureDays(true);
        QVERIFY(!calendar.isWorkingDay(QDate(2021, 12, 29)));
        const QList<QDate> dates = {QDate(2021, 12, 29), QDate(2021, 12, 30), QDate(2021, 12, 31)};
        QList<QDate> listed;
        for (const CalendarDay& day : calendar.closureDays())
            listed.append(day.date);
        QCOMPARE(listed, dates); // in date order, whatever order they were given in
        QCOMPARE(calendar.closureDays().first().title, u"Council closure"_s);
    }

    void closureDayOutsideTheComputedRange()
    {
        const QDate farMonday(2150, 3, 2);
        QCOMPARE(farMonday.dayOfWeek(), int(Qt::Monday));
        const WorkingDayCalendar calendar(BankHolidays::england(), {{farMonday, u"Closed"_s}});
        QVERIFY(!calendar.isWorkingDay(farMonday));
        QVERIFY(calendar.withClosureDays(false).isWorkingDay(farMonday));
        QVERIFY(calendar.isWorkingDay(QDate(2021, 3, 3)));
        QVERIFY(!calendar.isWorkingDay(QDate(2150, 12, 25)));
    }

    void defaultCalendarIsEngland()
    {
        const WorkingDayCalendar calendar;
        QVERIFY(!calendar.isWorkingDay(QDate(2023, 5, 8)));
        QVERIFY(calendar.closureDays().isEmpty());
        QCOMPARE(calendar.addWorkingDays(QDate(2020, 12, 21), 10), QDate(2021, 1, 7));
    }
};

QTEST_GUILESS_MAIN(TestWorkingDayCalendar)
#include "TestWorkingDayCalendar.moc"

#include "calendar/BankHolidays.h"
#include "procedure/DeadlineStanding.h"

#include <QTest>

using namespace redress;

Q_DECLARE_METATYPE(redress::CaseState)
Q_DECLARE_METATYPE(redress::DeadlineStanding::Urgency)

// The one definition of due, overdue and working days left, as the queue, the case view, the
// reports and the command line all see it.
class TestDeadlineStanding : public QObject
{
    Q_OBJECT

private slots:
    void standing_data()
    {
        QTest::addColumn<CaseState>("state");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<bool>("running");
        QTest::addColumn<bool>("overdue");
        QTest::addColumn<int>("left");
        QTest::addColumn<int>("overdueBy");
        QTest::addColumn<DeadlineStanding::Urgency>("urgency");
        using U = DeadlineStanding::Urgency;
        const QDate none;
        // Tuesday 5 January 2021; the due-soon window is 5 working days.
        QTest::addRow("received, acknowledgement due tomorrow")
            << CaseState::Received << QDate(2021, 1, 6) << QDate(2021, 1, 5) << true << false << 1
            << 0 << U::DueSoon;
        QTest::addRow("received, acknowledgement late is overdue")
            << CaseState::Received << QDate(2021, 1, 4) << QDate(2021, 1, 5) << true << true << -1
            << 1 << U::Overdue;
        QTest::addRow("open, due today is not overdue")
            << CaseState::Open << QDate(2021, 1, 5) << QDate(2021, 1, 5) << true << false << 0 << 0
            << U::DueSoon;
        QTest::addRow("open, due across New Year")
            << CaseState::Open << QDate(2020, 12, 22) << QDate(2021, 1, 5) << true << true << -7
            << 7 << U::Overdue;
        QTest::addRow("open, due in a fortnight")
            << CaseState::Open << QDate(2021, 1, 19) << QDate(2021, 1, 5) << true << false << 10
            << 0 << U::None;
        QTest::addRow("suspended still counts")
            << CaseState::Suspended << QDate(2021, 1, 4) << QDate(2021, 1, 5) << true << true << -1
            << 1 << U::Overdue;
        QTest::addRow("Friday's deadline is late on Saturday")
            << CaseState::Open << QDate(2021, 1, 8) << QDate(2021, 1, 9) << true << true << 0 << 1
            << U::Overdue;
        // Counted from the day asked about, working or not: Monday is one working day away
        // on the Saturday, as on the Friday.
        QTest::addRow("Monday's deadline on Saturday")
            << CaseState::Open << QDate(2021, 1, 11) << QDate(2021, 1, 9) << true << false << 1 << 0
            << U::DueSoon;
        QTest::addRow("Monday's deadline on Friday")
            << CaseState::Open << QDate(2021, 1, 11) << QDate(2021, 1, 8) << true << false << 1 << 0
            << U::DueSoon;
        QTest::addRow("responded: nothing running")
            << CaseState::Responded << QDate(2021, 1, 4) << QDate(2021, 1, 5) << false << false << 0
            << 0 << U::None;
        QTest::addRow("closed: nothing running")
            << CaseState::Closed << QDate(2021, 1, 4) << QDate(2021, 1, 5) << false << false << 0
            << 0 << U::None;
        QTest::addRow("withdrawn: nothing running")
            << CaseState::Withdrawn << QDate(2021, 1, 4) << QDate(2021, 1, 5) << false << false << 0
            << 0 << U::None;
        QTest::addRow("open without a deadline")
            << CaseState::Open << none << QDate(2021, 1, 5) << false << false << 0 << 0 << U::None;
    }
    void standing()
    {
        QFETCH(CaseState, state);
        QFETCH(QDate, due);
        QFETCH(QDate, asOf);
        QFETCH(bool, running);
        QFETCH(bool, overdue);
        QFETCH(int, left);
        QFETCH(int, overdueBy);
        QFETCH(DeadlineStanding::Urgency, urgency);
        const WorkingDayCalendar calendar(BankHolidays::england());
        const DeadlineStanding standing = DeadlineStanding::of(state, due, asOf, calendar);
        QCOMPARE(standing.isRunning(), running);
        QCOMPARE(standing.isOverdue(), overdue);
        QCOMPARE(standing.workingDaysLeft(), left);
        QCOMPARE(standing.workingDaysOverdue(), overdueBy);
        QCOMPARE(standing.urgency(5), urgency);
        QCOMPARE(DeadlineStanding::clockRuns(state), state == CaseState::Received ||
                                                         state == CaseState::Open ||
                                                         state == CaseState::Suspended);
    }

    // The SQL form names exactly the states clockRuns() accepts.
    void sqlConditionNamesTheRunningStates()
    {
        const QString condition = DeadlineStanding::sqlOverdueCondition();
        for (CaseState state : {CaseState::Received, CaseState::Open, CaseState::Suspended,
                                CaseState::Responded, CaseState::Closed, CaseState::Withdrawn}) {
            const QString quoted = u'\'' + caseStateCode(state) + u'\'';
            QCOMPARE(condition.contains(quoted), DeadlineStanding::clockRuns(state));
        }
    }
};

QTEST_GUILESS_MAIN(TestDeadlineStanding)
#include "TestDeadlineStanding.moc"

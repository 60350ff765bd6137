#include "calendar/BankHolidays.h"
#include "procedure/DeadlineCalculator.h"

#include <QTest>

using namespace redress;

namespace {

DeadlineCalculator calculator(const QString& code, QDate on)
{
    return DeadlineCalculator(WorkingDayCalendar(BankHolidays::england()),
                              ProcedureCatalog::defaults().profileFor(code, on).value());
}

Stage stage(int number, QDate requested)
{
    Stage s;
    s.number = number;
    s.requestedOn = requested;
    return s;
}

} // namespace

class TestDeadlineCalculator : public QObject
{
    Q_OBJECT

private slots:
    void responseDue_data()
    {
        QTest::addColumn<QString>("procedure");
        QTest::addColumn<int>("number");
        QTest::addColumn<QDate>("requested");
        QTest::addColumn<QDate>("acknowledged");
        QTest::addColumn<QDate>("statementAgreed");
        QTest::addColumn<int>("extendedTo");
        QTest::addColumn<QDate>("due");
        const QDate none;
        QTest::addRow("statutory stage 1 across Christmas 2020")
            << QStringLiteral("statutory") << 1 << QDate(2020, 12, 21) << none << none << 0
            << QDate(2021, 1, 7);
        QTest::addRow("statutory stage 1 extended to 20")
            << QStringLiteral("statutory") << 1 << QDate(2020, 12, 21) << none << none << 20
            << QDate(2021, 1, 21);
        QTest::addRow("received on a Saturday counts from Monday")
            << QStringLiteral("statutory") << 1 << QDate(2021, 1, 9) << none << none << 0
            << QDate(2021, 1, 25);
        QTest::addRow("stage 2 from the request when no statement")
            << QStringLiteral("statutory") << 2 << QDate(2021, 1, 20) << none << none << 0
            << QDate(2021, 2, 24);
        QTest::addRow("stage 2 from the statement agreed")
            << QStringLiteral("statutory") << 2 << QDate(2021, 1, 20) << none << QDate(2021, 2, 1)
            << 0 << QDate(2021, 3, 8);
        QTest::addRow("stage 2 extended to 65")
            << QStringLiteral("statutory") << 2 << QDate(2021, 1, 20) << none << QDate(2021, 2, 1)
            << 65 << QDate(2021, 5, 6); // Easter and May Day between
        QTest::addRow("Code stage 1 from the acknowledgement")
            << QStringLiteral("corporate") << 1 << QDate(2026, 5, 1) << QDate(2026, 5, 6) << none
            << 0 << QDate(2026, 5, 20);
        QTest::addRow("Code stage 1 projected from the acknowledgement deadline")
            << QStringLiteral("corporate") << 1 << QDate(2026, 5, 1) << none << none << 0
            << QDate(2026, 5, 26);
        QTest::addRow("corporate before the Code, from receipt")
            << QStringLiteral("corporate") << 1 << QDate(2021, 3, 1) << QDate(2021, 3, 3) << none
            << 0 << QDate(2021, 3, 15);
        QTest::addRow("concern across VE day 2020")
            << QStringLiteral("concern") << 1 << QDate(2020, 5, 4) << none << none << 0
            << QDate(2020, 5, 12);
    }
    void responseDue()
    {
        QFETCH(QString, procedure);
        QFETCH(int, number);
        QFETCH(QDate, requested);
        QFETCH(QDate, acknowledged);
        QFETCH(QDate, statementAgreed);
        QFETCH(int, extendedTo);
        QFETCH(QDate, due);
        Stage s = stage(number, requested);
        s.acknowledgedOn = acknowledged;
        s.statementAgreedOn = statementAgreed;
        s.extendedToDays = extendedTo;
        QCOMPARE(calculator(procedure, requested).responseDue(s, requested), due);
    }

    void suspensionMovesTheDeadline()
    {
        const DeadlineCalculator calc =
            calculator(QStringLiteral("statutory"), QDate(2020, 12, 21));
        Stage s = stage(1, QDate(2020, 12, 21));
        s.suspensions = {{0, QDate(2021, 1, 4), QDate(2021, 1, 11), QStringLiteral("Police")}};
        QCOMPARE(calc.suspendedWorkingDays(s, QDate(2021, 2, 1)), 5);
        QCOMPARE(calc.responseDue(s, QDate(2021, 2, 1)), QDate(2021, 1, 14));
        // still running: counted up to the day asked about
        s.suspensions.first().until = QDate();
        QCOMPARE(calc.responseDue(s, QDate(2021, 1, 6)),
                 QDate(2021, 1, 9).addDays(2)); // 2 days suspended: 11 Jan
    }

    void stage3ChainsPanelReportAndResponse()
    {
        const DeadlineCalculator calc = calculator(QStringLiteral("statutory"), QDate(2021, 3, 1));
        Stage s = stage(3, QDate(2021, 3, 1));
        s.acknowledgedOn = QDate(2021, 3, 2);
        QCOMPARE(calc.nextDue(s, QDate(2021, 3, 2)),
                 QDate(2021, 4, 14)); // panel: 30 working days, Easter between
        QVERIFY(!calc.responseDue(s, QDate(2021, 3, 2)).isValid());
        s.panelHeldOn = QDate(2021, 4, 12);
        QCOMPARE(calc.nextDue(s, QDate(2021, 4, 12)),
                 QDate(2021, 4, 19)); // report: 5 after the panel
        s.panelReportOn = QDate(2021, 4, 16);
        QCOMPARE(calc.nextDue(s, QDate(2021, 4, 16)),
                 QDate(2021, 5, 10)); // response: 15 after, May Day between
    }

    void workingDaysToRespondLeaveOutSuspensions()
    {
        const DeadlineCalculator calc =
            calculator(QStringLiteral("statutory"), QDate(2020, 12, 21));
        Stage s = stage(1, QDate(2020, 12, 21));
        s.respondedOn = QDate(2021, 1, 14);
        QCOMPARE(calc.workingDaysToRespond(s).value(), 15);
        s.suspensions = {{0, QDate(2021, 1, 4), QDate(2021, 1, 11), QStringLiteral("Police")}};
        QCOMPARE(calc.workingDaysToRespond(s).value(), 10);
        s.respondedOn = QDate();
        QVERIFY(!calc.workingDaysToRespond(s).has_value());
    }
};

QTEST_GUILESS_MAIN(TestDeadlineCalculator)
#include "TestDeadlineCalculator.moc"

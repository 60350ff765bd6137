#include "calendar/BankHolidays.h"
#include "procedure/DeadlineCalculator.h"

#include <QTest>

using namespace redress;

namespace {

// The shipped profile in force on `on`, counting a receipt on a non-working day as the
// regulations read unless `receivedOnNextWorkingDay`.
DeadlineCalculator calculator(const QString& code, QDate on, bool receivedOnNextWorkingDay = false)
{
    ProcedureProfile profile = ProcedureCatalog::defaults().profileFor(code, on).value();
    profile.receivedOnNextWorkingDay = receivedOnNextWorkingDay;
    return DeadlineCalculator(WorkingDayCalendar(BankHolidays::england()), profile);
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
        // When the profile treats a receipt on a non-working day as received on the next
        // working day; the same as `due` for a receipt on a working day.
        QTest::addColumn<QDate>("dueFromNextWorkingDay");
        const QDate none;
        QTest::addRow("statutory stage 1 across Christmas 2020")
            << QStringLiteral("statutory") << 1 << QDate(2020, 12, 21) << none << none << 0
            << QDate(2021, 1, 7) << QDate(2021, 1, 7);
        QTest::addRow("statutory stage 1 extended to 20")
            << QStringLiteral("statutory") << 1 << QDate(2020, 12, 21) << none << none << 20
            << QDate(2021, 1, 21) << QDate(2021, 1, 21);
        QTest::addRow("received on a Saturday")
            << QStringLiteral("statutory") << 1 << QDate(2021, 1, 9) << none << none << 0
            << QDate(2021, 1, 22) << QDate(2021, 1, 25);
        QTest::addRow("received on a Sunday before Christmas 2020")
            << QStringLiteral("statutory") << 1 << QDate(2020, 12, 13) << none << none << 0
            << QDate(2020, 12, 29) << QDate(2020, 12, 30);
        QTest::addRow("received on Good Friday 2021")
            << QStringLiteral("statutory") << 1 << QDate(2021, 4, 2) << none << none << 0
            << QDate(2021, 4, 19) << QDate(2021, 4, 20);
        QTest::addRow("received on a Sunday, stage 2 extended to 65")
            << QStringLiteral("statutory") << 2 << QDate(2028, 2, 6) << none << none << 65
            << QDate(2028, 5, 10) << QDate(2028, 5, 11); // Easter and May Day between
        QTest::addRow("stage 2 statement agreed on a Saturday")
            << QStringLiteral("statutory") << 2 << QDate(2021, 1, 20) << none << QDate(2021, 1, 30)
            << 0 << QDate(2021, 3, 5) << QDate(2021, 3, 8);
        QTest::addRow("Code stage 1 acknowledged on a Saturday")
            << QStringLiteral("corporate") << 1 << QDate(2026, 5, 1) << QDate(2026, 5, 9) << none
            << 0 << QDate(2026, 5, 22) << QDate(2026, 5, 26); // the late May bank holiday
        QTest::addRow("received on a Saturday, a stage 1 with no extension")
            << QStringLiteral("concern") << 1 << QDate(2020, 5, 2) << none << none << 0
            << QDate(2020, 5, 11) << QDate(2020, 5, 12);
        QTest::addRow("stage 2 from the request when no statement")
            << QStringLiteral("statutory") << 2 << QDate(2021, 1, 20) << none << none << 0
            << QDate(2021, 2, 24) << QDate(2021, 2, 24);
        QTest::addRow("stage 2 from the statement agreed")
            << QStringLiteral("statutory") << 2 << QDate(2021, 1, 20) << none << QDate(2021, 2, 1)
            << 0 << QDate(2021, 3, 8) << QDate(2021, 3, 8);
        QTest::addRow("stage 2 extended to 65")
            << QStringLiteral("statutory") << 2 << QDate(2021, 1, 20) << none << QDate(2021, 2, 1)
            << 65 << QDate(2021, 5, 6) << QDate(2021, 5, 6); // Easter and May Day between
        QTest::addRow("Code stage 1 from the acknowledgement")
            << QStringLiteral("corporate") << 1 << QDate(2026, 5, 1) << QDate(2026, 5, 6) << none
            << 0 << QDate(2026, 5, 20) << QDate(2026, 5, 20);
        QTest::addRow("Code stage 1 projected from the acknowledgement deadline")
            << QStringLiteral("corporate") << 1 << QDate(2026, 5, 1) << none << none << 0
            << QDate(2026, 5, 26) << QDate(2026, 5, 26);
        QTest::addRow("corporate before the Code, from receipt")
            << QStringLiteral("corporate") << 1 << QDate(2021, 3, 1) << QDate(2021, 3, 3) << none
            << 0 << QDate(2021, 3, 15) << QDate(2021, 3, 15);
        QTest::addRow("concern across VE day 2020")
            << QStringLiteral("concern") << 1 << QDate(2020, 5, 4) << none << none << 0
            << QDate(2020, 5, 12) << QDate(2020, 5, 12);
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
        QFETCH(QDate, dueFromNextWorkingDay);
        Stage s = stage(number, requested);
        s.acknowledgedOn = acknowledged;
        s.statementAgreedOn = statementAgreed;
        s.extendedToDays = extendedTo;
        QCOMPARE(calculator(procedure, requested).responseDue(s, requested), due);
        QCOMPARE(calculator(procedure, requested, true).responseDue(s, requested),
                 dueFromNextWorkingDay);
    }

    // Every clock that runs from the receipt: the acknowledgement, the review panel, and the
    // working days taken to respond (timescale bands and average days).
    void receiptOnANonWorkingDay_data()
    {
        QTest::addColumn<bool>("nextWorkingDay");
        QTest::addColumn<QDate>("acknowledgementDue");
        QTest::addColumn<QDate>("panelDue");
        QTest::addColumn<int>("daysToRespond");
        // Received Sunday 13/12/2020, answered Tuesday 29/12/2020.
        QTest::addRow("as received") << false << QDate(2020, 12, 15) << QDate(2021, 1, 27) << 10;
        QTest::addRow("on the next working day")
            << true << QDate(2020, 12, 16) << QDate(2021, 1, 28) << 9;
    }
    void receiptOnANonWorkingDay()
    {
        QFETCH(bool, nextWorkingDay);
        QFETCH(QDate, acknowledgementDue);
        QFETCH(QDate, panelDue);
        QFETCH(int, daysToRespond);
        const QDate sunday(2020, 12, 13);
        QCOMPARE(sunday.dayOfWeek(), int(Qt::Sunday));
        const DeadlineCalculator calc =
            calculator(QStringLiteral("statutory"), sunday, nextWorkingDay);
        Stage s = stage(1, sunday);
        QCOMPARE(calc.acknowledgementDue(s), acknowledgementDue);
        s.respondedOn = QDate(2020, 12, 29);
        QCOMPARE(calc.workingDaysToRespond(s).value(), daysToRespond);
        const Stage panel = stage(3, sunday);
        QCOMPARE(calc.milestones(panel, sunday).at(1).kind, Milestone::Kind::Panel);
        QCOMPARE(calc.milestones(panel, sunday).at(1).due, panelDue);
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

#include "TestSupport.h"
#include "workflow/CaseFieldEdit.h"

#include <QTest>

using namespace redress;
using namespace redress::test;

namespace {

// A complaint received on Monday 04/01/2021, stage 1 requested then, in `state`.
Case complaint(CaseState state, QDate acknowledged = {})
{
    Case record;
    record.kind = CaseKind::Complaint;
    record.procedure = Procedure::Statutory;
    record.state = state;
    record.receivedOn = QDate(2021, 1, 4);
    record.matterArose = QDate(2020, 12, 1);
    Stage first;
    first.requestedOn = record.receivedOn;
    first.acknowledgedOn = acknowledged;
    record.stages = {first};
    return record;
}

} // namespace

// The checks on an edit of a case's own fields, before it is saved.
class TestCaseFieldEdit : public QObject
{
    Q_OBJECT

private slots:
    void checks_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<QDate>("acknowledged");
        QTest::addColumn<QDate>("received");
        QTest::addColumn<QDate>("arose");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("refusal"); // empty: accepted
        const int open = int(CaseState::Open);
        const int closed = int(CaseState::Closed);
        const int withdrawn = int(CaseState::Withdrawn);
        const QDate ack(2021, 1, 5);
        QTest::addRow("open, earlier receipt")
            << open << ack << QDate(2020, 12, 31) << QDate(2020, 12, 1) << ""
            << "";
        QTest::addRow("no received date") << open << ack << QDate() << QDate() << ""
                                          << "Give";
        QTest::addRow("received in the future")
            << open << QDate() << QDate(2021, 1, 20) << QDate() << ""
            << "in the future";
        QTest::addRow("received after the acknowledgement")
            << open << ack << QDate(2021, 1, 6) << QDate() << ""
            << "after stage 1";
        QTest::addRow("arose after receipt")
            << open << ack << QDate(2021, 1, 4) << QDate(2021, 1, 5) << ""
            << "cannot have arisen";
        QTest::addRow("closed, dates moved without a reason")
            << closed << ack << QDate(2021, 1, 1) << QDate(2020, 12, 1) << " "
            << "reason";
        QTest::addRow("closed, matter arose moved without a reason")
            << closed << ack << QDate(2021, 1, 4) << QDate(2020, 11, 1) << ""
            << "reason";
        QTest::addRow("withdrawn, dates moved without a reason")
            << withdrawn << ack << QDate(2021, 1, 1) << QDate(2020, 12, 1) << ""
            << "reason";
        QTest::addRow("closed, dates moved with a reason")
            << closed << ack << QDate(2021, 1, 1) << QDate(2020, 12, 1) << "Misread"
            << "";
        QTest::addRow("closed, dates kept")
            << closed << ack << QDate(2021, 1, 4) << QDate(2020, 12, 1) << ""
            << "";
    }

    void checks()
    {
        FixedToday today(QDate(2021, 1, 12));
        QFETCH(int, state);
        QFETCH(QDate, acknowledged);
        QFETCH(QDate, received);
        QFETCH(QDate, arose);
        QFETCH(QString, reason);
        QFETCH(QString, refusal);
        const Case before = complaint(CaseState(state), acknowledged);
        Case after = before;
        after.receivedOn = received;
        after.matterArose = arose;
        const auto checked = CaseFieldEdit::apply(before, after, reason);
        if (!refusal.isEmpty()) {
            QVERIFY(!checked);
            QVERIFY2(checked.error().contains(refusal), qPrintable(checked.error()));
            return;
        }
        QVERIFY2(checked, qPrintable(checked.error()));
        // Stage 1 was requested on receipt: its clock moves with the received date.
        QCOMPARE(checked->stages.first().requestedOn, received);
        QCOMPARE(checked->state, CaseState(state));
    }

    void theReasonIsInTheWords()
    {
        QCOMPARE(CaseFieldEdit::describe(QStringLiteral("  ")),
                 QStringLiteral("Case details changed"));
        QCOMPARE(CaseFieldEdit::describe(QStringLiteral(" Misread ")),
                 QStringLiteral("Case details changed. Reason: Misread"));
    }
};

QTEST_MAIN(TestCaseFieldEdit)
#include "TestCaseFieldEdit.moc"

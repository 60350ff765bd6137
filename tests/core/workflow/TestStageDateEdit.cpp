#include "TestSupport.h"
#include "workflow/StageDateEdit.h"

#include <QTest>

using namespace redress;
using namespace redress::test;

namespace {

// A statutory complaint at stage 2, requested on Monday 01/02/2021, with its statement agreed
// on 05/02, its report in on 01/03 and the adjudication sent on 10/03.
Case atStageTwo()
{
    Case record;
    record.reference = QStringLiteral("CMP-2021-0001");
    record.kind = CaseKind::Complaint;
    record.procedure = Procedure::Statutory;
    record.state = CaseState::Responded;
    record.receivedOn = QDate(2021, 1, 4);
    Stage first;
    first.number = 1;
    first.requestedOn = record.receivedOn;
    first.acknowledgedOn = QDate(2021, 1, 5);
    first.respondedOn = QDate(2021, 1, 15);
    Stage second;
    second.number = 2;
    second.requestedOn = QDate(2021, 2, 1);
    second.acknowledgedOn = QDate(2021, 2, 2);
    second.statementAgreedOn = QDate(2021, 2, 5);
    second.reportReceivedOn = QDate(2021, 3, 1);
    second.respondedOn = QDate(2021, 3, 10);
    record.stages = {first, second};
    return record;
}

} // namespace

// The checks on a correction of a stage's dates, before it is saved.
class TestStageDateEdit : public QObject
{
    Q_OBJECT

private slots:
    void checks_data()
    {
        QTest::addColumn<int>("stage");
        QTest::addColumn<QString>("step"); // which date is changed
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("refusal"); // empty: accepted
        const QString why = QStringLiteral("Letter was dated the day before");
        QTest::addRow("acknowledgement corrected")
            << 1 << "acknowledged" << QDate(2021, 1, 4) << why << "";
        QTest::addRow("response corrected") << 2 << "responded" << QDate(2021, 3, 9) << why << "";
        QTest::addRow("statement corrected") << 2 << "statement" << QDate(2021, 2, 3) << why << "";
        QTest::addRow("no reason") << 1 << "acknowledged" << QDate(2021, 1, 4) << "  "
                                   << "Stage 1: give the reason";
        QTest::addRow("nothing changed")
            << 1 << "acknowledged" << QDate(2021, 1, 5) << why << "no date was changed";
        QTest::addRow("before receipt")
            << 1 << "acknowledged" << QDate(2021, 1, 1) << why
            << "Stage 1: the acknowledgement date 01/01/2021 is before the stage was requested "
               "(04/01/2021)";
        QTest::addRow("before the request of stage 2")
            << 2 << "acknowledged" << QDate(2021, 1, 29) << why << "before the stage was requested";
        QTest::addRow("in the future") << 2 << "responded" << QDate(2021, 3, 16) << why
                                       << "Stage 2: the response date 16/03/2021 is in the future";
        QTest::addRow("response before acknowledgement")
            << 1 << "responded" << QDate(2021, 1, 4) << why
            << "Stage 1: the response date 04/01/2021 is before the acknowledgement date "
               "05/01/2021";
        QTest::addRow("report before statement")
            << 2 << "report" << QDate(2021, 2, 4) << why
            << "the report received date 04/02/2021 is before the statement agreed date";
        QTest::addRow("response before report")
            << 2 << "responded" << QDate(2021, 2, 26) << why
            << "the response date 26/02/2021 is before the report received date";
        QTest::addRow("removed") << 1 << "acknowledged" << QDate() << why << "not removed";
        QTest::addRow("not recorded yet")
            << 2 << "panel" << QDate(2021, 3, 1) << why << "the panel is not recorded yet";
        QTest::addRow("no such stage")
            << 3 << "acknowledged" << QDate(2021, 3, 1) << why << "CMP-2021-0001 has no stage 3";
    }

    void checks()
    {
        FixedToday today(QDate(2021, 3, 15));
        QFETCH(int, stage);
        QFETCH(QString, step);
        QFETCH(QDate, date);
        QFETCH(QString, reason);
        QFETCH(QString, refusal);
        const Case before = atStageTwo();
        const Stage* edited =
            stage <= before.stages.size() ? &before.stages.at(stage - 1) : nullptr;
        StageDates dates = edited ? StageDates::of(*edited) : StageDates{};
        const QHash<QString, QDate StageDates::*> steps{
            {QStringLiteral("acknowledged"), &StageDates::acknowledgedOn},
            {QStringLiteral("responded"), &StageDates::respondedOn},
            {QStringLiteral("statement"), &StageDates::statementAgreedOn},
            {QStringLiteral("report"), &StageDates::reportReceivedOn},
            {QStringLiteral("panel"), &StageDates::panelHeldOn},
        };
        dates.*steps.value(step) = date;

        const auto after = StageDateEdit::apply(before, stage, dates, reason);
        if (!refusal.isEmpty()) {
            QVERIFY(!after);
            QVERIFY2(after.error().contains(refusal), qPrintable(after.error()));
            return;
        }
        QVERIFY2(after, qPrintable(after.error()));
        QCOMPARE(StageDates::of(after->stages.at(stage - 1)), dates);
        // The other stage is left as it was.
        const int other = stage == 1 ? 1 : 0;
        QCOMPARE(StageDates::of(after->stages.at(other)), StageDates::of(before.stages.at(other)));
    }

    void describesWithTheReason()
    {
        QCOMPARE(StageDateEdit::describe(2, QStringLiteral(" Typing slip ")),
                 QStringLiteral("Stage 2 dates corrected. Reason: Typing slip"));
    }
};

QTEST_GUILESS_MAIN(TestStageDateEdit)
#include "TestStageDateEdit.moc"

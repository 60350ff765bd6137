// A corporate procedure with one, two or three stages, as a council sets it: a case escalates
// to each stage its procedure has and no further, its last stage gets that stage's deadline,
// and the report counts every stage the procedure has; on SQLite and PostgreSQL.
#include "ReportChecks.h"
#include "TestSupport.h"
#include "reporting/ReportEngine.h"
#include "storage/CaseRepository.h"
#include "storage/ReferenceData.h"
#include "workflow/CaseWorkflow.h"

#include <QTest>

using namespace redress;
using namespace redress::test;
using namespace redress::test::reports;

namespace {

ActionRequest request(Action action, QDate on = {})
{
    ActionRequest r;
    r.action = action;
    r.on = on;
    return r;
}

// The corporate procedure from 01/04/2020 with `stages` stages, stage 3 answered within 15
// working days of its request.
ProcedureProfile corporateWith(Database& db, int stages)
{
    ProcedureProfile profile = ReferenceData(db)
                                   .procedures()
                                   .value()
                                   .profileFor(QStringLiteral("corporate"), QDate(2020, 4, 1))
                                   .value();
    profile.effectiveFrom = QDate(2020, 4, 1);
    if (!profile.setStageCount(stages))
        qFatal("the corporate procedure refused %d stages", stages);
    if (stages == 3)
        profile.stages[2].responseDays = 15;
    return profile;
}

// When each stage is acknowledged, answered and the next asked for.
struct StageDates
{
    QDate acknowledged;
    QDate responded;
    QDate nextRequested;
};

const QList<StageDates> timeline{
    {QDate(2020, 11, 3), QDate(2020, 11, 10), QDate(2020, 12, 1)},
    {QDate(2020, 12, 2), QDate(2020, 12, 30), QDate(2021, 3, 1)},
    {QDate(2021, 3, 2), QDate(2021, 3, 15), QDate(2021, 3, 29)},
};

} // namespace

class TestProcedureStages : public QObject
{
    Q_OBJECT

    std::unique_ptr<FixedToday> m_today;

private slots:
    void init() { m_today = std::make_unique<FixedToday>(QDate(2021, 6, 30)); }
    void cleanup() { m_today.reset(); }

    void escalatesThroughTheStagesItHas_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<int>("stages");
        QTest::addColumn<QDate>("lastStageDue");
        for (Backend backend : {Backend::Sqlite, Backend::Postgres}) {
            const char* name = backend == Backend::Sqlite ? "sqlite" : "postgres";
            // 10 working days from Monday 02/11/2020
            QTest::addRow("%s: one stage", name) << backend << 1 << QDate(2020, 11, 16);
            // 20 working days from Tuesday 01/12/2020, over the Christmas bank holidays
            QTest::addRow("%s: two stages", name) << backend << 2 << QDate(2020, 12, 31);
            // 15 working days from Monday 01/03/2021
            QTest::addRow("%s: three stages", name) << backend << 3 << QDate(2021, 3, 22);
        }
    }
    void escalatesThroughTheStagesItHas()
    {
        QFETCH(int, stages);
        QFETCH(QDate, lastStageDue);
        REDRESS_TEST_DATABASE(db);
        QVERIFY(ReferenceData(*db).saveProfile(corporateWith(*db, stages)));
        auto workflow = CaseWorkflow::forDatabase(*db, QStringLiteral("officer"));
        QVERIFY2(workflow, qPrintable(workflow.error()));

        Case record;
        record.kind = CaseKind::Complaint;
        record.procedure = Procedure::Corporate;
        record.receivedOn = QDate(2020, 11, 2);
        QVERIFY(workflow->log(record));
        const auto perform = [&](const ActionRequest& r) {
            const Status done = workflow->perform(record, r);
            if (!done)
                qWarning("%s", qPrintable(done.error()));
            return bool(done);
        };
        for (int number = 1; number <= stages; ++number) {
            const StageDates& dates = timeline.at(number - 1);
            QVERIFY(perform(request(Action::Acknowledge, dates.acknowledged)));
            QCOMPARE(record.stages.constLast().number, number);
            if (number == stages)
                QCOMPARE(record.stages.constLast().dueOn, lastStageDue);
            QVERIFY(perform(request(Action::Respond, dates.responded)));
            ActionRequest outcome = request(Action::RecordOutcome);
            outcome.outcomeCode = QStringLiteral("not_upheld");
            QVERIFY(perform(outcome));
            QVERIFY(workflow->rules().offers(record, Action::Escalate) == (number < stages));
            if (number < stages)
                QVERIFY(perform(request(Action::Escalate, dates.nextRequested)));
        }
        // Past the last stage the complainant is referred to the Ombudsman instead.
        const int version = record.version;
        const Status refused = workflow->perform(
            record, request(Action::Escalate, timeline.at(stages - 1).nextRequested));
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("has no stage %1: refer the "
                                                         "complainant to the Ombudsman")
                                              .arg(stages + 1)),
                 qPrintable(refused.error()));
        const Case stored = CaseRepository(*db).load(record.id).value();
        QCOMPARE(stored.stages.size(), stages);
        QCOMPARE(stored.version, version);

        ReportEngine engine(*db);
        auto annual = engine.annual(2020);
        QVERIFY2(annual, qPrintable(annual.error()));
        const ReportTable& headline = tableOf(annual.value(), "headline");
        for (int number = 1; number <= 3; ++number) {
            const QString row = QStringLiteral("corporate_stage%1").arg(number);
            // The report has a line for every stage the procedure has had.
            QCOMPARE(headline.row(row) != nullptr, number <= std::max(stages, 2));
            if (headline.row(row))
                QCOMPARE(headline.cell(row, QStringLiteral("count")).toInt(),
                         number <= stages ? 1 : 0);
        }
        // Each stage the procedure in force has is measured against its own timescale.
        const ReportTable& timescales = tableOf(annual.value(), "timescales_by_stage");
        for (int number = 1; number <= 3; ++number) {
            const QString row = QStringLiteral("corporate_stage%1:within_initial").arg(number);
            QCOMPARE(timescales.row(row) != nullptr, number <= stages);
            if (timescales.row(row))
                QCOMPARE(timescales.cell(row, QStringLiteral("count")).toInt(), 1);
        }
        REDRESS_VERIFY_REPORT(engine, annual.value());
    }

    // The statutory stages are the regulations'; a case has at most three stages.
    void stageCountRefusals_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("message");
        QTest::addRow("statutory") << QStringLiteral("statutory") << 2
                                   << QStringLiteral("only the corporate procedure's can");
        QTest::addRow("concern") << QStringLiteral("concern") << 2
                                 << QStringLiteral("only the corporate procedure's can");
        QTest::addRow("none") << QStringLiteral("corporate") << 0
                              << QStringLiteral("can have 1 to 3 stages, not 0");
        QTest::addRow("four") << QStringLiteral("corporate") << 4
                              << QStringLiteral("can have 1 to 3 stages, not 4");
    }
    void stageCountRefusals()
    {
        QFETCH(QString, code);
        QFETCH(int, count);
        QFETCH(QString, message);
        ProcedureProfile profile =
            ProcedureCatalog::defaults().profileFor(code, QDate(2021, 1, 1)).value();
        const QList<StageRule> before = profile.stages;
        const Status refused = profile.setStageCount(count);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(message), qPrintable(refused.error()));
        QCOMPARE(profile.stageCount(), before.size());
    }

    // A new stage starts with the timescales of the one before it and reads back as saved.
    void addedStageKeepsTheLastTimescales()
    {
        ProcedureProfile profile = ProcedureCatalog::defaults()
                                       .profileFor(QStringLiteral("corporate"), QDate(2021, 1, 1))
                                       .value();
        QVERIFY(profile.setStageCount(3));
        const StageRule* third = profile.stage(3);
        QVERIFY(third);
        QCOMPARE(third->name, QStringLiteral("Stage 3"));
        QCOMPARE(third->responseDays, profile.stage(2)->responseDays);
        QCOMPARE(third->maxResponseDays, profile.stage(2)->maxResponseDays);
        QCOMPARE(third->clockStart, profile.stage(2)->clockStart);
        auto reread = ProcedureProfile::fromJson(profile.toJson(), QStringLiteral("test"));
        QVERIFY2(reread, qPrintable(reread.error()));
        QCOMPARE(reread->stageCount(), 3);
        QVERIFY(profile.setStageCount(1));
        QCOMPARE(profile.stageCount(), 1);
        QCOMPARE(profile.stage(1)->responseDays, 10);
    }
};

QTEST_GUILESS_MAIN(TestProcedureStages)
#include "TestProcedureStages.moc"

#include "TestSupport.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"
#include "storage/ReferenceData.h"
#include "workflow/CaseWorkflow.h"
#include "workflow/DeadlineRefresh.h"

#include <QTest>

using namespace redress;
using namespace redress::test;

namespace {

const QDate today(2021, 6, 30);  // a Wednesday
const QDate holiday(2021, 7, 1); // a Thursday inside every open case's window below

Case statutoryComplaint(const QString& name)
{
    Case record;
    record.kind = CaseKind::Complaint;
    record.procedure = Procedure::Statutory;
    record.receivedOn = QDate(2021, 6, 21);
    record.complainant.fullName = name;
    return record;
}

ActionRequest request(Action action, QDate on)
{
    ActionRequest r;
    r.action = action;
    r.on = on;
    return r;
}

QStringList actionsOf(Database& db, qint64 caseId)
{
    QStringList actions;
    for (const AuditEntry& entry : AuditLog(db).entriesForCase(caseId).value())
        actions << entry.action;
    return actions;
}

} // namespace

class TestDeadlineRefresh : public QObject
{
    Q_OBJECT

    std::unique_ptr<FixedToday> m_today;

private slots:
    void init() { m_today = std::make_unique<FixedToday>(today); }
    void cleanup() { m_today.reset(); }

    // A bank holiday added inside an open case's window moves its stored deadline by one
    // working day, an extended case's from its extended date; a closed case is untouched.
    void bankHolidayMovesOpenDeadlines_data() { addBackendRows(); }
    void bankHolidayMovesOpenDeadlines()
    {
        REDRESS_TEST_DATABASE(db);
        auto workflow = CaseWorkflow::forDatabase(*db, QStringLiteral("officer"));
        QVERIFY2(workflow, qPrintable(workflow.error()));
        const WorkingDayCalendar before = workflow->rules().calendar();

        Case plain = statutoryComplaint(QStringLiteral("Pat Plain"));
        QVERIFY(workflow->log(plain));
        QVERIFY(workflow->perform(plain, request(Action::Acknowledge, QDate(2021, 6, 22))));
        Case extended = statutoryComplaint(QStringLiteral("Eve Extended"));
        QVERIFY(workflow->log(extended));
        QVERIFY(workflow->perform(extended, request(Action::Acknowledge, QDate(2021, 6, 22))));
        ActionRequest extend = request(Action::Extend, {});
        extend.extendToDays = 20;
        extend.agreedOn = QDate(2021, 6, 25);
        extend.reason = QStringLiteral("Manager on leave");
        QVERIFY(workflow->perform(extended, extend));
        Case closed = statutoryComplaint(QStringLiteral("Cal Closed"));
        QVERIFY(workflow->log(closed));
        QVERIFY(workflow->perform(closed, request(Action::Acknowledge, QDate(2021, 6, 22))));
        QVERIFY(workflow->perform(closed, request(Action::Withdraw, QDate(2021, 6, 23))));

        QCOMPARE(plain.dueOn, QDate(2021, 7, 5));     // 10 working days from 21/06
        QCOMPARE(extended.dueOn, QDate(2021, 7, 19)); // 20 working days
        QVERIFY(before.isWorkingDay(holiday));

        auto refreshed = DeadlineRefresh::afterChange(
            *db, QStringLiteral("admin"), QStringLiteral("bank holiday added"), [&] {
                return ReferenceData(*db, QStringLiteral("admin"))
                    .addBankHolidayAdjustment({holiday, QStringLiteral("Local holiday"),
                                               BankHolidays::Adjustment::Kind::Added});
            });
        QVERIFY2(refreshed, qPrintable(refreshed.error()));
        QCOMPARE(refreshed->casesChecked, 2);
        QCOMPARE(refreshed->casesChanged, 2);

        CaseRepository cases(*db);
        const Case plainAfter = cases.load(plain.id).value();
        const Case extendedAfter = cases.load(extended.id).value();
        const Case closedAfter = cases.load(closed.id).value();
        QCOMPARE(plainAfter.dueOn, QDate(2021, 7, 6));
        QCOMPARE(plainAfter.stages.at(0).dueOn, QDate(2021, 7, 6));
        QCOMPARE(extendedAfter.dueOn, QDate(2021, 7, 20));
        QCOMPARE(extendedAfter.stages.at(0).extendedToDays, 20);
        QCOMPARE(closedAfter.version, closed.version);

        QCOMPARE(actionsOf(*db, plain.id).last(), QStringLiteral("recompute_deadlines"));
        const AuditEntry moved = AuditLog(*db).entriesForCase(plain.id).value().last();
        QCOMPARE(moved.actor, recordedActor(*db, QStringLiteral("admin")));
        QCOMPARE(moved.before.value(QStringLiteral("dueOn")).toString(),
                 QStringLiteral("2021-07-05"));
        QCOMPARE(moved.after.value(QStringLiteral("dueOn")).toString(),
                 QStringLiteral("2021-07-06"));
        QVERIFY(moved.detail.contains(QStringLiteral("bank holiday added")));
        QVERIFY(!actionsOf(*db, closed.id).contains(QStringLiteral("recompute_deadlines")));
        // The change, an entry per case moved, and the run's summary.
        QStringList latest;
        QString summary;
        for (const AuditEntry& entry : AuditLog(*db).latest(100).value()) {
            latest << entry.action;
            if (entry.action == u"recompute_deadlines" && entry.caseId == 0)
                summary = entry.detail;
        }
        QCOMPARE(latest.count(QStringLiteral("admin_bank_holiday")), 1);
        QCOMPARE(latest.count(QStringLiteral("recompute_deadlines")), 3);
        QVERIFY2(summary.contains(QStringLiteral("2 of 2")), qPrintable(summary));

        // Already current: a second run moves nothing and saves no case.
        auto again = DeadlineRefresh::run(*db, QStringLiteral("admin"), QStringLiteral("again"));
        QVERIFY(again);
        QCOMPARE(again->casesChanged, 0);
        QCOMPARE(cases.load(plain.id)->version, plainAfter.version);
    }

    // When the change fails, neither it nor any recomputed deadline is kept.
    void failedChangeKeepsEverything_data() { addBackendRows(); }
    void failedChangeKeepsEverything()
    {
        REDRESS_TEST_DATABASE(db);
        auto workflow = CaseWorkflow::forDatabase(*db, QStringLiteral("officer"));
        Case plain = statutoryComplaint(QStringLiteral("Pat Plain"));
        QVERIFY(workflow->log(plain));
        QVERIFY(workflow->perform(plain, request(Action::Acknowledge, QDate(2021, 6, 22))));
        const qsizetype auditBefore = AuditLog(*db).latest(1000)->size();

        auto refreshed = DeadlineRefresh::afterChange(
            *db, QStringLiteral("admin"), QStringLiteral("closure day"), [&]() -> Status {
                if (Status added =
                        ReferenceData(*db, QStringLiteral("admin"))
                            .addBankHolidayAdjustment({holiday, QStringLiteral("Local holiday"),
                                                       BankHolidays::Adjustment::Kind::Added});
                    !added)
                    return added;
                return fail(QStringLiteral("refused after the change"));
            });
        QVERIFY(!refreshed);
        QCOMPARE(refreshed.error(), QStringLiteral("refused after the change"));
        QCOMPARE(CaseRepository(*db).load(plain.id)->dueOn, QDate(2021, 7, 5));
        QVERIFY(ReferenceData(*db).calendar()->isWorkingDay(holiday));
        QCOMPARE(AuditLog(*db).latest(1000)->size(), auditBefore);
    }
};

QTEST_MAIN(TestDeadlineRefresh)
#include "TestDeadlineRefresh.moc"

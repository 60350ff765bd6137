#include "TestSupport.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"
#include "storage/Sql.h"
#include "workflow/CaseWorkflow.h"

#include <QTest>

using namespace redress;
using namespace redress::test;

namespace {

ActionRequest request(Action action, QDate on = {})
{
    ActionRequest r;
    r.action = action;
    r.on = on;
    return r;
}

qint64 auditCount(Database& db)
{
    return sql::scalar(db.sql(), QStringLiteral("SELECT COUNT(*) FROM audit_entry"))
        .value()
        .toLongLong();
}

} // namespace

class TestCaseWorkflow : public QObject
{
    Q_OBJECT

    std::unique_ptr<FixedToday> m_today;

private slots:
    void init() { m_today = std::make_unique<FixedToday>(QDate(2021, 6, 30)); }
    void cleanup() { m_today.reset(); }

    // A statutory complaint from logging to closing at stage 2, saved and audited at each step.
    void statutoryComplaintLifecycle_data() { addBackendRows(); }
    void statutoryComplaintLifecycle()
    {
        REDRESS_TEST_DATABASE(db);
        auto workflow = CaseWorkflow::forDatabase(*db, QStringLiteral("officer"));
        QVERIFY2(workflow, qPrintable(workflow.error()));

        Case record;
        record.kind = CaseKind::Complaint;
        record.procedure = Procedure::Statutory;
        record.receivedOn = QDate(2020, 12, 21);
        record.complainant.fullName = QStringLiteral("Alex Example");
        record.points = {
            {0, QStringLiteral("Contact cancelled"), QStringLiteral("communication"), 0, {}}};
        QVERIFY(workflow->log(record));
        QCOMPARE(record.reference, QStringLiteral("CP-2020-00001"));

        auto perform = [&](const ActionRequest& r) {
            const Status done = workflow->perform(record, r);
            if (!done)
                qWarning("%s", qPrintable(done.error()));
            return bool(done);
        };
        QVERIFY(perform(request(Action::Acknowledge, QDate(2020, 12, 22))));
        ActionRequest extend = request(Action::Extend);
        extend.extendToDays = 20;
        extend.agreedOn = QDate(2021, 1, 4);
        extend.reason = QStringLiteral("Team manager on leave");
        QVERIFY(perform(extend));
        record.points[0].findings = {{1, QStringLiteral("upheld")}};
        QVERIFY(workflow->saveDetails(record, QStringLiteral("Findings recorded")));
        QVERIFY(perform(request(Action::Respond, QDate(2021, 1, 20))));
        QVERIFY(perform(request(Action::Escalate, QDate(2021, 2, 1))));
        QVERIFY(perform(request(Action::Acknowledge, QDate(2021, 2, 2))));
        ActionRequest statement = request(Action::RecordMilestone, QDate(2021, 2, 10));
        statement.milestone = Milestone2or3::StatementAgreed;
        QVERIFY(perform(statement));
        QVERIFY(perform(request(Action::Respond, QDate(2021, 3, 12))));
        ActionRequest outcome = request(Action::RecordOutcome);
        outcome.outcomeCode = QStringLiteral("upheld");
        QVERIFY(perform(outcome));
        QVERIFY(perform(request(Action::Close, QDate(2021, 3, 15))));

        const Case stored = CaseRepository(*db).load(record.id).value();
        QCOMPARE(stored.state, CaseState::Closed);
        QCOMPARE(stored.closedOn, QDate(2021, 3, 15));
        QCOMPARE(stored.stages.size(), 2);
        QCOMPARE(stored.stages.at(0).outcomeCode, QStringLiteral("upheld"));
        QCOMPARE(stored.stages.at(0).extendedToDays, 20);
        QCOMPARE(stored.stages.at(1).statementAgreedOn, QDate(2021, 2, 10));
        QCOMPARE(stored.stages.at(1).dueOn, QDate()); // all milestones done

        const auto trail = AuditLog(*db).entriesForCase(record.id).value();
        QStringList actions;
        for (const AuditEntry& entry : trail)
            actions << entry.action;
        QCOMPARE(actions,
                 QStringList({QStringLiteral("log"), QStringLiteral("acknowledge"),
                              QStringLiteral("extend"), QStringLiteral("edit"),
                              QStringLiteral("respond"), QStringLiteral("escalate"),
                              QStringLiteral("acknowledge"), QStringLiteral("record_milestone"),
                              QStringLiteral("respond"), QStringLiteral("record_outcome"),
                              QStringLiteral("close")}));
        // The history reads the outcome's label, not its code.
        QVERIFY2(trail.at(9).detail.endsWith(QStringLiteral("outcome: Upheld")),
                 qPrintable(trail.at(9).detail));
        const AuditEntry& extension = trail.at(2);
        QCOMPARE(extension.actor, recordedActor(*db, QStringLiteral("officer")));
        QCOMPARE(extension.before.value(QStringLiteral("stage1.extendedToDays")).toInt(), 0);
        QCOMPARE(extension.after.value(QStringLiteral("stage1.extendedToDays")).toInt(), 20);
        QCOMPARE(extension.after.value(QStringLiteral("dueOn")).toString(),
                 QStringLiteral("2021-01-21"));
    }

    // A refused action changes nothing: not the case, not its version, not the trail.
    void refusalChangesNothing_data() { addBackendRows(); }
    void refusalChangesNothing()
    {
        REDRESS_TEST_DATABASE(db);
        auto workflow = CaseWorkflow::forDatabase(*db, QStringLiteral("officer"));
        Case record;
        record.kind = CaseKind::Complaint;
        record.procedure = Procedure::Statutory;
        record.receivedOn = QDate(2021, 3, 1);
        QVERIFY(workflow->log(record));
        const qint64 entries = auditCount(*db);
        const Case before = record;
        const Status refused =
            workflow->perform(record, request(Action::Respond, QDate(2021, 3, 5)));
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QStringLiteral("Acknowledge")));
        QCOMPARE(record.version, before.version);
        QCOMPARE(record.state, CaseState::Received);
        QCOMPARE(auditCount(*db), entries);
        QCOMPARE(CaseRepository(*db).load(record.id).value().version, before.version);
    }

    void referralOpensALinkedOmbudsmanEnquiry_data() { addBackendRows(); }
    void referralOpensALinkedOmbudsmanEnquiry()
    {
        REDRESS_TEST_DATABASE(db);
        auto workflow = CaseWorkflow::forDatabase(*db, QStringLiteral("officer"));
        Case record;
        record.kind = CaseKind::Complaint;
        record.procedure = Procedure::Corporate;
        record.receivedOn = QDate(2021, 3, 1);
        QVERIFY(workflow->log(record));
        QVERIFY(workflow->perform(record, request(Action::Acknowledge, QDate(2021, 3, 2))));
        ActionRequest refer = request(Action::ReferToOmbudsman, QDate(2021, 6, 1));
        refer.lgscoReference = QStringLiteral("21 001 234");
        QVERIFY(workflow->perform(record, refer));
        QCOMPARE(record.links.size(), 1);
        const Case enquiry =
            CaseRepository(*db).loadByReference(record.links.first().otherReference).value();
        QCOMPARE(enquiry.kind, CaseKind::OmbudsmanEnquiry);
        QCOMPARE(enquiry.ombudsman.lgscoReference, QStringLiteral("21 001 234"));
        QCOMPARE(enquiry.links.first().otherCaseId, record.id);
        QCOMPARE(enquiry.stages.first().profileCode, QStringLiteral("lgsco_enquiry"));
    }

    void withdrawAndReopen_data() { addBackendRows(); }
    void withdrawAndReopen()
    {
        REDRESS_TEST_DATABASE(db);
        auto workflow = CaseWorkflow::forDatabase(*db, QStringLiteral("officer"));
        Case record;
        record.kind = CaseKind::Concern;
        record.receivedOn = QDate(2021, 3, 1);
        QVERIFY(workflow->log(record));
        ActionRequest withdraw = request(Action::Withdraw, QDate(2021, 3, 2));
        withdraw.reason = QStringLiteral("Resolved by phone");
        QVERIFY(workflow->perform(record, withdraw));
        QCOMPARE(record.state, CaseState::Withdrawn);
        QCOMPARE(record.stages.first().outcomeCode, QStringLiteral("withdrawn"));
        ActionRequest reopen = request(Action::Reopen, QDate(2021, 3, 10));
        QVERIFY(!workflow->perform(record, reopen)); // needs a reason
        reopen.reason = QStringLiteral("Complainant rang back");
        QVERIFY(workflow->perform(record, reopen));
        QCOMPARE(record.state, CaseState::Received);
        const Case stored = CaseRepository(*db).load(record.id).value();
        QCOMPARE(stored.reopenings.size(), 1);
        QVERIFY(!stored.closedOn.isValid());
    }
};

QTEST_GUILESS_MAIN(TestCaseWorkflow)
#include "TestCaseWorkflow.moc"

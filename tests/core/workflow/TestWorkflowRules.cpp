#include "TestSupport.h"
#include "calendar/BankHolidays.h"
#include "workflow/CaseWorkflow.h"

#include <QTest>

using namespace redress;
using namespace redress::test;

Q_DECLARE_METATYPE(redress::CaseKind)
Q_DECLARE_METATYPE(redress::CaseState)
Q_DECLARE_METATYPE(redress::Action)

namespace {

CaseWorkflow::Rules rules()
{
    return CaseWorkflow::Rules(WorkingDayCalendar(BankHolidays::england()),
                               ProcedureCatalog::defaults());
}

ActionRequest request(Action action, QDate on = {})
{
    ActionRequest r;
    r.action = action;
    r.on = on;
    return r;
}

Case newComplaint(Procedure procedure = Procedure::Statutory, QDate received = QDate(2020, 12, 21))
{
    Case record;
    record.reference = QStringLiteral("CP-2020-00001");
    record.kind = CaseKind::Complaint;
    record.procedure = procedure;
    record.receivedOn = received;
    record.points = {
        {0, QStringLiteral("Contact cancelled"), QStringLiteral("communication"), 0, {}},
        {0, QStringLiteral("Rude"), QStringLiteral("staff_conduct"), 0, {}}};
    return rules().prepareNew(record).value();
}

Case step(const Case& record, const ActionRequest& r)
{
    auto next = rules().apply(record, r);
    if (!next)
        qWarning("%s", qPrintable(next.error()));
    return next ? next.value() : record;
}

// A statutory complaint acknowledged, responded to with findings, outcome recorded.
Case respondedStage1()
{
    Case record = step(newComplaint(), request(Action::Acknowledge, QDate(2020, 12, 22)));
    record.points[0].findings = {{1, QStringLiteral("upheld")}};
    record.points[1].findings = {{1, QStringLiteral("not_upheld")}};
    return step(record, request(Action::Respond, QDate(2021, 1, 6)));
}

} // namespace

namespace {

QString refusalOf(const Case& record, const ActionRequest& r)
{
    auto result = rules().apply(record, r);
    return result ? QStringLiteral("ACCEPTED") : result.error();
}

Case suspended(const Case& acknowledged)
{
    ActionRequest suspend = request(Action::Suspend, QDate(2021, 1, 4));
    suspend.reason = QStringLiteral("Police investigation");
    return step(acknowledged, suspend);
}

Case atStage3()
{
    Case record = step(respondedStage1(), request(Action::Escalate, QDate(2021, 1, 20)));
    record = step(record, request(Action::Acknowledge, QDate(2021, 1, 21)));
    record = step(record, request(Action::Respond, QDate(2021, 2, 20)));
    ActionRequest outcome = request(Action::RecordOutcome);
    outcome.outcomeCode = QStringLiteral("not_upheld");
    record = step(record, outcome);
    record = step(record, request(Action::Escalate, QDate(2021, 2, 25)));
    return step(record, request(Action::Acknowledge, QDate(2021, 2, 26)));
}

// Refusals beyond the first group: each builds its case and returns the refusal's text.
QString moreRefusals(const QString& scenario, const Case& acknowledged)
{
    if (scenario == u"resume-early")
        return refusalOf(suspended(acknowledged), request(Action::Resume, QDate(2021, 1, 1)));
    if (scenario == u"milestone-stage1") {
        ActionRequest statement = request(Action::RecordMilestone, QDate(2021, 1, 4));
        statement.milestone = Milestone2or3::StatementAgreed;
        return refusalOf(acknowledged, statement);
    }
    if (scenario == u"report-before-panel") {
        ActionRequest report = request(Action::RecordMilestone, QDate(2021, 3, 25));
        report.milestone = Milestone2or3::PanelReport;
        return refusalOf(atStage3(), report);
    }
    if (scenario == u"reopen-no-reason") {
        Case closed = respondedStage1();
        closed = step(closed, request(Action::Close, QDate(2021, 1, 7)));
        return refusalOf(closed, request(Action::Reopen, QDate(2021, 2, 1)));
    }
    if (scenario == u"allocate-nobody")
        return refusalOf(acknowledged, request(Action::Allocate));
    if (scenario == u"respond-suspended")
        return refusalOf(suspended(acknowledged), request(Action::Respond, QDate(2021, 1, 6)));
    if (scenario == u"extend-responded") {
        ActionRequest extend = request(Action::Extend);
        extend.extendToDays = 20;
        extend.agreedOn = QDate(2021, 1, 4);
        extend.reason = QStringLiteral("Leave");
        return refusalOf(respondedStage1(), extend);
    }
    if (scenario == u"escalate-early")
        return refusalOf(respondedStage1(), request(Action::Escalate, QDate(2021, 1, 5)));
    if (scenario == u"stage3-early")
        return refusalOf(atStage3(), request(Action::Respond, QDate(2021, 3, 1)));
    if (scenario == u"compliment-escalate") {
        Case compliment;
        compliment.kind = CaseKind::Compliment;
        compliment.receivedOn = QDate(2021, 1, 4);
        compliment = rules().prepareNew(compliment).value();
        return refusalOf(compliment, request(Action::Escalate, QDate(2021, 1, 5)));
    }
    if (scenario == u"outcome-no-findings")
        return refusalOf(acknowledged, request(Action::RecordOutcome));
    return QStringLiteral("unknown scenario");
}

} // namespace

class TestWorkflowRules : public QObject
{
    Q_OBJECT

    std::unique_ptr<FixedToday> m_today;

private slots:
    void init() { m_today = std::make_unique<FixedToday>(QDate(2021, 6, 30)); }
    void cleanup() { m_today.reset(); }

    void availability_data()
    {
        QTest::addColumn<CaseKind>("kind");
        QTest::addColumn<CaseState>("state");
        QTest::addColumn<Action>("action");
        QTest::addColumn<bool>("available");
        using K = CaseKind;
        using S = CaseState;
        using A = Action;
        QTest::addRow("complaint received: acknowledge")
            << K::Complaint << S::Received << A::Acknowledge << true;
        QTest::addRow("complaint received: respond")
            << K::Complaint << S::Received << A::Respond << false;
        QTest::addRow("complaint open: respond") << K::Complaint << S::Open << A::Respond << true;
        QTest::addRow("complaint open: escalate")
            << K::Complaint << S::Open << A::Escalate << false;
        QTest::addRow("complaint responded: escalate")
            << K::Complaint << S::Responded << A::Escalate << true;
        QTest::addRow("complaint responded: close")
            << K::Complaint << S::Responded << A::Close << true;
        QTest::addRow("complaint suspended: resume")
            << K::Complaint << S::Suspended << A::Resume << true;
        QTest::addRow("complaint suspended: respond")
            << K::Complaint << S::Suspended << A::Respond << false;
        QTest::addRow("complaint closed: reopen") << K::Complaint << S::Closed << A::Reopen << true;
        QTest::addRow("complaint closed: refer")
            << K::Complaint << S::Closed << A::ReferToOmbudsman << true;
        QTest::addRow("complaint open: refer")
            << K::Complaint << S::Open << A::ReferToOmbudsman << true;
        QTest::addRow("brand-new complaint: refer")
            << K::Complaint << S::Received << A::ReferToOmbudsman << false;
        QTest::addRow("complaint withdrawn: extend")
            << K::Complaint << S::Withdrawn << A::Extend << false;
        QTest::addRow("concern responded: escalate")
            << K::Concern << S::Responded << A::Escalate << false;
        QTest::addRow("concern open: extend") << K::Concern << S::Open << A::Extend << true;
        QTest::addRow("compliment received: close")
            << K::Compliment << S::Received << A::Close << true;
        QTest::addRow("compliment open: respond")
            << K::Compliment << S::Open << A::Respond << false;
        QTest::addRow("comment received: suspend")
            << K::Comment << S::Received << A::Suspend << false;
        QTest::addRow("MP enquiry open: respond") << K::MpEnquiry << S::Open << A::Respond << true;
        QTest::addRow("MP enquiry responded: outcome")
            << K::MpEnquiry << S::Responded << A::RecordOutcome << false;
        QTest::addRow("LGSCO enquiry responded: outcome")
            << K::OmbudsmanEnquiry << S::Responded << A::RecordOutcome << true;
        QTest::addRow("LGSCO enquiry responded: escalate")
            << K::OmbudsmanEnquiry << S::Responded << A::Escalate << false;
    }
    void availability()
    {
        QFETCH(CaseKind, kind);
        QFETCH(CaseState, state);
        QFETCH(Action, action);
        QFETCH(bool, available);
        Case record;
        record.kind = kind;
        record.state = state;
        QCOMPARE(CaseWorkflow::Rules::isAvailable(record, action), available);
    }

    void newStatutoryComplaintIsDueInTenWorkingDays()
    {
        const Case record = newComplaint();
        QCOMPARE(record.state, CaseState::Received);
        QCOMPARE(record.stages.size(), 1);
        QCOMPARE(record.stages.first().profileCode, QStringLiteral("statutory"));
        // acknowledgement (2 working days) comes first: 23 December 2020
        QCOMPARE(record.dueOn, QDate(2020, 12, 23));
        const Case acknowledged = step(record, request(Action::Acknowledge, QDate(2020, 12, 22)));
        QCOMPARE(acknowledged.state, CaseState::Open);
        QCOMPARE(acknowledged.dueOn, QDate(2021, 1, 7));
    }

    void extensionMovesTheDeadline()
    {
        Case record = step(newComplaint(), request(Action::Acknowledge, QDate(2020, 12, 22)));
        ActionRequest extend = request(Action::Extend);
        extend.extendToDays = 20;
        extend.agreedOn = QDate(2021, 1, 4);
        extend.reason = QStringLiteral("Team manager on leave");
        record = step(record, extend);
        QCOMPARE(record.stages.first().extendedToDays, 20);
        QCOMPARE(record.dueOn, QDate(2021, 1, 21));
    }

    void suspensionMovesTheDeadlineByTheWorkingDaysSuspended()
    {
        Case record = step(newComplaint(), request(Action::Acknowledge, QDate(2020, 12, 22)));
        ActionRequest suspend = request(Action::Suspend, QDate(2021, 1, 4));
        suspend.reason = QStringLiteral("Police investigation");
        record = step(record, suspend);
        QCOMPARE(record.state, CaseState::Suspended);
        record = step(record, request(Action::Resume, QDate(2021, 1, 11)));
        QCOMPARE(record.state, CaseState::Open);
        // suspended Monday 4 to Monday 11 January: five working days
        QCOMPARE(record.dueOn, QDate(2021, 1, 14));
    }

    void responseDerivesTheOutcomeFromTheFindings()
    {
        const Case record = respondedStage1();
        QCOMPARE(record.state, CaseState::Responded);
        QCOMPARE(record.stages.first().outcomeCode, QStringLiteral("partially_upheld"));
        QVERIFY(!record.dueOn.isValid());
    }

    void derivedOutcome_data()
    {
        QTest::addColumn<QStringList>("findings");
        QTest::addColumn<QString>("outcome");
        QTest::addRow("all upheld")
            << QStringList{QStringLiteral("upheld"), QStringLiteral("upheld")}
            << QStringLiteral("upheld");
        QTest::addRow("none upheld")
            << QStringList{QStringLiteral("not_upheld"), QStringLiteral("not_upheld")}
            << QStringLiteral("not_upheld");
        QTest::addRow("mixed") << QStringList{QStringLiteral("upheld"),
                                              QStringLiteral("not_upheld")}
                               << QStringLiteral("partially_upheld");
        QTest::addRow("one partly") << QStringList{QStringLiteral("partially_upheld")}
                                    << QStringLiteral("partially_upheld");
        QTest::addRow("no findings") << QStringList{} << QString();
    }
    void derivedOutcome()
    {
        QFETCH(QStringList, findings);
        QFETCH(QString, outcome);
        Case record;
        for (const QString& finding : findings)
            record.points.append({0, {}, {}, 0, {{1, finding}}});
        QCOMPARE(CaseWorkflow::Rules::derivedOutcome(record, 1), outcome);
    }

    void escalationOpensStage2FromTheStatement()
    {
        Case record = step(respondedStage1(), request(Action::Escalate, QDate(2021, 1, 20)));
        QCOMPARE(record.state, CaseState::Received);
        QCOMPARE(record.currentStageNumber(), 2);
        record = step(record, request(Action::Acknowledge, QDate(2021, 1, 21)));
        // no statement yet: 25 working days from the request
        QCOMPARE(record.dueOn, QDate(2021, 2, 24));
        ActionRequest statement = request(Action::RecordMilestone, QDate(2021, 2, 1));
        statement.milestone = Milestone2or3::StatementAgreed;
        record = step(record, statement);
        QCOMPARE(record.dueOn, QDate(2021, 3, 8));
    }

    // The window to ask for stage 2 (20 working days after the stage 1 response of
    // 06/01/2021) is counted on the council's calendar as the statutory profile in force
    // counts it: its two closure days (11-12/01/2021) count only when the profile says so.
    void escalationWindowCountsAsTheProfile_data()
    {
        QTest::addColumn<bool>("applyClosureDays");
        QTest::addColumn<QDate>("requestedOn");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("no closures, 20th day") << false << QDate(2021, 2, 3) << true;
        QTest::newRow("no closures, 21st day") << false << QDate(2021, 2, 4) << false;
        QTest::newRow("closures, 20th day") << true << QDate(2021, 2, 5) << true;
        QTest::newRow("closures, 21st day") << true << QDate(2021, 2, 8) << false;
    }

    void escalationWindowCountsAsTheProfile()
    {
        QFETCH(bool, applyClosureDays);
        QFETCH(QDate, requestedOn);
        QFETCH(bool, accepted);
        QList<ProcedureProfile> profiles = ProcedureCatalog::defaults().profiles();
        for (ProcedureProfile& profile : profiles)
            if (profile.code == u"statutory")
                profile.applyClosureDays = applyClosureDays;
        const WorkingDayCalendar council(BankHolidays::england(),
                                         {{QDate(2021, 1, 11), QStringLiteral("Office move")},
                                          {QDate(2021, 1, 12), QStringLiteral("Office move")}});
        const CaseWorkflow::Rules councilRules(council, ProcedureCatalog(profiles));
        auto escalated =
            councilRules.apply(respondedStage1(), request(Action::Escalate, requestedOn));
        QVERIFY2(bool(escalated) == accepted,
                 qPrintable(escalated ? QStringLiteral("accepted") : escalated.error()));
        if (!accepted)
            QVERIFY2(escalated.error().contains(u"21 working days"), qPrintable(escalated.error()));
    }

    void corporateCodeClockStartsAtAcknowledgement()
    {
        // Under the Complaint Handling Code (from 1 April 2026) the 10 days run from the
        // acknowledgement, itself due within 5 working days.
        m_today = std::make_unique<FixedToday>(QDate(2026, 11, 25));
        Case record = newComplaint(Procedure::Corporate, QDate(2026, 5, 1));
        QCOMPARE(record.dueOn,
                 QDate(2026, 5, 11)); // acknowledgement: 5 working days (4 May is a bank holiday)
        record = step(record, request(Action::Acknowledge, QDate(2026, 5, 6)));
        QCOMPARE(record.dueOn, QDate(2026, 5, 20));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("expected");
        QTest::addRow("respond before acknowledging")
            << QStringLiteral("respond-received") << QStringLiteral("Acknowledge");
        QTest::addRow("extend beyond the maximum")
            << QStringLiteral("extend-25") << QStringLiteral("at most 20 working days");
        QTest::addRow("extend without agreement date")
            << QStringLiteral("extend-no-date") << QStringLiteral("agreed");
        QTest::addRow("extend without a reason")
            << QStringLiteral("extend-no-reason") << QStringLiteral("reason");
        QTest::addRow("stage 2 before a stage 1 response")
            << QStringLiteral("escalate-open") << QStringLiteral("Record the stage 1 response");
        QTest::addRow("stage 2 request too late")
            << QStringLiteral("escalate-late") << QStringLiteral("allows 20");
        QTest::addRow("close without an outcome")
            << QStringLiteral("close-no-outcome") << QStringLiteral("Record the outcome");
        QTest::addRow("date in the future")
            << QStringLiteral("future") << QStringLiteral("in the future");
        QTest::addRow("date before receipt")
            << QStringLiteral("before-receipt") << QStringLiteral("before the case was received");
        QTest::addRow("no stage 4") << QStringLiteral("stage-4") << QStringLiteral("no stage 4");
        QTest::addRow("suspend without reason")
            << QStringLiteral("suspend-no-reason") << QStringLiteral("reason for the suspension");
        QTest::addRow("time limit")
            << QStringLiteral("time-limit") << QStringLiteral("12-month time limit");
        QTest::addRow("concern under statutory")
            << QStringLiteral("concern-statutory") << QStringLiteral("Only complaints");
        QTest::addRow("complaint without procedure")
            << QStringLiteral("no-procedure") << QStringLiteral("Choose the procedure");
        QTest::addRow("resume before the suspension")
            << QStringLiteral("resume-early") << QStringLiteral("before it was suspended");
        QTest::addRow("statement at stage 1")
            << QStringLiteral("milestone-stage1") << QStringLiteral("Only a stage 2");
        QTest::addRow("panel report before the panel")
            << QStringLiteral("report-before-panel") << QStringLiteral("Record the panel");
        QTest::addRow("reopen without a reason")
            << QStringLiteral("reopen-no-reason") << QStringLiteral("reason for reopening");
        QTest::addRow("allocate nobody")
            << QStringLiteral("allocate-nobody") << QStringLiteral("Name the officer");
        QTest::addRow("respond while suspended")
            << QStringLiteral("respond-suspended") << QStringLiteral("resume it first");
        QTest::addRow("extend a responded stage")
            << QStringLiteral("extend-responded") << QStringLiteral("no deadline left");
        QTest::addRow("escalate before the response date")
            << QStringLiteral("escalate-early") << QStringLiteral("cannot come before");
        QTest::addRow("stage 3 response before the panel report")
            << QStringLiteral("stage3-early") << QStringLiteral("panel and its report");
        QTest::addRow("compliment escalated")
            << QStringLiteral("compliment-escalate") << QStringLiteral("cannot be given");
        QTest::addRow("outcome with no findings")
            << QStringLiteral("outcome-no-findings") << QStringLiteral("finding on each point");
    }
    void refusals()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, expected);
        const Case acknowledged =
            step(newComplaint(), request(Action::Acknowledge, QDate(2020, 12, 22)));
        ActionRequest extend = request(Action::Extend);
        extend.extendToDays = 20;
        extend.agreedOn = QDate(2021, 1, 4);
        extend.reason = QStringLiteral("Leave");
        QString error;
        auto refusal = [&](const Case& record, const ActionRequest& r) {
            auto result = rules().apply(record, r);
            return result ? QStringLiteral("ACCEPTED") : result.error();
        };
        auto refusedNew = [&](Case record) {
            auto result = rules().prepareNew(record);
            return result ? QStringLiteral("ACCEPTED") : result.error();
        };
        if (scenario == u"respond-received") {
            error = refusal(newComplaint(), request(Action::Respond, QDate(2020, 12, 23)));
        } else if (scenario == u"extend-25") {
            extend.extendToDays = 25;
            error = refusal(acknowledged, extend);
        } else if (scenario == u"extend-no-date") {
            extend.agreedOn = QDate();
            error = refusal(acknowledged, extend);
        } else if (scenario == u"extend-no-reason") {
            extend.reason.clear();
            error = refusal(acknowledged, extend);
        } else if (scenario == u"escalate-open") {
            error = refusal(acknowledged, request(Action::Escalate, QDate(2021, 1, 20)));
        } else if (scenario == u"escalate-late") {
            error = refusal(respondedStage1(), request(Action::Escalate, QDate(2021, 3, 1)));
        } else if (scenario == u"close-no-outcome") {
            Case record = step(acknowledged, request(Action::Respond, QDate(2021, 1, 6)));
            error = refusal(record, request(Action::Close, QDate(2021, 1, 7)));
        } else if (scenario == u"future") {
            error = refusal(acknowledged, request(Action::Respond, QDate(2021, 7, 1)));
        } else if (scenario == u"before-receipt") {
            error = refusal(newComplaint(), request(Action::Acknowledge, QDate(2020, 12, 20)));
        } else if (scenario == u"stage-4") {
            Case record = step(respondedStage1(), request(Action::Escalate, QDate(2021, 1, 20)));
            record = step(record, request(Action::Acknowledge, QDate(2021, 1, 21)));
            record = step(record, request(Action::Respond, QDate(2021, 2, 20)));
            ActionRequest outcome = request(Action::RecordOutcome);
            outcome.outcomeCode = QStringLiteral("not_upheld");
            record = step(record, outcome);
            record = step(record, request(Action::Escalate, QDate(2021, 2, 25)));
            record = step(record, request(Action::Acknowledge, QDate(2021, 2, 26)));
            ActionRequest milestone = request(Action::RecordMilestone, QDate(2021, 3, 20));
            milestone.milestone = Milestone2or3::PanelHeld;
            record = step(record, milestone);
            milestone.on = QDate(2021, 3, 25);
            milestone.milestone = Milestone2or3::PanelReport;
            record = step(record, milestone);
            record = step(record, request(Action::Respond, QDate(2021, 4, 9)));
            record = step(record, outcome);
            QCOMPARE(record.currentStageNumber(), 3);
            error = refusal(record, request(Action::Escalate, QDate(2021, 4, 12)));
        } else if (scenario == u"suspend-no-reason") {
            error = refusal(acknowledged, request(Action::Suspend, QDate(2021, 1, 4)));
        } else if (scenario == u"time-limit") {
            Case record;
            record.kind = CaseKind::Complaint;
            record.procedure = Procedure::Statutory;
            record.receivedOn = QDate(2021, 3, 1);
            record.matterArose = QDate(2019, 12, 1);
            error = refusedNew(record);
            record.timeLimitWaiverReason = QStringLiteral("Child only recently able to complain");
            QCOMPARE(refusedNew(record), QStringLiteral("ACCEPTED"));
        } else if (scenario == u"concern-statutory") {
            Case record;
            record.kind = CaseKind::Concern;
            record.procedure = Procedure::Statutory;
            record.receivedOn = QDate(2021, 3, 1);
            error = refusedNew(record);
        } else if (scenario == u"no-procedure") {
            Case record;
            record.kind = CaseKind::Complaint;
            record.receivedOn = QDate(2021, 3, 1);
            error = refusedNew(record);
        } else
            error = moreRefusals(scenario, acknowledged);
        QVERIFY2(error.contains(expected), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestWorkflowRules)
#include "TestWorkflowRules.moc"

// The state machine's rules: which actions each kind allows from which state, and what each
// action checks and changes. No database here, so every rule is unit-testable.
#include "CaseWorkflow.h"
#include "intake/TimeLimitCheck.h"
#include "procedure/DeadlineCalculator.h"
#include "procedure/DeadlineStanding.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QHash>

namespace redress {

namespace {

// The context lupdate files these messages under, and the one they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CaseWorkflow)
};

QString ukDate(QDate date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

using S = CaseState;
using Table = QHash<Action, QList<CaseState>>;

const Table& complaintTable()
{
    static const Table table{
        {Action::Acknowledge, {S::Received}},
        {Action::Allocate, {S::Received, S::Open, S::Suspended, S::Responded}},
        {Action::Extend, {S::Received, S::Open}},
        {Action::Suspend, {S::Received, S::Open}},
        {Action::Resume, {S::Suspended}},
        {Action::RecordMilestone, {S::Received, S::Open, S::Suspended}},
        {Action::Respond, {S::Open}},
        {Action::RecordOutcome, {S::Open, S::Responded}},
        {Action::Escalate, {S::Responded}},
        {Action::Withdraw, {S::Received, S::Open, S::Suspended}},
        {Action::Reopen, {S::Closed, S::Withdrawn}},
        {Action::Close, {S::Responded}},
        // Not while a stage still awaits its acknowledgement: the Ombudsman sends a complaint
        // that new back to the council as premature.
        {Action::ReferToOmbudsman, {S::Open, S::Suspended, S::Responded, S::Closed, S::Withdrawn}},
    };
    return table;
}

Table without(const Table& base, std::initializer_list<Action> removed)
{
    Table table = base;
    for (Action action : removed)
        table.remove(action);
    return table;
}

const Table& tableFor(CaseKind kind)
{
    static const Table concern = without(
        complaintTable(), {Action::Escalate, Action::ReferToOmbudsman, Action::RecordMilestone});
    static const Table enquiry = without(concern, {Action::RecordOutcome});
    static const Table ombudsman = without(concern, {});
    static const Table feedback{
        {Action::Acknowledge, {S::Received}},
        {Action::Allocate, {S::Received, S::Open}},
        {Action::Close, {S::Received, S::Open}},
        {Action::Reopen, {S::Closed}},
    };
    // A council's own kind is worked as an enquiry when it has a response clock, else as
    // feedback that needs no response.
    if (const auto council = councilKind(kind))
        return council->hasClock() ? enquiry : feedback;
    switch (kind) {
    case CaseKind::Complaint:
        return complaintTable();
    case CaseKind::Concern:
        return concern;
    case CaseKind::GeneralEnquiry:
    case CaseKind::MpEnquiry:
    case CaseKind::CouncillorEnquiry:
        return enquiry;
    case CaseKind::OmbudsmanEnquiry:
        return ombudsman;
    case CaseKind::Compliment:
    case CaseKind::Comment:
        return feedback;
    }
    return feedback;
}

// Why an action is not open from a state, in words that say what to do instead.
QString unavailableReason(const Case& record, Action action)
{
    const QString kind = caseKindLabel(record.kind).toLower();
    if (!tableFor(record.kind).contains(action))
        return Text::tr("A %1 cannot be given the action \"%2\"").arg(kind, actionLabel(action));
    switch (record.state) {
    case S::Received:
        if (action == Action::Respond || action == Action::Close)
            return Text::tr("Acknowledge %1 before recording a response").arg(record.reference);
        break;
    case S::Suspended:
        return Text::tr("%1 is suspended: resume it first").arg(record.reference);
    case S::Closed:
    case S::Withdrawn:
        return Text::tr("%1 is %2: reopen it first")
            .arg(record.reference, caseStateLabel(record.state).toLower());
    case S::Open:
        if (action == Action::Escalate || action == Action::Close)
            return Text::tr("Record the stage %1 response before you %2")
                .arg(record.currentStageNumber())
                .arg(actionLabel(action).toLower());
        break;
    case S::Responded:
        if (action == Action::Extend || action == Action::Suspend)
            return Text::tr("Stage %1 has been responded to; there is no deadline left to %2")
                .arg(record.currentStageNumber())
                .arg(actionLabel(action).toLower());
        break;
    }
    return Text::tr("\"%1\" is not possible while %2 is %3")
        .arg(actionLabel(action), record.reference, caseStateLabel(record.state).toLower());
}

Status checkDate(const Case& record, QDate on, const QString& what)
{
    if (!on.isValid())
        return fail(Text::tr("Give the date %1").arg(what));
    if (on > Clock::today())
        return fail(Text::tr("The date %1 (%2) is in the future").arg(what, ukDate(on)));
    if (on < record.receivedOn)
        return fail(Text::tr("The date %1 (%2) is before the case was received (%3)")
                        .arg(what, ukDate(on), ukDate(record.receivedOn)));
    return {};
}

} // namespace

CaseWorkflow::Rules::Rules(WorkingDayCalendar calendar, ProcedureCatalog procedures)
    : m_calendar(std::move(calendar)), m_procedures(std::move(procedures))
{}

QList<Action> CaseWorkflow::Rules::availableActions(const Case& record)
{
    QList<Action> result;
    for (Action action : allActions())
        if (isAvailable(record, action))
            result.append(action);
    return result;
}

bool CaseWorkflow::Rules::isAvailable(const Case& record, Action action)
{
    const Table& table = tableFor(record.kind);
    const auto it = table.constFind(action);
    return it != table.cend() && it->contains(record.state);
}

bool CaseWorkflow::Rules::offers(const Case& record, Action action) const
{
    if (!isAvailable(record, action))
        return false;
    const bool depends = action == Action::Escalate || action == Action::RecordMilestone;
    if (!depends || record.stages.isEmpty())
        return true;
    const Stage& stage = record.stages.constLast();
    auto profile = profileFor(record, stage);
    if (!profile)
        return true; // apply() gives the reason when it is tried
    if (action == Action::RecordMilestone) {
        // Only a statutory stage 2 investigation and a review panel have milestones.
        const StageRule* rule = profile->stage(stage.number);
        return rule && (rule->clockStart == StageRule::ClockStart::StatementAgreedElseRequest ||
                        rule->hasPanel());
    }
    auto current = m_procedures.profileFor(profile->code, Clock::today());
    return !current || current->stage(stage.number + 1) != nullptr;
}

Result<ProcedureProfile> CaseWorkflow::Rules::profileFor(const Case& record,
                                                         const Stage& stage) const
{
    const QString code = stage.profileCode.isEmpty() ? profileCodeFor(record.kind, record.procedure)
                                                     : stage.profileCode;
    const QDate on =
        stage.profileEffectiveFrom.isValid() ? stage.profileEffectiveFrom : stage.requestedOn;
    return m_procedures.profileFor(code, on.isValid() ? on : record.receivedOn);
}

QString CaseWorkflow::Rules::derivedOutcome(const Case& record, int stageNumber)
{
    int upheld = 0;
    int partly = 0;
    int notUpheld = 0;
    int other = 0;
    for (const ComplaintPoint& point : record.points) {
        for (const PointFinding& finding : point.findings) {
            if (finding.stageNumber != stageNumber)
                continue;
            if (finding.findingCode == u"upheld")
                ++upheld;
            else if (finding.findingCode == u"partially_upheld")
                ++partly;
            else if (finding.findingCode == u"not_upheld")
                ++notUpheld;
            else
                ++other;
        }
    }
    if (upheld + partly + notUpheld == 0)
        return other > 0 ? QStringLiteral("no_finding") : QString();
    if (upheld > 0 && partly == 0 && notUpheld == 0)
        return QStringLiteral("upheld");
    if (upheld == 0 && partly == 0)
        return QStringLiteral("not_upheld");
    return QStringLiteral("partially_upheld");
}

Case CaseWorkflow::Rules::withDeadlines(Case record, QDate asOf) const
{
    for (Stage& stage : record.stages) {
        auto profile = profileFor(record, stage);
        stage.dueOn = profile ? DeadlineCalculator(m_calendar, profile.value()).nextDue(stage, asOf)
                              : QDate();
    }
    record.dueOn = DeadlineStanding::clockRuns(record.state) && record.currentStage()
                       ? record.currentStage()->dueOn
                       : QDate();
    return record;
}

Result<Case> CaseWorkflow::Rules::prepareNew(Case record) const
{
    if (!record.receivedOn.isValid())
        return fail(Text::tr("Give the date the case was received"));
    if (record.receivedOn > Clock::today())
        return fail(
            Text::tr("The received date %1 is in the future").arg(ukDate(record.receivedOn)));
    if (record.kind == CaseKind::Complaint && record.procedure == Procedure::None)
        return fail(
            Text::tr("Choose the procedure for this complaint: children's statutory or corporate"));
    if (record.kind != CaseKind::Complaint && record.procedure != Procedure::None)
        return fail(
            Text::tr("Only complaints follow the statutory or corporate procedure; a %1 does not")
                .arg(caseKindLabel(record.kind).toLower()));
    const QString code = profileCodeFor(record.kind, record.procedure);
    auto profile = m_procedures.profileFor(code, record.receivedOn);
    if (!profile)
        return Error{profile.error()};
    if (record.kind == CaseKind::Complaint) {
        // The same check, and words, as the New case form shows while the officer types.
        const TimeLimitCheck timeLimit(m_procedures);
        const Status accepted = timeLimit.accept(
            timeLimit.check(record.procedure, record.matterArose, record.receivedOn),
            record.timeLimitWaiverReason);
        if (!accepted)
            return Error{accepted.error()};
    }
    if (record.matterArose.isValid() && record.matterArose > record.receivedOn)
        return fail(
            Text::tr("The matter cannot have arisen (%1) after the complaint was received (%2)")
                .arg(ukDate(record.matterArose), ukDate(record.receivedOn)));
    record.state = S::Received;
    record.closedOn = QDate();
    Stage first;
    first.number = 1;
    first.profileCode = profile->code;
    first.profileEffectiveFrom = profile->effectiveFrom;
    first.requestedOn = record.receivedOn;
    record.stages = {first};
    return withDeadlines(std::move(record), Clock::today());
}

namespace {

Status applyExtend(Stage& stage, const StageRule& rule, const ProcedureProfile& profile,
                   const ActionRequest& request)
{
    if (!rule.isExtendable())
        return fail(
            Text::tr("Stage %1 of the %2 cannot be extended").arg(stage.number).arg(profile.name));
    const int current = stage.extendedToDays > 0 ? stage.extendedToDays : rule.responseDays;
    if (request.extendToDays <= current)
        return fail(
            Text::tr("Stage %1 already allows %2 working days; an extension must allow more")
                .arg(stage.number)
                .arg(current));
    if (request.extendToDays > rule.maxResponseDays)
        return fail(
            Text::tr("The %1 allows stage %2 to be extended to at most %3 working days, not %4")
                .arg(profile.name)
                .arg(stage.number)
                .arg(rule.maxResponseDays)
                .arg(request.extendToDays));
    if (!request.agreedOn.isValid())
        return fail(
            Text::tr("Give the date the complainant agreed to the extension, or was told of it"));
    if (request.reason.trimmed().isEmpty())
        return fail(Text::tr("Give the reason for the extension"));
    stage.extendedToDays = request.extendToDays;
    stage.extensionAgreedOn = request.agreedOn;
    stage.extensionReason = request.reason.trimmed();
    stage.ombudsmanDetailsGiven = request.ombudsmanDetailsGiven;
    return {};
}

Status applyMilestone(Stage& stage, const StageRule& rule, const ActionRequest& request)
{
    const bool statutoryStage2 =
        rule.clockStart == StageRule::ClockStart::StatementAgreedElseRequest;
    auto needs = [&](bool ok, const char* message) -> Status {
        return ok ? Status{} : Status{fail(Text::tr(message))};
    };
    if (request.on < stage.requestedOn)
        return fail(Text::tr("A milestone cannot come before the stage was requested (%1)")
                        .arg(ukDate(stage.requestedOn)));
    switch (request.milestone) {
    case Milestone2or3::InvestigatingOfficerAppointed:
        if (Status s =
                needs(statutoryStage2, "Only a stage 2 investigation has an investigating officer");
            !s)
            return s;
        stage.investigatingOfficerAppointedOn = request.on;
        if (!request.investigatingOfficer.isEmpty())
            stage.investigatingOfficer = request.investigatingOfficer;
        return {};
    case Milestone2or3::IndependentPersonAppointed:
        if (Status s = needs(statutoryStage2 || rule.hasPanel(),
                             "Only statutory stages 2 and 3 have an independent person");
            !s)
            return s;
        stage.independentPersonAppointedOn = request.on;
        if (!request.independentPerson.isEmpty())
            stage.independentPerson = request.independentPerson;
        return {};
    case Milestone2or3::StatementAgreed:
        if (Status s =
                needs(statutoryStage2, "Only a stage 2 investigation has a statement of complaint");
            !s)
            return s;
        stage.statementAgreedOn = request.on;
        return {};
    case Milestone2or3::ReportReceived:
        if (Status s =
                needs(statutoryStage2, "Only a stage 2 investigation has an investigator's report");
            !s)
            return s;
        stage.reportReceivedOn = request.on;
        return {};
    case Milestone2or3::PanelHeld:
        if (Status s = needs(rule.hasPanel(), "Only a review panel stage has a panel"); !s)
            return s;
        stage.panelHeldOn = request.on;
        return {};
    case Milestone2or3::PanelReport:
        if (Status s = needs(rule.hasPanel() && stage.panelHeldOn.isValid(),
                             "Record the panel before its report");
            !s)
            return s;
        if (request.on < stage.panelHeldOn)
            return fail(Text::tr("The panel's report cannot come before the panel (%1)")
                            .arg(ukDate(stage.panelHeldOn)));
        stage.panelReportOn = request.on;
        return {};
    }
    return {};
}

} // namespace

Result<Case> CaseWorkflow::Rules::apply(Case record, const ActionRequest& request) const
{
    if (!isAvailable(record, request.action))
        return fail(unavailableReason(record, request.action));
    Stage* stage = record.currentStage();
    if (!stage)
        return fail(
            Text::tr("%1 has no stage; it was not logged through Redress").arg(record.reference));
    auto profile = profileFor(record, *stage);
    if (!profile)
        return Error{profile.error()};
    const StageRule* rule = profile->stage(stage->number);
    if (!rule)
        return fail(Text::tr("The %1 has no stage %2").arg(profile->name).arg(stage->number));
    if (request.action != Action::Allocate && request.action != Action::RecordOutcome &&
        request.action != Action::Extend) {
        if (Status s = checkDate(record, request.on, actionLabel(request.action).toLower()); !s)
            return Error{s.error()};
    }

    switch (request.action) {
    case Action::Acknowledge:
        if (request.on < stage->requestedOn)
            return fail(Text::tr("A stage cannot be acknowledged before it was requested (%1)")
                            .arg(ukDate(stage->requestedOn)));
        stage->acknowledgedOn = request.on;
        record.state = S::Open;
        break;
    case Action::Allocate:
        if (request.officer.isEmpty() && request.respondingManager.isEmpty() &&
            request.investigatingOfficer.isEmpty() && request.independentPerson.isEmpty())
            return fail(
                Text::tr("Name the officer, the responding manager, the investigating officer or "
                         "the independent person"));
        if (!request.officer.isEmpty())
            record.officer = request.officer;
        if (!request.respondingManager.isEmpty())
            stage->respondingManager = request.respondingManager;
        if (!request.investigatingOfficer.isEmpty())
            stage->investigatingOfficer = request.investigatingOfficer;
        if (!request.independentPerson.isEmpty())
            stage->independentPerson = request.independentPerson;
        break;
    case Action::Extend:
        if (Status s = applyExtend(*stage, *rule, profile.value(), request); !s)
            return Error{s.error()};
        break;
    case Action::Suspend:
        if (request.reason.trimmed().isEmpty())
            return fail(Text::tr("Give the reason for the suspension (court proceedings, a police "
                                 "investigation, waiting for consent…)"));
        stage->suspensions.append({0, request.on, QDate(), request.reason.trimmed()});
        record.state = S::Suspended;
        break;
    case Action::Resume: {
        Suspension& running = stage->suspensions.last();
        if (request.on < running.from)
            return fail(Text::tr("The case cannot resume (%1) before it was suspended (%2)")
                            .arg(ukDate(request.on), ukDate(running.from)));
        running.until = request.on;
        record.state = stage->acknowledgedOn.isValid() ? S::Open : S::Received;
        break;
    }
    case Action::RecordMilestone:
        if (Status s = applyMilestone(*stage, *rule, request); !s)
            return Error{s.error()};
        break;
    case Action::Respond:
        if (request.on < stage->requestedOn)
            return fail(Text::tr("A response cannot come before the stage was requested (%1)")
                            .arg(ukDate(stage->requestedOn)));
        if (rule->hasPanel() && !stage->panelReportOn.isValid())
            return fail(
                Text::tr("Record the review panel and its report before the council's response"));
        stage->respondedOn = request.on;
        if (!stage->outcomeOverridden) {
            const QString derived = derivedOutcome(record, stage->number);
            if (!derived.isEmpty())
                stage->outcomeCode = derived;
        }
        record.state = S::Responded;
        break;
    case Action::RecordOutcome:
        if (!request.outcomeCode.isEmpty()) {
            stage->outcomeCode = request.outcomeCode;
            stage->outcomeOverridden = true;
        } else {
            const QString derived = derivedOutcome(record, stage->number);
            if (derived.isEmpty())
                return fail(
                    Text::tr("Record a finding on each point of complaint, or choose the outcome"));
            stage->outcomeCode = derived;
            stage->outcomeOverridden = false;
        }
        break;
    case Action::Escalate: {
        const int next = stage->number + 1;
        auto nextProfile = m_procedures.profileFor(profile->code, request.on);
        if (!nextProfile)
            return Error{nextProfile.error()};
        const StageRule* nextRule = nextProfile->stage(next);
        if (!nextRule)
            return fail(
                Text::tr("The %1 has no stage %2: refer the complainant to the Ombudsman instead")
                    .arg(profile->name)
                    .arg(next));
        if (stage->outcomeCode.isEmpty())
            return fail(
                Text::tr("Record the stage %1 outcome before escalating").arg(stage->number));
        if (request.on < stage->respondedOn)
            return fail(
                Text::tr(
                    "The request for stage %1 (%2) cannot come before the stage %3 response (%4)")
                    .arg(next)
                    .arg(ukDate(request.on))
                    .arg(stage->number)
                    .arg(ukDate(stage->respondedOn)));
        if (nextRule->escalationWindowDays) {
            // Counted as the profile in force counts its clocks (its closure days, its rule for
            // a response sent on a non-working day), not on the bare calendar.
            const int days = DeadlineCalculator(m_calendar, nextProfile.value())
                                 .calendar()
                                 .workingDaysBetween(stage->respondedOn, request.on);
            if (days > *nextRule->escalationWindowDays && request.waiverReason.trimmed().isEmpty())
                return fail(
                    Text::tr("The request for stage %1 came %2 working days after the stage %3 "
                             "response; the "
                             "%4 allows %5. Give a reason to accept it anyway.")
                        .arg(next)
                        .arg(days)
                        .arg(stage->number)
                        .arg(profile->name)
                        .arg(*nextRule->escalationWindowDays));
        }
        Stage escalated;
        escalated.number = next;
        escalated.profileCode = nextProfile->code;
        escalated.profileEffectiveFrom = nextProfile->effectiveFrom;
        escalated.requestedOn = request.on;
        escalated.escalationWaiverReason = request.waiverReason.trimmed();
        record.stages.append(escalated);
        record.state = S::Received;
        break;
    }
    case Action::Withdraw:
        if (stage->outcomeCode.isEmpty() || !stage->outcomeOverridden)
            stage->outcomeCode = QStringLiteral("withdrawn");
        record.closedOn = request.on;
        record.state = S::Withdrawn;
        break;
    case Action::Reopen:
        if (request.reason.trimmed().isEmpty())
            return fail(Text::tr("Give the reason for reopening %1").arg(record.reference));
        if (record.closedOn.isValid() && request.on < record.closedOn)
            return fail(Text::tr("A case cannot be reopened (%1) before it was closed (%2)")
                            .arg(ukDate(request.on), ukDate(record.closedOn)));
        if (record.state == S::Withdrawn && stage->outcomeCode == u"withdrawn")
            stage->outcomeCode.clear();
        record.reopenings.append({request.on, request.reason.trimmed()});
        record.closedOn = QDate();
        record.state = stage->respondedOn.isValid()      ? S::Responded
                       : stage->acknowledgedOn.isValid() ? S::Open
                                                         : S::Received;
        break;
    case Action::Close: {
        const bool needsOutcome = record.kind == CaseKind::Complaint ||
                                  record.kind == CaseKind::Concern ||
                                  record.kind == CaseKind::OmbudsmanEnquiry;
        if (needsOutcome && stage->outcomeCode.isEmpty())
            return fail(Text::tr("Record the outcome before closing %1").arg(record.reference));
        if (stage->respondedOn.isValid() && request.on < stage->respondedOn)
            return fail(Text::tr("A case cannot close (%1) before its response (%2)")
                            .arg(ukDate(request.on), ukDate(stage->respondedOn)));
        record.closedOn = request.on;
        record.state = S::Closed;
        break;
    }
    case Action::ReferToOmbudsman:
        break; // the workflow opens the linked Ombudsman enquiry; this case is unchanged
    }
    return withDeadlines(std::move(record), Clock::today());
}

} // namespace redress

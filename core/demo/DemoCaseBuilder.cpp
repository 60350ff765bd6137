#include "DemoCaseBuilder.h"

#include <algorithm>

namespace redress::demo {

ActionRequest CaseBuilder::request(Action action, QDate on)
{
    ActionRequest r;
    r.action = action;
    r.on = on;
    return r;
}

namespace {

ActionRequest milestone(Milestone2or3 which, QDate on)
{
    ActionRequest r = CaseBuilder::request(Action::RecordMilestone, on);
    r.milestone = which;
    return r;
}

bool isFinding(const QString& outcome)
{
    return outcome == u"upheld" || outcome == u"partially_upheld" || outcome == u"not_upheld";
}

} // namespace

CaseBuilder::CaseBuilder(const CaseWorkflow::Rules& rules, Random& random, const Staff& staff,
                         QDate today)
    : m_rules(rules), m_random(random), m_staff(staff), m_today(today)
{}

bool CaseBuilder::step(Case& record, const ActionRequest& request)
{
    if (!m_error.isEmpty() || (request.on.isValid() && request.on > m_today))
        return false;
    auto next = m_rules.apply(record, request);
    if (!next) {
        // A refusal here is a bug in the generator, not bad luck: report it whole.
        m_error = QStringLiteral("%1 (%2 %3 on %4)")
                      .arg(next.error(), caseKindCode(record.kind), actionCode(request.action),
                           request.on.toString(Qt::ISODate));
        return false;
    }
    record = std::move(next).value();
    return true;
}

Result<Case> CaseBuilder::finish(const Case& record)
{
    if (!m_error.isEmpty())
        return fail(std::exchange(m_error, QString()));
    return record;
}

DeadlineCalculator CaseBuilder::calculator(const Case& record) const
{
    // prepareNew has already found this profile, so it is there.
    auto profile = m_rules.profileFor(record, *record.currentStage());
    return DeadlineCalculator(m_rules.calendar(), profile.value());
}

QString CaseBuilder::lgscoReference(QDate on)
{
    return QStringLiteral("%1 %2 %3")
        .arg(on.year() % 100, 2, 10, QLatin1Char('0'))
        .arg(m_random.between(0, 19), 3, 10, QLatin1Char('0'))
        .arg(m_random.between(0, 999), 3, 10, QLatin1Char('0'));
}

Result<Case> CaseBuilder::build(Case record)
{
    auto prepared = m_rules.prepareNew(std::move(record));
    if (!prepared)
        return Error{prepared.error()};
    Case c = std::move(prepared).value();
    ActionRequest allocate = request(Action::Allocate, c.receivedOn);
    allocate.officer = m_random.pick(m_staff.officers);
    if (c.kind != CaseKind::Compliment && c.kind != CaseKind::Comment)
        allocate.respondingManager = m_random.pick(m_staff.managers);
    if (step(c, allocate)) {
        switch (c.kind) {
        case CaseKind::Complaint:
            complaint(c);
            break;
        case CaseKind::Concern:
            concern(c);
            break;
        case CaseKind::GeneralEnquiry:
        case CaseKind::MpEnquiry:
        case CaseKind::CouncillorEnquiry:
        case CaseKind::OmbudsmanEnquiry:
            enquiry(c);
            break;
        case CaseKind::Compliment:
        case CaseKind::Comment:
            feedback(c);
            break;
        }
    }
    return finish(c);
}

void CaseBuilder::complaint(Case& record)
{
    for (;;) {
        if (workStage(record) != StageEnd::Responded)
            return;
        const Stage& stage = *record.currentStage();
        auto profile = m_rules.profileFor(record, stage);
        const StageRule* next = profile ? profile->stage(stage.number + 1) : nullptr;
        // About 8% of complaints go to stage 2; a quarter of statutory stage 2s go to a panel.
        const double escalation = stage.number == 1 ? 0.08 : 0.25;
        if (!next || !isFinding(stage.outcomeCode) || !m_random.chance(escalation))
            break;
        // The calculator owns the calendar: it must outlive the reference.
        const DeadlineCalculator deadlines = calculator(record);
        const WorkingDayCalendar& days = deadlines.calendar();
        const int window = next->escalationWindowDays.value_or(20);
        ActionRequest escalate =
            request(Action::Escalate,
                    days.addWorkingDays(stage.respondedOn, m_random.between(1, window - 2)));
        if (m_random.chance(0.05)) {
            escalate.on = days.addWorkingDays(stage.respondedOn, window + m_random.between(1, 15));
            escalate.waiverReason =
                QStringLiteral("Complainant was in hospital when the response arrived");
        }
        if (!step(record, escalate))
            return;
    }
    const DeadlineCalculator deadlines = calculator(record);
    const WorkingDayCalendar& days = deadlines.calendar();
    const QDate respondedOn = record.currentStage()->respondedOn;
    if (!step(record,
              request(Action::Close, days.addWorkingDays(respondedOn, m_random.between(0, 5)))))
        return;
    if (m_random.chance(0.015)) {
        ActionRequest reopen =
            request(Action::Reopen, record.closedOn.addDays(m_random.between(10, 60)));
        reopen.reason = reopeningReason(m_random);
        if (!step(record, reopen))
            return;
        step(record,
             request(Action::Close, days.addWorkingDays(reopen.on, m_random.between(3, 15))));
    }
}

void CaseBuilder::concern(Case& record)
{
    if (workStage(record) != StageEnd::Responded)
        return;
    const DeadlineCalculator deadlines = calculator(record);
    const WorkingDayCalendar& days = deadlines.calendar();
    step(record, request(Action::Close, days.addWorkingDays(record.currentStage()->respondedOn,
                                                            m_random.between(0, 3))));
}

void CaseBuilder::enquiry(Case& record)
{
    concern(record);
}

void CaseBuilder::feedback(Case& record)
{
    const DeadlineCalculator deadlines = calculator(record);
    const WorkingDayCalendar& days = deadlines.calendar();
    QDate closeOn = days.addWorkingDays(record.receivedOn, m_random.between(0, 10));
    if (m_random.chance(0.6)) {
        const QDate ackOn = days.addWorkingDays(record.receivedOn, m_random.between(0, 5));
        if (!step(record, request(Action::Acknowledge, ackOn)))
            return;
        closeOn = days.addWorkingDays(ackOn, m_random.between(0, 5));
    }
    step(record, request(Action::Close, closeOn));
}

CaseBuilder::StageEnd CaseBuilder::workStage(Case& record)
{
    const DeadlineCalculator calc = calculator(record);
    const WorkingDayCalendar& days = calc.calendar();
    const int number = record.currentStageNumber();
    const StageRule* rule = calc.profile().stage(number);
    const QDate requested = record.currentStage()->requestedOn;
    const bool isComplaint = record.kind == CaseKind::Complaint;
    const bool investigation =
        rule->clockStart == StageRule::ClockStart::StatementAgreedElseRequest;

    const int ackLimit = std::max(rule->acknowledgementDays, 1);
    const int ackDay =
        m_random.chance(0.92) ? m_random.between(0, ackLimit) : ackLimit + m_random.between(1, 4);
    QDate latest = days.addWorkingDays(requested, ackDay); // the last date recorded at this stage
    if (!step(record, request(Action::Acknowledge, latest)))
        return StageEnd::Stopped;

    if (number > 1) {
        // Stage 2 is handled by someone other than the stage 1 handler.
        ActionRequest allocate = request(Action::Allocate, latest);
        const QString previous = record.stages.at(number - 2).respondingManager;
        do
            allocate.respondingManager = m_random.pick(m_staff.managers);
        while (allocate.respondingManager == previous && m_staff.managers.size() > 1);
        if (investigation)
            allocate.investigatingOfficer = m_random.pick(m_staff.investigators);
        if (investigation || rule->hasPanel())
            allocate.independentPerson = m_random.pick(m_staff.independentPersons);
        if (!step(record, allocate))
            return StageEnd::Stopped;
        if (investigation) {
            latest = days.addWorkingDays(latest, m_random.between(0, 5));
            if (!step(record, milestone(Milestone2or3::InvestigatingOfficerAppointed, latest)))
                return StageEnd::Stopped;
        }
        if (investigation || rule->hasPanel()) {
            latest = days.addWorkingDays(latest, m_random.between(0, 2));
            if (!step(record, milestone(Milestone2or3::IndependentPersonAppointed, latest)))
                return StageEnd::Stopped;
        }
    }

    if (isComplaint && m_random.chance(number == 1 ? 0.04 : 0.02)) {
        ActionRequest withdraw =
            request(Action::Withdraw, days.addWorkingDays(latest, m_random.between(1, 8)));
        withdraw.reason = withdrawalReason(m_random);
        return step(record, withdraw) ? StageEnd::Withdrawn : StageEnd::Stopped;
    }

    if (isComplaint && m_random.chance(0.03)) {
        const bool longRunning = m_random.chance(0.25);
        ActionRequest suspend =
            request(Action::Suspend, days.addWorkingDays(latest, m_random.between(1, 4)));
        suspend.reason = suspensionReason(m_random, longRunning);
        if (!step(record, suspend))
            return StageEnd::Stopped;
        latest = days.addWorkingDays(suspend.on, longRunning ? m_random.between(60, 300)
                                                             : m_random.between(5, 25));
        if (!step(record, request(Action::Resume, latest)))
            return StageEnd::Stopped;
    }

    if (investigation) {
        const QDate agreed =
            std::max(latest, days.addWorkingDays(requested, m_random.between(3, 15)));
        if (!step(record, milestone(Milestone2or3::StatementAgreed, agreed)))
            return StageEnd::Stopped;
        latest = agreed;
    }

    QDate respondOn;
    if (rule->hasPanel()) {
        record.currentStage()->panelChair = m_random.pick(m_staff.panelChairs);
        const int panelDay = m_random.chance(0.85) ? m_random.between(15, rule->panelDays)
                                                   : rule->panelDays + m_random.between(1, 10);
        const QDate panel =
            std::max(days.addWorkingDays(latest, 1), days.addWorkingDays(requested, panelDay));
        if (!step(record, milestone(Milestone2or3::PanelHeld, panel)))
            return StageEnd::Stopped;
        const int reportDay = m_random.chance(0.85)
                                  ? m_random.between(1, rule->panelReportDays)
                                  : rule->panelReportDays + m_random.between(1, 5);
        latest = days.addWorkingDays(panel, reportDay);
        if (!step(record, milestone(Milestone2or3::PanelReport, latest)))
            return StageEnd::Stopped;
        respondOn = days.addWorkingDays(latest, m_random.chance(0.8)
                                                    ? m_random.between(3, rule->responseDays)
                                                    : rule->responseDays + m_random.between(1, 10));
    } else {
        // Within the deadline, within an extension, late, and very late (the backlog every
        // team has, which keeps some cases overdue on any day).
        QList<int> weights{83, 5, 9, 3};
        if (isComplaint)
            weights = investigation ? QList<int>{30, 52, 12, 6} : QList<int>{66, 20, 10, 4};
        else if (record.kind == CaseKind::Concern)
            weights = {78, 10, 9, 3};
        if (!rule->isExtendable())
            weights[1] = 0;
        const int base = rule->responseDays;
        const QDate start = calc.projectedClockStart(*record.currentStage());
        const QDate agreedOn = std::max(
            latest, days.addWorkingDays(start, m_random.between(std::max(1, base / 2), base - 1)));
        int respondDay = 0;
        switch (Timing(m_random.weighted(weights))) {
        case Timing::Within:
            respondDay = m_random.between(std::max(1, base * 2 / 5), base);
            break;
        case Timing::Extended: {
            const int extendTo = m_random.chance(0.6)
                                     ? rule->maxResponseDays
                                     : m_random.between(base + 1, rule->maxResponseDays);
            if (!extend(record, *rule, agreedOn, extendTo))
                return StageEnd::Stopped;
            respondDay = m_random.between(base + 1, extendTo);
            break;
        }
        case Timing::Late:
            if (rule->isExtendable() && m_random.chance(0.4)) {
                if (!extend(record, *rule, agreedOn, rule->maxResponseDays))
                    return StageEnd::Stopped;
                respondDay = rule->maxResponseDays + m_random.between(1, 10);
            } else {
                respondDay = base + m_random.between(1, std::max(5, base / 2));
            }
            break;
        case Timing::VeryLate:
            respondDay = rule->maxResponseDays + m_random.between(10, 60);
            break;
        }
        const int suspended = calc.suspendedWorkingDays(*record.currentStage(), m_today);
        respondOn = std::max(days.addWorkingDays(start, respondDay + suspended),
                             days.addWorkingDays(latest, 1));
        if (investigation) {
            const QDate report =
                std::max(latest, days.addWorkingDays(respondOn, -m_random.between(2, 6)));
            if (!step(record, milestone(Milestone2or3::ReportReceived, report)))
                return StageEnd::Stopped;
        }
    }

    // Findings are written when the response goes out, so a stage still being worked has none.
    if (respondOn > m_today || !reachOutcome(record, number, respondOn))
        return StageEnd::Stopped;
    if (!step(record, request(Action::Respond, respondOn)))
        return StageEnd::Stopped;
    addStageConsequences(record, *record.currentStage());
    return StageEnd::Responded;
}

bool CaseBuilder::extend(Case& record, const StageRule& rule, QDate agreedOn, int extendTo)
{
    if (extendTo <= rule.responseDays)
        return true;
    ActionRequest r = request(Action::Extend, agreedOn);
    r.agreedOn = agreedOn;
    r.extendToDays = extendTo;
    r.reason = extensionReason(m_random);
    r.ombudsmanDetailsGiven = record.procedure == Procedure::Corporate;
    return step(record, r);
}

} // namespace redress::demo

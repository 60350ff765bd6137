#include "ActionOutcome.h"

#include "util/UkFormat.h"

#include <QCoreApplication>
#include <QStringList>

namespace redress {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ActionOutcome)
};

// "Respond by 18/12/2026 (10 working days left)."; empty when no deadline runs.
QString nextDeadline(const Case& after, const DeadlineStanding& standing)
{
    if (after.state == CaseState::Suspended)
        return Text::tr("The clock has stopped until the case is resumed.");
    if (!standing.isRunning())
        return {};
    const QString due = ukDate(standing.due());
    const QString by = after.state == CaseState::Received ? Text::tr("Acknowledge by %1").arg(due)
                                                          : Text::tr("Respond by %1").arg(due);
    if (standing.isOverdue())
        return Text::tr("%1 (overdue by %n working day(s)).", nullptr,
                        standing.workingDaysOverdue())
            .arg(by);
    if (standing.isDueToday())
        return Text::tr("%1 (today).").arg(by);
    return Text::tr("%1 (%n working day(s) left).", nullptr, standing.workingDaysLeft()).arg(by);
}

// "Next: Record outcome, Escalate or Close." from the steps the rules now offer the case: the
// same test that enables its buttons.
QString nextSteps(const Case& after, const CaseWorkflow::Rules& rules)
{
    QStringList steps;
    for (Action action : allActions()) {
        if (!rules.offers(after, action))
            continue;
        switch (action) {
        case Action::Acknowledge:
        case Action::Respond:
        case Action::RecordOutcome:
        case Action::Escalate:
        case Action::Close:
        case Action::Resume:
            steps.append(actionLabel(action));
            break;
        default:
            break; // always there, or not the next step: not worth saying
        }
    }
    if (steps.isEmpty())
        return {};
    const QString last = steps.takeLast();
    return steps.isEmpty()
               ? Text::tr("Next: %1.").arg(last)
               : Text::tr("Next: %1 or %2.").arg(steps.join(QStringLiteral(", ")), last);
}

QString done(const Case& after, const ActionRequest& request, const DeadlineStanding& standing,
             const QString& outcomeLabel)
{
    const Stage* stage = after.currentStage();
    switch (request.action) {
    case Action::Acknowledge:
        return Text::tr("Acknowledged.");
    case Action::Allocate:
        return after.officer.isEmpty() ? Text::tr("Allocation saved.")
                                       : Text::tr("Allocated to %1.").arg(after.officer);
    case Action::Extend:
        return Text::tr("Extended to %1 (%n working day(s)).", nullptr, request.extendToDays)
            .arg(ukDate(standing.due()));
    case Action::Suspend:
        return Text::tr("Suspended.");
    case Action::Resume:
        return Text::tr("Resumed.");
    case Action::RecordMilestone:
        return Text::tr("Milestone recorded.");
    case Action::Respond:
        return Text::tr("Response recorded.");
    case Action::RecordOutcome:
        return Text::tr("Outcome recorded: %1.").arg(outcomeLabel);
    case Action::Escalate:
        return Text::tr("Escalated to stage %1.").arg(stage ? stage->number : 0);
    case Action::Withdraw:
        return Text::tr("Withdrawn.");
    case Action::Reopen:
        return Text::tr("Reopened.");
    case Action::Close:
        return Text::tr("Closed.");
    case Action::ReferToOmbudsman:
        for (auto it = after.links.crbegin(); it != after.links.crend(); ++it)
            if (it->kind == u"referred_to_lgsco")
                return Text::tr("Referred to the Ombudsman: enquiry %1 is open and linked.")
                    .arg(it->otherReference);
        return Text::tr("Referred to the Ombudsman.");
    }
    return {};
}

} // namespace

QString whatComesNext(const Case& after, const ActionRequest& request,
                      const DeadlineStanding& standing, const QString& outcomeLabel,
                      const CaseWorkflow::Rules& rules)
{
    QStringList parts{done(after, request, standing, outcomeLabel)};
    // The extension's own words already give the new deadline.
    if (request.action != Action::Extend)
        parts.append(nextDeadline(after, standing));
    if (parts.last().isEmpty())
        parts.last() = nextSteps(after, rules);
    parts.removeAll(QString());
    return parts.join(u' ');
}

} // namespace redress

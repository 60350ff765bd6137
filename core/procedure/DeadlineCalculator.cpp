#include "DeadlineCalculator.h"

#include "util/UkFormat.h"

#include <QCoreApplication>

namespace redress {

QString milestoneLabel(Milestone::Kind kind)
{
    switch (kind) {
    case Milestone::Kind::Acknowledgement:
        return QCoreApplication::translate("Milestone", "Acknowledgement");
    case Milestone::Kind::Panel:
        return QCoreApplication::translate("Milestone", "Review panel");
    case Milestone::Kind::PanelReport:
        return QCoreApplication::translate("Milestone", "Panel report");
    case Milestone::Kind::Response:
        return QCoreApplication::translate("Milestone", "Response");
    }
    return {};
}

QString milestoneDeadlineText(Milestone::Kind kind, QDate due)
{
    const QString date = ukDate(due);
    switch (kind) {
    case Milestone::Kind::Acknowledgement:
        return QCoreApplication::translate("Milestone", "Acknowledge by %1").arg(date);
    case Milestone::Kind::Panel:
        return QCoreApplication::translate("Milestone", "Hold the panel by %1").arg(date);
    case Milestone::Kind::PanelReport:
        return QCoreApplication::translate("Milestone", "Panel report by %1").arg(date);
    case Milestone::Kind::Response:
        return QCoreApplication::translate("Milestone", "Respond by %1").arg(date);
    }
    return {};
}

QString milestoneDueText(Milestone::Kind kind, QDate due)
{
    const QString date = ukDate(due);
    switch (kind) {
    case Milestone::Kind::Acknowledgement:
        return QCoreApplication::translate("Milestone", "Acknowledge %1").arg(date);
    case Milestone::Kind::Panel:
        return QCoreApplication::translate("Milestone", "Panel %1").arg(date);
    case Milestone::Kind::PanelReport:
        return QCoreApplication::translate("Milestone", "Panel report %1").arg(date);
    case Milestone::Kind::Response:
        return QCoreApplication::translate("Milestone", "Respond %1").arg(date);
    }
    return {};
}

DeadlineCalculator::DeadlineCalculator(const WorkingDayCalendar& calendar,
                                       const ProcedureProfile& profile)
    : m_calendar(
          calendar.withClosureDays(profile.applyClosureDays)
              .withNonWorkingStart(profile.receivedOnNextWorkingDay
                                       ? WorkingDayCalendar::NonWorkingStart::MovesToNextWorkingDay
                                       : WorkingDayCalendar::NonWorkingStart::CountsFromThatDay)),
      m_profile(profile)
{}

QDate DeadlineCalculator::clockStart(const Stage& stage) const
{
    const StageRule* rule = m_profile.stage(stage.number);
    if (!rule)
        return {};
    switch (rule->clockStart) {
    case StageRule::ClockStart::Receipt:
        return stage.requestedOn;
    case StageRule::ClockStart::Acknowledgement:
        return stage.acknowledgedOn;
    case StageRule::ClockStart::StatementAgreedElseRequest:
        return stage.statementAgreedOn.isValid() ? stage.statementAgreedOn : stage.requestedOn;
    }
    return {};
}

QDate DeadlineCalculator::projectedClockStart(const Stage& stage) const
{
    const QDate start = clockStart(stage);
    return start.isValid() ? start : acknowledgementDue(stage);
}

int DeadlineCalculator::suspendedWorkingDays(const Stage& stage, QDate asOf) const
{
    int total = 0;
    for (const Suspension& suspension : stage.suspensions) {
        const QDate until = suspension.until.isValid() ? suspension.until : asOf;
        if (until.isValid())
            total += m_calendar.workingDaysIn(suspension.from, until);
    }
    return total;
}

QDate DeadlineCalculator::acknowledgementDue(const Stage& stage) const
{
    const StageRule* rule = m_profile.stage(stage.number);
    if (!rule || rule->acknowledgementDays == 0 || !stage.requestedOn.isValid())
        return {};
    return m_calendar.addWorkingDays(stage.requestedOn, rule->acknowledgementDays);
}

QDate DeadlineCalculator::responseDueWithin(const Stage& stage, int days, QDate asOf) const
{
    const QDate start = projectedClockStart(stage);
    if (!start.isValid() || days <= 0)
        return {};
    return m_calendar.addWorkingDays(start, days + suspendedWorkingDays(stage, asOf));
}

QDate DeadlineCalculator::responseDue(const Stage& stage, QDate asOf) const
{
    const StageRule* rule = m_profile.stage(stage.number);
    if (!rule)
        return {};
    if (rule->hasPanel()) {
        if (!stage.panelReportOn.isValid())
            return {};
        return m_calendar.addWorkingDays(stage.panelReportOn,
                                         rule->responseDays + suspendedWorkingDays(stage, asOf));
    }
    return responseDueWithin(
        stage, stage.extendedToDays > 0 ? stage.extendedToDays : rule->responseDays, asOf);
}

QDate DeadlineCalculator::maximumResponseDue(const Stage& stage, QDate asOf) const
{
    const StageRule* rule = m_profile.stage(stage.number);
    if (!rule || rule->hasPanel())
        return responseDue(stage, asOf);
    return responseDueWithin(stage, rule->maxResponseDays, asOf);
}

QList<Milestone> DeadlineCalculator::milestones(const Stage& stage, QDate asOf) const
{
    QList<Milestone> result;
    const StageRule* rule = m_profile.stage(stage.number);
    if (!rule)
        return result;
    if (rule->acknowledgementDays > 0)
        result.append(
            {Milestone::Kind::Acknowledgement, acknowledgementDue(stage), stage.acknowledgedOn});
    if (rule->hasPanel()) {
        const int suspended = suspendedWorkingDays(stage, asOf);
        result.append({Milestone::Kind::Panel,
                       m_calendar.addWorkingDays(stage.requestedOn, rule->panelDays + suspended),
                       stage.panelHeldOn});
        result.append({Milestone::Kind::PanelReport,
                       stage.panelHeldOn.isValid()
                           ? m_calendar.addWorkingDays(stage.panelHeldOn, rule->panelReportDays)
                           : QDate(),
                       stage.panelReportOn});
    }
    if (rule->responseDays > 0)
        result.append({Milestone::Kind::Response, responseDue(stage, asOf), stage.respondedOn});
    return result;
}

QDate DeadlineCalculator::nextDue(const Stage& stage, QDate asOf) const
{
    const auto next = nextMilestone(stage, asOf);
    return next ? next->due : QDate();
}

std::optional<Milestone> DeadlineCalculator::nextMilestone(const Stage& stage, QDate asOf) const
{
    std::optional<Milestone> earliest;
    for (const Milestone& milestone : milestones(stage, asOf)) {
        if (milestone.isDone() || !milestone.due.isValid())
            continue;
        if (!earliest || milestone.due < earliest->due)
            earliest = milestone;
    }
    return earliest;
}

std::optional<int> DeadlineCalculator::workingDaysToRespond(const Stage& stage) const
{
    const QDate start = clockStart(stage);
    if (!start.isValid() || !stage.respondedOn.isValid())
        return std::nullopt;
    return m_calendar.workingDaysBetween(start, stage.respondedOn) -
           suspendedWorkingDays(stage, stage.respondedOn);
}

} // namespace redress

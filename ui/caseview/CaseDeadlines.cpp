#include "CaseDeadlines.h"

#include "caseview/CaseLabels.h"
#include "session/Session.h"
#include "util/UkFormat.h"
#include "workflow/CaseWorkflow.h"

#include <algorithm>

namespace redress {

CaseDeadlines::CaseDeadlines(const Session& session, const Case& record, QDate today)
    : m_session(session), m_case(record), m_today(today)
{
    const Stage* stage = record.currentStage();
    if (!stage || !DeadlineStanding::clockRuns(record.state))
        return;
    const auto calc = calculator(*stage);
    if (!calc)
        return;
    for (const Milestone& milestone : calc->milestones(*stage, today))
        if (!milestone.isDone() && milestone.due.isValid())
            m_pending.append(
                {milestone, DeadlineStanding::running(milestone.due, today, calc->calendar())});
    std::stable_sort(m_pending.begin(), m_pending.end(), [](const Pending& a, const Pending& b) {
        return a.milestone.due < b.milestone.due;
    });
}

std::optional<DeadlineCalculator> CaseDeadlines::calculator(const Stage& stage) const
{
    const CaseWorkflow::Rules& rules = m_session.rules();
    auto profile = rules.profileFor(m_case, stage);
    if (!profile)
        return std::nullopt;
    return DeadlineCalculator(rules.calendar(), profile.value());
}

QString CaseDeadlines::headerText() const
{
    QStringList parts;
    for (const Pending& pending : m_pending)
        parts << tr("%1 (%2)").arg(
            milestoneDeadlineText(pending.milestone.kind, pending.milestone.due),
            pending.standing.description());
    return parts.join(QStringLiteral("  ·  "));
}

QStringList CaseDeadlines::stageHeadings()
{
    return {tr("Stage"),    tr("Requested"), tr("Acknowledgement"), tr("Milestones"),
            tr("Response"), tr("Extension"), tr("Outcome")};
}

QString CaseDeadlines::step(const QString& doneText, QDate done,
                            const std::optional<Milestone>& milestone, bool running) const
{
    if (done.isValid())
        return doneText.arg(ukDate(done));
    if (!milestone || !milestone->due.isValid())
        return {};
    if (running)
        return milestoneDeadlineText(milestone->kind, milestone->due);
    return tr("Not recorded (was due %1)").arg(ukDate(milestone->due));
}

QStringList CaseDeadlines::stageRow(const Stage& stage, const CaseLabels& labels) const
{
    const auto calc = calculator(stage);
    const StageRule* rule = calc ? calc->profile().stage(stage.number) : nullptr;
    // Only the current stage of a case whose clock runs still has steps to do; another
    // stage's missing step is history.
    const bool running = DeadlineStanding::clockRuns(m_case.state) && m_case.currentStage() &&
                         m_case.currentStage()->number == stage.number;
    const QList<Milestone> milestones =
        calc ? calc->milestones(stage, m_today) : QList<Milestone>();
    auto milestone = [&milestones](Milestone::Kind kind) -> std::optional<Milestone> {
        for (const Milestone& m : milestones)
            if (m.kind == kind)
                return m;
        return std::nullopt;
    };

    QStringList steps;
    if (stage.statementAgreedOn.isValid())
        steps << tr("Statement agreed %1").arg(ukDate(stage.statementAgreedOn));
    if (stage.reportReceivedOn.isValid())
        steps << tr("Report received %1").arg(ukDate(stage.reportReceivedOn));
    if (rule && rule->hasPanel()) {
        steps << step(tr("Panel held %1"), stage.panelHeldOn, milestone(Milestone::Kind::Panel),
                      running);
        steps << step(tr("Panel report %1"), stage.panelReportOn,
                      milestone(Milestone::Kind::PanelReport), running);
    }
    steps.removeAll(QString());

    QString response =
        step(tr("Responded %1"), stage.respondedOn, milestone(Milestone::Kind::Response), running);
    if (response.isEmpty() && running && rule && rule->responseDays > 0)
        response = tr("Response date not yet known");

    QString extension;
    if (stage.extendedToDays > 0) {
        const QDate extendedTo = calc ? calc->responseDue(stage, m_today) : QDate();
        extension = extendedTo.isValid()
                        ? tr("Extended to %1 (%n working day(s))", nullptr, stage.extendedToDays)
                              .arg(ukDate(extendedTo))
                        : tr("Extended to %n working day(s)", nullptr, stage.extendedToDays);
    }

    return {rule && !rule->name.isEmpty() ? tr("%1: %2").arg(stage.number).arg(rule->name)
                                          : QString::number(stage.number),
            ukDate(stage.requestedOn),
            step(tr("Acknowledged %1"), stage.acknowledgedOn,
                 milestone(Milestone::Kind::Acknowledgement), running),
            steps.join(QStringLiteral("; ")),
            response,
            extension,
            labels.label(QStringLiteral("outcome"), stage.outcomeCode)};
}

} // namespace redress

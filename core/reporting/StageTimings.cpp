#include "StageTimings.h"

#include "ReportEngine_p.h"
#include "StageFactsPopulation.h"
#include "storage/Sql.h"

#include <QSqlQuery>

namespace redress::reporting {

namespace {

// The profile version a stage was set up under; a legacy code the catalogue no longer knows
// falls back to the kind's profile in force when the stage was requested.
Result<const DeadlineCalculator*> calculatorFor(const Context& context, const StageFacts& facts)
{
    const Stage& stage = facts.stage;
    if (!stage.profileCode.isEmpty()) {
        const QDate effective =
            stage.profileEffectiveFrom.isValid() ? stage.profileEffectiveFrom : stage.requestedOn;
        auto calculator = context.calculator(stage.profileCode, effective);
        if (calculator)
            return calculator;
    }
    return context.calculator(profileCodeFor(facts.kind, facts.procedure), stage.requestedOn);
}

QDate before(QDate date, QDate asOf)
{
    return date.isValid() && date <= asOf ? date : QDate();
}

} // namespace

Result<QList<StageFacts>> loadStageFacts(const Context& context, const Query& population)
{
    // Suspensions are few: joined here, a suspended stage comes back once per suspension, and
    // the population is scanned once.
    Query query = population;
    query.join(QStringLiteral("LEFT JOIN org_unit fu ON fu.id = c.team_id "
                              "LEFT JOIN org_unit fsa ON fsa.id = c.service_area_id "
                              "LEFT JOIN report_suspension su ON su.stage_id = s.id"));
    const QString statement =
        QStringLiteral("SELECT c.id, c.kind, c.procedure, %3, s.id, s.number, s.profile_code, "
                       "s.profile_effective_from, %1, s.acknowledged_on, s.statement_agreed_on, "
                       "s.panel_held_on, s.panel_report_on, s.responded_on, s.extended_to_days, "
                       "s.extension_agreed_on, %2, c.reference, su.id, su.from_date, su.until_date")
            .arg(query.start, query.end,
                 unitKeyExpression(QStringLiteral("fu"), QStringLiteral("fsa"))) +
        query.fromWhere() + QStringLiteral(" ORDER BY c.id, s.number, su.from_date, su.id");
    auto rows = sql::exec(context.sql(), statement, query.values);
    if (!rows)
        return Error{rows.error()};
    QList<StageFacts> result;
    while (rows->next()) {
        const qint64 caseId = rows->value(0).toLongLong();
        const qint64 stageId = rows->value(4).toLongLong();
        const bool sameStage = !result.isEmpty() && result.last().caseId == caseId &&
                               result.last().stage.id == stageId;
        if (!sameStage) {
            StageFacts facts;
            facts.caseId = caseId;
            facts.kind = caseKindFromCode(rows->value(1).toString()).value_or(CaseKind::Complaint);
            facts.procedure =
                procedureFromCode(rows->value(2).toString()).value_or(Procedure::None);
            facts.unitCode = rows->value(3).toString();
            Stage& stage = facts.stage;
            stage.id = stageId;
            stage.number = rows->value(5).isNull() ? 1 : rows->value(5).toInt();
            stage.profileCode = rows->value(6).toString();
            stage.profileEffectiveFrom = sql::toDate(rows->value(7));
            stage.requestedOn = sql::toDate(rows->value(8));
            stage.acknowledgedOn = sql::toDate(rows->value(9));
            stage.statementAgreedOn = sql::toDate(rows->value(10));
            stage.panelHeldOn = sql::toDate(rows->value(11));
            stage.panelReportOn = sql::toDate(rows->value(12));
            stage.respondedOn = sql::toDate(rows->value(13));
            stage.extendedToDays = rows->value(14).toInt();
            stage.extensionAgreedOn = sql::toDate(rows->value(15));
            facts.ended = sql::toDate(rows->value(16));
            facts.reference = rows->value(17).toString();
            result.append(std::move(facts));
        }
        if (!rows->value(18).isNull()) {
            Suspension suspension;
            suspension.id = rows->value(18).toLongLong();
            suspension.from = sql::toDate(rows->value(19));
            suspension.until = sql::toDate(rows->value(20));
            result.last().stage.suspensions.append(suspension);
        }
    }
    return result;
}

Result<std::shared_ptr<const QList<MeasuredStage>>> concludedComplaintStages(const Context& context,
                                                                             const Period& period)
{
    const QString key =
        QStringLiteral("concluded complaint stages %1 %2")
            .arg(period.first.toString(Qt::ISODate), period.last.toString(Qt::ISODate));
    if (auto cached = context.cached(key))
        return std::static_pointer_cast<const QList<MeasuredStage>>(cached);
    auto facts = StageFactsPopulation::on(context, Basis::Concluded, period);
    if (!facts)
        return Error{facts.error()};
    auto measured = std::make_shared<QList<MeasuredStage>>();
    measured->reserve(facts->size());
    for (const StageFacts& stage : facts.value()) {
        auto timing = measure(context, stage);
        if (!timing)
            return Error{timing.error()};
        measured->append({stage, timing.value()});
    }
    context.cache(key, measured);
    return std::shared_ptr<const QList<MeasuredStage>>(measured);
}

Result<Timing> measure(const Context& context, const StageFacts& facts)
{
    auto calculator = calculatorFor(context, facts);
    if (!calculator)
        return Error{calculator.error()};
    const DeadlineCalculator& calc = *calculator.value();
    Timing timing;
    const StageRule* rule = calc.profile().stage(facts.stage.number);
    timing.responded = facts.stage.respondedOn.isValid();
    if (!rule || !timing.responded)
        return timing;
    timing.hasDeadline = rule->responseDays > 0;
    timing.extended = facts.stage.extendedToDays > rule->responseDays;

    Stage stage = facts.stage;
    // A corporate (Code) stage never acknowledged is measured from when its acknowledgement
    // was due, as its deadline is.
    if (!calc.clockStart(stage).isValid() &&
        rule->clockStart == StageRule::ClockStart::Acknowledgement)
        stage.acknowledgedOn = calc.projectedClockStart(stage);
    timing.days = calc.workingDaysToRespond(stage).value_or(0);

    if (rule->hasPanel()) {
        timing.hasPanel = true;
        for (const Milestone& milestone : calc.milestones(stage, stage.respondedOn)) {
            const bool onTime = milestone.done.isValid() && milestone.due.isValid() &&
                                milestone.done <= milestone.due;
            if (milestone.kind == Milestone::Kind::Panel)
                timing.panelOnTime = onTime;
            else if (milestone.kind == Milestone::Kind::PanelReport)
                timing.reportOnTime = onTime;
            else if (milestone.kind == Milestone::Kind::Response)
                timing.responseOnTime = onTime;
        }
        timing.metOwnDeadline = timing.panelOnTime && timing.reportOnTime && timing.responseOnTime;
        timing.band = timing.metOwnDeadline ? Timing::Band::WithinInitial : Timing::Band::Outside;
        return timing;
    }

    if (timing.days <= rule->responseDays)
        timing.band = Timing::Band::WithinInitial;
    else if (rule->isExtendable() && timing.days <= rule->maxResponseDays)
        timing.band = Timing::Band::WithinExtended;
    else
        timing.band = Timing::Band::Outside;
    const QDate due = calc.responseDue(stage, stage.respondedOn);
    timing.metOwnDeadline =
        due.isValid() ? stage.respondedOn <= due : timing.band == Timing::Band::WithinInitial;
    return timing;
}

namespace {

// The stage as it stood at the end of `asOf`: milestones, extensions and suspensions after
// that day are ignored, as they had not happened yet.
Stage stageAsOf(const StageFacts& facts, QDate asOf)
{
    Stage stage = facts.stage;
    stage.respondedOn = before(stage.respondedOn, asOf);
    stage.acknowledgedOn = before(stage.acknowledgedOn, asOf);
    stage.statementAgreedOn = before(stage.statementAgreedOn, asOf);
    stage.panelHeldOn = before(stage.panelHeldOn, asOf);
    stage.panelReportOn = before(stage.panelReportOn, asOf);
    if (stage.extensionAgreedOn.isValid() && stage.extensionAgreedOn > asOf)
        stage.extendedToDays = 0;
    QList<Suspension> suspensions;
    for (Suspension suspension : std::as_const(stage.suspensions)) {
        if (suspension.from > asOf)
            continue;
        if (suspension.until.isValid() && suspension.until > asOf)
            suspension.until = QDate(); // still running then
        suspensions.append(suspension);
    }
    stage.suspensions = suspensions;
    return stage;
}

} // namespace

Result<DeadlineStanding> standingAt(const Context& context, const StageFacts& facts, QDate asOf)
{
    auto calculator = calculatorFor(context, facts);
    if (!calculator)
        return Error{calculator.error()};
    const DeadlineCalculator& calc = *calculator.value();
    // The same next deadline the queue orders by, and the same test of overdue: a late
    // acknowledgement is overdue here as it is in the queue.
    return DeadlineStanding::running(calc.nextDue(stageAsOf(facts, asOf), asOf), asOf,
                                     calc.calendar());
}

Result<std::optional<Milestone>> nextMilestoneAt(const Context& context, const StageFacts& facts,
                                                 QDate asOf)
{
    auto calculator = calculatorFor(context, facts);
    if (!calculator)
        return Error{calculator.error()};
    return calculator.value()->nextMilestone(stageAsOf(facts, asOf), asOf);
}

Result<QDate> acknowledgementDueOf(const Context& context, const StageFacts& facts)
{
    auto calculator = calculatorFor(context, facts);
    if (!calculator)
        return Error{calculator.error()};
    return calculator.value()->acknowledgementDue(facts.stage);
}

} // namespace redress::reporting

// How a demo case's stages end: findings and outcomes, remedies, learning and costs, and the
// Ombudsman's decisions.
#include "DemoCaseBuilder.h"

#include <algorithm>

namespace redress::demo {

namespace {

qint64 pounds(int amount)
{
    return qint64(amount) * 100;
}

} // namespace

// Records findings on the points (details an officer edits) or, for the outcomes that are not
// findings, the outcome itself through the workflow.
bool CaseBuilder::reachOutcome(Case& record, int stageNumber, QDate respondOn)
{
    if (record.kind != CaseKind::Complaint && record.kind != CaseKind::Concern)
        return true;
    auto explicitOutcome = [&](const QString& code) {
        ActionRequest r = request(Action::RecordOutcome, respondOn);
        r.outcomeCode = code;
        return step(record, r);
    };
    if (record.kind == CaseKind::Concern && (record.points.isEmpty() || m_random.chance(0.65)))
        return explicitOutcome(QStringLiteral("resolved_by_service"));
    QList<int> weights = stageNumber == 1 ? QList<int>{22, 28, 42, 8} : QList<int>{18, 34, 48, 0};
    const int pattern = m_random.weighted(weights);
    if (pattern == 3 || record.points.isEmpty()) {
        static const QStringList others{
            QStringLiteral("did_not_qualify"), QStringLiteral("outside_remit"),
            QStringLiteral("non_responsive"), QStringLiteral("resolved_by_service")};
        return explicitOutcome(m_random.pick(others));
    }
    static const QStringList codes{QStringLiteral("upheld"), QStringLiteral("partially_upheld"),
                                   QStringLiteral("not_upheld")};
    for (qsizetype i = 0; i < record.points.size(); ++i) {
        QString finding = codes.at(pattern);
        if (pattern == 1 && record.points.size() > 1)
            finding = i == 0 ? codes.at(0) : (i == 1 ? codes.at(2) : m_random.pick(codes));
        record.points[i].findings.append({stageNumber, finding});
    }
    return true;
}

void CaseBuilder::addStageConsequences(Case& record, const Stage& stage)
{
    if (record.kind != CaseKind::Complaint)
        return;
    const bool upheld = stage.outcomeCode == u"upheld" || stage.outcomeCode == u"partially_upheld";
    auto remedy = [&](const char* type, qint64 amount = 0) {
        Remedy r;
        r.stageNumber = stage.number;
        r.typeCode = QString::fromLatin1(type);
        r.description = remedyText(r.typeCode);
        r.amountPence = amount;
        r.agreedOn = stage.respondedOn;
        const QDate done = stage.respondedOn.addDays(m_random.between(0, 40));
        if (done <= m_today)
            r.completedOn = done;
        record.remedies.append(r);
    };
    if (upheld) {
        if (m_random.chance(0.8))
            remedy("apology");
        if (m_random.chance(0.5))
            remedy("explanation");
        if (m_random.chance(0.3))
            remedy("service_provided");
        if (m_random.chance(stage.number == 1 ? 0.1 : 0.3))
            remedy("financial", pounds(25 * m_random.between(2, stage.number == 1 ? 20 : 60)));
        if (m_random.chance(0.15))
            remedy("procedural_change");
        if (m_random.chance(0.35))
            addLearning(record, stage.respondedOn);
    } else if (stage.outcomeCode == u"not_upheld" && m_random.chance(0.4)) {
        remedy("explanation");
    }
    auto cost = [&](const char* kind, int amount) {
        record.costs.append(
            {0, stage.number, QString::fromLatin1(kind), pounds(amount), stage.respondedOn, {}});
    };
    if (!stage.investigatingOfficer.isEmpty())
        cost("investigating_officer", 50 * m_random.between(30, 90));
    if (!stage.independentPerson.isEmpty())
        cost("independent_person", 50 * m_random.between(stage.panelHeldOn.isValid() ? 6 : 10, 24));
    if (stage.panelHeldOn.isValid())
        cost("panel", 50 * m_random.between(18, 50));
}

void CaseBuilder::addLearning(Case& record, QDate respondedOn)
{
    static const QStringList themes{
        QStringLiteral("communication"),    QStringLiteral("assessments_reports_plans"),
        QStringLiteral("worker_behaviour"), QStringLiteral("policy"),
        QStringLiteral("training"),         QStringLiteral("recording")};
    LearningAction action;
    action.themeCode = m_random.pick(themes);
    action.description = learningText(action.themeCode, m_random);
    action.owner = m_random.pick(m_staff.managers);
    action.dueOn = respondedOn.addMonths(m_random.between(1, 3));
    if (action.dueOn < m_today.addMonths(-1)) {
        const int roll = m_random.weighted({80, 10, 10});
        if (roll == 0) {
            action.status = QStringLiteral("implemented");
            action.completedOn =
                std::max(respondedOn, action.dueOn.addDays(-m_random.between(0, 30)));
        } else if (roll == 1) {
            action.status = QStringLiteral("not_implemented");
            action.notImplementedReason = notImplementedReason(m_random);
        } else {
            action.status = QStringLiteral("in_progress");
        }
    } else {
        action.status =
            m_random.chance(0.5) ? QStringLiteral("in_progress") : QStringLiteral("proposed");
    }
    record.learningActions.append(action);
}

Result<Case> CaseBuilder::buildOmbudsmanEnquiry(Case record, bool aboutKnownComplaint)
{
    auto prepared = m_rules.prepareNew(std::move(record));
    if (!prepared)
        return Error{prepared.error()};
    Case c = std::move(prepared).value();
    ActionRequest allocate = request(Action::Allocate, c.receivedOn);
    allocate.officer = m_random.pick(m_staff.officers);
    allocate.respondingManager = m_random.pick(m_staff.managers);
    if (step(c, allocate) && workStage(c) == StageEnd::Responded)
        decideOmbudsman(c, aboutKnownComplaint);
    return finish(c);
}

void CaseBuilder::decideOmbudsman(Case& record, bool aboutKnownComplaint)
{
    const QDate decidedOn = record.currentStage()->respondedOn.addDays(m_random.between(20, 150));
    if (decidedOn > m_today)
        return; // the council has replied; the Ombudsman has not decided yet
    static const QStringList known{QStringLiteral("upheld"), QStringLiteral("not_upheld"),
                                   QStringLiteral("closed_after_initial_enquiries")};
    static const QStringList unknown{QStringLiteral("premature"),
                                     QStringLiteral("closed_after_initial_enquiries")};
    OmbudsmanDecision& decision = record.ombudsman;
    decision.decisionCode = aboutKnownComplaint ? known.at(m_random.weighted({50, 15, 35}))
                                                : unknown.at(m_random.weighted({60, 40}));
    decision.decidedOn = decidedOn;
    const bool upheld = decision.decisionCode == u"upheld";
    decision.faultFound = upheld;
    decision.injusticeFound = upheld && m_random.chance(0.8);
    decision.satisfactoryRemedyAlreadyProvided = upheld && m_random.chance(0.25);
    if (upheld && !decision.satisfactoryRemedyAlreadyProvided) {
        auto recommend = [&](const QString& text, const QString& typeCode, qint64 amount) {
            OmbudsmanRecommendation r;
            r.description = text;
            r.remedyTypeCode = typeCode;
            r.amountPence = amount;
            r.dueOn = decidedOn.addDays(m_random.between(20, 90));
            const int roll = m_random.weighted({80, 15, 5});
            const QDate complied = roll == 0   ? r.dueOn.addDays(-m_random.between(0, 15))
                                   : roll == 1 ? r.dueOn.addDays(m_random.between(1, 30))
                                               : QDate();
            if (complied.isValid() && complied <= m_today)
                r.compliedOn = std::max(complied, decidedOn);
            decision.recommendations.append(r);
        };
        recommend(QStringLiteral("Apologise to the complainant"), QStringLiteral("apology"), 0);
        if (m_random.chance(0.7))
            recommend(QStringLiteral("Pay for the distress caused"), QStringLiteral("financial"),
                      pounds(50 * m_random.between(2, 20)));
        if (m_random.chance(0.4))
            recommend(
                QStringLiteral("Review the procedure and tell the Ombudsman what has changed"),
                QStringLiteral("procedure_change"), 0);
    }
    ActionRequest outcome = request(Action::RecordOutcome, decidedOn);
    outcome.outcomeCode = upheld                                   ? QStringLiteral("upheld")
                          : decision.decisionCode == u"not_upheld" ? QStringLiteral("not_upheld")
                                                                   : QStringLiteral("no_finding");
    if (step(record, outcome))
        step(record, request(Action::Close, decidedOn));
}

Result<Case> CaseBuilder::referToOmbudsman(Case complaint, QDate on, const QString& reference)
{
    ActionRequest r = request(Action::ReferToOmbudsman, on);
    r.lgscoReference = reference;
    step(complaint, r);
    return finish(complaint);
}

} // namespace redress::demo

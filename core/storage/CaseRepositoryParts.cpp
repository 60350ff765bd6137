// The parts of a case beyond its own row: stages with their suspensions, and the
// collections (children, points and findings, remedies, learning, staff, costs, links,
// re-openings, notes, the Ombudsman's decision). Collections are rewritten on each save,
// inside the case's transaction; notes are only ever added.
#include "CaseRepository.h"
#include "storage/CaseRows.h"
#include "storage/Database.h"
#include "storage/Sql.h"

namespace redress {

namespace {

Status check(const Result<int>& result)
{
    return result ? Status{} : Status{Error{result.error()}};
}

} // namespace

QVariantList stageValues(const Stage& s)
{
    return {s.number,
            s.profileCode,
            sql::date(s.profileEffectiveFrom),
            sql::date(s.requestedOn),
            sql::date(s.acknowledgedOn),
            sql::date(s.investigatingOfficerAppointedOn),
            sql::date(s.independentPersonAppointedOn),
            sql::date(s.statementAgreedOn),
            sql::date(s.reportReceivedOn),
            sql::date(s.panelHeldOn),
            sql::date(s.panelReportOn),
            sql::date(s.respondedOn),
            s.extendedToDays,
            sql::date(s.extensionAgreedOn),
            s.extensionReason,
            sql::flag(s.ombudsmanDetailsGiven),
            s.outcomeCode,
            sql::flag(s.outcomeOverridden),
            s.respondingManager,
            s.investigatingOfficer,
            s.independentPerson,
            s.panelChair,
            s.escalationWaiverReason,
            sql::date(s.dueOn),
            sql::flag(s.beforeLog)};
}

Status storeChild(sql::PreparedStatements& db, ChildConcerned& child)
{
    if (child.id != 0)
        return {};
    auto existing = db.scalar(QStringLiteral("SELECT id FROM child WHERE social_care_reference = ? "
                                             "AND social_care_reference <> '' ORDER BY id LIMIT 1"),
                              {child.socialCareReference.trimmed()});
    if (!existing)
        return Error{existing.error()};
    if (!existing->isNull()) {
        child.id = existing->toLongLong();
        return {};
    }
    auto id = db.insert(QStringLiteral("INSERT INTO child (social_care_reference, name) "
                                       "VALUES (?, ?) RETURNING id"),
                        {child.socialCareReference.trimmed(), child.name});
    if (!id)
        return Error{id.error()};
    child.id = id.value();
    return {};
}

const QString stageColumns = QStringLiteral(
    "number, profile_code, profile_effective_from, requested_on, acknowledged_on, io_appointed_on, "
    "ip_appointed_on, statement_agreed_on, report_received_on, panel_held_on, panel_report_on, "
    "responded_on, extended_to_days, extension_agreed_on, extension_reason, "
    "ombudsman_details_given, outcome, outcome_overridden, responding_manager, "
    "investigating_officer, independent_person, panel_chair, escalation_waiver_reason, due_on, "
    "before_log");

Stage stageFromRow(const QSqlQuery& q)
{
    Stage s;
    s.id = q.value(0).toLongLong();
    s.number = q.value(1).toInt();
    s.profileCode = q.value(2).toString();
    s.profileEffectiveFrom = sql::toDate(q.value(3));
    s.requestedOn = sql::toDate(q.value(4));
    s.acknowledgedOn = sql::toDate(q.value(5));
    s.investigatingOfficerAppointedOn = sql::toDate(q.value(6));
    s.independentPersonAppointedOn = sql::toDate(q.value(7));
    s.statementAgreedOn = sql::toDate(q.value(8));
    s.reportReceivedOn = sql::toDate(q.value(9));
    s.panelHeldOn = sql::toDate(q.value(10));
    s.panelReportOn = sql::toDate(q.value(11));
    s.respondedOn = sql::toDate(q.value(12));
    s.extendedToDays = q.value(13).toInt();
    s.extensionAgreedOn = sql::toDate(q.value(14));
    s.extensionReason = q.value(15).toString();
    s.ombudsmanDetailsGiven = q.value(16).toInt() != 0;
    s.outcomeCode = q.value(17).toString();
    s.outcomeOverridden = q.value(18).toInt() != 0;
    s.respondingManager = q.value(19).toString();
    s.investigatingOfficer = q.value(20).toString();
    s.independentPerson = q.value(21).toString();
    s.panelChair = q.value(22).toString();
    s.escalationWaiverReason = q.value(23).toString();
    s.dueOn = sql::toDate(q.value(24));
    s.beforeLog = q.value(25).toInt() != 0;
    return s;
}

Status CaseRepository::saveStages(Case& record)
{
    sql::PreparedStatements& db = m_database.statements();
    for (Stage& stage : record.stages) {
        const bool newStage = stage.id == 0;
        if (newStage) {
            auto id = db.insert(
                QStringLiteral("INSERT INTO stage (") + stageColumns +
                    QStringLiteral(", case_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                   "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                stageValues(stage) + QVariantList{record.id});
            if (!id)
                return Error{id.error()};
            stage.id = id.value();
        } else {
            QString assignments = stageColumns;
            assignments.replace(QStringLiteral(", "), QStringLiteral(" = ?, "));
            assignments += QStringLiteral(" = ?");
            if (Status s = check(db.run(QStringLiteral("UPDATE stage SET ") + assignments +
                                            QStringLiteral(" WHERE id = ?"),
                                        stageValues(stage) + QVariantList{stage.id}));
                !s)
                return s;
        }
        if (Status s =
                newStage ? Status{}
                         : check(db.run(QStringLiteral("DELETE FROM suspension WHERE stage_id = ?"),
                                        {stage.id}));
            !s)
            return s;
        for (Suspension& suspension : stage.suspensions) {
            auto id = db.insert(
                QStringLiteral("INSERT INTO suspension (stage_id, from_date, until_date, reason) "
                               "VALUES (?, ?, ?, ?) RETURNING id"),
                {stage.id, sql::date(suspension.from), sql::date(suspension.until),
                 suspension.reason});
            if (!id)
                return Error{id.error()};
            suspension.id = id.value();
        }
    }
    return {};
}

Status CaseRepository::loadStages(Case& record) const
{
    auto query = sql::exec(m_database.sql(),
                           QStringLiteral("SELECT id, ") + stageColumns +
                               QStringLiteral(" FROM stage WHERE case_id = ? ORDER BY number"),
                           {record.id});
    if (!query)
        return Error{query.error()};
    while (query->next())
        record.stages.append(stageFromRow(query.value()));
    for (Stage& stage : record.stages) {
        auto suspensions =
            sql::exec(m_database.sql(),
                      QStringLiteral("SELECT id, from_date, until_date, reason FROM suspension "
                                     "WHERE stage_id = ? ORDER BY from_date, id"),
                      {stage.id});
        if (!suspensions)
            return Error{suspensions.error()};
        while (suspensions->next())
            stage.suspensions.append(
                {suspensions->value(0).toLongLong(), sql::toDate(suspensions->value(1)),
                 sql::toDate(suspensions->value(2)), suspensions->value(3).toString()});
    }
    return {};
}

Status CaseRepository::saveParts(Case& record, bool newCase)
{
    sql::PreparedStatements& db = m_database.statements();
    if (!newCase) {
        for (const char* table :
             {"case_child", "complaint_point", "remedy", "learning_action", "staff_named", "cost",
              "reopening", "ombudsman_recommendation", "ombudsman_decision"}) {
            if (Status s = check(db.run(
                    QStringLiteral("DELETE FROM %1 WHERE case_id = ?").arg(QLatin1String(table)),
                    {record.id}));
                !s)
                return s;
        }
        if (Status s = check(db.run(QStringLiteral("DELETE FROM case_link WHERE from_case_id = ?"),
                                    {record.id}));
            !s)
            return s;
    }

    for (ChildConcerned& child : record.children) {
        if (Status stored = storeChild(db, child); !stored)
            return stored;
        if (Status s = check(db.run(
                QStringLiteral("INSERT INTO case_child (case_id, child_id, status, "
                               "advocate_offered, advocate_provider) VALUES (?, ?, ?, ?, ?)"),
                {record.id, child.id, child.statusCode, sql::flag(child.advocateOffered),
                 child.advocateProvider}));
            !s)
            return s;
    }

    for (qsizetype i = 0; i < record.points.size(); ++i) {
        ComplaintPoint& point = record.points[i];
        auto id = db.insert(
            QStringLiteral("INSERT INTO complaint_point (case_id, position, description, category, "
                           "team_id) VALUES (?, ?, ?, ?, ?) RETURNING id"),
            {record.id, int(i + 1), point.description, point.categoryCode, sql::id(point.teamId)});
        if (!id)
            return Error{id.error()};
        point.id = id.value();
        for (const PointFinding& finding : point.findings) {
            if (Status s = check(db.run(
                    QStringLiteral("INSERT INTO point_finding (point_id, stage_number, finding) "
                                   "VALUES (?, ?, ?)"),
                    {point.id, finding.stageNumber, finding.findingCode}));
                !s)
                return s;
        }
    }

    for (Remedy& remedy : record.remedies) {
        auto id = db.insert(
            QStringLiteral("INSERT INTO remedy (case_id, stage_number, type, description, "
                           "amount_pence, agreed_on, completed_on) VALUES (?, ?, ?, ?, ?, ?, ?) "
                           "RETURNING id"),
            {record.id, remedy.stageNumber, remedy.typeCode, remedy.description, remedy.amountPence,
             sql::date(remedy.agreedOn), sql::date(remedy.completedOn)});
        if (!id)
            return Error{id.error()};
        remedy.id = id.value();
    }

    for (LearningAction& action : record.learningActions) {
        auto id = db.insert(
            QStringLiteral(
                "INSERT INTO learning_action (case_id, description, theme, owner, due_on, "
                "status, not_implemented_reason, completed_on) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {record.id, action.description, action.themeCode, action.owner, sql::date(action.dueOn),
             action.status, action.notImplementedReason, sql::date(action.completedOn)});
        if (!id)
            return Error{id.error()};
        action.id = id.value();
    }

    for (StaffNamed& staff : record.staffNamed) {
        auto id = db.insert(
            QStringLiteral("INSERT INTO staff_named (case_id, name, job_title) VALUES (?, ?, ?) "
                           "RETURNING id"),
            {record.id, staff.name, staff.jobTitle});
        if (!id)
            return Error{id.error()};
        staff.id = id.value();
    }

    for (Cost& cost : record.costs) {
        auto id =
            db.insert(QStringLiteral("INSERT INTO cost (case_id, stage_number, kind, amount_pence, "
                                     "incurred_on, note) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                      {record.id, cost.stageNumber, cost.kind, cost.amountPence,
                       sql::date(cost.incurredOn), cost.note});
        if (!id)
            return Error{id.error()};
        cost.id = id.value();
    }

    for (const CaseLink& link : record.links) {
        if (Status s = check(
                db.run(QStringLiteral("INSERT INTO case_link (from_case_id, to_case_id, kind) "
                                      "VALUES (?, ?, ?)"),
                       {record.id, link.otherCaseId, link.kind}));
            !s)
            return s;
    }

    for (const Reopening& reopening : record.reopenings) {
        if (Status s =
                check(db.run(QStringLiteral("INSERT INTO reopening (case_id, reopened_on, reason) "
                                            "VALUES (?, ?, ?)"),
                             {record.id, sql::date(reopening.reopenedOn), reopening.reason}));
            !s)
            return s;
    }

    if (record.kind == CaseKind::OmbudsmanEnquiry) {
        const OmbudsmanDecision& decision = record.ombudsman;
        if (Status s = check(db.run(
                QStringLiteral("INSERT INTO ombudsman_decision (case_id, lgsco_reference, "
                               "decision, decided_on, fault_found, injustice_found, "
                               "remedy_already_provided, decision_wording) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                {record.id, decision.lgscoReference, decision.decisionCode,
                 sql::date(decision.decidedOn), sql::flag(decision.faultFound),
                 sql::flag(decision.injusticeFound),
                 sql::flag(decision.satisfactoryRemedyAlreadyProvided), decision.decisionWording}));
            !s)
            return s;
        for (OmbudsmanRecommendation& recommendation : record.ombudsman.recommendations) {
            auto id = db.insert(
                QStringLiteral("INSERT INTO ombudsman_recommendation (case_id, description, "
                               "amount_pence, due_on, complied_on, remedy_type) "
                               "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                {record.id, recommendation.description, recommendation.amountPence,
                 sql::date(recommendation.dueOn), sql::date(recommendation.compliedOn),
                 recommendation.remedyTypeCode});
            if (!id)
                return Error{id.error()};
            recommendation.id = id.value();
        }
    }

    for (Note& note : record.notes) {
        if (note.id != 0)
            continue;
        auto id = db.insert(
            QStringLiteral(
                "INSERT INTO note (case_id, created_at, author, text) VALUES (?, ?, ?, ?) "
                "RETURNING id"),
            {record.id, sql::timestamp(note.createdAtUtc), note.author, note.text});
        if (!id)
            return Error{id.error()};
        note.id = id.value();
    }
    return {};
}

Status CaseRepository::loadParts(Case& record) const
{
    const QSqlDatabase& db = m_database.sql();
    auto children = sql::exec(
        db,
        QStringLiteral("SELECT ch.id, ch.social_care_reference, ch.name, cc.status, "
                       "cc.advocate_offered, cc.advocate_provider FROM case_child cc "
                       "JOIN child ch ON ch.id = cc.child_id WHERE cc.case_id = ? ORDER BY cc.id"),
        {record.id});
    if (!children)
        return Error{children.error()};
    while (children->next())
        record.children.append({children->value(0).toLongLong(), children->value(1).toString(),
                                children->value(2).toString(), children->value(3).toString(),
                                children->value(4).toInt() != 0, children->value(5).toString()});

    auto points =
        sql::exec(db,
                  QStringLiteral("SELECT id, description, category, team_id FROM complaint_point "
                                 "WHERE case_id = ? ORDER BY position"),
                  {record.id});
    if (!points)
        return Error{points.error()};
    while (points->next())
        record.points.append({points->value(0).toLongLong(),
                              points->value(1).toString(),
                              points->value(2).toString(),
                              points->value(3).toLongLong(),
                              {}});
    for (ComplaintPoint& point : record.points) {
        auto findings = sql::exec(
            db,
            QStringLiteral("SELECT stage_number, finding FROM point_finding WHERE point_id = ? "
                           "ORDER BY stage_number"),
            {point.id});
        if (!findings)
            return Error{findings.error()};
        while (findings->next())
            point.findings.append({findings->value(0).toInt(), findings->value(1).toString()});
    }

    auto remedies = sql::exec(
        db,
        QStringLiteral("SELECT id, stage_number, type, description, amount_pence, agreed_on, "
                       "completed_on FROM remedy WHERE case_id = ? ORDER BY id"),
        {record.id});
    if (!remedies)
        return Error{remedies.error()};
    while (remedies->next())
        record.remedies.append({remedies->value(0).toLongLong(), remedies->value(1).toInt(),
                                remedies->value(2).toString(), remedies->value(3).toString(),
                                remedies->value(4).toLongLong(), sql::toDate(remedies->value(5)),
                                sql::toDate(remedies->value(6))});

    auto actions =
        sql::exec(db,
                  QStringLiteral("SELECT id, description, theme, owner, due_on, status, "
                                 "not_implemented_reason, completed_on FROM learning_action "
                                 "WHERE case_id = ? ORDER BY id"),
                  {record.id});
    if (!actions)
        return Error{actions.error()};
    while (actions->next())
        record.learningActions.append({actions->value(0).toLongLong(), actions->value(1).toString(),
                                       actions->value(2).toString(), actions->value(3).toString(),
                                       sql::toDate(actions->value(4)), actions->value(5).toString(),
                                       actions->value(6).toString(),
                                       sql::toDate(actions->value(7))});

    auto staff = sql::exec(
        db,
        QStringLiteral("SELECT id, name, job_title FROM staff_named WHERE case_id = ? ORDER BY id"),
        {record.id});
    if (!staff)
        return Error{staff.error()};
    while (staff->next())
        record.staffNamed.append(
            {staff->value(0).toLongLong(), staff->value(1).toString(), staff->value(2).toString()});

    auto costs = sql::exec(
        db,
        QStringLiteral("SELECT id, stage_number, kind, amount_pence, incurred_on, note FROM cost "
                       "WHERE case_id = ? ORDER BY id"),
        {record.id});
    if (!costs)
        return Error{costs.error()};
    while (costs->next())
        record.costs.append({costs->value(0).toLongLong(), costs->value(1).toInt(),
                             costs->value(2).toString(), costs->value(3).toLongLong(),
                             sql::toDate(costs->value(4)), costs->value(5).toString()});

    auto links =
        sql::exec(db,
                  QStringLiteral(
                      "SELECT l.to_case_id, c.reference, l.kind FROM case_link l "
                      "JOIN cases c ON c.id = l.to_case_id WHERE l.from_case_id = ? ORDER BY l.id"),
                  {record.id});
    if (!links)
        return Error{links.error()};
    while (links->next())
        record.links.append(
            {links->value(0).toLongLong(), links->value(1).toString(), links->value(2).toString()});

    auto reopenings = sql::exec(
        db,
        QStringLiteral("SELECT reopened_on, reason FROM reopening WHERE case_id = ? ORDER BY id"),
        {record.id});
    if (!reopenings)
        return Error{reopenings.error()};
    while (reopenings->next())
        record.reopenings.append(
            {sql::toDate(reopenings->value(0)), reopenings->value(1).toString()});

    auto notes = sql::exec(
        db,
        QStringLiteral(
            "SELECT id, created_at, author, text FROM note WHERE case_id = ? ORDER BY id"),
        {record.id});
    if (!notes)
        return Error{notes.error()};
    while (notes->next())
        record.notes.append({notes->value(0).toLongLong(), sql::toTimestamp(notes->value(1)),
                             notes->value(2).toString(), notes->value(3).toString()});

    if (record.kind == CaseKind::OmbudsmanEnquiry) {
        auto decision =
            sql::exec(db,
                      QStringLiteral("SELECT lgsco_reference, decision, decided_on, fault_found, "
                                     "injustice_found, remedy_already_provided, decision_wording "
                                     "FROM ombudsman_decision "
                                     "WHERE case_id = ?"),
                      {record.id});
        if (!decision)
            return Error{decision.error()};
        if (decision->next()) {
            OmbudsmanDecision& d = record.ombudsman;
            d.lgscoReference = decision->value(0).toString();
            d.decisionCode = decision->value(1).toString();
            d.decidedOn = sql::toDate(decision->value(2));
            d.faultFound = decision->value(3).toInt() != 0;
            d.injusticeFound = decision->value(4).toInt() != 0;
            d.satisfactoryRemedyAlreadyProvided = decision->value(5).toInt() != 0;
            d.decisionWording = decision->value(6).toString();
        }
        auto recommendations =
            sql::exec(db,
                      QStringLiteral("SELECT id, description, amount_pence, due_on, complied_on, "
                                     "remedy_type FROM ombudsman_recommendation "
                                     "WHERE case_id = ? ORDER BY id"),
                      {record.id});
        if (!recommendations)
            return Error{recommendations.error()};
        while (recommendations->next())
            record.ombudsman.recommendations.append(
                {recommendations->value(0).toLongLong(), recommendations->value(1).toString(),
                 recommendations->value(2).toLongLong(), sql::toDate(recommendations->value(3)),
                 sql::toDate(recommendations->value(4)), recommendations->value(5).toString()});
    }
    return {};
}

} // namespace redress

#include "CasePartsBatch.h"

#include "storage/CaseRows.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <algorithm>
#include <bit>

namespace redress {

namespace {

// The tables whose ids are reserved, in the order IdReservation is asked about them.
enum Reserved
{
    StageIds,
    SuspensionIds,
    PointIds,
    RemedyIds,
    LearningIds,
    StaffIds,
    CostIds,
    RecommendationIds,
    NoteIds,
    ReservedCount
};

QStringList reservedTables()
{
    return {QStringLiteral("stage"),
            QStringLiteral("suspension"),
            QStringLiteral("complaint_point"),
            QStringLiteral("remedy"),
            QStringLiteral("learning_action"),
            QStringLiteral("staff_named"),
            QStringLiteral("cost"),
            QStringLiteral("ombudsman_recommendation"),
            QStringLiteral("note")};
}

qsizetype columnsIn(const QString& columns)
{
    return columns.count(u',') + 1;
}

} // namespace

qsizetype CasePartsBatch::rowsPerStatement(qsizetype columns)
{
    return std::min(maxRowsPerStatement, maxValuesPerStatement / columns);
}

CasePartsBatch::CasePartsBatch(Database& database)
    : m_database(database), m_ids(database, reservedTables())
{
    const auto table = [&](Table t, const char* name, const QString& columns) {
        m_rows[t].table = QLatin1String(name);
        m_rows[t].columns = columns;
        m_rows[t].columnCount = columnsIn(columns);
    };
    table(Stages, "stage", QStringLiteral("id, ") + stageColumns + QStringLiteral(", case_id"));
    table(Suspensions, "suspension", QStringLiteral("id, stage_id, from_date, until_date, reason"));
    table(CaseChildren, "case_child",
          QStringLiteral("case_id, child_id, status, advocate_offered, advocate_provider"));
    table(Points, "complaint_point",
          QStringLiteral("id, case_id, position, description, category, team_id"));
    table(Findings, "point_finding", QStringLiteral("point_id, stage_number, finding"));
    table(Remedies, "remedy",
          QStringLiteral("id, case_id, stage_number, type, description, amount_pence, agreed_on, "
                         "completed_on"));
    table(LearningActions, "learning_action",
          QStringLiteral("id, case_id, description, theme, owner, due_on, status, "
                         "not_implemented_reason, completed_on"));
    table(Staff, "staff_named", QStringLiteral("id, case_id, name, job_title"));
    table(Costs, "cost",
          QStringLiteral("id, case_id, stage_number, kind, amount_pence, incurred_on, note"));
    table(Links, "case_link", QStringLiteral("from_case_id, to_case_id, kind"));
    table(Reopenings, "reopening", QStringLiteral("case_id, reopened_on, reason"));
    table(Decisions, "ombudsman_decision",
          QStringLiteral("case_id, lgsco_reference, decision, decided_on, fault_found, "
                         "injustice_found, remedy_already_provided, decision_wording"));
    table(Recommendations, "ombudsman_recommendation",
          QStringLiteral("id, case_id, description, amount_pence, due_on, complied_on, "
                         "remedy_type"));
    table(Notes, "note", QStringLiteral("id, case_id, created_at, author, text"));
}

Status CasePartsBatch::add(Case& record)
{
    if (Status reserved = reserveIds(record); !reserved)
        return reserved;
    sql::PreparedStatements& db = m_database.statements();
    for (ChildConcerned& child : record.children)
        if (Status stored = storeChild(db, child); !stored)
            return stored;
    keepRows(record);
    ++m_pendingCases;
    return {};
}

// A new case's stages are all new; notes already saved (none, for a new case) are not again.
Status CasePartsBatch::reserveIds(Case& record)
{
    const bool ombudsman = record.kind == CaseKind::OmbudsmanEnquiry;
    QList<qsizetype> counts(ReservedCount, 0);
    counts[StageIds] = record.stages.size();
    for (const Stage& stage : std::as_const(record.stages))
        counts[SuspensionIds] += stage.suspensions.size();
    counts[PointIds] = record.points.size();
    counts[RemedyIds] = record.remedies.size();
    counts[LearningIds] = record.learningActions.size();
    counts[StaffIds] = record.staffNamed.size();
    counts[CostIds] = record.costs.size();
    counts[RecommendationIds] = ombudsman ? record.ombudsman.recommendations.size() : 0;
    counts[NoteIds] = std::count_if(record.notes.cbegin(), record.notes.cend(),
                                    [](const Note& note) { return note.id == 0; });
    auto ids = m_ids.take(counts);
    if (!ids)
        return Error{ids.error()};
    const auto give = [&](Reserved table) {
        return [list = ids->at(table), next = qsizetype(0)]() mutable {
            return list.at(next++);
        };
    };
    auto stageId = give(StageIds);
    auto suspensionId = give(SuspensionIds);
    for (Stage& stage : record.stages) {
        stage.id = stageId();
        for (Suspension& suspension : stage.suspensions)
            suspension.id = suspensionId();
    }
    auto pointId = give(PointIds);
    for (ComplaintPoint& point : record.points)
        point.id = pointId();
    auto remedyId = give(RemedyIds);
    for (Remedy& remedy : record.remedies)
        remedy.id = remedyId();
    auto learningId = give(LearningIds);
    for (LearningAction& action : record.learningActions)
        action.id = learningId();
    auto staffId = give(StaffIds);
    for (StaffNamed& staff : record.staffNamed)
        staff.id = staffId();
    auto costId = give(CostIds);
    for (Cost& cost : record.costs)
        cost.id = costId();
    if (ombudsman) {
        auto recommendationId = give(RecommendationIds);
        for (OmbudsmanRecommendation& recommendation : record.ombudsman.recommendations)
            recommendation.id = recommendationId();
    }
    auto noteId = give(NoteIds);
    for (Note& note : record.notes)
        if (note.id == 0)
            note.id = noteId();
    return {};
}

// The values CaseRepository::saveStages and saveParts bind, so the rows are the same.
void CasePartsBatch::keepRows(const Case& record)
{
    const qint64 caseId = record.id;
    for (const Stage& stage : record.stages) {
        m_rows[Stages].values << stage.id << stageValues(stage) << caseId;
        for (const Suspension& suspension : stage.suspensions)
            m_rows[Suspensions].values << suspension.id << stage.id << sql::date(suspension.from)
                                       << sql::date(suspension.until) << suspension.reason;
    }
    for (const ChildConcerned& child : record.children)
        m_rows[CaseChildren].values << caseId << child.id << child.statusCode
                                    << sql::flag(child.advocateOffered) << child.advocateProvider;
    for (qsizetype i = 0; i < record.points.size(); ++i) {
        const ComplaintPoint& point = record.points.at(i);
        m_rows[Points].values << point.id << caseId << int(i + 1) << point.description
                              << point.categoryCode << sql::id(point.teamId);
        for (const PointFinding& finding : point.findings)
            m_rows[Findings].values << point.id << finding.stageNumber << finding.findingCode;
    }
    for (const Remedy& remedy : record.remedies)
        m_rows[Remedies].values << remedy.id << caseId << remedy.stageNumber << remedy.typeCode
                                << remedy.description << remedy.amountPence
                                << sql::date(remedy.agreedOn) << sql::date(remedy.completedOn);
    for (const LearningAction& action : record.learningActions)
        m_rows[LearningActions].values
            << action.id << caseId << action.description << action.themeCode << action.owner
            << sql::date(action.dueOn) << action.status << action.notImplementedReason
            << sql::date(action.completedOn);
    for (const StaffNamed& staff : record.staffNamed)
        m_rows[Staff].values << staff.id << caseId << staff.name << staff.jobTitle;
    for (const Cost& cost : record.costs)
        m_rows[Costs].values << cost.id << caseId << cost.stageNumber << cost.kind
                             << cost.amountPence << sql::date(cost.incurredOn) << cost.note;
    for (const CaseLink& link : record.links)
        m_rows[Links].values << caseId << link.otherCaseId << link.kind;
    for (const Reopening& reopening : record.reopenings)
        m_rows[Reopenings].values << caseId << sql::date(reopening.reopenedOn) << reopening.reason;
    if (record.kind == CaseKind::OmbudsmanEnquiry) {
        const OmbudsmanDecision& decision = record.ombudsman;
        m_rows[Decisions].values << caseId << decision.lgscoReference << decision.decisionCode
                                 << sql::date(decision.decidedOn) << sql::flag(decision.faultFound)
                                 << sql::flag(decision.injusticeFound)
                                 << sql::flag(decision.satisfactoryRemedyAlreadyProvided)
                                 << decision.decisionWording;
        for (const OmbudsmanRecommendation& recommendation : decision.recommendations)
            m_rows[Recommendations].values
                << recommendation.id << caseId << recommendation.description
                << recommendation.amountPence << sql::date(recommendation.dueOn)
                << sql::date(recommendation.compliedOn) << recommendation.remedyTypeCode;
    }
    for (const Note& note : record.notes)
        m_rows[Notes].values << note.id << caseId << sql::timestamp(note.createdAtUtc)
                             << note.author << note.text;
}

Status CasePartsBatch::flush()
{
    for (Rows& rows : m_rows) {
        if (Status written = write(rows); !written)
            return written;
        rows.values.clear();
    }
    m_pendingCases = 0;
    // Rows written after these without reserved ids (the case_child rows, an officer's
    // save of an older case) took ids of SQLite's choosing: read the largest again.
    m_ids.forget();
    return {};
}

// Statements of the full size while a full one's rows are left, then of halving sizes for
// the rest: at most nine statement texts a table, each prepared once on the connection.
Status CasePartsBatch::write(Rows& rows)
{
    const qsizetype width = rows.columnCount;
    const qsizetype full = rowsPerStatement(width);
    qsizetype left = rows.values.size() / width;
    qsizetype offset = 0;
    const auto insert = [&](qsizetype size) -> Status {
        auto text = rows.statements.find(size);
        if (text == rows.statements.end()) {
            const QString row = QStringLiteral("(?") + QStringLiteral(", ?").repeated(width - 1) +
                                QStringLiteral(")");
            text = rows.statements.insert(
                size, QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(rows.table, rows.columns) +
                          QStringList(size, row).join(QStringLiteral(", ")));
        }
        auto inserted =
            m_database.statements().run(text.value(), rows.values.mid(offset, size * width));
        if (!inserted)
            return Error{inserted.error()};
        offset += size * width;
        left -= size;
        return {};
    };
    while (left >= full)
        if (Status written = insert(full); !written)
            return written;
    for (qsizetype size = qsizetype(std::bit_floor(quint64(full))); size > 0; size /= 2)
        if (left >= size)
            if (Status written = insert(size); !written)
                return written;
    return {};
}

} // namespace redress

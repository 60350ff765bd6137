#include "ImportAddedStages.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "util/Clock.h"
#include "workflow/CaseWriter.h"

#include <QCoreApplication>
#include <utility>

namespace redress::import {

namespace {

// The context lupdate files these messages under, and the one they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
};

struct Added
{
    qint64 caseId = 0;
    int firstStage = 0;
    int lastStage = 0;
    QString stateBefore;
    QDate closedOnBefore;
};

} // namespace

ImportAddedStages::ImportAddedStages(Database& database, QString actor)
    : m_database(database), m_actor(std::move(actor))
{}

Status ImportAddedStages::record(qint64 batchId, const Case& before, const Case& after, qint64 row)
{
    auto noted = m_database.statements().run(
        QStringLiteral("INSERT INTO import_added_stage (import_batch_id, case_id, first_stage, "
                       "last_stage, state_before, closed_on_before, source_row) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {batchId, after.id, before.currentStageNumber() + 1, after.currentStageNumber(),
         caseStateCode(before.state), sql::date(before.closedOn), row});
    if (!noted)
        return Error{noted.error()};
    return {};
}

Result<bool> ImportAddedStages::addedBy(qint64 caseId, int stage, const QString& fileName) const
{
    auto count = m_database.statements().scalar(
        QStringLiteral("SELECT COUNT(*) FROM import_added_stage a JOIN import_batch b ON b.id = "
                       "a.import_batch_id WHERE a.case_id = ? AND a.first_stage <= ? AND "
                       "a.last_stage >= ? AND b.file_name = ? AND b.undone_at IS NULL"),
        {caseId, stage, stage, fileName}, 0);
    if (!count)
        return Error{count.error()};
    return count->toLongLong() > 0;
}

Result<qint64> ImportAddedStages::undo(qint64 batchId, const QString& fileName,
                                       const CaseWorkflow::Rules& rules)
{
    auto query = sql::exec(m_database.sql(),
                           QStringLiteral("SELECT case_id, first_stage, last_stage, state_before, "
                                          "closed_on_before FROM import_added_stage WHERE "
                                          "import_batch_id = ? ORDER BY id"),
                           {batchId});
    if (!query)
        return Error{query.error()};
    QList<Added> added;
    while (query->next())
        added.append({query->value(0).toLongLong(), query->value(1).toInt(),
                      query->value(2).toInt(), query->value(3).toString(),
                      sql::toDate(query->value(4))});
    CaseWriter writer(m_database, m_actor);
    qint64 removed = 0;
    for (const Added& stages : std::as_const(added)) {
        auto loaded = writer.repository().load(stages.caseId);
        if (!loaded)
            return Error{loaded.error()};
        const Case before = loaded.value();
        if (before.currentStageNumber() > stages.lastStage)
            return fail(Text::tr("%1 has reached stage %2 since import batch %3 added its stage "
                                 "%4; take that stage off the case first. Nothing was undone.")
                            .arg(before.reference)
                            .arg(before.currentStageNumber())
                            .arg(batchId)
                            .arg(stages.firstStage));
        Case after = before;
        while (after.currentStageNumber() >= stages.firstStage) {
            after.stages.removeLast();
            ++removed;
        }
        after.state = caseStateFromCode(stages.stateBefore).value_or(before.state);
        after.closedOn = stages.closedOnBefore;
        after = rules.withDeadlines(after, Clock::today());
        auto deleted = sql::exec(
            m_database.sql(), QStringLiteral("DELETE FROM stage WHERE case_id = ? AND number >= ?"),
            {stages.caseId, stages.firstStage});
        if (!deleted)
            return Error{deleted.error()};
        const QString detail =
            stages.firstStage == stages.lastStage
                ? Text::tr("Stage %1 removed by undoing import batch %2 (%3)")
                      .arg(stages.firstStage)
                      .arg(batchId)
                      .arg(fileName)
                : Text::tr("Stages %1 to %2 removed by undoing import batch %3 (%4)")
                      .arg(stages.firstStage)
                      .arg(stages.lastStage)
                      .arg(batchId)
                      .arg(fileName);
        if (Status saved = writer.update(before, after, QStringLiteral("undo_import"), detail);
            !saved)
            return Error{saved.error()};
    }
    auto cleared = sql::exec(
        m_database.sql(),
        QStringLiteral("DELETE FROM import_added_stage WHERE import_batch_id = ?"), {batchId});
    if (!cleared)
        return Error{cleared.error()};
    return removed;
}

} // namespace redress::import

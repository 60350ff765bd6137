// The writing half of an import's pass: the batch row, each checked case as it comes, and at
// the end the links, the search index and the audit trail's summary.
#include "Importer_p.h"
#include "storage/AuditLog.h"
#include "storage/CasePartsBatch.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "workflow/CaseWriter.h"

#include <QCoreApplication>

namespace redress::import {

namespace {

// The context lupdate files these messages under, and the one they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
};

} // namespace

Status Importer::Pass::beginWriting()
{
    auto batch = m_importer.m_database.statements().insert(
        QStringLiteral("INSERT INTO import_batch (imported_at, imported_by, file_name, "
                       "checksum, row_count) VALUES (?, ?, ?, ?, ?) RETURNING id"),
        {sql::timestamp(m_now), m_importer.m_actor, m_result.fileName, m_result.checksum, 0});
    if (!batch)
        return Error{batch.error()};
    m_result.batchId = batch.value();
    m_writer.emplace(m_importer.m_database, m_importer.m_actor);
    m_parts.emplace(m_importer.m_database);
    m_writer->repository().writeNewPartsTo(&*m_parts);
    keepOthersWriting();
    m_triggers.emplace(m_importer.m_database);
    if (Status suspended = m_triggers->suspend(); !suspended)
        return suspended;
    if (!m_importer.m_database.isSqlite())
        return {};
    auto before = m_importer.m_database.statements().scalar(
        QStringLiteral("SELECT COUNT(*) FROM cases"), {}, 0);
    if (!before)
        return Error{before.error()};
    m_casesBefore = before->toLongLong();
    m_indexes.emplace(m_importer.m_database);
    return {};
}

// Builds the indexes of `cases` afresh at the end rather than inserting into them case by
// case, once this import is at least as large as the table was: before that, rebuilding them
// over the cases already there would cost more than it saves.
Status Importer::Pass::suspendIndexesWhenLarge()
{
    if (!m_indexes || m_result.imported < m_casesBefore)
        return {};
    return m_indexes->suspend();
}

// On a team server people go on logging cases while an import runs: its audit entries are
// chained at its end, and its references taken on a connection of their own, so it holds the
// chain's lock for moments and no reference counter at all. (SQLite has one writer at a time
// whatever is done; holding the entries is no slower there.)
void Importer::Pass::keepOthersWriting()
{
    m_writer->holdAudit();
    if (m_importer.m_database.isSqlite())
        return;
    auto counters = m_importer.m_database.openAnother();
    if (!counters)
        return; // the counters are then taken in the import's transaction: others wait
    m_counters = std::move(counters.value());
    m_writer->repository().takeReferencesOn(m_counters.get());
}

// Writes one checked row's case (unless an earlier import has it) with its audit entry; gives
// its id, or 0 when it was skipped.
Result<qint64> Importer::Pass::write(ImportCandidate& candidate)
{
    auto existing = m_importer.existingCase(candidate, m_result.fileName);
    if (!existing)
        return Error{existing.error()};
    if (existing.value() != 0) {
        ++m_result.skipped;
        return qint64(0);
    }
    Case& record = candidate.record;
    record.importBatchId = m_result.batchId;
    const QString fileReference = record.reference;
    if (!record.reference.isEmpty()) {
        if (Status claimed = m_writer->repository().claimReference(record.reference); !claimed)
            return fail(Text::tr("Row %1: %2").arg(candidate.row).arg(claimed.error()));
        // Another database's export can carry a Redress reference an unrelated case here
        // already has: the row keeps it as its source reference and gets a new one. On a team
        // server that case may be one restricted from this login, which cannot be renumbered
        // around unseen: the row is refused, saying so (schema 28).
        const bool sqlite = m_importer.m_database.isSqlite();
        auto taken = sqlite ? m_importer.m_database.statements().scalar(
                                  QStringLiteral("SELECT COUNT(*) FROM cases WHERE reference = ?"),
                                  {record.reference}, 0)
                            : m_importer.m_database.statements().scalar(
                                  QStringLiteral("SELECT CASE WHEN EXISTS (SELECT 1 FROM cases "
                                                 "WHERE reference = ?) THEN 1 WHEN "
                                                 "redress_reference_taken(?) THEN -1 ELSE 0 END"),
                                  {record.reference, record.reference}, 0);
        if (!taken)
            return Error{taken.error()};
        if (taken->toLongLong() < 0) {
            refuseHiddenReference(candidate.row, fileReference);
            return qint64(0);
        }
        if (taken->toLongLong() > 0) {
            if (record.sourceReference.isEmpty())
                record.sourceReference = record.reference;
            record.reference.clear();
        }
    }
    if (!candidate.complainantKey.isEmpty())
        record.complainant.id = m_people.value(candidate.complainantKey);
    if (Status suspended = suspendIndexesWhenLarge(); !suspended)
        return Error{suspended.error()};
    const QString detail = Text::tr("Imported from %1, row %2 (batch %3)")
                               .arg(m_result.fileName)
                               .arg(candidate.row)
                               .arg(m_result.batchId);
    if (Status s = m_writer->insert(record, QStringLiteral("import"), detail, m_now); !s)
        return fail(Text::tr("Row %1: %2").arg(candidate.row).arg(s.error()));
    if (m_parts->pendingCases() == 1)
        m_pendingRows.first = candidate.row;
    m_pendingRows.second = candidate.row;
    if (m_parts->pendingCases() >= CasePartsBatch::casesPerFlush)
        if (Status flushed = flushParts(); !flushed)
            return Error{flushed.error()};
    if (!candidate.complainantKey.isEmpty() && record.complainant.id != 0)
        m_people.insert(candidate.complainantKey, record.complainant.id);
    ++m_result.imported;
    if (!fileReference.isEmpty())
        m_written.insert(fileReference, record.id);
    return record.id;
}

// A problem like any other of the row, at the reference's cell, so it stops the writing and
// the import says where; it gives away no more than that the case exists.
void Importer::Pass::refuseHiddenReference(qint64 row, const QString& reference)
{
    const int column = m_validator->columnOf(QStringLiteral("reference"), nullptr);
    ImportProblem problem = sheetProblem(
        row, QStringLiteral("reference"),
        Text::tr("the reference %1 belongs to a case you may not see (it is restricted to "
                 "named people), so this row cannot be imported under it")
            .arg(reference));
    problem.value = reference;
    problem.advice = Text::tr("someone named on that case can import this row");
    if (column >= 0) {
        problem.column = columnLetter(column);
        problem.heading = m_validator->mapping().columns.value(QStringLiteral("reference"));
    }
    QList<ImportProblem> refused{problem};
    m_problems.add(refused);
}

// Writes the parts of the cases written since it last ran (CasePartsBatch). A statement of
// many rows that the database refuses names the rows it held, not one of them.
Status Importer::Pass::flushParts()
{
    if (!m_parts || m_parts->pendingCases() == 0)
        return {};
    if (Status written = m_parts->flush(); !written)
        return fail(m_pendingRows.first == m_pendingRows.second
                        ? Text::tr("Row %1: %2").arg(m_pendingRows.first).arg(written.error())
                        : Text::tr("Rows %1 to %2: %3")
                              .arg(m_pendingRows.first)
                              .arg(m_pendingRows.second)
                              .arg(written.error()));
    return {};
}

// Links last, when every case they join has an id (and its parts are written); then the batch's row
// count and the summary in the audit trail.
Status Importer::Pass::finishWriting()
{
    if (Status flushed = flushParts(); !flushed)
        return flushed;
    if (m_triggers)
        if (Status indexed = m_triggers->resume(m_result.batchId); !indexed)
            return indexed;
    if (m_indexes)
        if (Status indexed = m_indexes->resume(); !indexed)
            return indexed;
    if (Status added = writeEarlierStages(); !added)
        return added;
    sql::PreparedStatements& statements = m_importer.m_database.statements();
    for (const Link& link : std::as_const(m_links)) {
        if (link.caseId == 0)
            continue;
        if (link.bySource) {
            const QString reference = link.reference.trimmed().toUpper();
            auto other = m_writtenBySource.contains(reference)
                             ? Result<qint64>(m_writtenBySource.value(reference))
                             : caseNamed(reference);
            if (!other)
                return Error{other.error()};
            if (other.value() != 0 && other.value() != link.caseId) {
                auto linked = statements.run(QStringLiteral("INSERT INTO case_link (from_case_id, "
                                                            "to_case_id, kind) VALUES (?, ?, ?)"),
                                             {link.caseId, other.value(), link.kind});
                if (!linked)
                    return Error{linked.error()};
            }
            continue;
        }
        // A case of this file first, under the reference the file gives it.
        auto other =
            m_written.contains(link.reference.toUpper())
                ? Result<QVariant>(QVariant(m_written.value(link.reference.toUpper())))
                : statements.scalar(QStringLiteral("SELECT id FROM cases WHERE reference = ?"),
                                    {link.reference.toUpper()});
        if (!other)
            return Error{other.error()};
        auto linked = statements.run(
            QStringLiteral(
                "INSERT INTO case_link (from_case_id, to_case_id, kind) VALUES (?, ?, ?)"),
            {link.caseId, other->toLongLong(), link.kind});
        if (!linked)
            return Error{linked.error()};
    }
    auto counted =
        statements.run(QStringLiteral("UPDATE import_batch SET row_count = ? WHERE id = ?"),
                       {m_result.rows, m_result.batchId});
    if (!counted)
        return Error{counted.error()};
    AuditEntry summary;
    summary.atUtc = m_now;
    summary.action = QStringLiteral("import");
    summary.detail =
        Text::tr("Imported %1 cases from %2 (SHA-256 %3) as batch %4; %5 already there")
            .arg(m_result.imported)
            .arg(m_result.fileName, m_result.checksum)
            .arg(m_result.batchId)
            .arg(m_result.skipped);
    if (Status noted = m_writer->note(summary); !noted)
        return noted;
    return m_writer->flushAudit();
}
} // namespace redress::import

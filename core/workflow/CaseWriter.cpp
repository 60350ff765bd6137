#include "CaseWriter.h"

#include "domain/CaseJson.h"
#include "storage/Database.h"

namespace redress {

CaseWriter::CaseWriter(Database& database, QString actor)
    : m_database(database), m_actor(std::move(actor)), m_cases(database), m_audit(database)
{}

Status CaseWriter::insert(Case& record, const QString& action, const QString& detail,
                          const QDateTime& atUtc)
{
    return m_database.transaction([&]() -> Status {
        if (Status locked = m_audit.lockChain(); !locked)
            return locked;
        if (Status inserted = m_cases.insert(record); !inserted)
            return inserted;
        return auditInsert(record, action, detail, atUtc);
    });
}

Status CaseWriter::auditInsert(const Case& record, const QString& action, const QString& detail,
                               const QDateTime& atUtc)
{
    AuditEntry entry;
    entry.atUtc = atUtc;
    entry.actor = m_actor;
    entry.caseId = record.id;
    entry.caseReference = record.reference;
    entry.action = action;
    entry.detail = detail;
    // As text straight from the case: building the object only to compact it was a sixth of
    // an import's CPU.
    entry.afterText = CaseJson::auditSnapshotText(record);
    return m_audit.append(entry);
}

Status CaseWriter::update(const Case& before, Case& after, const QString& action,
                          const QString& detail)
{
    const Case given = after;
    const Status saved = m_database.transaction([&]() -> Status {
        if (Status locked = m_audit.lockChain(); !locked)
            return locked;
        if (Status written = m_cases.update(after); !written)
            return written;
        return auditUpdate(before, after, action, detail);
    });
    // Rolled back: the case is as the caller had it, so a retried transaction saves it again.
    if (!saved)
        after = given;
    return saved;
}

Status CaseWriter::auditUpdate(const Case& before, const Case& after, const QString& action,
                               const QString& detail)
{
    auto [changedBefore, changedAfter] =
        AuditLog::changes(CaseJson::auditSnapshot(before), CaseJson::auditSnapshot(after));
    AuditEntry entry;
    entry.actor = m_actor;
    entry.caseId = after.id;
    entry.caseReference = after.reference;
    entry.action = action;
    entry.detail = detail;
    entry.before = changedBefore;
    entry.after = changedAfter;
    return m_audit.append(entry);
}

Status CaseWriter::note(AuditEntry entry)
{
    if (entry.actor.isEmpty())
        entry.actor = m_actor;
    return m_audit.append(entry);
}

} // namespace redress

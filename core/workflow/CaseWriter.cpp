#include "CaseWriter.h"

#include "domain/CaseJson.h"

namespace redress {

CaseWriter::CaseWriter(Database& database, QString actor)
    : m_actor(std::move(actor)), m_cases(database), m_audit(database)
{}

Status CaseWriter::insert(Case& record, const QString& action, const QString& detail,
                          const QDateTime& atUtc)
{
    if (Status inserted = m_cases.insert(record); !inserted)
        return inserted;
    AuditEntry entry;
    entry.atUtc = atUtc;
    entry.actor = m_actor;
    entry.caseId = record.id;
    entry.caseReference = record.reference;
    entry.action = action;
    entry.detail = detail;
    entry.after = CaseJson::auditSnapshot(record);
    return m_audit.append(entry);
}

Status CaseWriter::update(const Case& before, Case& after, const QString& action,
                          const QString& detail)
{
    if (Status saved = m_cases.update(after); !saved)
        return saved;
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

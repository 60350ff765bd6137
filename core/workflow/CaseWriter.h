#pragma once

#include "domain/Case.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"
#include "util/Result.h"

#include <QDateTime>
#include <QString>

namespace redress {

class Database;

// The one way a case is written with its audit entry: logging from the desktop or the
// command line, importing a log, generating demo data and every workflow change all save
// through it, so every case in the database has the trail that explains it. Each write is
// one transaction (or joins the caller's), so both or neither are kept; on PostgreSQL it
// first takes the audit chain's lock, so writers queue in one order and never deadlock.
class CaseWriter
{
public:
    CaseWriter(Database& database, QString actor);

    const QString& actor() const { return m_actor; }
    CaseRepository& repository() { return m_cases; }

    // Inserts a new case (giving it an id, a version and, if it has none, a reference) and
    // audits it whole. `atUtc` stamps the entry (now when null), e.g. one time for a batch.
    Status insert(Case& record, const QString& action, const QString& detail,
                  const QDateTime& atUtc = {});
    // Saves `after` over `before` (refused if someone else saved the case since) and audits
    // the fields that changed.
    Status update(const Case& before, Case& after, const QString& action, const QString& detail);
    // Audits an event that is not a change of one case (e.g. an import's summary).
    Status note(AuditEntry entry);
    // Keeps the audit entries until flushAudit(), for a long writer (see AuditLog).
    void holdAudit() { m_audit.holdEntries(); }
    Status flushAudit() { return m_audit.flushHeld(); }

private:
    Status auditInsert(const Case& record, const QString& action, const QString& detail,
                       const QDateTime& atUtc);
    Status auditUpdate(const Case& before, const Case& after, const QString& action,
                       const QString& detail);

    Database& m_database;
    QString m_actor;
    CaseRepository m_cases;
    AuditLog m_audit;
};

} // namespace redress

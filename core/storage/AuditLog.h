#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace redress {

class Database;

struct AuditEntry
{
    qint64 id = 0;
    QDateTime atUtc;
    QString actor;
    qint64 caseId = 0;
    QString caseReference;
    QString action;     // the workflow transition or edit, e.g. "extend"
    QString detail;     // what a person reads in the timeline
    QJsonObject before; // only the fields that changed
    QJsonObject after;
    // `before` and `after` as compact JSON text (UTF-8), for a writer that has them as text
    // already (CaseJson::auditSnapshotText): stored as they are instead of the objects. Left
    // empty when reading entries back.
    QByteArray beforeText;
    QByteArray afterText;
    QString previousHash;    // the entry before it in the chain ("" for the first)
    QString hash;            // SHA-256 of previousHash and this entry's content (as digests)
    QDateTime redactedAtUtc; // when its detail, before and after were blanked, if they were
};

// The first entry of the chain that does not hold, as `redress-cli check` reports it.
struct BrokenLink
{
    qint64 entryId = 0;
    QString caseReference;
    QString reason;
};

// The append-only trail: who, when, what, before and after. The database refuses updates
// and deletes of it (triggers and, on a team server, privileges), so this class only appends
// and reads. Each entry is chained to the one before it by a hash, so a change made behind
// Redress's back (a trigger dropped, a row edited) is found by verifyChain().
//
// The chain covers the digests of an entry's detail, before and after, kept beside them, so
// that when a case is anonymised or deleted its entries' personal content can be blanked
// (redactCases) and the chain still verifies: such an entry is reported as redacted, and any
// other change to it as tampering.
class AuditLog
{
public:
    explicit AuditLog(Database& database) : m_database(database) {}

    // Stamps the entry with Clock::currentDateTimeUtc() when it has no time. On PostgreSQL
    // the actor is the server's login, whatever the entry says.
    Status append(AuditEntry entry);
    // On PostgreSQL, takes the chain's lock for the rest of the transaction (append() does
    // too). A writer that will append calls it first, so that writers of several cases queue
    // in one order and never deadlock. While entries are held it does nothing.
    Status lockChain();
    // From now on append() keeps its entries until flushHeld() chains and writes them, in the
    // same transaction: a long writer (an import) then holds the chain's lock only while it
    // writes them at its end, so people saving cases meanwhile wait moments, not the whole
    // import. The entries are exactly those append() would have written, in the same order.
    void holdEntries() { m_holding = true; }
    Status flushHeld();
    // Walks the whole chain; the first entry whose hash or link does not hold, if any.
    Result<std::optional<BrokenLink>> verifyChain() const;
    // Chains the entries stored before the chain existed, or before it covered digests (run
    // once, by the migration).
    static Status chainExisting(Database& database);
    // Blanks the detail, before and after of every entry of these cases, which must have been
    // anonymised or deleted already (in the same transaction), and appends an entry saying
    // so (as `actor`, with `reason`, and only counts). On PostgreSQL this runs as
    // redress_redact_audit, a function only an administrator may execute. Gives how many entries
    // were blanked.
    Result<qint64> redactCases(const QList<qint64>& caseIds, const QString& actor,
                               const QString& reason);
    // How many entries have had their personal content blanked.
    Result<qint64> redactedCount() const;
    Result<QList<AuditEntry>> entriesForCase(qint64 caseId) const;
    Result<QList<AuditEntry>> latest(int limit) const;
    // Every entry whose text, before or after matches `pattern` (a LIKE pattern of lower-case
    // text, '!' its escape character), oldest first: what the trail says about a person.
    Result<QList<AuditEntry>> entriesMatching(const QString& pattern) const;

    // The fields of `after` that differ from `before`, as {before, after} halves.
    static std::pair<QJsonObject, QJsonObject> changes(const QJsonObject& before,
                                                       const QJsonObject& after);

    // SHA-256 (hex) of a text as UTF-8: the digest of a detail, before or after.
    static QString digest(const QString& text);
    // SHA-256 (hex) over the digests of the previous hash, the entry's fields as stored and
    // its content's digests (as redress_redact_audit computes it on PostgreSQL).
    static QString hashOf(const QString& previousHash, const QString& at, const QString& actor,
                          qint64 caseId, const QString& caseReference, const QString& action,
                          const QString& detailDigest, const QString& beforeDigest,
                          const QString& afterDigest);

private:
    // An entry as it will be stored, before it is chained: its before and after as UTF-8,
    // which is what their digests cover, converted for binding once.
    struct Unchained
    {
        QString at;
        QString actor;
        qint64 caseId = 0;
        QString caseReference;
        QString action;
        QString detail;
        QByteArray before;
        QByteArray after;
    };
    Result<QList<AuditEntry>> read(const QString& statement, const QVariantList& values) const;
    Status writeChained(const QList<Unchained>& entries);

    Database& m_database;
    bool m_holding = false;
    QList<Unchained> m_held;
};

} // namespace redress

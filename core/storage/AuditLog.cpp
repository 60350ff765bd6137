#include "AuditLog.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace redress {

namespace {
QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parse(const QVariant& value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}
} // namespace

Status AuditLog::append(AuditEntry entry)
{
    if (!entry.atUtc.isValid())
        entry.atUtc = Clock::currentDateTimeUtc();
    // The server writes its own login as the actor (a trigger); the hash must cover that.
    if (!m_database.isSqlite())
        entry.actor = m_database.serverLogin();
    const QString at = sql::timestamp(entry.atUtc).toString();
    const QString before = compact(entry.before);
    const QString after = compact(entry.after);
    return m_database.transaction([&]() -> Status {
        if (Status locked = lockChain(); !locked)
            return locked;
        // Under the chain's lock (or SQLite's write lock) no other writer can append between
        // this read and the insert, so the entries chain in the order of their ids.
        auto previous = m_database.statements().scalar(
            QStringLiteral("SELECT entry_hash FROM audit_entry ORDER BY id DESC LIMIT 1"), {},
            QString());
        if (!previous)
            return Error{previous.error()};
        const QString previousHash = previous->toString();
        const QString hash = hashOf(previousHash, at, entry.actor, entry.caseId,
                                    entry.caseReference, entry.action, entry.detail, before, after);
        // Prepared once: an import or the demo generator appends one entry per case.
        auto inserted = m_database.statements().run(
            QStringLiteral("INSERT INTO audit_entry (at, actor, case_id, case_reference, "
                           "action, detail, before_state, after_state, previous_hash, entry_hash) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {at, entry.actor, sql::id(entry.caseId), entry.caseReference, entry.action,
             entry.detail, before, after, previousHash, hash});
        return inserted ? Status{} : Status{Error{inserted.error()}};
    });
}

Status AuditLog::lockChain()
{
    if (m_database.isSqlite())
        return {}; // BEGIN IMMEDIATE already holds the only write lock
    auto locked = m_database.statements().scalar(
        QStringLiteral("SELECT pg_advisory_xact_lock(5383678735)"), {});
    return locked ? Status{} : Status{Error{locked.error()}};
}

QString AuditLog::hashOf(const QString& previousHash, const QString& at, const QString& actor,
                         qint64 caseId, const QString& caseReference, const QString& action,
                         const QString& detail, const QString& before, const QString& after)
{
    // A JSON array keeps the fields apart: no two different entries give the same text.
    const QJsonArray content = {previousHash,  at,     actor,  QString::number(caseId),
                                caseReference, action, detail, before,
                                after};
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(content).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex());
}

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("AuditLog", text);
}

constexpr int chainChunk = 5000;

// One entry of the trail as stored, with what its hash covers.
struct StoredLink
{
    qint64 id = 0;
    QString previousHash;
    QString storedHash;
    QString at;
    QString actor;
    qint64 caseId = 0;
    QString caseReference;
    QString action;
    QString detail;
    QString before;
    QString after;

    QString hashAfter(const QString& previous) const
    {
        return AuditLog::hashOf(previous, at, actor, caseId, caseReference, action, detail, before,
                                after);
    }
};

// The next chunk of the trail after `afterId`, in the order of the chain.
Result<QList<StoredLink>> readLinks(Database& database, qint64 afterId)
{
    auto query = sql::exec(
        database.sql(),
        QStringLiteral("SELECT id, at, actor, case_id, case_reference, action, detail, "
                       "before_state, after_state, previous_hash, entry_hash FROM audit_entry "
                       "WHERE id > ? ORDER BY id LIMIT %1")
            .arg(chainChunk),
        {afterId});
    if (!query)
        return Error{query.error()};
    QList<StoredLink> links;
    while (query->next())
        links.append(
            {query->value(0).toLongLong(), query->value(9).toString(), query->value(10).toString(),
             sql::timestamp(sql::toTimestamp(query->value(1))).toString(),
             query->value(2).toString(), query->value(3).toLongLong(), query->value(4).toString(),
             query->value(5).toString(), query->value(6).toString(), query->value(7).toString(),
             query->value(8).toString()});
    return links;
}

} // namespace

Result<std::optional<BrokenLink>> AuditLog::verifyChain() const
{
    qint64 afterId = 0;
    QString previous;
    for (;;) {
        auto links = readLinks(m_database, afterId);
        if (!links)
            return Error{links.error()};
        for (const StoredLink& link : std::as_const(links.value())) {
            if (link.previousHash != previous)
                return std::optional<BrokenLink>(BrokenLink{
                    link.id, link.caseReference,
                    tr("audit entry %1 does not follow on from the entry before it: an entry "
                       "before it was removed or changed after it was written")
                        .arg(link.id)});
            if (link.storedHash != link.hashAfter(previous))
                return std::optional<BrokenLink>(BrokenLink{
                    link.id, link.caseReference,
                    tr("audit entry %1 was changed after it was written: its content no longer "
                       "matches its hash")
                        .arg(link.id)});
            previous = link.storedHash;
            afterId = link.id;
        }
        if (links->size() < chainChunk)
            return std::optional<BrokenLink>();
    }
}

Status AuditLog::chainExisting(Database& database)
{
    auto count = sql::scalar(database.sql(), QStringLiteral("SELECT COUNT(*) FROM audit_entry"));
    if (!count)
        return Error{count.error()};
    if (count->toLongLong() == 0)
        return {};
    // The append-only guard is lifted for this one transaction, and put back before it ends.
    const bool sqlite = database.isSqlite();
    const QStringList lift =
        sqlite ? QStringList{QStringLiteral("DROP TRIGGER audit_entry_no_update")}
               : QStringList{QStringLiteral(
                     "ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_change")};
    const QStringList restore =
        sqlite ? QStringList{QStringLiteral(
                     "CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry\n"
                     "BEGIN\n    SELECT RAISE(ABORT, 'the audit trail is append-only');\nEND")}
               : QStringList{QStringLiteral(
                     "ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_change")};
    for (const QString& statement : lift)
        if (auto done = sql::exec(database.sql(), statement); !done)
            return Error{done.error()};
    qint64 afterId = 0;
    QString previous;
    for (;;) {
        auto links = readLinks(database, afterId);
        if (!links)
            return Error{links.error()};
        for (const StoredLink& link : std::as_const(links.value())) {
            const QString hash = link.hashAfter(previous);
            auto updated = database.statements().run(
                QStringLiteral(
                    "UPDATE audit_entry SET previous_hash = ?, entry_hash = ? WHERE id = ?"),
                {previous, hash, link.id});
            if (!updated)
                return Error{updated.error()};
            previous = hash;
            afterId = link.id;
        }
        if (links->size() < chainChunk)
            break;
    }
    for (const QString& statement : restore)
        if (auto done = sql::exec(database.sql(), statement); !done)
            return Error{done.error()};
    return {};
}

Result<QList<AuditEntry>> AuditLog::read(const QString& statement, const QVariantList& values) const
{
    auto query = sql::exec(m_database.sql(), statement, values);
    if (!query)
        return Error{query.error()};
    QList<AuditEntry> result;
    while (query->next()) {
        result.append({query->value(0).toLongLong(), sql::toTimestamp(query->value(1)),
                       query->value(2).toString(), query->value(3).toLongLong(),
                       query->value(4).toString(), query->value(5).toString(),
                       query->value(6).toString(), parse(query->value(7)), parse(query->value(8)),
                       query->value(9).toString(), query->value(10).toString()});
    }
    return result;
}

Result<QList<AuditEntry>> AuditLog::entriesForCase(qint64 caseId) const
{
    return read(
        QStringLiteral("SELECT id, at, actor, case_id, case_reference, action, detail, "
                       "before_state, after_state, previous_hash, entry_hash FROM audit_entry "
                       "WHERE case_id = ? ORDER BY id"),
        {caseId});
}

Result<QList<AuditEntry>> AuditLog::latest(int limit) const
{
    return read(
        QStringLiteral("SELECT id, at, actor, case_id, case_reference, action, detail, "
                       "before_state, after_state, previous_hash, entry_hash FROM audit_entry "
                       "ORDER BY id DESC LIMIT ?"),
        {limit});
}

Result<QList<AuditEntry>> AuditLog::entriesMatching(const QString& pattern) const
{
    return read(
        QStringLiteral("SELECT id, at, actor, case_id, case_reference, action, detail, "
                       "before_state, after_state, previous_hash, entry_hash FROM audit_entry "
                       "WHERE LOWER(detail) LIKE ? ESCAPE '!' OR LOWER(before_state) LIKE ? "
                       "ESCAPE '!' OR LOWER(after_state) LIKE ? ESCAPE '!' ORDER BY id"),
        {pattern, pattern, pattern});
}

std::pair<QJsonObject, QJsonObject> AuditLog::changes(const QJsonObject& before,
                                                      const QJsonObject& after)
{
    QJsonObject changedBefore;
    QJsonObject changedAfter;
    QSet<QString> keys;
    for (auto it = before.begin(); it != before.end(); ++it)
        keys.insert(it.key());
    for (auto it = after.begin(); it != after.end(); ++it)
        keys.insert(it.key());
    for (const QString& key : keys) {
        if (before.value(key) == after.value(key))
            continue;
        if (before.contains(key))
            changedBefore.insert(key, before.value(key));
        if (after.contains(key))
            changedAfter.insert(key, after.value(key));
    }
    return {changedBefore, changedAfter};
}

} // namespace redress

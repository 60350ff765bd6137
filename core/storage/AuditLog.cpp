#include "AuditLog.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <charconv>
#include <optional>
#include <utility>

namespace redress {

namespace {
// Held entries written at a time on SQLite, and rows per INSERT statement when writing many.
constexpr qsizetype heldChunk = 1000;
constexpr qsizetype rowsPerInsert = 25;

const QString auditColumns =
    QStringLiteral("INSERT INTO audit_entry (at, actor, case_id, case_reference, action, detail, "
                   "before_state, after_state, previous_hash, entry_hash, detail_digest, "
                   "before_digest, after_digest) VALUES ");
const QString auditRow = QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

// The INSERT of `rows` entries in one statement.
QString insertRows(qsizetype rows)
{
    QString statement = auditColumns;
    for (qsizetype i = 0; i < rows; ++i) {
        if (i > 0)
            statement += u',';
        statement += auditRow;
    }
    return statement;
}

// An object as compact JSON text, unless the writer gave it as text already.
QByteArray compact(const QJsonObject& object, const QByteArray& text)
{
    return text.isEmpty() ? QJsonDocument(object).toJson(QJsonDocument::Compact) : text;
}

// SHA-256 in hex, of an entry's parts and of its link: one hasher reused (a hash() per
// digest made and freed one), digests kept as bytes rather than converted to QString and
// back, and the digests of the parts a batch's entries share (its time, actor and action)
// remembered.
class ChainHasher
{
public:
    QByteArray digest(QByteArrayView utf8)
    {
        m_part.reset();
        m_part.addData(utf8);
        return hex(m_part.resultView());
    }
    QByteArray digest(const QString& text) { return digest(QByteArrayView(text.toUtf8())); }

    // SHA-256 (hex) over the digests of the previous hash, the entry's fields as stored and
    // its content's digests, in that order: the text AuditLog::hashOf() describes.
    QByteArray link(QByteArrayView previousHash, const QString& at, const QString& actor,
                    qint64 caseId, const QString& caseReference, const QString& action,
                    QByteArrayView detailDigest, QByteArrayView beforeDigest,
                    QByteArrayView afterDigest)
    {
        char number[24];
        const auto written = std::to_chars(number, number + sizeof number, caseId);
        // The same bytes as the digests' concatenation, fed to the outer hash in turn.
        m_link.reset();
        m_link.addData(digest(previousHash));
        m_link.addData(remembered(m_at, at));
        m_link.addData(remembered(m_actor, actor));
        m_link.addData(digest(QByteArrayView(number, written.ptr - number)));
        m_link.addData(digest(caseReference));
        m_link.addData(remembered(m_action, action));
        m_link.addData(detailDigest);
        m_link.addData(beforeDigest);
        m_link.addData(afterDigest);
        return hex(m_link.resultView());
    }

private:
    struct Remembered
    {
        QString text;
        QByteArray digest;
    };

    static QByteArray hex(QByteArrayView hash)
    {
        static constexpr char digits[] = "0123456789abcdef";
        QByteArray text(hash.size() * 2, Qt::Uninitialized);
        char* out = text.data();
        for (const char byte : hash) {
            *out++ = digits[(uchar(byte) >> 4) & 0xf];
            *out++ = digits[uchar(byte) & 0xf];
        }
        return text;
    }

    const QByteArray& remembered(Remembered& last, const QString& text)
    {
        if (last.digest.isEmpty() || last.text != text)
            last = {text, digest(text)};
        return last.digest;
    }

    QCryptographicHash m_part{QCryptographicHash::Sha256};
    QCryptographicHash m_link{QCryptographicHash::Sha256};
    Remembered m_at;
    Remembered m_actor;
    Remembered m_action;
};

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
    Unchained unchained{sql::timestamp(entry.atUtc).toString(),
                        entry.actor,
                        entry.caseId,
                        entry.caseReference,
                        entry.action,
                        entry.detail,
                        compact(entry.before, entry.beforeText),
                        compact(entry.after, entry.afterText)};
    if (m_holding) {
        m_held.append(std::move(unchained));
        // SQLite's one writer holds the database for the whole transaction anyway, so the
        // held entries are written a chunk at a time there: holding a 100,000-case import's
        // snapshots to its end took over 400 MB. Nothing else appends on the connection
        // meanwhile, so the chain and the order are those of writing them at the end.
        if (m_database.isSqlite() && m_held.size() >= heldChunk)
            return writeChained(std::exchange(m_held, {}));
        return {};
    }
    return writeChained({unchained});
}

Status AuditLog::flushHeld()
{
    m_holding = false;
    const QList<Unchained> held = std::exchange(m_held, {});
    return held.isEmpty() ? Status{} : writeChained(held);
}

Status AuditLog::writeChained(const QList<Unchained>& entries)
{
    return m_database.transaction([&]() -> Status {
        if (Status locked = lockChain(); !locked)
            return locked;
        // Under the chain's lock (or SQLite's write lock) no other writer can append between
        // this read and the inserts, so the entries chain in the order of their ids. On
        // PostgreSQL the last entry may be one this login may not see (a restricted case's).
        auto head = m_database.statements().scalar(
            m_database.isSqlite()
                ? QStringLiteral("SELECT entry_hash FROM audit_entry ORDER BY id DESC LIMIT 1")
                : QStringLiteral("SELECT redress_audit_head()"),
            {}, QString());
        if (!head)
            return Error{head.error()};
        // Bound as it was read (the first entry's is null), hashed as UTF-8.
        QString previousHash = head->toString();
        QByteArray previousUtf8 = previousHash.toUtf8();
        ChainHasher hasher;
        // Many entries (an import's) go in statements of many rows, each prepared once: a
        // statement per entry cost SQLite a step and a reset, and Qt a binding, every time.
        static const QString single = insertRows(1);
        static const QString several = insertRows(rowsPerInsert);
        const qsizetype wholeRows = entries.size() - entries.size() % rowsPerInsert;
        QVariantList values;
        values.reserve(13 * rowsPerInsert);
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const Unchained& entry = entries.at(i);
            const QByteArray detailDigest = hasher.digest(entry.detail);
            const QByteArray beforeDigest = hasher.digest(QByteArrayView(entry.before));
            const QByteArray afterDigest = hasher.digest(QByteArrayView(entry.after));
            QByteArray hashUtf8 =
                hasher.link(previousUtf8, entry.at, entry.actor, entry.caseId, entry.caseReference,
                            entry.action, detailDigest, beforeDigest, afterDigest);
            const QString hash = QString::fromLatin1(hashUtf8);
            // Bound as text: a QByteArray would be stored as a blob.
            values << entry.at << entry.actor << sql::id(entry.caseId) << entry.caseReference
                   << entry.action << entry.detail << QString::fromUtf8(entry.before)
                   << QString::fromUtf8(entry.after) << previousHash << hash
                   << QString::fromLatin1(detailDigest) << QString::fromLatin1(beforeDigest)
                   << QString::fromLatin1(afterDigest);
            previousHash = hash;
            previousUtf8 = std::move(hashUtf8);
            // Whole statements while a full one's rows are left, then one row at a time.
            const bool tail = i >= wholeRows;
            if (!tail && values.size() < 13 * rowsPerInsert)
                continue;
            auto inserted = m_database.statements().run(tail ? single : several, values);
            if (!inserted)
                return Error{inserted.error()};
            values.clear();
        }
        return Status{};
    });
}

Status AuditLog::lockChain()
{
    if (m_database.isSqlite() || m_holding)
        return {}; // BEGIN IMMEDIATE already holds the only write lock
    auto locked = m_database.statements().scalar(
        QStringLiteral("SELECT pg_advisory_xact_lock(5383678735)"), {});
    return locked ? Status{} : Status{Error{locked.error()}};
}

QString AuditLog::digest(const QString& text)
{
    return QString::fromLatin1(ChainHasher().digest(text));
}

QString AuditLog::hashOf(const QString& previousHash, const QString& at, const QString& actor,
                         qint64 caseId, const QString& caseReference, const QString& action,
                         const QString& detailDigest, const QString& beforeDigest,
                         const QString& afterDigest)
{
    // Digests of a fixed length keep the fields apart (no two different entries give the same
    // text), and the server's SQL can compute the same without a JSON encoder.
    return QString::fromLatin1(ChainHasher().link(previousHash.toUtf8(), at, actor, caseId,
                                                  caseReference, action, detailDigest.toUtf8(),
                                                  beforeDigest.toUtf8(), afterDigest.toUtf8()));
}

namespace {

// The context lupdate files these messages under, and the one they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
};

// What a redacted entry holds instead of its detail, before and after.
const QString blankDetail;
const QString blankState = QStringLiteral("{}");

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
    QString detailDigest;
    QString beforeDigest;
    QString afterDigest;
    bool redacted = false;
    // Read on the server, which does not hand out a restricted case's content.
    std::optional<bool> contentHoldsOnServer;

    QString hashAfter(const QString& previous) const
    {
        return AuditLog::hashOf(previous, at, actor, caseId, caseReference, action, detailDigest,
                                beforeDigest, afterDigest);
    }
    // Its content still what its digests say, or (only when it was redacted) blanked.
    bool contentHolds() const
    {
        if (contentHoldsOnServer)
            return *contentHoldsOnServer;
        const auto holds = [&](const QString& text, const QString& stored, const QString& blank) {
            return AuditLog::digest(text) == stored || (redacted && text == blank);
        };
        return holds(detail, detailDigest, blankDetail) &&
               holds(before, beforeDigest, blankState) && holds(after, afterDigest, blankState);
    }
};

// The next chunk of the trail after `afterId`, in the order of the chain.
Result<QList<StoredLink>> readLinks(Database& database, qint64 afterId)
{
    auto query = sql::exec(
        database.sql(),
        QStringLiteral("SELECT id, at, actor, case_id, case_reference, action, detail, "
                       "before_state, after_state, previous_hash, entry_hash, detail_digest, "
                       "before_digest, after_digest, redacted_at FROM audit_entry "
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
             query->value(8).toString(), query->value(11).toString(), query->value(12).toString(),
             query->value(13).toString(), !query->value(14).isNull(), std::nullopt});
    return links;
}

// The same chunk on PostgreSQL, through the owner's function: row-level security hides a
// restricted case's entries from most logins, yet the chain runs through them.
Result<QList<StoredLink>> readLinksOnServer(Database& database, qint64 afterId)
{
    auto query = sql::exec(
        database.sql(),
        QStringLiteral("SELECT id, at, actor, case_id, case_reference, action, previous_hash, "
                       "entry_hash, detail_digest, before_digest, after_digest, redacted, "
                       "content_holds FROM redress_audit_links(?, %1)")
            .arg(chainChunk),
        {afterId});
    if (!query)
        return Error{query.error()};
    QList<StoredLink> links;
    while (query->next()) {
        StoredLink link;
        link.id = query->value(0).toLongLong();
        link.at = sql::timestamp(sql::toTimestamp(query->value(1))).toString();
        link.actor = query->value(2).toString();
        link.caseId = query->value(3).toLongLong();
        link.caseReference = query->value(4).toString();
        link.action = query->value(5).toString();
        link.previousHash = query->value(6).toString();
        link.storedHash = query->value(7).toString();
        link.detailDigest = query->value(8).toString();
        link.beforeDigest = query->value(9).toString();
        link.afterDigest = query->value(10).toString();
        link.redacted = query->value(11).toBool();
        link.contentHoldsOnServer = query->value(12).toBool();
        links.append(link);
    }
    return links;
}

// Lifts (or puts back) the append-only guard against updates, inside a transaction: as the
// file's owner on SQLite, as the table's owner on PostgreSQL.
Status setGuard(Database& database, bool on)
{
    QString statement;
    if (database.isSqlite())
        statement = on ? QStringLiteral("CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON "
                                        "audit_entry\nBEGIN\n    SELECT RAISE(ABORT, 'the audit "
                                        "trail is append-only');\nEND")
                       : QStringLiteral("DROP TRIGGER audit_entry_no_update");
    else
        statement = QStringLiteral("ALTER TABLE audit_entry %1 TRIGGER audit_entry_no_change")
                        .arg(on ? QStringLiteral("ENABLE") : QStringLiteral("DISABLE"));
    auto done = sql::exec(database.sql(), statement);
    return done ? Status{} : Status{Error{done.error()}};
}

} // namespace

Result<std::optional<BrokenLink>> AuditLog::verifyChain() const
{
    qint64 afterId = 0;
    QString previous;
    for (;;) {
        auto links = m_database.isSqlite() ? readLinks(m_database, afterId)
                                           : readLinksOnServer(m_database, afterId);
        if (!links)
            return Error{links.error()};
        for (const StoredLink& link : std::as_const(links.value())) {
            if (link.previousHash != previous)
                return std::optional<BrokenLink>(BrokenLink{
                    link.id, link.caseReference,
                    Text::tr("audit entry %1 does not follow on from the entry before it: an entry "
                             "before it was removed or changed after it was written")
                        .arg(link.id)});
            if (link.storedHash != link.hashAfter(previous) || !link.contentHolds())
                return std::optional<BrokenLink>(BrokenLink{
                    link.id, link.caseReference,
                    Text::tr(
                        "audit entry %1 was changed after it was written: its content no longer "
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
    if (Status lifted = setGuard(database, false); !lifted)
        return lifted;
    qint64 afterId = 0;
    QString previous;
    for (;;) {
        auto links = readLinks(database, afterId);
        if (!links)
            return Error{links.error()};
        for (StoredLink& link : links.value()) {
            link.detailDigest = digest(link.detail);
            link.beforeDigest = digest(link.before);
            link.afterDigest = digest(link.after);
            const QString hash = link.hashAfter(previous);
            auto updated = database.statements().run(
                QStringLiteral("UPDATE audit_entry SET previous_hash = ?, entry_hash = ?, "
                               "detail_digest = ?, before_digest = ?, after_digest = ? "
                               "WHERE id = ?"),
                {previous, hash, link.detailDigest, link.beforeDigest, link.afterDigest, link.id});
            if (!updated)
                return Error{updated.error()};
            previous = hash;
            afterId = link.id;
        }
        if (links->size() < chainChunk)
            break;
    }
    return setGuard(database, true);
}

Result<qint64> AuditLog::redactCases(const QList<qint64>& caseIds, const QString& actor,
                                     const QString& reason)
{
    if (caseIds.isEmpty())
        return qint64(0);
    QStringList ids;
    for (qint64 id : caseIds)
        ids << QString::number(id);
    const QDateTime at = Clock::currentDateTimeUtc();
    if (!m_database.isSqlite()) {
        // The server checks the cases and writes the entry itself (a SECURITY DEFINER
        // function), since no person's login may change the trail.
        auto redacted =
            sql::scalar(m_database.sql(),
                        QStringLiteral("SELECT redress_redact_audit(CAST(? AS BIGINT[]), CAST(? AS "
                                       "TIMESTAMPTZ), ?)"),
                        {QString(u'{' + ids.join(u',') + u'}'), sql::timestamp(at), reason});
        if (!redacted && redacted.error().contains(QStringLiteral("permission denied")))
            return fail(Text::tr("Only an administrator can remove personal data from the audit "
                                 "trail (applying retention, undoing an import); ask one to do "
                                 "it. Nothing was changed."));
        if (!redacted)
            return Error{redacted.error()};
        return redacted->toLongLong();
    }
    qint64 redacted = 0;
    Status done = m_database.transaction([&]() -> Status {
        const QString list = ids.join(u',');
        auto standing = sql::scalar(
            m_database.sql(),
            QStringLiteral("SELECT COUNT(*) FROM cases WHERE anonymised_on IS NULL AND id IN (%1)")
                .arg(list));
        if (!standing)
            return Error{standing.error()};
        if (standing->toLongLong() > 0)
            return fail(Text::tr("Only the audit entries of anonymised or deleted cases can have "
                                 "their personal data removed; nothing was changed"));
        if (Status lifted = setGuard(m_database, false); !lifted)
            return lifted;
        auto updated = sql::exec(
            m_database.sql(),
            QStringLiteral("UPDATE audit_entry SET detail = ?, before_state = ?, after_state = ?, "
                           "redacted_at = ? WHERE redacted_at IS NULL AND case_id IN (%1)")
                .arg(list),
            {blankDetail, blankState, blankState, sql::timestamp(at)});
        if (!updated)
            return Error{updated.error()};
        redacted = updated->numRowsAffected();
        if (Status restored = setGuard(m_database, true); !restored)
            return restored;
        AuditEntry entry;
        entry.atUtc = at;
        entry.actor = actor;
        entry.action = QStringLiteral("redact_audit");
        entry.detail = reason;
        entry.after = QJsonObject{{QStringLiteral("cases"), qint64(caseIds.size())},
                                  {QStringLiteral("entries"), redacted}};
        return append(entry);
    });
    if (!done)
        return Error{done.error()};
    return redacted;
}

Result<qint64> AuditLog::redactedCount() const
{
    auto count = sql::scalar(m_database.sql(), QStringLiteral("SELECT COUNT(*) FROM audit_entry "
                                                              "WHERE redacted_at IS NOT NULL"));
    if (!count)
        return Error{count.error()};
    return count->toLongLong();
}

Result<QList<AuditEntry>> AuditLog::read(const QString& statement, const QVariantList& values) const
{
    auto query = sql::exec(m_database.sql(), statement, values);
    if (!query)
        return Error{query.error()};
    QList<AuditEntry> result;
    while (query->next()) {
        AuditEntry entry;
        entry.id = query->value(0).toLongLong();
        entry.atUtc = sql::toTimestamp(query->value(1));
        entry.actor = query->value(2).toString();
        entry.caseId = query->value(3).toLongLong();
        entry.caseReference = query->value(4).toString();
        entry.action = query->value(5).toString();
        entry.detail = query->value(6).toString();
        entry.before = parse(query->value(7));
        entry.after = parse(query->value(8));
        entry.previousHash = query->value(9).toString();
        entry.hash = query->value(10).toString();
        if (!query->value(11).isNull())
            entry.redactedAtUtc = sql::toTimestamp(query->value(11));
        result.append(std::move(entry));
    }
    return result;
}

Result<QList<AuditEntry>> AuditLog::entriesForCase(qint64 caseId) const
{
    return read(
        QStringLiteral(
            "SELECT id, at, actor, case_id, case_reference, action, detail, "
            "before_state, after_state, previous_hash, entry_hash, redacted_at FROM audit_entry "
            "WHERE case_id = ? ORDER BY id"),
        {caseId});
}

Result<QList<AuditEntry>> AuditLog::latest(int limit) const
{
    return read(
        QStringLiteral(
            "SELECT id, at, actor, case_id, case_reference, action, detail, "
            "before_state, after_state, previous_hash, entry_hash, redacted_at FROM audit_entry "
            "ORDER BY id DESC LIMIT ?"),
        {limit});
}

Result<QList<AuditEntry>> AuditLog::entriesMatching(const QString& pattern) const
{
    return read(
        QStringLiteral(
            "SELECT id, at, actor, case_id, case_reference, action, detail, "
            "before_state, after_state, previous_hash, entry_hash, redacted_at FROM audit_entry "
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

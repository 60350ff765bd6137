#include "AuditLog.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "util/Clock.h"

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
    // Prepared once: an import or the demo generator appends one entry per case.
    auto inserted = m_database.statements().run(
        QStringLiteral("INSERT INTO audit_entry (at, actor, case_id, case_reference, "
                       "action, detail, before_state, after_state) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {sql::timestamp(entry.atUtc), entry.actor, sql::id(entry.caseId), entry.caseReference,
         entry.action, entry.detail, compact(entry.before), compact(entry.after)});
    return inserted ? Status{} : Status{Error{inserted.error()}};
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
                       query->value(6).toString(), parse(query->value(7)), parse(query->value(8))});
    }
    return result;
}

Result<QList<AuditEntry>> AuditLog::entriesForCase(qint64 caseId) const
{
    return read(
        QStringLiteral("SELECT id, at, actor, case_id, case_reference, action, detail, "
                       "before_state, after_state FROM audit_entry WHERE case_id = ? ORDER BY id"),
        {caseId});
}

Result<QList<AuditEntry>> AuditLog::latest(int limit) const
{
    return read(
        QStringLiteral("SELECT id, at, actor, case_id, case_reference, action, detail, "
                       "before_state, after_state FROM audit_entry ORDER BY id DESC LIMIT ?"),
        {limit});
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

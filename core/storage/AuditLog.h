#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

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
};

// The append-only trail: who, when, what, before and after. The database refuses updates
// and deletes of it (triggers), so this class only appends and reads.
class AuditLog
{
public:
    explicit AuditLog(Database& database) : m_database(database) {}

    // Stamps the entry with Clock::currentDateTimeUtc() when it has no time.
    Status append(AuditEntry entry);
    Result<QList<AuditEntry>> entriesForCase(qint64 caseId) const;
    Result<QList<AuditEntry>> latest(int limit) const;

    // The fields of `after` that differ from `before`, as {before, after} halves.
    static std::pair<QJsonObject, QJsonObject> changes(const QJsonObject& before,
                                                       const QJsonObject& after);

private:
    Result<QList<AuditEntry>> read(const QString& statement, const QVariantList& values) const;

    Database& m_database;
};

} // namespace redress

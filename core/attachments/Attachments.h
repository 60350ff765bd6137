#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace redress {

class Database;

// A file kept with a case, as listed (its content is read only when asked for).
struct Attachment
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString fileName;
    QString mediaType;
    qint64 size = 0;
    QString sha256; // hex
    QString addedBy;
    QDateTime addedAtUtc;
    QString description; // e.g. the letter template it was produced from
};

// The files linked to cases, stored in the database (so backups, restores and the team server
// carry them), each with its name, type, size, SHA-256, who added it and when. Every addition
// and removal is written to the audit trail with the file's name, size and hash, never its
// content. The largest file accepted is the administrator's setting.
class Attachments
{
    Q_DECLARE_TR_FUNCTIONS(Attachments)

public:
    static constexpr qint64 defaultSizeLimit = 25LL * 1024 * 1024;

    Attachments(Database& database, QString actor);

    // Refuses setSizeLimit() with this error (the person signed in is not an administrator).
    void refuseLimitChange(Error why) { m_limitRefusal = std::move(why); }
    Result<qint64> sizeLimit() const;
    Status setSizeLimit(qint64 bytes);

    // Adds `content` to the case as `fileName` (a name only, no folder), refused whole when it
    // is larger than the limit or the case does not exist.
    Result<Attachment> add(qint64 caseId, const QString& fileName, const QByteArray& content,
                           const QString& description = {});
    // Reads the file at `path` and adds it under its own name.
    Result<Attachment> addFile(qint64 caseId, const QString& path, const QString& description = {});
    Result<QList<Attachment>> list(qint64 caseId) const;
    Result<Attachment> find(qint64 id) const;
    // The stored bytes, checked against the stored SHA-256.
    Result<QByteArray> content(qint64 id) const;
    // Takes the file off the case for `reason` (required), audited with its name and hash.
    Status remove(qint64 id, const QString& reason);

    // Writes the file into `folder` under its own name (made unique there), readable by its
    // owner only, for opening in the system's viewer; gives the path.
    Result<QString> writeCopy(qint64 id, const QString& folder) const;

    // "25.0 MB", as the messages and lists show a size.
    static QString sizeText(qint64 bytes);
    static QString mediaTypeFor(const QString& fileName, const QByteArray& content);

private:
    Result<QString> caseReference(qint64 caseId) const;

    Database& m_database;
    QString m_actor;
    std::optional<Error> m_limitRefusal;
};

} // namespace redress

#include "Attachments.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "util/Clock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>
#include <QMimeDatabase>

namespace redress {

namespace {

const QString columns = QStringLiteral(
    "id, case_id, file_name, media_type, size_bytes, sha256, added_by, added_at, description");

Attachment fromRow(const QSqlQuery& row)
{
    Attachment item;
    item.id = row.value(0).toLongLong();
    item.caseId = row.value(1).toLongLong();
    item.fileName = row.value(2).toString();
    item.mediaType = row.value(3).toString();
    item.size = row.value(4).toLongLong();
    item.sha256 = row.value(5).toString();
    item.addedBy = row.value(6).toString();
    item.addedAtUtc = sql::toTimestamp(row.value(7));
    item.description = row.value(8).toString();
    return item;
}

QString sha256Of(const QByteArray& content)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

// What the trail keeps of a file: enough to show which file it was, nothing of what it says.
QJsonObject describe(const Attachment& item)
{
    return {{QStringLiteral("attachment"), item.fileName},
            {QStringLiteral("mediaType"), item.mediaType},
            {QStringLiteral("size"), item.size},
            {QStringLiteral("sha256"), item.sha256}};
}

} // namespace

Attachments::Attachments(Database& database, QString actor)
    : m_database(database), m_actor(std::move(actor))
{}

QString Attachments::sizeText(qint64 bytes)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom)
        .formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString Attachments::mediaTypeFor(const QString& fileName, const QByteArray& content)
{
    return QMimeDatabase().mimeTypeForFileNameAndData(fileName, content).name();
}

Result<qint64> Attachments::sizeLimit() const
{
    auto limit = sql::scalar(
        m_database.sql(), QStringLiteral("SELECT max_bytes FROM attachment_setting WHERE id = 1"),
        {}, defaultSizeLimit);
    if (!limit)
        return Error{limit.error()};
    return limit->toLongLong();
}

Status Attachments::setSizeLimit(qint64 bytes)
{
    if (m_limitRefusal)
        return *m_limitRefusal;
    if (bytes <= 0)
        return fail(tr("The largest file that can be attached must be more than nothing; "
                       "nothing was changed"));
    auto before = sizeLimit();
    if (!before)
        return Error{before.error()};
    return m_database.transaction([&]() -> Status {
        auto updated = sql::exec(
            m_database.sql(),
            QStringLiteral("UPDATE attachment_setting SET max_bytes = ? WHERE id = 1"), {bytes});
        if (!updated)
            return Error{updated.error()};
        AuditEntry entry;
        entry.actor = m_actor;
        entry.action = QStringLiteral("attachment_limit");
        entry.detail = tr("Largest file that can be attached changed from %1 to %2")
                           .arg(sizeText(before.value()), sizeText(bytes));
        entry.before = {{QStringLiteral("maxBytes"), before.value()}};
        entry.after = {{QStringLiteral("maxBytes"), bytes}};
        return AuditLog(m_database).append(entry);
    });
}

Result<QString> Attachments::caseReference(qint64 caseId) const
{
    auto reference = sql::scalar(
        m_database.sql(), QStringLiteral("SELECT reference FROM cases WHERE id = ?"), {caseId});
    if (!reference)
        return Error{reference.error()};
    if (reference->isNull())
        return fail(tr("There is no case number %1; nothing was attached").arg(caseId));
    return reference->toString();
}

Result<Attachment> Attachments::add(qint64 caseId, const QString& fileName,
                                    const QByteArray& content, const QString& description)
{
    const QString name = QFileInfo(fileName.trimmed()).fileName();
    if (name.isEmpty())
        return fail(tr("A file to attach needs a name; nothing was attached"));
    auto reference = caseReference(caseId);
    if (!reference)
        return Error{reference.error()};
    auto limit = sizeLimit();
    if (!limit)
        return Error{limit.error()};
    if (content.size() > limit.value())
        return fail(
            tr("\"%1\" is %2, larger than the %3 a file attached to a case may be (an "
               "administrator sets this under Administration). Nothing was attached to "
               "%4.")
                .arg(name, sizeText(content.size()), sizeText(limit.value()), reference.value()));

    Attachment item;
    item.caseId = caseId;
    item.fileName = name;
    item.mediaType = mediaTypeFor(name, content);
    item.size = content.size();
    item.sha256 = sha256Of(content);
    item.addedBy = m_actor;
    item.addedAtUtc = Clock::currentDateTimeUtc();
    item.description = description;
    AuditLog audit(m_database);
    const Status written = m_database.transaction([&]() -> Status {
        if (Status locked = audit.lockChain(); !locked)
            return locked;
        auto id = sql::insert(
            m_database.sql(),
            QStringLiteral("INSERT INTO attachment (case_id, file_name, media_type, size_bytes, "
                           "sha256, added_by, added_at, description, content) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {caseId, item.fileName, item.mediaType, item.size, item.sha256, item.addedBy,
             sql::timestamp(item.addedAtUtc), item.description, content});
        if (!id)
            return Error{id.error()};
        item.id = id.value();
        AuditEntry entry;
        entry.actor = m_actor;
        entry.caseId = caseId;
        entry.caseReference = reference.value();
        entry.action = QStringLiteral("attachment_add");
        entry.detail = tr("File attached: %1 (%2)").arg(item.fileName, sizeText(item.size));
        entry.after = describe(item);
        return audit.append(entry);
    });
    if (!written)
        return Error{written.error()};
    return item;
}

Result<Attachment> Attachments::addFile(qint64 caseId, const QString& path,
                                        const QString& description)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return fail(tr("%1 could not be read (%2); nothing was attached")
                        .arg(QDir::toNativeSeparators(path),
                             QFileInfo(path).isDir() ? tr("it is a folder") : file.errorString()));
    // Checked before reading, so a huge file is refused without being loaded.
    auto limit = sizeLimit();
    if (!limit)
        return Error{limit.error()};
    if (file.size() > limit.value())
        return fail(
            tr("\"%1\" is %2, larger than the %3 a file attached to a case may be (an "
               "administrator sets this under Administration). Nothing was attached.")
                .arg(QFileInfo(path).fileName(), sizeText(file.size()), sizeText(limit.value())));
    const QByteArray content = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail(tr("%1 could not be read (%2); nothing was attached")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    return add(caseId, QFileInfo(path).fileName(), content, description);
}

Result<QList<Attachment>> Attachments::list(qint64 caseId) const
{
    auto rows = sql::exec(m_database.sql(),
                          QStringLiteral("SELECT %1 FROM attachment WHERE case_id = ? "
                                         "ORDER BY added_at, id")
                              .arg(columns),
                          {caseId});
    if (!rows)
        return Error{rows.error()};
    QList<Attachment> items;
    while (rows->next())
        items.append(fromRow(rows.value()));
    return items;
}

Result<Attachment> Attachments::find(qint64 id) const
{
    auto rows =
        sql::exec(m_database.sql(),
                  QStringLiteral("SELECT %1 FROM attachment WHERE id = ?").arg(columns), {id});
    if (!rows)
        return Error{rows.error()};
    if (!rows->next())
        return fail(tr("There is no attached file number %1").arg(id));
    return fromRow(rows.value());
}

Result<QByteArray> Attachments::content(qint64 id) const
{
    auto item = find(id);
    if (!item)
        return Error{item.error()};
    auto stored = sql::scalar(m_database.sql(),
                              QStringLiteral("SELECT content FROM attachment WHERE id = ?"), {id});
    if (!stored)
        return Error{stored.error()};
    const QByteArray content = stored->toByteArray();
    if (content.size() != item->size || sha256Of(content) != item->sha256)
        return fail(tr("The stored copy of \"%1\" does not match the file that was attached "
                       "(its SHA-256 differs); restore it from a backup")
                        .arg(item->fileName));
    return content;
}

Status Attachments::remove(qint64 id, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return fail(tr("Say why the file is being removed; nothing was removed"));
    auto item = find(id);
    if (!item)
        return Error{item.error()};
    auto reference = caseReference(item->caseId);
    if (!reference)
        return Error{reference.error()};
    AuditLog audit(m_database);
    return m_database.transaction([&]() -> Status {
        if (Status locked = audit.lockChain(); !locked)
            return locked;
        auto removed = sql::exec(m_database.sql(),
                                 QStringLiteral("DELETE FROM attachment WHERE id = ?"), {id});
        if (!removed)
            return Error{removed.error()};
        AuditEntry entry;
        entry.actor = m_actor;
        entry.caseId = item->caseId;
        entry.caseReference = reference.value();
        entry.action = QStringLiteral("attachment_remove");
        entry.detail = tr("File removed: %1 (%2), because: %3")
                           .arg(item->fileName, sizeText(item->size), reason.trimmed());
        entry.before = describe(item.value());
        entry.after = {{QStringLiteral("reason"), reason.trimmed()}};
        return audit.append(entry);
    });
}

Result<QString> Attachments::writeCopy(qint64 id, const QString& folder) const
{
    auto item = find(id);
    if (!item)
        return Error{item.error()};
    auto bytes = content(id);
    if (!bytes)
        return Error{bytes.error()};
    const QFileInfo name(item->fileName);
    QString path = QDir(folder).filePath(item->fileName);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QDir(folder).filePath(
            QStringLiteral("%1 (%2)%3")
                .arg(name.completeBaseName())
                .arg(n)
                .arg(name.suffix().isEmpty() ? QString() : u'.' + name.suffix()));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return fail(tr("A copy of \"%1\" could not be written to %2: %3")
                        .arg(item->fileName, QDir::toNativeSeparators(folder), file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes.value()) != bytes->size() || !file.flush())
        return fail(tr("A copy of \"%1\" could not be written to %2: %3")
                        .arg(item->fileName, QDir::toNativeSeparators(folder), file.errorString()));
    return path;
}

} // namespace redress

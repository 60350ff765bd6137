#include "Backup.h"

#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/Sql.h"
#include "util/SafeOutput.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QTemporaryFile>

namespace redress::backup {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Backup", text);
}

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// A bare SQLite connection of its own, for files Database::open must not touch (a backup being
// checked) or must not migrate (the database being replaced).
class Connection
{
public:
    Connection(const QString& path, const QString& options)
    {
        static QAtomicInteger<quint64> counter;
        m_name = QStringLiteral("redress-backup-%1").arg(++counter);
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        m_db.setConnectOptions(options);
    }
    ~Connection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    bool open() { return m_db.open(); }
    QString error() const { return m_db.lastError().text(); }
    QSqlDatabase& db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

Result<Contents> checkConnection(QSqlDatabase& db, const QString& path)
{
    const QString what = shown(path);
    auto integrity = sql::exec(db, QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        return fail(tr("%1 is not a usable Redress backup (it is not a SQLite database, or it is "
                       "damaged)")
                        .arg(what));
    QStringList problems;
    while (integrity->next())
        if (integrity->value(0).toString() != u"ok")
            problems << integrity->value(0).toString();
    if (!problems.isEmpty())
        return fail(tr("%1 is damaged (SQLite's integrity check: %2)")
                        .arg(what, problems.mid(0, 3).join(QStringLiteral("; "))));
    if (!db.tables().contains(QStringLiteral("meta")))
        return fail(
            tr("%1 is not a Redress database (it has no Redress schema version)").arg(what));
    auto version = sql::scalar(
        db, QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"), {}, 0);
    bool isNumber = false;
    const int schema = version ? version->toString().toInt(&isNumber) : 0;
    if (!isNumber || schema <= 0)
        return fail(tr("%1 has no valid Redress schema version").arg(what));
    if (schema > Schema::latestVersion())
        return fail(tr("%1 was written by a newer version of Redress (schema version %2; this "
                       "version understands up to %3)")
                        .arg(what)
                        .arg(schema)
                        .arg(Schema::latestVersion()));
    auto cases = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM cases"));
    if (!cases)
        return fail(tr("%1: its cases cannot be counted: %2").arg(what, cases.error()));
    return Contents{schema, cases->toLongLong()};
}

// The first name of the form base-before-restore-YYYYMMDD-HHMMSS[-n] that is free, with its
// -wal free too.
QString asideName(const QString& databasePath)
{
    const QString base = databasePath + QStringLiteral(".before-restore-") +
                         QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString name = base;
    for (int n = 2; QFileInfo::exists(name) || QFileInfo::exists(name + QStringLiteral("-wal"));
         ++n)
        name = base + u'-' + QString::number(n);
    return name;
}

Status copyPrivately(const QString& from, const QString& to)
{
    return safeoutput::writeThrough(to, false, [&](const QString& path) -> Status {
        QFile source(from);
        QFile target(path);
        if (!source.open(QIODevice::ReadOnly))
            return fail(tr("%1 cannot be read: %2").arg(shown(from), source.errorString()));
        if (!target.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fail(tr("%1 cannot be written: %2").arg(shown(to), target.errorString()));
        while (!source.atEnd()) {
            const QByteArray chunk = source.read(1 << 20);
            if (chunk.isEmpty() && source.error() != QFileDevice::NoError)
                return fail(tr("%1 cannot be read: %2").arg(shown(from), source.errorString()));
            if (target.write(chunk) != chunk.size())
                return fail(tr("%1 cannot be written: %2").arg(shown(to), target.errorString()));
        }
        return {};
    });
}

QString quoted(const QString& name)
{
    return u'"' + QString(name).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

// Inside the caller's transaction: main's schema and rows become those of the attached
// "restored" database. Triggers are made after the rows are in, so none fires on them (the
// audit trail and the search index would otherwise see every row again).
Status replaceContents(QSqlDatabase& db)
{
    // Views and triggers first, then virtual tables, which drop their own shadow tables.
    auto old = sql::exec(db, QStringLiteral("SELECT type, name FROM main.sqlite_master WHERE type "
                                            "IN ('view', 'trigger', 'table') AND name NOT LIKE "
                                            "'sqlite_%' ORDER BY type = 'table', sql NOT LIKE "
                                            "'CREATE VIRTUAL TABLE%'"));
    if (!old)
        return Error{old.error()};
    QList<std::pair<QString, QString>> drops;
    while (old->next())
        drops.append({old->value(0).toString(), old->value(1).toString()});
    old->finish();
    for (const auto& [type, name] : drops)
        if (auto dropped = sql::exec(
                db, QStringLiteral("DROP %1 IF EXISTS main.%2").arg(type.toUpper(), quoted(name)));
            !dropped)
            return Error{dropped.error()};

    auto objects = sql::exec(db, QStringLiteral("SELECT type, name, sql FROM "
                                                "restored.sqlite_master WHERE sql IS NOT NULL AND "
                                                "name NOT LIKE 'sqlite_%' ORDER BY rowid"));
    if (!objects)
        return Error{objects.error()};
    struct Object
    {
        QString type, name, sql;
    };
    QList<Object> all;
    while (objects->next())
        all.append({objects->value(0).toString(), objects->value(1).toString(),
                    objects->value(2).toString()});
    objects->finish();

    // A virtual table (the full-text search index) makes its own shadow tables: they are not
    // created again, and their rows, not the virtual table's, are copied.
    QStringList virtualTables;
    for (const Object& object : std::as_const(all))
        if (object.sql.startsWith(QStringLiteral("CREATE VIRTUAL TABLE"), Qt::CaseInsensitive))
            virtualTables << object.name;
    const auto isShadow = [&](const QString& name) {
        for (const QString& owner : std::as_const(virtualTables))
            if (name.startsWith(owner + u'_'))
                return true;
        return false;
    };
    const auto make = [&](const QString& type) -> Status {
        for (const Object& object : std::as_const(all)) {
            if (object.type != type || (type == u"table" && isShadow(object.name)))
                continue;
            if (auto made = sql::exec(db, object.sql); !made)
                return Error{made.error()};
        }
        return {};
    };
    if (Status tables = make(QStringLiteral("table")); !tables)
        return tables;
    for (const Object& object : std::as_const(all)) {
        if (object.type != u"table" || virtualTables.contains(object.name))
            continue;
        const QString table = quoted(object.name);
        for (const QString& statement :
             {QStringLiteral("DELETE FROM main.%1").arg(table),
              QStringLiteral("INSERT INTO main.%1 SELECT * FROM restored.%1").arg(table)})
            if (auto copied = sql::exec(db, statement); !copied)
                return Error{copied.error()};
    }
    for (const QString& type :
         {QStringLiteral("index"), QStringLiteral("trigger"), QStringLiteral("view")})
        if (Status made = make(type); !made)
            return made;
    auto sequences = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM restored.sqlite_master "
                                                    "WHERE name = 'sqlite_sequence'"));
    if (!sequences)
        return Error{sequences.error()};
    if (sequences->toInt() > 0)
        for (const char* statement :
             {"DELETE FROM main.sqlite_sequence",
              "INSERT INTO main.sqlite_sequence SELECT * FROM restored.sqlite_sequence"})
            if (auto done = sql::exec(db, QString::fromLatin1(statement)); !done)
                return Error{done.error()};
    return {};
}

} // namespace

Result<Contents> checkSqliteFile(const QString& path)
{
    if (!QFileInfo(path).isFile())
        return fail(tr("%1 is not a file").arg(shown(path)));
    Connection connection(path, QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!connection.open())
        return fail(tr("%1 cannot be opened: %2").arg(shown(path), connection.error()));
    return checkConnection(connection.db(), path);
}

Result<Contents> backupSqlite(Database& database, const QString& target, bool overwrite)
{
    QString temporary;
    {
        // Owner-only from the start; VACUUM INTO fills an empty file it is given.
        QTemporaryFile file(QFileInfo(target).absoluteDir().filePath(
            u'.' + QFileInfo(target).fileName() + QStringLiteral(".XXXXXX.part")));
        if (!file.open())
            return fail(tr("Cannot write in the folder %1: %2")
                            .arg(QDir::toNativeSeparators(QFileInfo(target).absolutePath()),
                                 file.errorString()));
        file.setAutoRemove(false);
        temporary = file.fileName();
    }
    const auto discard = [&](const QString& message) -> Result<Contents> {
        QFile::remove(temporary);
        return fail(message);
    };
    // VACUUM INTO reads one snapshot, so the copy is consistent even while others write.
    if (auto copied = sql::exec(database.sql(), QStringLiteral("VACUUM INTO ?"), {temporary});
        !copied)
        return discard(tr("The backup failed and no file was made: %1").arg(copied.error()));
    auto contents = checkSqliteFile(temporary);
    if (!contents)
        return discard(
            tr("The backup failed its check and no file was made: %1")
                .arg(QString(contents.error()).replace(shown(temporary), shown(target))));
    if (auto live = database.schemaVersion(); !live || *live != contents->schemaVersion)
        return discard(tr("The backup failed its check and no file was made: its schema version "
                          "%1 is not the database's")
                           .arg(contents->schemaVersion));
    safeoutput::makePrivate(temporary);
    if (Status installed = safeoutput::install(temporary, target, overwrite); !installed)
        return discard(installed.error());
    return contents;
}

Result<Restored> restoreSqlite(const QString& databasePath, const QString& backupPath)
{
    if (!QFileInfo(backupPath).isFile())
        return fail(tr("%1 is not a file").arg(shown(backupPath)));
    if (safeoutput::sameFile(backupPath, databasePath))
        return fail(tr("%1 is the database itself, not a backup of it").arg(shown(backupPath)));
    if (QFileInfo(backupPath + QStringLiteral("-wal")).size() > 0)
        return fail(tr("%1 has a -wal file beside it, so it is a database that was in use, not a "
                       "backup: make a backup of it with \"redress-cli --db %2 backup --to "
                       "FILE\" and restore that")
                        .arg(shown(backupPath), QDir::toNativeSeparators(backupPath)));
    if (!safeoutput::makePrivatePath(QFileInfo(databasePath).absolutePath()))
        return fail(tr("Cannot create the folder %1")
                        .arg(QDir::toNativeSeparators(QFileInfo(databasePath).absolutePath())));

    // A private copy beside the database is checked, so the backup itself is never changed.
    QString staging;
    {
        QTemporaryFile file(QFileInfo(databasePath)
                                .absoluteDir()
                                .filePath(u'.' + QFileInfo(databasePath).fileName() +
                                          QStringLiteral(".restore-XXXXXX")));
        if (!file.open())
            return fail(tr("Cannot write in the folder %1: %2")
                            .arg(QDir::toNativeSeparators(QFileInfo(databasePath).absolutePath()),
                                 file.errorString()));
        file.setAutoRemove(false);
        staging = file.fileName();
    }
    struct Cleanup
    {
        QString path;
        ~Cleanup()
        {
            for (const QString& suffix : {QString(), QStringLiteral("-journal"),
                                          QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(path + suffix);
        }
    } cleanup{staging};
    QFile::remove(staging);
    if (Status copied = copyPrivately(backupPath, staging); !copied)
        return Error{copied.error()};
    Contents contents;
    {
        Connection check(staging, {});
        if (!check.open())
            return fail(tr("%1 cannot be opened: %2").arg(shown(backupPath), check.error()));
        auto checked = checkConnection(check.db(), staging);
        if (!checked)
            return fail(QString(checked.error()).replace(shown(staging), shown(backupPath)));
        contents = checked.value();
    }

    Restored restored;
    restored.contents = contents;
    if (!QFileInfo::exists(databasePath)) {
        // A WAL or SHM without its database would be read into the restored one: keep it aside.
        const QString aside = asideName(databasePath);
        for (const QString& suffix :
             {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
            if (QFileInfo::exists(databasePath + suffix)) {
                if (!QFile::rename(databasePath + suffix, aside + suffix))
                    return fail(tr("%1 is left from an earlier database and cannot be moved aside")
                                    .arg(shown(databasePath + suffix)));
                restored.keptAside << aside + suffix;
            }
        if (Status installed = safeoutput::install(staging, databasePath, false); !installed)
            return Error{installed.error()};
        return restored;
    }

    // Exclusive locking mode keeps every lock this connection takes until it closes, and its
    // BEGIN EXCLUSIVE fails at once while any other connection (the app, another
    // redress-cli) has the database open, even idle: SQLite's own locks answer "is anyone
    // else using it?" on every platform, with nothing left behind by a crash.
    Connection live(databasePath, QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
    if (!live.open())
        return fail(
            tr("The database %1 cannot be opened: %2").arg(shown(databasePath), live.error()));
    QSqlDatabase& db = live.db();
    const auto busyOrDamaged = [&](const QString& error) -> Result<Restored> {
        if (error.contains(QStringLiteral("locked"), Qt::CaseInsensitive) ||
            error.contains(QStringLiteral("busy"), Qt::CaseInsensitive))
            return fail(tr("The database %1 is in use: close the Redress app and any other "
                           "program using it on every computer, then run the restore again. "
                           "Nothing was changed.")
                            .arg(shown(databasePath)));
        return fail(tr("The database %1 cannot be read (%2). Move it and its -wal file "
                       "elsewhere yourself, then run the restore again to put the backup in its "
                       "place. Nothing was changed.")
                        .arg(shown(databasePath), error));
    };
    for (const char* statement : {"PRAGMA locking_mode = EXCLUSIVE", "PRAGMA foreign_keys = OFF"})
        if (auto set = sql::exec(db, QString::fromLatin1(statement)); !set)
            return busyOrDamaged(set.error());
    if (auto attached = sql::exec(db, QStringLiteral("ATTACH DATABASE ? AS restored"), {staging});
        !attached)
        return busyOrDamaged(attached.error());
    if (auto begun = sql::exec(db, QStringLiteral("BEGIN EXCLUSIVE")); !begun)
        return busyOrDamaged(begun.error());
    if (!db.tables().contains(QStringLiteral("meta"))) {
        (void)sql::exec(db, QStringLiteral("ROLLBACK"));
        return fail(tr("%1 is not a Redress database; restore will not replace another "
                       "program's file. Nothing was changed.")
                        .arg(shown(databasePath)));
    }
    // Nobody else can write now, so the files copied aside are whole.
    const QString aside = asideName(databasePath);
    for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
        // An empty WAL holds nothing to keep.
        if (!QFileInfo::exists(databasePath + suffix) ||
            (!suffix.isEmpty() && QFileInfo(databasePath + suffix).size() == 0))
            continue;
        if (Status kept = copyPrivately(databasePath + suffix, aside + suffix); !kept) {
            (void)sql::exec(db, QStringLiteral("ROLLBACK"));
            return fail(tr("The current database could not be kept aside, so nothing was "
                           "changed: %1")
                            .arg(kept.error()));
        }
        restored.keptAside << aside + suffix;
    }
    if (Status replaced = replaceContents(db); !replaced) {
        (void)sql::exec(db, QStringLiteral("ROLLBACK"));
        return fail(
            tr("The restore failed and the database is as it was: %1").arg(replaced.error()));
    }
    if (auto committed = sql::exec(db, QStringLiteral("COMMIT")); !committed) {
        (void)sql::exec(db, QStringLiteral("ROLLBACK"));
        return fail(
            tr("The restore failed and the database is as it was: %1").arg(committed.error()));
    }
    (void)sql::exec(db, QStringLiteral("DETACH DATABASE restored"));
    (void)sql::exec(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    auto installed = checkConnection(db, databasePath);
    if (!installed)
        return fail(tr("The restored database failed its check: %1. The previous one is kept as "
                       "%2.")
                        .arg(installed.error(), shown(aside)));
    restored.contents = installed.value();
    return restored;
}

} // namespace redress::backup

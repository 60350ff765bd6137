#pragma once

#include "storage/DatabaseLocation.h"
#include "util/Result.h"

#include <QString>
#include <QStringList>

namespace redress {

class Database;

namespace backup {

// What a checked backup holds.
struct Contents
{
    int schemaVersion = 0;
    qint64 cases = 0;
};

// Checks, reading only, that a SQLite file is a whole Redress database this version can open:
// PRAGMA integrity_check passes, it has a schema version no newer than this version's, and its
// cases can be counted.
Result<Contents> checkSqliteFile(const QString& path);

// Copies the open SQLite database to `target` (already checked with safeoutput::checkTarget):
// VACUUM INTO an owner-only temporary file in the same folder, checked, synced and only then
// renamed to `target`, so an interrupted backup leaves nothing there.
Result<Contents> backupSqlite(Database& database, const QString& target, bool overwrite);

struct Restored
{
    Contents contents;
    QStringList keptAside; // the files the previous database was kept as
};

// Replaces the SQLite database at `databasePath` with the backup at `backupPath`, checked
// first. Refuses while any other connection has the database open. The previous database and
// its WAL are first copied aside under a dated name; the backup's contents then replace the
// database's in one SQLite transaction, so a crash leaves one or the other, and SQLite itself
// reconciles any WAL left by a crash. With no database at the path the checked backup is
// simply put there.
Result<Restored> restoreSqlite(const QString& databasePath, const QString& backupPath);

// PostgreSQL: pg_dump in its custom format into an owner-only temporary file, checked with
// pg_restore --list, then renamed to `target`.
Status backupPostgres(const DatabaseLocation& location, const QString& target, bool overwrite);
// pg_restore --clean --single-transaction from a custom-format dump, after checking it and
// that nobody else is connected, keeping a pg_dump of the current contents in `asideFolder`.
Result<QString> restorePostgres(const DatabaseLocation& location, const QString& backupPath,
                                const QString& asideFolder);

} // namespace backup
} // namespace redress

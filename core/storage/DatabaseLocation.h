#pragma once

#include "util/Result.h"

#include <QString>
#include <QStringList>

namespace redress {

// Where a Redress database lives: one SQLite file (the embedded default) or a database on a
// PostgreSQL server a team shares.
struct DatabaseLocation
{
    enum class Driver
    {
        Sqlite,
        Postgres
    };

    Driver driver = Driver::Sqlite;
    QString filePath; // SQLite
    QString host;     // PostgreSQL
    int port = 5432;
    QString user;
    QString password;
    QString databaseName;
    QString options; // libpq connect options, e.g. sslmode=require

    static DatabaseLocation sqliteFile(const QString& path);
    // postgresql://user:password@host:port/database?sslmode=require
    static Result<DatabaseLocation> fromUrl(const QString& url);

    bool isSqlite() const { return driver == Driver::Sqlite; }
    // The SQLite file and the working files SQLite keeps beside it (-wal, -shm, -journal), which
    // nothing Redress writes may replace; empty for PostgreSQL.
    QStringList sqliteFiles() const;
    // For messages: the file path, or the URL without the password.
    QString describe() const;
};

} // namespace redress

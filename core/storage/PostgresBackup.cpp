// Backup and restore of a PostgreSQL database through the server's own tools, which know
// every object, owner and privilege the database holds.
#include "Backup.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "util/SafeOutput.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

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

Result<QString> findTool(const QString& name)
{
    const QString tool = QStandardPaths::findExecutable(name);
    if (tool.isEmpty())
        return fail(tr("This needs %1, which is not on the PATH. Install the PostgreSQL client "
                       "tools (the same major version as the server, or newer), or ask the "
                       "server's administrator.")
                        .arg(name));
    return tool;
}

// The connection options pg_dump and pg_restore share.
QStringList connectionArguments(const DatabaseLocation& location)
{
    // Options such as sslmode join the database name in one libpq connection string.
    QStringList connection{QStringLiteral("dbname=") + location.databaseName};
    connection += location.options.split(u';', Qt::SkipEmptyParts);
    QStringList arguments{QStringLiteral("--no-password"), QStringLiteral("--host"), location.host,
                          QStringLiteral("--port"), QString::number(location.port)};
    if (!location.user.isEmpty())
        arguments << QStringLiteral("--username") << location.user;
    arguments << QStringLiteral("--dbname") << connection.join(u' ');
    return arguments;
}

Status run(const QString& tool, const QStringList& arguments, const DatabaseLocation& location,
           QByteArray* output = nullptr)
{
    // The password travels in the environment, never on a command line others can see.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!location.password.isEmpty())
        environment.insert(QStringLiteral("PGPASSWORD"), location.password);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(tool, arguments);
    if (!process.waitForStarted(30000))
        return fail(tr("%1 could not be started: %2")
                        .arg(QFileInfo(tool).fileName(), process.errorString()));
    process.closeWriteChannel();
    process.waitForFinished(-1);
    if (output)
        *output = process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString error = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
        return fail(tr("%1 failed: %2")
                        .arg(QFileInfo(tool).fileName(),
                             error.isEmpty() ? tr("it stopped without saying why") : error));
    }
    return {};
}

// A custom-format dump whose table of contents pg_restore can read.
Status checkDump(const QString& pgRestore, const QString& path, const DatabaseLocation& location)
{
    QByteArray listing;
    if (Status listed = run(pgRestore, {QStringLiteral("--list"), path}, location, &listing);
        !listed)
        return fail(
            tr("%1 is not a usable PostgreSQL backup: %2").arg(shown(path), listed.error()));
    if (!listing.contains("TABLE DATA") || !listing.contains(" meta "))
        return fail(tr("%1 is a PostgreSQL dump, but not of a Redress database").arg(shown(path)));
    return {};
}

} // namespace

Status backupPostgres(const DatabaseLocation& location, const QString& target, bool overwrite)
{
    auto pgDump = findTool(QStringLiteral("pg_dump"));
    if (!pgDump)
        return Error{pgDump.error()};
    auto pgRestore = findTool(QStringLiteral("pg_restore"));
    if (!pgRestore)
        return Error{pgRestore.error()};
    return safeoutput::writeThrough(target, overwrite, [&](const QString& path) -> Status {
        if (Status dumped =
                run(*pgDump,
                    QStringList{QStringLiteral("--format=custom"), QStringLiteral("--file"), path} +
                        connectionArguments(location),
                    location);
            !dumped)
            return fail(tr("The backup failed and no file was made: %1").arg(dumped.error()));
        return checkDump(*pgRestore, path, location);
    });
}

Result<QString> restorePostgres(const DatabaseLocation& location, const QString& backupPath,
                                const QString& asideFolder)
{
    auto pgDump = findTool(QStringLiteral("pg_dump"));
    if (!pgDump)
        return Error{pgDump.error()};
    auto pgRestore = findTool(QStringLiteral("pg_restore"));
    if (!pgRestore)
        return Error{pgRestore.error()};
    if (!QFileInfo(backupPath).isFile())
        return fail(tr("%1 is not a file").arg(shown(backupPath)));
    if (Status checked = checkDump(*pgRestore, backupPath, location); !checked)
        return Error{checked.error()};

    {
        auto database = Database::open(location, Database::Mode::MustExist);
        if (!database)
            return Error{database.error()};
        // Every session shows in pg_stat_activity, whoever it belongs to.
        auto others = sql::scalar((*database)->sql(),
                                  QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE "
                                                 "datname = current_database() AND pid <> "
                                                 "pg_backend_pid()"));
        if (!others)
            return Error{others.error()};
        if (others->toInt() > 0)
            return fail(tr("%1 other connections to %2 are open: everyone must close Redress "
                           "first. Nothing was changed.")
                            .arg(others->toInt())
                            .arg(location.describe()));
    }

    const QString aside =
        QDir(asideFolder)
            .filePath(location.databaseName + QStringLiteral("-before-restore-") +
                      QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")) +
                      QStringLiteral(".dump"));
    if (Status kept = backupPostgres(location, aside, false); !kept)
        return fail(tr("The current database could not be kept aside, so nothing was changed: %1")
                        .arg(kept.error()));
    // One transaction: if anything fails, the database is as it was.
    if (Status restored = run(*pgRestore,
                              QStringList{QStringLiteral("--clean"), QStringLiteral("--if-exists"),
                                          QStringLiteral("--single-transaction"),
                                          QStringLiteral("--exit-on-error")} +
                                  connectionArguments(location) + QStringList{backupPath},
                              location);
        !restored)
        return fail(tr("The restore failed and the database is as it was: %1. Its contents before "
                       "are also kept in %2.")
                        .arg(restored.error(), shown(aside)));
    return aside;
}

} // namespace redress::backup

#include "BackupCommand.h"

#include "storage/Sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace redress::cli {

BackupCommand::BackupCommand()
    : Command(QStringLiteral("backup"),
              tr("Copy the database to a file, safely while it is in use"))
{}

int BackupCommand::execute(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption toOption(QStringLiteral("to"),
                                      tr("The backup file to make; it must not exist yet."),
                                      QStringLiteral("file"));
    parser.addOption(toOption);
    if (auto stop = parse(parser, arguments))
        return *stop;
    if (!parser.isSet(toOption) || parser.value(toOption).trimmed().isEmpty())
        return usageError(tr("Name the backup file with --to FILE"));
    const QString target = QFileInfo(parser.value(toOption)).absoluteFilePath();
    if (QFileInfo::exists(target))
        return failure(tr("%1 already exists; a backup never overwrites a file. Choose a new name.")
                           .arg(target));
    if (!QFileInfo(target).absoluteDir().exists())
        return failure(tr("The folder %1 does not exist").arg(QFileInfo(target).absolutePath()));

    int code = ExitSuccess;
    auto database = open(parser, Database::Mode::MustExist, code);
    if (!database)
        return code;
    if (!database->isSqlite())
        return backupPostgres(database->location(), target);

    auto cases = sql::scalar(database->sql(), QStringLiteral("SELECT COUNT(*) FROM cases"));
    if (!cases)
        return failure(cases.error());
    // VACUUM INTO reads one snapshot, so the copy is consistent even while others write.
    if (auto copied = sql::exec(database->sql(), QStringLiteral("VACUUM INTO ?"), {target});
        !copied) {
        QFile::remove(target);
        return failure(tr("The backup failed and no file was made: %1").arg(copied.error()));
    }
    out() << tr("Backed up to %1 (cases: %2)")
                 .arg(QDir::toNativeSeparators(target))
                 .arg(cases->toLongLong())
          << Qt::endl;
    return ExitSuccess;
}

int BackupCommand::backupPostgres(const DatabaseLocation& location, const QString& target)
{
    const QString pgDump = QStandardPaths::findExecutable(QStringLiteral("pg_dump"));
    if (pgDump.isEmpty())
        return failure(
            tr("Backing up a PostgreSQL database needs pg_dump, which is not on the PATH. Install "
               "the PostgreSQL client tools, or ask the server's administrator for a backup."));
    // The password travels in the environment, never on a command line others can see.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!location.password.isEmpty())
        environment.insert(QStringLiteral("PGPASSWORD"), location.password);
    // Options such as sslmode join the database name in one libpq connection string.
    QStringList connection{QStringLiteral("dbname=") + location.databaseName};
    connection += location.options.split(u';', Qt::SkipEmptyParts);
    QStringList arguments{QStringLiteral("--format=custom"), QStringLiteral("--no-password"),
                          QStringLiteral("--file"),          target,
                          QStringLiteral("--host"),          location.host,
                          QStringLiteral("--port"),          QString::number(location.port)};
    if (!location.user.isEmpty())
        arguments << QStringLiteral("--username") << location.user;
    arguments << QStringLiteral("--dbname") << connection.join(u' ');
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(pgDump, arguments);
    if (!process.waitForStarted(30000))
        return failure(tr("pg_dump could not be started: %1").arg(process.errorString()));
    process.waitForFinished(-1);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        QFile::remove(target);
        return failure(tr("pg_dump failed and no backup was made: %1")
                           .arg(QString::fromLocal8Bit(process.readAllStandardError()).trimmed()));
    }
    out() << tr("Backed up %1 to %2 (pg_dump custom format; restore it with pg_restore)")
                 .arg(location.describe(), QDir::toNativeSeparators(target))
          << Qt::endl;
    return ExitSuccess;
}

} // namespace redress::cli

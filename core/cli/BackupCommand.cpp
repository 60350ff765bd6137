#include "BackupCommand.h"

#include "storage/Backup.h"

#include <QDir>
#include <QFileInfo>

namespace redress::cli {

BackupCommand::BackupCommand()
    : Command(QStringLiteral("backup"),
              tr("Copy the database to a file, safely while it is in use"))
{}

int BackupCommand::execute(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption toOption(QStringLiteral("to"), tr("The backup file to make."),
                                      QStringLiteral("file"));
    const QCommandLineOption forceOption(QStringLiteral("force"),
                                         tr("Replace the file if it exists already."));
    parser.addOptions({toOption, forceOption});
    if (auto stop = parse(parser, arguments))
        return *stop;
    if (!parser.isSet(toOption) || parser.value(toOption).trimmed().isEmpty())
        return usageError(tr("Name the backup file with --to FILE"));
    const QString target = QFileInfo(parser.value(toOption)).absoluteFilePath();
    const bool overwrite = parser.isSet(forceOption);
    if (Status allowed = safeoutput::checkTarget(target, outputRules(parser, overwrite)); !allowed)
        return failure(allowed.error());

    int code = ExitSuccess;
    auto database = open(parser, Database::Mode::MustExist, code);
    if (!database)
        return code;
    if (!database->isSqlite()) {
        const DatabaseLocation location = database->location();
        database.reset();
        if (Status made = backup::backupPostgres(location, target, overwrite); !made)
            return failure(made.error());
        out() << tr("Backed up %1 to %2 (pg_dump custom format; restore it with \"redress-cli "
                    "restore --from FILE\")")
                     .arg(location.describe(), QDir::toNativeSeparators(target))
              << Qt::endl;
        return ExitSuccess;
    }
    auto made = backup::backupSqlite(*database, target, overwrite);
    if (!made)
        return failure(made.error());
    out() << tr("Backed up to %1 (cases: %2, schema version %3; checked)")
                 .arg(QDir::toNativeSeparators(target))
                 .arg(made->cases)
                 .arg(made->schemaVersion)
          << Qt::endl;
    return ExitSuccess;
}

} // namespace redress::cli

#include "RestoreCommand.h"

#include "storage/Backup.h"

#include <QDir>
#include <QFileInfo>

namespace redress::cli {

RestoreCommand::RestoreCommand()
    : Command(QStringLiteral("restore"),
              tr("Replace the database with a backup, keeping the current one aside"))
{}

int RestoreCommand::execute(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        tr("The backup file made by \"redress-cli backup\"."),
                                        QStringLiteral("file"));
    const QCommandLineOption forceOption(
        QStringLiteral("force"), tr("Replace the database that is there (it is kept aside)."));
    parser.addOptions({fromOption, forceOption});
    if (auto stop = parse(parser, arguments))
        return *stop;
    if (!parser.isSet(fromOption) || parser.value(fromOption).trimmed().isEmpty())
        return usageError(tr("Name the backup with --from FILE"));
    const QString from = QFileInfo(parser.value(fromOption)).absoluteFilePath();
    if (!QFileInfo(from).isFile())
        return failure(tr("%1 is not a file; name the backup to restore with --from FILE")
                           .arg(QDir::toNativeSeparators(from)));
    auto where = location(parser);
    if (!where)
        return usageError(where.error());

    if (!where->isSqlite()) {
        if (!parser.isSet(forceOption))
            return failure(tr("Restoring replaces everything in %1 (a copy is kept beside the "
                              "backup first). Add --force to go ahead; nothing was changed.")
                               .arg(where->describe()));
        auto aside = backup::restorePostgres(where.value(), from, QFileInfo(from).absolutePath());
        if (!aside)
            return failure(aside.error());
        out() << tr("Restored %1 from %2; what it held before is kept in %3")
                     .arg(where->describe(), QDir::toNativeSeparators(from),
                          QDir::toNativeSeparators(*aside))
              << Qt::endl;
        return ExitSuccess;
    }

    const QString path = QFileInfo(where->filePath).absoluteFilePath();
    if (QFileInfo::exists(path) && !parser.isSet(forceOption)) {
        // Checked first, so a bad backup is reported before the question of replacing.
        if (auto checked = backup::checkSqliteFile(from); !checked)
            return failure(checked.error() + tr("; nothing was changed"));
        return failure(tr("There is already a database at %1. Restoring replaces it (it is kept "
                          "aside under a dated name first): add --force to go ahead. Nothing was "
                          "changed.")
                           .arg(QDir::toNativeSeparators(path)));
    }
    auto restored = backup::restoreSqlite(path, from);
    if (!restored)
        return failure(restored.error());
    out() << tr("Restored %1 from %2 (cases: %3, schema version %4)")
                 .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(from))
                 .arg(restored->contents.cases)
                 .arg(restored->contents.schemaVersion)
          << Qt::endl;
    for (const QString& kept : restored->keptAside)
        out() << tr("The previous file is kept as %1").arg(QDir::toNativeSeparators(kept))
              << Qt::endl;
    return ExitSuccess;
}

} // namespace redress::cli

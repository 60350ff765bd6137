#include "DefaultLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace redress {

namespace {

const QString fileName = QStringLiteral("redress.sqlite");

QString localFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

QString roamingFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

bool sameFolder(const QString& a, const QString& b)
{
    return QDir::cleanPath(QDir(a).absolutePath())
               .compare(QDir::cleanPath(QDir(b).absolutePath()), Qt::CaseInsensitive) == 0;
}

} // namespace

QString defaultDatabasePath()
{
    const QString local = QDir(localFolder()).filePath(fileName);
    const QString roaming = QDir(roamingFolder()).filePath(fileName);
    if (!QFileInfo::exists(local) && QFileInfo::exists(roaming))
        return roaming;
    return local;
}

Result<bool> moveDatabaseFromRoamingFolder()
{
    return moveDatabaseBetweenFolders(roamingFolder(), localFolder());
}

Result<bool> moveDatabaseBetweenFolders(const QString& fromFolder, const QString& toFolder)
{
    if (fromFolder.isEmpty() || toFolder.isEmpty() || sameFolder(fromFolder, toFolder))
        return false;
    const QDir from(fromFolder);
    const QDir to(toFolder);
    if (!QFileInfo::exists(from.filePath(fileName)) || QFileInfo::exists(to.filePath(fileName)))
        return false;
    if (!QDir().mkpath(toFolder))
        return Error{QCoreApplication::translate("DefaultLocation", "Cannot create the folder %1")
                         .arg(QDir::toNativeSeparators(toFolder))};
    // The -wal file may hold committed changes not yet in the main file: all three go together.
    QStringList moved;
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QString source = from.filePath(fileName + suffix);
        if (!QFileInfo::exists(source))
            continue;
        const QString target = to.filePath(fileName + suffix);
        QFile file(source);
        if (!file.rename(target)) {
            const QString reason = file.errorString();
            for (const QString& name : moved)
                QFile::rename(to.filePath(name), from.filePath(name));
            return Error{QCoreApplication::translate(
                             "DefaultLocation",
                             "Cannot move the database %1 to %2: %3. Redress goes on using it "
                             "where it is; close every copy of Redress and start it again to "
                             "move it.")
                             .arg(QDir::toNativeSeparators(source),
                                  QDir::toNativeSeparators(target), reason)};
        }
        moved.append(fileName + suffix);
    }
    return true;
}

} // namespace redress

#include "DefaultLocation.h"

#include <QDir>
#include <QStandardPaths>

namespace redress {

QString defaultDatabasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("redress.sqlite"));
}

} // namespace redress

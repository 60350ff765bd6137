#pragma once

#include <QLoggingCategory>
#include <QString>

namespace redress::applog {

// The desktop program's areas, for QT_LOGGING_RULES (e.g. "redress.database.debug=true").
Q_DECLARE_LOGGING_CATEGORY(lcStartup)
Q_DECLARE_LOGGING_CATEGORY(lcDatabase)
Q_DECLARE_LOGGING_CATEGORY(lcFirstRun)

// Where the log files live: a "logs" folder in the local data folder, beside the database.
QString logFolder();

// From here on, every Qt message (qDebug, qInfo, qWarning… and the categories above) also
// goes to <folder>/<fileName> (redress.log for the desktop, redress-cli.log for the commands), one
// line each with the time (UTC), level and category. The file is rotated at 1 MiB; redress.log.1 to
// redress.log.3 keep the older ones. verbose turns on the debug messages of Redress's categories.
// Messages name cases by reference and databases by file or server, never a person: what goes in a
// log may be sent to IT. Returns false (and logs only to stderr) when the folder cannot be written.
bool startLogFile(const QString& folder, bool verbose,
                  const QString& fileName = QStringLiteral("redress.log"));

// Rotation, on its own so it can be tested: when path is at least maxBytes long, path.N-1
// becomes path.N (the oldest, path.keep, is dropped) … and path becomes path.1.
void rotateIfFull(const QString& path, qint64 maxBytes, int keep);

} // namespace redress::applog

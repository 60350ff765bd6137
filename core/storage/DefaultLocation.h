#pragma once

#include "util/Result.h"

#include <QString>

namespace redress {

// The database the desktop app and redress-cli use when none is named: redress.sqlite in the
// per-user local application data folder (%LOCALAPPDATA%\Redress\Redress on Windows,
// ~/.local/share/Redress/Redress on Linux). Both programs set the organisation and
// application names to "Redress" before asking, so both find the same file.
//
// Not the roaming profile (%APPDATA%), where versions up to 0.1 kept it: councils often
// redirect that folder to a network share, where SQLite's write-ahead log does not work.
// Until the file has been moved (moveDatabaseFromRoamingFolder) the old one is used.
QString defaultDatabasePath();

// Moves redress.sqlite, with its -wal and -shm files, from the roaming folder earlier
// versions used to the local folder: only when the roaming one exists and the local one does
// not, so it happens once. True when files were moved, false when there was nothing to move;
// an error (saying what and where) when a file could not be moved, with everything put back.
// Both programs call it as they start.
Result<bool> moveDatabaseFromRoamingFolder();
Result<bool> moveDatabaseBetweenFolders(const QString& fromFolder, const QString& toFolder);

} // namespace redress

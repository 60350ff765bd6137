#pragma once

#include <QString>

namespace redress {

// The database the desktop app and redress-cli use when none is named: redress.sqlite in the
// per-user application data folder (%APPDATA%\Redress\Redress on Windows,
// ~/.local/share/Redress/Redress on Linux). Both programs set the organisation and
// application names to "Redress" before asking, so both find the same file.
QString defaultDatabasePath();

} // namespace redress

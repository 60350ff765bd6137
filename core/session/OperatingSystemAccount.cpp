// Who the operating system says runs this program. Not the USER or USERNAME environment
// variables: anyone can set those, and on one desktop the account is the audit trail's actor.
#include "Session.h"

#ifdef Q_OS_WIN
#include <lmcons.h>
#include <qt_windows.h>
#else
#include <pwd.h>
#include <unistd.h>
#endif

namespace redress {

QString Session::operatingSystemAccount()
{
    QString name;
#ifdef Q_OS_WIN
    wchar_t buffer[UNLEN + 1] = {};
    DWORD size = UNLEN + 1;
    if (GetUserNameW(buffer, &size) && size > 0)
        name = QString::fromWCharArray(buffer, int(size) - 1);
#else
    // The effective user: the account whose rights the program has.
    if (const passwd* entry = getpwuid(geteuid()); entry && entry->pw_name)
        name = QString::fromLocal8Bit(entry->pw_name);
#endif
    return name.trimmed().isEmpty() ? QStringLiteral("unknown") : name.trimmed();
}

} // namespace redress

#pragma once

#include <QCoreApplication>
#include <functional>

class QWidget;

namespace redress {

class Session;

// File › Restore from backup: puts a backup made by Redress in place of the open SQLite
// database, the person at the desk choosing the file and confirming. It uses the same core
// restore as "redress-cli restore": the backup is checked before anything is asked, the
// database as it was is kept aside under a dated name, and a backup that is refused, or a
// database someone else has open, leaves everything as it was. The window's own connection is
// closed while the restore runs on a worker thread and opened again after, whatever the
// outcome. On a team's PostgreSQL database it explains that restoring is the database
// administrator's job instead.
class RestoreTask
{
    Q_DECLARE_TR_FUNCTIONS(RestoreTask)

public:
    // `letGo` closes whatever shows cases from the current database (the case tabs), asking
    // about unsaved work, and returns false when the person keeps something open. True when
    // the database was replaced.
    static bool run(Session& session, QWidget* parent, const std::function<bool()>& letGo);
};

} // namespace redress

#pragma once

#include "util/Result.h"

#include <QString>
#include <functional>

class QWidget;

namespace redress {

// Runs long work (a report on a million cases, an import, demo data) on a worker thread
// behind a progress dialog with a Cancel button, so the window never freezes. The work gets a
// `progress(done, total)` function to call as it goes; it returns false once the user has
// pressed Cancel, and the work should then stop and return a failure.
//
// Database connections belong to the thread that opens them: the work opens its own (e.g.
// Session::openWorker() on the caller's session, done inside the work).
class BackgroundTask
{
public:
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    using Work = std::function<Status(const Progress& progress)>;

    enum class Cancel
    {
        Allowed,
        NotAllowed // no Cancel button: work that must finish once begun (a restore)
    };

    static Status run(QWidget* parent, const QString& label, const Work& work,
                      Cancel cancel = Cancel::Allowed);
};

} // namespace redress

#pragma once

#include "procedure/DeadlineStanding.h"
#include "storage/CaseQuery.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace redress {

class Session;

// The signed-in officer's own work, sorted into the lists their start page shows: open cases
// allocated to them that are overdue, due today, due later this week (to Sunday) or due within
// their reminder window; those awaiting their own next step (a stage to acknowledge, or a
// response sent and the outcome or closing still to record); and those someone else changed
// since they last looked. A case can be in more than one list. Where each case stands comes
// from DeadlineStanding, as in the queue.
class MyWorkLists
{
    Q_DECLARE_TR_FUNCTIONS(MyWorkLists)

public:
    enum class List
    {
        Overdue,
        DueToday,
        DueThisWeek,
        Reminders,
        AwaitingAction,
        ChangedByOthers,
    };
    static QList<List> allLists();
    static QString title(List list);

    struct Item
    {
        CaseSummary row;
        DeadlineStanding standing;
        QString detail; // why it is listed, in words: where it stands, or who changed what
    };

    // Reads the officer's open cases as of today: `reminderDays` is the reminder window in
    // working days; changes by others count after `sinceUtc` (none when it is invalid).
    static Result<MyWorkLists> load(Session& session, int reminderDays, const QDateTime& sinceUtc);

    const QList<Item>& items(List list) const { return m_lists[int(list)]; }

private:
    QList<Item> m_lists[6];
};

} // namespace redress

#include "MyWorkLists.h"

#include "session/Session.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"
#include "util/Clock.h"

namespace redress {

QList<MyWorkLists::List> MyWorkLists::allLists()
{
    return {List::Overdue,   List::DueToday,       List::DueThisWeek,
            List::Reminders, List::AwaitingAction, List::ChangedByOthers};
}

QString MyWorkLists::title(List list)
{
    switch (list) {
    case List::Overdue:
        return tr("Overdue");
    case List::DueToday:
        return tr("Due today");
    case List::DueThisWeek:
        return tr("Due later this week");
    case List::Reminders:
        return tr("Reminders: due within your reminder window");
    case List::AwaitingAction:
        return tr("Awaiting your action");
    case List::ChangedByOthers:
        return tr("Changed by others since you last looked");
    }
    return {};
}

Result<MyWorkLists> MyWorkLists::load(Session& session, int reminderDays, const QDateTime& sinceUtc)
{
    CaseFilter filter;
    filter.view = QueueView::MyCases;
    filter.me = session.actor();
    filter.openOnly = true;
    auto rows = session.cases().list(filter);
    if (!rows)
        return Error{rows.error()};
    const QDate today = Clock::today();
    const QDate sunday = today.addDays(7 - today.dayOfWeek());
    MyWorkLists lists;
    const auto add = [&lists](List list, const Item& item) {
        lists.m_lists[int(list)].append(item);
    };
    for (const CaseSummary& row : rows.value()) {
        const DeadlineStanding standing = session.standingOf(row);
        const Item item{row, standing, standing.description()};
        if (standing.isOverdue())
            add(List::Overdue, item);
        else if (standing.isDueToday())
            add(List::DueToday, item);
        else if (standing.isRunning() && standing.due() <= sunday)
            add(List::DueThisWeek, item);
        if (standing.urgency(reminderDays) == DeadlineStanding::Urgency::DueSoon)
            add(List::Reminders, item);
        // The officer's own next step: acknowledging, or recording the outcome and closing
        // once the response is out. An open stage waits on the service.
        if (row.state == CaseState::Received)
            add(List::AwaitingAction, {row, standing, tr("To acknowledge")});
        else if (row.state == CaseState::Responded)
            add(List::AwaitingAction,
                {row, standing, tr("Responded: record the outcome, close or escalate")});
        if (!sinceUtc.isValid())
            continue;
        auto entries = session.auditLog().entriesForCase(row.id);
        if (!entries)
            return Error{entries.error()};
        for (auto it = entries->crbegin(); it != entries->crend(); ++it) {
            if (it->atUtc > sinceUtc && it->actor != session.actor()) {
                add(List::ChangedByOthers,
                    {row, standing,
                     tr("%1 on %2: %3")
                         .arg(it->actor,
                              it->atUtc.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                              it->detail)});
                break;
            }
        }
    }
    return lists;
}

} // namespace redress

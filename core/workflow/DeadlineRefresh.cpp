#include "DeadlineRefresh.h"

#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "workflow/CaseWorkflow.h"

#include <QCoreApplication>

namespace redress {

namespace {

// The context lupdate files these messages under, and the one they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineRefresh)
};

} // namespace

Result<DeadlineRefresh> DeadlineRefresh::run(Database& database, const QString& actor,
                                             const QString& reason)
{
    return afterChange(database, actor, reason, [] { return Status{}; });
}

Result<DeadlineRefresh> DeadlineRefresh::afterChange(Database& database, const QString& actor,
                                                     const QString& reason,
                                                     const std::function<Status()>& change)
{
    DeadlineRefresh refresh;
    Status done = database.transaction([&]() -> Status {
        if (Status changed = change(); !changed)
            return changed;
        // The rules as the change left them.
        auto workflow = CaseWorkflow::forDatabase(database, actor);
        if (!workflow)
            return Error{workflow.error()};
        CaseFilter open;
        open.openOnly = true;
        auto ids = CaseRepository(database).list(open);
        if (!ids)
            return Error{ids.error()};
        for (const CaseSummary& summary : ids.value()) {
            auto record = CaseRepository(database).load(summary.id);
            if (!record)
                return Error{record.error()};
            ++refresh.casesChecked;
            auto moved = workflow->refreshDeadlines(record.value(), reason);
            if (!moved)
                return Error{moved.error()};
            if (moved.value())
                ++refresh.casesChanged;
        }
        AuditEntry entry;
        entry.actor = actor.isEmpty() ? QStringLiteral("unknown") : actor;
        entry.action = QStringLiteral("recompute_deadlines");
        entry.detail = Text::tr("Deadlines of open cases recomputed (%1): %2 of %3 changed")
                           .arg(reason)
                           .arg(refresh.casesChanged)
                           .arg(refresh.casesChecked);
        entry.after = {{QStringLiteral("casesChecked"), refresh.casesChecked},
                       {QStringLiteral("casesChanged"), refresh.casesChanged}};
        return AuditLog(database).append(entry);
    });
    if (!done)
        return Error{done.error()};
    return refresh;
}

} // namespace redress

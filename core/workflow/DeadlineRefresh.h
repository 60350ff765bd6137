#pragma once

#include "util/Result.h"

#include <QString>
#include <functional>

namespace redress {

class Database;

// Open cases keep the deadlines stored when they were last saved. After the calendar
// (bank holidays, closure days) or a procedure profile changes, these bring every open
// case's stored deadlines in line with the rules as they are now, through the same
// computation as any action (CaseWorkflow::Rules::withDeadlines, with extensions and
// suspensions), in one transaction. Each case whose deadlines move gets an audit entry
// "recompute_deadlines" naming `reason`, and the run one summary entry.
struct DeadlineRefresh
{
    int casesChecked = 0;
    int casesChanged = 0;

    // Recomputes with the calendar and profiles now in the database.
    static Result<DeadlineRefresh> run(Database& database, const QString& actor,
                                       const QString& reason);
    // Makes an administrative change (`change`, e.g. adding a closure day) and recomputes,
    // both in one transaction: if either fails, neither is kept.
    static Result<DeadlineRefresh> afterChange(Database& database, const QString& actor,
                                               const QString& reason,
                                               const std::function<Status()>& change);
};

} // namespace redress

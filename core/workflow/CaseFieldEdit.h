#pragma once

#include "domain/Case.h"
#include "util/Result.h"

#include <QString>

namespace redress {

// An edit of a case's own fields after logging (summary, dates, channel, people, team,
// officer…), as opposed to its progress, which only the workflow changes. It checks the
// edit before it is saved: the dates must still make sense, and the dates of a closed case
// change only with a reason, which the audit entry records. Stage 1's clock follows the
// received date, so saving the edit (CaseWorkflow::saveDetails) recomputes its deadlines.
class CaseFieldEdit
{
public:
    // Whether `after` moves the received date or the date the matter arose.
    static bool changesDates(const Case& before, const Case& after);
    // Whether a change of dates needs a reason: the case is closed or withdrawn.
    static bool needsReasonForDates(const Case& before);

    // The case to save, or what is wrong (nothing is changed).
    static Result<Case> apply(const Case& before, Case after, const QString& reason);
    // The audit entry's words for the edit, with the reason when one was given.
    static QString describe(const QString& reason);
};

} // namespace redress

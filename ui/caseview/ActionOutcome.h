#pragma once

#include "domain/Case.h"
#include "procedure/DeadlineStanding.h"
#include "workflow/Action.h"
#include "workflow/CaseWorkflow.h"

#include <QString>

namespace redress {

// What the officer is told once an action is done: what happened and what comes next —
// "Acknowledged. Respond by 18/12/2026 (10 working days left)." — from the case as it now
// is, its deadline standing and the actions `rules` now offer it (so no escalation at its
// procedure's last stage). `outcomeLabel` is the label of the stage's outcome, for "Outcome
// recorded".
QString whatComesNext(const Case& after, const ActionRequest& request,
                      const DeadlineStanding& standing, const QString& outcomeLabel,
                      const CaseWorkflow::Rules& rules);

} // namespace redress

#pragma once

#include "storage/CaseKindStore.h"
#include "util/Result.h"
#include "workflow/DeadlineRefresh.h"

#include <optional>

namespace redress {

class Session;

struct CouncilKindSettingsChanged
{
    CouncilKind kind;                       // as stored now
    std::optional<DeadlineRefresh> refresh; // when its clock changed
};

// Changes a council kind's prefix, clock, report group or retention for the person signed in
// (an administrator). A changed clock brings the open cases of the kind, and every other open
// case, in line in the same transaction, each moved case audited, as a change of timescales
// does (Session::changeDeadlineRules); cases already closed keep the deadlines they had. The
// views are told (referenceDataChanged, and rulesChanged and casesChanged with a new clock).
Result<CouncilKindSettingsChanged> changeCouncilKind(Session& session, const QString& code,
                                                     const CouncilKindChange& change);

} // namespace redress

#include "CouncilKindSettings.h"

#include "session/Session.h"

#include <QCoreApplication>

namespace redress {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CouncilKindSettings)
};

bool changesClock(const CouncilKind& before, const CouncilKindChange& change)
{
    return (change.clockDays && *change.clockDays != before.clockDays) ||
           (change.extendedDays && *change.extendedDays != before.extendedDays);
}

} // namespace

Result<CouncilKindSettingsChanged> changeCouncilKind(Session& session, const QString& code,
                                                     const CouncilKindChange& change)
{
    // Asked first, so the refusal names the kinds, not the timescales a new clock recomputes.
    if (Status allowed = session.requireAdministrator(
            QCoreApplication::translate("Session", "the kinds of feedback"));
        !allowed)
        return Error{allowed.error()};
    CaseKindStore store = session.caseKinds();
    const auto before = CaseKindStore::find(code);
    CouncilKindSettingsChanged changed;
    if (!before || !changesClock(*before, change)) {
        auto stored = store.setSettings(code, change);
        if (!stored)
            return Error{stored.error()};
        changed.kind = stored.value();
    } else {
        auto refreshed = session.changeDeadlineRules(
            Text::tr("the response clock of \"%1\" changed").arg(before->name), [&]() -> Status {
                auto stored = store.setSettings(code, change);
                if (!stored)
                    return Error{stored.error()};
                changed.kind = stored.value();
                return {};
            });
        if (!refreshed) {
            // Undone in the database: the program's kinds go back to what it holds.
            if (auto reloaded = CaseKindStore::load(session.database()); !reloaded)
                return Error{reloaded.error()};
            return Error{refreshed.error()};
        }
        changed.refresh = refreshed.value();
    }
    session.notifyReferenceDataChanged();
    return changed;
}

} // namespace redress

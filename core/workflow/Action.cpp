#include "Action.h"

#include "util/CodeTable.h"

namespace redress {

namespace {

using A = Coded<Action>;
constexpr CodeTable actions(
    "Action",
    std::array{
        A{Action::Acknowledge, "acknowledge", QT_TRANSLATE_NOOP("Action", "Acknowledge")},
        A{Action::Allocate, "allocate", QT_TRANSLATE_NOOP("Action", "Allocate")},
        A{Action::Extend, "extend", QT_TRANSLATE_NOOP("Action", "Extend")},
        A{Action::Suspend, "suspend", QT_TRANSLATE_NOOP("Action", "Suspend")},
        A{Action::Resume, "resume", QT_TRANSLATE_NOOP("Action", "Resume")},
        A{Action::RecordMilestone, "record_milestone",
          QT_TRANSLATE_NOOP("Action", "Record milestone")},
        A{Action::Respond, "respond", QT_TRANSLATE_NOOP("Action", "Record response")},
        A{Action::RecordOutcome, "record_outcome", QT_TRANSLATE_NOOP("Action", "Record outcome")},
        A{Action::Escalate, "escalate", QT_TRANSLATE_NOOP("Action", "Escalate to next stage")},
        A{Action::Withdraw, "withdraw", QT_TRANSLATE_NOOP("Action", "Withdraw")},
        A{Action::Reopen, "reopen", QT_TRANSLATE_NOOP("Action", "Reopen")},
        A{Action::Close, "close", QT_TRANSLATE_NOOP("Action", "Close")},
        A{Action::ReferToOmbudsman, "refer_to_ombudsman",
          QT_TRANSLATE_NOOP("Action", "Refer to the Ombudsman")},
    });

} // namespace

QList<Action> allActions()
{
    return actions.values();
}

QString actionCode(Action action)
{
    return actions.code(action);
}

std::optional<Action> actionFromCode(QStringView code)
{
    return actions.fromCode(code);
}

QString actionLabel(Action action)
{
    return actions.label(action);
}

} // namespace redress

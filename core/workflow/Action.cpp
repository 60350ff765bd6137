#include "Action.h"

#include <QCoreApplication>
#include <array>

namespace redress {

namespace {
struct ActionInfo
{
    Action action;
    const char* code;
    const char* label;
};

constexpr std::array actions{
    ActionInfo{Action::Acknowledge, "acknowledge", QT_TRANSLATE_NOOP("Action", "Acknowledge")},
    ActionInfo{Action::Allocate, "allocate", QT_TRANSLATE_NOOP("Action", "Allocate")},
    ActionInfo{Action::Extend, "extend", QT_TRANSLATE_NOOP("Action", "Extend")},
    ActionInfo{Action::Suspend, "suspend", QT_TRANSLATE_NOOP("Action", "Suspend")},
    ActionInfo{Action::Resume, "resume", QT_TRANSLATE_NOOP("Action", "Resume")},
    ActionInfo{Action::RecordMilestone, "record_milestone",
               QT_TRANSLATE_NOOP("Action", "Record milestone")},
    ActionInfo{Action::Respond, "respond", QT_TRANSLATE_NOOP("Action", "Record response")},
    ActionInfo{Action::RecordOutcome, "record_outcome",
               QT_TRANSLATE_NOOP("Action", "Record outcome")},
    ActionInfo{Action::Escalate, "escalate", QT_TRANSLATE_NOOP("Action", "Escalate to next stage")},
    ActionInfo{Action::Withdraw, "withdraw", QT_TRANSLATE_NOOP("Action", "Withdraw")},
    ActionInfo{Action::Reopen, "reopen", QT_TRANSLATE_NOOP("Action", "Reopen")},
    ActionInfo{Action::Close, "close", QT_TRANSLATE_NOOP("Action", "Close")},
    ActionInfo{Action::ReferToOmbudsman, "refer_to_ombudsman",
               QT_TRANSLATE_NOOP("Action", "Refer to the Ombudsman")},
};
} // namespace

QList<Action> allActions()
{
    QList<Action> result;
    for (const auto& info : actions)
        result.append(info.action);
    return result;
}

QString actionCode(Action action)
{
    for (const auto& info : actions)
        if (info.action == action)
            return QString::fromLatin1(info.code);
    return {};
}

std::optional<Action> actionFromCode(QStringView code)
{
    for (const auto& info : actions)
        if (code == QLatin1String(info.code))
            return info.action;
    return std::nullopt;
}

QString actionLabel(Action action)
{
    for (const auto& info : actions)
        if (info.action == action)
            return QCoreApplication::translate("Action", info.label);
    return {};
}

} // namespace redress

#pragma once

#include "domain/Case.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace redress {

// Every change to a case's progress. Edits of details (names, points, remedies…) are saved
// directly and audited; these go through the state machine.
enum class Action
{
    Acknowledge,
    Allocate,
    Extend,
    Suspend,
    Resume,
    RecordMilestone, // stage 2 and 3 milestones: appointments, statement, report, panel
    Respond,
    RecordOutcome,
    Escalate,
    Withdraw,
    Reopen,
    Close,
    ReferToOmbudsman,
};

QList<Action> allActions();
QString actionCode(Action action); // "acknowledge", "refer_to_ombudsman"…
std::optional<Action> actionFromCode(QStringView code);
QString actionLabel(Action action); // translated, for buttons and menus

enum class Milestone2or3
{
    InvestigatingOfficerAppointed,
    IndependentPersonAppointed,
    StatementAgreed,
    ReportReceived,
    PanelHeld,
    PanelReport,
};

// What a transition needs. Each action reads only its own fields; the workflow refuses a
// request that lacks one, saying which.
struct ActionRequest
{
    Action action = Action::Acknowledge;
    QDate on;       // when it happened: acknowledged, responded, suspended from, resumed,
                    // requested (escalate), withdrawn, reopened, closed, referred
    QString reason; // extend, suspend, withdraw, reopen

    // allocate: empty fields are left as they are
    QString officer;
    QString respondingManager;
    QString investigatingOfficer;
    QString independentPerson;

    // extend
    int extendToDays = 0; // the new total, in working days from the clock start
    QDate agreedOn;       // the date the complainant agreed or was told
    bool ombudsmanDetailsGiven = false;

    // record milestone
    Milestone2or3 milestone = Milestone2or3::StatementAgreed;

    // record outcome: empty derives it from the points' findings at this stage
    QString outcomeCode;

    // escalate: accepts a request made after the profile's window
    QString waiverReason;

    // refer to the Ombudsman
    QString lgscoReference;
};

} // namespace redress

#pragma once

#include "calendar/WorkingDayCalendar.h"
#include "domain/Case.h"
#include "procedure/ProcedureProfile.h"
#include "util/Result.h"
#include "workflow/Action.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace redress {

class Database;

// The one state machine every change of a case's progress goes through. It knows which
// actions each kind allows from each state, checks the procedure's rules, keeps deadlines
// current, and writes an audit entry for each change. A refusal says what to do instead.
class CaseWorkflow
{
public:
    // The pure rules, with no database: for checks, tests, and the UI enabling buttons.
    class Rules
    {
    public:
        Rules(WorkingDayCalendar calendar, ProcedureCatalog procedures);

        // Actions the kind allows from the case's state (rules such as "acknowledge before
        // responding" are checked later, with a reason, by apply()).
        static QList<Action> availableActions(const Case& record);
        static bool isAvailable(const Case& record, Action action);
        // isAvailable(), and for escalation whether the procedure in force today has a next
        // stage, so a case is never offered a stage its procedure does not have; milestones
        // only at a stage that has them (a statutory stage 2 investigation, a review panel).
        bool offers(const Case& record, Action action) const;

        // Checks a new case and gives it its stage 1, profile and deadlines.
        Result<Case> prepareNew(Case record) const;
        // The case after the action, or why the action is refused.
        Result<Case> apply(Case record, const ActionRequest& request) const;
        // Recomputes every stage's next deadline and the case's, as of `asOf`.
        Case withDeadlines(Case record, QDate asOf) const;
        // The outcome the points' findings give at a stage (empty when there are none).
        static QString derivedOutcome(const Case& record, int stageNumber);

        Result<ProcedureProfile> profileFor(const Case& record, const Stage& stage) const;
        const WorkingDayCalendar& calendar() const { return m_calendar; }
        const ProcedureCatalog& procedures() const { return m_procedures; }

    private:
        WorkingDayCalendar m_calendar;
        ProcedureCatalog m_procedures;
    };

    // Loads the calendar and the procedure profiles from the database.
    static Result<CaseWorkflow> forDatabase(Database& database, QString actor);
    CaseWorkflow(Database& database, Rules rules, QString actor);

    const Rules& rules() const { return m_rules; }
    const QString& actor() const { return m_actor; }

    // Logs a new case: checks it, saves it with its stage 1 and deadlines, and audits it.
    Status log(Case& record);
    // Applies the action, saves and audits it in one transaction; `record` is updated only
    // when all of that succeeds.
    Status perform(Case& record, const ActionRequest& request);
    // Saves edits of details that are not workflow actions (names, points, findings,
    // remedies, learning, costs, notes…), with an audit entry of what changed.
    Status saveDetails(Case& record, const QString& what);
    // Recomputes the case's stored deadlines with these rules as of today and, when any
    // moved, saves and audits it ("recompute_deadlines", with `why`). Gives whether they
    // moved. See DeadlineRefresh for all open cases at once.
    Result<bool> refreshDeadlines(Case& record, const QString& why);

private:
    Database& m_database;
    Rules m_rules;
    QString m_actor;
};

} // namespace redress

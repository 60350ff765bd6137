#pragma once

#include "domain/Case.h"
#include "util/Result.h"

#include <QString>

namespace redress {

// The dates a stage's steps were done on, as recorded: what an officer may correct after the
// fact (a letter dated the day before it was entered, a typing slip). Dates not yet recorded
// are left to the workflow's actions, which also move the case on; a recorded date may be
// corrected but not removed, since the case's state rests on it.
struct StageDates
{
    QDate acknowledgedOn;
    QDate statementAgreedOn;
    QDate reportReceivedOn;
    QDate panelHeldOn;
    QDate panelReportOn;
    QDate respondedOn;

    static StageDates of(const Stage& stage);
    void applyTo(Stage& stage) const;
    bool operator==(const StageDates& other) const = default;
};

// A correction of one stage's dates. Checked before it is saved: every date on or after the
// stage was requested and not in the future, the response not before the acknowledgement, the
// report not before the statement was agreed, the panel's report not before the panel; and a
// reason, which the audit entry records with the dates before and after. Saving it
// (CaseWorkflow::saveDetails) recomputes the case's deadlines and so its standing.
class StageDateEdit
{
public:
    // The case to save, or what is wrong and where (nothing is changed).
    static Result<Case> apply(const Case& before, int stageNumber, const StageDates& dates,
                              const QString& reason);
    // The audit entry's words for the correction.
    static QString describe(int stageNumber, const QString& reason);
};

} // namespace redress

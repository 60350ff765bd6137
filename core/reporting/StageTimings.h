#pragma once

// The working-day measures of the report (timescale bands, own deadlines, average days,
// overdue), computed from the few stage dates they need. Days are counted only by the
// calendar and DeadlineCalculator, with each stage's own profile version.

#include "procedure/DeadlineStanding.h"
#include "reporting/ReportEngine_p.h"

#include <QDate>
#include <QList>
#include <QString>
#include <memory>

namespace redress::reporting {

// One stage of a population, with only what the measures read.
struct StageFacts
{
    qint64 caseId = 0;
    QString reference;
    CaseKind kind = CaseKind::Complaint;
    Procedure procedure = Procedure::None;
    QString unitCode; // the org unit the case is attached to; empty when none
    Stage stage;      // dates, extension and suspensions
    QDate ended;      // the end the bases compare: responded, or withdrawn/closed without
};

// The stages of a population (complaintStages() or casesOfKinds(), narrowed as needed).
Result<QList<StageFacts>> loadStageFacts(const Context& context, const Query& query);

struct Timing
{
    enum class Band
    {
        WithinInitial,  // within the stage's timescale (10 working days at statutory stage 1)
        WithinExtended, // after that, within the most an extension allows (20)
        Outside,        // after that
    };
    bool responded = false; // false: concluded without a response (withdrawn or closed)
    bool hasDeadline = false;
    int days = 0; // working days from the clock start to the response, less suspensions
    Band band = Band::WithinInitial;
    bool extended = false;       // an extension was agreed
    bool metOwnDeadline = false; // responded by its own deadline (extended, suspension-adjusted)
    // statutory stage 3: each step on time
    bool hasPanel = false;
    bool panelOnTime = false;
    bool reportOnTime = false;
    bool responseOnTime = false;
};

Result<Timing> measure(const Context& context, const StageFacts& facts);

struct MeasuredStage
{
    StageFacts facts;
    Timing timing;
};

// The complaint stages concluded in the period, measured: loaded once per report and shared
// by the tables that need them.
Result<std::shared_ptr<const QList<MeasuredStage>>> concludedComplaintStages(const Context& context,
                                                                             const Period& period);

// Where an unfinished stage stood at the end of `asOf` (milestones, extensions and
// suspensions after that day are ignored, as they had not happened yet), by the same
// definition as the queue's.
Result<DeadlineStanding> standingAt(const Context& context, const StageFacts& facts, QDate asOf);
// The same next deadline, with the milestone it is for; nullopt when nothing runs.
Result<std::optional<Milestone>> nextMilestoneAt(const Context& context, const StageFacts& facts,
                                                 QDate asOf);
// When the stage's acknowledgement was due, under its own profile version; null when its
// procedure sets no acknowledgement for it.
Result<QDate> acknowledgementDueOf(const Context& context, const StageFacts& facts);

} // namespace redress::reporting

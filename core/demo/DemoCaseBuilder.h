#pragma once

#include "demo/DemoContent.h"
#include "domain/Case.h"
#include "procedure/DeadlineCalculator.h"
#include "util/Result.h"
#include "workflow/CaseWorkflow.h"

#include <QDate>
#include <QStringList>

namespace redress::demo {

// The people who work the demo cases, invented once per run so names recur as they would.
struct Staff
{
    QStringList officers; // user names of complaints officers
    QStringList managers; // responding managers
    QStringList investigators;
    QStringList independentPersons;
    QStringList panelChairs;
};

// Builds one case's history as an officer would have recorded it: prepareNew, then one
// workflow action at a time in date order. Every step goes through CaseWorkflow::Rules, so
// the demo data obeys the same rules as real data; the history stops at the first step that
// would lie after today, which leaves recent cases open and some of them overdue.
class CaseBuilder
{
public:
    CaseBuilder(const CaseWorkflow::Rules& rules, Random& random, const Staff& staff, QDate today);

    // `record` carries what intake records (kind, procedure, date, people, points); any kind
    // but an Ombudsman enquiry.
    Result<Case> build(Case record);
    // An Ombudsman enquiry; `aboutKnownComplaint` when Redress holds the complaint it is about.
    Result<Case> buildOmbudsmanEnquiry(Case record, bool aboutKnownComplaint);
    // The complaint after its referral to the Ombudsman on `on`.
    Result<Case> referToOmbudsman(Case complaint, QDate on, const QString& lgscoReference);

    QString lgscoReference(QDate on);

    static ActionRequest request(Action action, QDate on);

private:
    enum class StageEnd
    {
        Responded,
        Withdrawn,
        Stopped
    };
    enum class Timing
    {
        Within,
        Extended,
        Late,
        VeryLate
    };

    bool step(Case& record, const ActionRequest& request);
    Result<Case> finish(const Case& record);
    DeadlineCalculator calculator(const Case& record) const;

    void complaint(Case& record);
    void concern(Case& record);
    void enquiry(Case& record);
    void feedback(Case& record);
    StageEnd workStage(Case& record);
    bool extend(Case& record, const StageRule& rule, QDate agreedOn, int extendTo);
    bool reachOutcome(Case& record, int stageNumber, QDate respondOn);
    void addStageConsequences(Case& record, const Stage& stage);
    void addLearning(Case& record, QDate respondedOn);
    void decideOmbudsman(Case& record, bool aboutKnownComplaint);

    const CaseWorkflow::Rules& m_rules;
    Random& m_random;
    const Staff& m_staff;
    QDate m_today;
    QString m_error;
};

} // namespace redress::demo

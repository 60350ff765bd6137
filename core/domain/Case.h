#pragma once

#include "domain/CaseKind.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace redress {

// Someone who contacts the council, kept once and linked to all their cases so that repeat
// complainants can be counted.
struct Person
{
    qint64 id = 0;
    QString fullName;
    QString email;
    QString phone;
    QString address;
    QString postcode;
    QString ward;
    QString ageBand;    // equality data: optional, never reported at individual level
    QString ethnicity;  //
    QString disability; //
    bool anonymous = false;
    int version = 0; // as loaded with a case; 0 when not known (a save then does not check)
};

struct ChildConcerned
{
    qint64 id = 0;
    QString socialCareReference; // the child's id in the social care system
    QString name;
    QString statusCode; // taxonomy "child_status", as it was when the case came in
    bool advocateOffered = false;
    QString advocateProvider; // e.g. NYAS; empty when none was provided
};

// A clock stop. `until` is null while the suspension runs.
struct Suspension
{
    qint64 id = 0;
    QDate from;
    QDate until;
    QString reason;
};

// One stage of a case: stage 1..3 of a complaint, or the single stage of any other kind.
// The dates are the milestones the Ombudsman and the annual report measure from.
struct Stage
{
    qint64 id = 0;
    int number = 1;
    QString profileCode;        // the procedure profile that set its timescales
    QDate profileEffectiveFrom; // which version of that profile
    QDate requestedOn;          // receipt (stage 1) or the complainant's request
    QDate acknowledgedOn;
    // statutory stage 2
    QDate investigatingOfficerAppointedOn;
    QDate independentPersonAppointedOn;
    QDate statementAgreedOn; // its clock starts here
    QDate reportReceivedOn;
    // statutory stage 3
    QDate panelHeldOn;
    QDate panelReportOn;
    // the response: stage 1 letter, stage 2 adjudication, stage 3 council response
    QDate respondedOn;

    int extendedToDays = 0;  // working days allowed in total once extended; 0 = not
    QDate extensionAgreedOn; // the date the complainant agreed or was told
    QString extensionReason;
    bool ombudsmanDetailsGiven = false; // corporate: the Code asks for this with an extension

    QList<Suspension> suspensions;

    QString outcomeCode;            // taxonomy "outcome"
    bool outcomeOverridden = false; // else derived from the points' findings

    QString respondingManager;
    QString investigatingOfficer;
    QString independentPerson;
    QString panelChair;
    QString escalationWaiverReason; // a late request for this stage accepted anyway

    QDate dueOn; // the next deadline, kept current by the workflow
    // Gone through before the log the case was imported from began: its dates are not known
    // (they hold the next stage's request date) and reports count nothing of it.
    bool beforeLog = false;

    bool isSuspended() const
    {
        return !suspensions.isEmpty() && !suspensions.last().until.isValid();
    }
};

struct PointFinding
{
    int stageNumber = 1;
    QString findingCode; // taxonomy "outcome": upheld, partially_upheld, not_upheld…
};

struct ComplaintPoint
{
    qint64 id = 0;
    QString description;
    QString categoryCode; // taxonomy "category"
    qint64 teamId = 0;    // the team the point is about, if not the case's
    QList<PointFinding> findings;
};

struct Remedy
{
    qint64 id = 0;
    int stageNumber = 1;
    QString typeCode; // taxonomy "remedy_type"
    QString description;
    qint64 amountPence = 0;
    QDate agreedOn;
    QDate completedOn;
};

struct LearningAction
{
    qint64 id = 0;
    QString description;
    QString themeCode; // taxonomy "learning_theme"
    QString owner;
    QDate dueOn;
    QString status =
        QStringLiteral("proposed"); // proposed, in_progress, implemented, not_implemented
    QString notImplementedReason;
    QDate completedOn;
};

struct StaffNamed
{
    qint64 id = 0;
    QString name;
    QString jobTitle;
};

struct Cost
{
    qint64 id = 0;
    int stageNumber = 2;
    QString kind; // investigating_officer, independent_person, panel, other
    qint64 amountPence = 0;
    QDate incurredOn;
    QString note;
};

struct CaseLink
{
    qint64 otherCaseId = 0;
    QString otherReference;
    QString kind; // lgsco_enquiry_of, related
};

struct Reopening
{
    QDate reopenedOn;
    QString reason;
};

struct OmbudsmanRecommendation
{
    qint64 id = 0;
    QString description;
    qint64 amountPence = 0;
    QDate dueOn;
    QDate compliedOn;
    QString remedyTypeCode; // taxonomy "ombudsman_remedy_type" ('' not recorded)
};

// What the LGSCO decided on an Ombudsman enquiry.
struct OmbudsmanDecision
{
    QString lgscoReference;
    QString decisionCode;    // taxonomy "lgsco_decision", dated so old categories still report
    QString decisionWording; // as an imported log worded it, kept beside the code it maps to
    QDate decidedOn;
    bool faultFound = false;
    bool injusticeFound = false;
    bool satisfactoryRemedyAlreadyProvided = false;
    QList<OmbudsmanRecommendation> recommendations;
};

struct Note
{
    qint64 id = 0;
    QDateTime createdAtUtc;
    QString author;
    QString text;
};

// One piece of feedback: a complaint, concern, compliment, comment, enquiry or Ombudsman
// enquiry, with everything recorded about it.
struct Case
{
    qint64 id = 0;
    QString reference; // e.g. CS-2020-00042, unique
    CaseKind kind = CaseKind::Complaint;
    Procedure procedure = Procedure::None;
    CaseState state = CaseState::Received;
    QDate receivedOn;
    QDate matterArose; // when the complainant became aware: the time limit runs from it
    QString summary;
    QString channelCode;         // taxonomy "channel"
    qint64 teamId = 0;           // org unit (a team, under a service under a portfolio)
    qint64 serviceAreaId = 0;    // counted under; a team may serve several (0: the team's)
    Person complainant;          // id 0 with an empty name: none recorded
    QString complainantRoleCode; // taxonomy "complainant_role"
    bool advocacyOffered = false;
    QString advocateProvidedBy;
    QString officer;                // the complaints officer who owns the case (a user name)
    QString timeLimitWaiverReason;  // received over the profile's time limit, accepted anyway
    bool publishable = false;       // compliments: may be quoted
    QString complimentThemeCode;    // compliments: taxonomy "compliment_theme" ('' not recorded)
    bool previousComplaint = false; // had complained before, as recorded (not matched)
    int reopenedUndated = 0;        // re-openings known only as a count, beyond `reopenings`
    QString sourceReference;        // the reference in a legacy log, for re-import matching
    qint64 importBatchId = 0;
    QDate closedOn;
    QDate dueOn;     // the current stage's next deadline, for ordering the queue
    int version = 0; // bumped on every save; a stale save is refused

    QList<Stage> stages;
    QList<ChildConcerned> children;
    QList<ComplaintPoint> points;
    QList<Remedy> remedies;
    QList<LearningAction> learningActions;
    QList<StaffNamed> staffNamed;
    QList<Cost> costs;
    QList<CaseLink> links;
    QList<Reopening> reopenings;
    QList<Note> notes;
    OmbudsmanDecision ombudsman; // Ombudsman enquiries only

    const Stage* currentStage() const { return stages.isEmpty() ? nullptr : &stages.last(); }
    Stage* currentStage() { return stages.isEmpty() ? nullptr : &stages.last(); }
    int currentStageNumber() const { return stages.isEmpty() ? 0 : stages.last().number; }
    const Stage* stage(int number) const;
    int timesReopened() const { return int(reopenings.size()) + reopenedUndated; }
};

} // namespace redress

#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace redress {

// The built-in kinds. A council adds its own (Administration › Kinds): each is a CaseKind
// value from councilKindBase up, given to its code while the program runs (never stored: the
// code is), so every list, label and code lookup below takes it like a built-in one, and a
// switch over the built-ins leaves it to the settings isCouncilKind() and councilKind() give.
enum class CaseKind
{
    Complaint,
    Concern,
    Compliment,
    Comment,
    GeneralEnquiry,
    MpEnquiry,
    CouncillorEnquiry,
    OmbudsmanEnquiry,
};

// The lifecycle every kind shares; which transitions a kind allows is the workflow's business.
enum class CaseState
{
    Received,  // logged, not yet acknowledged
    Open,      // acknowledged and being worked
    Suspended, // clock stopped
    Responded, // the stage's response has been sent
    Closed,
    Withdrawn,
};

enum class Procedure
{
    None, // kinds other than complaints follow their own profile, named after the kind
    Statutory,
    Corporate,
};

QList<CaseKind> allCaseKinds();      // the built-in kinds
QString caseKindCode(CaseKind kind); // stable, stored in the database: "complaint", "mp_enquiry"…
std::optional<CaseKind> caseKindFromCode(QStringView code);
QString caseKindLabel(CaseKind kind); // translated, for people; a council kind's own name

// Where the reports count a council's own kind of feedback.
enum class KindReportGroup
{
    OtherFeedback, // a row of its own among the other feedback (headline, history, quarterly)
    Enquiry,       // as other feedback, and a row of the enquiries table
};
QList<KindReportGroup> allKindReportGroups();
QString kindReportGroupCode(KindReportGroup group); // "other_feedback", "enquiry"
std::optional<KindReportGroup> kindReportGroupFromCode(QStringView code);
QString kindReportGroupLabel(KindReportGroup group);

// A kind of feedback a council added beyond the built-in ones.
struct CouncilKind
{
    QString code; // stored on its cases, like a built-in kind's
    QString name;
    QString referencePrefix; // its cases' references: PREFIX-2020-00001
    int clockDays = 0;       // working days to respond; 0 = no response clock
    int extendedDays = 0;    // the most an extension allows in total; 0 = no extension
    int retentionYears = 0;  // kept after closure; 0 = as its report group's built-in kind
    KindReportGroup reportGroup = KindReportGroup::OtherFeedback;
    bool retired = false; // not offered for new cases; its cases are still shown and counted

    bool hasClock() const { return clockDays > 0; }
    bool isExtendable() const { return hasClock() && extendedDays > clockDays; }
    // The working days a response may take at most: extended, or the clock itself.
    int maxDays() const { return isExtendable() ? extendedDays : clockDays; }
    bool operator==(const CouncilKind&) const = default;
};

constexpr int councilKindBase = 100;
bool isCouncilKind(CaseKind kind);
// Its settings, or nullopt for a built-in kind.
std::optional<CouncilKind> councilKind(CaseKind kind);
// The council's kinds as the open database holds them, replacing those known before. A code
// keeps its CaseKind value while the program runs, whichever database names it again.
void setCouncilKinds(const QList<CouncilKind>& kinds);
QList<CouncilKind> councilKinds(); // in the order the database lists them
// The built-in kinds and then the council's: every one, or only those offered for new cases.
QList<CaseKind> caseKindsWithCouncil(bool offeredOnly = false);

QList<CaseState> allCaseStates();
QString caseStateCode(CaseState state);
std::optional<CaseState> caseStateFromCode(QStringView code);
QString caseStateLabel(CaseState state);
bool isOpenState(CaseState state);

QString procedureCode(Procedure procedure); // "statutory", "corporate", "" for none
std::optional<Procedure> procedureFromCode(QStringView code);
QString procedureLabel(Procedure procedure);

// The procedure profile that sets a case's timescales: the procedure for a complaint,
// the kind itself for everything else ("concern", "mp_enquiry"…).
QString profileCodeFor(CaseKind kind, Procedure procedure);

} // namespace redress

#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace redress {

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

QList<CaseKind> allCaseKinds();
QString caseKindCode(CaseKind kind); // stable, stored in the database: "complaint", "mp_enquiry"…
std::optional<CaseKind> caseKindFromCode(QStringView code);
QString caseKindLabel(CaseKind kind); // translated, for people

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

#include "CaseKind.h"

#include "util/CodeTable.h"

namespace redress {

namespace {

using K = Coded<CaseKind>;
constexpr CodeTable
    kinds("CaseKind",
          std::array{
              K{CaseKind::Complaint, "complaint", QT_TRANSLATE_NOOP("CaseKind", "Complaint")},
              K{CaseKind::Concern, "concern", QT_TRANSLATE_NOOP("CaseKind", "Concern")},
              K{CaseKind::Compliment, "compliment", QT_TRANSLATE_NOOP("CaseKind", "Compliment")},
              K{CaseKind::Comment, "comment", QT_TRANSLATE_NOOP("CaseKind", "Comment")},
              K{CaseKind::GeneralEnquiry, "general_enquiry",
                QT_TRANSLATE_NOOP("CaseKind", "General enquiry")},
              K{CaseKind::MpEnquiry, "mp_enquiry", QT_TRANSLATE_NOOP("CaseKind", "MP enquiry")},
              K{CaseKind::CouncillorEnquiry, "councillor_enquiry",
                QT_TRANSLATE_NOOP("CaseKind", "Councillor enquiry")},
              K{CaseKind::OmbudsmanEnquiry, "lgsco_enquiry",
                QT_TRANSLATE_NOOP("CaseKind", "Ombudsman (LGSCO) enquiry")},
          });

using S = Coded<CaseState>;
constexpr CodeTable
    states("CaseState",
           std::array{
               S{CaseState::Received, "received", QT_TRANSLATE_NOOP("CaseState", "Received")},
               S{CaseState::Open, "open", QT_TRANSLATE_NOOP("CaseState", "Open")},
               S{CaseState::Suspended, "suspended", QT_TRANSLATE_NOOP("CaseState", "Suspended")},
               S{CaseState::Responded, "responded", QT_TRANSLATE_NOOP("CaseState", "Responded")},
               S{CaseState::Closed, "closed", QT_TRANSLATE_NOOP("CaseState", "Closed")},
               S{CaseState::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("CaseState", "Withdrawn")},
           });

// "None" (not a complaint) is stored as the empty code and has no label.
using P = Coded<Procedure>;
constexpr CodeTable procedures("Procedure",
                               std::array{
                                   P{Procedure::None, "", ""},
                                   P{Procedure::Statutory, "statutory",
                                     QT_TRANSLATE_NOOP("Procedure", "Children's statutory")},
                                   P{Procedure::Corporate, "corporate",
                                     QT_TRANSLATE_NOOP("Procedure", "Corporate")},
                               });

} // namespace

QList<CaseKind> allCaseKinds()
{
    return kinds.values();
}

QString caseKindCode(CaseKind kind)
{
    return kinds.code(kind);
}

std::optional<CaseKind> caseKindFromCode(QStringView code)
{
    return kinds.fromCode(code);
}

QString caseKindLabel(CaseKind kind)
{
    return kinds.label(kind);
}

QList<CaseState> allCaseStates()
{
    return states.values();
}

QString caseStateCode(CaseState state)
{
    return states.code(state);
}

std::optional<CaseState> caseStateFromCode(QStringView code)
{
    return states.fromCode(code);
}

QString caseStateLabel(CaseState state)
{
    return states.label(state);
}

bool isOpenState(CaseState state)
{
    return state == CaseState::Received || state == CaseState::Open ||
           state == CaseState::Suspended || state == CaseState::Responded;
}

QString procedureCode(Procedure procedure)
{
    return procedures.code(procedure);
}

std::optional<Procedure> procedureFromCode(QStringView code)
{
    return procedures.fromCode(code);
}

QString procedureLabel(Procedure procedure)
{
    return procedure == Procedure::None ? QString() : procedures.label(procedure);
}

QString profileCodeFor(CaseKind kind, Procedure procedure)
{
    if (kind == CaseKind::Complaint)
        return procedureCode(procedure);
    return caseKindCode(kind);
}

} // namespace redress

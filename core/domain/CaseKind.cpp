#include "CaseKind.h"

#include <QCoreApplication>
#include <array>

namespace redress {

namespace {

struct KindInfo
{
    CaseKind kind;
    const char* code;
    const char* label;
};

constexpr std::array kinds{
    KindInfo{CaseKind::Complaint, "complaint", QT_TRANSLATE_NOOP("CaseKind", "Complaint")},
    KindInfo{CaseKind::Concern, "concern", QT_TRANSLATE_NOOP("CaseKind", "Concern")},
    KindInfo{CaseKind::Compliment, "compliment", QT_TRANSLATE_NOOP("CaseKind", "Compliment")},
    KindInfo{CaseKind::Comment, "comment", QT_TRANSLATE_NOOP("CaseKind", "Comment")},
    KindInfo{CaseKind::GeneralEnquiry, "general_enquiry",
             QT_TRANSLATE_NOOP("CaseKind", "General enquiry")},
    KindInfo{CaseKind::MpEnquiry, "mp_enquiry", QT_TRANSLATE_NOOP("CaseKind", "MP enquiry")},
    KindInfo{CaseKind::CouncillorEnquiry, "councillor_enquiry",
             QT_TRANSLATE_NOOP("CaseKind", "Councillor enquiry")},
    KindInfo{CaseKind::OmbudsmanEnquiry, "lgsco_enquiry",
             QT_TRANSLATE_NOOP("CaseKind", "Ombudsman (LGSCO) enquiry")},
};

struct StateInfo
{
    CaseState state;
    const char* code;
    const char* label;
};

constexpr std::array states{
    StateInfo{CaseState::Received, "received", QT_TRANSLATE_NOOP("CaseState", "Received")},
    StateInfo{CaseState::Open, "open", QT_TRANSLATE_NOOP("CaseState", "Open")},
    StateInfo{CaseState::Suspended, "suspended", QT_TRANSLATE_NOOP("CaseState", "Suspended")},
    StateInfo{CaseState::Responded, "responded", QT_TRANSLATE_NOOP("CaseState", "Responded")},
    StateInfo{CaseState::Closed, "closed", QT_TRANSLATE_NOOP("CaseState", "Closed")},
    StateInfo{CaseState::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("CaseState", "Withdrawn")},
};

} // namespace

QList<CaseKind> allCaseKinds()
{
    QList<CaseKind> result;
    for (const auto& info : kinds)
        result.append(info.kind);
    return result;
}

QString caseKindCode(CaseKind kind)
{
    for (const auto& info : kinds)
        if (info.kind == kind)
            return QString::fromLatin1(info.code);
    return {};
}

std::optional<CaseKind> caseKindFromCode(QStringView code)
{
    for (const auto& info : kinds)
        if (code == QLatin1String(info.code))
            return info.kind;
    return std::nullopt;
}

QString caseKindLabel(CaseKind kind)
{
    for (const auto& info : kinds)
        if (info.kind == kind)
            return QCoreApplication::translate("CaseKind", info.label);
    return {};
}

QList<CaseState> allCaseStates()
{
    QList<CaseState> result;
    for (const auto& info : states)
        result.append(info.state);
    return result;
}

QString caseStateCode(CaseState state)
{
    for (const auto& info : states)
        if (info.state == state)
            return QString::fromLatin1(info.code);
    return {};
}

std::optional<CaseState> caseStateFromCode(QStringView code)
{
    for (const auto& info : states)
        if (code == QLatin1String(info.code))
            return info.state;
    return std::nullopt;
}

QString caseStateLabel(CaseState state)
{
    for (const auto& info : states)
        if (info.state == state)
            return QCoreApplication::translate("CaseState", info.label);
    return {};
}

bool isOpenState(CaseState state)
{
    return state == CaseState::Received || state == CaseState::Open ||
           state == CaseState::Suspended || state == CaseState::Responded;
}

QString procedureCode(Procedure procedure)
{
    switch (procedure) {
    case Procedure::Statutory:
        return QStringLiteral("statutory");
    case Procedure::Corporate:
        return QStringLiteral("corporate");
    case Procedure::None:
        break;
    }
    return {};
}

std::optional<Procedure> procedureFromCode(QStringView code)
{
    if (code.isEmpty())
        return Procedure::None;
    if (code == u"statutory")
        return Procedure::Statutory;
    if (code == u"corporate")
        return Procedure::Corporate;
    return std::nullopt;
}

QString procedureLabel(Procedure procedure)
{
    switch (procedure) {
    case Procedure::Statutory:
        return QCoreApplication::translate("Procedure", "Children's statutory");
    case Procedure::Corporate:
        return QCoreApplication::translate("Procedure", "Corporate");
    case Procedure::None:
        break;
    }
    return {};
}

QString profileCodeFor(CaseKind kind, Procedure procedure)
{
    if (kind == CaseKind::Complaint)
        return procedureCode(procedure);
    return caseKindCode(kind);
}

} // namespace redress

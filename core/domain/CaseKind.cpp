#include "CaseKind.h"

#include "util/CodeTable.h"

#include <QHash>
#include <QReadWriteLock>

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

using G = Coded<KindReportGroup>;
constexpr CodeTable reportGroups("KindReportGroup",
                                 std::array{
                                     G{KindReportGroup::OtherFeedback, "other_feedback",
                                       QT_TRANSLATE_NOOP("KindReportGroup", "Other feedback")},
                                     G{KindReportGroup::Enquiry, "enquiry",
                                       QT_TRANSLATE_NOOP("KindReportGroup",
                                                         "Other feedback and the enquiries table")},
                                 });

// The council kinds: read by every thread (reports run on their own), written when a database
// is opened or its kinds change.
struct CouncilRegistry
{
    QReadWriteLock lock;
    QHash<QString, int> valueOfCode; // grows only, so a value never changes meaning
    QList<QString> codeOfValue;      // index: value - councilKindBase
    QHash<QString, CouncilKind> settings;
    QStringList order; // the codes the open database has, in its order
};

CouncilRegistry& registry()
{
    static CouncilRegistry instance;
    return instance;
}

std::optional<CaseKind> councilKindOf(QStringView code)
{
    CouncilRegistry& r = registry();
    QReadLocker locker(&r.lock);
    const QString key = code.toString();
    if (!r.settings.contains(key))
        return std::nullopt;
    return CaseKind(r.valueOfCode.value(key));
}

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
    if (!isCouncilKind(kind))
        return kinds.code(kind);
    CouncilRegistry& r = registry();
    QReadLocker locker(&r.lock);
    return r.codeOfValue.value(int(kind) - councilKindBase);
}

std::optional<CaseKind> caseKindFromCode(QStringView code)
{
    if (auto builtIn = kinds.fromCode(code))
        return builtIn;
    return councilKindOf(code);
}

QString caseKindLabel(CaseKind kind)
{
    if (!isCouncilKind(kind))
        return kinds.label(kind);
    const auto settings = councilKind(kind);
    return settings ? settings->name : QString();
}

QList<KindReportGroup> allKindReportGroups()
{
    return reportGroups.values();
}

QString kindReportGroupCode(KindReportGroup group)
{
    return reportGroups.code(group);
}

std::optional<KindReportGroup> kindReportGroupFromCode(QStringView code)
{
    return reportGroups.fromCode(code);
}

QString kindReportGroupLabel(KindReportGroup group)
{
    return reportGroups.label(group);
}

bool isCouncilKind(CaseKind kind)
{
    return int(kind) >= councilKindBase;
}

std::optional<CouncilKind> councilKind(CaseKind kind)
{
    if (!isCouncilKind(kind))
        return std::nullopt;
    CouncilRegistry& r = registry();
    QReadLocker locker(&r.lock);
    const QString code = r.codeOfValue.value(int(kind) - councilKindBase);
    if (!r.settings.contains(code))
        return std::nullopt;
    return r.settings.value(code);
}

void setCouncilKinds(const QList<CouncilKind>& kinds)
{
    CouncilRegistry& r = registry();
    QWriteLocker locker(&r.lock);
    r.settings.clear();
    r.order.clear();
    for (const CouncilKind& kind : kinds) {
        if (!r.valueOfCode.contains(kind.code)) {
            r.valueOfCode.insert(kind.code, councilKindBase + int(r.codeOfValue.size()));
            r.codeOfValue.append(kind.code);
        }
        r.settings.insert(kind.code, kind);
        r.order.append(kind.code);
    }
}

QList<CouncilKind> councilKinds()
{
    CouncilRegistry& r = registry();
    QReadLocker locker(&r.lock);
    QList<CouncilKind> result;
    for (const QString& code : std::as_const(r.order))
        result.append(r.settings.value(code));
    return result;
}

QList<CaseKind> caseKindsWithCouncil(bool offeredOnly)
{
    QList<CaseKind> result = allCaseKinds();
    CouncilRegistry& r = registry();
    QReadLocker locker(&r.lock);
    for (const QString& code : std::as_const(r.order))
        if (!offeredOnly || !r.settings.value(code).retired)
            result.append(CaseKind(r.valueOfCode.value(code)));
    return result;
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

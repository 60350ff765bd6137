#include "DemoRun.h"

#include "domain/Period.h"
#include "storage/CasePartsBatch.h"
#include "storage/Database.h"
#include "storage/ReferenceData.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace redress::demo {

namespace {

// The context lupdate files these messages under, and the one they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataGenerator)
};

// The mix of kinds, in percent of all cases (see the seeds' annual reports).
const QList<std::pair<CaseKind, int>>& kindMix()
{
    static const QList<std::pair<CaseKind, int>> mix{
        {CaseKind::Complaint, 45}, {CaseKind::Compliment, 20},
        {CaseKind::Concern, 12},   {CaseKind::GeneralEnquiry, 10},
        {CaseKind::MpEnquiry, 6},  {CaseKind::CouncillorEnquiry, 4},
        {CaseKind::Comment, 2},    {CaseKind::OmbudsmanEnquiry, 1},
    };
    return mix;
}

int teamWeight(const QString& code)
{
    static const QHash<QString, int> weights{
        {QStringLiteral("cic_team"), 14},
        {QStringLiteral("child_protection_team"), 12},
        {QStringLiteral("family_support_north"), 10},
        {QStringLiteral("family_support_south"), 10},
        {QStringLiteral("assessment_team"), 10},
        {QStringLiteral("leaving_care"), 8},
        {QStringLiteral("send_casework"), 8},
        {QStringLiteral("mash"), 6},
        {QStringLiteral("fostering"), 6},
        {QStringLiteral("disabled_children_team"), 5},
        {QStringLiteral("send_transport"), 5},
        {QStringLiteral("early_help_team"), 4},
        {QStringLiteral("adoption"), 3},
        {QStringLiteral("short_breaks"), 3},
        {QStringLiteral("youth_service"), 2},
    };
    return weights.value(code, 5);
}

} // namespace

Run::Run(Database& database, quint32 seed)
    : m_database(database), m_random(seed), m_today(Clock::today()),
      m_writer(database, QStringLiteral("demo"))
{}

Status Run::prepare(int cases, int years)
{
    ReferenceData reference(m_database);
    auto units = reference.orgUnits();
    if (!units)
        return Error{units.error()};
    for (const OrgUnit& unit : units.value()) {
        if (unit.level == u"team" && unit.active) {
            m_teams.append({unit.id, unit.code});
            m_teamWeights.append(teamWeight(unit.code));
        }
    }
    if (m_teams.isEmpty())
        return fail(Text::tr(
            "The database has no teams to give the demo cases; add service areas and teams first"));
    auto users = reference.users();
    if (!users)
        return Error{users.error()};
    for (const User& user : users.value())
        if (user.active && (user.role == u"officer" || user.role == u"lead"))
            m_staff.officers << user.username;
    if (m_staff.officers.isEmpty())
        m_staff.officers << QStringLiteral("officer");
    auto calendar = reference.calendar();
    if (!calendar)
        return Error{calendar.error()};
    auto procedures = reference.procedures();
    if (!procedures)
        return Error{procedures.error()};
    m_rules.emplace(calendar.value(), procedures.value());
    m_builder.emplace(*m_rules, m_random, m_staff, m_today);

    auto name = [&]() -> QString {
        return fullName(m_random);
    };
    for (int i = 0; i < 16; ++i)
        m_staff.managers << name();
    for (int i = 0; i < 6; ++i)
        m_staff.investigators << name();
    for (int i = 0; i < 5; ++i)
        m_staff.independentPersons << name();
    for (int i = 0; i < 3; ++i)
        m_staff.panelChairs << name();
    auto person = [](const QString& fullName) {
        Person invented;
        invented.fullName = fullName;
        return invented;
    };
    for (int i = 0; i < 3; ++i)
        m_mps.append(person(name() + QStringLiteral(" MP")));
    for (int i = 0; i < 12; ++i)
        m_councillors.append(person(QStringLiteral("Cllr ") + name()));
    m_nextChild = 100000 + m_random.between(0, 99999);
    planSlots(cases, years);
    return {};
}

// Received dates spread over the years (weekdays far more than weekends, a little growth
// each year), and kinds dealt out in exact proportion so even a small run has every kind.
void Run::planSlots(int cases, int years)
{
    const QDate first = Period::financialYear(financialYearOf(m_today) - years + 1).first;
    QList<qint64> cumulative;
    qint64 total = 0;
    for (QDate day = first; day <= m_today; day = day.addDays(1)) {
        const int yearIndex = financialYearOf(day) - financialYearOf(first);
        total += day.dayOfWeek() >= 6 ? 2 : 20 + yearIndex;
        cumulative.append(total);
    }
    QList<QDate> dates;
    dates.reserve(cases);
    for (int i = 0; i < cases; ++i) {
        const qint64 roll = qint64(m_random.between(0, int(total - 1)));
        const auto it = std::upper_bound(cumulative.cbegin(), cumulative.cend(), roll);
        dates.append(first.addDays(it - cumulative.cbegin()));
    }
    std::sort(dates.begin(), dates.end());

    QList<CaseKind> kinds;
    QList<std::pair<double, CaseKind>> remainders;
    for (const auto& [kind, percent] : kindMix()) {
        const double exact = double(cases) * percent / 100.0;
        int count = int(exact);
        if (count == 0 && cases >= int(kindMix().size()))
            count = 1;
        for (int i = 0; i < count; ++i)
            kinds.append(kind);
        remainders.append({exact - int(exact), kind});
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (qsizetype i = 0; kinds.size() < cases; ++i)
        kinds.append(remainders.at(i % remainders.size()).second);
    while (kinds.size() > cases)
        kinds.removeAt(kinds.indexOf(CaseKind::Complaint));
    for (int i = int(kinds.size()) - 1; i > 0; --i)
        std::swap(kinds[i], kinds[m_random.between(0, i)]);
    for (int i = 0; i < cases; ++i)
        m_slots.append({dates.at(i), kinds.at(i)});
}

void Run::writeNewPartsTo(CasePartsBatch* batch)
{
    m_newParts = batch;
    m_writer.repository().writeNewPartsTo(batch);
}

Status Run::save(Case& record, CaseKind countAs, QMap<CaseKind, int>& made)
{
    // The reference comes from the kind's counter row as the case is saved, so another
    // program saving cases at the same time can never be given the same number.
    record.reference.clear();
    if (Status inserted =
            m_writer.insert(record, QStringLiteral("demo"),
                            Text::tr("Demo case, invented by the demo data generator"));
        !inserted)
        return inserted;
    ++made[countAs];
    return {};
}

Status Run::makeCase(int index, QMap<CaseKind, int>& made)
{
    const Slot& slot = m_slots.at(index);
    m_household = m_mp = m_councillor = -1;
    if (slot.kind == CaseKind::OmbudsmanEnquiry)
        return makeOmbudsmanEnquiry(slot, made);
    auto built = m_builder->build(intake(slot));
    if (!built)
        return Error{built.error()};
    Case record = std::move(built).value();
    if (Status saved = save(record, record.kind, made); !saved)
        return saved;
    rememberIds(record);
    if (record.kind == CaseKind::Complaint && record.state == CaseState::Closed) {
        m_referable.append(record);
        if (m_referable.size() > 400)
            m_referable.removeFirst();
    }
    return {};
}

Status Run::makeOmbudsmanEnquiry(const Slot& slot, QMap<CaseKind, int>& made)
{
    // The Ombudsman looks at complaints that have finished the council's procedure, usually
    // within a year of the final response.
    QList<int> candidates;
    for (int i = 0; i < int(m_referable.size()); ++i) {
        const QDate closed = m_referable.at(i).closedOn;
        if (closed < slot.receivedOn && closed >= slot.receivedOn.addMonths(-12))
            candidates.append(i);
    }
    Case enquiry;
    enquiry.kind = CaseKind::OmbudsmanEnquiry;
    enquiry.receivedOn = slot.receivedOn;
    enquiry.channelCode = QStringLiteral("email");
    const QString lgsco = m_builder->lgscoReference(slot.receivedOn);
    enquiry.ombudsman.lgscoReference = lgsco;
    std::optional<Case> complaint;
    if (!candidates.isEmpty()) {
        complaint = m_referable.takeAt(m_random.pick(candidates));
        enquiry.teamId = complaint->teamId;
        enquiry.complainant = complaint->complainant;
        enquiry.complainantRoleCode = complaint->complainantRoleCode;
        enquiry.children = complaint->children;
        enquiry.summary = Text::tr("Ombudsman enquiry about %1").arg(complaint->reference);
        enquiry.links.append(
            {complaint->id, complaint->reference, QStringLiteral("lgsco_enquiry_of")});
    } else {
        const Household& home = household(CaseKind::OmbudsmanEnquiry);
        enquiry.teamId = m_teams.at(m_random.weighted(m_teamWeights)).id;
        enquiry.complainant = home.person;
        enquiry.complainantRoleCode = home.role;
        enquiry.summary =
            Text::tr("Ombudsman enquiry about a complaint made straight to the Ombudsman");
    }
    auto built = m_builder->buildOmbudsmanEnquiry(enquiry, complaint.has_value());
    if (!built)
        return Error{built.error()};
    enquiry = std::move(built).value();
    if (Status saved = save(enquiry, CaseKind::OmbudsmanEnquiry, made); !saved)
        return saved;
    rememberIds(enquiry);
    if (!complaint)
        return {};
    auto referred = m_builder->referToOmbudsman(*complaint, slot.receivedOn, lgsco);
    if (!referred)
        return Error{referred.error()};
    Case updated = std::move(referred).value();
    updated.links.append({enquiry.id, enquiry.reference, QStringLiteral("referred_to_lgsco")});
    m_changed.append(complaint->id);
    // The complaint's stages are updated by id, and must be there.
    if (m_newParts)
        if (Status flushed = m_newParts->flush(); !flushed)
            return flushed;
    return m_writer.update(
        *complaint, updated, QStringLiteral("demo"),
        Text::tr("Demo referral to the Ombudsman, enquiry %1").arg(enquiry.reference));
}

} // namespace redress::demo

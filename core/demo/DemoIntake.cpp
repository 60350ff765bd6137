// What intake records for a demo case: kind, team, channel, the complainant (new or returning)
// and the children, points of complaint and staff named.
#include "DemoRun.h"

#include <algorithm>

namespace redress::demo {

ChildConcerned Run::newChild(const QString& familyName)
{
    ChildConcerned child;
    child.socialCareReference = QStringLiteral("SC%1").arg(m_nextChild++);
    child.name = firstName(m_random) + u' ' + familyName;
    return child;
}

Run::Household Run::newHousehold()
{
    static const QStringList roles{
        QStringLiteral("parent"),           QStringLiteral("child"),
        QStringLiteral("care_leaver"),      QStringLiteral("foster_carer"),
        QStringLiteral("special_guardian"), QStringLiteral("adopter"),
        QStringLiteral("other_family"),     QStringLiteral("advocate"),
        QStringLiteral("professional"),     QStringLiteral("other")};
    Household home;
    home.role = roles.at(m_random.weighted({55, 8, 4, 5, 3, 2, 10, 5, 3, 5}));
    const QString familyName = surname(m_random);
    Person& person = home.person;
    person.fullName = firstName(m_random) + u' ' + familyName;
    if (m_random.chance(0.7))
        person.email =
            QStringLiteral("%1.%2@example.org")
                .arg(person.fullName.section(u' ', 0, 0).toLower(), familyName.toLower());
    if (m_random.chance(0.6))
        person.phone =
            QStringLiteral("07700 900%1").arg(m_random.between(0, 999), 3, 10, QLatin1Char('0'));
    person.postcode = postcode(m_random);
    person.ward = ward(m_random);
    fillEqualityData(person, m_random);
    if (home.role == u"child" || home.role == u"care_leaver") {
        ChildConcerned self = newChild(familyName);
        self.name = person.fullName;
        home.children.append(self);
    } else if (home.role != u"professional" && home.role != u"other") {
        const int count = m_random.weighted({0, 60, 28, 12});
        for (int i = 0; i < count; ++i)
            home.children.append(newChild(familyName));
    }
    return home;
}

Run::Household& Run::household(CaseKind kind)
{
    // Repeat complainants: some people come back, mostly with complaints and concerns.
    const double returning = kind == CaseKind::Complaint ? 0.15
                             : kind == CaseKind::Concern ? 0.1
                                                         : 0.04;
    if (!m_households.isEmpty() && m_random.chance(returning)) {
        m_household = m_random.between(0, int(m_households.size()) - 1);
    } else {
        // Only the recent past comes back, which keeps memory flat on a large run.
        if (m_households.size() >= 3000)
            m_households.removeFirst();
        m_households.append(newHousehold());
        m_household = int(m_households.size()) - 1;
    }
    return m_households[m_household];
}

// A returning complainant must be the same person row, and their children the same child rows.
void Run::rememberIds(const Case& record)
{
    if (m_mp >= 0)
        m_mps[m_mp].id = record.complainant.id;
    if (m_councillor >= 0)
        m_councillors[m_councillor].id = record.complainant.id;
    if (m_household < 0)
        return;
    Household& home = m_households[m_household];
    home.person.id = record.complainant.id;
    for (ChildConcerned& child : home.children)
        for (const ChildConcerned& saved : record.children)
            if (saved.socialCareReference == child.socialCareReference)
                child.id = saved.id;
}

Case Run::intake(const Slot& slot)
{
    static const QStringList categories{
        QStringLiteral("communication"),          QStringLiteral("professional_decision"),
        QStringLiteral("staff_conduct"),          QStringLiteral("policy_procedure"),
        QStringLiteral("discrimination"),         QStringLiteral("data_protection"),
        QStringLiteral("standard_of_service"),    QStringLiteral("financial"),
        QStringLiteral("assessment_report_plan"), QStringLiteral("delay"),
        QStringLiteral("contact_arrangements"),   QStringLiteral("placement")};
    static const QStringList channels{
        QStringLiteral("telephone"),      QStringLiteral("email"),
        QStringLiteral("letter"),         QStringLiteral("web_form"),
        QStringLiteral("complaint_form"), QStringLiteral("in_person"),
        QStringLiteral("via_advocate"),   QStringLiteral("via_mp_or_councillor")};
    Case c;
    c.kind = slot.kind;
    c.receivedOn = slot.receivedOn;
    const Team& team = m_teams.at(m_random.weighted(m_teamWeights));
    c.teamId = team.id;
    if (c.kind == CaseKind::Complaint)
        c.procedure = m_random.chance(0.55) ? Procedure::Statutory : Procedure::Corporate;
    c.channelCode = channels.at(m_random.weighted({22, 38, 6, 18, 8, 3, 3, 2}));

    const bool anonymous = c.kind != CaseKind::MpEnquiry && c.kind != CaseKind::CouncillorEnquiry &&
                           m_random.chance(c.kind == CaseKind::Compliment ? 0.05 : 0.02);
    QList<ChildConcerned> children;
    if (c.kind == CaseKind::MpEnquiry || c.kind == CaseKind::CouncillorEnquiry) {
        const bool mp = c.kind == CaseKind::MpEnquiry;
        int& index = mp ? m_mp : m_councillor;
        const QList<Person>& people = mp ? m_mps : m_councillors;
        index = m_random.between(0, int(people.size()) - 1);
        c.complainant = people.at(index);
        c.complainantRoleCode = mp ? QStringLiteral("mp") : QStringLiteral("councillor");
        c.channelCode = m_random.chance(0.7) ? QStringLiteral("email") : QStringLiteral("letter");
    } else if (anonymous) {
        c.complainant.anonymous = true;
        c.complainantRoleCode = QStringLiteral("anonymous");
    } else {
        const Household& home = household(c.kind);
        c.complainant = home.person;
        c.complainantRoleCode = home.role;
        children = home.children;
    }
    if (c.complainantRoleCode == u"advocate")
        c.channelCode = QStringLiteral("via_advocate");

    const double withChildren = c.kind == CaseKind::Complaint
                                    ? (c.procedure == Procedure::Statutory ? 1.0 : 0.5)
                                : c.kind == CaseKind::Concern        ? 0.6
                                : c.kind == CaseKind::Compliment     ? 0.3
                                : c.kind == CaseKind::GeneralEnquiry ? 0.4
                                                                     : 0.0;
    if (m_random.chance(withChildren)) {
        for (ChildConcerned child : children) {
            child.statusCode = childStatusForTeam(team.code, m_random);
            child.advocateOffered = c.kind == CaseKind::Complaint &&
                                    (child.statusCode == u"child_in_care" ||
                                     child.statusCode == u"care_leaver" || m_random.chance(0.2));
            if (child.advocateOffered && m_random.chance(0.4))
                child.advocateProvider = m_random.chance(0.7)
                                             ? QStringLiteral("NYAS")
                                             : QStringLiteral("Local advocacy service");
            c.children.append(child);
        }
    }
    c.advocacyOffered = c.complainantRoleCode == u"child" ||
                        c.complainantRoleCode == u"care_leaver" ||
                        c.complainantRoleCode == u"advocate";
    if (c.complainantRoleCode == u"advocate" || (c.advocacyOffered && m_random.chance(0.4)))
        c.advocateProvidedBy = QStringLiteral("NYAS");

    if (c.kind == CaseKind::Complaint || c.kind == CaseKind::Concern ||
        c.kind == CaseKind::Comment) {
        const int points =
            c.kind == CaseKind::Complaint ? 1 + m_random.weighted({40, 30, 20, 10}) : 1;
        for (int i = 0; i < points; ++i) {
            ComplaintPoint point;
            point.categoryCode = m_random.pick(categories);
            point.description = c.kind == CaseKind::Comment
                                    ? commentText(m_random)
                                    : pointDescription(point.categoryCode, m_random);
            c.points.append(point);
        }
        c.summary = c.points.first().description;
        c.matterArose = c.receivedOn.addDays(-m_random.between(1, 120));
        if (c.kind == CaseKind::Complaint && m_random.chance(0.02)) {
            c.matterArose = c.receivedOn.addMonths(-m_random.between(13, 20));
            c.timeLimitWaiverReason =
                QStringLiteral("The complainant could not have complained sooner");
        }
        if (c.kind == CaseKind::Complaint && m_random.chance(0.1))
            c.staffNamed.append({0, fullName(m_random), staffJobTitle(m_random)});
    } else if (c.kind == CaseKind::Compliment) {
        const DemoCompliment said = compliment(m_random);
        c.summary = said.text;
        c.complimentThemeCode = said.themeCode;
        c.publishable = m_random.chance(0.4);
    } else {
        c.summary = enquiryText(c.kind, m_random);
    }
    return c;
}

} // namespace redress::demo

#include "DemoContent.h"

#include <QHash>

namespace redress::demo {

namespace {

QStringList words(std::initializer_list<const char*> items)
{
    QStringList result;
    result.reserve(qsizetype(items.size()));
    for (const char* item : items)
        result << QString::fromUtf8(item);
    return result;
}

const QStringList& firstNames()
{
    static const QStringList names = words(
        {"Alex",  "Amira",  "Ben",   "Chloe", "Daniel",   "Demi",  "Ellie",  "Fatima",  "George",
         "Grace", "Harry",  "Holly", "Imran", "Jade",     "Jack",  "Kayla",  "Leah",    "Liam",
         "Maria", "Mason",  "Nadia", "Noah",  "Olivia",   "Owen",  "Priya",  "Reece",   "Ruby",
         "Sam",   "Sophie", "Tariq", "Tom",   "Victoria", "Wayne", "Yasmin", "Zoe",     "Callum",
         "Kerry", "Lee",    "Dawn",  "Gemma", "Craig",    "Tracy", "Shaun",  "Michelle"});
    return names;
}

const QStringList& surnames()
{
    static const QStringList names =
        words({"Ahmed",  "Bailey", "Begum",  "Bennett",  "Brown",  "Carter",  "Clarke",   "Davies",
               "Evans",  "Fisher", "Green",  "Hall",     "Harris", "Hughes",  "Hussain",  "Jackson",
               "James",  "Jones",  "Khan",   "Kowalski", "Lewis",  "Marsh",   "Mitchell", "Moore",
               "Morgan", "Nowak",  "Owen",   "Patel",    "Price",  "Roberts", "Robinson", "Shaw",
               "Smith",  "Taylor", "Thomas", "Turner",   "Walker", "Ward",    "White",    "Wilson",
               "Wood",   "Wright", "Young",  "Okafor",   "Mensah", "Singh"});
    return names;
}

} // namespace

int Random::between(int low, int high)
{
    if (high <= low)
        return low;
    return m_generator.bounded(low, high + 1);
}

bool Random::chance(double probability)
{
    return m_generator.generateDouble() < probability;
}

int Random::weighted(const QList<int>& weights)
{
    int total = 0;
    for (int weight : weights)
        total += weight;
    int roll = between(0, total - 1);
    for (int i = 0; i < int(weights.size()); ++i) {
        if (roll < weights.at(i))
            return i;
        roll -= weights.at(i);
    }
    return int(weights.size()) - 1;
}

QString firstName(Random& random)
{
    return random.pick(firstNames());
}

QString surname(Random& random)
{
    return random.pick(surnames());
}

QString fullName(Random& random)
{
    // Two statements: the operands of + are evaluated in an order each compiler chooses,
    // and the same seed must give the same names everywhere.
    const QString first = firstName(random);
    return first + u' ' + surname(random);
}

QString postcode(Random& random)
{
    // "RD" is not a UK postcode area, so no demo address is anyone's.
    static const QString letters = QStringLiteral("ABDEFGHJLNPQRSTUWXYZ");
    return QStringLiteral("RD%1 %2%3%4")
        .arg(random.between(1, 19))
        .arg(random.between(1, 9))
        .arg(letters.at(random.between(0, int(letters.size()) - 1)))
        .arg(letters.at(random.between(0, int(letters.size()) - 1)));
}

QString ward(Random& random)
{
    static const QStringList wards =
        words({"Abbey", "Brookside", "Castle", "Eastfield", "Hillcrest", "Marsh End", "Northgate",
               "Parkfield", "Riverside", "St Anne's", "Westmoor", "Woodlands"});
    return random.pick(wards);
}

void fillEqualityData(Person& person, Random& random)
{
    if (!random.chance(0.45))
        return;
    static const QStringList ages =
        words({"Under 18", "18-24", "25-34", "35-44", "45-54", "55-64", "65+"});
    static const QStringList ethnicities =
        words({"White British", "White British", "White British", "White other", "Mixed",
               "Asian or Asian British", "Black or Black British", "Other", "Prefer not to say"});
    static const QStringList disabilities = words({"No", "No", "No", "Yes", "Prefer not to say"});
    person.ageBand = random.pick(ages);
    person.ethnicity = random.pick(ethnicities);
    person.disability = random.pick(disabilities);
}

QString pointDescription(const QString& categoryCode, Random& random)
{
    static const QHash<QString, QStringList> texts{
        {QStringLiteral("communication"),
         words({"Calls and emails to the social worker were not returned",
                "The family was not told about a change of social worker",
                "A letter went to the wrong address",
                "Not kept informed about the progress of the assessment"})},
        {QStringLiteral("professional_decision"),
         words({"Disagrees with the decision to hold a child protection conference",
                "Disagrees with the outcome of the assessment",
                "Disagrees with the decision to close the case"})},
        {QStringLiteral("staff_conduct"),
         words({"The social worker was rude during a home visit",
                "Felt judged and not listened to at a meeting",
                "A worker arrived late and left early at contact"})},
        {QStringLiteral("policy_procedure"),
         words({"The procedure for arranging contact was not followed",
                "The case was closed without a closing summary",
                "Not given a copy of the plan as the procedure says"})},
        {QStringLiteral("discrimination"),
         words({"Feels the family was treated differently because of their culture",
                "No interpreter was offered for a meeting"})},
        {QStringLiteral("data_protection"),
         words({"A report was shared with an ex-partner without consent",
                "Personal details were included in a letter to another family"})},
        {QStringLiteral("standard_of_service"),
         words({"The standard of support from the team was poor",
                "Support agreed in the plan was not provided",
                "Short breaks were cancelled without notice"})},
        {QStringLiteral("financial"), words({"Allowance payments to a foster carer were late",
                                             "A setting-up-home grant was refused",
                                             "Travel expenses for contact were not paid"})},
        {QStringLiteral("assessment_report_plan"),
         words({"Inaccurate information in the child and family assessment",
                "The pathway plan was not reviewed",
                "The report to conference contained factual errors"})},
        {QStringLiteral("delay"), words({"Delay in completing the needs assessment",
                                         "Delay in arranging home to school transport",
                                         "Waited months for an allocated worker"})},
        {QStringLiteral("contact_arrangements"),
         words({"Contact with the children was cancelled at short notice",
                "Contact was moved to a venue too far away"})},
        {QStringLiteral("placement"),
         words({"The child moved placement without the family being told",
                "Concerns about the suitability of the placement"})},
    };
    const auto it = texts.constFind(categoryCode);
    if (it == texts.cend())
        return QStringLiteral("Concern about the service received");
    return random.pick(*it);
}

DemoCompliment compliment(Random& random)
{
    static const QList<DemoCompliment> compliments{
        {QStringLiteral("Thanks to the social worker for support through a difficult time"),
         QStringLiteral("worker_support")},
        {QStringLiteral("The short breaks team made a real difference to our family"),
         QStringLiteral("child_outcome")},
        {QStringLiteral("Praise for the foster carers' supervising social worker"),
         QStringLiteral("worker_support")},
        {QStringLiteral("Thanks to the leaving care worker for help finding a flat"),
         QStringLiteral("child_outcome")},
        {QStringLiteral("The family support worker was patient and kind"),
         QStringLiteral("communication")},
        {QStringLiteral("Thanks for the quick response to an urgent request"),
         QStringLiteral("timeliness")}};
    return random.pick(compliments);
}

QString commentText(Random& random)
{
    static const QStringList texts =
        words({"Suggests evening appointments for working parents",
               "The website is hard to find information on",
               "Suggests a leaflet about what happens at a conference"});
    return random.pick(texts);
}

QString enquiryText(CaseKind kind, Random& random)
{
    static const QStringList general = words({"Asked how to request a copy of their records",
                                              "Asked about the progress of an assessment",
                                              "Asked how to make a complaint about a school"});
    static const QStringList mp =
        words({"MP asked on behalf of a constituent about school transport",
               "MP asked about a delay in a needs assessment",
               "MP asked about support for a kinship carer"});
    static const QStringList councillor =
        words({"Councillor asked on behalf of a resident about contact arrangements",
               "Councillor asked about respite provision in the ward",
               "Councillor asked about a family's housing and support"});
    switch (kind) {
    case CaseKind::MpEnquiry:
        return random.pick(mp);
    case CaseKind::CouncillorEnquiry:
        return random.pick(councillor);
    default:
        return random.pick(general);
    }
}

QString learningText(const QString& themeCode, Random& random)
{
    static const QHash<QString, QStringList> texts{
        {QStringLiteral("communication"),
         words({"Tell families in writing when their social worker changes",
                "Return calls within two working days"})},
        {QStringLiteral("assessments_reports_plans"),
         words({"Share assessments with parents before they are finalised",
                "Review pathway plans every six months"})},
        {QStringLiteral("worker_behaviour"),
         words({"Reflective session with the team on home visits"})},
        {QStringLiteral("policy"), words({"Update the contact arrangements policy"})},
        {QStringLiteral("training"), words({"Refresher training on recording consent"})},
        {QStringLiteral("recording"), words({"Record the reasons for cancelling contact"})},
    };
    const auto it = texts.constFind(themeCode);
    return it == texts.cend() ? QStringLiteral("Share the learning at the team meeting")
                              : random.pick(*it);
}

QString remedyText(const QString& typeCode)
{
    static const QHash<QString, QString> texts{
        {QStringLiteral("explanation"),
         QStringLiteral("Explanation of the decision and the reasons for it")},
        {QStringLiteral("apology"), QStringLiteral("Written apology from the service manager")},
        {QStringLiteral("service_provided"),
         QStringLiteral("The support agreed in the plan was put in place")},
        {QStringLiteral("financial"), QStringLiteral("Payment for time and trouble")},
        {QStringLiteral("procedural_change"), QStringLiteral("Team procedure changed")},
    };
    return texts.value(typeCode, QStringLiteral("Other remedy"));
}

QString extensionReason(Random& random)
{
    static const QStringList texts =
        words({"Complex complaint with several points", "Responding manager on leave",
               "Waiting for records from another agency", "Meeting with the complainant arranged"});
    return random.pick(texts);
}

QString suspensionReason(Random& random, bool longRunning)
{
    static const QStringList shortReasons = words(
        {"Waiting for the child's consent", "Waiting for the complainant to agree the statement"});
    static const QStringList longReasons =
        words({"Care proceedings in court on the same matter", "Police investigation"});
    return random.pick(longRunning ? longReasons : shortReasons);
}

QString withdrawalReason(Random& random)
{
    static const QStringList texts =
        words({"Resolved informally with the team", "Complainant no longer wishes to proceed",
               "Matter now being considered in court"});
    return random.pick(texts);
}

QString reopeningReason(Random& random)
{
    static const QStringList texts =
        words({"Complainant says a point was not answered", "Agreed action was not carried out"});
    return random.pick(texts);
}

QString notImplementedReason(Random& random)
{
    static const QStringList texts = words(
        {"Superseded by the new practice framework", "Service restructured; no longer applies"});
    return random.pick(texts);
}

QString staffJobTitle(Random& random)
{
    static const QStringList titles =
        words({"Team manager", "Assistant team manager", "Service manager", "Head of service"});
    return random.pick(titles);
}

QString childStatusForTeam(const QString& teamCode, Random& random)
{
    static const QHash<QString, QStringList> statuses{
        {QStringLiteral("mash"), words({"assessment", "child_in_need", "not_known"})},
        {QStringLiteral("assessment_team"), words({"assessment", "child_in_need"})},
        {QStringLiteral("family_support_north"), words({"child_in_need", "early_help"})},
        {QStringLiteral("family_support_south"), words({"child_in_need", "early_help"})},
        {QStringLiteral("child_protection_team"),
         words({"child_protection", "child_protection", "child_in_need"})},
        {QStringLiteral("cic_team"), words({"child_in_care"})},
        {QStringLiteral("leaving_care"), words({"care_leaver"})},
        {QStringLiteral("fostering"), words({"child_in_care", "private_fostering"})},
        {QStringLiteral("adoption"), words({"adoption"})},
        {QStringLiteral("disabled_children_team"), words({"disabled_children", "child_in_need"})},
        {QStringLiteral("short_breaks"), words({"disabled_children"})},
        {QStringLiteral("send_casework"), words({"send"})},
        {QStringLiteral("send_transport"), words({"send"})},
        {QStringLiteral("early_help_team"), words({"early_help"})},
        {QStringLiteral("youth_service"), words({"early_help", "not_known"})},
    };
    const auto it = statuses.constFind(teamCode);
    return it == statuses.cend() ? QStringLiteral("child_in_need") : random.pick(*it);
}

} // namespace redress::demo

#include "ReportFixtures.h"

#include "storage/CaseRepository.h"
#include "storage/ReferenceData.h"

namespace redress::test::reports {

namespace {

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

// Each code repeated as often as the seed counted it: spread over the cases with pick().
QStringList repeated(std::initializer_list<std::pair<const char*, int>> counts)
{
    QStringList list;
    for (const auto& [code, count] : counts)
        for (int i = 0; i < count; ++i)
            list << s(code);
    return list;
}

// The i-th of n values, visiting every value once when step and n have no common factor.
QString pick(const QStringList& values, int i, int step)
{
    return values.at(int((qint64(i) * step) % values.size()));
}

ComplaintPoint point(const QString& category, const QString& finding)
{
    ComplaintPoint p;
    p.categoryCode = category;
    p.description = category;
    if (!finding.isEmpty())
        p.findings = {{1, finding}};
    return p;
}

ChildConcerned child(const QString& status, const QString& reference)
{
    ChildConcerned c;
    c.socialCareReference = reference;
    c.statusCode = status;
    return c;
}

} // namespace

CaseMaker::CaseMaker(Database& database) : m_database(database)
{
    ReferenceData reference(database);
    if (auto calendar = reference.calendar())
        m_calendar = calendar.value();
    if (auto units = reference.orgUnits())
        for (const OrgUnit& unit : units.value())
            m_units.insert(unit.code, unit.id);
}

QDate CaseMaker::after(QDate start, int workingDays) const
{
    return m_calendar.addWorkingDays(start, workingDays);
}

Case CaseMaker::complaint(QDate received, int days, const QString& outcome,
                          Procedure procedure) const
{
    Case record;
    record.kind = CaseKind::Complaint;
    record.procedure = procedure;
    record.receivedOn = received;
    record.channelCode = s("email");
    record.complainantRoleCode = s("parent");
    Stage stage;
    stage.number = 1;
    stage.profileCode = procedureCode(procedure);
    stage.requestedOn = received;
    stage.acknowledgedOn = received;
    record.state = CaseState::Open;
    if (days >= 0) {
        stage.respondedOn = after(received, days);
        stage.outcomeCode = outcome;
        record.state = CaseState::Closed;
        record.closedOn = stage.respondedOn;
    }
    record.stages = {stage};
    return record;
}

void CaseMaker::escalate(Case& record, int afterDays, int days, const QString& outcome,
                         int extendedTo) const
{
    const Stage& last = record.stages.last();
    Stage next;
    next.number = last.number + 1;
    next.profileCode = last.profileCode;
    next.requestedOn = after(last.respondedOn, afterDays);
    next.acknowledgedOn = next.requestedOn;
    next.extendedToDays = extendedTo;
    record.state = CaseState::Open;
    record.closedOn = QDate();
    if (days >= 0) {
        next.respondedOn = after(next.requestedOn, days);
        next.outcomeCode = outcome;
        record.state = CaseState::Closed;
        record.closedOn = next.respondedOn;
    }
    record.stages.append(next);
}

Case CaseMaker::other(CaseKind kind, QDate received, int days) const
{
    Case record;
    record.kind = kind;
    record.receivedOn = received;
    record.channelCode = s("email");
    record.complainantRoleCode = s("parent");
    Stage stage;
    stage.number = 1;
    stage.profileCode = caseKindCode(kind);
    stage.requestedOn = received;
    stage.acknowledgedOn = received;
    record.state = CaseState::Open;
    if (days >= 0) {
        record.state = CaseState::Closed;
        record.closedOn = after(received, days);
        // compliments and comments are closed, not answered
        if (kind != CaseKind::Compliment && kind != CaseKind::Comment) {
            stage.respondedOn = record.closedOn;
            if (kind == CaseKind::Concern)
                stage.outcomeCode = s("resolved_by_service");
        }
    }
    record.stages = {stage};
    return record;
}

Status CaseMaker::insert(QList<Case>& cases)
{
    CaseRepository repository(m_database);
    return m_database.transaction([&]() -> Status {
        for (Case& record : cases)
            if (Status saved = repository.insert(record); !saved)
                return saved;
        return {};
    });
}

Result<NeLincolnshire> buildNeLincolnshire(Database& database)
{
    CaseMaker make(database);
    NeLincolnshire result;

    // 2019/20: 152 stage 1 complaints, three of which went to stage 2 (answered outside 65 days)
    QList<Case> earlier;
    {
        const QStringList outcomes = repeated({{"upheld", 27},
                                               {"partially_upheld", 56},
                                               {"not_upheld", 55},
                                               {"withdrawn", 7},
                                               {"no_finding", 7}});
        const QStringList teams = repeated({{"assessment_team", 130},
                                            {"leaving_care", 6},
                                            {"fostering", 7},
                                            {"family_support_north", 1},
                                            {"cic_team", 1},
                                            {"", 7}});
        for (int i = 0; i < 152; ++i) {
            const int days = i < 75 ? 3 + i % 8 : i < 134 ? 11 + i % 10 : 21 + i % 15;
            Case c = make.complaint(QDate(2019, 4, 1).addDays(i * 2), days, pick(outcomes, i, 7));
            c.teamId = make.unit(pick(teams, i, 5));
            if (i < 3)
                make.escalate(c, 5, 70, s("partially_upheld"), 65);
            earlier << c;
        }
    }
    // stage 1 complaints of the five years before, as its history table gives them
    const QList<std::pair<int, int>> history{
        {2014, 121}, {2015, 104}, {2016, 66}, {2017, 102}, {2018, 112}};
    for (const auto& [year, count] : history)
        for (int i = 0; i < count; ++i)
            earlier << make.complaint(QDate(year, 4, 1).addDays(i * 2), 5, s("not_upheld"));
    for (int i = 0; i < 7; ++i)
        earlier << make.other(CaseKind::Compliment, QDate(2019, 6, 3).addDays(i * 20), 1);
    for (int i = 0; i < 9; ++i) {
        Case enquiry =
            make.other(CaseKind::OmbudsmanEnquiry, QDate(2019, 6, 3).addDays(i * 20), 10);
        enquiry.stages[0].outcomeCode = s("not_upheld");
        enquiry.ombudsman.decisionCode = i < 5   ? s("closed_after_initial_enquiries")
                                         : i < 7 ? s("upheld")
                                                 : s("not_upheld");
        enquiry.ombudsman.decidedOn = make.after(enquiry.receivedOn, 30);
        earlier << enquiry;
    }
    if (Status saved = make.insert(earlier); !saved)
        return Error{saved.error()};
    for (int i = 0; i < 152; ++i)
        result.stageOne2019 << earlier.at(i).id;

    // 2020/21: 118 stage 1 complaints
    QList<Case> cases;
    const QStringList outcomes = repeated({{"upheld", 15},
                                           {"partially_upheld", 43},
                                           {"not_upheld", 51},
                                           {"withdrawn", 6},
                                           {"no_finding", 3}});
    const QStringList teams = repeated({{"assessment_team", 104},
                                        {"leaving_care", 7},
                                        {"fostering", 4},
                                        {"family_support_north", 1},
                                        {"cic_team", 1},
                                        {"short_breaks", 1}});
    const QStringList categories = repeated({{"professional_decision", 15},
                                             {"policy_procedure", 1},
                                             {"assessment_report_plan", 9},
                                             {"staff_conduct", 26},
                                             {"standard_of_service", 54},
                                             {"delay", 2},
                                             {"communication", 6},
                                             {"financial", 2},
                                             {"contact_arrangements", 3}});
    const QStringList channels =
        repeated({{"telephone", 40}, {"email", 50}, {"letter", 10}, {"web_form", 18}});
    const QStringList roles =
        repeated({{"parent", 100}, {"child", 8}, {"care_leaver", 2}, {"other_family", 8}});
    for (int i = 0; i < 118; ++i) {
        const QDate received = QDate(2020, 4, 6).addDays(i * 2);
        // 64 within 10 working days, 28 within 20 (20 of them extended), 26 outside 20
        const int days = i < 64 ? 3 + i % 8 : i < 92 ? 11 + i % 10 : 21 + i % 15;
        const QString outcome = pick(outcomes, i, 7);
        Case c = make.complaint(received, days, outcome);
        if ((i >= 64 && i < 84) || (i >= 92 && i < 97)) {
            c.stages[0].extendedToDays = 20;
            c.stages[0].extensionAgreedOn = make.after(received, 5);
            c.stages[0].extensionReason = s("Manager on leave");
        }
        if (i == 0) {
            // answered after 13 working days, 3 of them suspended: within 10
            const QDate from = make.after(received, 2);
            c.stages[0].suspensions = {{0, from, make.after(from, 3), s("Waiting for consent")}};
            c.stages[0].respondedOn = make.after(received, 13);
            c.closedOn = c.stages[0].respondedOn;
        }
        c.teamId = make.unit(pick(teams, i, 5));
        c.channelCode = pick(channels, i, 9);
        c.complainantRoleCode = pick(roles, i, 11);
        if (c.complainantRoleCode == u"child") {
            c.advocacyOffered = true;
            c.advocateProvidedBy = s("NYAS");
        }
        const bool finding =
            outcome == u"upheld" || outcome == u"partially_upheld" || outcome == u"not_upheld";
        c.points = {point(pick(categories, i, 3), finding ? outcome : QString())};
        const int position = int((qint64(i) * 13) % 118);
        if (position < 20)
            c.children << child(s("child_in_care"), QStringLiteral("CIC-%1").arg(i));
        else if (position < 100)
            c.children << child(s("child_in_need"), QStringLiteral("CIN-%1").arg(i));
        if (position < 2)
            c.children << child(s("child_in_need"), QStringLiteral("SIB-%1").arg(i));
        if (i == 100)
            make.escalate(c, 5, 40, s("partially_upheld"), 65);
        cases << c;
    }
    for (int i = 0; i < 51; ++i)
        cases << make.other(CaseKind::Concern, QDate(2020, 4, 1).addDays(i * 5), i < 45 ? 3 : 8);
    const QStringList complimentTeams = repeated({{"assessment_team", 11},
                                                  {"child_protection_team", 5},
                                                  {"cic_team", 1},
                                                  {"disabled_children_team", 1}});
    const QStringList senders = repeated({{"parent", 10}, {"child", 3}, {"professional", 5}});
    for (int i = 0; i < 18; ++i) {
        Case c = make.other(CaseKind::Compliment, QDate(2020, 5, 1).addDays(i * 10), 1);
        c.teamId = make.unit(complimentTeams.at(i));
        c.complainantRoleCode = senders.at(i);
        cases << c;
    }
    const QStringList decisions =
        repeated({{"premature", 1}, {"closed_after_initial_enquiries", 3}});
    for (int i = 0; i < 4; ++i) {
        Case enquiry =
            make.other(CaseKind::OmbudsmanEnquiry, QDate(2020, 6, 1).addDays(i * 30), 10);
        enquiry.stages[0].outcomeCode = decisions.at(i);
        enquiry.ombudsman.decisionCode = decisions.at(i);
        enquiry.ombudsman.decidedOn = make.after(enquiry.receivedOn, 30);
        enquiry.links = {{result.stageOne2019.at(10 + i), QString(), s("lgsco_enquiry_of")}};
        cases << enquiry;
    }
    if (Status saved = make.insert(cases); !saved)
        return Error{saved.error()};
    for (int i = 0; i < 118; ++i)
        result.stageOne2020 << cases.at(i).id;
    result.suspended = cases.at(0).id;
    result.escalated = cases.at(100).id;
    for (const Case& c : std::as_const(cases)) {
        if (c.kind == CaseKind::Compliment)
            result.compliments2020 << c.id;
        if (c.kind == CaseKind::OmbudsmanEnquiry)
            result.ombudsman2020 << c.id;
    }

    ReferenceData reference(database);
    if (Status saved = reference.saveYearContext({2020, 34503, 2376, 558}); !saved)
        return Error{saved.error()};
    if (Status saved = reference.saveYearContext({2019, std::nullopt, 2535, 450}); !saved)
        return Error{saved.error()};
    return result;
}

Result<Extras> addExtras(Database& database, const NeLincolnshire& base)
{
    Q_UNUSED(base)
    CaseMaker make(database);
    Extras extras;
    QList<Case> cases;
    Person repeat; // complains twice
    repeat.fullName = s("Sam Repeat");
    for (int i = 0; i < 6; ++i) {
        Case c = make.complaint(QDate(2020, 6, 1).addDays(i * 7), 8, s("partially_upheld"));
        c.teamId = make.unit(s("child_protection_team"));
        c.points = {point(s("communication"), s("upheld")),
                    point(s("staff_conduct"), s("not_upheld"))};
        c.children = {child(s("child_in_care"), QStringLiteral("X-%1").arg(i)),
                      child(s("child_protection"), QStringLiteral("Y-%1").arg(i))};
        c.remedies = {{0, 1, s("apology"), s("Apology"), 0, c.stages[0].respondedOn, {}}};
        if (i < 4)
            c.remedies << Remedy{
                0, 1, s("explanation"), s("Explanation"), 0, c.stages[0].respondedOn, {}};
        if (i < 2)
            c.remedies << Remedy{0,
                                 1,
                                 s("financial"),
                                 s("Time and trouble"),
                                 i == 0 ? 25000 : 15000,
                                 c.stages[0].respondedOn,
                                 {}};
        const QList<std::pair<const char*, const char*>> actions{
            {"communication", "implemented"},     {"communication", "implemented"},
            {"communication", "not_implemented"}, {"worker_behaviour", "implemented"},
            {"worker_behaviour", "in_progress"},  {"training", "proposed"}};
        LearningAction action;
        action.description = s("Do better");
        action.themeCode = s(actions.at(i).first);
        action.status = s(actions.at(i).second);
        if (action.status == u"not_implemented")
            action.notImplementedReason = s("Superseded by a new policy");
        c.learningActions = {action};
        if (i < 2)
            c.reopenings = {{c.stages[0].respondedOn.addDays(7), s("Came back")}};
        if (i == 0)
            c.reopenings << Reopening{c.stages[0].respondedOn.addDays(21), s("Came back again")};
        if (i == 4)
            c.complainant = repeat;
        cases << c;
    }
    // the same person again, a week later: a repeat complainant
    QList<Case> first = cases.mid(0, 5);
    if (Status saved = make.insert(first); !saved)
        return Error{saved.error()};
    cases[5].complainant = first.at(4).complainant;
    QList<Case> twoPoints = first;
    cases.remove(0, 5);

    // a statutory complaint through all three stages: panel on time, its report late
    Case panel = make.complaint(QDate(2020, 4, 6), 10, s("not_upheld"));
    make.escalate(panel, 5, 30, s("not_upheld"), 65);
    {
        Stage three;
        three.number = 3;
        three.profileCode = s("statutory");
        three.requestedOn = make.after(panel.stages.last().respondedOn, 5);
        three.acknowledgedOn = three.requestedOn;
        three.panelHeldOn = make.after(three.requestedOn, 25);
        three.panelReportOn = make.after(three.panelHeldOn, 7);
        three.respondedOn = make.after(three.panelReportOn, 10);
        three.outcomeCode = s("partially_upheld");
        panel.stages << three;
        panel.closedOn = three.respondedOn;
    }
    cases << panel;

    // a corporate complaint answered at stage 2 within its extension
    Case corporate = make.complaint(QDate(2020, 7, 1), 9, s("not_upheld"), Procedure::Corporate);
    make.escalate(corporate, 5, 25, s("upheld"), 40);
    cases << corporate;

    // an Ombudsman decision with recommendations: one complied with on time, one late, one
    // not at all, and one due next year
    Case enquiry = make.other(CaseKind::OmbudsmanEnquiry, QDate(2020, 5, 1), 10);
    enquiry.stages[0].outcomeCode = s("upheld");
    enquiry.ombudsman.decisionCode = s("upheld");
    enquiry.ombudsman.decidedOn = QDate(2020, 6, 15);
    enquiry.ombudsman.faultFound = true;
    enquiry.ombudsman.injusticeFound = true;
    enquiry.ombudsman.recommendations = {
        {0, s("Apologise"), 50000, QDate(2020, 7, 15), QDate(2020, 7, 10), s("apology")},
        {0, s("Pay for distress"), 30000, QDate(2020, 8, 1), QDate(2020, 8, 20), s("financial")},
        {0, s("Review the policy"), 20000, QDate(2020, 9, 1), QDate(), s("procedure_change")},
        {0, s("Train staff"), 10000, QDate(2021, 5, 1), QDate(), s("staff_training")}};
    cases << enquiry;

    // open at the year end and long overdue
    cases << make.complaint(QDate(2021, 2, 1), -1, QString());

    if (Status saved = make.insert(cases); !saved)
        return Error{saved.error()};
    extras.panelCase = panel.id;
    for (const Case& c : std::as_const(twoPoints))
        extras.twoPoints << c.id;
    extras.twoPoints << cases.at(0).id;
    return extras;
}

Result<Cambridgeshire> buildCambridgeshire(Database& database)
{
    CaseMaker make(database);
    Cambridgeshire result;

    // 2018/19 -> 2019/20: 19 carried forward; 2019/20: 259 received and answered in the year
    QList<Case> earlier;
    for (int i = 0; i < 19; ++i)
        earlier << make.complaint(QDate(2019, 3, 25).addDays(i % 5), 10, s("not_upheld"));
    for (int i = 0; i < 259; ++i) {
        Case c = make.complaint(QDate(2019, 4, 1).addDays(i), 5 + i % 11, s("not_upheld"));
        c.complainant.fullName = QStringLiteral("Earlier complainant %1").arg(i);
        earlier << c;
    }
    // and two from 2018/19 that have nothing to do with 2020/21
    earlier << make.complaint(QDate(2018, 6, 1), 5, s("upheld"))
            << make.complaint(QDate(2018, 9, 3), 5, s("upheld"));
    if (Status saved = make.insert(earlier); !saved)
        return Error{saved.error()};

    struct Plan
    {
        int days;
        int extendedTo;
    };
    // The 193 answered among the 198 concluded in 2020/21: 120 within 10 working days, 38
    // extended to 20 and answered by then, 10 answered within 20 without an extension, 25
    // outside 20. So 38 extended and 35 outside their own deadline.
    QList<Plan> carriedPlan{{10, 0},  {8, 0},   {9, 0},   {10, 0},  {10, 0},
                            {14, 20}, {15, 20}, {16, 20}, {17, 20}, {18, 20},
                            {15, 0},  {16, 0},  {22, 0},  {23, 0},  {24, 0}};
    QList<Plan> plan;
    for (int k = 0; k < 115; ++k)
        plan << Plan{5 + k % 6, 0};
    for (int k = 0; k < 33; ++k)
        plan << Plan{11 + k % 10, 20};
    for (int k = 0; k < 8; ++k)
        plan << Plan{11 + k % 10, 0};
    for (int k = 0; k < 22; ++k)
        plan << Plan{21 + k % 10, 0};
    const QStringList outcomes = repeated({{"upheld", 10},
                                           {"partially_upheld", 82},
                                           {"not_upheld", 37},
                                           {"no_finding", 4},
                                           {"withdrawn", 8},
                                           {"did_not_qualify", 11},
                                           {"outside_remit", 41}});
    int answered = 0; // index into outcomes over the 193 answered
    auto withPlan = [&](Case c, const Plan& p) {
        Stage& stage = c.stages[0];
        stage.respondedOn = make.after(c.receivedOn, p.days);
        stage.extendedToDays = p.extendedTo;
        stage.outcomeCode = pick(outcomes, answered++, 11);
        c.closedOn = stage.respondedOn;
        return c;
    };

    QList<Case> cases;
    // 15 received in March 2020 and answered in 2020/21
    const QList<QDate> lateMarch{QDate(2020, 3, 23), QDate(2020, 3, 24), QDate(2020, 3, 25),
                                 QDate(2020, 3, 26), QDate(2020, 3, 27), QDate(2020, 3, 30),
                                 QDate(2020, 3, 31)};
    for (int k = 0; k < 15; ++k) {
        const QDate received = k == 0 ? QDate(2020, 3, 18) : lateMarch.at((k - 1) % 7);
        Case c = withPlan(make.complaint(received, 0, QString()), carriedPlan.at(k));
        c.complainant.fullName = QStringLiteral("Carried complainant %1").arg(k);
        cases << c;
    }
    // 188 received in 2020/21: 178 answered in the year, 5 withdrawn before an answer, 5 open
    const QStringList roles =
        repeated({{"parent", 146}, {"child", 21}, {"other_family", 16}, {"professional", 5}});
    int advocates = 0;
    for (int i = 0; i < 188; ++i) {
        QDate received = QDate(2020, 4, 1).addDays(i * 300 / 183);
        if (i == 100)
            received = QDate(2020, 9, 30);
        if (i == 150)
            received = QDate(2020, 12, 31);
        Case c;
        if (i < 178) {
            c = withPlan(make.complaint(received, 0, QString()),
                         plan.at(int((qint64(i) * 7) % 178)));
        } else if (i < 183) {
            c = make.complaint(received, -1, QString());
            c.state = CaseState::Withdrawn;
            c.closedOn = make.after(received, 5);
            c.stages[0].outcomeCode = s("withdrawn");
        } else {
            const QList<std::pair<QDate, int>> open{{QDate(2021, 3, 31), 1},
                                                    {QDate(2021, 3, 1), 25},
                                                    {QDate(2021, 3, 15), 20},
                                                    {QDate(2020, 11, 2), -1},
                                                    {QDate(2021, 3, 10), -1}};
            const auto& [day, days] = open.at(i - 183);
            c = make.complaint(day, days, s("not_upheld"));
        }
        if (i < 35)
            c.reopenings = {{c.stages[0].respondedOn.addDays(7), s("Came back with more")}};
        if (i < 3)
            c.reopenings << Reopening{c.stages[0].respondedOn.addDays(21), s("Came back again")};
        if (i < 109)
            c.complainant = earlier.at(19 + i).complainant; // complained in 2019/20 too
        else
            c.complainant.fullName = QStringLiteral("New complainant %1").arg(i);
        c.complainantRoleCode = pick(roles, i, 3);
        if (c.complainantRoleCode == u"child" && advocates < 14) {
            c.advocateProvidedBy = s("NYAS");
            ++advocates;
        }
        cases << c;
    }
    // received in 2021/22: nothing to do with 2020/21
    for (int i = 0; i < 3; ++i)
        cases << make.complaint(QDate(2021, 4, 12).addDays(i), 5, s("upheld"));

    // corporate: 8 carried forward, 179 received (165 answered, 14 open at the year end)
    for (int k = 0; k < 8; ++k)
        cases << make.complaint(QDate(2020, 3, 24).addDays(k % 6), 10, s("not_upheld"),
                                Procedure::Corporate);
    for (int i = 0; i < 179; ++i) {
        if (i < 165)
            cases << make.complaint(QDate(2020, 4, 1).addDays(i * 290 / 165), 5 + i % 11,
                                    s("not_upheld"), Procedure::Corporate);
        else
            cases << make.complaint(QDate(2021, 3, 1).addDays(i - 165), -1, QString(),
                                    Procedure::Corporate);
    }
    if (Status saved = make.insert(cases); !saved)
        return Error{saved.error()};

    for (int k = 0; k < 15; ++k)
        result.carriedForward << cases.at(k).id;
    for (int i = 0; i < 188; ++i)
        result.received << cases.at(15 + i).id;
    for (int i = 183; i < 188; ++i)
        result.ongoing << cases.at(15 + i).id;
    result.answeredFirstDay = cases.at(0).id;
    result.acrossQuarter = cases.at(15 + 100).id;
    result.receivedLastDay = cases.at(15 + 150).id;
    result.longOverdue = cases.at(15 + 186).id;
    for (const QList<Case>* list : {&earlier, &cases}) {
        for (const Case& c : *list) {
            const Stage& stage = c.stages.first();
            QDate ended = stage.respondedOn;
            if (!ended.isValid() && c.stages.size() == 1)
                ended = c.closedOn;
            result.all << StageOne{c.id, c.procedure, stage.requestedOn, ended};
        }
    }
    return result;
}

} // namespace redress::test::reports

#include "CaseText.h"

#include <QJsonArray>

namespace redress::cli {

namespace {

QJsonValue iso(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QString milestoneCode(Milestone::Kind kind)
{
    switch (kind) {
    case Milestone::Kind::Acknowledgement:
        return QStringLiteral("acknowledgement");
    case Milestone::Kind::Panel:
        return QStringLiteral("panel");
    case Milestone::Kind::PanelReport:
        return QStringLiteral("panel_report");
    case Milestone::Kind::Response:
        return QStringLiteral("response");
    }
    return {};
}

} // namespace

Result<CaseText> CaseText::load(Database& database)
{
    ReferenceData reference(database);
    auto calendar = reference.calendar();
    if (!calendar)
        return Error{calendar.error()};
    auto procedures = reference.procedures();
    if (!procedures)
        return Error{procedures.error()};
    CaseText text(CaseWorkflow::Rules(calendar.value(), procedures.value()));
    auto taxonomies = reference.taxonomies();
    if (!taxonomies)
        return Error{taxonomies.error()};
    for (const QString& taxonomy : taxonomies.value()) {
        auto terms = reference.terms(taxonomy);
        if (!terms)
            return Error{terms.error()};
        for (const TaxonomyTerm& term : terms.value())
            text.m_labels.insert(taxonomy + u'/' + term.code, term.label);
    }
    auto units = reference.orgUnits();
    if (!units)
        return Error{units.error()};
    for (const OrgUnit& unit : units.value())
        text.m_teams.insert(unit.id, unit.name);
    return text;
}

QString CaseText::label(const QString& taxonomy, const QString& code) const
{
    // A code no longer in the list still shows, as itself.
    return m_labels.value(taxonomy + u'/' + code, code);
}

std::optional<DeadlineCalculator> CaseText::calculator(const Case& record, const Stage& stage) const
{
    auto profile = m_rules.profileFor(record, stage);
    if (!profile)
        return std::nullopt;
    return DeadlineCalculator(m_rules.calendar(), profile.value());
}

QJsonObject CaseText::toJson(const Case& record, QDate asOf) const
{
    QJsonArray stages;
    for (const Stage& stage : record.stages) {
        QJsonObject object{
            {QStringLiteral("number"), stage.number},
            {QStringLiteral("profile"), stage.profileCode},
            {QStringLiteral("profileEffectiveFrom"), iso(stage.profileEffectiveFrom)},
            {QStringLiteral("requested"), iso(stage.requestedOn)},
            {QStringLiteral("acknowledged"), iso(stage.acknowledgedOn)},
            {QStringLiteral("investigatingOfficerAppointed"),
             iso(stage.investigatingOfficerAppointedOn)},
            {QStringLiteral("independentPersonAppointed"), iso(stage.independentPersonAppointedOn)},
            {QStringLiteral("statementAgreed"), iso(stage.statementAgreedOn)},
            {QStringLiteral("reportReceived"), iso(stage.reportReceivedOn)},
            {QStringLiteral("panelHeld"), iso(stage.panelHeldOn)},
            {QStringLiteral("panelReport"), iso(stage.panelReportOn)},
            {QStringLiteral("responded"), iso(stage.respondedOn)},
            {QStringLiteral("outcome"), stage.outcomeCode},
            {QStringLiteral("outcomeOverridden"), stage.outcomeOverridden},
            {QStringLiteral("respondingManager"), stage.respondingManager},
            {QStringLiteral("investigatingOfficer"), stage.investigatingOfficer},
            {QStringLiteral("independentPerson"), stage.independentPerson},
            {QStringLiteral("panelChair"), stage.panelChair},
            {QStringLiteral("due"), iso(stage.dueOn)},
        };
        if (stage.extendedToDays > 0)
            object.insert(QStringLiteral("extension"),
                          QJsonObject{{QStringLiteral("toWorkingDays"), stage.extendedToDays},
                                      {QStringLiteral("agreed"), iso(stage.extensionAgreedOn)},
                                      {QStringLiteral("reason"), stage.extensionReason},
                                      {QStringLiteral("ombudsmanDetailsGiven"),
                                       stage.ombudsmanDetailsGiven}});
        QJsonArray suspensions;
        for (const Suspension& suspension : stage.suspensions)
            suspensions.append(QJsonObject{{QStringLiteral("from"), iso(suspension.from)},
                                           {QStringLiteral("until"), iso(suspension.until)},
                                           {QStringLiteral("reason"), suspension.reason}});
        object.insert(QStringLiteral("suspensions"), suspensions);
        if (const auto calc = calculator(record, stage)) {
            QJsonArray milestones;
            for (const Milestone& milestone : calc->milestones(stage, asOf))
                milestones.append(
                    QJsonObject{{QStringLiteral("kind"), milestoneCode(milestone.kind)},
                                {QStringLiteral("due"), iso(milestone.due)},
                                {QStringLiteral("done"), iso(milestone.done)}});
            object.insert(QStringLiteral("milestones"), milestones);
            object.insert(QStringLiteral("responseDue"), iso(calc->responseDue(stage, asOf)));
            object.insert(QStringLiteral("longestResponseDue"),
                          iso(calc->maximumResponseDue(stage, asOf)));
            const auto taken = calc->workingDaysToRespond(stage);
            object.insert(QStringLiteral("workingDaysToRespond"),
                          taken ? QJsonValue(*taken) : QJsonValue());
        }
        stages.append(object);
    }
    QJsonArray points;
    for (const ComplaintPoint& point : record.points) {
        QJsonArray findings;
        for (const PointFinding& finding : point.findings)
            findings.append(QJsonObject{{QStringLiteral("stage"), finding.stageNumber},
                                        {QStringLiteral("finding"), finding.findingCode}});
        points.append(QJsonObject{{QStringLiteral("description"), point.description},
                                  {QStringLiteral("category"), point.categoryCode},
                                  {QStringLiteral("findings"), findings}});
    }
    QJsonArray children;
    for (const ChildConcerned& child : record.children)
        children.append(
            QJsonObject{{QStringLiteral("socialCareReference"), child.socialCareReference},
                        {QStringLiteral("name"), child.name},
                        {QStringLiteral("status"), child.statusCode},
                        {QStringLiteral("advocateOffered"), child.advocateOffered},
                        {QStringLiteral("advocateProvider"), child.advocateProvider}});
    QJsonArray remedies;
    for (const Remedy& remedy : record.remedies)
        remedies.append(QJsonObject{{QStringLiteral("stage"), remedy.stageNumber},
                                    {QStringLiteral("type"), remedy.typeCode},
                                    {QStringLiteral("description"), remedy.description},
                                    {QStringLiteral("amountPence"), remedy.amountPence},
                                    {QStringLiteral("agreed"), iso(remedy.agreedOn)},
                                    {QStringLiteral("completed"), iso(remedy.completedOn)}});
    QJsonArray learning;
    for (const LearningAction& action : record.learningActions)
        learning.append(QJsonObject{{QStringLiteral("description"), action.description},
                                    {QStringLiteral("theme"), action.themeCode},
                                    {QStringLiteral("owner"), action.owner},
                                    {QStringLiteral("due"), iso(action.dueOn)},
                                    {QStringLiteral("status"), action.status},
                                    {QStringLiteral("completed"), iso(action.completedOn)}});
    QJsonArray costs;
    for (const Cost& cost : record.costs)
        costs.append(QJsonObject{{QStringLiteral("stage"), cost.stageNumber},
                                 {QStringLiteral("kind"), cost.kind},
                                 {QStringLiteral("amountPence"), cost.amountPence},
                                 {QStringLiteral("incurred"), iso(cost.incurredOn)}});
    QJsonArray links;
    for (const CaseLink& link : record.links)
        links.append(QJsonObject{{QStringLiteral("reference"), link.otherReference},
                                 {QStringLiteral("kind"), link.kind}});
    QJsonArray reopenings;
    for (const Reopening& reopening : record.reopenings)
        reopenings.append(QJsonObject{{QStringLiteral("reopened"), iso(reopening.reopenedOn)},
                                      {QStringLiteral("reason"), reopening.reason}});
    QJsonObject object{
        {QStringLiteral("reference"), record.reference},
        {QStringLiteral("kind"), caseKindCode(record.kind)},
        {QStringLiteral("procedure"), procedureCode(record.procedure)},
        {QStringLiteral("state"), caseStateCode(record.state)},
        {QStringLiteral("received"), iso(record.receivedOn)},
        {QStringLiteral("matterArose"), iso(record.matterArose)},
        {QStringLiteral("closed"), iso(record.closedOn)},
        {QStringLiteral("due"), iso(record.dueOn)},
        {QStringLiteral("summary"), record.summary},
        {QStringLiteral("channel"), record.channelCode},
        {QStringLiteral("team"), teamName(record.teamId)},
        {QStringLiteral("officer"), record.officer},
        {QStringLiteral("complainant"),
         record.complainant.anonymous ? QString() : record.complainant.fullName},
        {QStringLiteral("anonymous"), record.complainant.anonymous},
        {QStringLiteral("complainantRole"), record.complainantRoleCode},
        {QStringLiteral("stages"), stages},
        {QStringLiteral("children"), children},
        {QStringLiteral("points"), points},
        {QStringLiteral("remedies"), remedies},
        {QStringLiteral("learningActions"), learning},
        {QStringLiteral("costs"), costs},
        {QStringLiteral("links"), links},
        {QStringLiteral("reopenings"), reopenings},
    };
    if (record.kind == CaseKind::OmbudsmanEnquiry) {
        const OmbudsmanDecision& decision = record.ombudsman;
        QJsonArray recommendations;
        for (const OmbudsmanRecommendation& r : decision.recommendations)
            recommendations.append(QJsonObject{{QStringLiteral("description"), r.description},
                                               {QStringLiteral("amountPence"), r.amountPence},
                                               {QStringLiteral("due"), iso(r.dueOn)},
                                               {QStringLiteral("complied"), iso(r.compliedOn)}});
        object.insert(QStringLiteral("ombudsman"),
                      QJsonObject{{QStringLiteral("lgscoReference"), decision.lgscoReference},
                                  {QStringLiteral("decision"), decision.decisionCode},
                                  {QStringLiteral("decided"), iso(decision.decidedOn)},
                                  {QStringLiteral("faultFound"), decision.faultFound},
                                  {QStringLiteral("injusticeFound"), decision.injusticeFound},
                                  {QStringLiteral("remedyAlreadyProvided"),
                                   decision.satisfactoryRemedyAlreadyProvided},
                                  {QStringLiteral("recommendations"), recommendations}});
    }
    return object;
}

} // namespace redress::cli

#include "CaseJson.h"

namespace redress {

namespace {

QJsonValue unitValue(const CaseJson::UnitName& unit, qint64 id)
{
    if (unit)
        return unit(id);
    return id == 0 ? QJsonValue() : QJsonValue(id);
}

// Money as a JSON number: pence fit a double exactly far beyond any remedy.
QJsonValue pence(qint64 amount)
{
    return double(amount);
}

} // namespace

QJsonValue CaseJson::date(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject CaseJson::stageToJson(const Stage& stage)
{
    QJsonObject object{
        {QStringLiteral("number"), stage.number},
        {QStringLiteral("profile"), stage.profileCode},
        {QStringLiteral("profileEffectiveFrom"), date(stage.profileEffectiveFrom)},
        {QStringLiteral("requestedOn"), date(stage.requestedOn)},
        {QStringLiteral("acknowledgedOn"), date(stage.acknowledgedOn)},
        {QStringLiteral("investigatingOfficerAppointedOn"),
         date(stage.investigatingOfficerAppointedOn)},
        {QStringLiteral("independentPersonAppointedOn"), date(stage.independentPersonAppointedOn)},
        {QStringLiteral("statementAgreedOn"), date(stage.statementAgreedOn)},
        {QStringLiteral("reportReceivedOn"), date(stage.reportReceivedOn)},
        {QStringLiteral("panelHeldOn"), date(stage.panelHeldOn)},
        {QStringLiteral("panelReportOn"), date(stage.panelReportOn)},
        {QStringLiteral("respondedOn"), date(stage.respondedOn)},
        {QStringLiteral("extendedToDays"), stage.extendedToDays},
        {QStringLiteral("extensionAgreedOn"), date(stage.extensionAgreedOn)},
        {QStringLiteral("extensionReason"), stage.extensionReason},
        {QStringLiteral("ombudsmanDetailsGiven"), stage.ombudsmanDetailsGiven},
        {QStringLiteral("outcome"), stage.outcomeCode},
        {QStringLiteral("outcomeOverridden"), stage.outcomeOverridden},
        {QStringLiteral("respondingManager"), stage.respondingManager},
        {QStringLiteral("investigatingOfficer"), stage.investigatingOfficer},
        {QStringLiteral("independentPerson"), stage.independentPerson},
        {QStringLiteral("panelChair"), stage.panelChair},
        {QStringLiteral("escalationWaiverReason"), stage.escalationWaiverReason},
        {QStringLiteral("dueOn"), date(stage.dueOn)},
    };
    QJsonArray suspensions;
    for (const Suspension& s : stage.suspensions)
        suspensions.append(QJsonObject{{QStringLiteral("from"), date(s.from)},
                                       {QStringLiteral("until"), date(s.until)},
                                       {QStringLiteral("reason"), s.reason}});
    object.insert(QStringLiteral("suspensions"), suspensions);
    return object;
}

QJsonArray CaseJson::part(Part part, const Case& record, const UnitName& unit)
{
    QJsonArray array;
    switch (part) {
    case Part::Points:
        for (const ComplaintPoint& point : record.points) {
            QJsonObject findings;
            for (const PointFinding& finding : point.findings)
                findings.insert(QString::number(finding.stageNumber), finding.findingCode);
            array.append(QJsonObject{{QStringLiteral("description"), point.description},
                                     {QStringLiteral("category"), point.categoryCode},
                                     {QStringLiteral("team"), unitValue(unit, point.teamId)},
                                     {QStringLiteral("findings"), findings}});
        }
        break;
    case Part::Children:
        for (const ChildConcerned& child : record.children)
            array.append(QJsonObject{{QStringLiteral("reference"), child.socialCareReference},
                                     {QStringLiteral("name"), child.name},
                                     {QStringLiteral("status"), child.statusCode},
                                     {QStringLiteral("advocateOffered"), child.advocateOffered},
                                     {QStringLiteral("advocateProvider"), child.advocateProvider}});
        break;
    case Part::Suspensions:
        for (const Stage& stage : record.stages)
            for (const Suspension& s : stage.suspensions)
                array.append(QJsonObject{{QStringLiteral("stage"), stage.number},
                                         {QStringLiteral("from"), date(s.from)},
                                         {QStringLiteral("until"), date(s.until)},
                                         {QStringLiteral("reason"), s.reason}});
        break;
    case Part::Remedies:
        for (const Remedy& r : record.remedies)
            array.append(QJsonObject{{QStringLiteral("stage"), r.stageNumber},
                                     {QStringLiteral("type"), r.typeCode},
                                     {QStringLiteral("description"), r.description},
                                     {QStringLiteral("amountPence"), pence(r.amountPence)},
                                     {QStringLiteral("agreedOn"), date(r.agreedOn)},
                                     {QStringLiteral("completedOn"), date(r.completedOn)}});
        break;
    case Part::Learning:
        for (const LearningAction& a : record.learningActions)
            array.append(
                QJsonObject{{QStringLiteral("description"), a.description},
                            {QStringLiteral("theme"), a.themeCode},
                            {QStringLiteral("owner"), a.owner},
                            {QStringLiteral("dueOn"), date(a.dueOn)},
                            {QStringLiteral("status"), a.status},
                            {QStringLiteral("notImplementedReason"), a.notImplementedReason},
                            {QStringLiteral("completedOn"), date(a.completedOn)}});
        break;
    case Part::StaffNamed:
        for (const StaffNamed& s : record.staffNamed)
            array.append(QJsonObject{{QStringLiteral("name"), s.name},
                                     {QStringLiteral("jobTitle"), s.jobTitle}});
        break;
    case Part::Costs:
        for (const Cost& c : record.costs)
            array.append(QJsonObject{{QStringLiteral("stage"), c.stageNumber},
                                     {QStringLiteral("kind"), c.kind},
                                     {QStringLiteral("amountPence"), pence(c.amountPence)},
                                     {QStringLiteral("incurredOn"), date(c.incurredOn)},
                                     {QStringLiteral("note"), c.note}});
        break;
    case Part::Reopenings:
        for (const Reopening& r : record.reopenings)
            array.append(QJsonObject{{QStringLiteral("on"), date(r.reopenedOn)},
                                     {QStringLiteral("reason"), r.reason}});
        break;
    case Part::Notes:
        for (const Note& n : record.notes)
            array.append(QJsonObject{
                {QStringLiteral("at"), n.createdAtUtc.toUTC().toString(Qt::ISODateWithMs)},
                {QStringLiteral("author"), n.author},
                {QStringLiteral("text"), n.text}});
        break;
    case Part::OmbudsmanRecommendations:
        for (const OmbudsmanRecommendation& r : record.ombudsman.recommendations)
            array.append(QJsonObject{{QStringLiteral("description"), r.description},
                                     {QStringLiteral("amountPence"), pence(r.amountPence)},
                                     {QStringLiteral("dueOn"), date(r.dueOn)},
                                     {QStringLiteral("compliedOn"), date(r.compliedOn)},
                                     {QStringLiteral("remedyType"), r.remedyTypeCode}});
        break;
    }
    return array;
}

namespace {

// The case's own fields, without its stages and lists.
QJsonObject ownFields(const Case& record, const CaseJson::UnitName& unit)
{
    return QJsonObject{
        {QStringLiteral("reference"), record.reference},
        {QStringLiteral("kind"), caseKindCode(record.kind)},
        {QStringLiteral("procedure"), procedureCode(record.procedure)},
        {QStringLiteral("state"), caseStateCode(record.state)},
        {QStringLiteral("receivedOn"), CaseJson::date(record.receivedOn)},
        {QStringLiteral("matterAroseOn"), CaseJson::date(record.matterArose)},
        {QStringLiteral("closedOn"), CaseJson::date(record.closedOn)},
        {QStringLiteral("dueOn"), CaseJson::date(record.dueOn)},
        {QStringLiteral("summary"), record.summary},
        {QStringLiteral("channel"), record.channelCode},
        {QStringLiteral("team"), unitValue(unit, record.teamId)},
        {QStringLiteral("serviceArea"), unitValue(unit, record.serviceAreaId)},
        {QStringLiteral("officer"), record.officer},
        {QStringLiteral("complainant"),
         record.complainant.anonymous ? QString() : record.complainant.fullName},
        {QStringLiteral("anonymous"), record.complainant.anonymous},
        {QStringLiteral("complainantRole"), record.complainantRoleCode},
        {QStringLiteral("advocacyOffered"), record.advocacyOffered},
        {QStringLiteral("advocateProvidedBy"), record.advocateProvidedBy},
        {QStringLiteral("timeLimitWaiverReason"), record.timeLimitWaiverReason},
        {QStringLiteral("publishable"), record.publishable},
        {QStringLiteral("complimentTheme"), record.complimentThemeCode},
        {QStringLiteral("sourceReference"), record.sourceReference},
        {QStringLiteral("previousComplaint"), record.previousComplaint},
        {QStringLiteral("reopenedWithoutDate"), record.reopenedUndated},
    };
}

const std::pair<CaseJson::Part, const char*> listNames[] = {
    {CaseJson::Part::Points, "points"},         {CaseJson::Part::Children, "children"},
    {CaseJson::Part::Remedies, "remedies"},     {CaseJson::Part::Learning, "learningActions"},
    {CaseJson::Part::StaffNamed, "staffNamed"}, {CaseJson::Part::Costs, "costs"},
    {CaseJson::Part::Reopenings, "reopenings"},
};

QJsonObject ombudsmanJson(const Case& record)
{
    const OmbudsmanDecision& decision = record.ombudsman;
    return QJsonObject{
        {QStringLiteral("lgscoReference"), decision.lgscoReference},
        {QStringLiteral("decision"), decision.decisionCode},
        {QStringLiteral("decisionWording"), decision.decisionWording},
        {QStringLiteral("decidedOn"), CaseJson::date(decision.decidedOn)},
        {QStringLiteral("faultFound"), decision.faultFound},
        {QStringLiteral("injusticeFound"), decision.injusticeFound},
        {QStringLiteral("remedyAlreadyProvided"), decision.satisfactoryRemedyAlreadyProvided},
        {QStringLiteral("recommendations"),
         CaseJson::part(CaseJson::Part::OmbudsmanRecommendations, record)}};
}

} // namespace

QJsonObject CaseJson::toJson(const Case& record, const UnitName& unit)
{
    QJsonObject object = ownFields(record, unit);
    QJsonArray stages;
    for (const Stage& stage : record.stages)
        stages.append(stageToJson(stage));
    object.insert(QStringLiteral("stages"), stages);
    for (const auto& [list, name] : listNames)
        object.insert(QLatin1String(name), part(list, record, unit));
    QJsonArray links;
    for (const CaseLink& link : record.links)
        links.append(QJsonObject{{QStringLiteral("reference"), link.otherReference},
                                 {QStringLiteral("kind"), link.kind}});
    object.insert(QStringLiteral("links"), links);
    object.insert(QStringLiteral("notes"), part(Part::Notes, record, unit));
    if (record.kind == CaseKind::OmbudsmanEnquiry)
        object.insert(QStringLiteral("ombudsman"), ombudsmanJson(record));
    return object;
}

QJsonObject CaseJson::auditSnapshot(const Case& record)
{
    QJsonObject object = ownFields(record, {});
    object.remove(QStringLiteral("reference")); // the entry names the case already
    // The complainant's contact details, so a change to them shows before and after (the
    // person is shared by all their cases; see CaseRepository's person version).
    const Person& person = record.complainant;
    for (const auto& [key, value] : {std::pair{"complainant.email", person.email},
                                     std::pair{"complainant.phone", person.phone},
                                     std::pair{"complainant.address", person.address},
                                     std::pair{"complainant.postcode", person.postcode},
                                     std::pair{"complainant.ward", person.ward}})
        object.insert(QLatin1String(key), value);
    for (const Stage& stage : record.stages) {
        const QString prefix = QStringLiteral("stage%1.").arg(stage.number);
        const QJsonObject fields = stageToJson(stage);
        for (auto it = fields.begin(); it != fields.end(); ++it)
            if (it.key() != u"number")
                object.insert(prefix + it.key(), it.value());
    }
    for (const auto& [list, name] : listNames) {
        const QJsonArray items = part(list, record);
        if (!items.isEmpty())
            object.insert(QLatin1String(name), items);
    }
    if (record.kind == CaseKind::OmbudsmanEnquiry)
        object.insert(QStringLiteral("ombudsman"), ombudsmanJson(record));
    return object;
}

} // namespace redress

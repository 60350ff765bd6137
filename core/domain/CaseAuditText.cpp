// CaseJson::auditSnapshotText: the audit snapshot written as compact JSON text straight from
// the case. It must stay byte for byte what compacting auditSnapshot() gives, since the
// stored text is hashed into the audit chain; TestCaseAuditText compares the two for every
// field and for a demo database's cases.
#include "CaseJson.h"
#include "util/JsonText.h"

#include <iterator>

namespace redress {

namespace {

// As CaseJson::date(): ISO 8601, or null when there is none. QDate::toString formats
// through asprintf, most of the snapshot's time; the digits are written here instead, for
// the years it writes so (0 to 9999; for others it writes an empty text).
void insertDate(JsonObjectText& object, const QString& key, QDate date)
{
    if (!date.isValid()) {
        object.insertNull(key);
        return;
    }
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    if (year < 0 || year > 9999) {
        object.insert(key, date.toString(Qt::ISODate));
        return;
    }
    char text[10] = {char('0' + year / 1000),
                     char('0' + year / 100 % 10),
                     char('0' + year / 10 % 10),
                     char('0' + year % 10),
                     '-',
                     char('0' + month / 10),
                     char('0' + month % 10),
                     '-',
                     char('0' + day / 10),
                     char('0' + day % 10)};
    object.insert(key, QLatin1StringView(text, sizeof text));
}

void insertUnit(JsonObjectText& object, const QString& key, qint64 id)
{
    if (id == 0)
        object.insertNull(key);
    else
        object.insert(key, id);
}

// Pence as CaseJson writes them, a double.
void insertPence(JsonObjectText& object, const QString& key, qint64 amount)
{
    object.insert(key, double(amount));
}

// The keys of a stage's fields in the snapshot, "stage2.respondedOn", in the order
// insertStage() writes them.
constexpr const char* stageFields[] = {
    "profile",
    "profileEffectiveFrom",
    "requestedOn",
    "acknowledgedOn",
    "investigatingOfficerAppointedOn",
    "independentPersonAppointedOn",
    "statementAgreedOn",
    "reportReceivedOn",
    "panelHeldOn",
    "panelReportOn",
    "respondedOn",
    "extendedToDays",
    "extensionAgreedOn",
    "extensionReason",
    "ombudsmanDetailsGiven",
    "outcome",
    "outcomeOverridden",
    "respondingManager",
    "investigatingOfficer",
    "independentPerson",
    "panelChair",
    "escalationWaiverReason",
    "dueOn",
    "suspensions",
};
constexpr int stageFieldCount = int(std::size(stageFields));

QList<QString> stageKeys(int number)
{
    const QString prefix = QStringLiteral("stage%1.").arg(number);
    QList<QString> keys;
    keys.reserve(stageFieldCount);
    for (const char* field : stageFields)
        keys.append(prefix + QLatin1StringView(field));
    return keys;
}

// Stages are numbered 1 to 3 (4 at most): their keys are made once.
const QList<QString>& keysOfStage(int number, QList<QString>& other)
{
    static const QList<QString> first[] = {stageKeys(1), stageKeys(2), stageKeys(3), stageKeys(4)};
    if (number >= 1 && number <= int(std::size(first)))
        return first[number - 1];
    other = stageKeys(number);
    return other;
}

// The fields of CaseJson::stageToJson but its number.
void insertStage(JsonObjectText& object, const Stage& stage)
{
    QList<QString> other;
    const QList<QString>& keys = keysOfStage(stage.number, other);
    int field = 0;
    // Each call takes the next key; stageFields lists them in this order.
    const auto key = [&](const char* name) -> const QString& {
        Q_ASSERT(qstrcmp(stageFields[field], name) == 0);
        Q_UNUSED(name);
        return keys.at(field++);
    };
    object.insert(key("profile"), stage.profileCode);
    insertDate(object, key("profileEffectiveFrom"), stage.profileEffectiveFrom);
    insertDate(object, key("requestedOn"), stage.requestedOn);
    insertDate(object, key("acknowledgedOn"), stage.acknowledgedOn);
    insertDate(object, key("investigatingOfficerAppointedOn"),
               stage.investigatingOfficerAppointedOn);
    insertDate(object, key("independentPersonAppointedOn"), stage.independentPersonAppointedOn);
    insertDate(object, key("statementAgreedOn"), stage.statementAgreedOn);
    insertDate(object, key("reportReceivedOn"), stage.reportReceivedOn);
    insertDate(object, key("panelHeldOn"), stage.panelHeldOn);
    insertDate(object, key("panelReportOn"), stage.panelReportOn);
    insertDate(object, key("respondedOn"), stage.respondedOn);
    object.insert(key("extendedToDays"), stage.extendedToDays);
    insertDate(object, key("extensionAgreedOn"), stage.extensionAgreedOn);
    object.insert(key("extensionReason"), stage.extensionReason);
    object.insert(key("ombudsmanDetailsGiven"), stage.ombudsmanDetailsGiven);
    object.insert(key("outcome"), stage.outcomeCode);
    object.insert(key("outcomeOverridden"), stage.outcomeOverridden);
    object.insert(key("respondingManager"), stage.respondingManager);
    object.insert(key("investigatingOfficer"), stage.investigatingOfficer);
    object.insert(key("independentPerson"), stage.independentPerson);
    object.insert(key("panelChair"), stage.panelChair);
    object.insert(key("escalationWaiverReason"), stage.escalationWaiverReason);
    insertDate(object, key("dueOn"), stage.dueOn);
    JsonArrayText suspensions;
    for (const Suspension& s : stage.suspensions) {
        JsonObjectText suspension;
        insertDate(suspension, QStringLiteral("from"), s.from);
        insertDate(suspension, QStringLiteral("until"), s.until);
        suspension.insert(QStringLiteral("reason"), s.reason);
        suspensions.append(suspension);
    }
    object.insert(key("suspensions"), suspensions);
}

// The lists of CaseJson::part that the snapshot holds, each as its array.
JsonArrayText points(const Case& record)
{
    JsonArrayText array;
    for (const ComplaintPoint& point : record.points) {
        JsonObjectText findings;
        for (const PointFinding& finding : point.findings)
            findings.insert(QString::number(finding.stageNumber), finding.findingCode);
        JsonObjectText item;
        item.insert(QStringLiteral("description"), point.description);
        item.insert(QStringLiteral("category"), point.categoryCode);
        insertUnit(item, QStringLiteral("team"), point.teamId);
        item.insert(QStringLiteral("findings"), findings);
        array.append(item);
    }
    return array;
}

JsonArrayText children(const Case& record)
{
    JsonArrayText array;
    for (const ChildConcerned& child : record.children) {
        JsonObjectText item;
        item.insert(QStringLiteral("reference"), child.socialCareReference);
        item.insert(QStringLiteral("name"), child.name);
        item.insert(QStringLiteral("status"), child.statusCode);
        item.insert(QStringLiteral("advocateOffered"), child.advocateOffered);
        item.insert(QStringLiteral("advocateProvider"), child.advocateProvider);
        array.append(item);
    }
    return array;
}

JsonArrayText remedies(const Case& record)
{
    JsonArrayText array;
    for (const Remedy& r : record.remedies) {
        JsonObjectText item;
        item.insert(QStringLiteral("stage"), r.stageNumber);
        item.insert(QStringLiteral("type"), r.typeCode);
        item.insert(QStringLiteral("description"), r.description);
        insertPence(item, QStringLiteral("amountPence"), r.amountPence);
        insertDate(item, QStringLiteral("agreedOn"), r.agreedOn);
        insertDate(item, QStringLiteral("completedOn"), r.completedOn);
        array.append(item);
    }
    return array;
}

JsonArrayText learningActions(const Case& record)
{
    JsonArrayText array;
    for (const LearningAction& a : record.learningActions) {
        JsonObjectText item;
        item.insert(QStringLiteral("description"), a.description);
        item.insert(QStringLiteral("theme"), a.themeCode);
        item.insert(QStringLiteral("owner"), a.owner);
        insertDate(item, QStringLiteral("dueOn"), a.dueOn);
        item.insert(QStringLiteral("status"), a.status);
        item.insert(QStringLiteral("notImplementedReason"), a.notImplementedReason);
        insertDate(item, QStringLiteral("completedOn"), a.completedOn);
        array.append(item);
    }
    return array;
}

JsonArrayText staffNamed(const Case& record)
{
    JsonArrayText array;
    for (const StaffNamed& s : record.staffNamed) {
        JsonObjectText item;
        item.insert(QStringLiteral("name"), s.name);
        item.insert(QStringLiteral("jobTitle"), s.jobTitle);
        array.append(item);
    }
    return array;
}

JsonArrayText costs(const Case& record)
{
    JsonArrayText array;
    for (const Cost& c : record.costs) {
        JsonObjectText item;
        item.insert(QStringLiteral("stage"), c.stageNumber);
        item.insert(QStringLiteral("kind"), c.kind);
        insertPence(item, QStringLiteral("amountPence"), c.amountPence);
        insertDate(item, QStringLiteral("incurredOn"), c.incurredOn);
        item.insert(QStringLiteral("note"), c.note);
        array.append(item);
    }
    return array;
}

JsonArrayText reopenings(const Case& record)
{
    JsonArrayText array;
    for (const Reopening& r : record.reopenings) {
        JsonObjectText item;
        insertDate(item, QStringLiteral("on"), r.reopenedOn);
        item.insert(QStringLiteral("reason"), r.reason);
        array.append(item);
    }
    return array;
}

JsonObjectText ombudsman(const Case& record)
{
    const OmbudsmanDecision& decision = record.ombudsman;
    JsonArrayText recommendations;
    for (const OmbudsmanRecommendation& r : decision.recommendations) {
        JsonObjectText item;
        item.insert(QStringLiteral("description"), r.description);
        insertPence(item, QStringLiteral("amountPence"), r.amountPence);
        insertDate(item, QStringLiteral("dueOn"), r.dueOn);
        insertDate(item, QStringLiteral("compliedOn"), r.compliedOn);
        item.insert(QStringLiteral("remedyType"), r.remedyTypeCode);
        recommendations.append(item);
    }
    JsonObjectText object;
    object.insert(QStringLiteral("lgscoReference"), decision.lgscoReference);
    object.insert(QStringLiteral("decision"), decision.decisionCode);
    object.insert(QStringLiteral("decisionWording"), decision.decisionWording);
    insertDate(object, QStringLiteral("decidedOn"), decision.decidedOn);
    object.insert(QStringLiteral("faultFound"), decision.faultFound);
    object.insert(QStringLiteral("injusticeFound"), decision.injusticeFound);
    object.insert(QStringLiteral("remedyAlreadyProvided"),
                  decision.satisfactoryRemedyAlreadyProvided);
    object.insert(QStringLiteral("recommendations"), recommendations);
    return object;
}

} // namespace

QByteArray CaseJson::auditSnapshotText(const Case& record)
{
    JsonObjectText object;
    object.reserve(40 + 24 * record.stages.size(), 2048);
    // The case's own fields (CaseJson's ownFields) but its reference, which the entry names.
    object.insert(QStringLiteral("kind"), caseKindCode(record.kind));
    object.insert(QStringLiteral("procedure"), procedureCode(record.procedure));
    object.insert(QStringLiteral("state"), caseStateCode(record.state));
    insertDate(object, QStringLiteral("receivedOn"), record.receivedOn);
    insertDate(object, QStringLiteral("matterAroseOn"), record.matterArose);
    insertDate(object, QStringLiteral("closedOn"), record.closedOn);
    insertDate(object, QStringLiteral("dueOn"), record.dueOn);
    object.insert(QStringLiteral("summary"), record.summary);
    object.insert(QStringLiteral("channel"), record.channelCode);
    insertUnit(object, QStringLiteral("team"), record.teamId);
    insertUnit(object, QStringLiteral("serviceArea"), record.serviceAreaId);
    object.insert(QStringLiteral("officer"), record.officer);
    object.insert(QStringLiteral("complainant"),
                  record.complainant.anonymous ? QString() : record.complainant.fullName);
    object.insert(QStringLiteral("anonymous"), record.complainant.anonymous);
    object.insert(QStringLiteral("complainantRole"), record.complainantRoleCode);
    object.insert(QStringLiteral("advocacyOffered"), record.advocacyOffered);
    object.insert(QStringLiteral("advocateProvidedBy"), record.advocateProvidedBy);
    object.insert(QStringLiteral("timeLimitWaiverReason"), record.timeLimitWaiverReason);
    object.insert(QStringLiteral("publishable"), record.publishable);
    object.insert(QStringLiteral("complimentTheme"), record.complimentThemeCode);
    object.insert(QStringLiteral("sourceReference"), record.sourceReference);
    object.insert(QStringLiteral("previousComplaint"), record.previousComplaint);
    object.insert(QStringLiteral("reopenedWithoutDate"), record.reopenedUndated);
    const Person& person = record.complainant;
    object.insert(QStringLiteral("complainant.email"), person.email);
    object.insert(QStringLiteral("complainant.phone"), person.phone);
    object.insert(QStringLiteral("complainant.address"), person.address);
    object.insert(QStringLiteral("complainant.postcode"), person.postcode);
    object.insert(QStringLiteral("complainant.ward"), person.ward);
    for (const Stage& stage : record.stages)
        insertStage(object, stage);
    const std::pair<const char*, JsonArrayText (*)(const Case&)> lists[] = {
        {"points", points},         {"children", children},
        {"remedies", remedies},     {"learningActions", learningActions},
        {"staffNamed", staffNamed}, {"costs", costs},
        {"reopenings", reopenings},
    };
    for (const auto& [name, write] : lists) {
        const JsonArrayText items = write(record);
        if (!items.isEmpty())
            object.insert(QLatin1String(name), items);
    }
    if (record.kind == CaseKind::OmbudsmanEnquiry)
        object.insert(QStringLiteral("ombudsman"), ombudsman(record));
    return object.text();
}

} // namespace redress

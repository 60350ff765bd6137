#pragma once

#include "domain/Case.h"
#include "domain/CaseJson.h"

#include <QList>
#include <QString>
#include <iterator>

// The one list of a case's JSON fields, written to any Writer: CaseJson's QJsonObjects
// (CaseJson.cpp) and the audit snapshot's compact text (CaseAuditText.cpp) both come from
// here, so a field added once is in every form, under one name.
//
// A Writer is one JSON object being written:
//   void text(const QString& key, const QString& value);
//   void flag(const QString& key, bool value);
//   void number(const QString& key, int value);
//   void date(const QString& key, QDate value);   // ISO 8601, or null
//   void unit(const QString& key, qint64 unitId); // a team or service area
//   void pence(const QString& key, qint64 amount);
//   void object(const QString& key, const Writer& value);
//   void array(const QString& key, const Writer::Array& value);
//   Writer nested() const; // an empty object, written as this one is
// and its Array has append(const Writer&) and isEmpty().
namespace redress::caseFields {

// An array of one object per item, each written by `write(object, item)`.
template <class Writer, class Items, class Write>
auto arrayOf(const Writer& parent, const Items& items, Write write)
{
    using Object = decltype(parent.nested());
    typename Object::Array array;
    for (const auto& item : items) {
        Object object = parent.nested();
        write(object, item);
        array.append(object);
    }
    return array;
}

// The case's own fields but its reference, which an audit entry names already.
template <class Writer> void writeOwnFields(Writer& o, const Case& record)
{
    o.text(QStringLiteral("kind"), caseKindCode(record.kind));
    o.text(QStringLiteral("procedure"), procedureCode(record.procedure));
    o.text(QStringLiteral("state"), caseStateCode(record.state));
    o.date(QStringLiteral("receivedOn"), record.receivedOn);
    o.date(QStringLiteral("matterAroseOn"), record.matterArose);
    o.date(QStringLiteral("closedOn"), record.closedOn);
    o.date(QStringLiteral("dueOn"), record.dueOn);
    o.text(QStringLiteral("summary"), record.summary);
    o.text(QStringLiteral("channel"), record.channelCode);
    o.unit(QStringLiteral("team"), record.teamId);
    o.unit(QStringLiteral("serviceArea"), record.serviceAreaId);
    o.text(QStringLiteral("officer"), record.officer);
    o.text(QStringLiteral("complainant"),
           record.complainant.anonymous ? QString() : record.complainant.fullName);
    o.flag(QStringLiteral("anonymous"), record.complainant.anonymous);
    o.text(QStringLiteral("complainantRole"), record.complainantRoleCode);
    o.flag(QStringLiteral("advocacyOffered"), record.advocacyOffered);
    o.text(QStringLiteral("advocateProvidedBy"), record.advocateProvidedBy);
    o.text(QStringLiteral("timeLimitWaiverReason"), record.timeLimitWaiverReason);
    o.flag(QStringLiteral("publishable"), record.publishable);
    o.text(QStringLiteral("complimentTheme"), record.complimentThemeCode);
    o.text(QStringLiteral("sourceReference"), record.sourceReference);
    o.flag(QStringLiteral("previousComplaint"), record.previousComplaint);
    o.number(QStringLiteral("reopenedWithoutDate"), record.reopenedUndated);
}

// The complainant's contact details, which only the audit snapshot holds: the person is
// shared by all their cases (see CaseRepository's person version), and a change to them
// shows before and after.
template <class Writer> void writeComplainantContact(Writer& o, const Person& person)
{
    o.text(QStringLiteral("complainant.email"), person.email);
    o.text(QStringLiteral("complainant.phone"), person.phone);
    o.text(QStringLiteral("complainant.address"), person.address);
    o.text(QStringLiteral("complainant.postcode"), person.postcode);
    o.text(QStringLiteral("complainant.ward"), person.ward);
}

template <class Writer> void writeSuspension(Writer& o, const Suspension& suspension)
{
    o.date(QStringLiteral("from"), suspension.from);
    o.date(QStringLiteral("until"), suspension.until);
    o.text(QStringLiteral("reason"), suspension.reason);
}

// A stage's fields but its number, every one written whatever it holds (stageKeys() relies
// on that).
template <class Writer> void writeStageFields(Writer& o, const Stage& stage)
{
    o.text(QStringLiteral("profile"), stage.profileCode);
    o.date(QStringLiteral("profileEffectiveFrom"), stage.profileEffectiveFrom);
    o.date(QStringLiteral("requestedOn"), stage.requestedOn);
    o.date(QStringLiteral("acknowledgedOn"), stage.acknowledgedOn);
    o.date(QStringLiteral("investigatingOfficerAppointedOn"),
           stage.investigatingOfficerAppointedOn);
    o.date(QStringLiteral("independentPersonAppointedOn"), stage.independentPersonAppointedOn);
    o.date(QStringLiteral("statementAgreedOn"), stage.statementAgreedOn);
    o.date(QStringLiteral("reportReceivedOn"), stage.reportReceivedOn);
    o.date(QStringLiteral("panelHeldOn"), stage.panelHeldOn);
    o.date(QStringLiteral("panelReportOn"), stage.panelReportOn);
    o.date(QStringLiteral("respondedOn"), stage.respondedOn);
    o.number(QStringLiteral("extendedToDays"), stage.extendedToDays);
    o.date(QStringLiteral("extensionAgreedOn"), stage.extensionAgreedOn);
    o.text(QStringLiteral("extensionReason"), stage.extensionReason);
    o.flag(QStringLiteral("ombudsmanDetailsGiven"), stage.ombudsmanDetailsGiven);
    o.text(QStringLiteral("outcome"), stage.outcomeCode);
    o.flag(QStringLiteral("outcomeOverridden"), stage.outcomeOverridden);
    o.text(QStringLiteral("respondingManager"), stage.respondingManager);
    o.text(QStringLiteral("investigatingOfficer"), stage.investigatingOfficer);
    o.text(QStringLiteral("independentPerson"), stage.independentPerson);
    o.text(QStringLiteral("panelChair"), stage.panelChair);
    o.text(QStringLiteral("escalationWaiverReason"), stage.escalationWaiverReason);
    o.date(QStringLiteral("dueOn"), stage.dueOn);
    o.array(QStringLiteral("suspensions"),
            arrayOf(o, stage.suspensions,
                    [](auto& item, const Suspension& s) { writeSuspension(item, s); }));
}

// The whole stage, as a case's "stages" array holds it.
template <class Writer> void writeStage(Writer& o, const Stage& stage)
{
    o.number(QStringLiteral("number"), stage.number);
    writeStageFields(o, stage);
}

// One of the case's lists, as an array of objects.
template <class Writer>
auto writePart(const Writer& parent, CaseJson::Part part, const Case& record)
{
    using Part = CaseJson::Part;
    switch (part) {
    case Part::Points:
        return arrayOf(parent, record.points, [](auto& o, const ComplaintPoint& point) {
            auto findings = o.nested();
            for (const PointFinding& finding : point.findings)
                findings.text(QString::number(finding.stageNumber), finding.findingCode);
            o.text(QStringLiteral("description"), point.description);
            o.text(QStringLiteral("category"), point.categoryCode);
            o.unit(QStringLiteral("team"), point.teamId);
            o.object(QStringLiteral("findings"), findings);
        });
    case Part::Children:
        return arrayOf(parent, record.children, [](auto& o, const ChildConcerned& child) {
            o.text(QStringLiteral("reference"), child.socialCareReference);
            o.text(QStringLiteral("name"), child.name);
            o.text(QStringLiteral("status"), child.statusCode);
            o.flag(QStringLiteral("advocateOffered"), child.advocateOffered);
            o.text(QStringLiteral("advocateProvider"), child.advocateProvider);
        });
    case Part::Suspensions: {
        // Every stage's, each with its stage's number.
        typename decltype(parent.nested())::Array array;
        for (const Stage& stage : record.stages)
            for (const Suspension& suspension : stage.suspensions) {
                auto o = parent.nested();
                o.number(QStringLiteral("stage"), stage.number);
                writeSuspension(o, suspension);
                array.append(o);
            }
        return array;
    }
    case Part::Remedies:
        return arrayOf(parent, record.remedies, [](auto& o, const Remedy& r) {
            o.number(QStringLiteral("stage"), r.stageNumber);
            o.text(QStringLiteral("type"), r.typeCode);
            o.text(QStringLiteral("description"), r.description);
            o.pence(QStringLiteral("amountPence"), r.amountPence);
            o.date(QStringLiteral("agreedOn"), r.agreedOn);
            o.date(QStringLiteral("completedOn"), r.completedOn);
        });
    case Part::Learning:
        return arrayOf(parent, record.learningActions, [](auto& o, const LearningAction& a) {
            o.text(QStringLiteral("description"), a.description);
            o.text(QStringLiteral("theme"), a.themeCode);
            o.text(QStringLiteral("owner"), a.owner);
            o.date(QStringLiteral("dueOn"), a.dueOn);
            o.text(QStringLiteral("status"), a.status);
            o.text(QStringLiteral("notImplementedReason"), a.notImplementedReason);
            o.date(QStringLiteral("completedOn"), a.completedOn);
        });
    case Part::StaffNamed:
        return arrayOf(parent, record.staffNamed, [](auto& o, const StaffNamed& s) {
            o.text(QStringLiteral("name"), s.name);
            o.text(QStringLiteral("jobTitle"), s.jobTitle);
        });
    case Part::Costs:
        return arrayOf(parent, record.costs, [](auto& o, const Cost& c) {
            o.number(QStringLiteral("stage"), c.stageNumber);
            o.text(QStringLiteral("kind"), c.kind);
            o.pence(QStringLiteral("amountPence"), c.amountPence);
            o.date(QStringLiteral("incurredOn"), c.incurredOn);
            o.text(QStringLiteral("note"), c.note);
        });
    case Part::Reopenings:
        return arrayOf(parent, record.reopenings, [](auto& o, const Reopening& r) {
            o.date(QStringLiteral("on"), r.reopenedOn);
            o.text(QStringLiteral("reason"), r.reason);
        });
    case Part::Notes:
        return arrayOf(parent, record.notes, [](auto& o, const Note& n) {
            o.text(QStringLiteral("at"), n.createdAtUtc.toUTC().toString(Qt::ISODateWithMs));
            o.text(QStringLiteral("author"), n.author);
            o.text(QStringLiteral("text"), n.text);
        });
    case Part::OmbudsmanRecommendations:
        return arrayOf(parent, record.ombudsman.recommendations,
                       [](auto& o, const OmbudsmanRecommendation& r) {
                           o.text(QStringLiteral("description"), r.description);
                           o.pence(QStringLiteral("amountPence"), r.amountPence);
                           o.date(QStringLiteral("dueOn"), r.dueOn);
                           o.date(QStringLiteral("compliedOn"), r.compliedOn);
                           o.text(QStringLiteral("remedyType"), r.remedyTypeCode);
                       });
    }
    Q_UNREACHABLE();
}

// The lists a case's JSON holds by name, in this order; suspensions go with their stages,
// notes only in the whole case (each is its own dated, signed record, only ever added) and
// Ombudsman recommendations inside "ombudsman".
constexpr CaseJson::Part caseLists[] = {
    CaseJson::Part::Points,     CaseJson::Part::Children,   CaseJson::Part::Remedies,
    CaseJson::Part::Learning,   CaseJson::Part::StaffNamed, CaseJson::Part::Costs,
    CaseJson::Part::Reopenings,
};

inline QString listName(CaseJson::Part part)
{
    using Part = CaseJson::Part;
    switch (part) {
    case Part::Points:
        return QStringLiteral("points");
    case Part::Children:
        return QStringLiteral("children");
    case Part::Suspensions:
        return QStringLiteral("suspensions");
    case Part::Remedies:
        return QStringLiteral("remedies");
    case Part::Learning:
        return QStringLiteral("learningActions");
    case Part::StaffNamed:
        return QStringLiteral("staffNamed");
    case Part::Costs:
        return QStringLiteral("costs");
    case Part::Reopenings:
        return QStringLiteral("reopenings");
    case Part::Notes:
        return QStringLiteral("notes");
    case Part::OmbudsmanRecommendations:
        return QStringLiteral("recommendations");
    }
    Q_UNREACHABLE();
}

template <class Writer> void writeOmbudsman(Writer& o, const Case& record)
{
    const OmbudsmanDecision& decision = record.ombudsman;
    o.text(QStringLiteral("lgscoReference"), decision.lgscoReference);
    o.text(QStringLiteral("decision"), decision.decisionCode);
    o.text(QStringLiteral("decisionWording"), decision.decisionWording);
    o.date(QStringLiteral("decidedOn"), decision.decidedOn);
    o.flag(QStringLiteral("faultFound"), decision.faultFound);
    o.flag(QStringLiteral("injusticeFound"), decision.injusticeFound);
    o.flag(QStringLiteral("remedyAlreadyProvided"), decision.satisfactoryRemedyAlreadyProvided);
    o.array(listName(CaseJson::Part::OmbudsmanRecommendations),
            writePart(o, CaseJson::Part::OmbudsmanRecommendations, record));
}

template <class Writer> void writeOmbudsmanOf(Writer& o, const Case& record)
{
    if (record.kind != CaseKind::OmbudsmanEnquiry)
        return;
    auto ombudsman = o.nested();
    writeOmbudsman(ombudsman, record);
    o.object(QStringLiteral("ombudsman"), ombudsman);
}

// The whole case, its stages and its lists nested.
template <class Writer> void writeCase(Writer& o, const Case& record)
{
    o.text(QStringLiteral("reference"), record.reference);
    writeOwnFields(o, record);
    o.array(QStringLiteral("stages"),
            arrayOf(o, record.stages, [](auto& item, const Stage& s) { writeStage(item, s); }));
    for (const CaseJson::Part list : caseLists)
        o.array(listName(list), writePart(o, list, record));
    o.array(QStringLiteral("links"), arrayOf(o, record.links, [](auto& item, const CaseLink& l) {
                item.text(QStringLiteral("reference"), l.otherReference);
                item.text(QStringLiteral("kind"), l.kind);
            }));
    o.array(listName(CaseJson::Part::Notes), writePart(o, CaseJson::Part::Notes, record));
    writeOmbudsmanOf(o, record);
}

// Takes the names of the fields written to it, and nothing else.
class KeyList
{
public:
    struct Array
    {
        void append(const KeyList&) {}
        bool isEmpty() const { return true; }
    };

    void text(const QString& key, const QString&) { keys << key; }
    void flag(const QString& key, bool) { keys << key; }
    void number(const QString& key, int) { keys << key; }
    void date(const QString& key, QDate) { keys << key; }
    void unit(const QString& key, qint64) { keys << key; }
    void pence(const QString& key, qint64) { keys << key; }
    void object(const QString& key, const KeyList&) { keys << key; }
    void array(const QString& key, const Array&) { keys << key; }
    KeyList nested() const { return {}; }

    QList<QString> keys;
};

// The keys of a stage's fields in the audit snapshot, "stage2.respondedOn", in the order
// writeStageFields() writes them; made once for the stages there are (1 to 3, 4 at most).
inline const QList<QString>& stageKeys(int number, QList<QString>& other)
{
    const auto make = [](int stageNumber) {
        KeyList fields;
        writeStageFields(fields, Stage{});
        const QString prefix = QStringLiteral("stage%1.").arg(stageNumber);
        for (QString& key : fields.keys)
            key.prepend(prefix);
        return fields.keys;
    };
    static const QList<QString> first[] = {make(1), make(2), make(3), make(4)};
    if (number >= 1 && number <= int(std::size(first)))
        return first[number - 1];
    other = make(number);
    return other;
}

// Writes to `target` what is written to it, each field under the stage's own key.
template <class Writer> class StageFieldsOf
{
public:
    StageFieldsOf(Writer& target, int stageNumber)
        : m_target(target), m_keys(stageKeys(stageNumber, m_other))
    {}

    void text(const QString& key, const QString& value) { m_target.text(next(key), value); }
    void flag(const QString& key, bool value) { m_target.flag(next(key), value); }
    void number(const QString& key, int value) { m_target.number(next(key), value); }
    void date(const QString& key, QDate value) { m_target.date(next(key), value); }
    void unit(const QString& key, qint64 value) { m_target.unit(next(key), value); }
    void pence(const QString& key, qint64 value) { m_target.pence(next(key), value); }
    void object(const QString& key, const Writer& value) { m_target.object(next(key), value); }
    void array(const QString& key, const typename Writer::Array& value)
    {
        m_target.array(next(key), value);
    }
    Writer nested() const { return m_target.nested(); }

private:
    // The fields come in the order their keys were taken in.
    const QString& next([[maybe_unused]] const QString& key)
    {
        Q_ASSERT(m_keys.at(m_field).endsWith(u'.' + key));
        return m_keys.at(m_field++);
    }

    Writer& m_target;
    QList<QString> m_other;
    const QList<QString>& m_keys;
    qsizetype m_field = 0;
};

// The case flattened for the audit trail (see CaseJson::auditSnapshot).
template <class Writer> void writeAuditSnapshot(Writer& o, const Case& record)
{
    writeOwnFields(o, record);
    writeComplainantContact(o, record.complainant);
    for (const Stage& stage : record.stages) {
        StageFieldsOf<Writer> fields(o, stage.number);
        writeStageFields(fields, stage);
    }
    for (const CaseJson::Part list : caseLists) {
        const auto items = writePart(o, list, record);
        if (!items.isEmpty())
            o.array(listName(list), items);
    }
    writeOmbudsmanOf(o, record);
}

} // namespace redress::caseFields

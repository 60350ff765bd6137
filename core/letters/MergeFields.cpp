#include "MergeFields.h"

#include "procedure/DeadlineCalculator.h"
#include "session/Session.h"
#include "storage/ReferenceData.h"
#include "storage/ReferenceLabels.h"
#include "util/Clock.h"
#include "util/UkFormat.h"

namespace redress::letters {

namespace {

QString date(QDate value)
{
    return value.isValid() ? ukDate(value) : QString();
}

// What the complainant may do next, and by when: the rights paragraph of the stage reached.
struct NextRights
{
    QString text;
    QDate askBy;
};

NextRights rightsAfter(const Case& record, const Stage& stage, const ProcedureProfile& profile,
                       const WorkingDayCalendar& calendar)
{
    const StageRule* next = profile.stage(stage.number + 1);
    const QString ombudsman = MergeFields::tr(
        "If you are still unhappy, you can ask the Local Government and Social Care Ombudsman "
        "to look at your complaint. The Ombudsman is free and independent: www.lgo.org.uk, "
        "telephone 0300 061 0614.");
    if (!next)
        return {ombudsman, {}};
    QDate askBy;
    if (next->escalationWindowDays && stage.respondedOn.isValid())
        askBy = calendar.addWorkingDays(stage.respondedOn, *next->escalationWindowDays);
    const bool statutory = record.procedure == Procedure::Statutory;
    QString text;
    if (statutory && next->hasPanel())
        text = MergeFields::tr("If you are not satisfied, you can ask for your complaint to be "
                               "considered by an independent Review Panel (stage 3 of the "
                               "complaints procedure).");
    else if (statutory)
        text = MergeFields::tr("If you are not satisfied, you can ask for your complaint to be "
                               "investigated independently (stage 2 of the complaints "
                               "procedure).");
    else
        text = MergeFields::tr("If you are not satisfied, you can ask for your complaint to be "
                               "looked at again at stage %1 of our complaints procedure.")
                   .arg(next->number);
    if (askBy.isValid())
        text += u' ' + MergeFields::tr("Please tell us by %1 (within %n working day(s) of this "
                                       "response).",
                                       nullptr, *next->escalationWindowDays)
                           .arg(ukDate(askBy));
    if (next->hasPanel() || !statutory)
        text += u' ' + ombudsman;
    return {text, askBy};
}

} // namespace

const QList<MergeField>& MergeFields::all()
{
    static const QList<MergeField> fields = {
        {QStringLiteral("today"), tr("The date the letter is produced")},
        {QStringLiteral("case.reference"), tr("The case reference, e.g. CS-2026-00042")},
        {QStringLiteral("case.received"), tr("The date the complaint was received")},
        {QStringLiteral("case.summary"), tr("The summary of the complaint")},
        {QStringLiteral("complainant.name"), tr("The complainant's full name")},
        {QStringLiteral("complainant.address"),
         tr("The complainant's address and postcode, on separate lines")},
        {QStringLiteral("child.name"), tr("The full name of the (first) child concerned")},
        {QStringLiteral("child.firstName"),
         tr("The first name of the (first) child concerned, for a letter to a young person")},
        {QStringLiteral("officer.name"), tr("The complaints officer who owns the case")},
        {QStringLiteral("stage.number"), tr("The number of the current stage")},
        {QStringLiteral("stage.name"), tr("The name of the current stage")},
        {QStringLiteral("stage.requested"), tr("The date the current stage was asked for")},
        {QStringLiteral("stage.acknowledged"), tr("The date the current stage was acknowledged")},
        {QStringLiteral("stage.due"),
         tr("The date the response of the current stage is due, before any extension")},
        {QStringLiteral("stage.extendedDue"),
         tr("The date the response is due once extended (only when it has been extended)")},
        {QStringLiteral("stage.extensionReason"), tr("Why the response date was extended")},
        {QStringLiteral("stage.responded"), tr("The date of the response of the current stage")},
        {QStringLiteral("stage.manager"), tr("The responding manager of the current stage")},
        {QStringLiteral("stage.outcome"), tr("The outcome of the current stage")},
        {QStringLiteral("points.findings"),
         tr("Each point of complaint with its finding at the current stage, one a line")},
        {QStringLiteral("remedies"), tr("The remedies agreed at the current stage, one a line")},
        {QStringLiteral("rights.next"),
         tr("What the complainant can do next and by when: the next stage, or the Ombudsman")},
        {QStringLiteral("rights.nextBy"),
         tr("The last date to ask for the next stage (when the procedure sets one)")},
    };
    return fields;
}

bool MergeFields::isKnown(const QString& name)
{
    for (const MergeField& field : all())
        if (field.name == name)
            return true;
    return false;
}

Result<QHash<QString, QString>> MergeFields::valuesFor(Session& session, const Case& record)
{
    auto labels = ReferenceLabels::load(session.database());
    if (!labels)
        return Error{labels.error()};
    QHash<QString, QString> values;
    const auto put = [&](const char* name, const QString& value) {
        if (!value.trimmed().isEmpty())
            values.insert(QString::fromLatin1(name), value.trimmed());
    };
    put("today", ukDate(Clock::today()));
    put("case.reference", record.reference);
    put("case.received", date(record.receivedOn));
    put("case.summary", record.summary);
    if (!record.complainant.anonymous) {
        put("complainant.name", record.complainant.fullName);
        QStringList address = record.complainant.address.split(u'\n', Qt::SkipEmptyParts);
        if (!record.complainant.postcode.trimmed().isEmpty())
            address.append(record.complainant.postcode.trimmed());
        put("complainant.address", address.join(u'\n'));
    }
    if (!record.children.isEmpty()) {
        const QString name = record.children.first().name.trimmed();
        put("child.name", name);
        put("child.firstName", name.section(u' ', 0, 0));
    }
    QString officer = record.officer;
    if (auto users = session.referenceData().users(); users)
        for (const User& user : users.value())
            if (user.username == record.officer && !user.displayName.isEmpty())
                officer = user.displayName;
    put("officer.name", officer);

    const Stage* stage = record.currentStage();
    if (!stage)
        return values;
    put("stage.number", QString::number(stage->number));
    put("stage.requested", date(stage->requestedOn));
    put("stage.acknowledged", date(stage->acknowledgedOn));
    put("stage.responded", date(stage->respondedOn));
    put("stage.manager", stage->respondingManager);
    put("stage.extensionReason", stage->extendedToDays > 0 ? stage->extensionReason : QString());
    put("stage.outcome", stage->outcomeCode.isEmpty()
                             ? QString()
                             : labels->label(QStringLiteral("outcome"), stage->outcomeCode));
    QStringList findings;
    int number = 0;
    for (const ComplaintPoint& point : record.points) {
        ++number;
        QString finding;
        for (const PointFinding& f : point.findings)
            if (f.stageNumber == stage->number)
                finding = labels->label(QStringLiteral("outcome"), f.findingCode);
        findings.append(
            finding.isEmpty()
                ? QStringLiteral("%1. %2").arg(number).arg(point.description)
                : QStringLiteral("%1. %2: %3").arg(number).arg(point.description, finding));
    }
    put("points.findings", findings.join(u'\n'));
    QStringList remedies;
    for (const Remedy& remedy : record.remedies)
        if (remedy.stageNumber == stage->number) {
            const QString type = labels->label(QStringLiteral("remedy_type"), remedy.typeCode);
            remedies.append(remedy.description.isEmpty()
                                ? type
                                : QStringLiteral("%1: %2").arg(type, remedy.description));
        }
    put("remedies", remedies.join(u'\n'));

    auto profile = session.rules().profileFor(record, *stage);
    if (!profile)
        return values;
    const DeadlineCalculator calculator(session.rules().calendar(), profile.value());
    if (const StageRule* rule = profile->stage(stage->number))
        put("stage.name", rule->name);
    Stage unextended = *stage;
    unextended.extendedToDays = 0;
    put("stage.due", date(calculator.responseDue(unextended, Clock::today())));
    if (stage->extendedToDays > 0)
        put("stage.extendedDue", date(calculator.responseDue(*stage, Clock::today())));
    const NextRights rights = rightsAfter(record, *stage, profile.value(), calculator.calendar());
    put("rights.next", rights.text);
    put("rights.nextBy", date(rights.askBy));
    return values;
}

} // namespace redress::letters

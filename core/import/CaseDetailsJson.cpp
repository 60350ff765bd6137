#include "CaseDetailsJson.h"

#include "domain/CaseJson.h"
#include "import/ImportField.h"
#include "import/ImportVocabulary.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace redress::import::details {

namespace {

// The context lupdate files these messages under, and the one they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ImportDetails)
};

QDate dateOf(const QJsonObject& object, const char* key)
{
    return QDate::fromString(object.value(QLatin1String(key)).toString(), Qt::ISODate);
}

QString textOf(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

qint64 penceOf(const QJsonObject& object, const char* key)
{
    return qint64(object.value(QLatin1String(key)).toDouble());
}

int stageOf(const QJsonObject& object, int fallback)
{
    return object.value(u"stage").toInt(fallback);
}

// A coded value inside the JSON must be one the database knows, like a coded column.
Status checkCode(const ImportVocabulary& vocabulary, const char* taxonomy, const QString& code,
                 const char* what)
{
    if (code.isEmpty())
        return {};
    ImportField field;
    field.type = FieldType::Code;
    field.vocabulary = QString::fromLatin1(taxonomy);
    if (vocabulary.resolve(field, code) != code)
        return fail(Text::tr("the %1 \"%2\" is not a known code (known: %3)")
                        .arg(QString::fromLatin1(what), code,
                             vocabulary.knownValues(field).join(QStringLiteral(", "))));
    return {};
}

QString compact(const QJsonArray& array)
{
    return array.isEmpty() ? QString()
                           : QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

std::optional<CaseJson::Part> partOf(const QString& fieldCode)
{
    static const QHash<QString, CaseJson::Part> parts{
        {QStringLiteral("points_json"), CaseJson::Part::Points},
        {QStringLiteral("children_json"), CaseJson::Part::Children},
        {QStringLiteral("suspensions_json"), CaseJson::Part::Suspensions},
        {QStringLiteral("remedies_json"), CaseJson::Part::Remedies},
        {QStringLiteral("learning_json"), CaseJson::Part::Learning},
        {QStringLiteral("staff_json"), CaseJson::Part::StaffNamed},
        {QStringLiteral("costs_json"), CaseJson::Part::Costs},
        {QStringLiteral("reopenings_json"), CaseJson::Part::Reopenings},
        {QStringLiteral("notes_json"), CaseJson::Part::Notes},
        {QStringLiteral("lgsco_recommendations_json"), CaseJson::Part::OmbudsmanRecommendations},
    };
    const auto part = parts.constFind(fieldCode);
    if (part == parts.constEnd())
        return std::nullopt;
    return *part;
}

QString toJson(const QString& fieldCode, const Case& record, const ImportVocabulary& vocabulary)
{
    const std::optional<CaseJson::Part> part = partOf(fieldCode);
    if (!part)
        return {};
    // Teams travel by code, so an export imports into another database.
    return compact(CaseJson::part(*part, record, [&](qint64 unitId) -> QJsonValue {
        return vocabulary.orgUnitCode(unitId);
    }));
}

Status apply(const QString& fieldCode, const QString& json, Case& record,
             const ImportVocabulary& vocabulary)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return fail(Text::tr("not a JSON list as Redress exports it (%1)")
                        .arg(error.error != QJsonParseError::NoError ? error.errorString()
                                                                     : Text::tr("not a list")));
    const QJsonArray array = document.array();
    for (const QJsonValue& value : array) {
        if (!value.isObject())
            return fail(Text::tr("each entry of the list must be an object"));
        const QJsonObject o = value.toObject();
        if (fieldCode == u"points_json") {
            ComplaintPoint point;
            point.description = textOf(o, "description");
            point.categoryCode = textOf(o, "category");
            if (Status s = checkCode(vocabulary, "category", point.categoryCode, "category"); !s)
                return s;
            const QString team = textOf(o, "team");
            if (!team.isEmpty()) {
                const auto id = vocabulary.orgUnitId(team);
                if (!id)
                    return fail(Text::tr("the team \"%1\" is not a known team").arg(team));
                point.teamId = *id;
            }
            const QJsonObject findings = o.value(u"findings").toObject();
            for (auto it = findings.begin(); it != findings.end(); ++it) {
                const QString code = it.value().toString();
                if (Status s = checkCode(vocabulary, "outcome", code, "finding"); !s)
                    return s;
                point.findings.append({it.key().toInt(), code});
            }
            record.points.append(point);
        } else if (fieldCode == u"children_json") {
            ChildConcerned child;
            child.socialCareReference = textOf(o, "reference");
            child.name = textOf(o, "name");
            child.statusCode = textOf(o, "status");
            if (Status s = checkCode(vocabulary, "child_status", child.statusCode, "child status");
                !s)
                return s;
            child.advocateOffered = o.value(u"advocateOffered").toBool();
            child.advocateProvider = textOf(o, "advocateProvider");
            record.children.append(child);
        } else if (fieldCode == u"suspensions_json") {
            const int number = stageOf(o, 1);
            Stage* stage = nullptr;
            for (Stage& s : record.stages)
                if (s.number == number)
                    stage = &s;
            if (!stage)
                return fail(Text::tr("a suspension is at stage %1, which the case does not have")
                                .arg(number));
            Suspension suspension{0, dateOf(o, "from"), dateOf(o, "until"), textOf(o, "reason")};
            if (!suspension.from.isValid())
                return fail(Text::tr("a suspension has no \"from\" date"));
            if (suspension.until.isValid() && suspension.until < suspension.from)
                return fail(Text::tr("a suspension ends (%1) before it starts (%2)")
                                .arg(suspension.until.toString(QStringLiteral("dd/MM/yyyy")),
                                     suspension.from.toString(QStringLiteral("dd/MM/yyyy"))));
            stage->suspensions.append(suspension);
        } else if (fieldCode == u"remedies_json") {
            Remedy r;
            r.stageNumber = stageOf(o, 1);
            r.typeCode = textOf(o, "type");
            if (Status s = checkCode(vocabulary, "remedy_type", r.typeCode, "remedy type"); !s)
                return s;
            r.description = textOf(o, "description");
            r.amountPence = penceOf(o, "amountPence");
            r.agreedOn = dateOf(o, "agreedOn");
            r.completedOn = dateOf(o, "completedOn");
            record.remedies.append(r);
        } else if (fieldCode == u"learning_json") {
            LearningAction a;
            a.description = textOf(o, "description");
            a.themeCode = textOf(o, "theme");
            a.owner = textOf(o, "owner");
            a.dueOn = dateOf(o, "dueOn");
            a.status = o.value(u"status").toString(QStringLiteral("proposed"));
            static const QStringList statuses{
                QStringLiteral("proposed"), QStringLiteral("in_progress"),
                QStringLiteral("implemented"), QStringLiteral("not_implemented")};
            if (!statuses.contains(a.status))
                return fail(Text::tr("the learning action status \"%1\" is not one of %2")
                                .arg(a.status, statuses.join(QStringLiteral(", "))));
            a.notImplementedReason = textOf(o, "notImplementedReason");
            a.completedOn = dateOf(o, "completedOn");
            record.learningActions.append(a);
        } else if (fieldCode == u"staff_json") {
            record.staffNamed.append({0, textOf(o, "name"), textOf(o, "jobTitle")});
        } else if (fieldCode == u"costs_json") {
            record.costs.append({0, stageOf(o, 2), textOf(o, "kind"), penceOf(o, "amountPence"),
                                 dateOf(o, "incurredOn"), textOf(o, "note")});
        } else if (fieldCode == u"reopenings_json") {
            record.reopenings.append({dateOf(o, "on"), textOf(o, "reason")});
        } else if (fieldCode == u"notes_json") {
            Note note;
            note.createdAtUtc = QDateTime::fromString(textOf(o, "at"), Qt::ISODateWithMs).toUTC();
            note.author = textOf(o, "author");
            note.text = textOf(o, "text");
            record.notes.append(note);
        } else if (fieldCode == u"lgsco_recommendations_json") {
            record.ombudsman.recommendations.append(
                {0, textOf(o, "description"), penceOf(o, "amountPence"), dateOf(o, "dueOn"),
                 dateOf(o, "compliedOn"), textOf(o, "remedyType")});
        }
    }
    return {};
}

} // namespace redress::import::details

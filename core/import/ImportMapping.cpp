#include "ImportMapping.h"

#include "import/GuessFromValues.h"
#include "import/ImportField.h"
#include "import/ImportVocabulary.h"
#include "spreadsheet/Workbook.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

namespace redress::import {

namespace {

// The context lupdate files these messages under, and the one they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ImportMapping)
};

const QString formatName = QStringLiteral("redress-import-mapping");

bool isCoded(const ImportField& field)
{
    return field.type == FieldType::Code || field.type == FieldType::CodeList ||
           field.type == FieldType::Team;
}

QJsonObject columnsToJson(const QMap<QString, QString>& columns)
{
    QJsonObject json;
    for (auto it = columns.begin(); it != columns.end(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

QJsonObject valuesToJson(const QMap<QString, QMap<QString, QString>>& values)
{
    QJsonObject json;
    for (auto it = values.begin(); it != values.end(); ++it) {
        QJsonObject map;
        for (auto v = it->begin(); v != it->end(); ++v)
            map.insert(v.key(), v.value() == ImportMapping::ignored() ? QJsonValue(QJsonValue::Null)
                                                                      : QJsonValue(v.value()));
        json.insert(it.key(), map);
    }
    return json;
}

Status checkField(const QString& where, const QString& code, const char* section)
{
    if (!importField(code))
        return fail(
            Text::tr("%1: \"%2\" names no Redress field \"%3\" (see docs/import-mapping.md)")
                .arg(where, QString::fromLatin1(section), code));
    return {};
}

Status readColumns(const QJsonObject& json, const QString& where, const char* section,
                   QMap<QString, QString>& columns)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (Status s = checkField(where, it.key(), section); !s)
            return s;
        columns.insert(it.key(), it.value().toString());
    }
    return {};
}

Status readValues(const QJsonObject& json, const QString& where, const char* section,
                  QMap<QString, QMap<QString, QString>>& values)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (Status s = checkField(where, it.key(), section); !s)
            return s;
        const QJsonObject map = it.value().toObject();
        QMap<QString, QString>& target = values[it.key()];
        for (auto v = map.begin(); v != map.end(); ++v)
            target.insert(v.key(),
                          v.value().isNull() ? ImportMapping::ignored() : v.value().toString());
    }
    return {};
}

Result<ImportCondition> readCondition(const QJsonValue& value, const QString& where, int index)
{
    const QJsonObject json = value.toObject();
    const QString here = Text::tr("%1: \"when\" entry %2").arg(where).arg(index + 1);
    ImportCondition condition;
    condition.column = json.value(u"column").toString();
    for (const QJsonValue& is : json.value(u"is").toArray())
        condition.is << is.toVariant().toString();
    if (json.value(u"is").isString())
        condition.is << json.value(u"is").toString();
    if (condition.column.isEmpty() || condition.is.isEmpty())
        return fail(Text::tr("%1 needs \"column\" (a heading) and \"is\" (its values)").arg(here));
    if (Status s =
            readColumns(json.value(u"columns").toObject(), here, "columns", condition.columns);
        !s)
        return Error{s.error()};
    if (Status s = readValues(json.value(u"values").toObject(), here, "values", condition.values);
        !s)
        return Error{s.error()};
    return condition;
}

} // namespace

bool ImportCondition::holdsFor(const QString& cellText) const
{
    const QString wanted = normalisedHeading(cellText);
    for (const QString& value : is)
        if (normalisedHeading(value) == wanted)
            return true;
    return false;
}

QString ImportMapping::ignored()
{
    // Not a code any list can have: codes are lower-case letters, digits and underscores.
    return QStringLiteral("(ignored)");
}

QString ImportMapping::defaultStageSuffix()
{
    return QStringLiteral(R"([\s/_.-]*(?:S|ST|STAGE)\s*[1-3]$)");
}

QJsonObject ImportMapping::toJson() const
{
    const QJsonObject columnsJson = columnsToJson(columns);
    const QJsonObject valuesJson = valuesToJson(values);
    QJsonObject defaultsJson;
    for (auto it = defaults.begin(); it != defaults.end(); ++it)
        defaultsJson.insert(it.key(), it.value());
    QJsonObject json{
        {QStringLiteral("format"), formatName},
        {QStringLiteral("version"), 1},
        {QStringLiteral("name"), name},
        {QStringLiteral("headerRow"), headerRow},
        {QStringLiteral("dateOrder"),
         dateOrder == DateOrder::DayFirst ? QStringLiteral("dmy") : QStringLiteral("mdy")},
        {QStringLiteral("closeResponded"), closeResponded},
        {QStringLiteral("unescapeFormulas"), unescapeFormulas},
        {QStringLiteral("columns"), columnsJson},
        {QStringLiteral("values"), valuesJson},
        {QStringLiteral("defaults"), defaultsJson},
    };
    if (!sheet.isEmpty())
        json.insert(QStringLiteral("sheet"), sheet);
    if (!encoding.isEmpty())
        json.insert(QStringLiteral("encoding"), encoding);
    if (!stageSuffix.isEmpty())
        json.insert(QStringLiteral("stageSuffix"), stageSuffix);
    if (!when.isEmpty()) {
        QJsonArray conditions;
        for (const ImportCondition& condition : when)
            conditions.append(QJsonObject{
                {QStringLiteral("column"), condition.column},
                {QStringLiteral("is"), QJsonArray::fromStringList(condition.is)},
                {QStringLiteral("columns"), columnsToJson(condition.columns)},
                {QStringLiteral("values"), valuesToJson(condition.values)},
            });
        json.insert(QStringLiteral("when"), conditions);
    }
    return json;
}

Result<ImportMapping> ImportMapping::fromJson(const QJsonObject& json, const QString& where)
{
    if (json.value(u"format").toString() != formatName)
        return fail(Text::tr("%1 is not a Redress import mapping (its \"format\" is not \"%2\")")
                        .arg(where, formatName));
    if (json.value(u"version").toInt() != 1)
        return fail(Text::tr("%1 is a mapping of version %2; this Redress reads version 1")
                        .arg(where)
                        .arg(json.value(u"version").toInt()));
    ImportMapping mapping;
    mapping.name = json.value(u"name").toString();
    mapping.sheet = json.value(u"sheet").toString();
    mapping.headerRow = json.value(u"headerRow").toInt(1);
    if (mapping.headerRow < 1)
        return fail(Text::tr("%1: \"headerRow\" must be 1 or more").arg(where));
    const QString order = json.value(u"dateOrder").toString(QStringLiteral("dmy"));
    if (order != u"dmy" && order != u"mdy")
        return fail(
            Text::tr("%1: \"dateOrder\" must be \"dmy\" or \"mdy\", not \"%2\"").arg(where, order));
    mapping.dateOrder = order == u"dmy" ? DateOrder::DayFirst : DateOrder::MonthFirst;
    mapping.closeResponded = json.value(u"closeResponded").toBool(true);
    mapping.unescapeFormulas = json.value(u"unescapeFormulas").toBool(false);
    if (const QJsonValue encoding = json.value(u"encoding"); !encoding.isUndefined()) {
        mapping.encoding = spreadsheet::textEncodingName(encoding.toString());
        if (mapping.encoding.isEmpty())
            return fail(Text::tr("%1: \"encoding\" must be one of %2, not \"%3\"")
                            .arg(where, spreadsheet::textEncodingNames().join(QStringLiteral(", ")),
                                 encoding.toVariant().toString()));
    }
    if (Status s =
            readColumns(json.value(u"columns").toObject(), where, "columns", mapping.columns);
        !s)
        return Error{s.error()};
    if (Status s = readValues(json.value(u"values").toObject(), where, "values", mapping.values);
        !s)
        return Error{s.error()};
    const QJsonObject defaultsJson = json.value(u"defaults").toObject();
    for (auto it = defaultsJson.begin(); it != defaultsJson.end(); ++it) {
        if (Status s = checkField(where, it.key(), "defaults"); !s)
            return Error{s.error()};
        mapping.defaults.insert(it.key(), it.value().toVariant().toString());
    }
    const QJsonArray conditions = json.value(u"when").toArray();
    for (int i = 0; i < conditions.size(); ++i) {
        auto condition = readCondition(conditions.at(i), where, i);
        if (!condition)
            return Error{condition.error()};
        mapping.when.append(condition.value());
    }
    mapping.stageSuffix = json.value(u"stageSuffix").toString();
    if (!mapping.stageSuffix.isEmpty() && !QRegularExpression(mapping.stageSuffix).isValid())
        return fail(Text::tr("%1: \"stageSuffix\" is not a valid regular expression: %2")
                        .arg(where, QRegularExpression(mapping.stageSuffix).errorString()));
    return mapping;
}

Result<ImportMapping> ImportMapping::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            Text::tr("The mapping file %1 cannot be read: %2").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return fail(Text::tr("The mapping file %1 is not valid JSON: %2 (at character %3)")
                        .arg(path, error.errorString())
                        .arg(error.offset));
    return fromJson(document.object(), path);
}

Status ImportMapping::save(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(
            Text::tr("The mapping file %1 cannot be written: %2").arg(path, file.errorString()));
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return fail(
            Text::tr("The mapping file %1 cannot be written: %2").arg(path, file.errorString()));
    return {};
}

QString ImportMapping::mappedValue(const QString& fieldCode, const QString& sourceText,
                                   const ImportCondition* condition) const
{
    const QString wanted = normalisedHeading(sourceText);
    for (const auto* map : {condition ? &condition->values : nullptr, &values}) {
        if (!map)
            continue;
        const auto it = map->constFind(fieldCode);
        if (it == map->cend())
            continue;
        for (auto v = it->begin(); v != it->end(); ++v)
            if (normalisedHeading(v.key()) == wanted)
                return v.value().trimmed();
    }
    return {};
}

int ImportMapping::guessHeaderRow(const QList<QVariantList>& leadingRows)
{
    QSet<QString> known;
    for (const ImportField& field : importFields()) {
        known.insert(normalisedHeading(field.header));
        for (const QString& synonym : field.synonyms)
            known.insert(normalisedHeading(synonym));
    }
    for (qsizetype i = 0; i < leadingRows.size(); ++i) {
        int hits = 0;
        for (const QVariant& cell : leadingRows.at(i))
            if (known.contains(normalisedHeading(cell.toString())))
                ++hits;
        if (hits >= 2)
            return int(i) + 1;
    }
    return 1;
}

bool ImportMapping::looksLikeRedressExport(const QStringList& headings)
{
    for (const char* needed : {"Reference", "Source reference", "Kind", "State", "Received",
                               "Stage 1 responded", "Points (JSON)"})
        if (!headings.contains(QString::fromLatin1(needed)))
            return false;
    return true;
}

ImportMapping ImportMapping::redressExport()
{
    ImportMapping mapping;
    mapping.name = QStringLiteral("Redress export");
    mapping.dateOrder = DateOrder::DayFirst;
    mapping.closeResponded = false; // the export says each case's state
    mapping.unescapeFormulas = true;
    for (const ImportField& field : importFields())
        mapping.columns.insert(field.code, field.header);
    return mapping;
}

ImportMapping ImportMapping::guess(const QStringList& headings,
                                   const QList<QVariantList>& sampleRows,
                                   const ImportVocabulary& vocabulary)
{
    if (looksLikeRedressExport(headings))
        return redressExport();
    ImportMapping mapping;
    mapping.name = Text::tr("Guessed mapping");
    QSet<QString> usedHeadings;
    // Exact Redress headings first, then synonyms in the order fields are listed, so
    // "Reference" in a legacy log (with no "Source reference") is the log's own reference.
    auto claim = [&](const ImportField& field, const QString& heading) {
        if (mapping.columns.contains(field.code) || usedHeadings.contains(heading))
            return;
        mapping.columns.insert(field.code, heading);
        usedHeadings.insert(heading);
    };
    for (const QString& heading : headings)
        for (const ImportField& field : importFields())
            if (field.code != u"reference" &&
                normalisedHeading(heading) == normalisedHeading(field.header))
                claim(field, heading);
    for (const auto* fields : {&importFields(), &stageRowFields()})
        for (const ImportField& field : *fields)
            for (const QString& heading : headings)
                for (const QString& synonym : field.synonyms)
                    if (normalisedHeading(synonym) == normalisedHeading(heading))
                        claim(field, heading);
    refineByValues(mapping, headings, sampleRows, vocabulary);

    // Value maps: every distinct sample value of a coded column, with the code it matches.
    // Team names that changed over the years show up here empty, to be filled in.
    for (auto it = mapping.columns.begin(); it != mapping.columns.end(); ++it) {
        const ImportField* field = importField(it.key());
        if (!field || !isCoded(*field))
            continue;
        const qsizetype column = headings.indexOf(it.value());
        QMap<QString, QString> map;
        for (const QVariantList& row : sampleRows) {
            const QString raw = cell::text(row.value(column));
            const QStringList parts = field->type == FieldType::CodeList
                                          ? raw.split(u';', Qt::SkipEmptyParts)
                                          : QStringList{raw};
            for (const QString& part : parts) {
                const QString value = part.trimmed();
                if (value.isEmpty() || map.contains(value))
                    continue;
                map.insert(value, vocabulary.resolve(*field, value).value_or(QString()));
            }
        }
        if (!map.isEmpty())
            mapping.values.insert(field->code, map);
    }
    if (!mapping.columns.contains(QStringLiteral("kind")))
        mapping.defaults.insert(QStringLiteral("kind"), QStringLiteral("complaint"));
    if (!mapping.columns.contains(QStringLiteral("procedure")))
        mapping.defaults.insert(QStringLiteral("procedure"), QStringLiteral("statutory"));
    return mapping;
}

} // namespace redress::import

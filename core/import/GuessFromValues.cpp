#include "GuessFromValues.h"

#include "import/CellValue.h"
#include "import/ImportField.h"
#include "import/ImportVocabulary.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace redress::import {

namespace {

// The distinct non-empty values of a column in the sample.
QStringList valuesOf(const QList<QVariantList>& rows, qsizetype column)
{
    QStringList values;
    if (column < 0)
        return values;
    for (const QVariantList& row : rows) {
        const QString text = cell::text(row.value(column)).trimmed();
        if (!text.isEmpty() && !values.contains(text))
            values << text;
    }
    return values;
}

// How many of the values are one of the field's codes or wordings.
qsizetype resolving(const QStringList& values, const QString& code,
                    const ImportVocabulary& vocabulary)
{
    const ImportField* field = importField(code);
    qsizetype count = 0;
    for (const QString& value : values)
        if (field && vocabulary.resolve(*field, value))
            ++count;
    return count;
}

bool allResolve(const QStringList& values, const QString& code, const ImportVocabulary& vocabulary)
{
    return !values.isEmpty() && resolving(values, code, vocabulary) == values.size();
}

bool allFlags(const QStringList& values)
{
    if (values.isEmpty())
        return false;
    for (const QString& value : values)
        if (!ImportVocabulary::flag(value))
            return false;
    return true;
}

} // namespace

void refineByValues(ImportMapping& mapping, const QStringList& headings,
                    const QList<QVariantList>& sampleRows, const ImportVocabulary& vocabulary)
{
    auto columnOf = [&](const QString& code) {
        return mapping.columns.contains(code) ? headings.indexOf(mapping.columns.value(code)) : -1;
    };
    auto move = [&](const QString& from, const QString& to) {
        const QString heading = mapping.columns.take(from);
        if (!to.isEmpty() && !mapping.columns.contains(to))
            mapping.columns.insert(to, heading);
    };

    // Names and free text claimed by their headings, whose values say otherwise.
    for (const QString& code :
         {QStringLiteral("complainant_name"), QStringLiteral("advocate_provided_by"),
          QStringLiteral("summary"), QStringLiteral("officer")}) {
        const QStringList values = valuesOf(sampleRows, columnOf(code));
        if (allFlags(values))
            move(code,
                 code == u"advocate_provided_by" ? QStringLiteral("advocacy_offered") : QString());
        // Names are seldom a role's wording; half the values are enough, as a log's own
        // wordings ("Grandparent") are mapped afterwards.
        else if (!values.isEmpty() &&
                 2 * resolving(values, QStringLiteral("complainant_role"), vocabulary) >=
                     values.size())
            move(code, QStringLiteral("complainant_role"));
    }

    // An advocate's Y/N column moved off the provider's name leaves it to a column headed
    // like it ("Advocacy provider") that the Y/N column had taken the place of.
    if (!mapping.columns.contains(QStringLiteral("advocate_provided_by")))
        if (const ImportField* provider = importField(u"advocate_provided_by"))
            for (const QString& heading : headings) {
                bool taken = false;
                for (const QString& used : std::as_const(mapping.columns))
                    taken = taken || used == heading;
                for (const QString& synonym : provider->synonyms)
                    if (!taken && !mapping.columns.contains(provider->code) &&
                        normalisedHeading(synonym) == normalisedHeading(heading))
                        mapping.columns.insert(provider->code, heading);
            }

    // Many logs head their column of teams "Service area": with no team column, it is the team
    // unless most of its values are service areas.
    if (mapping.columns.contains(QStringLiteral("service_area")) &&
        !mapping.columns.contains(QStringLiteral("team"))) {
        const QStringList values = valuesOf(sampleRows, columnOf(QStringLiteral("service_area")));
        qsizetype services = 0;
        for (const QString& value : values) {
            const auto id = vocabulary.orgUnitId(value);
            for (const OrgUnit& unit : vocabulary.units())
                if (id && unit.id == *id && unit.level != u"team")
                    ++services;
        }
        if (values.isEmpty() || 2 * services < values.size())
            move(QStringLiteral("service_area"), QStringLiteral("team"));
    }

    // A log of one row per stage: stage suffixes on the references, a reference on two rows,
    // or a column of other rows' references.
    QSet<QString> claimed;
    for (const QString& heading : std::as_const(mapping.columns))
        claimed.insert(heading);
    const QStringList references = [&] {
        QStringList all;
        const qsizetype column = columnOf(QStringLiteral("source_reference")) >= 0
                                     ? columnOf(QStringLiteral("source_reference"))
                                     : columnOf(QStringLiteral("reference"));
        if (column >= 0)
            for (const QVariantList& row : sampleRows)
                all << cell::text(row.value(column)).trimmed().toUpper();
        return all;
    }();
    const QSet<QString> referenceSet(references.cbegin(), references.cend());
    if (!mapping.columns.contains(QStringLiteral("linked_reference"))) {
        for (qsizetype i = 0; i < headings.size(); ++i) {
            if (claimed.contains(headings.at(i)))
                continue;
            const QStringList values = valuesOf(sampleRows, i);
            bool links = !values.isEmpty() && values.size() < sampleRows.size();
            for (const QString& value : values)
                links = links && referenceSet.contains(value.toUpper());
            if (links) {
                mapping.columns.insert(QStringLiteral("linked_reference"), headings.at(i));
                claimed.insert(headings.at(i));
                break;
            }
        }
    }
    const QRegularExpression suffix(ImportMapping::defaultStageSuffix(),
                                    QRegularExpression::CaseInsensitiveOption);
    bool perStage = mapping.columns.contains(QStringLiteral("linked_reference")) ||
                    referenceSet.size() < references.size();
    for (const QString& reference : references)
        perStage = perStage || suffix.match(reference).hasMatch();
    static const QRegularExpression number(QStringLiteral("^\\d+$"));
    if (!mapping.columns.contains(QStringLiteral("stage"))) {
        for (qsizetype i = 0; i < headings.size() && perStage; ++i) {
            if (claimed.contains(headings.at(i)))
                continue;
            const QStringList values = valuesOf(sampleRows, i);
            bool words = false;
            for (const QString& value : values)
                words = words || !number.match(value).hasMatch();
            if (words && allResolve(values, QStringLiteral("stage"), vocabulary)) {
                mapping.columns.insert(QStringLiteral("stage"), headings.at(i));
                break;
            }
        }
    }
    // A "Stage" heading in a log of one row per case is the stage each case reached.
    if (!perStage)
        mapping.columns.remove(QStringLiteral("stage"));
    else if (mapping.stageSuffix.isEmpty())
        mapping.stageSuffix = guessStageSuffix(references);
}

QString guessStageSuffix(const QStringList& references)
{
    static const QRegularExpression suffix(QStringLiteral(R"(([\s/_.-]*)(ST|STAGE|S)(\s*)[1-3]$)"),
                                           QRegularExpression::CaseInsensitiveOption);
    QHash<QString, int> counts;
    QString best;
    for (const QString& reference : references) {
        const QRegularExpressionMatch match = suffix.match(reference);
        // A reference that is all suffix ("S2") is no complaint's reference with one after it.
        if (!match.hasMatch() || match.capturedStart() == 0)
            continue;
        const QString separator = match.captured(1);
        QString pattern = separator.contains(QRegularExpression(QStringLiteral("\\s")))
                              ? QStringLiteral("\\s*")
                              : QString();
        pattern +=
            QString(separator.simplified().remove(u' ')).replace(u'.', QStringLiteral("\\."));
        pattern += match.captured(2).toUpper();
        if (!match.captured(3).isEmpty())
            pattern += QStringLiteral("\\s*");
        pattern += QStringLiteral("[1-3]$");
        if (++counts[pattern] > counts.value(best))
            best = pattern;
    }
    return best;
}

} // namespace redress::import

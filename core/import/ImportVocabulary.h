#pragma once

#include "import/ImportField.h"
#include "storage/ReferenceData.h"
#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace redress {
class Database;
}

namespace redress::import {

// The codes a source value can stand for: the taxonomies and org units of the database,
// and the kinds, procedures and states Redress itself defines. Matching ignores case and
// accepts a code, a label, or a wording legacy logs commonly use ("Partly upheld").
// The level of organisation unit a field of team type names: "service" for the service
// area column, "team" for the others.
QString unitLevelOf(const ImportField& field);

class ImportVocabulary
{
public:
    ImportVocabulary() = default;
    ImportVocabulary(QMap<QString, QList<TaxonomyTerm>> terms, QList<OrgUnit> units);
    static Result<ImportVocabulary> load(Database& database);

    // The code `text` stands for in the field's vocabulary, if it is one of them.
    std::optional<QString> resolve(const ImportField& field, const QString& text) const;
    // What a problem lists as the known values: "upheld (Upheld), partially_upheld (…)".
    QStringList knownValues(const ImportField& field) const;

    // Learns a value added while importing, so that the rows after it find it.
    void learn(const TaxonomyTerm& term);
    void learn(const OrgUnit& unit);
    void learnKinds(); // a kind of feedback was added: the kinds are read again
    const QList<TaxonomyTerm> terms(const QString& taxonomy) const
    {
        return m_terms.value(taxonomy);
    }
    const QList<OrgUnit>& units() const { return m_units; }

    std::optional<qint64> orgUnitId(const QString& codeOrName) const;
    // The same, where a team and a service area share a name or code ("Residential Unit"):
    // the unit at `level` ("team", "service") first, any other after.
    std::optional<qint64> orgUnitId(const QString& codeOrName, const QString& level) const;
    const OrgUnit* orgUnit(qint64 id) const;
    QString orgUnitCode(qint64 id) const;
    QString orgUnitName(qint64 id) const;

    // Whether a council may add to the field's list: the teams, the taxonomies and the kinds
    // of feedback, but not the procedures, stages and states Redress itself defines.
    static bool isOpenList(const ImportField& field);

    // Y/Yes/TRUE/1/X and N/No/FALSE/0; nullopt for anything else.
    static std::optional<bool> flag(const QString& text);

private:
    QList<std::pair<QString, QString>> codesAndLabels(const QString& vocabulary) const;
    std::optional<QString> lookUp(const ImportField& field, const QString& text) const;
    const QList<std::pair<QString, QString>>& unitKeys() const;

    QMap<QString, QList<TaxonomyTerm>> m_terms;
    QList<OrgUnit> m_units;
    // Built on first use: an import resolves the same few values on every row.
    mutable QHash<QString, QHash<QString, QString>> m_codeByKey; // vocabulary -> key -> code
    mutable std::optional<QHash<QString, qint64>> m_unitByKey;   // key -> org unit id
    mutable QList<std::pair<QString, QString>> m_unitKeys;       // each unit's code and name keys
    mutable QHash<QString, std::optional<QString>> m_resolved;   // (field, text) -> code
};

} // namespace redress::import

#pragma once

#include "import/CellValue.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace redress::import {

class ImportVocabulary;

// Entries of a mapping that apply only to the rows where another column holds given values:
// "when Type is LGSCO, Outcome fills lgsco_decision". On those rows a column named here fills
// only the fields named here, not those the mapping's own `columns` give it.
struct ImportCondition
{
    QString column;                               // the heading of the column tested
    QStringList is;                               // its values, ignoring case and spacing
    QMap<QString, QString> columns;               // field code -> source heading
    QMap<QString, QMap<QString, QString>> values; // field code -> source text -> code

    bool holdsFor(const QString& cellText) const;
};

// How one team's log maps onto Redress: which column fills which field, which source
// values mean which codes, and defaults for what the log does not record. Saved as a JSON
// file (docs/import-mapping.md) so next year's log imports the same way.
struct ImportMapping
{
    QString name;
    QString sheet;     // empty: the first sheet
    int headerRow = 1; // the row that holds the headings; data follows it
    DateOrder dateOrder = DateOrder::DayFirst;
    // Historic logs seldom record a closing date: a case whose last stage was responded to
    // is then closed on that date, so it does not come back into the open queue.
    bool closeResponded = true;
    // Undo the apostrophe Redress's CSV export puts before text that looks like a formula.
    bool unescapeFormulas = false;
    // A CSV file's encoding ("UTF-8", "Windows-1252", "UTF-16LE", "UTF-16BE"); empty: from its
    // byte-order mark, else UTF-8 when it all is, else Windows-1252, said in the summary.
    QString encoding;
    QMap<QString, QString> columns;               // field code -> source heading
    QMap<QString, QMap<QString, QString>> values; // field code -> source text -> code
    QMap<QString, QString> defaults;              // field code -> value when there is no cell
    QList<ImportCondition> when;                  // the first that holds for a row applies
    // A log of one row per stage (a column mapped to "stage"): how a later stage's reference
    // ends, after the reference of its stage 1 ("2020/014/S2"); a regular expression, empty
    // for the usual suffixes (defaultStageSuffix).
    QString stageSuffix;

    // In `values`, the code of a value the mapping leaves empty on purpose (JSON null):
    // counted in the summary as ignored, never a problem, unlike "" (not decided yet).
    static QString ignored();
    static QString defaultStageSuffix();
    bool stageRows() const { return columns.contains(QStringLiteral("stage")); }

    QJsonObject toJson() const;
    static Result<ImportMapping> fromJson(const QJsonObject& json, const QString& where);
    static Result<ImportMapping> load(const QString& path);
    Status save(const QString& path) const;

    // The code a source value is mapped to for a field, looked up ignoring case and
    // spacing; empty when the mapping says nothing about it (or leaves it to be filled in).
    // A condition that holds for the row is looked in first.
    QString mappedValue(const QString& fieldCode, const QString& sourceText,
                        const ImportCondition* condition = nullptr) const;

    // A mapping guessed from the headings (row `headerRow`) and a sample of rows: columns by
    // heading synonyms, value maps for every sample value of a coded field (empty where no
    // code matched, for the user to fill in), and the complaint defaults a log of only
    // complaints needs.
    static ImportMapping guess(const QStringList& headings, const QList<QVariantList>& sampleRows,
                               const ImportVocabulary& vocabulary);
    // The first of the leading rows that looks like headings (1-based), else 1.
    static int guessHeaderRow(const QList<QVariantList>& leadingRows);

    // Matches Redress's own export, so an export imports back unchanged.
    static ImportMapping redressExport();
    // True when the headings are those of a Redress export.
    static bool looksLikeRedressExport(const QStringList& headings);
};

} // namespace redress::import

#pragma once

#include "import/ImportMapping.h"
#include "import/ImportVocabulary.h"
#include "import/Importer.h"
#include "spreadsheet/Workbook.h"
#include "storage/DatabaseLocation.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace redress {

class Session;

// What the import wizard's pages have found and decided so far, shared between them.
struct ImportSession
{
    // How many rows are read for the preview and for guessing the mapping.
    static constexpr int sampleRows = 500;

    Session* application = nullptr; // the program's session, for the GUI thread only

    QString path;
    spreadsheet::Format format = spreadsheet::Format::Csv;
    // How a CSV file's text is decoded: one of spreadsheet::textEncodingNames(), or empty to
    // work it out. Chosen on the file page or by a loaded mapping, and written into the
    // mapping every check, import and save uses.
    QString encoding;
    QStringList sheets;
    int sheet = 0;
    QList<spreadsheet::SheetRow> leadingRows; // the first rows of the chosen sheet
    int headerRow = 1;                        // the sheet's row number of the headings

    import::ImportMapping mapping;
    QString mappingBasis; // "sheet|headerRow" the mapping was guessed for
    import::ImportVocabulary vocabulary;

    std::optional<import::ImportResult> checked; // the last dry run
    bool addMissing = false; // "Add all new values": the import adds them, in its transaction
    std::optional<import::ImportResult> imported; // the import, once done

    QString sheetName() const { return sheets.value(sheet); }
    // The mapping as a check or an import runs it: with the encoding chosen.
    import::ImportMapping mappingToRun() const;
    // Writes a file chosen in a save dialog (which asked before replacing one): whole or not at
    // all, owner-only, and never over the open database or its working files nor the log
    // being imported. `write` fills a temporary file that is then renamed to `target`.
    Status saveChosenFile(const QString& target,
                          const std::function<Status(const QString& temporary)>& write) const;
    QString basis() const;
    // The heading row's cells as text, and the sample rows below it.
    QStringList headings() const;
    QList<QVariantList> rowsBelowHeadings() const;

    // The coded values of a problem's cell that neither the mapping nor the field's list
    // knows, e.g. {"Sort of upheld"}; empty when the problem is not an unknown code.
    QStringList unknownValues(const import::ImportProblem& problem, const QString& cellText) const;
};

// Reads up to `limit` rows of a sheet; safe on a worker thread.
Result<QList<spreadsheet::SheetRow>> readLeadingRows(const QString& path, int sheet, int limit,
                                                     const QString& encoding);

// The text of the cells at (row, column index) of a sheet; safe on a worker thread.
Result<QHash<QPair<qint64, int>, QString>> readCells(const QString& path, int sheet,
                                                     const QList<QPair<qint64, int>>& wanted,
                                                     const QString& encoding);

// "D" → 3; -1 when it is not a column letter.
int columnIndex(const QString& letters);

} // namespace redress

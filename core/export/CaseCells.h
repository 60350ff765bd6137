#pragma once

#include "domain/Case.h"
#include "domain/CaseJson.h"
#include "export/ExportRow.h"
#include "import/ImportField.h"
#include "import/ImportVocabulary.h"

#include <QList>
#include <optional>

namespace redress::exporting {

// The cells of a case's export row, one per import field, in the import's order. How each
// column is read is found once, when this is made: comparing the field's code with every
// column's for every cell took a tenth of the export's time.
class CaseCells
{
public:
    explicit CaseCells(const import::ImportVocabulary& vocabulary);

    // The headings the import knows.
    static void addHeadings(ExportRow& row);
    // Replaces `row` with the case's cells.
    void fill(const Case& record, ExportRow& row) const;
    // One field's cell, added to `row`.
    static void addCell(const import::ImportField& field, const Case& record,
                        const import::ImportVocabulary& vocabulary, ExportRow& row);

    using StageGetter = void (*)(const Stage&, ExportRow&);
    using CaseGetter = void (*)(const Case&, const import::ImportVocabulary&, ExportRow&);

private:
    struct Reader
    {
        int stage = 0;                          // a stage's column: of this stage,
        StageGetter stageGetter = nullptr;      // read by this
        std::optional<CaseJson::Part> jsonPart; // a JSON list's column
        QString jsonCode;                       // a JSON list this does not know
        CaseGetter caseGetter = nullptr;        // any other column
    };
    static Reader readerFor(const import::ImportField& field);
    void add(const Reader& reader, const Case& record, ExportRow& row) const;

    const import::ImportVocabulary& m_vocabulary;
    CaseJson::UnitName m_unitCode;
    QList<Reader> m_readers;
};

} // namespace redress::exporting

#pragma once

#include "domain/Case.h"
#include "import/ImportMapping.h"
#include "import/ImportVocabulary.h"
#include "spreadsheet/Workbook.h"
#include "workflow/CaseWorkflow.h"

#include <QHash>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace redress::import {

// One thing wrong with the source, where a person can find it.
struct ImportProblem
{
    qint64 row = 0;       // the sheet's row number; 0 for the file as a whole
    QString column;       // the column letter ("D"); empty when no one cell is at fault
    QString heading;      // the column's heading
    QString field;        // the Redress field's code
    QString message;      // what is wrong: "\"CASS\" is not a known team"
    QString advice;       // what to do about it, when there is more to say than the message
    QString value;        // the source value at fault, when one is
    bool addable = false; // an unknown value of a list --add-missing can add to

    // "Date received: "31/02/2021" is not a real date…: advice"
    QString describe() const;
    // "log.xlsx:12:D: Date received: "31/02/2021" is not a real date…"
    QString toText(const QString& fileName) const;
};

// A problem with the sheet or a row as a whole, not with one cell.
inline ImportProblem sheetProblem(qint64 row, const QString& field, const QString& message)
{
    ImportProblem problem;
    problem.row = row;
    problem.field = field;
    problem.message = message;
    return problem;
}

// A source row as the case it will become, before anything is written.
struct ImportCandidate
{
    qint64 row = 0;
    Case record;
    QString matchKey;       // the source reference (else the reference) re-imports match on
    QString complainantKey; // rows with the same key share one complainant
    QList<std::pair<QString, QString>> links; // (kind, other case's reference)
};

// "A" for column 0, "AA" for column 26.
QString columnLetter(int column);

// Turns each source row into a complete historic case, as it will be imported, and collects
// every problem with its row and column instead of stopping at the first.
class ImportValidator
{
public:
    ImportValidator(ImportMapping mapping, ImportVocabulary vocabulary, CaseWorkflow::Rules rules);

    // Finds the mapped headings in the heading row; a problem for each that is not there,
    // and for a required field with neither a column nor a default.
    QList<ImportProblem> setHeadings(const QVariantList& headings, qint64 rowNumber);

    // The case a row becomes, or nullopt with its problems appended.
    std::optional<ImportCandidate> check(const spreadsheet::SheetRow& row,
                                         QList<ImportProblem>& problems);

    const ImportMapping& mapping() const { return m_mapping; }
    const ImportVocabulary& vocabulary() const { return m_vocabulary; }
    ImportVocabulary& vocabulary() { return m_vocabulary; }

    // Asked for the code of a value of an open list (ImportVocabulary::isOpenList) that is not
    // known and not mapped, instead of reporting it: adds the value (and teaches the vocabulary
    // it), or says why it cannot.
    using AddMissing =
        std::function<Result<QString>(const ImportField& field, const QString& value)>;
    void setAddMissing(AddMissing add) { m_addMissing = std::move(add); }

private:
    class RowReader;

    void assemble(RowReader& row, ImportCandidate& candidate) const;
    void assembleStage(RowReader& row, Case& record, int number) const;
    void checkStageCells(RowReader& row, int only = 0) const;
    void deriveState(RowReader& row, Case& record) const;
    void deriveStateOnly(RowReader& row, Case& record) const;
    void checkOutcomes(RowReader& row, const Case& record) const;
    void checkDateOrder(RowReader& row, const Case& record) const;

    ImportMapping m_mapping;
    ImportVocabulary m_vocabulary;
    CaseWorkflow::Rules m_rules;
    QHash<QString, int> m_columns;     // field code -> column index
    QHash<int, QString> m_headings;    // column index -> heading
    QHash<QString, qint64> m_seenKeys; // match key -> first row, for duplicates in the file
    AddMissing m_addMissing;
};

} // namespace redress::import

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
    // (kind, the log's own reference of the other case): an Ombudsman row's complaint
    QList<std::pair<QString, QString>> sourceLinks;
};

// A cell one case takes from another row of the file, when a log of one row per stage is
// folded into cases: stage 2's response comes from the stage 2 row's response column.
struct FoldedCell
{
    QVariant value;
    qint64 row = 0;  // the sheet row it is on, for problems
    int column = -1; // its column; -1 for a value the folding itself supplies
};

// What a row read as a whole case takes from the other rows of its case.
struct FoldedRow
{
    QHash<QString, FoldedCell> cells; // field code -> the cell it reads instead of its own
    // Its first stage in the log is stage 2: stage 1 was before the log began, so it is kept
    // with no dates of its own (see Stage::beforeLog).
    bool firstStageBeforeLog = false;
    int firstStage = 1; // the first stage in the log: stage 3 when stages 1 and 2 were before
    // An Ombudsman row: the log's reference of the complaint it is about, to link them.
    QString complaintReference;
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
                                         QList<ImportProblem>& problems,
                                         const FoldedRow* folded = nullptr);

    // The mapping's condition that holds for the row (the first), or null.
    const ImportCondition* conditionFor(const spreadsheet::SheetRow& row) const;
    // The column a field is read from on rows where `condition` holds; -1 when none.
    int columnOf(const QString& code, const ImportCondition* condition) const;

    // The values the mapping leaves empty on purpose, with how many cells held each:
    // "Team: \"Unknown team\"" -> 12.
    const QMap<QString, qint64>& ignoredValues() const { return m_ignored; }

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
    // ImportValidatorLogFields.cpp: what a council's own log records beyond Redress's shape.
    void assembleLogFields(RowReader& row, Case& record) const;
    void readReopenedDates(RowReader& row, Case& record) const;
    void suspendAsLogged(Case& record) const;

    ImportMapping m_mapping;
    ImportVocabulary m_vocabulary;
    CaseWorkflow::Rules m_rules;
    QHash<QString, int> m_columns; // field code -> column index
    QList<int> m_conditionColumns; // per condition of the mapping: the column it tests
    QList<QHash<QString, int>> m_conditionFields; // per condition: field code -> column index
    mutable QMap<QString, qint64> m_ignored;
    QHash<int, QString> m_headings;    // column index -> heading
    QHash<QString, qint64> m_seenKeys; // match key -> first row, for duplicates in the file
    AddMissing m_addMissing;
};

} // namespace redress::import

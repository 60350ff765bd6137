#pragma once

// Importer's private half, shared by the files it is split across: one reading of the sheet.

#include "import/ImportVocabulary.h"
#include "import/Importer.h"
#include "import/MissingValues.h"
#include "import/StageRows.h"
#include "spreadsheet/Workbook.h"
#include "storage/CasePartsBatch.h"
#include "storage/IndexSuspension.h"
#include "storage/InsertTriggerSuspension.h"
#include "workflow/CaseWriter.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <memory>
#include <optional>
#include <utility>

namespace redress::import {

// One reading of the sheet: checks each row as it comes and, for an import, writes it.
class Importer::Pass
{
public:
    Pass(Importer& importer, ImportResult& result, const ImportOptions& options,
         ImportVocabulary vocabulary, CaseWorkflow::Rules rules);

    Result<ImportResult> read(const spreadsheet::Workbook& workbook, int sheet);

private:
    struct Link
    {
        qint64 row = 0;
        qint64 caseId = 0; // the case written from the row; 0 when not written
        QString kind;
        QString reference;     // as the row gives it
        bool bySource = false; // the log's own reference, not a Redress one
    };
    // Later stages of a case already in Redress, written once every new case is.
    struct EarlierCase
    {
        qint64 row = 0;
        Case before;
        Case after;
    };

    Status take(const spreadsheet::SheetRow& row);
    Status start();
    Status check(const spreadsheet::SheetRow& row);
    Status checkRow(const spreadsheet::SheetRow& row, const FoldedRow* folded);
    Status foldStageRows();
    Result<qint64> caseNamed(const QString& reference) const;
    Status addToEarlierCase(const StageRows::Case& folded, qint64 caseId);
    ImportProblem earlierCaseProblem(const StageRows::Case& folded, const QString& field,
                                     const QString& message) const;
    Status writeEarlierStages();
    void noteIgnoredValues();
    Status checkLinks();
    Status beginWriting();
    void keepOthersWriting();
    Status suspendIndexesWhenLarge();
    Result<qint64> write(ImportCandidate& candidate);
    void refuseHiddenReference(qint64 row, const QString& reference);
    Status flushParts();
    Status finishWriting();

    Importer& m_importer;
    ImportResult& m_result;
    const ImportOptions& m_options;
    ImportVocabulary m_vocabulary;
    CaseWorkflow::Rules m_rules;
    QDateTime m_now;
    QList<spreadsheet::SheetRow> m_leading; // kept until the mapping is settled
    std::optional<ImportValidator> m_validator;
    std::unique_ptr<Database> m_counters;    // reference numbers, outside the transaction
    std::optional<CasePartsBatch> m_parts;   // new cases' stages and parts, many rows a statement
    std::pair<qint64, qint64> m_pendingRows; // the first and last row of those not yet written
    std::optional<CaseWriter> m_writer;
    std::optional<InsertTriggerSuspension> m_triggers; // their work done once all are written
    std::optional<IndexSuspension> m_indexes;          // built again once all are written
    qint64 m_casesBefore = 0;                 // cases in the database when the writing began
    std::optional<MissingValues> m_missing;   // with ImportOptions::addMissing
    QSet<QString> m_references;               // every reference in the file, for links
    QHash<QString, qint64> m_written;         // the file's reference -> the case written from it
    QList<Link> m_links;                      // joined once every case is written
    QHash<QString, qint64> m_writtenBySource; // the log's own reference -> the case written
    QHash<QString, qint64> m_people;          // complainant key -> person id, within this batch
    std::optional<StageRows> m_stageRows;     // a log of one row per stage, folded at the end
    QList<EarlierCase> m_earlierCases;        // stages to add to cases already in Redress
    qint64 m_cases = 0;                       // cases checked: a row each, unless folded
    ProblemCollector m_problems;
    qint64 m_read = 0;
};

} // namespace redress::import

#pragma once

#include "import/ImportMapping.h"
#include "import/ImportProblems.h"
#include "import/ImportValidator.h"
#include "util/Result.h"

#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace redress {
class Database;
}

namespace redress::import {

struct ImportOptions
{
    QString sheet;                        // by name; else the mapping's, else the first
    std::optional<ImportMapping> mapping; // else guessed from the headings and values
    bool dryRun = false;                  // check and preview only
    // Told how far through (0..1); returning false cancels, and nothing is written.
    std::function<bool(double fraction)> progress;
    // How many of the checked rows the result keeps as candidates, for a preview; the rest
    // are checked (and written) without being kept.
    qsizetype keepRows = 0;
    // Adds the values of open lists the log has and Redress does not, in the import's
    // transaction (see MissingValues), instead of reporting them. For an administrator only:
    // Session::importLog refuses it for anyone else.
    bool addMissing = false;
    // Told of every problem as it is found, however many there are (--all-problems).
    std::function<void(const ImportProblem&)> eachProblem;
};

// What an import found and did.
struct ImportResult
{
    QString fileName;
    QString checksum; // SHA-256 of the file, hex
    QString sheet;
    ImportMapping mapping;             // as used: given, or guessed
    qint64 rows = 0;                   // data rows read
    QList<ImportCandidate> candidates; // the first keepRows rows as they will be (were) imported
    // Any at all, and nothing was written. At most ProblemCap::perKind of each kind (the same
    // column and message) and ProblemCap::total in all are listed, each kind with more
    // followed by a line that counts the rest; problemCount counts every one.
    QList<ImportProblem> problems;
    qint64 problemCount = 0;
    qint64 problemsListed = 0; // of problemCount, how many are in problems themselves
    // The same problems grouped by column, value and message, in the order first found: what
    // the command line and the wizard show.
    QList<ImportProblemGroup> problemGroups;
    QStringList notes; // what the reader chose that the user should know (an encoding)
    // The values the mapping leaves empty on purpose, and how many cells held each.
    QStringList leftEmpty;
    QStringList added; // with addMissing: the values added (or, on a dry run, to be added)
    // Stages added (or, on a dry run, to be added) to cases already in Redress:
    // "stage 2 of CS-2020-00001 (row 3)".
    QStringList stagesAdded;
    qint64 imported = 0;
    qint64 skipped = 0; // already in the database from an earlier import
    qint64 batchId = 0;
    bool written = false;
};

// Brings a legacy log into Redress all or nothing: every row is checked, and written in one
// transaction as one import batch that can be undone as a whole; the sheet is read once, row
// by row, so a large log is never held in memory. One problem in any row and the transaction
// is rolled back, after every row has been checked so that every problem is reported. Rows whose
// source reference is already there are skipped, so importing the same file again adds nothing.
class Importer
{
public:
    Importer(Database& database, QString actor);

    // Fails (nothing written) when the file cannot be read, the sheet is not there, or the
    // import is cancelled; otherwise the result says what was found and done.
    Result<ImportResult> run(const QString& path, const ImportOptions& options);

    // Removes the batch's cases and everything that hangs off them, in one transaction, and
    // marks the batch undone. The audit trail keeps its record of them.
    Result<qint64> undo(qint64 batchId);

    static Result<QString> checksum(const QString& path);

private:
    class Pass;

    Result<qint64> existingCase(const ImportCandidate& candidate, const QString& fileName) const;

    Database& m_database;
    QString m_actor;
};

} // namespace redress::import

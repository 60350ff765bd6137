#pragma once

#include "domain/Case.h"
#include "util/Result.h"
#include "workflow/CaseWorkflow.h"

#include <QString>

namespace redress {
class Database;
}

namespace redress::import {

// The stages an import added to cases already in Redress, kept so that undoing the import
// takes them off again and puts each case back as it was before (its state, its closed date).
class ImportAddedStages
{
public:
    ImportAddedStages(Database& database, QString actor);

    // Notes that import batch `batchId` took `before` to `after` (its stages from the first
    // `before` did not have), from the sheet's row `row`.
    Status record(qint64 batchId, const Case& before, const Case& after, qint64 row);
    // Whether an import of a file of this name (not undone) added this stage to the case.
    Result<bool> addedBy(qint64 caseId, int stage, const QString& fileName) const;
    // Takes the stages the batch added off their cases, each case audited as changed by the
    // actor. Refused, changing nothing, for a case that has moved on past them since.
    Result<qint64> undo(qint64 batchId, const QString& fileName, const CaseWorkflow::Rules& rules);

private:
    Database& m_database;
    QString m_actor;
};

} // namespace redress::import

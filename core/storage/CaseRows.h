#pragma once

#include "domain/Case.h"
#include "util/Result.h"

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace redress {

// How a case's own row and a stage's row are read: shared by CaseRepository, which loads one
// case at a time, and the export, which reads many at once, so the two cannot drift apart.

// Select them FROM cases c LEFT JOIN person p ON p.id = c.complainant_id.
extern const QString caseColumns;
Case caseFromRow(const QSqlQuery& q);

// Select them after the stage's id, which caseFromRow reads from column 0.
extern const QString stageColumns;
Stage stageFromRow(const QSqlQuery& q);

// How they are written: by CaseRepository case by case, and by CasePartsBatch for many new
// cases at once, so the rows of the two are the same.

namespace sql {
class PreparedStatements;
}

// The values of stageColumns, in their order.
QVariantList stageValues(const Stage& s);
// Gives a child named on a case without an id the id of the child stored under the same social
// care reference, or of a new child row.
Status storeChild(sql::PreparedStatements& db, ChildConcerned& child);

} // namespace redress

#pragma once

#include "domain/Case.h"

#include <QSqlQuery>
#include <QString>

namespace redress {

// How a case's own row and a stage's row are read: shared by CaseRepository, which loads one
// case at a time, and the export, which reads many at once, so the two cannot drift apart.

// Select them FROM cases c LEFT JOIN person p ON p.id = c.complainant_id.
extern const QString caseColumns;
Case caseFromRow(const QSqlQuery& q);

// Select them after the stage's id, which caseFromRow reads from column 0.
extern const QString stageColumns;
Stage stageFromRow(const QSqlQuery& q);

} // namespace redress

#pragma once

#include "domain/Case.h"
#include "util/Result.h"

#include <QList>
#include <QString>

namespace redress {

class Database;

// A link is one row, written by the case it starts from (Case::links holds only those, so
// saving a case never copies another case's links). These read it from both ends.

// The kind of a link as seen from the case it points at: an enquiry's "lgsco_enquiry_of"
// is, from its complaint, "referred_to_lgsco", and the other way round; "related" stays.
QString reverseLinkKind(const QString& kind);

// Every case linked with `caseId`, whichever side wrote the link: its own links first, then
// those of other cases pointing at it, with their kinds as seen from this case. A pair
// written from both ends (as referring a case to the Ombudsman does) shows once.
Result<QList<CaseLink>> linkedCases(Database& database, qint64 caseId);

} // namespace redress

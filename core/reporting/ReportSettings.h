#pragma once

#include "reporting/ReportTable.h"
#include "util/Result.h"

#include <QList>
#include <QString>

namespace redress {

class ReferenceData;

// The council's own choice of what the category table counts, which every report and
// `redress-cli report` uses unless told otherwise. An administrator sets it; the change goes
// through ReferenceData, so it is refused to anyone else and audited.
struct CategoryBasisChoice
{
    Basis basis;
    QString label; // translated, for a picker
};

// The bases the category table can count, in the order a picker offers them.
QList<CategoryBasisChoice> categoryBasisChoices();

Result<Basis> councilCategoryBasis(const ReferenceData& reference);
Status setCouncilCategoryBasis(ReferenceData& reference, Basis basis);

} // namespace redress

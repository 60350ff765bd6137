#pragma once

#include "procedure/ProcedureProfile.h"
#include "storage/ReferenceData.h"
#include "util/Result.h"

#include <QList>
#include <QString>

namespace redress {

class Session;

// What every intake form offers, loaded once when the new-case dialog opens.
struct IntakeContext
{
    Session* session = nullptr;
    QList<TaxonomyTerm> channels;
    QList<TaxonomyTerm> complainantRoles;
    QList<TaxonomyTerm> childStatuses;
    QList<TaxonomyTerm> categories;
    QList<TaxonomyTerm> complimentFrom;
    QList<TaxonomyTerm> complimentThemes;
    QList<OrgUnit> units;
    ProcedureCatalog procedures;

    static Result<IntakeContext> load(Session& session);
};

} // namespace redress

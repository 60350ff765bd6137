#include "IntakeContext.h"

#include "session/Session.h"

#include <algorithm>

namespace redress {

namespace {
// Active terms only: a retired category is kept for old records but not offered.
Status loadTerms(ReferenceData& data, const char* taxonomy, QList<TaxonomyTerm>& into)
{
    auto terms = data.terms(QLatin1String(taxonomy));
    if (!terms)
        return Error{terms.error()};
    into = terms.value();
    into.erase(std::remove_if(into.begin(), into.end(),
                              [](const TaxonomyTerm& term) { return !term.active; }),
               into.end());
    return {};
}
} // namespace

Result<IntakeContext> IntakeContext::load(Session& session)
{
    IntakeContext context;
    context.session = &session;
    ReferenceData data = session.referenceData();
    const std::pair<const char*, QList<TaxonomyTerm>*> lists[] = {
        {"channel", &context.channels},
        {"complainant_role", &context.complainantRoles},
        {"child_status", &context.childStatuses},
        {"category", &context.categories},
        {"compliment_from", &context.complimentFrom},
        {"compliment_theme", &context.complimentThemes}};
    for (const auto& [taxonomy, into] : lists)
        if (Status loaded = loadTerms(data, taxonomy, *into); !loaded)
            return Error{loaded.error()};
    auto units = data.orgUnits();
    if (!units)
        return Error{units.error()};
    for (const OrgUnit& unit : units.value())
        if (unit.active)
            context.units.append(unit);
    auto procedures = data.procedures();
    if (!procedures)
        return Error{procedures.error()};
    context.procedures = procedures.value();
    return context;
}

} // namespace redress

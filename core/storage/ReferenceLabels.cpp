#include "ReferenceLabels.h"

#include "storage/ReferenceData.h"

namespace redress {

Result<ReferenceLabels> ReferenceLabels::load(Database& database)
{
    ReferenceData reference(database);
    ReferenceLabels labels;
    auto taxonomies = reference.taxonomies();
    if (!taxonomies)
        return Error{taxonomies.error()};
    for (const QString& taxonomy : taxonomies.value()) {
        auto terms = reference.terms(taxonomy);
        if (!terms)
            return Error{terms.error()};
        for (const TaxonomyTerm& term : terms.value())
            labels.m_labels.insert(taxonomy + u'/' + term.code, term.label);
    }
    auto units = reference.orgUnits();
    if (!units)
        return Error{units.error()};
    for (const OrgUnit& unit : units.value())
        labels.m_teams.insert(unit.id, unit.name);
    return labels;
}

QString ReferenceLabels::label(const QString& taxonomy, const QString& code) const
{
    return m_labels.value(taxonomy + u'/' + code, code);
}

} // namespace redress

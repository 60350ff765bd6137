#include "CaseLabels.h"

#include "session/Session.h"
#include "storage/ReferenceData.h"

namespace redress {

QString CaseLabels::load(Session& session)
{
    m_labels.clear();
    ReferenceData reference = session.referenceData();
    auto taxonomies = reference.taxonomies();
    if (!taxonomies)
        return taxonomies.error();
    for (const QString& taxonomy : taxonomies.value()) {
        auto terms = reference.terms(taxonomy);
        if (!terms)
            return terms.error();
        for (const TaxonomyTerm& term : terms.value())
            m_labels.insert(taxonomy + u'/' + term.code, term.label);
    }
    return {};
}

QString CaseLabels::label(const QString& taxonomy, const QString& code) const
{
    return m_labels.value(taxonomy + u'/' + code, code);
}

QString CaseLabels::learningStatus(const QString& code)
{
    if (code == u"proposed")
        return tr("Proposed");
    if (code == u"in_progress")
        return tr("In progress");
    if (code == u"implemented")
        return tr("Implemented");
    if (code == u"not_implemented")
        return tr("Not implemented");
    return code;
}

QString CaseLabels::costKind(const QString& code)
{
    if (code == u"investigating_officer")
        return tr("Investigating officer");
    if (code == u"independent_person")
        return tr("Independent person");
    if (code == u"panel")
        return tr("Review panel");
    if (code == u"other")
        return tr("Other");
    return code;
}

} // namespace redress

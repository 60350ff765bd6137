#include "ReportSettings.h"

#include "storage/ReferenceData.h"

#include <QCoreApplication>

namespace redress {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportSettings)
};

} // namespace

QList<CategoryBasisChoice> categoryBasisChoices()
{
    return {{Basis::Received, Text::tr("Of complaints received")},
            {Basis::Concluded, Text::tr("Of complaints responded to")}};
}

Result<Basis> councilCategoryBasis(const ReferenceData& reference)
{
    auto code = reference.reportCategoryBasis();
    if (!code)
        return Error{code.error()};
    const std::optional<Basis> basis = basisFromCode(code.value());
    // The table's own check allows only these two; anything else is a damaged row, and
    // the report falls back to the basis most councils publish.
    if (!basis || (*basis != Basis::Received && *basis != Basis::Concluded))
        return Basis::Received;
    return *basis;
}

Status setCouncilCategoryBasis(ReferenceData& reference, Basis basis)
{
    for (const CategoryBasisChoice& choice : categoryBasisChoices())
        if (choice.basis == basis)
            return reference.saveReportCategoryBasis(basisCode(basis), choice.label);
    return fail(Text::tr("The category table counts complaints received or concluded in the "
                         "period, not \"%1\"; nothing was changed")
                    .arg(basisLabel(basis)));
}

} // namespace redress

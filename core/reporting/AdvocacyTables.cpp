// Advocacy for the children that statutory complaints are about: by the child's status and by
// the organisation that provided the advocate (NYAS, Coram Voice…), as the councils publish it.
#include "ReportEngine_p.h"

#include <algorithm>

namespace redress::reporting {

Result<ReportTable> advocacyTable(const Context& context)
{
    ReportTable table(QStringLiteral("advocacy"),
                      Text::tr("Advocacy for children in statutory complaints"), Basis::Received);
    table.addColumn(QStringLiteral("label"), Text::tr("Status of the child, and advocacy provider"),
                    ColumnKind::Label);
    for (const auto& [id, label] :
         {std::pair{QStringLiteral("children"), Text::tr("Children")},
          std::pair{QStringLiteral("offered"), Text::tr("Advocate offered")},
          std::pair{QStringLiteral("provided"), Text::tr("Advocate provided")}})
        table.addColumn(id, label, ColumnKind::Count).unit = QStringLiteral("children");

    Query population = complaintStages(context, 1, Procedure::Statutory);
    population.join(QStringLiteral("JOIN report_case_child k ON k.case_id = c.id"));
    const Query children = on(population, Basis::Received, context.period());
    const Query offered = Query(children).where(QStringLiteral("k.advocate_offered = 1"));
    const Query provided = Query(children).where(QStringLiteral("k.advocate_provider <> ''"));

    const Key status{QStringLiteral("k.status"), {}};
    QList<Grouped> byStatus;
    for (const Query& query : {children, offered, provided}) {
        auto grouped = group(context, query, status);
        if (!grouped)
            return Error{grouped.error()};
        byStatus << grouped.value();
    }
    const QString statusPrefix = QStringLiteral("status:");
    QList<const Grouped*> counted;
    for (const Grouped& grouped : byStatus)
        counted << &grouped;
    addTermRows(context, table, QStringLiteral("child_status"), counted, statusPrefix);
    const QString statusTotal = statusPrefix + QStringLiteral("total");
    table.addRow(statusTotal, Text::tr("Total"), RowRole::Total);
    const QStringList ids{QStringLiteral("children"), QStringLiteral("offered"),
                          QStringLiteral("provided")};
    for (int i = 0; i < ids.size(); ++i)
        fill(context, table, ids.at(i), byStatus.at(i), statusPrefix, statusTotal);

    // Providers are written as they were recorded, so each spelling is its own row.
    table.newSection();
    auto byProvider = group(context, provided, {QStringLiteral("k.advocate_provider"), {}});
    if (!byProvider)
        return Error{byProvider.error()};
    QStringList providers = byProvider->counts.keys();
    std::sort(providers.begin(), providers.end(), [](const QString& a, const QString& b) {
        return QString::localeAwareCompare(a, b) < 0;
    });
    const QString providerPrefix = QStringLiteral("provider:");
    for (const QString& provider : std::as_const(providers))
        table.addRow(providerPrefix + rowKeyFor(provider), provider);
    const QString providerTotal = providerPrefix + QStringLiteral("total");
    table.addRow(providerTotal, Text::tr("Total with an advocate"), RowRole::Total);
    fill(context, table, QStringLiteral("provided"), byProvider.value(), providerPrefix,
         providerTotal);

    table.setNote(Text::tr("Children in children's statutory complaints received at stage 1: "
                           "by each child's status when the complaint came in, whether an "
                           "advocate was offered and whether one was provided; then by the "
                           "organisation that provided the advocate. A complaint about several "
                           "children counts each of them."));
    return table;
}

} // namespace redress::reporting

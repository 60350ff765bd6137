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

namespace redress::reporting {

Result<ReportTable> advocacyHistoryTable(const Context& context)
{
    ReportTable table(QStringLiteral("advocacy_history"),
                      Text::tr("Advocacy for children's own complaints, year by year"),
                      Basis::Received);
    const int quarter = context.scope().quarter();
    table.addColumn(QStringLiteral("label"), quarter > 0 ? Text::tr("Quarter") : Text::tr("Year"),
                    ColumnKind::Label);
    // the years are not parts of a whole, so nothing here adds up
    table
        .addColumn(QStringLiteral("complaints"), Text::tr("Children's complaints"),
                   ColumnKind::Count)
        .additive = false;
    table.addColumn(QStringLiteral("offered"), Text::tr("Advocate offered"), ColumnKind::Count)
        .additive = false;
    table.addColumn(QStringLiteral("offered_percent"), Text::tr("% offered"), ColumnKind::Percent)
        .additive = false;
    table.addColumn(QStringLiteral("taken_up"), Text::tr("With an advocate"), ColumnKind::Count)
        .additive = false;
    table
        .addColumn(QStringLiteral("taken_up_percent"), Text::tr("% with an advocate"),
                   ColumnKind::Percent)
        .additive = false;

    // The by_complainant table's definitions: a child or young person, a care leaver or an
    // advocate made the complaint; an advocate was provided to the complainant or a child, or
    // is the complainant.
    Query children = complaintStages(context, 1);
    children.where(
        QStringLiteral("c.complainant_role IN (?, ?, ?)"),
        {QStringLiteral("child"), QStringLiteral("care_leaver"), QStringLiteral("advocate")});
    const Condition offered{
        QStringLiteral("(c.advocacy_offered = 1 OR EXISTS (SELECT 1 FROM report_case_child ko "
                       "WHERE ko.case_id = c.id AND ko.advocate_offered = 1))"),
        {}};
    const Condition takenUp{
        QStringLiteral("(c.advocate_provided_by <> '' OR c.complainant_role = ? OR EXISTS "
                       "(SELECT 1 FROM report_case_child kt WHERE kt.case_id = c.id AND "
                       "kt.advocate_provider <> ''))"),
        {QStringLiteral("advocate")}};
    const int year = context.scope().financialYear();
    QList<Period> periods;
    QList<Measure> measures;
    for (int y = year - 6; y <= year; ++y) {
        periods << (quarter > 0 ? Period::quarter(y, quarter) : Period::financialYear(y));
        const Condition received = basisCondition(children, Basis::Received, periods.last());
        measures << countIf(received) << countIf(both(received, offered.sql, offered.values))
                 << countIf(both(received, takenUp.sql, takenUp.values));
    }
    // every year in one scan over the seven
    auto counts = measureAll(context, on(children, Basis::Received, spanOf(periods)), measures);
    if (!counts)
        return Error{counts.error()};
    int measured = 0;
    for (int i = 0; i < periods.size(); ++i) {
        const Period& period = periods.at(i);
        const QString key = QString::number(year - 6 + i);
        table.addRow(key, period.label());
        const Query received = on(children, Basis::Received, period);
        QList<std::pair<QString, Query>> columns{{QStringLiteral("complaints"), received}};
        for (const auto& [id, condition] : {std::pair{QStringLiteral("offered"), offered},
                                            std::pair{QStringLiteral("taken_up"), takenUp}})
            columns.append({id, Query(received).where(condition.sql, condition.values)});
        for (const auto& [id, query] : columns) {
            table.setCell(key, id, counts->at(measured++));
            context.trace(key, id, query);
        }
        const qint64 all = table.cell(key, u"complaints").toLongLong();
        table.setCell(key, u"offered_percent",
                      ReportTable::percent(table.cell(key, u"offered").toLongLong(), all));
        table.setCell(key, u"taken_up_percent",
                      ReportTable::percent(table.cell(key, u"taken_up").toLongLong(), all));
    }
    table.setNote(
        Text::tr("Complaints children and young people made at stage 1 (themselves, as care "
                 "leavers or through an advocate), in each of the last seven years: how many "
                 "were offered an advocate (the complainant or a child concerned), and how "
                 "many had one, each as a share of the children's complaints."));
    return table;
}

} // namespace redress::reporting

// Complaints per 1,000 for each service area, from the figures entered for it for the year
// (Administration › Year figures): its open cases and the contacts it took, as 001 ("<1.5% of
// 25,000 safeguarding cases") and 002 (13,074 contacts) give them.
#include "ReportEngine_p.h"
#include "StagePopulation.h"
#include "storage/Sql.h"

namespace redress::reporting {

Result<ReportTable> serviceContextTable(const Context& context)
{
    ReportTable table(QStringLiteral("context_by_service"),
                      Text::tr("Complaints in context, by service area"), Basis::Mixed);
    table.addColumn(QStringLiteral("label"), Text::tr("Service area"), ColumnKind::Label);
    ReportColumn& complaints = table.addColumn(QStringLiteral("complaints"),
                                               Text::tr("Complaints received"), ColumnKind::Count);
    complaints.basis = Basis::Received;
    const QList<std::pair<QString, QString>> figures{
        {QStringLiteral("open_cases"), Text::tr("Open cases")},
        {QStringLiteral("contacts"), Text::tr("Contacts")}};
    for (const auto& [id, label] : figures) {
        table.addColumn(id, label, ColumnKind::Figure).basis = Basis::Figures;
        ReportColumn& rate =
            table.addColumn(id + QStringLiteral("_per_1000"),
                            Text::tr("Per 1,000 %1").arg(label.toLower()), ColumnKind::Rate);
        rate.basis = Basis::Figures;
        rate.additive = false;
    }

    const Query received =
        withUnits(on(complaintStages(context, 1), Basis::Received, context.period()));
    auto population = StagePopulation::of(context);
    if (!population)
        return Error{population.error()};
    const StagePopulation& stages = *population.value();
    const std::optional<Grouped> byUnit =
        groupedFrom(stages
                        .count(Basis::Received, {context.period()}, stageFilter(stages, 1),
                               [](const PopulationStage& stage) { return stage.unit; })
                        .at(0),
                    received, unitKey());
    addServiceRows(context, table, {&byUnit.value()}, false);
    table.addRow(QStringLiteral("total"), Text::tr("All service areas"), RowRole::Total);
    fillUnits(context, table, QStringLiteral("complaints"), byUnit.value());

    // The figures of the financial year the period is in, by service area.
    auto entered =
        sql::exec(context.sql(),
                  QStringLiteral("SELECT o.code, f.open_cases, f.contacts FROM "
                                 "service_year_context f JOIN org_unit o ON o.id = f.org_unit_id "
                                 "WHERE f.financial_year = ?"),
                  {financialYearOf(context.period().first)});
    if (!entered)
        return Error{entered.error()};
    while (entered->next()) {
        const QString rowKey = entered->value(0).toString();
        if (!table.row(rowKey))
            continue;
        const qint64 count = table.cell(rowKey, u"complaints").toLongLong();
        for (int i = 0; i < figures.size(); ++i) {
            const QVariant value = entered->value(i + 1);
            if (value.isNull())
                continue;
            const QString& id = figures.at(i).first;
            table.setCell(rowKey, id, value.toLongLong());
            table.setCell(rowKey, QString(id + QStringLiteral("_per_1000")),
                          ReportTable::rate(count, value.toLongLong(), 1000));
        }
    }
    table.setNote(Text::tr(
        "Stage 1 complaints received in the period by the service area they count under, per "
        "1,000 of the service's open cases and per 1,000 of the contacts it took, from the "
        "figures entered for the financial year in Administration (blank where none were "
        "entered). A quarter's complaints are divided by the year's figures."));
    return table;
}

} // namespace redress::reporting

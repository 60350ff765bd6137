// Tables the councils' own reports publish beside the statutory ones: compensation paid on
// complaints, and the executive summary of changes on last year (with stage 1 of both
// procedures combined).
#include "ReportEngine_p.h"

using namespace Qt::StringLiterals;

namespace redress::reporting {

namespace {

QList<std::pair<QString, Period>> periodsOf(const Context& context)
{
    QList<std::pair<QString, Period>> periods{{QString(), context.period()}};
    if (context.comparison())
        periods.append({QStringLiteral("prev_"), *context.comparison()});
    return periods;
}

// Financial remedies on complaints as `r`, with their case `c` and stage `s`. A remedy counts
// in the period it was agreed; one recorded without that date, when its stage was answered.
Query financialRemedies(const Context& context)
{
    Query query;
    query.from = QStringLiteral(
        "report_remedy r JOIN report_cases c ON c.id = r.case_id LEFT JOIN report_stage s ON "
        "s.case_id = c.id AND s.number = r.stage_number");
    query.start = QStringLiteral("COALESCE(r.agreed_on, s.responded_on)");
    query.end = query.start;
    query.where(QStringLiteral("c.kind = ?"), {caseKindCode(CaseKind::Complaint)});
    query.where(QStringLiteral("r.type = ?"), {QStringLiteral("financial")});
    if (context.scope().procedure)
        query.where(QStringLiteral("c.procedure = ?"), {procedureCode(*context.scope().procedure)});
    return query;
}

Key remedyStageKey()
{
    return {QStringLiteral("c.procedure || '_stage' || CAST(r.stage_number AS TEXT)"), {}};
}

} // namespace

Result<ReportTable> compensationTable(const Context& context)
{
    ReportTable table(QStringLiteral("compensation"), Text::tr("Compensation on complaints"),
                      Basis::Concluded);
    table.addColumn(QStringLiteral("label"), Text::tr("Procedure and stage"), ColumnKind::Label);
    const QList<std::pair<QString, Period>> periods = periodsOf(context);
    for (const auto& [prefix, period] : periods) {
        const QString suffix = prefix.isEmpty() ? QString() : u", "_s + period.label();
        table.addColumn(prefix + u"cases"_s, Text::tr("Complaints") + suffix, ColumnKind::Count)
            .additive = false;
        table.addColumn(prefix + u"amount"_s, Text::tr("Amount") + suffix, ColumnKind::Money);
    }
    if (context.comparison()) {
        table.addColumn(QStringLiteral("change"), Text::tr("Change"), ColumnKind::Change);
        table.addColumn(QStringLiteral("change_percent"), Text::tr("Change %"),
                        ColumnKind::Percent);
    }
    QList<KindRow> rows;
    for (const KindRow& row : kindRows(context))
        if (row.procedure) {
            rows << row;
            table.addRow(row.key, row.label);
        }
    table.addRow(QStringLiteral("total"), Text::tr("Total"), RowRole::Total);

    const Query population = financialRemedies(context);
    const Key key = remedyStageKey();
    QList<Measure> measures;
    QList<Period> spans;
    for (const auto& [prefix, period] : periods) {
        const Condition in = basisCondition(population, Basis::Concluded, period);
        measures << distinctIf(in) << sumIf(QStringLiteral("r.amount_pence"), in);
        spans << period;
    }
    const Query scanned = on(population, Basis::Concluded, spanOf(spans));
    auto measured = measureBy(context, scanned, key, measures);
    if (!measured)
        return Error{measured.error()};
    auto totals = measureAll(context, scanned, measures);
    if (!totals)
        return Error{totals.error()};
    for (int p = 0; p < periods.size(); ++p) {
        const auto& [prefix, period] = periods.at(p);
        const Query agreed = on(population, Basis::Concluded, period);
        for (const KindRow& row : rows) {
            const QList<qint64> values = measured->value(row.key);
            table.setCell(row.key, QString(prefix + u"cases"_s), values.value(2 * p));
            table.setCell(row.key, QString(prefix + u"amount"_s), values.value(2 * p + 1));
            context.trace(row.key, prefix + u"cases"_s, withKey(agreed, key, row.key));
        }
        // a complaint compensated at two stages is one complaint
        table.setCell(u"total", QString(prefix + u"cases"_s), totals->value(2 * p));
        table.setCell(u"total", QString(prefix + u"amount"_s), totals->value(2 * p + 1));
        context.trace(QStringLiteral("total"), prefix + u"cases"_s, agreed);
    }
    table.fillChange(u"amount", u"prev_amount", u"change", u"change_percent");
    table.setNote(
        Text::tr("Complaints with a financial remedy agreed in the period (or, where no date of "
                 "agreement is recorded, answered in it), and the amounts, by the stage that "
                 "agreed them. A complaint compensated at two stages counts at each, and once "
                 "in the total. Compensation the Ombudsman recommended is in the Ombudsman "
                 "tables."));
    return table;
}

Result<ReportTable> changesTable(const Context& context)
{
    ReportTable table(QStringLiteral("changes_on_last_year"), Text::tr("Changes on last year"),
                      Basis::Received);
    table.addColumn(QStringLiteral("label"), Text::tr("Kind and stage"), ColumnKind::Label);
    table.addColumn(QStringLiteral("count"), context.currentLabel(), ColumnKind::Count).additive =
        false;
    if (context.comparison()) {
        table.addColumn(QStringLiteral("prev_count"), context.comparisonLabel(), ColumnKind::Count)
            .additive = false;
        table.addColumn(QStringLiteral("difference"), Text::tr("Difference"), ColumnKind::Figure)
            .additive = false;
        table.addColumn(QStringLiteral("change"), Text::tr("Change"), ColumnKind::Change);
        table.addColumn(QStringLiteral("change_percent"), Text::tr("Change %"),
                        ColumnKind::Percent);
    }
    struct Line
    {
        QString key;
        Query population;
    };
    QList<Line> lines;
    // stage 1 of both procedures together, as the councils' summaries open with
    const bool combined = context.complaintProcedures().size() > 1;
    if (combined) {
        table.addRow(QStringLiteral("stage1_combined"),
                     Text::tr("Stage 1 complaints, statutory and corporate"));
        lines.append({QStringLiteral("stage1_combined"), complaintStages(context, 1)});
    }
    for (const KindRow& row : kindRows(context)) {
        table.addRow(row.key, row.label);
        lines.append({row.key, kindRowQuery(context, row)});
    }
    const QList<std::pair<QString, Period>> periods = periodsOf(context);
    QList<std::pair<Basis, Period>> cells;
    for (const auto& [prefix, period] : periods)
        cells.append({Basis::Received, period});
    auto counts = kindRowCounts(context, cells);
    if (!counts)
        return Error{counts.error()};
    for (int p = 0; p < periods.size(); ++p) {
        const auto& [prefix, period] = periods.at(p);
        const QString column = prefix + u"count"_s;
        for (const Line& line : lines) {
            qint64 value = counts->at(p).value(line.key, 0);
            if (line.key == u"stage1_combined")
                value = counts->at(p).value(QStringLiteral("statutory_stage1"), 0) +
                        counts->at(p).value(QStringLiteral("corporate_stage1"), 0);
            table.setCell(line.key, column, value);
            context.trace(line.key, column, on(line.population, Basis::Received, period));
        }
    }
    if (context.comparison()) {
        for (const Line& line : lines)
            table.setCell(line.key, u"difference",
                          table.cell(line.key, u"count").toLongLong() -
                              table.cell(line.key, u"prev_count").toLongLong());
        table.fillChange(u"count", u"prev_count", u"change", u"change_percent");
    }
    table.setNote(
        Text::tr("Every headline line against the period compared with: the difference in "
                 "number and as a percentage of the earlier figure. Counted as the headline "
                 "table counts them (on receipt); the first line adds stage 1 of the statutory "
                 "and corporate procedures together. The lines are not added up."));
    return table;
}

} // namespace redress::reporting

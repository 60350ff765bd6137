// The Local Government and Social Care Ombudsman: decisions on enquiries, and the council's
// compliance with its recommendations, with the compensation they asked for.
#include "ReportEngine_p.h"
#include "storage/Sql.h"

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

// Ombudsman enquiries with their decision as `d`; they conclude on the decision (or, with no
// decision date recorded, when the enquiry was closed).
Query decisions()
{
    Query query = casesOfKinds({CaseKind::OmbudsmanEnquiry});
    query.join(QStringLiteral("JOIN report_ombudsman_decision d ON d.case_id = c.id"));
    query.end = QStringLiteral("COALESCE(d.decided_on, c.closed_on)");
    return query;
}

} // namespace

Result<ReportTable> ombudsmanTable(const Context& context)
{
    ReportTable table(QStringLiteral("ombudsman"), Text::tr("Ombudsman (LGSCO) decisions"),
                      Basis::Concluded);
    table.addColumn(QStringLiteral("label"), Text::tr("Decision"), ColumnKind::Label);
    addCountColumns(context, table);
    table.addColumn(QStringLiteral("compensation"), Text::tr("Compensation recommended"),
                    ColumnKind::Money);

    const Key key{QStringLiteral("d.decision"), {}};
    QList<std::pair<QString, Grouped>> counted;
    for (const auto& [prefix, period] : periodsOf(context)) {
        auto grouped = group(context, on(decisions(), Basis::Concluded, period), key);
        if (!grouped)
            return Error{grouped.error()};
        counted.append({prefix + u"count"_s, grouped.value()});
    }
    Query withMoney = on(decisions(), Basis::Concluded, context.period());
    withMoney.join(QStringLiteral("JOIN report_ombudsman_recommendation x ON x.case_id = c.id"));
    auto money = group(context, withMoney, key, QStringLiteral("SUM(x.amount_pence)"));
    if (!money)
        return Error{money.error()};

    QList<const Grouped*> all;
    for (const auto& entry : counted)
        all << &entry.second;
    addTermRows(context, table, QStringLiteral("lgsco_decision"), all);
    table.addRow(QStringLiteral("total"), Text::tr("Decided in the period"), RowRole::Total);
    for (const auto& [column, grouped] : counted)
        fill(context, table, column, grouped);
    fill(context, table, QStringLiteral("compensation"), money.value());

    const QList<std::tuple<QString, QString, QString>> memos{
        {QStringLiteral("fault_found"), Text::tr("Fault found"),
         QStringLiteral("d.fault_found = ?")},
        {QStringLiteral("injustice_found"), Text::tr("Injustice found"),
         QStringLiteral("d.injustice_found = ?")},
        {QStringLiteral("remedy_already_provided"),
         Text::tr("The council had already provided a satisfactory remedy"),
         QStringLiteral("d.remedy_already_provided = ?")}};
    for (const auto& [memoKey, label, condition] : memos) {
        table.addRow(memoKey, label, RowRole::Memo);
        for (const auto& [prefix, period] : periodsOf(context)) {
            Query query = on(decisions(), Basis::Concluded, period);
            query.where(condition, {1});
            auto count = countAll(context, query);
            if (!count)
                return Error{count.error()};
            table.setCell(memoKey, QString(prefix + u"count"_s), count.value());
            context.trace(memoKey, prefix + u"count"_s, query);
        }
    }
    finishCountColumns(context, table);
    table.setNote(
        Text::tr("Ombudsman enquiries decided in the period, by the Ombudsman's decision (older "
                 "decision categories still report under their own names). Enquiries "
                 "received, worked on and ongoing are in the headline and caseload tables. "
                 "Compensation recommended is the total of the recommendations' amounts."));
    return table;
}

Result<ReportTable> ombudsmanByReceiptTable(const Context& context)
{
    ReportTable table(QStringLiteral("ombudsman_by_receipt"),
                      Text::tr("Ombudsman (LGSCO) decisions on the enquiries received"),
                      Basis::Received);
    table.addColumn(QStringLiteral("label"), Text::tr("Decision"), ColumnKind::Label);
    addCountColumns(context, table);
    table.addColumn(QStringLiteral("compensation"), Text::tr("Compensation recommended"),
                    ColumnKind::Money);

    // every enquiry received, decided or not: those without a decision group under ''
    Query received = casesOfKinds({CaseKind::OmbudsmanEnquiry});
    received.join(QStringLiteral("LEFT JOIN report_ombudsman_decision d ON d.case_id = c.id"));
    const Key key{QStringLiteral("d.decision"), {}};
    QList<std::pair<QString, Grouped>> counted;
    for (const auto& [prefix, period] : periodsOf(context)) {
        auto grouped = group(context, on(received, Basis::Received, period), key);
        if (!grouped)
            return Error{grouped.error()};
        counted.append({prefix + u"count"_s, grouped.value()});
    }
    Query withMoney = on(received, Basis::Received, context.period());
    withMoney.join(QStringLiteral("JOIN report_ombudsman_recommendation x ON x.case_id = c.id"));
    auto money = group(context, withMoney, key, QStringLiteral("SUM(x.amount_pence)"));
    if (!money)
        return Error{money.error()};

    QList<const Grouped*> all;
    for (const auto& entry : counted)
        all << &entry.second;
    addTermRows(context, table, QStringLiteral("lgsco_decision"), all);
    if (table.row(u"not_recorded"))
        table.setCell(u"not_recorded", u"label", Text::tr("No decision recorded yet"));
    table.addRow(QStringLiteral("total"), Text::tr("Received in the period"), RowRole::Total);
    for (const auto& [column, grouped] : counted)
        fill(context, table, column, grouped);
    fill(context, table, QStringLiteral("compensation"), money.value());
    finishCountColumns(context, table);
    table.setNote(
        Text::tr("Ombudsman enquiries received in the period, by the decision recorded on them "
                 "when the report was produced, whenever it was made; enquiries not decided "
                 "yet are counted apart. The ombudsman table counts decisions by the date they "
                 "were made."));
    return table;
}

Result<ReportTable> ombudsmanRecommendationsTable(const Context& context)
{
    ReportTable table(QStringLiteral("ombudsman_recommendations"),
                      Text::tr("Ombudsman recommendations complied with"), Basis::Due);
    table.addColumn(QStringLiteral("label"), Text::tr("Compliance"), ColumnKind::Label);
    addCountColumns(context, table);
    for (const QString& id : {QStringLiteral("count"), QStringLiteral("prev_count")})
        if (ReportColumn* column = table.column(id))
            column->unit = QStringLiteral("recommendations");
    table.addColumn(QStringLiteral("amount"), Text::tr("Amount"), ColumnKind::Money);

    struct Row
    {
        QString key;
        QString label;
        QString condition; // values: the period's last day, where there is a ?
    };
    const QList<Row> rows{
        {QStringLiteral("on_time"), Text::tr("Complied with on time"),
         QStringLiteral("x.complied_on IS NOT NULL AND x.complied_on <= x.due_on")},
        {QStringLiteral("late"), Text::tr("Complied with late, by the end of the period"),
         QStringLiteral("x.complied_on > x.due_on AND x.complied_on <= ?")},
        {QStringLiteral("outstanding"), Text::tr("Not complied with by the end of the period"),
         QStringLiteral("(x.complied_on IS NULL OR x.complied_on > ?)")}};
    for (const Row& row : rows)
        table.addRow(row.key, row.label);
    table.addRow(QStringLiteral("total"), Text::tr("Due in the period"), RowRole::Total);

    for (const auto& [prefix, period] : periodsOf(context)) {
        Query due;
        due.from = QStringLiteral(
            "report_ombudsman_recommendation x JOIN report_cases c ON c.id = x.case_id");
        due.where(QStringLiteral("x.due_on BETWEEN ? AND ?"),
                  {sql::date(period.first), sql::date(period.last)});
        qint64 total = 0;
        qint64 totalAmount = 0;
        for (const Row& row : rows) {
            Query query = due;
            query.where(row.condition, row.condition.contains(u'?')
                                           ? QVariantList{sql::date(period.last)}
                                           : QVariantList{});
            auto count = countAll(context, query);
            if (!count)
                return Error{count.error()};
            table.setCell(row.key, QString(prefix + u"count"_s), count.value());
            context.trace(row.key, prefix + u"count"_s, query);
            total += count.value();
            if (!prefix.isEmpty())
                continue;
            auto amount = countAll(context, query, QStringLiteral("SUM(x.amount_pence)"));
            if (!amount)
                return Error{amount.error()};
            table.setCell(row.key, u"amount", amount.value());
            context.trace(row.key, QStringLiteral("amount"), query);
            totalAmount += amount.value();
        }
        table.setCell(u"total", QString(prefix + u"count"_s), total);
        context.trace(QStringLiteral("total"), prefix + u"count"_s, due);
        if (prefix.isEmpty()) {
            table.setCell(u"total", u"amount", totalAmount);
            context.trace(QStringLiteral("total"), QStringLiteral("amount"), due);
        }
    }
    finishCountColumns(context, table);
    table.setNote(
        Text::tr("The Ombudsman's recommendations whose due date fell in the period, and "
                 "whether the council complied by then (on time: on or before the due date). "
                 "Counts are of recommendations; drill-down gives their enquiries. The amount "
                 "of those complied with is the compensation paid."));
    return table;
}

} // namespace redress::reporting

namespace redress::reporting {

namespace {

// The Ombudsman upholds a complaint when it finds fault, whether or not the fault caused an
// injustice; it investigated those it upheld or did not.
const QStringList upheldDecisions{QStringLiteral("upheld"), QStringLiteral("fault_no_injustice"),
                                  QStringLiteral("upheld_maladministration_injustice")};
const QStringList notUpheldDecisions{QStringLiteral("not_upheld"),
                                     QStringLiteral("not_upheld_no_maladministration")};

QString inList(const QStringList& codes)
{
    return QStringLiteral("d.decision IN (%1)").arg(QStringList(codes.size(), u"?"_s).join(u", "));
}

QVariantList valuesOf(const QStringList& codes)
{
    return QVariantList(codes.begin(), codes.end());
}

} // namespace

Result<ReportTable> ombudsmanUpholdRateTable(const Context& context)
{
    ReportTable table(QStringLiteral("ombudsman_uphold_rate"),
                      Text::tr("Ombudsman investigations upheld, beside the national rate"),
                      Basis::Concluded);
    table.addColumn(QStringLiteral("label"), Text::tr("Year"), ColumnKind::Label);
    // the periods are not parts of a whole
    table.addColumn(QStringLiteral("investigated"), Text::tr("Investigated"), ColumnKind::Count)
        .additive = false;
    table.addColumn(QStringLiteral("upheld"), Text::tr("Upheld"), ColumnKind::Count).additive =
        false;
    table.addColumn(QStringLiteral("upheld_percent"), Text::tr("% upheld"), ColumnKind::Percent)
        .additive = false;
    table
        .addColumn(QStringLiteral("national_percent"), Text::tr("% upheld nationally"),
                   ColumnKind::Percent)
        .additive = false;
    table.column(u"national_percent")->basis = Basis::Figures;

    QList<std::pair<QString, Period>> periods{{QStringLiteral("current"), context.period()}};
    if (context.comparison())
        periods.append({QStringLiteral("previous"), *context.comparison()});
    ReferenceData reference(context.database());
    for (const auto& [key, period] : periods) {
        table.addRow(key, period.label());
        Query decided = on(decisions(), Basis::Concluded, period);
        const Query investigated =
            Query(decided).where(inList(upheldDecisions + notUpheldDecisions),
                                 valuesOf(upheldDecisions + notUpheldDecisions));
        const Query upheld =
            Query(decided).where(inList(upheldDecisions), valuesOf(upheldDecisions));
        for (const auto& [column, query] : {std::pair{QStringLiteral("investigated"), investigated},
                                            std::pair{QStringLiteral("upheld"), upheld}}) {
            auto count = countAll(context, query);
            if (!count)
                return Error{count.error()};
            table.setCell(key, column, count.value());
            context.trace(key, column, query);
        }
        table.setCell(key, u"upheld_percent",
                      ReportTable::percent(table.cell(key, u"upheld").toLongLong(),
                                           table.cell(key, u"investigated").toLongLong()));
        auto national = reference.ombudsmanNationalUphold(financialYearOf(period.first));
        if (!national)
            return Error{national.error()};
        if (national.value())
            table.setCell(key, u"national_percent", *national.value() / 10.0);
    }
    table.setNote(
        Text::tr("Ombudsman enquiries decided in the period after a detailed investigation "
                 "(upheld, including fault found without injustice, or not upheld; not those "
                 "closed after initial enquiries or referred back), those upheld and their "
                 "share, beside the share the Ombudsman upheld nationally that year as an "
                 "administrator entered it (Administration, Year figures)."));
    return table;
}

Result<ReportTable> ombudsmanRemedyTypesTable(const Context& context)
{
    ReportTable table(QStringLiteral("ombudsman_remedy_types"),
                      Text::tr("Types of remedy the Ombudsman recommended"), Basis::Concluded);
    table.addColumn(QStringLiteral("label"), Text::tr("Type of remedy"), ColumnKind::Label);
    addCountColumns(context, table, Text::tr("Recommendations"));
    for (const QString& id : {u"count"_s, u"prev_count"_s})
        if (ReportColumn* column = table.column(id))
            column->unit = QStringLiteral("recommendations");
    table.addColumn(QStringLiteral("amount"), Text::tr("Amount recommended"), ColumnKind::Money);

    // one row per recommendation, so each is counted once under its own type
    auto recommendations = [](const Period& period) {
        Query query = on(decisions(), Basis::Concluded, period);
        query.join(QStringLiteral("JOIN report_ombudsman_recommendation x ON x.case_id = c.id"));
        return query;
    };
    const Key key{QStringLiteral("x.remedy_type"), {}};
    QList<std::pair<QString, Grouped>> counted;
    for (const auto& [prefix, period] : periodsOf(context)) {
        auto grouped = group(context, recommendations(period), key);
        if (!grouped)
            return Error{grouped.error()};
        counted.append({prefix + u"count"_s, grouped.value()});
    }
    auto money = group(context, recommendations(context.period()), key,
                       QStringLiteral("SUM(x.amount_pence)"));
    if (!money)
        return Error{money.error()};

    QList<const Grouped*> all;
    for (const auto& entry : counted)
        all << &entry.second;
    addTermRows(context, table, QStringLiteral("ombudsman_remedy_type"), all);
    table.addRow(QStringLiteral("total"), Text::tr("Recommended in decisions of the period"),
                 RowRole::Total);
    for (const auto& [column, grouped] : counted)
        fill(context, table, column, grouped);
    fill(context, table, QStringLiteral("amount"), money.value());
    finishCountColumns(context, table);
    table.setNote(Text::tr("The Ombudsman's recommendations, by type of remedy, counted by the "
                           "date of the decision that made them, as the decisions table counts "
                           "decisions; a decision with several recommendations counts each."));
    return table;
}

} // namespace redress::reporting

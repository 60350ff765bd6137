// Children's own complaints beside adults' (Ofsted and elected members ask for them), and the
// list of those still open that a Children's Rights team works from.
#include "ReportEngine_p.h"
#include "StagePopulation.h"
#include "StageTimings.h"
#include "storage/Sql.h"

#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace redress::reporting {

namespace {

// Complainants counted as children and young people: as by_complainant's memo row, a child,
// a care leaver, or an advocate speaking for one.
const QString childRoles = QStringLiteral("c.complainant_role IN (?, ?, ?)");
const QVariantList childRoleValues{QStringLiteral("child"), QStringLiteral("care_leaver"),
                                   QStringLiteral("advocate")};
const QString inCare = QStringLiteral("EXISTS (SELECT 1 FROM report_case_child kc WHERE "
                                      "kc.case_id = c.id AND kc.status = ?)");

// One column of the cross-tables: whose complaints it counts.
struct Whose
{
    QString id;
    QString label;
    QString condition;
    QVariantList values;
};

QList<Whose> whoseColumns()
{
    QVariantList inCareValues = childRoleValues;
    inCareValues << QStringLiteral("child_in_care");
    return {
        {QStringLiteral("children"), Text::tr("Children and young people"), childRoles,
         childRoleValues},
        {QStringLiteral("children_in_care"), Text::tr("Of which about a child in care"),
         childRoles + u" AND "_s + inCare, inCareValues},
        {QStringLiteral("adults"), Text::tr("Adults"),
         QStringLiteral("c.complainant_role <> '' AND c.complainant_role NOT IN (?, ?, ?)"),
         childRoleValues},
        {QStringLiteral("role_not_recorded"),
         Text::tr("Complainant not recorded"),
         QStringLiteral("c.complainant_role = ''"),
         {}},
        {QStringLiteral("total"), Text::tr("All complaints"), {}, {}},
    };
}

// The columns of a cross-table; where one complaint can count in several rows (categories),
// none adds up.
void addWhoseColumns(ReportTable& table, const QString& heading, bool additive)
{
    table.addColumn(QStringLiteral("label"), heading, ColumnKind::Label);
    for (const Whose& whose : whoseColumns())
        table.addColumn(whose.id, whose.label, ColumnKind::Count).additive = additive;
    table
        .addColumn(QStringLiteral("children_percent"),
                   Text::tr("Children and young people, % of all"), ColumnKind::Percent)
        .additive = false;
}

// Counts each column of `population` (already narrowed to its basis and period) by `key`, in
// one scan: each column is a measure under its condition (and, where a case can count in
// several groups, one more scan for the distinct cases of each column's total).
Result<QList<Grouped>> groupWhose(const Context& context, const Query& population, const Key& key,
                                  bool overlapping)
{
    const QList<Whose> columns = whoseColumns();
    QList<Measure> measures;
    for (const Whose& whose : columns) {
        const Condition condition = whose.condition.isEmpty()
                                        ? Condition{QStringLiteral("1 = 1"), {}}
                                        : Condition{whose.condition, whose.values};
        measures << (overlapping ? distinctIf(condition) : countIf(condition));
    }
    auto measured = measureBy(context, population, key, measures);
    if (!measured)
        return Error{measured.error()};
    QList<qint64> totals;
    if (overlapping) {
        auto distinct = measureAll(context, population, measures);
        if (!distinct)
            return Error{distinct.error()};
        totals = distinct.value();
    }
    QList<Grouped> result;
    for (int i = 0; i < columns.size(); ++i) {
        Query query = population;
        if (!columns.at(i).condition.isEmpty())
            query.where(columns.at(i).condition, columns.at(i).values);
        Grouped grouped = groupedOf(measured.value(), i, query, key);
        if (overlapping)
            grouped.total = totals.at(i);
        result << grouped;
    }
    return result;
}

// groupWhose() of the stage 1 complaints on `basis` in the period, counted from the report's
// complaint stages; `population` is what drill-down narrows for each column.
Result<QList<Grouped>> groupWhoseInMemory(const Context& context, const Query& population,
                                          Basis basis, const Key& key,
                                          const StagePopulation::KeyOf& keyOf)
{
    auto loaded = StagePopulation::of(context);
    if (!loaded)
        return Error{loaded.error()};
    const StagePopulation& stages = *loaded.value();
    const StagePopulation::Filter stageOne = stageFilter(stages, 1);
    QList<int> young;
    for (const QVariant& role : childRoleValues)
        young << stages.codeOf(role.toString());
    const int inCareCode = stages.codeOf(QStringLiteral("child_in_care"));
    // the SQL of each column, where a role not recorded at all (null) meets no comparison
    auto isYoung = [young](const PopulationStage& stage) {
        return young.contains(stage.role);
    };
    const QList<StagePopulation::Filter> whose{
        isYoung,
        [&](const PopulationStage& stage) {
            return isYoung(stage) && inCareCode >= 0 && stages.hasChildOf(stage, inCareCode);
        },
        [&](const PopulationStage& stage) {
            return !stage.roleNull && stage.role != 0 && !isYoung(stage);
        },
        [](const PopulationStage& stage) { return !stage.roleNull && stage.role == 0; },
        [](const PopulationStage&) { return true; },
    };
    const QList<Whose> columns = whoseColumns();
    QList<Grouped> result;
    for (int i = 0; i < columns.size(); ++i) {
        const StagePopulation::Filter& meets = whose.at(i);
        const auto counts = stages.count(
            basis, {context.period()},
            [&](const PopulationStage& stage) { return stageOne(stage) && meets(stage); }, keyOf);
        Query query = population;
        if (!columns.at(i).condition.isEmpty())
            query.where(columns.at(i).condition, columns.at(i).values);
        result << groupedFrom(counts.at(0), query, key);
    }
    return result;
}

QList<const Grouped*> pointers(const QList<Grouped>& grouped)
{
    QList<const Grouped*> result;
    for (const Grouped& g : grouped)
        result << &g;
    return result;
}

void fillShares(ReportTable& table)
{
    const QList<ReportRow> rows = table.rows();
    for (const ReportRow& row : rows)
        table.setCell(row.key, u"children_percent",
                      ReportTable::percent(table.cell(row.key, u"children").toLongLong(),
                                           table.cell(row.key, u"total").toLongLong()));
}

QString whoseNote()
{
    return Text::tr("Children and young people are complainants recorded as a child or young "
                    "person, a care leaver or an advocate; of which about a child in care: "
                    "those whose complaint concerns a child recorded as in care. Adults are "
                    "every other complainant whose role is recorded.");
}

// A cross-table whose rows are the terms of a taxonomy: counted in SQL, or, given `keyOf`,
// from the report's complaint stages (stage 1).
Result<ReportTable> termCrossTable(const Context& context, ReportTable table,
                                   const QString& heading, const Query& population, const Key& key,
                                   const QString& taxonomy, bool overlapping,
                                   const StagePopulation::KeyOf& keyOf = nullptr)
{
    addWhoseColumns(table, heading, !overlapping);
    const Query inPeriod = on(population, table.basis(), context.period());
    auto grouped = keyOf ? groupWhoseInMemory(context, inPeriod, table.basis(), key, keyOf)
                         : groupWhose(context, inPeriod, key, overlapping);
    if (!grouped)
        return Error{grouped.error()};
    addTermRows(context, table, taxonomy, pointers(grouped.value()));
    table.addRow(QStringLiteral("total"), Text::tr("Total"), RowRole::Total);
    const QList<Whose> columns = whoseColumns();
    for (int i = 0; i < columns.size(); ++i)
        fill(context, table, columns.at(i).id, grouped->at(i));
    fillShares(table);
    return table;
}

} // namespace

Result<ReportTable> childrenByServiceAreaTable(const Context& context)
{
    ReportTable table(QStringLiteral("children_by_service_area"),
                      Text::tr("Children's complaints beside adults', by service area"),
                      Basis::Received);
    addWhoseColumns(table, Text::tr("Service area and team"), true);
    const Query population =
        on(withUnits(complaintStages(context, 1)), Basis::Received, context.period());
    auto grouped = groupWhoseInMemory(context, population, Basis::Received, unitKey(),
                                      [](const PopulationStage& stage) { return stage.unit; });
    if (!grouped)
        return Error{grouped.error()};
    addServiceRows(context, table, pointers(grouped.value()), true);
    table.addRow(QStringLiteral("total"), Text::tr("All service areas"), RowRole::Total);
    const QList<Whose> columns = whoseColumns();
    for (int i = 0; i < columns.size(); ++i)
        fillUnits(context, table, columns.at(i).id, grouped->at(i));
    fillShares(table);
    table.setNote(Text::tr("Complaints received at stage 1, by service area and team and by "
                           "who made them. %1")
                      .arg(whoseNote()));
    return table;
}

Result<ReportTable> childrenByCategoryTable(const Context& context)
{
    Query population = complaintStages(context, 1);
    population.join(QStringLiteral("LEFT JOIN report_complaint_point p ON p.case_id = c.id"));
    auto table = termCrossTable(
        context,
        ReportTable(QStringLiteral("children_by_category"),
                    Text::tr("Children's complaints beside adults', by category"), Basis::Received),
        Text::tr("Category"), population, {QStringLiteral("p.category"), {}},
        QStringLiteral("category"), true);
    if (!table)
        return table;
    table->setNote(Text::tr("Complaints received at stage 1, by the categories of their points "
                            "and by who made them. A complaint with points in several "
                            "categories counts once in each, so the rows do not add up to the "
                            "total; complaints with no points recorded count under \"Not "
                            "recorded\". %1")
                       .arg(whoseNote()));
    return table;
}

Result<ReportTable> childrenByOutcomeTable(const Context& context)
{
    auto table = termCrossTable(
        context,
        ReportTable(QStringLiteral("children_by_outcome"),
                    Text::tr("Children's complaints beside adults', by outcome"), Basis::Concluded),
        Text::tr("Outcome"), complaintStages(context, 1), {QStringLiteral("s.outcome"), {}},
        QStringLiteral("outcome"), false,
        [](const PopulationStage& stage) { return stage.outcome; });
    if (!table)
        return table;
    table->setNote(Text::tr("Complaints concluded at stage 1 in the period (responded to, or "
                            "withdrawn or closed without a response), by outcome and by who "
                            "made them. %1")
                       .arg(whoseNote()));
    return table;
}

Result<ReportTable> openChildrensComplaintsTable(const Context& context)
{
    ReportTable table(QStringLiteral("open_childrens_complaints"),
                      Text::tr("Open complaints from children and young people"), Basis::Ongoing);
    table.addColumn(QStringLiteral("label"), Text::tr("Reference"), ColumnKind::Label);
    table.addColumn(QStringLiteral("received"), Text::tr("Received"), ColumnKind::Date);
    table.addColumn(QStringLiteral("stage"), Text::tr("Stage"), ColumnKind::Text);
    table.addColumn(QStringLiteral("next_deadline"), Text::tr("Next deadline"), ColumnKind::Text);
    table.addColumn(QStringLiteral("due"), Text::tr("Due"), ColumnKind::Date);
    table.addColumn(QStringLiteral("service_area"), Text::tr("Service area"), ColumnKind::Text);
    table.addColumn(QStringLiteral("cases"), Text::tr("Cases"), ColumnKind::Count);

    // A list names cases, so a restricted one is listed only for a login it is open to.
    Query population =
        listable(context, on(complaintStages(context), Basis::Ongoing, context.period()));
    population.where(childRoles, childRoleValues);
    auto facts = loadStageFacts(context, population);
    if (!facts)
        return Error{facts.error()};
    auto received = sql::exec(context.sql(),
                              QStringLiteral("SELECT c.id, c.received_on") + population.fromWhere(),
                              population.values);
    if (!received)
        return Error{received.error()};
    QHash<qint64, QDate> receivedOn;
    while (received->next())
        receivedOn.insert(received->value(0).toLongLong(), sql::toDate(received->value(1)));

    QList<StageFacts> open = facts.value();
    std::sort(open.begin(), open.end(), [&](const StageFacts& a, const StageFacts& b) {
        const QDate first = receivedOn.value(a.caseId);
        const QDate second = receivedOn.value(b.caseId);
        return first != second ? first < second : a.reference < b.reference;
    });
    QHash<QString, QString> unitNames;
    for (const OrgUnit& unit : context.orgUnits())
        unitNames.insert(unit.code, unit.name);
    QList<qint64> all;
    for (const StageFacts& stage : std::as_const(open)) {
        auto next = nextMilestoneAt(context, stage, context.period().last);
        if (!next)
            return Error{next.error()};
        const QString key = QString::number(stage.caseId);
        table.addRow(key, stage.reference);
        table.setCell(key, u"received", receivedOn.value(stage.caseId));
        table.setCell(key, u"stage",
                      Text::tr("%1 complaint, stage %2")
                          .arg(procedureLabel(stage.procedure))
                          .arg(stage.stage.number));
        if (next.value()) {
            table.setCell(key, u"next_deadline", milestoneLabel(next.value()->kind));
            table.setCell(key, u"due", next.value()->due);
        }
        const QString service = serviceOf(context, stage.unitCode);
        table.setCell(key, u"service_area",
                      service.isEmpty() ? notRecordedLabel() : unitNames.value(service, service));
        table.setCell(key, u"cases", qint64(1));
        context.trace(key, QStringLiteral("cases"), QList<qint64>{stage.caseId});
        all << stage.caseId;
    }
    std::sort(all.begin(), all.end());
    table.addRow(QStringLiteral("total"), Text::tr("Total open"), RowRole::Total);
    table.setCell(u"total", u"cases", qint64(all.size()));
    context.trace(QStringLiteral("total"), QStringLiteral("cases"), all);
    table.setNote(Text::tr("Complaints still open at the end of the period whose complainant is "
                           "a child or young person, a care leaver or an advocate for one, "
                           "oldest first, with the next deadline as things stood that day. No "
                           "names are given: open a case to see who it is about. A restricted "
                           "case is listed only for those it is open to."));
    return table;
}

} // namespace redress::reporting

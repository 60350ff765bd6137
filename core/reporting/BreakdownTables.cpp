// Complaints received, broken down: by channel, complainant, service area, category and the
// child's status; and compliments by service area and sender.
#include "ReportEngine_p.h"
#include "StagePopulation.h"

using namespace Qt::StringLiterals;

namespace redress::reporting {

namespace {

const QString upheld = QStringLiteral("upheld");
const QString partiallyUpheld = QStringLiteral("partially_upheld");

Query stageOneComplaints(const Context& context)
{
    return complaintStages(context, 1);
}

QList<Period> periodsOf(const Context& context)
{
    QList<Period> periods{context.period()};
    if (context.comparison())
        periods << *context.comparison();
    return periods;
}

// The report's complaint stages at stage 1, counted in C++.
struct StageOne
{
    std::shared_ptr<const StagePopulation> stages;
    StagePopulation::Filter include;

    QList<QHash<QString, qint64>> count(Basis basis, const QList<Period>& periods,
                                        const StagePopulation::KeyOf& keyOf) const
    {
        return stages->count(basis, periods, include, keyOf);
    }
    qint64 countWhere(Basis basis, const Period& period, const StagePopulation::Filter& also) const
    {
        return stages
            ->count(
                basis, {period},
                [&](const PopulationStage& stage) { return include(stage) && also(stage); },
                [](const PopulationStage&) { return quint16(0); })
            .value(0)
            .value(QString());
    }
};

Result<StageOne> stageOne(const Context& context)
{
    auto stages = StagePopulation::of(context);
    if (!stages)
        return Error{stages.error()};
    return StageOne{stages.value(), stageFilter(*stages.value(), 1)};
}

QString complaintsWord(const Context& context)
{
    if (context.scope().procedure)
        return Text::tr("%1 complaints").arg(procedureLabel(*context.scope().procedure));
    return Text::tr("Complaints (statutory and corporate)");
}

// A table of one count per term of a taxonomy, against the previous period.
// The stage 1 complaints of the report: `keyOf` is `key` in the population.
Result<ReportTable> termBreakdown(const Context& context, ReportTable table,
                                  const Query& population, const Key& key,
                                  const StagePopulation::KeyOf& keyOf, const QString& taxonomy,
                                  const QString& heading)
{
    table.addColumn(QStringLiteral("label"), heading, ColumnKind::Label);
    addCountColumns(context, table);
    const QList<Period> periods = periodsOf(context);
    auto stages = stageOne(context);
    if (!stages)
        return Error{stages.error()};
    const auto counts = stages->count(table.basis(), periods, keyOf);
    QList<Grouped> grouped;
    for (int i = 0; i < periods.size(); ++i)
        grouped << groupedFrom(counts.at(i), on(population, table.basis(), periods.at(i)), key);
    QList<const Grouped*> counted;
    for (const Grouped& g : grouped)
        counted << &g;
    addTermRows(context, table, taxonomy, counted);
    table.addRow(QStringLiteral("total"), Text::tr("Total"), RowRole::Total);
    fill(context, table, QStringLiteral("count"), grouped.at(0));
    if (context.comparison())
        fill(context, table, QStringLiteral("prev_count"), grouped.at(1));
    return table;
}

// A memo row: the stage 1 complaints that also meet `condition`, `meets` in C++.
Status addMemo(const Context& context, ReportTable& table, const QString& key, const QString& label,
               const Query& population, const QString& condition, const QVariantList& values,
               const StagePopulation::Filter& meets)
{
    auto stages = stageOne(context);
    if (!stages)
        return Error{stages.error()};
    table.addRow(key, label, RowRole::Memo);
    QList<std::pair<QString, Period>> columns{{QStringLiteral("count"), context.period()}};
    if (context.comparison())
        columns.append({QStringLiteral("prev_count"), *context.comparison()});
    for (const auto& [column, period] : columns) {
        Query query = on(population, table.basis(), period);
        query.where(condition, values);
        table.setCell(key, column, stages->countWhere(table.basis(), period, meets));
        context.trace(key, column, query);
    }
    return {};
}

// The complaints of the comparison period beside this period's, with the change; complaints
// overlap across rows (one complaint, several categories or children), so none of these add up.
void addComplaintChangeColumns(const Context& context, ReportTable& table)
{
    if (!context.comparison())
        return;
    table
        .addColumn(QStringLiteral("prev_complaints"),
                   Text::tr("Complaints, %1").arg(context.comparisonLabel()), ColumnKind::Count)
        .additive = false;
    table.addColumn(QStringLiteral("change"), Text::tr("Change"), ColumnKind::Change);
    table.addColumn(QStringLiteral("change_percent"), Text::tr("Change %"), ColumnKind::Percent)
        .additive = false;
}

// One column of a breakdown: what it counts (COUNT(*) or COUNT(DISTINCT c.id)) over which
// query, and whether one case can count in several rows.
struct CountedColumn
{
    QString id;
    Query query;
    QString aggregate;
    bool overlapping;
};

// Adds a row per term of `taxonomy` (and "Not recorded") and the total row, and fills the
// columns `ids` with `grouped`, one for each.
void addTermColumns(const Context& context, ReportTable& table, const QString& taxonomy,
                    const QStringList& ids, const QList<Grouped>& grouped)
{
    QList<const Grouped*> counted;
    for (const Grouped& g : grouped)
        counted << &g;
    addTermRows(context, table, taxonomy, counted);
    table.addRow(QStringLiteral("total"), Text::tr("Total"), RowRole::Total);
    for (int i = 0; i < ids.size(); ++i)
        fill(context, table, ids.at(i), grouped.at(i));
}

// Counts each column by `key`, adds a row per term of `taxonomy` (and "Not recorded") and the
// total row, and fills the counts in.
Status addTermCounts(const Context& context, ReportTable& table, const QString& taxonomy,
                     const Key& key, const QList<CountedColumn>& columns)
{
    QList<Grouped> grouped;
    for (const CountedColumn& column : columns) {
        auto counts = group(context, column.query, key, column.aggregate, column.overlapping);
        if (!counts)
            return Error{counts.error()};
        grouped << counts.value();
    }
    QStringList ids;
    for (const CountedColumn& column : columns)
        ids << column.id;
    addTermColumns(context, table, taxonomy, ids, grouped);
    return {};
}

} // namespace

Result<ReportTable> channelTable(const Context& context)
{
    ReportTable table(QStringLiteral("by_channel"), Text::tr("Complaints by channel"),
                      Basis::Received);
    auto built = termBreakdown(
        context, table, stageOneComplaints(context), {QStringLiteral("c.channel"), {}},
        [](const PopulationStage& stage) { return stage.channel; }, QStringLiteral("channel"),
        Text::tr("Channel"));
    if (!built)
        return built;
    finishCountColumns(context, built.value());
    built->setNote(Text::tr("%1 received at stage 1, by how they reached the council.")
                       .arg(complaintsWord(context)));
    return built;
}

Result<ReportTable> complainantTable(const Context& context)
{
    ReportTable table(QStringLiteral("by_complainant"), Text::tr("Complaints by complainant"),
                      Basis::Received);
    const Query population = stageOneComplaints(context);
    auto built = termBreakdown(
        context, table, population, {QStringLiteral("c.complainant_role"), {}},
        [](const PopulationStage& stage) { return stage.role; }, QStringLiteral("complainant_role"),
        Text::tr("Complainant"));
    if (!built)
        return built;
    ReportTable& result = built.value();
    auto stages = stageOne(context);
    if (!stages)
        return Error{stages.error()};
    QList<int> youngRoles;
    for (const char* role : {"child", "care_leaver", "advocate"})
        youngRoles << stages->stages->codeOf(QString::fromLatin1(role));
    if (Status s = addMemo(
            context, result, QStringLiteral("children_and_young_people"),
            Text::tr("From children and young people (themselves or through an "
                     "advocate)"),
            population, QStringLiteral("c.complainant_role IN (?, ?, ?)"),
            {QStringLiteral("child"), QStringLiteral("care_leaver"), QStringLiteral("advocate")},
            [&](const PopulationStage& stage) { return youngRoles.contains(stage.role); });
        !s)
        return Error{s.error()};
    if (Status s = addMemo(
            context, result, QStringLiteral("with_advocate"), Text::tr("With an advocate"),
            population,
            QStringLiteral("(c.advocate_provided_by <> '' OR c.complainant_role = ? OR EXISTS "
                           "(SELECT 1 FROM report_case_child k WHERE k.case_id = c.id AND "
                           "k.advocate_provider <> ''))"),
            {QStringLiteral("advocate")},
            [](const PopulationStage& stage) { return stage.advocate; });
        !s)
        return Error{s.error()};
    finishCountColumns(context, result);
    result.setNote(
        Text::tr("%1 received at stage 1, by the complainant's role. The last two rows are "
                 "part of the total, not added to it: children and young people are those "
                 "whose role is child or young person, care leaver or advocate; with an "
                 "advocate means an advocate was provided to the complainant or to a child "
                 "concerned.")
            .arg(complaintsWord(context)));
    return result;
}

Result<ReportTable> serviceAreaTable(const Context& context)
{
    ReportTable table(QStringLiteral("by_service_area"),
                      Text::tr("Complaints by service area and team"), Basis::Received);
    table.addColumn(QStringLiteral("label"), Text::tr("Service area and team"), ColumnKind::Label);
    addCountColumns(context, table);
    table.addColumn(QStringLiteral("concluded"), Text::tr("Concluded"), ColumnKind::Count).basis =
        Basis::Concluded;
    table.addColumn(QStringLiteral("upheld"), Text::tr("Upheld"), ColumnKind::Count).basis =
        Basis::Concluded;
    table
        .addColumn(QStringLiteral("partially_upheld"), Text::tr("Partially upheld"),
                   ColumnKind::Count)
        .basis = Basis::Concluded;
    table
        .addColumn(QStringLiteral("upheld_rate"), Text::tr("Upheld or partially upheld, %"),
                   ColumnKind::Percent)
        .basis = Basis::Concluded;

    const Query population = withUnits(stageOneComplaints(context));
    const Query concluded = on(population, Basis::Concluded, context.period());
    QList<std::pair<QString, Query>> queries{
        {QStringLiteral("count"), on(population, Basis::Received, context.period())},
        {QStringLiteral("concluded"), concluded},
        {QStringLiteral("upheld"),
         Query(concluded).where(QStringLiteral("s.outcome = ?"), {upheld})},
        {QStringLiteral("partially_upheld"),
         Query(concluded).where(QStringLiteral("s.outcome = ?"), {partiallyUpheld})}};
    if (context.comparison())
        queries.append(
            {QStringLiteral("prev_count"), on(population, Basis::Received, *context.comparison())});
    // what was received (this period and the last), and what concluded, by unit
    auto stages = stageOne(context);
    if (!stages)
        return Error{stages.error()};
    auto unitOf = [](const PopulationStage& stage) {
        return stage.unit;
    };
    const auto receivedCounts = stages->count(Basis::Received, periodsOf(context), unitOf);
    auto concludedWith = [&](const QString& outcome) {
        const int code = outcome.isEmpty() ? -1 : stages->stages->codeOf(outcome);
        StageOne narrowed = stages.value();
        narrowed.include = [&, code](const PopulationStage& stage) {
            return stages->include(stage) && (outcome.isEmpty() || stage.outcome == code);
        };
        return narrowed.count(Basis::Concluded, QList<Period>{context.period()}, unitOf).at(0);
    };
    const QList<QHash<QString, qint64>> concludedCounts{
        concludedWith(QString()), concludedWith(upheld), concludedWith(partiallyUpheld)};
    QList<Grouped> grouped;
    for (int i = 0; i < queries.size(); ++i) {
        const auto& [column, query] = queries.at(i);
        if (column == u"count" || column == u"prev_count")
            grouped << groupedFrom(receivedCounts.at(column == u"count" ? 0 : 1), query, unitKey());
        else
            grouped << groupedFrom(concludedCounts.at(i - 1), query, unitKey());
    }
    QList<const Grouped*> counted;
    for (const Grouped& g : grouped)
        counted << &g;
    addServiceRows(context, table, counted, true);
    table.addRow(QStringLiteral("total"), Text::tr("Total"), RowRole::Total);
    for (int i = 0; i < queries.size(); ++i)
        fillUnits(context, table, queries.at(i).first, grouped.at(i));
    finishCountColumns(context, table);
    const QList<ReportRow> rows = table.rows();
    for (const ReportRow& row : rows) {
        const qint64 found = table.cell(row.key, u"upheld").toLongLong() +
                             table.cell(row.key, u"partially_upheld").toLongLong();
        table.setCell(row.key, u"upheld_rate",
                      ReportTable::percent(found, table.cell(row.key, u"concluded").toLongLong()));
    }
    table.setNote(
        Text::tr("%1 at stage 1, by the team the case is recorded against (teams are level-1 "
                 "rows adding up to their service area). Received counts those received in "
                 "the period; concluded, upheld and upheld rate count stage 1 responses in "
                 "the period.")
            .arg(complaintsWord(context)));
    return table;
}

Result<ReportTable> categoryTable(const Context& context)
{
    // the categories of complaints received, or the nature of those concluded, per council
    const Basis basis = context.scope().categoryBasis;
    ReportTable table(QStringLiteral("by_category"), Text::tr("Complaints by category"), basis);
    table.addColumn(QStringLiteral("label"), Text::tr("Category"), ColumnKind::Label);
    table.addColumn(QStringLiteral("points"), Text::tr("Points of complaint"), ColumnKind::Count)
        .unit = QStringLiteral("points");
    table.addColumn(QStringLiteral("points_percent"), Text::tr("% of points"), ColumnKind::Percent);
    ReportColumn& upheldPoints = table.addColumn(
        QStringLiteral("upheld_points"), Text::tr("Points upheld or partially upheld at stage 1"),
        ColumnKind::Count);
    upheldPoints.unit = QStringLiteral("points");
    table.addColumn(QStringLiteral("complaints"), Text::tr("Complaints"), ColumnKind::Count)
        .additive = false;
    table
        .addColumn(QStringLiteral("complaints_percent"), Text::tr("% of complaints"),
                   ColumnKind::Percent)
        .additive = false;
    addComplaintChangeColumns(context, table);
    // Complaints with no points count under "not recorded", so the complaints join them
    // optionally; the points columns count points, so they join them for certain.
    Query population = stageOneComplaints(context);
    population.join(QStringLiteral("LEFT JOIN report_complaint_point p ON p.case_id = c.id"));
    Query withPoints = stageOneComplaints(context);
    withPoints.join(QStringLiteral("JOIN report_complaint_point p ON p.case_id = c.id"));
    const Key key{QStringLiteral("p.category"), {}};
    const Query inPeriod = on(population, basis, context.period());
    const Query points = on(withPoints, basis, context.period());
    Query upheldQuery = points;
    upheldQuery.join(QStringLiteral("JOIN point_finding pf ON pf.point_id = p.id"));
    upheldQuery.where(QStringLiteral("pf.stage_number = ? AND pf.finding IN (?, ?)"),
                      {1, upheld, partiallyUpheld});

    QList<CountedColumn> columns{
        {QStringLiteral("points"), points, QStringLiteral("COUNT(*)"), false},
        {QStringLiteral("upheld_points"), upheldQuery, QStringLiteral("COUNT(*)"), false},
        {QStringLiteral("complaints"), inPeriod, QStringLiteral("COUNT(DISTINCT c.id)"), true}};
    if (context.comparison())
        columns.append({QStringLiteral("prev_complaints"),
                        on(population, basis, *context.comparison()),
                        QStringLiteral("COUNT(DISTINCT c.id)"), true});
    if (Status counted = addTermCounts(context, table, QStringLiteral("category"), key, columns);
        !counted)
        return Error{counted.error()};
    table.fillPercent(u"points", u"points_percent");
    table.fillPercent(u"complaints", u"complaints_percent");
    table.fillChange(u"complaints", u"prev_complaints", u"change", u"change_percent");
    table.setNote(
        Text::tr("%1 %2 at stage 1. A complaint can have points in several categories: "
                 "the points add up to the total number of points, but a complaint is counted "
                 "once in each category it has a point in, so the complaints column does not "
                 "add up, and its percentages (of all those complaints) can total more than "
                 "100. Complaints with no points recorded count under \"Not recorded\".")
            .arg(complaintsWord(context),
                 basis == Basis::Concluded
                     ? Text::tr("concluded (responded to, or withdrawn or closed without a "
                                "response)")
                     : Text::tr("received")));
    return table;
}

Result<ReportTable> childStatusTable(const Context& context)
{
    ReportTable table(QStringLiteral("by_child_status"),
                      Text::tr("Complaints by the child's status"), Basis::Received);
    table.addColumn(QStringLiteral("label"), Text::tr("Status of the child"), ColumnKind::Label);
    table.addColumn(QStringLiteral("complaints"), Text::tr("Complaints"), ColumnKind::Count)
        .additive = false;
    table
        .addColumn(QStringLiteral("complaints_percent"), Text::tr("% of complaints"),
                   ColumnKind::Percent)
        .additive = false;
    table.addColumn(QStringLiteral("children"), Text::tr("Children"), ColumnKind::Count).unit =
        QStringLiteral("children");
    table.addColumn(QStringLiteral("children_percent"), Text::tr("% of children"),
                    ColumnKind::Percent);
    addComplaintChangeColumns(context, table);
    Query population = stageOneComplaints(context);
    population.join(QStringLiteral("LEFT JOIN report_case_child k ON k.case_id = c.id"));
    Query withChildren = stageOneComplaints(context);
    withChildren.join(QStringLiteral("JOIN report_case_child k ON k.case_id = c.id"));
    const Key key{QStringLiteral("k.status"), {}};
    auto stages = stageOne(context);
    if (!stages)
        return Error{stages.error()};
    const QList<Period> periods = periodsOf(context);
    const StagePopulation& counted = *stages->stages;
    // complaints under each status of their children (a case in several), and children
    const auto complaints =
        counted.countByChildStatus(Basis::Received, periods, stages->include, true);
    const auto cases = counted.countCases(Basis::Received, periods, stages->include);
    const auto children =
        counted.countByChildStatus(Basis::Received, {context.period()}, stages->include, false);
    QStringList ids{QStringLiteral("complaints"), QStringLiteral("children")};
    QList<Grouped> grouped{
        groupedFrom(complaints.at(0), on(population, Basis::Received, context.period()), key),
        groupedFrom(children.at(0), on(withChildren, Basis::Received, context.period()), key)};
    grouped[0].total = cases.at(0);
    if (context.comparison()) {
        ids << QStringLiteral("prev_complaints");
        grouped << groupedFrom(complaints.at(1),
                               on(population, Basis::Received, *context.comparison()), key);
        grouped.last().total = cases.at(1);
    }
    addTermColumns(context, table, QStringLiteral("child_status"), ids, grouped);
    table.fillPercent(u"complaints", u"complaints_percent");
    table.fillPercent(u"children", u"children_percent");
    table.fillChange(u"complaints", u"prev_complaints", u"change", u"change_percent");
    table.setNote(
        Text::tr("%1 received at stage 1, by the status of each child concerned when the "
                 "complaint came in. A complaint about several children counts once under "
                 "each of their statuses, so the complaints column does not add up; the "
                 "children column does. Complaints about no recorded child count under \"Not "
                 "recorded\".")
            .arg(complaintsWord(context)));
    return table;
}

Result<ReportTable> complimentsTable(const Context& context)
{
    ReportTable table(QStringLiteral("compliments"), Text::tr("Compliments"), Basis::Received);
    table.addColumn(QStringLiteral("label"), Text::tr("Service area, and who sent them"),
                    ColumnKind::Label);
    addCountColumns(context, table);
    const Query population = withUnits(casesOfKinds({CaseKind::Compliment}));
    QList<std::pair<QString, Period>> periods{{QStringLiteral("count"), context.period()}};
    if (context.comparison())
        periods.append({QStringLiteral("prev_count"), *context.comparison()});

    QList<Grouped> byService;
    QList<Grouped> bySender;
    for (const auto& [column, period] : periods) {
        const Query query = on(population, Basis::Received, period);
        auto services = group(context, query, unitKey());
        if (!services)
            return Error{services.error()};
        byService << services.value();
        auto senders = group(context, query, {QStringLiteral("c.complainant_role"), {}});
        if (!senders)
            return Error{senders.error()};
        bySender << senders.value();
    }
    const QString servicePrefix = QStringLiteral("service:");
    const QString senderPrefix = QStringLiteral("from:");
    QList<const Grouped*> counted;
    for (const Grouped& g : byService)
        counted << &g;
    addServiceRows(context, table, counted, false, servicePrefix);
    table.addRow(servicePrefix + u"total"_s, Text::tr("Total"), RowRole::Total);
    table.newSection();
    counted.clear();
    for (const Grouped& g : bySender)
        counted << &g;
    addTermRows(context, table, QStringLiteral("compliment_from"), counted, senderPrefix,
                QStringLiteral("complainant_role"));
    table.addRow(senderPrefix + u"total"_s, Text::tr("Total"), RowRole::Total);
    for (int i = 0; i < periods.size(); ++i) {
        fillUnits(context, table, periods.at(i).first, byService.at(i), servicePrefix,
                  servicePrefix + u"total"_s);
        fill(context, table, periods.at(i).first, bySender.at(i), senderPrefix,
             senderPrefix + u"total"_s);
    }
    finishCountColumns(context, table);
    table.setNote(
        Text::tr("Compliments received in the period: first by service area, then by who sent "
                 "them (the role recorded for the sender). Each part adds up to the same "
                 "total."));
    return table;
}

} // namespace redress::reporting

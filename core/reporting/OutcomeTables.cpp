// What became of complaints: outcomes by stage, escalations, re-opened complaints and repeat
// complainants, remedies, and learning.
#include "ReportEngine_p.h"
#include "StagePopulation.h"

using namespace Qt::StringLiterals;

namespace redress::reporting {

namespace {

QString stageColumn(const QString& prefix, int stage, const QString& what)
{
    return QStringLiteral("%1stage%2_%3").arg(prefix).arg(stage).arg(what);
}

QList<std::pair<QString, Period>> periodsOf(const Context& context)
{
    QList<std::pair<QString, Period>> periods{{QString(), context.period()}};
    if (context.comparison())
        periods.append({QStringLiteral("prev_"), *context.comparison()});
    return periods;
}

QString scopeWords(const Context& context)
{
    if (context.scope().procedure)
        return Text::tr("%1 complaints").arg(procedureLabel(*context.scope().procedure));
    return Text::tr("Complaints under both procedures");
}

QList<const Grouped*> pointers(const QList<Grouped>& grouped)
{
    QList<const Grouped*> result;
    for (const Grouped& g : grouped)
        result << &g;
    return result;
}

} // namespace

Result<ReportTable> outcomesTable(const Context& context)
{
    ReportTable table(QStringLiteral("outcomes_by_stage"), Text::tr("Outcomes by stage"),
                      Basis::Concluded);
    table.addColumn(QStringLiteral("label"), Text::tr("Outcome"), ColumnKind::Label);
    const int stages = context.maxStageCount();
    const QList<std::pair<QString, Period>> periods = periodsOf(context);
    // by outcome at each stage, from the report's complaint stages
    auto population = StagePopulation::of(context);
    if (!population)
        return Error{population.error()};
    const StagePopulation& concluded = *population.value();
    const Key outcomeKey{QStringLiteral("s.outcome"), {}};
    QList<std::pair<QString, Grouped>> counted;
    for (int p = 0; p < periods.size(); ++p) {
        const auto& [prefix, period] = periods.at(p);
        for (int stage = 1; stage <= stages; ++stage) {
            const QString suffix = Text::tr("stage %1, %2").arg(stage).arg(period.label());
            table.addColumn(stageColumn(prefix, stage, QStringLiteral("count")),
                            Text::tr("Number, %1").arg(suffix), ColumnKind::Count);
            table.addColumn(stageColumn(prefix, stage, QStringLiteral("percent")),
                            Text::tr("%, %1").arg(suffix), ColumnKind::Percent);
            // a stage with no outcome at all is in no column, as in SQL its key is null
            const StagePopulation::Filter filter = stageFilter(concluded, stage);
            const auto counts = concluded.count(
                Basis::Concluded, {period},
                [&](const PopulationStage& row) { return !row.outcomeNull && filter(row); },
                [](const PopulationStage& row) { return row.outcome; });
            counted.append(
                {stageColumn(prefix, stage, QStringLiteral("count")),
                 groupedFrom(counts.at(0),
                             on(complaintStages(context, stage), Basis::Concluded, period),
                             outcomeKey)});
        }
    }
    QList<const Grouped*> all;
    for (const auto& entry : counted)
        all << &entry.second;
    addTermRows(context, table, QStringLiteral("outcome"), all);
    table.addRow(QStringLiteral("total"), Text::tr("Total concluded"), RowRole::Total);
    for (const auto& [column, grouped] : counted)
        fill(context, table, column, grouped);
    for (const auto& [prefix, period] : periodsOf(context))
        for (int stage = 1; stage <= stages; ++stage)
            table.fillPercent(stageColumn(prefix, stage, QStringLiteral("count")),
                              stageColumn(prefix, stage, QStringLiteral("percent")));
    table.setNote(
        Text::tr("%1 concluded at each stage in the period (responded to, or withdrawn or "
                 "closed without a response), by the stage's outcome.")
            .arg(scopeWords(context)));
    return table;
}

Result<ReportTable> escalationsTable(const Context& context)
{
    ReportTable table(QStringLiteral("escalations"), Text::tr("Escalations"), Basis::Concluded);
    table.addColumn(QStringLiteral("label"), Text::tr("Step"), ColumnKind::Label);
    const QString nextStage = QStringLiteral("EXISTS (SELECT 1 FROM report_stage nx WHERE "
                                             "nx.case_id = c.id AND nx.number = s.number + 1)");
    const QString lastStage = QStringLiteral("s.number = c.current_stage");
    const QString linked = QStringLiteral(
        "EXISTS (SELECT 1 FROM case_link l WHERE (l.to_case_id = c.id AND l.kind = ?) OR "
        "(l.from_case_id = c.id AND l.kind = ?))");
    const QVariantList linkValues{QStringLiteral("lgsco_enquiry_of"),
                                  QStringLiteral("referred_to_lgsco")};
    const QList<std::pair<QString, Period>> periods = periodsOf(context);
    for (const auto& [prefix, period] : periods) {
        const QString suffix = prefix.isEmpty() ? QString() : u", "_s + period.label();
        table.addColumn(prefix + u"concluded"_s, Text::tr("Concluded at the stage") + suffix,
                        ColumnKind::Count);
        table
            .addColumn(prefix + u"escalated"_s, Text::tr("Of those, went on") + suffix,
                       ColumnKind::Count)
            .additive = false;
        table.addColumn(prefix + u"percent"_s, Text::tr("%") + suffix, ColumnKind::Percent);
        table
            .addColumn(prefix + u"requests"_s, Text::tr("Requests received") + suffix,
                       ColumnKind::Count)
            .basis = Basis::Received;
    }

    // One scan for the cohorts (stages concluded, and which went on), one for the requests.
    const Query stages = complaintStages(context);
    QList<Period> spans;
    QList<Measure> cohorts;
    QList<Measure> requests;
    for (const auto& [prefix, period] : periods) {
        spans << period;
        const Condition concluded = basisCondition(stages, Basis::Concluded, period);
        cohorts << countIf(concluded) << countIf(both(concluded, nextStage))
                << countIf(both(concluded, lastStage))
                << countIf(both(concluded, lastStage + u" AND "_s + linked, linkValues));
        requests << countIf(basisCondition(stages, Basis::Received, period));
    }
    const Period span = spanOf(spans);
    auto cohort = measureBy(context, on(stages, Basis::Concluded, span), stageKey(), cohorts);
    if (!cohort)
        return Error{cohort.error()};
    auto requested = measureBy(context, on(stages, Basis::Received, span), stageKey(), requests);
    if (!requested)
        return Error{requested.error()};

    for (Procedure procedure : context.complaintProcedures()) {
        const QString code = procedureCode(procedure);
        const int stages = context.stageCount(procedure);
        auto stageKeyOf = [&](int stage) {
            return QStringLiteral("%1_stage%2").arg(code).arg(stage);
        };
        for (int stage = 1; stage <= stages; ++stage) {
            const bool toOmbudsman = stage == stages;
            const QString key =
                toOmbudsman
                    ? code + u"_to_ombudsman"_s
                    : QStringLiteral("%1_stage%2_to_stage%3").arg(code).arg(stage).arg(stage + 1);
            table.addRow(key, toOmbudsman
                                  ? Text::tr("%1: to the Ombudsman").arg(procedureLabel(procedure))
                                  : Text::tr("%1: stage %2 to stage %3")
                                        .arg(procedureLabel(procedure))
                                        .arg(stage)
                                        .arg(stage + 1));
            for (int p = 0; p < periods.size(); ++p) {
                const auto& [prefix, period] = periods.at(p);
                qint64 concluded = 0;
                qint64 escalated = 0;
                qint64 asked = 0;
                Query cohortQuery;
                Query escalatedQuery;
                Query requestQuery;
                if (toOmbudsman) {
                    // complaints whose last stage concluded in the period, and the Ombudsman
                    // enquiries about complaints of this procedure received in it
                    for (int n = 1; n <= stages; ++n) {
                        const QList<qint64> measured = cohort->value(stageKeyOf(n));
                        concluded += measured.value(4 * p + 2);
                        escalated += measured.value(4 * p + 3);
                    }
                    cohortQuery =
                        on(complaintStages(context, 0, procedure), Basis::Concluded, period);
                    cohortQuery.where(lastStage);
                    escalatedQuery = cohortQuery;
                    escalatedQuery.where(linked, linkValues);
                    requestQuery =
                        on(casesOfKinds({CaseKind::OmbudsmanEnquiry}), Basis::Received, period);
                    requestQuery.where(
                        QStringLiteral("EXISTS (SELECT 1 FROM case_link l JOIN report_cases lc ON "
                                       "lc.id = l.to_case_id WHERE l.from_case_id = c.id "
                                       "AND l.kind = ? AND lc.procedure = ?)"),
                        {QStringLiteral("lgsco_enquiry_of"), code});
                    auto count = countAll(context, requestQuery);
                    if (!count)
                        return Error{count.error()};
                    asked = count.value();
                } else {
                    const QList<qint64> measured = cohort->value(stageKeyOf(stage));
                    concluded = measured.value(4 * p);
                    escalated = measured.value(4 * p + 1);
                    asked = requested->value(stageKeyOf(stage + 1)).value(p);
                    cohortQuery =
                        on(complaintStages(context, stage, procedure), Basis::Concluded, period);
                    escalatedQuery = cohortQuery;
                    escalatedQuery.where(nextStage);
                    requestQuery =
                        on(complaintStages(context, stage + 1, procedure), Basis::Received, period);
                }
                const QList<std::tuple<QString, qint64, Query>> cells{
                    {prefix + u"concluded"_s, concluded, cohortQuery},
                    {prefix + u"escalated"_s, escalated, escalatedQuery},
                    {prefix + u"requests"_s, asked, requestQuery}};
                for (const auto& [column, value, query] : cells) {
                    table.setCell(key, column, value);
                    context.trace(key, column, query);
                }
                table.setCell(key, QString(prefix + u"percent"_s),
                              ReportTable::percent(escalated, concluded));
            }
        }
    }
    table.setNote(
        Text::tr("Of the stages concluded in the period, how many went on to the next stage "
                 "(at any time up to the day the report is produced), and the share. The "
                 "Ombudsman row starts from complaints whose last stage concluded in the "
                 "period. Requests received counts the next stage's requests in the period "
                 "(Ombudsman: enquiries linked to a complaint of that procedure). The rows are "
                 "successive steps and are not added up."));
    return table;
}

Result<ReportTable> reopenedTable(const Context& context)
{
    ReportTable table(QStringLiteral("reopened_and_repeat"),
                      Text::tr("Re-opened complaints and repeat complainants"), Basis::Mixed);
    table.addColumn(QStringLiteral("label"), Text::tr("Measure"), ColumnKind::Label);
    const QList<std::pair<QString, Period>> periods = periodsOf(context);
    for (const auto& [prefix, period] : periods) {
        const QString suffix = prefix.isEmpty() ? QString() : u", "_s + period.label();
        table.addColumn(prefix + u"count"_s, Text::tr("Number") + suffix, ColumnKind::Count)
            .additive = false;
        table.addColumn(prefix + u"of"_s, Text::tr("Out of") + suffix, ColumnKind::Count).additive =
            false;
        table.addColumn(prefix + u"percent"_s, Text::tr("%") + suffix, ColumnKind::Percent);
        // those re-opened more than once are also a share of those re-opened
        table
            .addColumn(prefix + u"of_reopened"_s, Text::tr("Out of those re-opened") + suffix,
                       ColumnKind::Count)
            .additive = false;
        table.addColumn(prefix + u"percent_of_reopened"_s, Text::tr("% of re-opened") + suffix,
                        ColumnKind::Percent);
    }
    struct Measured
    {
        QString key;
        QString label;
        Basis basis;
        QString condition;
        QVariantList values;
    };
    // COALESCE keeps SQLite from searching the (kind, received_on) index, all complaints
    // before this one, instead of this complainant's few cases
    const QString matchedBefore = QStringLiteral(
        "EXISTS (SELECT 1 FROM report_cases o WHERE o.complainant_id = c.complainant_id "
        "AND COALESCE(o.kind, '') = ? AND o.id <> c.id AND (o.received_on < "
        "c.received_on OR (o.received_on = c.received_on AND o.id < c.id)))");
    const QList<Measured> measures{
        {QStringLiteral("reopened"),
         Text::tr("Stage 1 complaints concluded and re-opened"),
         Basis::Concluded,
         QStringLiteral("(c.reopened_undated > 0 OR EXISTS (SELECT 1 FROM report_reopening r "
                        "WHERE r.case_id = c.id))"),
         {}},
        {QStringLiteral("reopened_more_than_once"),
         Text::tr("Stage 1 complaints concluded and re-opened more than once"),
         Basis::Concluded,
         QStringLiteral("c.reopened_undated + (SELECT COUNT(*) FROM report_reopening r "
                        "WHERE r.case_id = c.id) > 1"),
         {}},
        {QStringLiteral("repeat_complainant"),
         Text::tr("Stage 1 complaints received from someone who had complained before"),
         Basis::Received,
         u"(c.previous_complaint = 1 OR "_s + matchedBefore + u")"_s,
         {caseKindCode(CaseKind::Complaint)}},
        {QStringLiteral("repeat_matched"),
         Text::tr("of which matched to an earlier complaint of the same person"),
         Basis::Received,
         matchedBefore,
         {caseKindCode(CaseKind::Complaint)}},
        {QStringLiteral("repeat_recorded"),
         Text::tr("of which recorded as a previous complaint"),
         Basis::Received,
         QStringLiteral("c.previous_complaint = 1"),
         {}}};
    const Query stages = complaintStages(context, 1);
    QList<Period> spans;
    for (const auto& [prefix, period] : periods)
        spans << period;
    // one scan per basis, each counting every measure of that basis in every period
    QHash<QString, QList<qint64>> values; // by measure key: count, of, per period
    for (Basis basis : {Basis::Concluded, Basis::Received}) {
        QList<Measure> aggregates;
        QStringList keys;
        for (const auto& [prefix, period] : periods) {
            const Condition base = basisCondition(stages, basis, period);
            aggregates << countIf(base);
            for (const Measured& measure : measures)
                if (measure.basis == basis) {
                    aggregates << countIf(both(base, measure.condition, measure.values));
                    keys << measure.key;
                }
        }
        auto measured = measureAll(context, on(stages, basis, spanOf(spans)), aggregates);
        if (!measured)
            return Error{measured.error()};
        int at = 0;
        for (int p = 0; p < periods.size(); ++p) {
            const qint64 base = measured->at(at++);
            for (const Measured& measure : measures)
                if (measure.basis == basis)
                    values[measure.key] << measured->at(at++) << base;
        }
    }
    for (const Measured& measure : measures) {
        const bool part =
            measure.key.startsWith(u"repeat_") && measure.key != u"repeat_complainant";
        table.addRow(measure.key, measure.label, RowRole::Item, part ? 1 : 0).basis = measure.basis;
        if (!part && measure.key != u"repeat_complainant")
            table.newSection();
        for (int p = 0; p < periods.size(); ++p) {
            const auto& [prefix, period] = periods.at(p);
            const Query base = on(stages, measure.basis, period);
            Query counted = base;
            counted.where(measure.condition, measure.values);
            const qint64 number = values.value(measure.key).value(2 * p);
            const qint64 of = values.value(measure.key).value(2 * p + 1);
            table.setCell(measure.key, QString(prefix + u"count"_s), number);
            table.setCell(measure.key, QString(prefix + u"of"_s), of);
            table.setCell(measure.key, QString(prefix + u"percent"_s),
                          ReportTable::percent(number, of));
            context.trace(measure.key, prefix + u"count"_s, counted);
            context.trace(measure.key, prefix + u"of"_s, base);
        }
    }
    for (int p = 0; p < periods.size(); ++p) {
        const auto& [prefix, period] = periods.at(p);
        const QString ofReopened = prefix + u"of_reopened"_s;
        const qint64 reopened = values.value(QStringLiteral("reopened")).value(2 * p);
        const qint64 again = values.value(QStringLiteral("reopened_more_than_once")).value(2 * p);
        table.setCell(u"reopened_more_than_once", ofReopened, reopened);
        table.setCell(u"reopened_more_than_once", QString(prefix + u"percent_of_reopened"_s),
                      ReportTable::percent(again, reopened));
        Query reopenedQuery = on(stages, Basis::Concluded, period);
        reopenedQuery.where(measures.first().condition, measures.first().values);
        context.trace(QStringLiteral("reopened_more_than_once"), ofReopened, reopenedQuery);
    }
    table.setNote(
        Text::tr("Each row states its basis. Re-opened: the complainant came back about the "
                 "same complaint and it was re-opened (at any time up to the report); those "
                 "re-opened more than once are given as a share of those concluded and of "
                 "those re-opened. Repeat: "
                 "the complainant had an earlier complaint of either procedure, received "
                 "before this one: matched on the person record, or recorded on the case as a "
                 "previous complaint (as a log without complainants' names records it); a "
                 "complaint that is both is counted once. Re-openings include those recorded "
                 "only as a number of times."));
    return table;
}

Result<ReportTable> remediesTable(const Context& context)
{
    ReportTable table(QStringLiteral("remedies"), Text::tr("Remedies"), Basis::Concluded);
    table.addColumn(QStringLiteral("label"), Text::tr("Remedy"), ColumnKind::Label);
    table.addColumn(QStringLiteral("remedies"), Text::tr("Remedies"), ColumnKind::Count).unit =
        QStringLiteral("remedies");
    table.addColumn(QStringLiteral("percent"), Text::tr("% of remedies"), ColumnKind::Percent);
    table.addColumn(QStringLiteral("complaints"), Text::tr("Complaints"), ColumnKind::Count)
        .additive = false;
    table.addColumn(QStringLiteral("amount"), Text::tr("Amount"), ColumnKind::Money);
    if (context.comparison()) {
        table
            .addColumn(QStringLiteral("prev_remedies"),
                       Text::tr("Remedies, %1").arg(context.comparisonLabel()), ColumnKind::Count)
            .unit = QStringLiteral("remedies");
        table.addColumn(QStringLiteral("change"), Text::tr("Change"), ColumnKind::Change);
        table.addColumn(QStringLiteral("change_percent"), Text::tr("Change %"),
                        ColumnKind::Percent);
    }
    Query population = complaintStages(context);
    population.join(
        QStringLiteral("JOIN report_remedy r ON r.case_id = c.id AND r.stage_number = s.number"));
    const Key key{QStringLiteral("r.type"), {}};
    const Query concluded = on(population, Basis::Concluded, context.period());
    const Condition now = basisCondition(population, Basis::Concluded, context.period());
    QList<Measure> measures{countIf(now), distinctIf(now),
                            sumIf(QStringLiteral("r.amount_pence"), now)};
    QList<Period> spans{context.period()};
    if (context.comparison()) {
        measures << countIf(basisCondition(population, Basis::Concluded, *context.comparison()));
        spans << *context.comparison();
    }
    const Query scanned = on(population, Basis::Concluded, spanOf(spans));
    auto measured = measureBy(context, scanned, key, measures);
    if (!measured)
        return Error{measured.error()};
    auto complaints = measureAll(context, scanned, {distinctIf(now)});
    if (!complaints)
        return Error{complaints.error()};
    QList<std::pair<QString, Grouped>> columns{
        {QStringLiteral("remedies"), groupedOf(measured.value(), 0, concluded, key)},
        {QStringLiteral("complaints"), groupedOf(measured.value(), 1, concluded, key)},
        {QStringLiteral("amount"), groupedOf(measured.value(), 2, concluded, key)}};
    columns[1].second.total = complaints->value(0); // a complaint with several remedies, once
    if (context.comparison())
        columns.append({QStringLiteral("prev_remedies"),
                        groupedOf(measured.value(), 3,
                                  on(population, Basis::Concluded, *context.comparison()), key)});
    QList<const Grouped*> counted;
    for (const auto& column : columns)
        counted << &column.second;
    addTermRows(context, table, QStringLiteral("remedy_type"), counted);
    table.addRow(QStringLiteral("total"), Text::tr("Total"), RowRole::Total);
    for (const auto& [column, grouped] : columns)
        fill(context, table, column, grouped);
    table.fillPercent(u"remedies", u"percent");
    table.fillChange(u"remedies", u"prev_remedies", u"change", u"change_percent");
    table.setNote(
        Text::tr("Remedies recorded at a complaint stage concluded in the period. One "
                 "complaint can have several remedies, so the complaints column does not add "
                 "up. The amount is financial remedies the council offered; compensation the "
                 "Ombudsman recommended is in ombudsman_recommendations."));
    return table;
}

Result<ReportTable> learningTable(const Context& context)
{
    ReportTable table(QStringLiteral("learning"), Text::tr("Learning actions"), Basis::Concluded);
    table.addColumn(QStringLiteral("label"), Text::tr("Theme"), ColumnKind::Label);
    struct Column
    {
        QString id;
        QString label;
        QString status; // empty: all actions
    };
    const QList<Column> columns{
        {QStringLiteral("actions"), Text::tr("Actions"), QString()},
        {QStringLiteral("implemented"), Text::tr("Implemented"), QStringLiteral("implemented")},
        {QStringLiteral("not_implemented"), Text::tr("Not implemented"),
         QStringLiteral("not_implemented")},
        {QStringLiteral("in_progress"), Text::tr("In progress"), QStringLiteral("in_progress")},
        {QStringLiteral("proposed"), Text::tr("Proposed"), QStringLiteral("proposed")}};
    for (const Column& column : columns)
        table.addColumn(column.id, column.label, ColumnKind::Count).unit =
            QStringLiteral("actions");
    table.addColumn(QStringLiteral("implemented_percent"), Text::tr("% implemented"),
                    ColumnKind::Percent);
    table.addColumn(QStringLiteral("cases"), Text::tr("Cases"), ColumnKind::Count).additive = false;

    // Learning is taken when a case's latest stage concludes, whatever its kind.
    Query population;
    population.from =
        QStringLiteral("report_learning_action la JOIN report_cases c ON c.id = la.case_id "
                       "LEFT JOIN report_stage s ON s.case_id = c.id AND s.number = "
                       "c.current_stage");
    population.start = QStringLiteral("COALESCE(s.requested_on, c.received_on)");
    population.end = QStringLiteral("COALESCE(s.responded_on, c.closed_on)");
    if (context.scope().procedure)
        population.where(
            QStringLiteral("(c.kind <> ? OR c.procedure = ?)"),
            {caseKindCode(CaseKind::Complaint), procedureCode(*context.scope().procedure)});
    const Query concluded = on(population, Basis::Concluded, context.period());
    const Key key{QStringLiteral("la.theme"), {}};
    QList<Measure> measures;
    const Condition all{QStringLiteral("1 = 1"), {}};
    for (const Column& column : columns)
        measures << countIf(column.status.isEmpty()
                                ? all
                                : Condition{QStringLiteral("la.status = ?"), {column.status}});
    measures << distinctIf(all);
    auto measured = measureBy(context, concluded, key, measures);
    if (!measured)
        return Error{measured.error()};
    auto cases = measureAll(context, concluded, {distinctIf(all)});
    if (!cases)
        return Error{cases.error()};
    QList<Grouped> grouped;
    for (int i = 0; i < columns.size(); ++i) {
        Query query = concluded;
        if (!columns.at(i).status.isEmpty())
            query.where(QStringLiteral("la.status = ?"), {columns.at(i).status});
        grouped << groupedOf(measured.value(), i, query, key);
    }
    grouped << groupedOf(measured.value(), int(columns.size()), concluded, key);
    grouped.last().total = cases->value(0); // a case with actions in several themes, once
    addTermRows(context, table, QStringLiteral("learning_theme"), pointers(grouped));
    table.addRow(QStringLiteral("total"), Text::tr("Total"), RowRole::Total);
    for (int i = 0; i < columns.size(); ++i)
        fill(context, table, columns.at(i).id, grouped.at(i));
    fill(context, table, QStringLiteral("cases"), grouped.last());
    const QList<ReportRow> rows = table.rows();
    for (const ReportRow& row : rows)
        table.setCell(row.key, u"implemented_percent",
                      ReportTable::percent(table.cell(row.key, u"implemented").toLongLong(),
                                           table.cell(row.key, u"actions").toLongLong()));
    table.setNote(
        Text::tr("Learning actions recorded against cases of any kind whose latest stage "
                 "concluded in the period, by theme and by their status now. A case can have "
                 "actions in several themes, so the cases column does not add up."));
    return table;
}

} // namespace redress::reporting

// Each stage of each procedure, and the Ombudsman's enquiries, broken down the way published
// reports give them: the caseload, the outcomes with the extended and late responses, and
// those received by complainant, service area and team, the child's status and advocacy.
// One generator serves every stage; what a stage is broken down by is a list (dimensions()),
// so a new case field is one more entry there.
#include "ReportEngine_p.h"
#include "StagePopulation.h"
#include "StageTimings.h"

using namespace Qt::StringLiterals;

namespace redress::reporting {

namespace {

// How one section of the table groups the complaints received. `taxonomy` names the terms
// the rows are; without one the rows are service areas with their teams. Where one complaint
// can fall in several rows (several children), each row counts the complaints in it and
// there is no total to add up to.
struct Dimension
{
    QString prefix;
    QString taxonomy;
    QString join; // what the key needs joined to the population, if anything
    Key key;
    QString totalLabel; // empty where the rows overlap
    // The key in the complaint stage population; none where it is the child's status.
    StagePopulation::KeyOf keyOf;
};

QList<Dimension> dimensions()
{
    return {
        {QStringLiteral("role:"),
         QStringLiteral("complainant_role"),
         {},
         {QStringLiteral("c.complainant_role"), {}},
         Text::tr("Received, by complainant"),
         [](const PopulationStage& stage) {
             return stage.role;
         }},
        {QStringLiteral("service:"),
         {},
         {},
         unitKey(),
         Text::tr("Received, by service area and team"),
         [](const PopulationStage& stage) {
             return stage.unit;
         }},
        // a complaint about no recorded child counts as not recorded
        {QStringLiteral("status:"),
         QStringLiteral("child_status"),
         QStringLiteral("LEFT JOIN report_case_child k ON k.case_id = c.id"),
         {QStringLiteral("k.status"), {}},
         {},
         {}},
    };
}

QList<std::pair<QString, Period>> periodsOf(const Context& context)
{
    QList<std::pair<QString, Period>> periods{{QStringLiteral("count"), context.period()}};
    if (context.comparison())
        periods.append({QStringLiteral("prev_count"), *context.comparison()});
    return periods;
}

QString subjectKey(const StageSubject& subject)
{
    if (!subject.procedure)
        return QStringLiteral("ombudsman");
    return QStringLiteral("%1_stage%2").arg(procedureCode(*subject.procedure)).arg(subject.stage);
}

QString subjectLabel(const StageSubject& subject)
{
    if (!subject.procedure)
        return Text::tr("Ombudsman (LGSCO) enquiries");
    return Text::tr("%1, stage %2").arg(procedureLabel(*subject.procedure)).arg(subject.stage);
}

Query populationOf(const Context& context, const StageSubject& subject)
{
    if (subject.procedure)
        return complaintStages(context, subject.stage, subject.procedure);
    return casesOfKinds({CaseKind::OmbudsmanEnquiry});
}

QList<Period> spansOf(const Context& context)
{
    QList<Period> spans;
    for (const auto& [column, period] : periodsOf(context))
        spans << period;
    return spans;
}

// A complaint stage's members, counted from the report's population of complaint stages;
// the Ombudsman's enquiries are counted in SQL.
struct InMemory
{
    std::shared_ptr<const StagePopulation> stages;
    StagePopulation::Filter include;

    explicit operator bool() const { return stages != nullptr; }
    qint64 count(Basis basis, const Period& period,
                 const StagePopulation::Filter& also = nullptr) const
    {
        const StagePopulation::Filter filter =
            also ? StagePopulation::Filter(
                       [&](const PopulationStage& stage) { return include(stage) && also(stage); })
                 : include;
        return stages
            ->count(basis, {period}, filter, [](const PopulationStage&) { return quint16(0); })
            .value(0)
            .value(QString());
    }
};

Result<InMemory> inMemory(const Context& context, const StageSubject& subject)
{
    if (!subject.procedure)
        return InMemory{};
    auto stages = StagePopulation::of(context);
    if (!stages)
        return Error{stages.error()};
    for (const Period& period : spansOf(context))
        if (!stages.value()->covers(period))
            return InMemory{};
    auto include = stageFilter(*stages.value(), subject.stage, subject.procedure);
    return InMemory{stages.value(), include};
}

// The rows of the caseload, each on its own basis, counted for this period and the compared
// one in a single scan: every member of any of them was worked on in one of the periods.
Status addCaseload(const Context& context, ReportTable& table, const Query& population,
                   const InMemory& memory)
{
    const QList<std::tuple<QString, QString, RowRole, Basis>> rows{
        {QStringLiteral("carried_forward"), Text::tr("Carried forward from before the period"),
         RowRole::Item, Basis::CarriedForward},
        {QStringLiteral("received"), Text::tr("Received in the period"), RowRole::Item,
         Basis::Received},
        {QStringLiteral("worked_on"), Text::tr("Worked on"), RowRole::Total, Basis::WorkedOn},
        {QStringLiteral("concluded"), Text::tr("Concluded in the period"), RowRole::Memo,
         Basis::Concluded},
        {QStringLiteral("ongoing"), Text::tr("Ongoing at the end of the period"), RowRole::Memo,
         Basis::Ongoing},
    };
    const QList<std::pair<QString, Period>> periods = periodsOf(context);
    QList<Measure> measures;
    QList<Period> spans;
    for (const auto& [column, period] : periods) {
        spans << period;
        for (const auto& [key, label, role, basis] : rows)
            measures << countIf(basisCondition(population, basis, period));
    }
    QList<qint64> counts;
    if (memory) {
        for (const auto& [column, period] : periods)
            for (const auto& [key, label, role, basis] : rows)
                counts << memory.count(basis, period);
    } else {
        auto measured =
            measureAll(context, on(population, Basis::WorkedOn, spanOf(spans)), measures);
        if (!measured)
            return Error{measured.error()};
        counts = measured.value();
    }
    int index = 0;
    for (const auto& [column, period] : periods)
        for (const auto& [key, label, role, basis] : rows) {
            const QString rowKey = u"caseload:"_s + key;
            if (!table.row(rowKey))
                table.addRow(rowKey, label, role).basis = basis;
            table.setCell(rowKey, column, counts.value(index++));
            context.trace(rowKey, column, on(population, basis, period));
        }
    return {};
}

// Rows by the outcome (the Ombudsman's decision) of what concluded, and how many of the
// responses were extended or late, by the same measure as the timescales table.
Status addOutcomes(const Context& context, ReportTable& table, const StageSubject& subject,
                   const Query& population, const InMemory& memory)
{
    table.newSection();
    Query concludedPopulation = population;
    Key key{QStringLiteral("s.outcome"), {}};
    QString taxonomy = QStringLiteral("outcome");
    if (!subject.procedure) {
        concludedPopulation.join(
            QStringLiteral("LEFT JOIN report_ombudsman_decision d ON d.case_id = c.id"));
        key = {QStringLiteral("d.decision"), {}};
        taxonomy = QStringLiteral("lgsco_decision");
    }
    const QList<Period> spans = spansOf(context);
    QList<Grouped> grouped;
    if (memory) {
        const auto counts =
            memory.stages->count(Basis::Concluded, spans, memory.include,
                                 [](const PopulationStage& stage) { return stage.outcome; });
        for (int i = 0; i < spans.size(); ++i)
            grouped << groupedFrom(counts.at(i),
                                   on(concludedPopulation, Basis::Concluded, spans.at(i)), key);
    } else {
        auto groupedPeriods =
            groupPeriods(context, concludedPopulation, Basis::Concluded, spans, key);
        if (!groupedPeriods)
            return Error{groupedPeriods.error()};
        grouped = groupedPeriods.value();
    }
    QList<const Grouped*> counted;
    for (const Grouped& g : grouped)
        counted << &g;
    const qsizetype before = table.rows().size();
    addTermRows(context, table, taxonomy, counted, QStringLiteral("outcome:"));
    QStringList added;
    for (qsizetype i = before; i < table.rows().size(); ++i)
        added << table.rows().at(i).key;
    for (const QString& rowKey : std::as_const(added))
        table.row(rowKey)->basis = Basis::Concluded;
    const QList<std::pair<QString, Period>> periods = periodsOf(context);
    table.addRow(QStringLiteral("outcome:total"), Text::tr("Concluded, by outcome"), RowRole::Total)
        .basis = Basis::Concluded;
    for (int i = 0; i < periods.size(); ++i)
        fill(context, table, periods.at(i).first, grouped.at(i), QStringLiteral("outcome:"),
             QStringLiteral("outcome:total"));
    if (!subject.procedure)
        return {};

    table
        .addRow(QStringLiteral("outcome:extended"), Text::tr("Of which the response was extended"),
                RowRole::Memo)
        .basis = Basis::Concluded;
    table
        .addRow(QStringLiteral("outcome:outside_timescale"),
                Text::tr("Of which responded to after the stage's own deadline (extended "
                         "where agreed)"),
                RowRole::Memo)
        .basis = Basis::Concluded;
    for (const auto& [column, period] : periods) {
        auto measured = concludedComplaintStages(context, period);
        if (!measured)
            return Error{measured.error()};
        QList<qint64> extended;
        QList<qint64> late;
        for (const auto& [facts, timing] : *measured.value()) {
            if (facts.procedure != *subject.procedure || facts.stage.number != subject.stage ||
                !timing.responded)
                continue;
            if (timing.extended)
                extended << facts.caseId;
            if (!timing.metOwnDeadline)
                late << facts.caseId;
        }
        table.setCell(u"outcome:extended"_s, column, qint64(extended.size()));
        context.trace(QStringLiteral("outcome:extended"), column, extended);
        table.setCell(u"outcome:outside_timescale"_s, column, qint64(late.size()));
        context.trace(QStringLiteral("outcome:outside_timescale"), column, late);
    }
    return {};
}

// The counts of a dimension in each period, from the population of complaint stages.
QList<Grouped> countedInMemory(const Context& context, const InMemory& memory, const Query& joined,
                               const Dimension& dimension)
{
    const QList<Period> spans = spansOf(context);
    const auto counts =
        dimension.keyOf
            ? memory.stages->count(Basis::Received, spans, memory.include, dimension.keyOf)
            : memory.stages->countByChildStatus(Basis::Received, spans, memory.include, true);
    QList<Grouped> grouped;
    for (int i = 0; i < spans.size(); ++i)
        grouped << groupedFrom(counts.at(i), on(joined, Basis::Received, spans.at(i)),
                               dimension.key);
    return grouped;
}

Status addDimension(const Context& context, ReportTable& table, const Query& population,
                    const Dimension& dimension, const InMemory& memory)
{
    table.newSection();
    Query joined = dimension.taxonomy.isEmpty() ? withUnits(population) : population;
    if (!dimension.join.isEmpty())
        joined.join(dimension.join);
    const QList<std::pair<QString, Period>> periods = periodsOf(context);
    const bool overlapping = dimension.totalLabel.isEmpty();
    // both periods in one scan; where rows overlap, each counts distinct complaints
    QList<Measure> measures;
    QList<Period> spans;
    for (const auto& [column, period] : periods) {
        const Condition received = basisCondition(joined, Basis::Received, period);
        measures << (overlapping ? distinctIf(received) : countIf(received));
        spans << period;
    }
    QList<Grouped> grouped;
    if (memory) {
        grouped = countedInMemory(context, memory, joined, dimension);
    } else {
        auto measured =
            measureBy(context, on(joined, Basis::Received, spanOf(spans)), dimension.key, measures);
        if (!measured)
            return Error{measured.error()};
        for (int i = 0; i < periods.size(); ++i)
            grouped << groupedOf(measured.value(), i,
                                 on(joined, Basis::Received, periods.at(i).second), dimension.key);
    }
    QList<const Grouped*> counted;
    for (const Grouped& g : grouped)
        counted << &g;
    const QString totalKey = dimension.prefix + u"total"_s;
    const qsizetype before = table.rows().size();
    if (dimension.taxonomy.isEmpty())
        addServiceRows(context, table, counted, true, dimension.prefix);
    else
        addTermRows(context, table, dimension.taxonomy, counted, dimension.prefix);
    if (!overlapping)
        table.addRow(totalKey, dimension.totalLabel, RowRole::Total);
    for (int i = 0; i < periods.size(); ++i) {
        if (dimension.taxonomy.isEmpty())
            fillUnits(context, table, periods.at(i).first, grouped.at(i), dimension.prefix,
                      totalKey);
        else
            fill(context, table, periods.at(i).first, grouped.at(i), dimension.prefix, totalKey);
    }
    if (overlapping) {
        QStringList added;
        for (qsizetype i = before; i < table.rows().size(); ++i)
            added << table.rows().at(i).key;
        for (const QString& rowKey : std::as_const(added)) {
            ReportRow* row = table.row(rowKey);
            row->role = RowRole::Memo;
            row->basis = Basis::Received;
            row->cells[0] = Text::tr("About a child: %1").arg(row->cells.at(0).toString());
        }
    }
    return {};
}

} // namespace

QList<StageSubject> stageSubjects()
{
    QList<StageSubject> subjects;
    for (Procedure procedure : {Procedure::Statutory, Procedure::Corporate})
        for (int stage = 1; stage <= 3; ++stage)
            subjects.append({procedure, stage});
    subjects.append({std::nullopt, 0});
    return subjects;
}

QString stageBreakdownId(const StageSubject& subject)
{
    return u"breakdown_"_s + subjectKey(subject);
}

bool hasStage(const Context& context, const StageSubject& subject)
{
    if (!subject.procedure)
        return true;
    return context.complaintProcedures().contains(*subject.procedure) &&
           subject.stage <= context.stageCount(*subject.procedure);
}

Result<ReportTable> stageBreakdownTable(const Context& context, const StageSubject& subject)
{
    ReportTable table(stageBreakdownId(subject), subjectLabel(subject), Basis::Mixed);
    table.addColumn(QStringLiteral("label"), Text::tr("Caseload, outcomes and who complained"),
                    ColumnKind::Label);
    addCountColumns(context, table);
    const Query population = populationOf(context, subject);
    auto memory = inMemory(context, subject);
    if (!memory)
        return Error{memory.error()};
    if (Status s = addCaseload(context, table, population, memory.value()); !s)
        return Error{s.error()};
    if (Status s = addOutcomes(context, table, subject, population, memory.value()); !s)
        return Error{s.error()};
    for (const Dimension& dimension : dimensions())
        if (Status s = addDimension(context, table, population, dimension, memory.value()); !s)
            return Error{s.error()};
    table
        .addRow(QStringLiteral("advocate:with_advocate"),
                Text::tr("Of the complaints received, with an advocate"), RowRole::Memo)
        .basis = Basis::Received;
    for (const auto& [column, period] : periodsOf(context)) {
        Query query = on(population, Basis::Received, period);
        query.where(QStringLiteral("(c.advocate_provided_by <> '' OR c.complainant_role = ? OR "
                                   "EXISTS (SELECT 1 FROM report_case_child ka WHERE ka.case_id "
                                   "= c.id AND ka.advocate_provider <> ''))"),
                    {QStringLiteral("advocate")});
        qint64 count = 0;
        if (memory.value()) {
            count = memory->count(Basis::Received, period,
                                  [](const PopulationStage& stage) { return stage.advocate; });
        } else {
            auto counted = countAll(context, query);
            if (!counted)
                return Error{counted.error()};
            count = counted.value();
        }
        table.setCell(u"advocate:with_advocate"_s, column, count);
        context.trace(QStringLiteral("advocate:with_advocate"), column, query);
    }
    finishCountColumns(context, table);
    table.setNote(
        Text::tr("%1: first the caseload (carried forward and received make those worked on; "
                 "concluded and ongoing are part of them); then what concluded in the period, "
                 "by outcome, with the responses extended and those after their own deadline; "
                 "then what was received in the period by complainant and by service area and "
                 "team (teams add up to their service area); last, the complaints received "
                 "about a child of each status (a complaint about several children counts "
                 "under each of their statuses, so these rows do not add up) and those with "
                 "an advocate. Each row states "
                 "what it counts.")
            .arg(subjectLabel(subject)));
    return table;
}

} // namespace redress::reporting

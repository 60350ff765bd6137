// Tables by kind and stage: headline, caseload, history, quarterly, enquiries, and the
// context figures.
#include "ReportEngine_p.h"
#include "StageFactsPopulation.h"
#include "StagePopulation.h"
#include "StageTimings.h"
#include "storage/Sql.h"
#include "util/UkFormat.h"

using namespace Qt::StringLiterals;

namespace redress::reporting {

namespace {

// Every kind but complaints, the council's own last (retired ones too: their cases count).
QList<CaseKind> otherKinds()
{
    QList<CaseKind> kinds = caseKindsWithCouncil();
    kinds.removeAll(CaseKind::Complaint);
    return kinds;
}

QString pluralLabel(CaseKind kind)
{
    if (isCouncilKind(kind)) // a council's own name for its kind, as it names it
        return caseKindLabel(kind);
    switch (kind) {
    case CaseKind::Complaint:
        return Text::tr("Complaints");
    case CaseKind::Concern:
        return Text::tr("Concerns");
    case CaseKind::Compliment:
        return Text::tr("Compliments");
    case CaseKind::Comment:
        return Text::tr("Comments");
    case CaseKind::GeneralEnquiry:
        return Text::tr("General enquiries");
    case CaseKind::MpEnquiry:
        return Text::tr("MP enquiries");
    case CaseKind::CouncillorEnquiry:
        return Text::tr("Councillor enquiries");
    case CaseKind::OmbudsmanEnquiry:
        return Text::tr("Ombudsman (LGSCO) enquiries");
    }
    return {};
}

const QString stagePrefix = QStringLiteral("_stage");

// The kind rows of a grid of periods (history, quarterly): one GROUP BY per population over
// the whole span, bucketed by period in SQL.
Result<QHash<QString, qint64>> countByPeriod(const Context& context, const QList<Period>& periods)
{
    Key bucket;
    bucket.sql = QStringLiteral("CASE");
    for (int i = 0; i < periods.size(); ++i) {
        bucket.sql += QStringLiteral(" WHEN %START% BETWEEN ? AND ? THEN '%1'").arg(i);
        bucket.values << sql::date(periods.at(i).first) << sql::date(periods.at(i).last);
    }
    bucket.sql += QStringLiteral(" END");
    Period span{periods.first().first, periods.last().last};
    for (const Period& period : periods) {
        span.first = std::min(span.first, period.first);
        span.last = std::max(span.last, period.last);
    }
    QHash<QString, qint64> result;
    const Query stages = on(complaintStages(context), Basis::Received, span);
    const Query others = on(casesOfKinds(otherKinds()), Basis::Received, span);
    const QList<std::pair<Query, QString>> parts{{stages, stageKey().sql},
                                                 {others, QStringLiteral("c.kind")}};
    for (const auto& [query, rowKey] : parts) {
        Key key{
            QStringLiteral("(%1) || ':' || %2")
                .arg(QString(bucket.sql).replace(QStringLiteral("%START%"), query.start), rowKey),
            bucket.values};
        auto counts = countBy(context, query, key);
        if (!counts)
            return Error{counts.error()};
        for (auto it = counts->constBegin(); it != counts->constEnd(); ++it)
            result[it.key()] += it.value();
    }
    return result;
}

// Rows are periods, columns kind rows; with a total row when the periods make up a whole.
Result<ReportTable> periodGrid(const Context& context, ReportTable table,
                               const QList<std::pair<QString, Period>>& periods,
                               const QString& periodHeading, std::optional<Period> whole)
{
    const QList<KindRow> rows = kindRows(context);
    table.addColumn(QStringLiteral("label"), periodHeading, ColumnKind::Label);
    for (const KindRow& row : rows)
        table.addColumn(row.key, row.label, ColumnKind::Count);
    QList<Period> spans;
    for (const auto& [key, period] : periods) {
        table.addRow(key, period.label());
        spans << period;
    }
    auto counts = countByPeriod(context, spans);
    if (!counts)
        return Error{counts.error()};
    for (int i = 0; i < periods.size(); ++i) {
        for (const KindRow& row : rows) {
            table.setCell(periods.at(i).first, row.key,
                          counts->value(QStringLiteral("%1:%2").arg(i).arg(row.key), 0));
            context.trace(periods.at(i).first, row.key,
                          on(kindRowQuery(context, row), Basis::Received, periods.at(i).second));
        }
    }
    if (whole) {
        table.addRow(QStringLiteral("total"), Text::tr("Total"), RowRole::Total);
        for (const KindRow& row : rows) {
            qint64 total = 0;
            for (int i = 0; i < periods.size(); ++i)
                total += table.cell(periods.at(i).first, row.key).toLongLong();
            table.setCell(u"total", row.key, total);
            context.trace(QStringLiteral("total"), row.key,
                          on(kindRowQuery(context, row), Basis::Received, *whole));
        }
    }
    return table;
}

} // namespace

Key stageKey()
{
    return {QStringLiteral("c.procedure || '%1' || CAST(s.number AS TEXT)").arg(stagePrefix), {}};
}

QList<KindRow> kindRows(const Context& context)
{
    QList<KindRow> rows;
    for (Procedure procedure : context.complaintProcedures()) {
        for (int stage = 1; stage <= context.stageCount(procedure); ++stage) {
            rows.append(
                {procedureCode(procedure) + stagePrefix + QString::number(stage),
                 Text::tr("%1 complaints, stage %2").arg(procedureLabel(procedure)).arg(stage),
                 procedure, stage, std::nullopt});
        }
    }
    for (CaseKind kind : otherKinds())
        rows.append({caseKindCode(kind), pluralLabel(kind), std::nullopt, 0, kind});
    return rows;
}

Query kindRowQuery(const Context& context, const KindRow& row)
{
    if (row.procedure)
        return complaintStages(context, row.stage, row.procedure);
    return casesOfKinds({*row.kind});
}

Result<QList<QHash<QString, qint64>>> kindRowCounts(const Context& context,
                                                    const QList<std::pair<Basis, Period>>& cells)
{
    QList<Period> periods;
    bool allReceived = true;
    for (const auto& [basis, period] : cells) {
        periods << period;
        allReceived = allReceived && basis == Basis::Received;
    }
    const Period span = spanOf(periods);
    QList<QHash<QString, qint64>> result(cells.size());
    QList<std::pair<Query, Key>> populations{
        {casesOfKinds(otherKinds()), {QStringLiteral("c.kind"), {}}}};
    auto stages = StagePopulation::of(context);
    if (!stages)
        return Error{stages.error()};
    if (stages.value()->covers(span)) {
        // each complaint stage row from the report's complaint stages
        for (const KindRow& row : kindRows(context)) {
            if (!row.procedure)
                continue;
            const StagePopulation::Filter include =
                stageFilter(*stages.value(), row.stage, row.procedure);
            for (int i = 0; i < cells.size(); ++i) {
                const auto& [basis, period] = cells.at(i);
                const qint64 count = stages.value()
                                         ->count(basis, {period}, include,
                                                 [](const PopulationStage&) { return quint16(0); })
                                         .at(0)
                                         .value(QString());
                if (count > 0)
                    result[i][row.key] += count;
            }
        }
    } else {
        populations.prepend({complaintStages(context), stageKey()});
    }
    for (const auto& [population, key] : populations) {
        QList<Measure> measures;
        for (const auto& [basis, period] : cells)
            measures << countIf(basisCondition(population, basis, period));
        // every basis of a period is part of what was worked on in it
        const Query scanned = on(population, allReceived ? Basis::Received : Basis::WorkedOn, span);
        auto measured = measureBy(context, scanned, key, measures);
        if (!measured)
            return Error{measured.error()};
        for (auto it = measured->constBegin(); it != measured->constEnd(); ++it)
            for (int i = 0; i < cells.size(); ++i)
                result[i][it.key()] += it.value().at(i);
    }
    return result;
}

Result<ReportTable> headlineTable(const Context& context)
{
    ReportTable table(QStringLiteral("headline"), Text::tr("Headline figures by kind and stage"),
                      Basis::Received);
    table.addColumn(QStringLiteral("label"), Text::tr("Kind and stage"), ColumnKind::Label);
    table.addColumn(QStringLiteral("count"), context.currentLabel(), ColumnKind::Count);
    if (context.comparison()) {
        table.addColumn(QStringLiteral("prev_count"), context.comparisonLabel(), ColumnKind::Count);
        table.addColumn(QStringLiteral("change"), Text::tr("Change"), ColumnKind::Change);
        table.addColumn(QStringLiteral("change_percent"), Text::tr("Change %"),
                        ColumnKind::Percent);
    }
    const QList<KindRow> rows = kindRows(context);
    for (const KindRow& row : rows)
        table.addRow(row.key, row.label);
    QList<std::pair<QString, Period>> columns{{QStringLiteral("count"), context.period()}};
    if (context.comparison())
        columns.append({QStringLiteral("prev_count"), *context.comparison()});
    QList<std::pair<Basis, Period>> cells;
    for (const auto& [column, period] : columns)
        cells.append({Basis::Received, period});
    auto counts = kindRowCounts(context, cells);
    if (!counts)
        return Error{counts.error()};
    for (int i = 0; i < columns.size(); ++i) {
        const auto& [column, period] = columns.at(i);
        for (const KindRow& row : rows) {
            table.setCell(row.key, column, counts->at(i).value(row.key, 0));
            context.trace(row.key, column, on(kindRowQuery(context, row), Basis::Received, period));
        }
    }
    table.fillChange(u"count", u"prev_count", u"change", u"change_percent");
    table.setNote(
        Text::tr("A complaint stage counts when it was requested (stage 1: when the complaint "
                 "was received); other kinds count when they were received. The rows are not "
                 "added up: a complaint that went to stage 2 counts at both stages."));
    return table;
}

Result<ReportTable> caseloadTable(const Context& context)
{
    ReportTable table(QStringLiteral("caseload"),
                      Text::tr("Cases worked on, carried forward, received, "
                               "concluded and ongoing"),
                      Basis::WorkedOn);
    table.addColumn(QStringLiteral("label"), Text::tr("Kind and stage"), ColumnKind::Label);
    struct Column
    {
        QString id;
        QString label;
        Basis basis;
    };
    const QList<Column> columns{
        {QStringLiteral("worked_on"), Text::tr("Worked on"), Basis::WorkedOn},
        {QStringLiteral("carried_forward"), Text::tr("Carried forward"), Basis::CarriedForward},
        {QStringLiteral("received"), Text::tr("Received"), Basis::Received},
        {QStringLiteral("concluded"), Text::tr("Concluded"), Basis::Concluded},
        {QStringLiteral("ongoing"), Text::tr("Ongoing at the end"), Basis::Ongoing}};
    QList<std::pair<QString, Period>> periods{{QString(), context.period()}};
    if (context.comparison())
        periods.append({QStringLiteral("prev_"), *context.comparison()});
    for (const auto& [prefix, period] : periods) {
        for (const Column& column : columns) {
            ReportColumn& added = table.addColumn(
                prefix + column.id,
                prefix.isEmpty() ? column.label
                                 : Text::tr("%1, %2").arg(column.label, period.label()),
                ColumnKind::Count);
            added.basis = column.basis;
            if (column.id == u"ongoing" && prefix.isEmpty()) {
                table
                    .addColumn(QStringLiteral("overdue"), Text::tr("Of those, overdue"),
                               ColumnKind::Count)
                    .basis = Basis::Ongoing;
            }
        }
    }
    const QList<KindRow> rows = kindRows(context);
    for (const KindRow& row : rows)
        table.addRow(row.key, row.label);
    QList<std::pair<Basis, Period>> cells;
    for (const auto& [prefix, period] : periods)
        for (const Column& column : columns)
            cells.append({column.basis, period});
    auto counts = kindRowCounts(context, cells);
    if (!counts)
        return Error{counts.error()};
    int cell = 0;
    for (const auto& [prefix, period] : periods) {
        for (const Column& column : columns) {
            for (const KindRow& row : rows) {
                table.setCell(row.key, QString(prefix + column.id),
                              counts->at(cell).value(row.key, 0));
                context.trace(row.key, prefix + column.id,
                              on(kindRowQuery(context, row), column.basis, period));
            }
            ++cell;
        }
    }

    // Overdue at the end of the period, each stage against its own deadline as it then stood.
    QHash<QString, QList<qint64>> overdue;
    for (const bool complaints : {true, false}) {
        auto facts = complaints
                         ? StageFactsPopulation::on(context, Basis::Ongoing, context.period())
                         : loadStageFacts(context, on(casesOfKinds(otherKinds()), Basis::Ongoing,
                                                      context.period()));
        if (!facts)
            return Error{facts.error()};
        for (const StageFacts& stage : facts.value()) {
            auto standing = standingAt(context, stage, context.period().last);
            if (!standing)
                return Error{standing.error()};
            if (!standing->isOverdue())
                continue;
            const QString key = stage.kind == CaseKind::Complaint
                                    ? procedureCode(stage.procedure) + stagePrefix +
                                          QString::number(stage.stage.number)
                                    : caseKindCode(stage.kind);
            overdue[key].append(stage.caseId);
        }
    }
    for (const KindRow& row : rows) {
        table.setCell(row.key, u"overdue", qint64(overdue.value(row.key).size()));
        context.trace(row.key, QStringLiteral("overdue"), overdue.value(row.key));
    }
    table.setNote(
        Text::tr("Worked on = carried forward + received = concluded + ongoing. Concluded "
                 "means responded to, or withdrawn or closed without a response. Overdue: "
                 "ongoing at the end of the period and past the stage's next deadline as it "
                 "stood then (its acknowledgement, response or panel step; extended, less "
                 "suspensions). The rows are not added up."));
    return table;
}

Result<ReportTable> historyTable(const Context& context)
{
    ReportTable table(QStringLiteral("history"), Text::tr("The last seven years"), Basis::Received);
    const int year = context.scope().financialYear();
    const int quarter = context.scope().quarter();
    QList<std::pair<QString, Period>> periods;
    for (int y = year - 6; y <= year; ++y)
        periods.append({QString::number(y),
                        quarter > 0 ? Period::quarter(y, quarter) : Period::financialYear(y)});
    auto built = periodGrid(context, table, periods,
                            quarter > 0 ? Text::tr("Quarter") : Text::tr("Year"), std::nullopt);
    if (built)
        built->setNote(quarter > 0 ? Text::tr("The same quarter in each of the last seven years.")
                                   : Text::tr("Each financial year, 1 April to 31 March."));
    return built;
}

Result<ReportTable> quarterlyTable(const Context& context)
{
    ReportTable table(QStringLiteral("quarterly"), Text::tr("Received per quarter"),
                      Basis::Received);
    const int year = context.scope().financialYear();
    // A quarter's summary goes up to its own quarter: the quarters after it have not been
    // reported on yet, even when the report is produced after they have begun.
    const int lastQuarter = context.scope().isQuarter() ? context.scope().quarter() : 4;
    QList<std::pair<QString, Period>> periods;
    for (int q = 1; q <= lastQuarter; ++q)
        periods.append({QStringLiteral("q%1").arg(q), Period::quarter(year, q)});
    const Period yearToDate{Period::financialYear(year).first,
                            Period::quarter(year, lastQuarter).last};
    auto built = periodGrid(context, table, periods, Text::tr("Quarter"), yearToDate);
    if (!built)
        return built;
    if (lastQuarter == 4)
        built->setNote(
            Text::tr("The four quarters of %1: April-June, July-September, October-December, "
                     "January-March.")
                .arg(financialYearLabel(year)));
    else
        built->setNote(Text::tr("The quarters of %1 up to and including Q%2, the total being "
                                "the year to date (%3 to %4).")
                           .arg(financialYearLabel(year))
                           .arg(lastQuarter)
                           .arg(ukDate(yearToDate.first), ukDate(yearToDate.last)));
    return built;
}

Result<ReportTable> enquiriesTable(const Context& context)
{
    ReportTable table(QStringLiteral("enquiries"), Text::tr("Concerns and enquiries"),
                      Basis::WorkedOn);
    QList<CaseKind> kinds{CaseKind::Concern, CaseKind::GeneralEnquiry, CaseKind::MpEnquiry,
                          CaseKind::CouncillorEnquiry};
    for (const CouncilKind& council : councilKinds())
        if (council.reportGroup == KindReportGroup::Enquiry)
            kinds.append(*caseKindFromCode(council.code));
    table.addColumn(QStringLiteral("label"), Text::tr("Kind"), ColumnKind::Label);
    const QList<std::pair<QString, Basis>> columns{
        {QStringLiteral("worked_on"), Basis::WorkedOn},
        {QStringLiteral("carried_forward"), Basis::CarriedForward},
        {QStringLiteral("received"), Basis::Received},
        {QStringLiteral("concluded"), Basis::Concluded},
        {QStringLiteral("ongoing"), Basis::Ongoing}};
    for (const auto& [id, basis] : columns)
        table.addColumn(id, basisLabel(basis), ColumnKind::Count).basis = basis;
    table
        .addColumn(QStringLiteral("within_timescale"),
                   Text::tr("Responded to within the timescale"), ColumnKind::Count)
        .basis = Basis::Concluded;
    table.addColumn(QStringLiteral("within_percent"), Text::tr("% of those concluded"),
                    ColumnKind::Percent);
    if (context.comparison()) {
        table
            .addColumn(QStringLiteral("prev_received"),
                       Text::tr("Received, %1").arg(context.comparisonLabel()), ColumnKind::Count)
            .basis = Basis::Received;
        table.addColumn(QStringLiteral("change"), Text::tr("Change"), ColumnKind::Change);
        table.addColumn(QStringLiteral("change_percent"), Text::tr("Change %"),
                        ColumnKind::Percent);
    }
    for (CaseKind kind : kinds)
        table.addRow(caseKindCode(kind), pluralLabel(kind));
    table.addRow(QStringLiteral("total"), Text::tr("Total"), RowRole::Total);

    const Key kindKey{QStringLiteral("c.kind"), {}};
    QList<std::tuple<QString, Basis, Period>> counted;
    for (const auto& [id, basis] : columns)
        counted.append({id, basis, context.period()});
    if (context.comparison())
        counted.append({QStringLiteral("prev_received"), Basis::Received, *context.comparison()});
    const Query population = casesOfKinds(kinds);
    QList<Measure> measures;
    QList<Period> periods;
    for (const auto& [id, basis, period] : counted) {
        measures << countIf(basisCondition(population, basis, period));
        periods << period;
    }
    auto measured =
        measureBy(context, on(population, Basis::WorkedOn, spanOf(periods)), kindKey, measures);
    if (!measured)
        return Error{measured.error()};
    for (int i = 0; i < counted.size(); ++i) {
        const auto& [id, basis, period] = counted.at(i);
        fill(context, table, id,
             groupedOf(measured.value(), i, on(population, basis, period), kindKey));
    }

    auto facts =
        loadStageFacts(context, on(casesOfKinds(kinds), Basis::Concluded, context.period()));
    if (!facts)
        return Error{facts.error()};
    QHash<QString, QList<qint64>> within;
    QList<qint64> allWithin;
    for (const StageFacts& stage : facts.value()) {
        auto timing = measure(context, stage);
        if (!timing)
            return Error{timing.error()};
        if (timing->responded && timing->hasDeadline && timing->metOwnDeadline) {
            within[caseKindCode(stage.kind)].append(stage.caseId);
            allWithin.append(stage.caseId);
        }
    }
    for (CaseKind kind : kinds) {
        const QString key = caseKindCode(kind);
        table.setCell(key, u"within_timescale", qint64(within.value(key).size()));
        context.trace(key, QStringLiteral("within_timescale"), within.value(key));
    }
    table.setCell(u"total", u"within_timescale", qint64(allWithin.size()));
    context.trace(QStringLiteral("total"), QStringLiteral("within_timescale"), allWithin);
    const QList<ReportRow> rows = table.rows();
    for (const ReportRow& row : rows)
        table.setCell(row.key, u"within_percent",
                      ReportTable::percent(table.cell(row.key, u"within_timescale").toLongLong(),
                                           table.cell(row.key, u"concluded").toLongLong()));
    table.fillChange(u"received", u"prev_received", u"change", u"change_percent");
    table.setNote(
        Text::tr("Within the timescale: responded to by the kind's own deadline (concerns 5 "
                 "working days, enquiries 10 by default), as a share of those concluded."));
    return table;
}

Result<ReportTable> contextTable(const Context& context)
{
    ReportTable table(QStringLiteral("context"), Text::tr("Complaints in context"), Basis::Figures);
    table.addColumn(QStringLiteral("label"), Text::tr("Measure"), ColumnKind::Label);
    QList<std::pair<QString, Period>> periods{{QString(), context.period()}};
    if (context.comparison())
        periods.append({QStringLiteral("prev_"), *context.comparison()});
    for (const auto& [prefix, period] : periods) {
        const QString suffix = prefix.isEmpty() ? QString() : u", "_s + period.label();
        table.addColumn(prefix + u"figure"_s, Text::tr("Figure for the year") + suffix,
                        ColumnKind::Figure);
        table
            .addColumn(prefix + u"complaints"_s, Text::tr("Complaints received") + suffix,
                       ColumnKind::Count)
            .basis = Basis::Received;
        table.addColumn(prefix + u"per_1000"_s, Text::tr("Per 1,000") + suffix, ColumnKind::Rate);
    }
    table.addRow(QStringLiteral("children_in_area"), Text::tr("Children in the area"));
    table.addRow(QStringLiteral("open_cases"), Text::tr("Open cases"));
    table.addRow(QStringLiteral("children_in_care"), Text::tr("Children in care"));
    for (const auto& [prefix, period] : periods) {
        const YearContext& figures = context.yearContext(financialYearOf(period.first));
        const Query all = on(complaintStages(context, 1), Basis::Received, period);
        Query inCare = all;
        inCare.where(
            QStringLiteral("EXISTS (SELECT 1 FROM report_case_child k WHERE k.case_id = c.id "
                           "AND k.status = ?)"),
            {QStringLiteral("child_in_care")});
        const QList<std::tuple<QString, std::optional<int>, Query>> rows{
            {QStringLiteral("children_in_area"), figures.childrenInArea, all},
            {QStringLiteral("open_cases"), figures.openCases, all},
            {QStringLiteral("children_in_care"), figures.childrenInCare, inCare}};
        for (const auto& [key, figure, query] : rows) {
            auto complaints = countAll(context, query);
            if (!complaints)
                return Error{complaints.error()};
            table.setCell(key, QString(prefix + u"figure"_s),
                          figure ? QVariant(qint64(*figure)) : QVariant());
            table.setCell(key, QString(prefix + u"complaints"_s), complaints.value());
            table.setCell(key, QString(prefix + u"per_1000"_s),
                          figure ? ReportTable::rate(complaints.value(), *figure, 1000)
                                 : QVariant());
            context.trace(key, prefix + u"complaints"_s, query);
        }
    }
    table.setNote(
        Text::tr("Stage 1 complaints received in the period per 1,000 children in the area, "
                 "per 1,000 open cases, and (complaints about a child in care) per 1,000 "
                 "children in care; divide by 1,000 for complaints per child in care. The "
                 "figures are those entered for the financial year; a quarter's complaints "
                 "are divided by the year's figures."));
    return table;
}

} // namespace redress::reporting

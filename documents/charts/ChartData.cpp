#include "ChartData.h"

#include <QCoreApplication>
#include <algorithm>

namespace redress::charts {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportCharts)
};

double countOf(const ReportTable& table, const ReportRow& row, QStringView column)
{
    const int index = table.columnIndex(column);
    return index < 0 ? 0 : double(row.cells.value(index).toLongLong());
}

QString labelOf(const ReportRow& row)
{
    return row.cells.value(0).toString();
}

// Complaints received by service area (the level-0 rows), this period and the one compared.
ChartData serviceAreas(const ReportTable& table)
{
    ChartData chart{ChartKind::HorizontalBars, table.title(), {}, {}};
    ChartSeries current{Text::tr("This period"), {}};
    const bool compared = table.columnIndex(u"prev_count") >= 0;
    ChartSeries previous{Text::tr("Compared period"), {}};
    for (const ReportRow& row : table.rows()) {
        if (row.role != RowRole::Item || row.level != 0)
            continue;
        chart.categories << labelOf(row);
        current.values << countOf(table, row, u"count");
        previous.values << countOf(table, row, u"prev_count");
    }
    chart.series << current;
    if (compared)
        chart.series << previous;
    return chart;
}

// Outcomes of each stage's responses, side by side; outcomes no stage reached are left out.
ChartData outcomes(const ReportTable& table)
{
    ChartData chart{ChartKind::Bars, table.title(), {}, {}};
    const QList<std::pair<QString, QString>> stages{
        {QStringLiteral("stage1_count"), Text::tr("Stage 1")},
        {QStringLiteral("stage2_count"), Text::tr("Stage 2")},
        {QStringLiteral("stage3_count"), Text::tr("Stage 3")}};
    for (const auto& [column, label] : stages)
        chart.series << ChartSeries{label, {}};
    for (const ReportRow& row : table.rows()) {
        if (row.role != RowRole::Item)
            continue;
        double any = 0;
        for (const auto& stage : stages)
            any += countOf(table, row, stage.first);
        if (any <= 0)
            continue;
        chart.categories << labelOf(row);
        for (int s = 0; s < stages.size(); ++s)
            chart.series[s].values << countOf(table, row, stages.at(s).first);
    }
    return chart;
}

// Each stage's responses in timescale bands, as shares of the stage's total.
ChartData timescales(const ReportTable& table)
{
    struct Band
    {
        QStringList suffixes;
        QString label;
    };
    const QList<Band> bands{
        {{QStringLiteral("within_initial"), QStringLiteral("all_on_time")},
         Text::tr("Within timescale")},
        {{QStringLiteral("within_extended")}, Text::tr("Within the extension")},
        {{QStringLiteral("outside"), QStringLiteral("late")}, Text::tr("Outside")},
        {{QStringLiteral("no_response")}, Text::tr("Withdrawn or closed without a response")}};
    ChartData chart{ChartKind::PercentBars, table.title(), {}, {}};
    QStringList stages;
    for (const ReportRow& row : table.rows()) {
        if (!row.isTotal())
            continue;
        stages << row.key.section(u':', 0, 0);
        chart.categories << labelOf(row).section(u':', 0, 0);
    }
    for (const Band& band : bands) {
        ChartSeries series{band.label, {}};
        for (const QString& stage : stages) {
            double value = 0;
            for (const QString& suffix : band.suffixes)
                if (const ReportRow* row = table.row(QString(stage + u':' + suffix)))
                    value += countOf(table, *row, u"count");
            series.values << value;
        }
        chart.series << series;
    }
    return chart;
}

// Received per quarter: a line for each kind of case there were any of, the six largest.
ChartData quarterly(const ReportTable& table)
{
    ChartData chart{ChartKind::Lines, table.title(), {}, {}};
    QList<const ReportRow*> rows;
    const ReportRow* total = nullptr;
    for (const ReportRow& row : table.rows()) {
        if (row.isTotal()) {
            total = &row;
        } else if (row.role == RowRole::Item) {
            rows << &row;
            chart.categories << labelOf(row);
        }
    }
    QList<std::pair<qint64, int>> columns; // total, column index
    for (int c = 1; c < table.columns().size(); ++c) {
        const qint64 sum = total ? total->cells.value(c).toLongLong() : 0;
        if (sum > 0)
            columns.append({sum, c});
    }
    std::stable_sort(columns.begin(), columns.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (const auto& [sum, column] : columns.mid(0, 6)) {
        ChartSeries series{table.columns().at(column).label, {}};
        for (const ReportRow* row : rows)
            series.values << double(row->cells.value(column).toLongLong());
        chart.series << series;
    }
    return chart;
}

// Complaints by the channel they arrived through.
ChartData channels(const ReportTable& table)
{
    ChartData chart{ChartKind::Pie, table.title(), {}, {}};
    ChartSeries counts{table.title(), {}};
    for (const ReportRow& row : table.rows()) {
        if (row.role != RowRole::Item)
            continue;
        const double count = countOf(table, row, u"count");
        if (count > 0) {
            chart.categories << QStringLiteral("%1 (%2)").arg(labelOf(row)).arg(qint64(count));
            counts.values << count;
        }
    }
    chart.series << counts;
    return chart;
}

} // namespace

QStringList chartedTables()
{
    return {QStringLiteral("quarterly"), QStringLiteral("by_channel"),
            QStringLiteral("by_service_area"), QStringLiteral("outcomes_by_stage"),
            QStringLiteral("timescales_by_stage")};
}

std::optional<ChartData> chartOf(const ReportTable& table)
{
    if (table.id() == u"by_service_area")
        return serviceAreas(table);
    if (table.id() == u"outcomes_by_stage")
        return outcomes(table);
    if (table.id() == u"timescales_by_stage")
        return timescales(table);
    if (table.id() == u"quarterly")
        return quarterly(table);
    if (table.id() == u"by_channel")
        return channels(table);
    return std::nullopt;
}

} // namespace redress::charts

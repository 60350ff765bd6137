#include "ReportCharts.h"

#include "charts/ChartData.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QHorizontalPercentBarSeries>
#include <QLineSeries>
#include <QPieSeries>
#include <QValueAxis>
#include <algorithm>

namespace redress::reportcharts {

namespace {

using charts::ChartData;
using charts::ChartKind;

QChart* newChart(const ChartData& data)
{
    auto* chart = new QChart;
    chart->setTitle(data.title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

void addCategoryAxes(QChart* chart, QAbstractSeries* series, const QStringList& categories,
                     bool horizontal)
{
    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    auto* valueAxis = new QValueAxis;
    valueAxis->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    valueAxis->applyNiceNumbers();
}

QBarSet* barSet(const charts::ChartSeries& series, bool reversed)
{
    auto* set = new QBarSet(series.name);
    QList<double> values = series.values;
    if (reversed)
        std::reverse(values.begin(), values.end());
    for (const double value : values)
        *set << value;
    return set;
}

QChart* bars(const ChartData& data)
{
    QChart* chart = newChart(data);
    auto* series = new QBarSeries;
    for (const auto& one : data.series)
        series->append(barSet(one, false));
    chart->addSeries(series);
    addCategoryAxes(chart, series, data.categories, false);
    return chart;
}

// A horizontal chart draws its first category at the bottom and its first set lowest in
// each group: both go in reversed, so that the chart reads from the top like the table.
QChart* horizontalBars(const ChartData& data, bool percent)
{
    QChart* chart = newChart(data);
    QAbstractBarSeries* series =
        percent ? static_cast<QAbstractBarSeries*>(new QHorizontalPercentBarSeries)
                : new QHorizontalBarSeries;
    if (percent) {
        for (const auto& one : data.series)
            series->append(barSet(one, true));
    } else {
        for (auto one = data.series.crbegin(); one != data.series.crend(); ++one)
            series->append(barSet(*one, true));
    }
    QStringList categories = data.categories;
    std::reverse(categories.begin(), categories.end());
    chart->addSeries(series);
    addCategoryAxes(chart, series, categories, true);
    if (percent)
        if (auto* axis = qobject_cast<QValueAxis*>(chart->axes(Qt::Horizontal).value(0)))
            axis->setLabelFormat(QStringLiteral("%d%%"));
    return chart;
}

QChart* lines(const ChartData& data)
{
    QChart* chart = newChart(data);
    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(data.categories);
    auto* valueAxis = new QValueAxis;
    valueAxis->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(categoryAxis, Qt::AlignBottom);
    chart->addAxis(valueAxis, Qt::AlignLeft);
    double highest = 0;
    for (const auto& one : data.series) {
        auto* line = new QLineSeries;
        line->setName(one.name);
        for (int i = 0; i < one.values.size(); ++i) {
            highest = std::max(highest, one.values.at(i));
            line->append(i, one.values.at(i));
        }
        line->setPointsVisible(true);
        chart->addSeries(line);
        line->attachAxis(categoryAxis);
        line->attachAxis(valueAxis);
    }
    valueAxis->setRange(0, std::max(highest, 1.0));
    valueAxis->applyNiceNumbers();
    return chart;
}

QChart* pie(const ChartData& data)
{
    auto* series = new QPieSeries;
    const QList<double> values = data.series.value(0).values;
    for (int i = 0; i < values.size(); ++i)
        series->append(data.categories.value(i), values.at(i));
    QChart* chart = newChart(data);
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

} // namespace

QChart* build(const ReportTable& table)
{
    const auto data = charts::chartOf(table);
    if (!data)
        return nullptr;
    switch (data->kind) {
    case ChartKind::Bars:
        return bars(*data);
    case ChartKind::HorizontalBars:
        return horizontalBars(*data, false);
    case ChartKind::PercentBars:
        return horizontalBars(*data, true);
    case ChartKind::Lines:
        return lines(*data);
    case ChartKind::Pie:
        return pie(*data);
    }
    return nullptr;
}

} // namespace redress::reportcharts

#pragma once

#include "reporting/ReportTable.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace redress::charts {

// What a report chart shows, apart from how it is drawn: the one place that decides which rows
// and columns of a table make its chart, for the screen (QtCharts, in ui/reports) and for the
// printed document (ChartPainter) alike.
enum class ChartKind
{
    Bars,           // one group of bars per category, one bar per series
    HorizontalBars, // the same, lying down, categories read from the top
    PercentBars,    // one bar per category, its series as shares of the category's total
    Lines,          // one line per series across the categories
    Pie,            // one series, a slice per category
};

struct ChartSeries
{
    QString name;
    QList<double> values; // one per category
};

struct ChartData
{
    ChartKind kind = ChartKind::Bars;
    QString title;
    QStringList categories; // in reading order: left to right, or top to bottom
    QList<ChartSeries> series;
};

// The tables that have a chart: complaints by service area, outcomes by stage, timescale
// bands, the quarterly trend and channels.
QStringList chartedTables();

// The chart of the table, or nothing when the table has none.
std::optional<ChartData> chartOf(const ReportTable& table);

} // namespace redress::charts

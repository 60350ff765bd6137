#include "ReportCharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QHorizontalPercentBarSeries>
#include <QLineSeries>
#include <QPainter>
#include <QPieSeries>
#include <QValueAxis>
#include <algorithm>

namespace redress::reportcharts {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ReportCharts", text);
}

qint64 countOf(const ReportTable& table, const ReportRow& row, QStringView column)
{
    const int index = table.columnIndex(column);
    return index < 0 ? 0 : row.cells.value(index).toLongLong();
}

QString labelOf(const ReportRow& row)
{
    return row.cells.value(0).toString();
}

QChart* newChart(const ReportTable& table)
{
    auto* chart = new QChart;
    chart->setTitle(table.title());
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

// Complaints received by service area (the level-0 rows), this year and the one compared.
QChart* serviceAreas(const ReportTable& table)
{
    auto* current = new QBarSet(tr("This period"));
    QBarSet* previous =
        table.columnIndex(u"prev_count") >= 0 ? new QBarSet(tr("Compared period")) : nullptr;
    QStringList categories;
    // A horizontal chart draws its first category at the bottom: add them in reverse.
    QList<const ReportRow*> rows;
    for (const ReportRow& row : table.rows())
        if (row.role == RowRole::Item && row.level == 0)
            rows.prepend(&row);
    for (const ReportRow* row : rows) {
        categories << labelOf(*row);
        *current << countOf(table, *row, u"count");
        if (previous)
            *previous << countOf(table, *row, u"prev_count");
    }
    auto* series = new QHorizontalBarSeries;
    if (previous)
        series->append(previous);
    series->append(current);
    QChart* chart = newChart(table);
    chart->addSeries(series);
    addCategoryAxes(chart, series, categories, true);
    return chart;
}

// Outcomes of each stage's responses, side by side.
QChart* outcomes(const ReportTable& table)
{
    const QList<std::pair<QString, QString>> stages{
        {QStringLiteral("stage1_count"), tr("Stage 1")},
        {QStringLiteral("stage2_count"), tr("Stage 2")},
        {QStringLiteral("stage3_count"), tr("Stage 3")}};
    QStringList categories;
    QList<const ReportRow*> rows;
    for (const ReportRow& row : table.rows()) {
        if (row.role != RowRole::Item)
            continue;
        qint64 any = 0;
        for (const auto& stage : stages)
            any += countOf(table, row, stage.first);
        if (any > 0) {
            rows << &row;
            categories << labelOf(row);
        }
    }
    auto* series = new QBarSeries;
    for (const auto& [column, label] : stages) {
        auto* set = new QBarSet(label);
        for (const ReportRow* row : rows)
            *set << countOf(table, *row, column);
        series->append(set);
    }
    QChart* chart = newChart(table);
    chart->addSeries(series);
    addCategoryAxes(chart, series, categories, false);
    return chart;
}

// Each stage's responses in timescale bands, as shares of the stage's total.
QChart* timescales(const ReportTable& table)
{
    struct Band
    {
        QStringList suffixes;
        QString label;
    };
    const QList<Band> bands{
        {{QStringLiteral("within_initial"), QStringLiteral("all_on_time")}, tr("Within timescale")},
        {{QStringLiteral("within_extended")}, tr("Within the extension")},
        {{QStringLiteral("outside"), QStringLiteral("late")}, tr("Outside")},
        {{QStringLiteral("no_response")}, tr("Withdrawn or closed without a response")}};
    QStringList stages;
    QStringList categories;
    for (const ReportRow& row : table.rows()) {
        if (!row.isTotal())
            continue;
        const QString stage = row.key.section(u':', 0, 0);
        stages.prepend(stage);
        categories.prepend(labelOf(row).section(u':', 0, 0));
    }
    auto* series = new QHorizontalPercentBarSeries;
    for (const Band& band : bands) {
        auto* set = new QBarSet(band.label);
        for (const QString& stage : stages) {
            qint64 value = 0;
            for (const QString& suffix : band.suffixes)
                if (const ReportRow* row = table.row(QString(stage + u':' + suffix)))
                    value += countOf(table, *row, u"count");
            *set << value;
        }
        series->append(set);
    }
    QChart* chart = newChart(table);
    chart->addSeries(series);
    addCategoryAxes(chart, series, categories, true);
    if (auto* axis = qobject_cast<QValueAxis*>(chart->axes(Qt::Horizontal).value(0)))
        axis->setLabelFormat(QStringLiteral("%d%%"));
    return chart;
}

// Received per quarter: a line for each kind of case there were any of, the largest first.
QChart* quarterly(const ReportTable& table)
{
    QStringList quarters;
    QList<const ReportRow*> rows;
    const ReportRow* total = nullptr;
    for (const ReportRow& row : table.rows()) {
        if (row.isTotal()) {
            total = &row;
        } else if (row.role == RowRole::Item) {
            rows << &row;
            quarters << labelOf(row);
        }
    }
    QList<std::pair<qint64, int>> columns; // total, column index
    for (int c = 1; c < table.columns().size(); ++c) {
        const qint64 sum = total ? total->cells.value(c).toLongLong() : 0;
        if (sum > 0)
            columns.append({sum, c});
    }
    std::sort(columns.begin(), columns.end(), std::greater<>());
    columns = columns.mid(0, 6);
    QChart* chart = newChart(table);
    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(quarters);
    auto* valueAxis = new QValueAxis;
    valueAxis->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(categoryAxis, Qt::AlignBottom);
    chart->addAxis(valueAxis, Qt::AlignLeft);
    qint64 highest = 0;
    for (const auto& [sum, column] : columns) {
        auto* line = new QLineSeries;
        line->setName(table.columns().at(column).label);
        for (int r = 0; r < rows.size(); ++r) {
            const qint64 value = rows.at(r)->cells.value(column).toLongLong();
            highest = std::max(highest, value);
            line->append(r, double(value));
        }
        line->setPointsVisible(true);
        chart->addSeries(line);
        line->attachAxis(categoryAxis);
        line->attachAxis(valueAxis);
    }
    valueAxis->setRange(0, double(std::max<qint64>(highest, 1)));
    valueAxis->applyNiceNumbers();
    return chart;
}

// Complaints by the channel they arrived through.
QChart* channels(const ReportTable& table)
{
    auto* series = new QPieSeries;
    for (const ReportRow& row : table.rows()) {
        if (row.role != RowRole::Item)
            continue;
        const qint64 count = countOf(table, row, u"count");
        if (count > 0)
            series->append(QStringLiteral("%1 (%2)").arg(labelOf(row)).arg(count), double(count));
    }
    QChart* chart = newChart(table);
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

} // namespace

QStringList chartedTables()
{
    return {QStringLiteral("quarterly"), QStringLiteral("by_channel"),
            QStringLiteral("by_service_area"), QStringLiteral("outcomes_by_stage"),
            QStringLiteral("timescales_by_stage")};
}

QChart* build(const ReportTable& table)
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
    return nullptr;
}

QImage render(const ReportTable& table, QSize size)
{
    QChart* chart = build(table);
    if (!chart)
        return {};
    // Drawn from a scene of its own rather than a view, so no scroll offset or frame shows.
    QGraphicsScene scene;
    scene.addItem(chart); // the scene owns the chart
    const QRectF area(QPointF(0, 0), QSizeF(size));
    chart->setGeometry(area);
    scene.setSceneRect(area);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, area, area);
    return image;
}

} // namespace redress::reportcharts

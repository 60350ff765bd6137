#pragma once

#include "charts/ChartData.h"

#include <QImage>
#include <QRectF>
#include <QSize>

class QPainter;

namespace redress::charts {

// Draws a chart with QPainter alone, so that a PDF gets it as vectors and no widget or
// QtCharts is needed. Each series has its own colour, and the colours step in lightness (with
// hatching and line dashes beyond the first few) so that the chart still reads when printed
// in black and white.
class ChartPainter
{
public:
    // The chart's own coordinates, scaled to whatever area it is drawn in.
    static constexpr QSizeF canvas{1000, 560};

    explicit ChartPainter(ChartData chart) : m_chart(std::move(chart)) {}

    void paint(QPainter& painter, const QRectF& area) const;

    // The chart drawn as a picture of the given size, for the editable document.
    QImage image(QSize size = QSize(1500, 840)) const;

private:
    void paintBars(QPainter& painter, const QRectF& plot) const;
    void paintHorizontalBars(QPainter& painter, const QRectF& plot, bool percent) const;
    void paintLines(QPainter& painter, const QRectF& plot) const;
    void paintPie(QPainter& painter, const QRectF& plot) const;
    qreal paintLegend(QPainter& painter, const QRectF& area, const QStringList& names) const;

    ChartData m_chart;
};

} // namespace redress::charts

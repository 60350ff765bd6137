#include "ChartPainter.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <algorithm>
#include <cmath>

namespace redress::charts {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ChartPainter)
};

constexpr qreal margin = 16;
const QColor ink(0x22, 0x22, 0x22);
const QColor gridColour(0xd0, 0xd0, 0xd0);

// Fills that step in lightness (about 16%, 70%, 39%, 90% and 55% grey), in an order that puts
// neighbours far apart; beyond five, the same again under hatching.
const QList<QColor> fills{QColor(0x0b, 0x2e, 0x59), QColor(0xf2, 0xb7, 0x01),
                          QColor(0xb8, 0x39, 0x6b), QColor(0xd9, 0xf0, 0xd3),
                          QColor(0x5a, 0xae, 0x61)};
const QList<Qt::BrushStyle> hatches{Qt::NoBrush, Qt::BDiagPattern, Qt::FDiagPattern,
                                    Qt::DiagCrossPattern, Qt::CrossPattern};
// Lines need darker colours than fills to show on white; dashes and markers tell them apart
// in grey.
const QList<QColor> lineColours{QColor(0x0b, 0x2e, 0x59), QColor(0xd5, 0x5e, 0x00),
                                QColor(0x2e, 0x7d, 0x32), QColor(0xb8, 0x39, 0x6b),
                                QColor(0x6a, 0x6a, 0x6a), QColor(0x00, 0x00, 0x00)};
const QList<Qt::PenStyle> dashes{Qt::SolidLine,   Qt::DashLine,       Qt::DotLine,
                                 Qt::DashDotLine, Qt::DashDotDotLine, Qt::SolidLine};

QFont fontOf(qreal pixels, bool bold = false)
{
    QFont font = QGuiApplication::font();
    font.setPixelSize(qRound(pixels));
    font.setBold(bold);
    return font;
}

void fillSeries(QPainter& painter, const QRectF& rect, int index)
{
    const QColor colour = fills.at(index % fills.size());
    painter.setPen(QPen(ink, 0.8));
    painter.setBrush(colour);
    painter.drawRect(rect);
    const Qt::BrushStyle hatch = hatches.at((index / fills.size()) % hatches.size());
    if (hatch != Qt::NoBrush) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QBrush(colour.lightnessF() < 0.5 ? Qt::white : ink, hatch));
        painter.drawRect(rect);
    }
}

void fillPath(QPainter& painter, const QPainterPath& path, int index)
{
    const QColor colour = fills.at(index % fills.size());
    painter.setPen(QPen(Qt::white, 2));
    painter.setBrush(colour);
    painter.drawPath(path);
    const Qt::BrushStyle hatch = hatches.at((index / fills.size()) % hatches.size());
    if (hatch != Qt::NoBrush) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QBrush(colour.lightnessF() < 0.5 ? Qt::white : ink, hatch));
        painter.drawPath(path);
    }
}

void drawMarker(QPainter& painter, QPointF centre, int index)
{
    constexpr qreal r = 6;
    painter.setPen(QPen(ink, 1));
    painter.setBrush(lineColours.at(index % lineColours.size()));
    switch (index % 5) {
    case 0:
        painter.drawEllipse(centre, r, r);
        break;
    case 1:
        painter.drawRect(QRectF(centre - QPointF(r, r), QSizeF(2 * r, 2 * r)));
        break;
    case 2:
        painter.drawPolygon(QPolygonF{centre + QPointF(0, -r - 1), centre + QPointF(r + 1, r),
                                      centre + QPointF(-r - 1, r)});
        break;
    case 3:
        painter.drawPolygon(QPolygonF{centre + QPointF(0, -r - 1), centre + QPointF(r + 1, 0),
                                      centre + QPointF(0, r + 1), centre + QPointF(-r - 1, 0)});
        break;
    default:
        painter.setBrush(Qt::white);
        painter.drawEllipse(centre, r, r);
        break;
    }
}

QPen linePen(int index)
{
    QPen pen(lineColours.at(index % lineColours.size()), 3);
    pen.setStyle(dashes.at(index % dashes.size()));
    pen.setCapStyle(Qt::FlatCap);
    return pen;
}

// A round step for a value axis reaching at least `highest`, in whole numbers.
qreal niceStep(qreal highest)
{
    if (highest <= 0)
        return 1;
    const qreal raw = highest / 5;
    const qreal magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const qreal normal = raw / magnitude;
    const qreal step = (normal <= 1 ? 1 : normal <= 2 ? 2 : normal <= 5 ? 5 : 10) * magnitude;
    return std::max<qreal>(step, 1);
}

qreal highestValue(const ChartData& chart)
{
    qreal highest = 0;
    for (const ChartSeries& series : chart.series)
        for (const double value : series.values)
            highest = std::max<qreal>(highest, value);
    return highest;
}

QString numberText(qreal value, bool percent)
{
    const QString number = QString::number(qint64(std::llround(value)));
    return percent ? Text::tr("%1%").arg(number) : number;
}

// The value axis: ticks and grid lines from 0 to `top`, vertical (values up the left side)
// or horizontal (values along the bottom).
void paintValueAxis(QPainter& painter, const QRectF& plot, qreal top, qreal step, bool vertical,
                    bool percent)
{
    painter.setFont(fontOf(19));
    const QFontMetricsF metrics(painter.font());
    for (qreal value = 0; value <= top + step / 2; value += step) {
        const QString label = numberText(value, percent);
        painter.setPen(QPen(value == 0 ? ink : gridColour, value == 0 ? 1.2 : 0.8));
        if (vertical) {
            const qreal y = plot.bottom() - plot.height() * value / top;
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
            painter.setPen(ink);
            painter.drawText(QRectF(plot.left() - 90, y - 14, 84, 28),
                             Qt::AlignRight | Qt::AlignVCenter, label);
        } else {
            const qreal x = plot.left() + plot.width() * value / top;
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
            painter.setPen(ink);
            const qreal width = metrics.horizontalAdvance(label) + 8;
            painter.drawText(QRectF(x - width / 2, plot.bottom() + 4, width, 28),
                             Qt::AlignHCenter | Qt::AlignTop, label);
        }
    }
}

} // namespace

void ChartPainter::paint(QPainter& painter, const QRectF& area) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.translate(area.topLeft());
    painter.scale(area.width() / canvas.width(), area.height() / canvas.height());
    const QRectF page(QPointF(0, 0), canvas);
    painter.fillRect(page, Qt::white);

    painter.setFont(fontOf(28, true));
    painter.setPen(ink);
    const qreal titleHeight = QFontMetricsF(painter.font()).height() + 10;
    painter.drawText(QRectF(margin, margin / 2, canvas.width() - 2 * margin, titleHeight),
                     Qt::AlignCenter, m_chart.title);
    QRectF body(margin, margin / 2 + titleHeight, canvas.width() - 2 * margin,
                canvas.height() - titleHeight - margin * 1.5);

    if (m_chart.categories.isEmpty() || m_chart.series.isEmpty() || highestValue(m_chart) <= 0) {
        painter.setFont(fontOf(22));
        painter.drawText(body, Qt::AlignCenter, Text::tr("Nothing to chart for this period"));
        painter.restore();
        return;
    }
    if (m_chart.kind == ChartKind::Pie) {
        paintPie(painter, body);
        painter.restore();
        return;
    }
    QStringList names;
    for (const ChartSeries& series : m_chart.series)
        names << series.name;
    const qreal legendHeight = paintLegend(painter, body, names);
    body.setBottom(body.bottom() - legendHeight - 8);
    switch (m_chart.kind) {
    case ChartKind::Bars:
        paintBars(painter, body);
        break;
    case ChartKind::HorizontalBars:
        paintHorizontalBars(painter, body, false);
        break;
    case ChartKind::PercentBars:
        paintHorizontalBars(painter, body, true);
        break;
    case ChartKind::Lines:
        paintLines(painter, body);
        break;
    case ChartKind::Pie:
        break;
    }
    painter.restore();
}

QImage ChartPainter::image(QSize size) const
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

// The legend along the bottom of the area, wrapped onto as many rows as it needs; returns its
// height.
qreal ChartPainter::paintLegend(QPainter& painter, const QRectF& area,
                                const QStringList& names) const
{
    painter.setFont(fontOf(22));
    const QFontMetricsF metrics(painter.font());
    const qreal rowHeight = metrics.height() + 8;
    const qreal swatch = m_chart.kind == ChartKind::Lines ? 44 : 22;
    // Laid out first, so the rows can be drawn from the bottom of the area upwards.
    QList<QList<std::pair<int, qreal>>> rows(1); // index, width
    qreal used = 0;
    for (int i = 0; i < names.size(); ++i) {
        const qreal width =
            swatch + 8 +
            std::min(metrics.horizontalAdvance(names.at(i)), area.width() - swatch - 8) + 28;
        if (used > 0 && used + width > area.width()) {
            rows.append(QList<std::pair<int, qreal>>());
            used = 0;
        }
        rows.last().append({i, width});
        used += width;
    }
    const qreal height = rows.size() * rowHeight;
    qreal y = area.bottom() - height;
    for (const auto& row : rows) {
        qreal rowWidth = 0;
        for (const auto& item : row)
            rowWidth += item.second;
        qreal x = area.left() + (area.width() - rowWidth + 28) / 2;
        for (const auto& [index, width] : row) {
            const qreal middle = y + rowHeight / 2;
            if (m_chart.kind == ChartKind::Lines) {
                painter.setPen(linePen(index));
                painter.drawLine(QPointF(x, middle), QPointF(x + swatch, middle));
                drawMarker(painter, QPointF(x + swatch / 2, middle), index);
            } else {
                fillSeries(painter, QRectF(x, middle - swatch / 2, swatch, swatch), index);
            }
            painter.setPen(ink);
            const QRectF text(x + swatch + 8, y, width - swatch - 36, rowHeight);
            painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                             metrics.elidedText(names.at(index), Qt::ElideRight, text.width()));
            x += width;
        }
        y += rowHeight;
    }
    return height;
}

void ChartPainter::paintBars(QPainter& painter, const QRectF& area) const
{
    painter.setFont(fontOf(19));
    const QFontMetricsF metrics(painter.font());
    const int count = int(m_chart.categories.size());
    const qreal band = (area.width() - 60) / count;
    // Category names wrap under their bars, on up to three lines.
    qreal labelHeight = metrics.height();
    for (const QString& category : m_chart.categories)
        labelHeight =
            std::max(labelHeight,
                     metrics.boundingRect(QRectF(0, 0, band - 4, 1000), Qt::TextWordWrap, category)
                         .height());
    labelHeight = std::min(labelHeight, 3 * metrics.lineSpacing());
    const QRectF plot(area.left() + 60, area.top() + 6, area.width() - 60,
                      area.height() - labelHeight - 12);
    const qreal step = niceStep(highestValue(m_chart));
    const qreal top = std::ceil(highestValue(m_chart) / step) * step;
    paintValueAxis(painter, plot, top, step, true, false);

    const int seriesCount = int(m_chart.series.size());
    const qreal barWidth = band * 0.8 / seriesCount;
    for (int c = 0; c < count; ++c) {
        const qreal groupLeft = plot.left() + band * c + band * 0.1;
        for (int s = 0; s < seriesCount; ++s) {
            const qreal value = m_chart.series.at(s).values.value(c);
            const qreal height = plot.height() * value / top;
            fillSeries(painter,
                       QRectF(groupLeft + barWidth * s, plot.bottom() - height, barWidth, height),
                       s);
        }
        painter.setPen(ink);
        painter.setFont(fontOf(19));
        painter.drawText(
            QRectF(plot.left() + band * c + 2, plot.bottom() + 6, band - 4, labelHeight),
            Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_chart.categories.at(c));
    }
}

void ChartPainter::paintHorizontalBars(QPainter& painter, const QRectF& area, bool percent) const
{
    painter.setFont(fontOf(19));
    const QFontMetricsF metrics(painter.font());
    qreal labelWidth = 0;
    for (const QString& category : m_chart.categories)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(category));
    labelWidth = std::min(labelWidth + 12, area.width() * 0.32);
    const QRectF plot(area.left() + labelWidth, area.top() + 4, area.width() - labelWidth - 24,
                      area.height() - 40);
    const int count = int(m_chart.categories.size());
    const qreal band = plot.height() / count;

    if (percent) {
        paintValueAxis(painter, plot, 100, 20, false, true);
        for (int c = 0; c < count; ++c) {
            qreal total = 0;
            for (const ChartSeries& series : m_chart.series)
                total += series.values.value(c);
            qreal x = plot.left();
            for (int s = 0; s < m_chart.series.size() && total > 0; ++s) {
                const qreal width = plot.width() * m_chart.series.at(s).values.value(c) / total;
                if (width > 0)
                    fillSeries(painter, QRectF(x, plot.top() + band * (c + 0.2), width, band * 0.6),
                               s);
                x += width;
            }
        }
    } else {
        const qreal step = niceStep(highestValue(m_chart));
        const qreal top = std::ceil(highestValue(m_chart) / step) * step;
        paintValueAxis(painter, plot, top, step, false, false);
        const int seriesCount = int(m_chart.series.size());
        const qreal barHeight = band * 0.8 / seriesCount;
        for (int c = 0; c < count; ++c)
            for (int s = 0; s < seriesCount; ++s) {
                const qreal width = plot.width() * m_chart.series.at(s).values.value(c) / top;
                fillSeries(painter,
                           QRectF(plot.left(), plot.top() + band * (c + 0.1) + barHeight * s, width,
                                  barHeight),
                           s);
            }
    }
    painter.setFont(fontOf(19));
    painter.setPen(ink);
    for (int c = 0; c < count; ++c)
        painter.drawText(QRectF(area.left(), plot.top() + band * c, labelWidth - 10, band),
                         Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap,
                         m_chart.categories.at(c));
}

void ChartPainter::paintLines(QPainter& painter, const QRectF& area) const
{
    const QRectF plot(area.left() + 60, area.top() + 6, area.width() - 60, area.height() - 44);
    const qreal step = niceStep(highestValue(m_chart));
    const qreal top = std::ceil(highestValue(m_chart) / step) * step;
    paintValueAxis(painter, plot, top, step, true, false);
    const int count = int(m_chart.categories.size());
    const qreal band = plot.width() / count;
    auto pointAt = [&](int c, qreal value) {
        return QPointF(plot.left() + band * (c + 0.5), plot.bottom() - plot.height() * value / top);
    };
    for (int s = 0; s < m_chart.series.size(); ++s) {
        QPolygonF line;
        for (int c = 0; c < count; ++c)
            line << pointAt(c, m_chart.series.at(s).values.value(c));
        painter.setPen(linePen(s));
        painter.setBrush(Qt::NoBrush);
        painter.drawPolyline(line);
        for (const QPointF& point : line)
            drawMarker(painter, point, s);
    }
    painter.setFont(fontOf(19));
    painter.setPen(ink);
    for (int c = 0; c < count; ++c)
        painter.drawText(QRectF(plot.left() + band * c, plot.bottom() + 6, band, 32),
                         Qt::AlignHCenter | Qt::AlignTop, m_chart.categories.at(c));
}

// A pie on the left with a key on the right: each slice's name, count and share.
void ChartPainter::paintPie(QPainter& painter, const QRectF& area) const
{
    const QList<double>& values = m_chart.series.constFirst().values;
    double total = 0;
    for (const double value : values)
        total += value;
    const qreal diameter = std::min(area.height() - 10, area.width() * 0.45);
    const QRectF pie(area.left() + 20, area.center().y() - diameter / 2, diameter, diameter);
    qreal angle = 90; // from twelve o'clock, clockwise
    for (int i = 0; i < values.size(); ++i) {
        const qreal sweep = -360.0 * values.at(i) / total;
        QPainterPath slice(pie.center());
        slice.arcTo(pie, angle, sweep);
        slice.closeSubpath();
        fillPath(painter, slice, i);
        angle += sweep;
    }

    painter.setFont(fontOf(22));
    const QFontMetricsF metrics(painter.font());
    const qreal rowHeight = std::min<qreal>(metrics.height() + 10, area.height() / values.size());
    const qreal left = pie.right() + 40;
    qreal y = area.center().y() - rowHeight * values.size() / 2;
    for (int i = 0; i < values.size(); ++i) {
        const qreal swatch = std::min<qreal>(22, rowHeight - 4);
        fillSeries(painter, QRectF(left, y + (rowHeight - swatch) / 2, swatch, swatch), i);
        painter.setPen(ink);
        const QString text = Text::tr("%1, %2").arg(m_chart.categories.value(i),
                                                    numberText(100 * values.at(i) / total, true));
        const QRectF line(left + swatch + 10, y, area.right() - left - swatch - 10, rowHeight);
        painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(text, Qt::ElideRight, line.width()));
        y += rowHeight;
    }
}

} // namespace redress::charts

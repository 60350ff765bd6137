#include "ChartTextObject.h"

#include "charts/ChartPainter.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QPainter>
#include <QTextDocument>
#include <QTextFormat>
#include <QUrl>

namespace redress {

namespace {

QImage pictureOf(QTextDocument* document, const QTextImageFormat& format)
{
    return document->resource(QTextDocument::ImageResource, QUrl(format.name())).value<QImage>();
}

} // namespace

ChartTextObject::ChartTextObject(QHash<QString, charts::ChartData> charts, QObject* parent)
    : QObject(parent), m_charts(std::move(charts))
{}

void ChartTextObject::install(QTextDocument& document, QHash<QString, charts::ChartData> charts)
{
    document.documentLayout()->registerHandler(QTextFormat::ImageObject,
                                               new ChartTextObject(std::move(charts), &document));
}

QSizeF ChartTextObject::intrinsicSize(QTextDocument* document, int /*position*/,
                                      const QTextFormat& format)
{
    const QTextImageFormat picture = format.toImageFormat();
    QSizeF size(picture.width(), picture.height());
    const QSizeF natural = m_charts.contains(picture.name())
                               ? charts::ChartPainter::canvas
                               : QSizeF(pictureOf(document, picture).size());
    if (natural.isEmpty())
        return {};
    if (size.width() <= 0 && size.height() <= 0)
        size = natural;
    else if (size.height() <= 0)
        size.setHeight(size.width() * natural.height() / natural.width());
    else if (size.width() <= 0)
        size.setWidth(size.height() * natural.width() / natural.height());
    // Sizes in HTML are CSS pixels (1/96 inch), whatever the resolution the text is laid out
    // at, as Qt's own picture handler takes them.
    if (const QPaintDevice* device = document->documentLayout()->paintDevice())
        size *= device->logicalDpiY() / 96.0;
    return size;
}

void ChartTextObject::drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document,
                                 int /*position*/, const QTextFormat& format)
{
    const QTextImageFormat picture = format.toImageFormat();
    if (const auto chart = m_charts.constFind(picture.name()); chart != m_charts.constEnd()) {
        charts::ChartPainter(*chart).paint(*painter, rect);
        return;
    }
    const QImage image = pictureOf(document, picture);
    if (!image.isNull())
        painter->drawImage(rect, image);
}

} // namespace redress

#pragma once

#include "charts/ChartData.h"

#include <QHash>
#include <QObject>
#include <QTextObjectInterface>

namespace redress {

// Draws a document's chart pictures as vectors when the document is printed or saved as PDF.
// It stands in for QTextDocument's own picture handler: a picture named after a chart is drawn
// by ChartPainter at the size the picture would have had; any other picture is drawn as it is.
// The pictures themselves stay in the document, for the OpenDocument text.
class ChartTextObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    ChartTextObject(QHash<QString, charts::ChartData> charts, QObject* parent);

    // Installs a new one as the document layout's picture handler, owned by the document.
    static void install(QTextDocument& document, QHash<QString, charts::ChartData> charts);

    QSizeF intrinsicSize(QTextDocument* document, int position, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document, int position,
                    const QTextFormat& format) override;

private:
    QHash<QString, charts::ChartData> m_charts;
};

} // namespace redress

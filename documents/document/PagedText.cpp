#include "PagedText.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QPdfWriter>
#include <QTextDocument>

namespace redress {

void printOnPages(QTextDocument& document, QPagedPaintDevice& device)
{
    // Laid out on the device's printable area (left to itself, QTextDocument adds a margin of
    // 2 cm inside the page layout's and narrows every table), at 300 dpi: fine enough for
    // exact text widths, and coarse enough that the table layout's fixed-point arithmetic
    // does not split a narrow "6.9" column, as it does at a printer's 1200 dpi.
    constexpr double layoutDpi = 300;
    constexpr double metresPerInch = 0.0254;
    QImage layoutDevice(1, 1, QImage::Format_RGB32);
    layoutDevice.setDotsPerMeterX(qRound(layoutDpi / metresPerInch));
    layoutDevice.setDotsPerMeterY(qRound(layoutDpi / metresPerInch));
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    layout->setPaintDevice(&layoutDevice);
    document.setPageSize(device.pageLayout().paintRectPixels(layoutDevice.logicalDpiX()).size());
    document.setDocumentMargin(0);
    document.print(&device);
    layout->setPaintDevice(nullptr);
}

Result<QByteArray> htmlToPdf(const QString& title, const QString& html)
{
    QTextDocument document;
    document.setHtml(html);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter));
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Redress"));
        printOnPages(document, writer);
    }
    if (buffer.data().isEmpty())
        return fail(QCoreApplication::translate("PagedText", "The document could not be laid "
                                                             "out as a PDF"));
    return buffer.data();
}

} // namespace redress

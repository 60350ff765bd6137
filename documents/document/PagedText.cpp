#include "PagedText.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>
#include <algorithm>
#include <limits>

namespace redress {

namespace {

// Laid out on the device's printable area (left to itself, QTextDocument adds a margin of
// 2 cm inside the page layout's and narrows every table), at 300 dpi: fine enough for exact
// text widths, and coarse enough that the table layout's fixed-point arithmetic does not
// split a narrow "6.9" column, as it does at a printer's 1200 dpi.
constexpr double layoutDpi = 300;
// Room kept at the foot of each page for its number.
constexpr double footerMillimetres = 7;

QImage layoutDevice()
{
    constexpr double metresPerInch = 0.0254;
    QImage device(1, 1, QImage::Format_RGB32);
    device.setDotsPerMeterX(qRound(layoutDpi / metresPerInch));
    device.setDotsPerMeterY(qRound(layoutDpi / metresPerInch));
    return device;
}

int footerHeight(bool pageNumbers)
{
    return pageNumbers ? qRound(footerMillimetres / 25.4 * layoutDpi) : 0;
}

// Lays the document out on `device`, whose pages are `layout`: the caller lets go of the
// device (setPaintDevice(nullptr)) before it goes.
void layOut(QTextDocument& document, QImage& device, const QPageLayout& layout, bool pageNumbers)
{
    document.documentLayout()->setPaintDevice(&device);
    const QSize page = layout.paintRectPixels(device.logicalDpiX()).size();
    document.setPageSize(QSizeF(page.width(), page.height() - footerHeight(pageNumbers)));
    document.setDocumentMargin(0);
}

} // namespace

void printOnPages(QTextDocument& document, QPagedPaintDevice& device, bool pageNumbers)
{
    QImage layoutOn = layoutDevice();
    layOut(document, layoutOn, device.pageLayout(), pageNumbers);
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    const QSizeF page = document.pageSize();
    const int pages = document.pageCount();
    const double scaleX = device.logicalDpiX() / layoutDpi;
    const double scaleY = device.logicalDpiY() / layoutDpi;
    QPainter painter(&device);
    QFont footerFont = document.defaultFont();
    footerFont.setPointSizeF(8);
    for (int index = 0; index < pages; ++index) {
        if (index > 0)
            device.newPage();
        painter.save();
        painter.scale(scaleX, scaleY);
        const QRectF shown(0, index * page.height(), page.width(), page.height());
        painter.translate(0, -shown.top());
        painter.setClipRect(shown);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = shown;
        context.palette.setColor(QPalette::Text, Qt::black);
        layout->draw(&painter, context);
        painter.restore();
        if (!pageNumbers)
            continue;
        painter.setFont(footerFont);
        painter.setPen(Qt::black);
        const QRectF footer(0, page.height() * scaleY, page.width() * scaleX,
                            footerHeight(true) * scaleY);
        painter.drawText(
            footer, Qt::AlignRight | Qt::AlignBottom,
            QCoreApplication::translate("PagedText", "Page %1 of %2").arg(index + 1).arg(pages));
    }
    painter.end();
    layout->setPaintDevice(nullptr);
}

QList<int> headingPages(QTextDocument& document, const QPageLayout& pageLayout, int level,
                        bool pageNumbers)
{
    QImage layoutOn = layoutDevice();
    layOut(document, layoutOn, pageLayout, pageNumbers);
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    const double pageHeight = document.pageSize().height();
    QList<int> pages;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() != level)
            continue;
        // a heading that would cross the foot of a page starts on the next one
        double top = layout->blockBoundingRect(block).top();
        if (block.layout() && block.layout()->lineCount() > 0)
            top += block.layout()->lineAt(0).y();
        pages << int(top / pageHeight) + 1;
    }
    layout->setPaintDevice(nullptr);
    return pages;
}

std::optional<std::pair<int, int>> firstSplitRow(QTextDocument& document,
                                                 const QPageLayout& pageLayout, bool pageNumbers)
{
    QImage layoutOn = layoutDevice();
    layOut(document, layoutOn, pageLayout, pageNumbers);
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    const double pageHeight = document.pageSize().height();
    std::optional<std::pair<int, int>> found;
    int index = 0;
    const QList<QTextFrame*> frames = document.rootFrame()->childFrames();
    for (QTextFrame* frame : frames) {
        auto* table = qobject_cast<QTextTable*>(frame);
        if (!table)
            continue;
        for (int r = table->format().headerRowCount(); r < table->rows() && !found; ++r) {
            double top = std::numeric_limits<double>::max();
            double bottom = 0;
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                top = std::min(top,
                               layout->blockBoundingRect(cell.firstCursorPosition().block()).top());
                bottom = std::max(
                    bottom, layout->blockBoundingRect(cell.lastCursorPosition().block()).bottom());
            }
            // a hair's tolerance: a row ending exactly at the foot of a page is whole
            if (int(top / pageHeight) != int((bottom - 0.5) / pageHeight))
                found = std::pair{index, r};
        }
        if (found)
            break;
        ++index;
    }
    layout->setPaintDevice(nullptr);
    return found;
}

std::optional<int> firstStrandedHeading(QTextDocument& document, const QPageLayout& pageLayout,
                                        int keptRows, bool pageNumbers)
{
    const auto isHeading = [](const QTextBlock& block) {
        return block.blockFormat().headingLevel() >= 2 && !QTextCursor(block).currentTable();
    };
    QImage layoutOn = layoutDevice();
    layOut(document, layoutOn, pageLayout, pageNumbers);
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    const double pageHeight = document.pageSize().height();
    const auto pageOf = [&](const QTextBlock& block) {
        double top = layout->blockBoundingRect(block).top();
        if (block.layout() && block.layout()->lineCount() > 0)
            top += block.layout()->lineAt(0).y();
        return int(top / pageHeight);
    };
    std::optional<int> found;
    int index = 0;
    const QList<QTextFrame*> frames = document.rootFrame()->childFrames();
    for (QTextFrame* frame : frames) {
        auto* table = qobject_cast<QTextTable*>(frame);
        if (!table)
            continue;
        // The heading: the nearest block before the table, past its introduction (a note and
        // a basis); another table, or a page break, between them means it has none.
        QTextBlock heading = document.findBlock(table->firstPosition() - 1);
        for (int steps = 0; heading.isValid() && steps < 4; ++steps) {
            if (isHeading(heading) || QTextCursor(heading).currentTable() ||
                heading.blockFormat().pageBreakPolicy() != QTextFormat::PageBreak_Auto)
                break;
            heading = heading.previous();
        }
        const int lastKept =
            std::min(table->rows() - 1, table->format().headerRowCount() + keptRows - 1);
        if (heading.isValid() && isHeading(heading) && lastKept >= 0) {
            const QTextBlock row = table->cellAt(lastKept, 0).firstCursorPosition().block();
            if (pageOf(row) != pageOf(heading)) {
                found = index;
                break;
            }
        }
        ++index;
    }
    layout->setPaintDevice(nullptr);
    return found;
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

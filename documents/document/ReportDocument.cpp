#include "ReportDocument.h"

#include "ChartTextObject.h"
#include "PagedText.h"
#include "charts/ChartPainter.h"
#include "reporting/ReportHtml.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextOption>
#include <QUrl>
#include <algorithm>

namespace redress {

namespace {

// Adds the page break that moves row `row` of the document's table `tableIndex` (the contents
// table first, then each piece of each report table: its columns in as many groups as
// printedColumnGroups gives, each in as many pieces as it has breaks already) to the next
// page. False when that row cannot be moved (a piece's first row, or not found).
bool moveRowToNextPage(const Report& report, ReportHtmlOptions& options, int tableIndex, int row)
{
    int index = 1; // the contents
    for (const ReportTable& table : report.tables()) {
        const int groups = int(printedColumnGroups(table).size());
        for (int group = 0; group < groups; ++group) {
            QList<int>& breaks = options.pageBreakBeforeRow[printedPieceKey(table.id(), group)];
            std::sort(breaks.begin(), breaks.end());
            // a break before the first row moves the whole group, and makes no piece of its own
            const bool groupMoved = breaks.contains(0);
            const QList<int> within = groupMoved ? breaks.mid(1) : breaks;
            for (qsizetype piece = 0; piece <= within.size(); ++piece, ++index) {
                if (index != tableIndex)
                    continue;
                const int first = piece == 0 ? 0 : within.at(piece - 1);
                const int reportRow = first + row - 1; // below the one header row
                if (reportRow > first) {
                    breaks.append(reportRow);
                    return true;
                }
                // The piece's very first row: the whole piece starts on the next page instead.
                if (piece > 0)
                    return false;
                if (group == 0) {
                    if (options.pageBreakBeforeTable.contains(table.id()))
                        return false;
                    options.pageBreakBeforeTable.insert(table.id());
                    return true;
                }
                if (groupMoved)
                    return false;
                breaks.append(0);
                return true;
            }
        }
    }
    return false;
}

// The logo as a picture for the cover, or a null image when it cannot be read. An SVG logo is
// drawn at a size fine enough for print, since the cover shows it some 3 cm high.
QImage logoPicture(const CouncilIdentity& council)
{
    if (!council.hasLogo())
        return {};
    QBuffer buffer;
    buffer.setData(council.logo);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, council.logoFormat.toLatin1());
    if (council.logoFormat == u"svg" && reader.size().isValid())
        reader.setScaledSize(reader.size().scaled(1200, 1200, Qt::KeepAspectRatio));
    return reader.read();
}

// The width and height (CSS pixels) a logo of `size` takes on the cover: as large as fits a
// box some 8 cm wide and 3 cm high, in its own proportions.
QSize logoSizeOnCover(QSize size)
{
    if (size.isEmpty())
        return {};
    return size.scaled(QSize(300, 110), Qt::KeepAspectRatio);
}

} // namespace

QPageLayout ReportDocument::pageLayout()
{
    // Landscape, since the tables set this year beside the last in many columns.
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12),
                       QPageLayout::Millimeter);
}

ReportDocument::ReportDocument(const Report& report) : m_document(new QTextDocument)
{
    ReportHtmlOptions options;
    options.printed = true;
    options.councilName = report.council().name;
    const QImage logo = logoPicture(report.council());
    if (!logo.isNull()) {
        options.councilLogo = QStringLiteral("council-logo.png");
        options.councilLogoSize = logoSizeOnCover(logo.size());
        m_document->addResource(QTextDocument::ImageResource, QUrl(options.councilLogo), logo);
        m_pictures << QUrl(options.councilLogo);
    }
    // A quarterly summary is read on a few pages: smaller charts keep them beside their
    // tables instead of each pushing onto a page of its own.
    options.chartWidth = report.scope().isQuarter() ? 420 : 640;
    // Each chart is in the document twice over: as a picture, which the OpenDocument text
    // keeps, and as its figures, from which ChartTextObject draws it as vectors on the page.
    QHash<QString, charts::ChartData> drawn;
    for (const ReportTable& table : report.tables()) {
        auto chart = charts::chartOf(table);
        if (!chart)
            continue;
        const QString name = QStringLiteral("chart-%1.png").arg(table.id());
        m_document->addResource(QTextDocument::ImageResource, QUrl(name),
                                charts::ChartPainter(*chart).image());
        m_pictures << QUrl(name);
        drawn.insert(name, std::move(*chart));
        options.chartAfterTable.insert(table.id(), name);
    }
    ChartTextObject::install(*m_document, std::move(drawn));
    // Text wraps only between words: left to itself a document breaks a word that does not fit
    // its column ("Complai-nts"), which no reader should have to piece together.
    QTextOption wrapping = m_document->defaultTextOption();
    wrapping.setWrapMode(QTextOption::WordWrap);
    m_document->setDefaultTextOption(wrapping);
    m_document->setDefaultStyleSheet(
        QStringLiteral("h1 { font-size: 16pt; } h2 { font-size: 12pt; margin-top: 14px; } "
                       "td, th { font-size: 9pt; } p.basis { font-size: 8pt; color: #444; }"));
    // A page may not split a row: where it would, the table goes on to the next page from
    // that row, with its headings again; each such move moves what follows, so the layout is
    // checked again from the start. The contents then give the page each table starts on
    // (the page numbers take no more room than the blanks they replace).
    // A heading left at the foot of a page, its table starting on the next, moves on with the
    // table in the same way.
    constexpr int mostMoves = 60;
    for (int moves = 0;; ++moves) {
        m_document->setHtml(reportToHtml(report, options));
        if (moves == mostMoves)
            break;
        if (const auto split = firstSplitRow(*m_document, pageLayout(), true)) {
            if (moveRowToNextPage(report, options, split->first, split->second))
                continue;
        }
        const auto stranded = firstStrandedHeading(*m_document, pageLayout(), keptRows, true);
        if (!stranded || !moveRowToNextPage(report, options, *stranded, 1))
            break;
    }
    const QList<int> pages = headingPages(*m_document, pageLayout(), 2, true);
    for (qsizetype i = 0; i < report.tables().size() && i < pages.size(); ++i)
        options.pageOfTable.insert(report.tables().at(i).id(), pages.at(i));
    m_document->setHtml(reportToHtml(report, options));
    m_document->setMetaInformation(QTextDocument::DocumentTitle, reportTitle(report));
    // The editable document has the same content, with places for the commentary.
    options.narrative = true;
    m_editableHtml = reportToHtml(report, options);
}

ReportDocument::~ReportDocument() = default;

void ReportDocument::print(QPagedPaintDevice& device)
{
    printOnPages(*m_document, device, true);
}

Status ReportDocument::savePdf(const QString& path)
{
    // Written beside the target first, so a failure leaves no half-written PDF behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("%1 could not be written: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    QPdfWriter writer(&file);
    writer.setPageLayout(pageLayout());
    writer.setTitle(m_document->metaInformation(QTextDocument::DocumentTitle));
    writer.setCreator(QStringLiteral("Redress"));
    print(writer);
    if (!file.commit())
        return fail(tr("%1 could not be written: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

Status ReportDocument::saveOdt(const QString& path)
{
    // The ODF writer closes the device it writes to, which a QSaveFile refuses: build the
    // file in memory, then save it all at once.
    // The same pictures (the charts and the logo) as the printed document, with the
    // commentary's places in the text.
    QTextDocument editable;
    for (const QUrl& name : std::as_const(m_pictures))
        editable.addResource(QTextDocument::ImageResource, name,
                             m_document->resource(QTextDocument::ImageResource, name));
    editable.setDefaultStyleSheet(m_document->defaultStyleSheet());
    editable.setDefaultTextOption(m_document->defaultTextOption());
    editable.setHtml(m_editableHtml);
    editable.setMetaInformation(QTextDocument::DocumentTitle,
                                m_document->metaInformation(QTextDocument::DocumentTitle));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, QByteArrayLiteral("odf"));
    if (!writer.write(&editable))
        return fail(tr("The report could not be laid out as an OpenDocument text"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(buffer.data()) != buffer.size() ||
        !file.commit())
        return fail(tr("%1 could not be written: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

Status ReportDocument::write(const Report& report, const QString& format, const QString& path)
{
    ReportDocument document(report);
    if (format.compare(u"pdf", Qt::CaseInsensitive) == 0)
        return document.savePdf(path);
    if (format.compare(u"odt", Qt::CaseInsensitive) == 0)
        return document.saveOdt(path);
    return fail(tr("Unknown document format \"%1\": use pdf or odt").arg(format));
}

} // namespace redress

#pragma once

#include "reporting/Report.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QPageLayout>
#include <QString>
#include <QUrl>
#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace redress {

// A report as a document with its charts: printed or saved as PDF with the charts drawn as
// vectors, or saved as an editable OpenDocument text (which Word and LibreOffice open, the
// charts as pictures) so that the complaints manager can write the narrative around the
// figures. Needs a QGuiApplication (fonts), not widgets.
class ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)

public:
    // A title page, contents, numbered sections and "Page n of m" at the foot of each page;
    // the title page gives the council's name and logo where the report has them
    // (Report::council).
    explicit ReportDocument(const Report& report);
    ~ReportDocument();

    QTextDocument& document() { return *m_document; }

    // Lays the document out on the device's pages (a printer or a PDF writer) and paints it.
    void print(QPagedPaintDevice& device);
    Status savePdf(const QString& path);
    Status saveOdt(const QString& path);

    // A4 landscape, for the PDF and the printer alike.
    static QPageLayout pageLayout();

    // "pdf" or "odt" in any case, for redress-cli.
    static Status write(const Report& report, const QString& format, const QString& path);

    // How many rows of a table, below its header, stay on the page its heading is on.
    static constexpr int keptRows = 2;

private:
    std::unique_ptr<QTextDocument> m_document;
    // The editable document's text: the printed one's, with places for the commentary.
    QString m_editableHtml;
    QList<QUrl> m_pictures;
};

} // namespace redress

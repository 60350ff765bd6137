#include "ReportHtml.h"

#include "util/UkFormat.h"

#include <QCoreApplication>
#include <algorithm>

namespace redress {

namespace {

// The context lupdate files these messages under, and the one they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportHtml)
};

bool isNumeric(ColumnKind kind)
{
    return kind != ColumnKind::Label && kind != ColumnKind::Text && kind != ColumnKind::Date;
}

// `number` numbers the section (0: none); a printed section opens with the table's note.
// Before each row of `breaks` the table ends and starts again, with its headings, on a new page.
QString tableHtml(const ReportTable& table, int number, const QList<int>& breaks)
{
    const QString title =
        number > 0 ? Text::tr("%1. %2").arg(number).arg(table.title()) : table.title();
    QString html = QStringLiteral("<h2>%1</h2>\n").arg(title.toHtmlEscaped());
    if (number > 0 && !table.note().isEmpty())
        html += QStringLiteral("<p>%1</p>\n").arg(table.note().toHtmlEscaped());
    html += QStringLiteral("<p class=\"basis\"><i>%1.</i> %2</p>\n")
                .arg(basisLabel(table.basis()).toHtmlEscaped(),
                     basisDefinition(table.basis()).toHtmlEscaped());
    QString head = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\" "
                                  "style=\"border-collapse: collapse;\">\n<thead><tr>");
    const QString labelWidth = QStringLiteral(" width=\"24%\"");
    // A row of one line stays whole: a page breaks a table between the lines of a row, so a
    // row whose label wraps can be split over two pages. Labels stay on one line where that
    // leaves the figures' columns room for their headings' longest words (about eleven
    // characters each, of some 150 across a landscape page); otherwise they wrap between
    // words, so that no heading is ever broken inside a word.
    qsizetype longestLabel = 0;
    for (const ReportRow& row : table.rows())
        longestLabel = std::max(longestLabel, row.cells.value(0).toString().size());
    qsizetype figures = 0;
    for (const ReportColumn& column : table.columns())
        figures += isNumeric(column.kind) ? 1 : 0;
    const bool oneLineLabels = longestLabel <= 150 - 11 * figures;
    bool firstColumn = true;
    for (const ReportColumn& column : table.columns()) {
        head += QStringLiteral("<th align=\"%1\" bgcolor=\"#e8eef4\"%2>%3</th>")
                    .arg(isNumeric(column.kind) ? QStringLiteral("right") : QStringLiteral("left"),
                         firstColumn && table.columns().size() > 2 ? labelWidth : QString(),
                         column.label.toHtmlEscaped());
        firstColumn = false;
    }
    head += QStringLiteral("</tr></thead>\n<tbody>\n");
    html += head;
    for (qsizetype r = 0; r < table.rows().size(); ++r) {
        const ReportRow& row = table.rows().at(r);
        if (breaks.contains(int(r)))
            html += QStringLiteral("</tbody></table>\n<p style=\"page-break-before: always; "
                                   "font-size: 1pt;\">&nbsp;</p>\n") +
                    head;
        html += row.isTotal() ? QStringLiteral("<tr bgcolor=\"#f4f4f4\">") : QStringLiteral("<tr>");
        for (int c = 0; c < table.columns().size(); ++c) {
            const ReportColumn& column = table.columns().at(c);
            QString text = ReportTable::format(row.cells.value(c), column.kind).toHtmlEscaped();
            if (c == 0 && row.level > 0)
                text = QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;") + text;
            if (row.isTotal())
                text = QStringLiteral("<b>") + text + QStringLiteral("</b>");
            html +=
                QStringLiteral("<td align=\"%1\"%2>%3</td>")
                    .arg(isNumeric(column.kind) ? QStringLiteral("right") : QStringLiteral("left"),
                         c == 0 && oneLineLabels ? QStringLiteral(" style=\"white-space: nowrap;\"")
                                                 : QString(),
                         text);
        }
        html += QStringLiteral("</tr>\n");
    }
    html += QStringLiteral("</tbody></table>\n");
    if (number == 0 && !table.note().isEmpty())
        html += QStringLiteral("<p><small>%1</small></p>\n").arg(table.note().toHtmlEscaped());
    return html;
}

// The first page of a printed report: who, what and when, then the contents.
QString titlePageHtml(const Report& report, const ReportHtmlOptions& options)
{
    QString html = QStringLiteral("<p style=\"margin-top: 120px;\" align=\"center\">&nbsp;</p>\n");
    if (!options.councilName.isEmpty())
        html += QStringLiteral("<p align=\"center\" style=\"font-size: 20pt;\">%1</p>\n")
                    .arg(options.councilName.toHtmlEscaped());
    html += QStringLiteral("<h1 align=\"center\" style=\"font-size: 24pt;\">%1</h1>\n")
                .arg(reportTitle(report).toHtmlEscaped());
    QString period = Text::tr("%1: %2 to %3")
                         .arg(report.periodLabel(), ukDate(report.first()), ukDate(report.last()));
    if (report.comparison())
        period += u' ' + Text::tr("(compared with %1)").arg(report.comparison()->label());
    html += QStringLiteral("<p align=\"center\" style=\"font-size: 14pt;\">%1</p>\n")
                .arg(period.toHtmlEscaped());
    if (report.scope().procedure)
        html += QStringLiteral("<p align=\"center\">%1</p>\n")
                    .arg(Text::tr("Complaints under the %1 only.")
                             .arg(procedureLabel(*report.scope().procedure))
                             .toHtmlEscaped());
    if (report.producedOn().isValid())
        html += QStringLiteral("<p align=\"center\">%1</p>\n")
                    .arg(Text::tr("Produced on %1 from the case records.")
                             .arg(ukDate(report.producedOn()))
                             .toHtmlEscaped());
    html += QStringLiteral("<p style=\"page-break-after: always;\">&nbsp;</p>\n");
    html += QStringLiteral("<p style=\"font-size: 14pt;\"><b>%1</b></p>\n"
                           "<table cellspacing=\"0\" cellpadding=\"1\" width=\"70%\">\n")
                .arg(Text::tr("Contents").toHtmlEscaped());
    int number = 0;
    for (const ReportTable& table : report.tables()) {
        const int page = options.pageOfTable.value(table.id());
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>\n")
                    .arg(Text::tr("%1. %2").arg(++number).arg(table.title()).toHtmlEscaped(),
                         page > 0 ? QString::number(page) : QString());
    }
    html += QStringLiteral("</table>\n<p style=\"page-break-after: always;\">&nbsp;</p>\n");
    return html;
}

} // namespace

QString reportTitle(const Report& report)
{
    if (!report.title().isEmpty())
        return report.title();
    if (report.scope().isShortPeriod())
        return Text::tr("Open complaints from children and young people, %1")
            .arg(report.periodLabel());
    if (report.scope().isQuarter())
        return Text::tr("Complaints and compliments: quarterly summary, %1")
            .arg(report.periodLabel());
    return Text::tr("Complaints and compliments: annual report, %1").arg(report.periodLabel());
}

QString reportToHtml(const Report& report, const ReportHtmlOptions& options)
{
    const QString title = reportTitle(report).toHtmlEscaped();
    QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                                  "<title>%1</title></head>\n<body>\n")
                       .arg(title);
    if (options.printed) {
        html += titlePageHtml(report, options);
    } else {
        html += QStringLiteral("<h1>%1</h1>\n").arg(title);
        QString period =
            Text::tr("Period: %1 (%2 to %3).")
                .arg(report.periodLabel(), ukDate(report.first()), ukDate(report.last()));
        if (report.comparison())
            period += u' ' + Text::tr("Compared with %1.").arg(report.comparison()->label());
        if (report.scope().procedure)
            period += u' ' + Text::tr("Complaints under the %1 only.")
                                 .arg(procedureLabel(*report.scope().procedure));
        if (report.producedOn().isValid())
            period +=
                u' ' +
                Text::tr("Produced on %1 from the case records.").arg(ukDate(report.producedOn()));
        html += QStringLiteral("<p>%1</p>\n").arg(period.toHtmlEscaped());
    }

    bool first = true;
    int number = 0;
    for (const ReportTable& table : report.tables()) {
        if (!first && (options.pageBreaks || options.pageBreakBeforeTable.contains(table.id())))
            html += QStringLiteral("<div style=\"page-break-before: always;\"></div>\n");
        first = false;
        html += tableHtml(table, options.printed ? ++number : 0,
                          options.pageBreakBeforeRow.value(table.id()));
        if (const auto chart = options.chartAfterTable.constFind(table.id());
            chart != options.chartAfterTable.constEnd())
            html += QStringLiteral("<p><img src=\"%1\" width=\"%2\"></p>\n")
                        .arg(chart->toHtmlEscaped())
                        .arg(options.chartWidth);
    }
    html += QStringLiteral("</body></html>\n");
    return html;
}

} // namespace redress

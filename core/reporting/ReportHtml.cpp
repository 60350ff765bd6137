#include "ReportHtml.h"

#include "util/UkFormat.h"

#include <QCoreApplication>

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

QString tableHtml(const ReportTable& table)
{
    QString html =
        QStringLiteral("<h2>%1</h2>\n<p class=\"basis\"><i>%2.</i> %3</p>\n")
            .arg(table.title().toHtmlEscaped(), basisLabel(table.basis()).toHtmlEscaped(),
                 basisDefinition(table.basis()).toHtmlEscaped());
    // Room for the row labels, so that a label wraps at most once: a wrapped label makes its
    // row, and so the printed report, longer.
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\" "
                           "style=\"border-collapse: collapse;\">\n<thead><tr>");
    bool firstColumn = true;
    for (const ReportColumn& column : table.columns()) {
        html +=
            QStringLiteral("<th align=\"%1\" bgcolor=\"#e8eef4\"%2>%3</th>")
                .arg(isNumeric(column.kind) ? QStringLiteral("right") : QStringLiteral("left"),
                     firstColumn && table.columns().size() > 2 ? QStringLiteral(" width=\"24%\"")
                                                               : QString(),
                     column.label.toHtmlEscaped());
        firstColumn = false;
    }
    html += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const ReportRow& row : table.rows()) {
        html += row.isTotal() ? QStringLiteral("<tr bgcolor=\"#f4f4f4\">") : QStringLiteral("<tr>");
        for (int c = 0; c < table.columns().size(); ++c) {
            const ReportColumn& column = table.columns().at(c);
            QString text = ReportTable::format(row.cells.value(c), column.kind).toHtmlEscaped();
            if (c == 0 && row.level > 0)
                text = QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;") + text;
            if (row.isTotal())
                text = QStringLiteral("<b>") + text + QStringLiteral("</b>");
            html +=
                QStringLiteral("<td align=\"%1\">%2</td>")
                    .arg(isNumeric(column.kind) ? QStringLiteral("right") : QStringLiteral("left"),
                         text);
        }
        html += QStringLiteral("</tr>\n");
    }
    html += QStringLiteral("</tbody></table>\n");
    if (!table.note().isEmpty())
        html += QStringLiteral("<p><small>%1</small></p>\n").arg(table.note().toHtmlEscaped());
    return html;
}

} // namespace

QString reportTitle(const Report& report)
{
    if (report.scope().isQuarter())
        return Text::tr("Complaints and compliments: quarterly summary, %1")
            .arg(report.periodLabel());
    return Text::tr("Complaints and compliments: annual report, %1").arg(report.periodLabel());
}

QString reportToHtml(const Report& report, const ReportHtmlOptions& options)
{
    const QString title = reportTitle(report).toHtmlEscaped();
    QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                                  "<title>%1</title></head>\n<body>\n<h1>%1</h1>\n")
                       .arg(title);
    QString period = Text::tr("Period: %1 (%2 to %3).")
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

    bool first = true;
    for (const ReportTable& table : report.tables()) {
        if (options.pageBreaks && !first)
            html += QStringLiteral("<div style=\"page-break-before: always;\"></div>\n");
        first = false;
        html += tableHtml(table);
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

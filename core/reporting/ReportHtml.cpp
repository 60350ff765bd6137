#include "ReportHtml.h"

#include "util/UkFormat.h"

#include <QCoreApplication>
#include <algorithm>
#include <numeric>

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

qsizetype longestWord(const QString& text)
{
    qsizetype longest = 0;
    for (const QStringView word : QStringView(text).split(u' ', Qt::SkipEmptyParts))
        longest = std::max(longest, word.size());
    return longest;
}

// Widths in characters of the table's type, of some 140 across a landscape page.
constexpr qsizetype pageCharacters = 140;
constexpr qsizetype padding = 2;

// The fewest characters a column takes (its heading's longest word, its widest figure) and
// the most it wants (its heading on two lines, its figures whole).
std::pair<qsizetype, qsizetype> columnCharacters(const ReportTable& table, int column)
{
    qsizetype widest = 0;
    qsizetype widestWord = 0;
    for (const ReportRow& row : table.rows()) {
        const QString text =
            ReportTable::format(row.cells.value(column), table.columns().at(column).kind);
        widest = std::max(widest, text.size());
        widestWord = std::max(widestWord, longestWord(text));
    }
    const QString& heading = table.columns().at(column).label;
    const qsizetype least = std::max(longestWord(heading), widestWord) + padding;
    return {least, std::max({least, (heading.size() + 1) / 2 + padding,
                             std::min<qsizetype>(widest, 40) + padding})};
}

// The labels keep at least a short phrase's width.
qsizetype labelLeast(qsizetype longestLabel)
{
    return std::min<qsizetype>(longestLabel + padding, 16);
}

// The share of the page's width each column of a table takes (percent; all 0: the document's
// own choice), and whether its row labels stay on one line.
struct ColumnWidths
{
    QList<int> percent;
    bool oneLineLabels = false;
};

// Every column is at least as wide as the longest word of its heading and its widest figure,
// so that a heading wraps only between words; where there is room a heading takes two lines
// at most, and the row labels one line. A row of one line stays whole: a page breaks a table
// between the lines of a row, so a row whose label wraps could be split over two pages.
ColumnWidths columnWidths(const ReportTable& table, bool printed, const QList<int>& shown)
{
    const QList<ReportColumn>& columns = table.columns();
    ColumnWidths result;
    qsizetype longestLabel = 0;
    for (const ReportRow& row : table.rows())
        longestLabel =
            std::max(longestLabel, row.cells.value(0).toString().size() + (row.level > 0 ? 4 : 0));
    if (!printed || shown.size() < 2) {
        // on screen: the label column a quarter of the width, the rest as the browser likes
        result.percent.fill(0, shown.size());
        if (shown.size() > 2)
            result.percent[0] = 24;
        qsizetype figures = 0;
        for (int c : shown)
            figures += isNumeric(columns.at(c).kind) ? 1 : 0;
        result.oneLineLabels = longestLabel <= 150 - 11 * figures;
        return result;
    }
    QList<qsizetype> widths{0};
    QList<qsizetype> preferred{0}; // headings on two lines at most
    for (qsizetype i = 1; i < shown.size(); ++i) {
        const auto [least, wanted] = columnCharacters(table, shown.at(i));
        widths << least;
        preferred << wanted;
    }
    const auto sum = [](const QList<qsizetype>& list) {
        return std::accumulate(list.begin() + 1, list.end(), qsizetype(0));
    };
    const qsizetype labelWanted = std::min<qsizetype>(longestLabel + padding, 48);
    if (pageCharacters - sum(preferred) >= labelWanted)
        widths = preferred;
    // The labels take what is left, up to what they need, and at least a short phrase's width
    // (printedColumnGroups keeps that room). The figures share any room over.
    widths[0] =
        std::clamp<qsizetype>(pageCharacters - sum(widths), labelLeast(longestLabel), labelWanted);
    result.oneLineLabels = widths[0] >= longestLabel + padding;
    const double figures = double(std::max<qsizetype>(sum(widths), 1));
    const double stretch = std::max(1.0, double(pageCharacters - widths[0]) / figures);
    const double total = double(widths[0]) + figures * stretch;
    result.percent << int(100.0 * double(widths[0]) / total);
    for (qsizetype i = 1; i < shown.size(); ++i)
        result.percent << std::max(1, int(100.0 * double(widths.at(i)) * stretch / total));
    return result;
}

// The rows of `table`, in the columns `shown` (the label column first), as an HTML table with
// its header row. Before each row of `breaks` the table ends and starts again, with its
// headings, on a new page; a break before row 0 puts the whole piece on a new page.
QString piecesHtml(const ReportTable& table, const QList<int>& shown, bool printed,
                   const QList<int>& breaks)
{
    static const QString pageBreak =
        QStringLiteral("<p style=\"page-break-before: always; font-size: 1pt;\">&nbsp;</p>\n");
    QString head = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\" "
                                  "style=\"border-collapse: collapse;\">\n<thead><tr>");
    const ColumnWidths widths = columnWidths(table, printed, shown);
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const ReportColumn& column = table.columns().at(shown.at(i));
        const int percent = widths.percent.value(i);
        head += QStringLiteral("<th align=\"%1\" bgcolor=\"#e8eef4\"%2>%3</th>")
                    .arg(isNumeric(column.kind) ? QStringLiteral("right") : QStringLiteral("left"),
                         percent > 0 ? QStringLiteral(" width=\"%1%\"").arg(percent) : QString(),
                         column.label.toHtmlEscaped());
    }
    head += QStringLiteral("</tr></thead>\n<tbody>\n");
    QString html = breaks.contains(0) ? pageBreak + head : head;
    for (qsizetype r = 0; r < table.rows().size(); ++r) {
        const ReportRow& row = table.rows().at(r);
        if (r > 0 && breaks.contains(int(r)))
            html += QStringLiteral("</tbody></table>\n") + pageBreak + head;
        html += row.isTotal() ? QStringLiteral("<tr bgcolor=\"#f4f4f4\">") : QStringLiteral("<tr>");
        for (int c : shown) {
            const ReportColumn& column = table.columns().at(c);
            QString text = ReportTable::format(row.cells.value(c), column.kind).toHtmlEscaped();
            if (c == 0 && row.level > 0)
                text = QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;") + text;
            if (row.isTotal())
                text = QStringLiteral("<b>") + text + QStringLiteral("</b>");
            html +=
                QStringLiteral("<td align=\"%1\"%2>%3</td>")
                    .arg(isNumeric(column.kind) ? QStringLiteral("right") : QStringLiteral("left"),
                         c == 0 && widths.oneLineLabels
                             ? QStringLiteral(" style=\"white-space: nowrap;\"")
                             : QString(),
                         text);
        }
        html += QStringLiteral("</tr>\n");
    }
    html += QStringLiteral("</tbody></table>\n");
    return html;
}

// `number` numbers the section (0: none); a printed section opens with the table's note, and
// a table too wide for the page is printed in pieces of its columns, each with the labels.
QString tableHtml(const ReportTable& table, int number, const ReportHtmlOptions& options)
{
    const QString title =
        number > 0 ? Text::tr("%1. %2").arg(number).arg(table.title()) : table.title();
    QString html = QStringLiteral("<h2>%1</h2>\n").arg(title.toHtmlEscaped());
    if (number > 0 && !table.note().isEmpty())
        html += QStringLiteral("<p>%1</p>\n").arg(table.note().toHtmlEscaped());
    html += QStringLiteral("<p class=\"basis\"><i>%1.</i> %2</p>\n")
                .arg(basisLabel(table.basis()).toHtmlEscaped(),
                     basisDefinition(table.basis()).toHtmlEscaped());
    const bool printed = number > 0;
    QList<QList<int>> groups;
    if (printed) {
        groups = printedColumnGroups(table);
    } else {
        groups.append(QList<int>{});
        for (int c = 0; c < table.columns().size(); ++c)
            groups.first() << c;
    }
    for (int g = 0; g < groups.size(); ++g) {
        if (g > 0)
            html += QStringLiteral("<h3 style=\"font-size: 10pt;\">%1</h3>\n")
                        .arg(Text::tr("%1 (continued, %2 of %3)")
                                 .arg(title)
                                 .arg(g + 1)
                                 .arg(groups.size())
                                 .toHtmlEscaped());
        html += piecesHtml(table, groups.at(g), printed,
                           options.pageBreakBeforeRow.value(printedPieceKey(table.id(), g)));
    }
    if (number == 0 && !table.note().isEmpty())
        html += QStringLiteral("<p><small>%1</small></p>\n").arg(table.note().toHtmlEscaped());
    return html;
}

// A heading and a shaded paragraph that says what to write there, for the manager to replace
// with the commentary.
QString narrativeHtml(const QString& heading, const QString& prompt)
{
    return QStringLiteral("<h3>%1</h3>\n<p class=\"narrative\" style=\"background-color: "
                          "#fff4cc; color: #5a4a00;\">[%2]</p>\n")
        .arg(heading.toHtmlEscaped(), prompt.toHtmlEscaped());
}

// The first page of a printed report: who, what and when, then the contents.
QString titlePageHtml(const Report& report, const ReportHtmlOptions& options)
{
    QString html = QStringLiteral("<p style=\"margin-top: %1px;\" align=\"center\">&nbsp;</p>\n")
                       .arg(options.councilLogo.isEmpty() ? 120 : 40);
    if (!options.councilLogo.isEmpty())
        html += QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"%2\" height=\"%3\" "
                               "alt=\"%4\"></p>\n")
                    .arg(options.councilLogo.toHtmlEscaped())
                    .arg(options.councilLogoSize.width())
                    .arg(options.councilLogoSize.height())
                    .arg(Text::tr("The council's logo").toHtmlEscaped());
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
    if (options.narrative)
        html += narrativeHtml(Text::tr("Summary"),
                              Text::tr("Write the summary of the period here: the main changes, "
                                       "what was learnt and what the service will do next."));
    return html;
}

} // namespace

QList<QList<int>> printedColumnGroups(const ReportTable& table)
{
    QList<QList<int>> groups{{0}};
    if (table.columns().isEmpty())
        return {};
    qsizetype longestLabel = 0;
    for (const ReportRow& row : table.rows())
        longestLabel =
            std::max(longestLabel, row.cells.value(0).toString().size() + (row.level > 0 ? 4 : 0));
    // A little short of the page, since headings are bold and the cells padded.
    const qsizetype room = pageCharacters - labelLeast(longestLabel) - 8;
    qsizetype used = 0;
    for (int c = 1; c < table.columns().size(); ++c) {
        const qsizetype least = columnCharacters(table, c).first;
        if (groups.last().size() > 1 && used + least > room) {
            groups.append(QList<int>{0});
            used = 0;
        }
        groups.last() << c;
        used += least;
    }
    return groups;
}

QString printedPieceKey(const QString& tableId, int group)
{
    return group == 0 ? tableId : QStringLiteral("%1#%2").arg(tableId).arg(group + 1);
}

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
        html += tableHtml(table, options.printed ? ++number : 0, options);
        if (const auto chart = options.chartAfterTable.constFind(table.id());
            chart != options.chartAfterTable.constEnd())
            html += QStringLiteral("<p><img src=\"%1\" width=\"%2\"></p>\n")
                        .arg(chart->toHtmlEscaped())
                        .arg(options.chartWidth);
        if (options.narrative)
            html += narrativeHtml(Text::tr("Commentary"),
                                  Text::tr("Write the commentary on %1 here, or delete this "
                                           "paragraph.")
                                      .arg(table.title()));
    }
    html += QStringLiteral("</body></html>\n");
    return html;
}

} // namespace redress

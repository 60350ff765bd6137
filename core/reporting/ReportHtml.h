#pragma once

#include "reporting/Report.h"

#include <QList>
#include <QMap>
#include <QSet>
#include <QSize>
#include <QString>

namespace redress {

// A report as one HTML page, in the subset QTextDocument reads, so that the same page is
// what a browser shows, what is printed, and what becomes the PDF and the editable document.
struct ReportHtmlOptions
{
    // Pictures to place after a table, by table id: the src of an <img> (a file name, or a
    // resource name a QTextDocument was given).
    QMap<QString, QString> chartAfterTable;
    int chartWidth = 600;
    // Each table starts on a new page when printed.
    bool pageBreaks = false;
    // Laid out to be printed and handed on: a title page (with the council's name when
    // known), a contents list, numbered sections, and each table introduced by its note.
    bool printed = false;
    QString councilName;
    // The council's logo for the title page: the src of an <img>, and its size there in CSS
    // pixels; none when empty.
    QString councilLogo;
    QSize councilLogoSize;
    // The page each table starts on, by table id, for the contents list.
    QMap<QString, int> pageOfTable;
    // By printedPieceKey, the rows (from 0) before which that piece of a table goes on to a new
    // page, with its headings again: where a page would otherwise split a row (0: the piece
    // starts on a new page).
    QMap<QString, QList<int>> pageBreakBeforeRow;
    // By table id, the tables that start on a new page: where a page would split their first
    // row, or leave their heading alone at its foot.
    QSet<QString> pageBreakBeforeTable;
    // For the editable document: a place for the complaints manager's commentary after the
    // contents and after each section, a heading and a marked, empty paragraph to write in.
    bool narrative = false;
};

// The columns (by index, the label column first in each) of each piece a printed table is laid
// out in: one piece, unless its columns are too many for the width of a landscape page, when
// each piece takes as many as fit and repeats the labels.
QList<QList<int>> printedColumnGroups(const ReportTable& table);
// The key of piece `group` (from 0) of a table in ReportHtmlOptions::pageBreakBeforeRow.
QString printedPieceKey(const QString& tableId, int group);

QString reportTitle(const Report& report);
QString reportToHtml(const Report& report, const ReportHtmlOptions& options = {});

} // namespace redress

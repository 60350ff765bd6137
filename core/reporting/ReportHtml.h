#pragma once

#include "reporting/Report.h"

#include <QList>
#include <QMap>
#include <QSet>
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
    // The page each table starts on, by table id, for the contents list.
    QMap<QString, int> pageOfTable;
    // By table id, the rows (from 0) before which the table goes on to a new page, with its
    // headings again: where a page would otherwise split a row.
    QMap<QString, QList<int>> pageBreakBeforeRow;
    // By table id, the tables that start on a new page: where a page would split their first
    // row.
    QSet<QString> pageBreakBeforeTable;
};

QString reportTitle(const Report& report);
QString reportToHtml(const Report& report, const ReportHtmlOptions& options = {});

} // namespace redress

#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QPageLayout>
#include <QString>
#include <optional>
#include <utility>

class QPagedPaintDevice;
class QTextDocument;

namespace redress {

// Lays a text document out on a device's printable area and paints its pages; with
// `pageNumbers`, each page ends with "Page n of m" below the text.
void printOnPages(QTextDocument& document, QPagedPaintDevice& device, bool pageNumbers = false);

// The page (from 1) each heading of `level` falls on when the document is laid out on pages
// of `layout` as printOnPages() lays it out, in the order of the document.
QList<int> headingPages(QTextDocument& document, const QPageLayout& layout, int level,
                        bool pageNumbers);

// The first table row that a page break would split, laid out as printOnPages() lays the
// document out: the table's index among the document's top-level tables and the row's index
// in it (header rows included). Nullopt when every row is on one page.
std::optional<std::pair<int, int>> firstSplitRow(QTextDocument& document, const QPageLayout& layout,
                                                 bool pageNumbers);

// The first top-level table (its index, as firstSplitRow counts them) whose heading (of level
// 2 or below), just before it, is on an earlier page than the table's first `keptRows` rows
// below its header: a heading left alone at the foot of a page. Nullopt when every heading is
// with its table.
std::optional<int> firstStrandedHeading(QTextDocument& document, const QPageLayout& layout,
                                        int keptRows, bool pageNumbers);

// An HTML document as PDF bytes on A4 portrait pages: for documents written for a person
// to read, such as a subject access package.
Result<QByteArray> htmlToPdf(const QString& title, const QString& html);

} // namespace redress

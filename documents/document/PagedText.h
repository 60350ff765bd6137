#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QPageLayout>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace redress {

// Lays a text document out on a device's printable area and paints its pages.
void printOnPages(QTextDocument& document, QPagedPaintDevice& device);

// An HTML document as PDF bytes on A4 portrait pages: for documents written for a person
// to read, such as a subject access package.
Result<QByteArray> htmlToPdf(const QString& title, const QString& html);

} // namespace redress

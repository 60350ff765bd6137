#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

// Wording shared by the readers, so every message names the file, and the sheet and cell
// where known, the same way.
namespace redress::spreadsheet::detail {

// The context lupdate files the readers' messages under, and the one they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Workbook)
};
// 0 → "A", 27 → "AB", as a spreadsheet labels columns.
QString columnName(int column);
// 1-based row, 0-based column → "B12".
QString cellName(qint64 row, int column);
// 16384 → "16,384".
QString count(qint64 value);
// "1.5 MB"
QString megabytes(qint64 bytes);

// "<file name>: <what>"
Error fileError(const QString& path, const QString& what);
// "<file name>, sheet “<sheet>”: <what>"
Error sheetError(const QString& path, const QString& sheet, const QString& what);
// "<file name>, sheet “<sheet>”, cell B12: <what>"
Error cellError(const QString& path, const QString& sheet, qint64 row, int column,
                const QString& what);

// The limit checks every reader applies in the same words.
Status checkRow(const QString& path, const QString& sheet, qint64 row, qint64 maxRows);
Status checkColumn(const QString& path, const QString& sheet, qint64 row, int column,
                   int maxColumns);
Status checkCellLength(const QString& path, const QString& sheet, qint64 row, int column,
                       qint64 length, qint64 maxChars);

// Spreadsheet text with CRLF and lone CR made \n, so every format gives the same line breaks.
QString normaliseLineBreaks(QString text);

} // namespace redress::spreadsheet::detail

#pragma once

#include "export/ExportRow.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>
#include <QVariantList>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace redress::exporting {

// One worksheet streamed to an XLSX file by libxlsxwriter in its constant-memory mode: each
// row goes to a temporary file as it is added, and the package is compressed, with Zip64
// when it grows past 4 GB, so memory stays the same however many rows there are. Text is
// always text (never a formula); dates are date cells shown dd/mm/yyyy; numbers are numbers;
// the heading row stays in view.
class XlsxWriter
{
public:
    // Starts writing `path` (replacing it); nothing is complete there until close().
    XlsxWriter(const QString& path, const QString& sheetName);
    ~XlsxWriter();
    XlsxWriter(const XlsxWriter&) = delete;
    XlsxWriter& operator=(const XlsxWriter&) = delete;

    // Cells: QString, QDate, bool, int/qint64/double; a null QVariant leaves the cell empty.
    // Fails, naming the row and column, for text longer than a cell can hold.
    Status addRow(const QVariantList& cells);
    // The same for a row already typed and in UTF-8, handed to libxlsxwriter as it is.
    Status addRow(const ExportRow& cells);
    // Finishes the package. After a failure the file at `path` is not a workbook.
    Status close();

private:
    QString m_path;
    lxw_workbook* m_workbook = nullptr;
    lxw_worksheet* m_sheet = nullptr;
    lxw_format* m_date = nullptr;
    quint32 m_row = 0;
    Status m_failed;    // why the workbook could not be started, reported by addRow and close
    QByteArray m_clean; // a cell's text without the characters XML cannot hold
};

} // namespace redress::exporting

#pragma once

#include "Workbook.h"

namespace redress::spreadsheet::detail {

// An Excel 97–2003 (BIFF8) workbook, read through FreeXL in a process of its own
// (XlsReaderProtocol.h), so that a file that makes FreeXL fault ends that process, not this
// one, and is refused. The process is started to list the sheets and again to read each; FreeXL
// loads the whole file when it is opened, but BIFF8 caps a sheet at 65,536 rows by 256
// columns, so that stays bounded.
class XlsWorkbook : public Workbook
{
public:
    ~XlsWorkbook() override;
    static Result<std::unique_ptr<Workbook>> open(const QString& path, ReadLimits limits);
    // The same, without the structure check (XlsStructure.h) that comes first: for the tests
    // that show a file on which FreeXL faults is refused, the program still standing.
    static Result<std::unique_ptr<Workbook>> openUnchecked(const QString& path, ReadLimits limits);

    Format format() const override { return Format::Xls; }
    QStringList sheetNames() const override { return m_sheetNames; }
    Status readRows(int sheet, const RowCallback& onRow) const override;

private:
    XlsWorkbook(QString path, ReadLimits limits);

    Status checkCell(qint64 row, int column, const QVariant& value, const QString& sheetName) const;

    QStringList m_sheetNames;
};

} // namespace redress::spreadsheet::detail

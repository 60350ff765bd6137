#pragma once

#include "Workbook.h"

namespace redress::spreadsheet::detail {

// An Excel 97–2003 (BIFF8) workbook, read through FreeXL. FreeXL loads the whole file when
// it is opened; BIFF8 caps a sheet at 65,536 rows by 256 columns, so that stays bounded.
class XlsWorkbook : public Workbook
{
public:
    ~XlsWorkbook() override;
    static Result<std::unique_ptr<Workbook>> open(const QString& path, ReadLimits limits);

    Format format() const override { return Format::Xls; }
    QStringList sheetNames() const override { return m_sheetNames; }
    Status readRows(int sheet, const RowCallback& onRow) const override;

private:
    XlsWorkbook(QString path, ReadLimits limits);

    const void* m_handle = nullptr;
    QStringList m_sheetNames;
};

} // namespace redress::spreadsheet::detail

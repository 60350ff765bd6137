#pragma once

#include "Workbook.h"
#include "ZipPackage.h"

namespace redress::spreadsheet::detail {

// An OpenDocument spreadsheet: content.xml is streamed out of the package (ZipPackage, after
// the package has been checked) into QXmlStreamReader, row by row. Repeated rows and columns
// are never expanded when empty; a repeated row with content is that many rows.
class OdsWorkbook : public Workbook
{
public:
    ~OdsWorkbook() override;
    static Result<std::unique_ptr<Workbook>> open(const QString& path, ReadLimits limits);

    Format format() const override { return Format::Ods; }
    QStringList sheetNames() const override { return m_sheetNames; }
    Status readRows(int sheet, const RowCallback& onRow) const override;

private:
    OdsWorkbook(QString path, ReadLimits limits);

    std::unique_ptr<ZipPackage> m_package;
    QStringList m_sheetNames;
};

} // namespace redress::spreadsheet::detail

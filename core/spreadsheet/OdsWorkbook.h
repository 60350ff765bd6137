#pragma once

#include "Workbook.h"
#include "ZipPackage.h"

namespace redress::spreadsheet::detail {

// An OpenDocument spreadsheet. The package is unpacked with orcus's zip reader after
// ZipPackage has checked it; content.xml is read here with QXmlStreamReader, row by row.
// (orcus 0.17's ODS import drops booleans, times, the cached text of formulas and all but the
// last paragraph of a cell.) Repeated rows and columns are never expanded when empty.
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

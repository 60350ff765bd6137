#pragma once

#include "NumberFormat.h"
#include "Workbook.h"
#include "ZipPackage.h"

namespace redress::spreadsheet::detail {

// An Office Open XML workbook. The package is unpacked with orcus's zip reader after
// ZipPackage has checked it; the parts are read here with QXmlStreamReader, one sheet at a
// time, row by row. (orcus 0.17's own XLSX import ignores date1904, fails on phonetic runs
// in shared strings and hands over styles and formula results only after every sheet, so a
// sheet could not be streamed through it.)
class XlsxWorkbook : public Workbook
{
public:
    ~XlsxWorkbook() override;
    static Result<std::unique_ptr<Workbook>> open(const QString& path, ReadLimits limits);

    Format format() const override { return Format::Xlsx; }
    QStringList sheetNames() const override { return m_sheetNames; }
    Status readRows(int sheet, const RowCallback& onRow) const override;

    bool uses1904DateSystem() const { return m_date1904; }

private:
    XlsxWorkbook(QString path, ReadLimits limits);

    Result<std::vector<QString>> readSharedStrings() const;
    Result<std::vector<NumberKind>> readCellFormats() const;

    std::unique_ptr<ZipPackage> m_package;
    QStringList m_sheetNames;
    QStringList m_sheetParts;
    QString m_sharedStringsPart;
    QString m_stylesPart;
    bool m_date1904 = false;
};

} // namespace redress::spreadsheet::detail

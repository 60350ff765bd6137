#pragma once

#include "TextDecoding.h"
#include "Workbook.h"

namespace redress::spreadsheet::detail {

// A delimited text file: one sheet, every cell text (or null when empty). The encoding and
// the delimiter are worked out when it is opened; the rows are streamed.
class CsvWorkbook : public Workbook
{
public:
    // `encoding` one of textEncodingNames(), or empty to work it out.
    static Result<std::unique_ptr<Workbook>> open(const QString& path, ReadLimits limits,
                                                  const QString& encoding = {});

    Format format() const override { return Format::Csv; }
    QStringList sheetNames() const override;
    Status readRows(int sheet, const RowCallback& onRow) const override;
    QStringList notes() const override { return m_notes; }

    QChar delimiter() const { return m_delimiter; }
    QByteArray encoding() const { return m_encoding.name; }

private:
    CsvWorkbook(QString path, ReadLimits limits, TextEncoding encoding, QChar delimiter);

    TextEncoding m_encoding;
    QChar m_delimiter;
    QStringList m_notes;
};

} // namespace redress::spreadsheet::detail

#pragma once

#include "NumberFormat.h"
#include "Workbook.h"
#include "ZipPackage.h"

#include <vector>

namespace redress::spreadsheet::detail {

// The shared-string table, the one part of a workbook held in memory while a sheet is read:
// every string in one UTF-8 buffer with where each starts, rather than a QString apiece, which
// would take about three times the memory for the short texts a complaint log repeats (and
// UTF-16 twice the bytes of the mostly ASCII text). Offsets are 32-bit: the table is limited
// far below 4 GB (ReadLimits::maxSharedTextBytes).
class SharedStrings
{
public:
    // Room for `bytes` of text, taken before the table is read so that it is not copied as it
    // grows (a copy holds the old and the new buffer at once); what is not used is given back
    // by squeeze(). Pages never written to take no memory.
    void reserve(qint64 bytes) { m_text.reserve(qsizetype(bytes)); }
    void squeeze()
    {
        m_text.squeeze();
        m_starts.shrink_to_fit();
    }
    void append(const QString& text)
    {
        m_starts.push_back(quint32(m_text.size()));
        m_text += text.toUtf8();
    }
    qsizetype size() const { return qsizetype(m_starts.size()); }
    QString at(qsizetype index) const
    {
        const qsizetype start = m_starts[size_t(index)];
        const qsizetype end =
            index + 1 < size() ? qsizetype(m_starts[size_t(index) + 1]) : m_text.size();
        return QString::fromUtf8(m_text.constData() + start, end - start);
    }
    qint64 memoryBytes() const
    {
        return qint64(m_text.size()) + qint64(m_starts.size()) * qint64(sizeof(quint32));
    }

private:
    QByteArray m_text;
    std::vector<quint32> m_starts;
};

// An Office Open XML workbook. Its parts are streamed out of the package (ZipPackage, after
// the package has been checked) into QXmlStreamReader, one sheet at a time, row by row; only
// the shared strings and the cell formats are held while a sheet is read.
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

    Result<SharedStrings> readSharedStrings() const;
    Result<std::vector<NumberKind>> readCellFormats() const;

    std::unique_ptr<ZipPackage> m_package;
    QStringList m_sheetNames;
    QStringList m_sheetParts;
    QString m_sharedStringsPart;
    QString m_stylesPart;
    bool m_date1904 = false;
};

} // namespace redress::spreadsheet::detail

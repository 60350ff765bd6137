#include "CsvRowWriter.h"

#include "util/Csv.h"

#include <QString>

namespace redress::exporting {

namespace {

bool mayBeFormula(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    const char first = text.front();
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' ||
           first == '\r';
}

bool needsQuotes(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    if (text.front() == ' ' || text.back() == ' ')
        return true;
    for (const char c : text)
        if (c == ',' || c == '"' || c == '\n' || c == '\r')
            return true;
    return false;
}

} // namespace

CsvRowWriter::CsvRowWriter(QIODevice& device) : m_device(device)
{
    write(QByteArrayLiteral("\xEF\xBB\xBF"));
}

void CsvRowWriter::appendField(QByteArray& line, QByteArrayView text)
{
    // A field that may be a formula is rare: CsvWriter decides it, so the rule is kept in
    // one place.
    if (mayBeFormula(text)) {
        line += CsvWriter::field(QString::fromUtf8(text)).toUtf8();
        return;
    }
    if (!needsQuotes(text)) {
        line += text;
        return;
    }
    line += '"';
    for (qsizetype from = 0;;) {
        const qsizetype quote = text.indexOf('"', from);
        if (quote < 0) {
            line += text.sliced(from);
            break;
        }
        line += text.sliced(from, quote + 1 - from);
        line += '"';
        from = quote + 1;
    }
    line += '"';
}

void CsvRowWriter::write(const ExportRow& row)
{
    m_line.resize(0);
    for (qsizetype cell = 0; cell < row.size(); ++cell) {
        if (cell > 0)
            m_line += ',';
        appendField(m_line, row.text(cell));
    }
    m_line += "\r\n";
    write(m_line);
}

void CsvRowWriter::write(const QByteArray& bytes)
{
    if (m_ok && m_device.write(bytes) != bytes.size())
        m_ok = false;
}

} // namespace redress::exporting

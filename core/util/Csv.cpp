#include "Csv.h"

namespace redress {

namespace {

bool looksLikeFormula(const QString& value)
{
    if (value.isEmpty())
        return false;
    const QChar first = value.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
           first == u'\r';
}

} // namespace

CsvWriter::CsvWriter(QIODevice& device) : m_device(device)
{
    write(QByteArrayLiteral("\xEF\xBB\xBF"));
}

QString CsvWriter::field(const QString& value)
{
    // A number such as -12.5 is data, not a formula: only text is neutralised. Parsing every
    // field as a number took a quarter of a large export, so only a formula's look is parsed.
    bool formula = looksLikeFormula(value);
    if (formula) {
        bool isNumber = false;
        value.toDouble(&isNumber);
        formula = !isNumber;
    }
    QString text = formula ? u'\'' + value : value;
    const bool quote = text.contains(u',') || text.contains(u'"') || text.contains(u'\n') ||
                       text.contains(u'\r') || text.startsWith(u' ') || text.endsWith(u' ');
    if (!quote)
        return text;
    text.replace(u'"', QStringLiteral("\"\""));
    return u'"' + text + u'"';
}

void CsvWriter::writeRecord(const QStringList& fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += u',';
        line += field(fields.at(i));
    }
    line += QStringLiteral("\r\n");
    write(line.toUtf8());
}

void CsvWriter::writeBlankLine()
{
    write(QByteArrayLiteral("\r\n"));
}

void CsvWriter::write(const QByteArray& bytes)
{
    if (m_ok && m_device.write(bytes) != bytes.size())
        m_ok = false;
}

} // namespace redress

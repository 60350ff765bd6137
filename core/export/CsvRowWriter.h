#pragma once

#include "export/ExportRow.h"

#include <QByteArray>
#include <QIODevice>

namespace redress::exporting {

// Export rows as CsvWriter writes records (UTF-8 with a byte-order mark, CRLF, quoted where
// needed, formulas neutralised), byte for byte, but encoded from the rows' UTF-8 into one
// reused line buffer instead of through a QString per field.
class CsvRowWriter
{
public:
    // Writes the byte-order mark at once. The device must be open for writing.
    explicit CsvRowWriter(QIODevice& device);

    void write(const ExportRow& row);
    // False when any write failed (disk full, device closed).
    bool ok() const { return m_ok; }

    // Appends one field to `line` as CsvWriter::field writes it.
    static void appendField(QByteArray& line, QByteArrayView text);

private:
    void write(const QByteArray& bytes);

    QIODevice& m_device;
    QByteArray m_line;
    bool m_ok = true;
};

} // namespace redress::exporting

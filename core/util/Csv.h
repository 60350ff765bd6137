#pragma once

#include <QIODevice>
#include <QString>
#include <QStringList>

namespace redress {

// CSV that Excel opens as the author meant and that cannot run anything when opened:
// UTF-8 with a byte-order mark (so Excel does not guess a code page), CRLF between records,
// fields quoted when they hold a separator, a quote or a line break, and a cell that a
// spreadsheet would take for a formula (= + - @, or a leading tab or CR) prefixed with an
// apostrophe.
class CsvWriter
{
public:
    // Writes the byte-order mark at once. The device must be open for writing.
    explicit CsvWriter(QIODevice& device);

    void writeRecord(const QStringList& fields);
    void writeBlankLine();
    // False when any write failed (disk full, device closed).
    bool ok() const { return m_ok; }

    // One field as it is written, quoted and neutralised where needed.
    static QString field(const QString& value);

private:
    void write(const QByteArray& bytes);

    QIODevice& m_device;
    bool m_ok = true;
};

} // namespace redress

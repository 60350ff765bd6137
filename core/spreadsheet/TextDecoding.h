#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringDecoder>
#include <optional>
#include <vector>

class QIODevice;

namespace redress::spreadsheet::detail {

// How a text file's bytes become characters.
struct TextEncoding
{
    QByteArray name;      // for QStringDecoder: "UTF-8", "UTF-16LE", "UTF-16BE", "Windows-1252"
    int bomLength = 0;    // bytes to skip at the start
    bool guessed = false; // Windows-1252 chosen because the file is not valid UTF-8
};

// Checks bytes fed in pieces for UTF-8, as QStringDecoder would, and tells where each
// sequence that is not UTF-8 starts, counting from the first byte fed.
class Utf8Checker
{
public:
    void feed(QByteArrayView bytes, std::vector<qint64>& invalidAt);

private:
    qint64 m_offset = 0;
    qint64 m_start = 0;                        // where the sequence being read began
    int m_need = 0;                            // continuation bytes still to come
    unsigned char m_low = 0x80, m_high = 0xBF; // what the next one may be
};

// From the byte-order mark if there is one; otherwise UTF-8 when every byte of the file is
// valid UTF-8 (read through in chunks, never whole), else Windows-1252, which is what Excel
// on a UK Windows PC writes as "CSV", marked `guessed`. Leaves the device at its start.
Result<TextEncoding> detectTextEncoding(QIODevice& device, const QString& path);

// A streaming decoder that keeps multi-byte sequences split between chunks whole. Windows-1252
// comes from ICU when Qt has it, and from a table otherwise.
class TextDecoder
{
public:
    explicit TextDecoder(const TextEncoding& encoding);
    QString decode(QByteArrayView bytes);

private:
    std::optional<QStringDecoder> m_decoder;
};

} // namespace redress::spreadsheet::detail

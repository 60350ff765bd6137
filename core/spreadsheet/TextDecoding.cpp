#include "TextDecoding.h"

#include "SheetMessages.h"

#include <QIODevice>

namespace redress::spreadsheet::detail {

namespace {

// Windows-1252's 0x80–0x9F; the rest of the code page is Latin-1. 0 marks the five unused
// bytes, shown as U+FFFD.
constexpr char16_t windows1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

constexpr qint64 chunkSize = 1024 * 1024;

} // namespace

Result<TextEncoding> detectTextEncoding(QIODevice& device, const QString& path)
{
    device.seek(0);
    const QByteArray head = device.peek(4);
    if (head.startsWith("\xEF\xBB\xBF"))
        return TextEncoding{"UTF-8", 3};
    if (head.startsWith("\xFF\xFE"))
        return TextEncoding{"UTF-16LE", 2};
    if (head.startsWith("\xFE\xFF"))
        return TextEncoding{"UTF-16BE", 2};

    QStringDecoder utf8(QStringDecoder::Utf8);
    bool valid = true;
    while (valid && !device.atEnd()) {
        const QByteArray chunk = device.read(chunkSize);
        if (chunk.isEmpty())
            return fileError(path,
                             Text::tr("the file cannot be read (%1)").arg(device.errorString()));
        // decode() is lazy: only turning it into a QString runs the decoder.
        const QString decoded = utf8.decode(chunk);
        valid = !utf8.hasError();
    }
    device.seek(0);
    if (valid)
        return TextEncoding{"UTF-8", 0};
    return TextEncoding{"Windows-1252", 0, true};
}

void Utf8Checker::feed(QByteArrayView bytes, std::vector<qint64>& invalidAt)
{
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        const qint64 at = m_offset++;
        if (m_need > 0) {
            if (byte >= m_low && byte <= m_high) {
                --m_need;
                m_low = 0x80;
                m_high = 0xBF;
                continue;
            }
            // The sequence is cut short; this byte starts afresh.
            invalidAt.push_back(m_start);
            m_need = 0;
            m_low = 0x80;
            m_high = 0xBF;
        }
        if (byte < 0x80)
            continue;
        m_start = at;
        if (byte >= 0xC2 && byte <= 0xDF) {
            m_need = 1;
        } else if (byte >= 0xE0 && byte <= 0xEF) {
            m_need = 2;
            if (byte == 0xE0)
                m_low = 0xA0; // overlong
            else if (byte == 0xED)
                m_high = 0x9F; // surrogates
        } else if (byte >= 0xF0 && byte <= 0xF4) {
            m_need = 3;
            if (byte == 0xF0)
                m_low = 0x90;
            else if (byte == 0xF4)
                m_high = 0x8F; // beyond U+10FFFF
        } else {
            invalidAt.push_back(at);
        }
    }
}

TextDecoder::TextDecoder(const TextEncoding& encoding)
{
    QStringDecoder decoder(encoding.name.constData());
    if (decoder.isValid())
        m_decoder.emplace(std::move(decoder));
}

QString TextDecoder::decode(QByteArrayView bytes)
{
    if (m_decoder)
        return m_decoder->decode(bytes);
    // Only Windows-1252 can be missing (Qt built without ICU); the others are built in.
    QString text(bytes.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto byte = static_cast<unsigned char>(bytes[i]);
        char16_t c = byte;
        if (byte >= 0x80 && byte <= 0x9F)
            c = windows1252High[byte - 0x80] ? windows1252High[byte - 0x80] : u'\uFFFD';
        text[i] = QChar(c);
    }
    return text;
}

} // namespace redress::spreadsheet::detail

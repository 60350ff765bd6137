#include "JsonText.h"

#include <QLocale>
#include <algorithm>
#include <charconv>
#include <cmath>
#include <numeric>
#include <vector>

namespace redress {

namespace {

char hexDigit(uint value)
{
    return char(value < 10 ? '0' + value : 'a' + value - 10);
}

// A character JSON needs escaped, or written as it is.
bool plainAscii(char16_t unit)
{
    return unit >= 0x20 && unit < 0x80 && unit != u'"' && unit != u'\\';
}

// Writes the escape of an ASCII character JSON does not take as it is; gives past its end.
char* escapeAscii(char* cursor, char16_t unit)
{
    *cursor++ = '\\';
    switch (unit) {
    case u'"':
        *cursor++ = '"';
        break;
    case u'\\':
        *cursor++ = '\\';
        break;
    case u'\b':
        *cursor++ = 'b';
        break;
    case u'\f':
        *cursor++ = 'f';
        break;
    case u'\n':
        *cursor++ = 'n';
        break;
    case u'\r':
        *cursor++ = 'r';
        break;
    case u'\t':
        *cursor++ = 't';
        break;
    default:
        *cursor++ = 'u';
        *cursor++ = '0';
        *cursor++ = '0';
        *cursor++ = hexDigit(unit >> 4);
        *cursor++ = hexDigit(unit & 0xf);
    }
    return cursor;
}

} // namespace

void JsonText::appendString(QByteArray& out, QStringView text)
{
    const qsizetype start = out.size();
    // At most six bytes a UTF-16 unit (\uXXXX), and the quotes; trimmed to size at the end.
    out.resize(start + 2 + 6 * text.size());
    char* cursor = out.data() + start;
    *cursor++ = '"';
    const char16_t* src = text.utf16();
    const char16_t* const end = src + text.size();
    while (src != end) {
        const char16_t unit = *src++;
        if (plainAscii(unit)) {
            *cursor++ = char(unit);
            continue;
        }
        if (unit < 0x80) {
            cursor = escapeAscii(cursor, unit);
        } else if (unit < 0x800) {
            *cursor++ = char(0xc0 | (unit >> 6));
            *cursor++ = char(0x80 | (unit & 0x3f));
        } else if (!QChar::isSurrogate(unit)) {
            *cursor++ = char(0xe0 | (unit >> 12));
            *cursor++ = char(0x80 | ((unit >> 6) & 0x3f));
            *cursor++ = char(0x80 | (unit & 0x3f));
        } else if (QChar::isHighSurrogate(unit) && src != end && QChar::isLowSurrogate(*src)) {
            const char32_t point = QChar::surrogateToUcs4(unit, *src++);
            *cursor++ = char(0xf0 | (point >> 18));
            *cursor++ = char(0x80 | ((point >> 12) & 0x3f));
            *cursor++ = char(0x80 | ((point >> 6) & 0x3f));
            *cursor++ = char(0x80 | (point & 0x3f));
        } else {
            // A lone surrogate has no UTF-8: Qt writes it as an escape.
            *cursor++ = '\\';
            *cursor++ = 'u';
            *cursor++ = hexDigit((unit >> 12) & 0xf);
            *cursor++ = hexDigit((unit >> 8) & 0xf);
            *cursor++ = hexDigit((unit >> 4) & 0xf);
            *cursor++ = hexDigit(unit & 0xf);
        }
    }
    *cursor++ = '"';
    out.resize(cursor - out.constData());
}

void JsonText::appendString(QByteArray& out, QLatin1StringView text)
{
    const qsizetype start = out.size();
    out.resize(start + 2 + 6 * text.size());
    char* cursor = out.data() + start;
    *cursor++ = '"';
    for (const char byte : text) {
        const char16_t unit = uchar(byte);
        if (plainAscii(unit)) {
            *cursor++ = byte;
        } else if (unit < 0x80) {
            cursor = escapeAscii(cursor, unit);
        } else {
            *cursor++ = char(0xc0 | (unit >> 6));
            *cursor++ = char(0x80 | (unit & 0x3f));
        }
    }
    *cursor++ = '"';
    out.resize(cursor - out.constData());
}

void JsonText::appendInteger(QByteArray& out, qint64 value)
{
    char digits[24];
    const auto written = std::to_chars(digits, digits + sizeof digits, value);
    out.append(digits, written.ptr - digits);
}

void JsonText::appendDouble(QByteArray& out, double value)
{
    if (!std::isfinite(value)) {
        out += "null"; // as Qt writes infinities and NaN
        return;
    }
    // QJsonValue keeps a whole number within ±2^53 as an integer, and writes it as one.
    constexpr double mantissaLimit = 9007199254740992.0;
    if (value == std::trunc(value) && value <= mantissaLimit && value >= -mantissaLimit) {
        appendInteger(out, qint64(value));
        return;
    }
    out += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

QByteArray JsonObjectText::text() const
{
    std::vector<qsizetype> order(m_members.size());
    std::iota(order.begin(), order.end(), 0);
    // By UTF-16 code unit (QString's operator<), stable so that of members with one key the
    // last inserted sorts last: it is the one kept, as QJsonObject::insert replaces a key's
    // value.
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return m_members.at(a).key < m_members.at(b).key;
    });
    QByteArray out;
    out.reserve(m_values.size() + 24 * m_members.size() + 2);
    out += '{';
    bool first = true;
    for (size_t i = 0; i < order.size(); ++i) {
        const Member& member = m_members.at(order[i]);
        if (i + 1 < order.size() && m_members.at(order[i + 1]).key == member.key)
            continue;
        if (!first)
            out += ',';
        first = false;
        JsonText::appendString(out, member.key);
        out += ':';
        const qsizetype end =
            order[i] + 1 < m_members.size() ? m_members.at(order[i] + 1).from : m_values.size();
        out.append(m_values.constData() + member.from, end - member.from);
    }
    out += '}';
    return out;
}

} // namespace redress

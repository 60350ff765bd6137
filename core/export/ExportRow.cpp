#include "ExportRow.h"

#include <QString>
#include <charconv>

namespace redress::exporting {

void ExportRow::clear()
{
    m_bytes.resize(0);
    m_cells.clear();
}

void ExportRow::add(Kind kind, qsizetype offset, double number)
{
    m_cells.push_back({kind, offset, m_bytes.size() - offset, number});
    m_bytes.append('\0');
}

void ExportRow::addText(QStringView text)
{
    if (text.isEmpty())
        return addEmpty();
    const qsizetype offset = m_bytes.size();
    m_bytes.resize(offset + m_utf8.requiredSpace(text.size()));
    char* end = m_utf8.appendToBuffer(m_bytes.data() + offset, text);
    m_bytes.resize(end - m_bytes.constData());
    add(Kind::Text, offset);
}

void ExportRow::addUtf8(QByteArrayView text)
{
    if (text.isEmpty())
        return addEmpty();
    const qsizetype offset = m_bytes.size();
    m_bytes.append(text);
    add(Kind::Text, offset);
}

void ExportRow::addYesNo(bool value)
{
    addUtf8(value ? "Y" : "N");
}

void ExportRow::addDate(QDate date)
{
    if (!date.isValid())
        return addEmpty();
    const qsizetype offset = m_bytes.size();
    const int year = date.year();
    if (year >= 1 && year <= 9999) {
        // As QDate::toString(Qt::ISODate), without a QString for each date.
        char iso[10] = {char('0' + year / 1000),
                        char('0' + year / 100 % 10),
                        char('0' + year / 10 % 10),
                        char('0' + year % 10),
                        '-',
                        char('0' + date.month() / 10),
                        char('0' + date.month() % 10),
                        '-',
                        char('0' + date.day() / 10),
                        char('0' + date.day() % 10)};
        m_bytes.append(iso, sizeof iso);
    } else {
        m_bytes.append(date.toString(Qt::ISODate).toLatin1());
    }
    add(Kind::Date, offset, double(date.toJulianDay()));
}

void ExportRow::addInteger(int value)
{
    const qsizetype offset = m_bytes.size();
    char digits[16];
    const auto written = std::to_chars(digits, digits + sizeof digits, value);
    m_bytes.append(digits, written.ptr - digits);
    add(Kind::Integer, offset, double(value));
}

void ExportRow::addMoney(double pounds)
{
    const qsizetype offset = m_bytes.size();
    m_bytes.append(QString::number(pounds, 'f', 2).toLatin1());
    add(Kind::Money, offset, pounds);
}

void ExportRow::addEmpty()
{
    add(Kind::Empty, m_bytes.size());
}

QVariant ExportRow::variant(qsizetype cell) const
{
    switch (kind(cell)) {
    case Kind::Empty:
        return {};
    case Kind::Text:
        return QString::fromUtf8(text(cell));
    case Kind::Date:
        return QDate::fromJulianDay(qint64(number(cell)));
    case Kind::Integer:
        return int(number(cell));
    case Kind::Money:
        return number(cell);
    }
    return {};
}

QVariantList ExportRow::variants() const
{
    QVariantList result;
    result.reserve(size());
    for (qsizetype cell = 0; cell < size(); ++cell)
        result << variant(cell);
    return result;
}

} // namespace redress::exporting

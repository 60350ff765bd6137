#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QStringEncoder>
#include <QStringView>
#include <QVariant>
#include <vector>

namespace redress::exporting {

// One row of the export, its cells typed and held as UTF-8 in one buffer that is reused from
// row to row: each cell is converted once, straight into the form the files take, instead of
// a QVariant per cell converted again for each format.
class ExportRow
{
public:
    enum class Kind : quint8
    {
        Empty,
        Text,
        Date,    // written to CSV as yyyy-MM-dd, to XLSX as a date cell
        Integer, // a whole number
        Money,   // pounds, written to CSV with two decimals
    };

    void clear();
    // Empty text leaves the cell empty.
    void addText(QStringView text);
    void addText(const QString& text) { addText(QStringView(text)); }
    // Text already in UTF-8.
    void addUtf8(QByteArrayView text);
    void addYesNo(bool value);
    // An invalid date leaves the cell empty.
    void addDate(QDate date);
    void addInteger(int value);
    void addMoney(double pounds);
    void addEmpty();

    qsizetype size() const { return qsizetype(m_cells.size()); }
    Kind kind(qsizetype cell) const { return m_cells[size_t(cell)].kind; }
    // The cell as CSV has it, before quoting: the text, the date, the number. Followed in
    // memory by a NUL, so it can be handed to C as it is.
    QByteArrayView text(qsizetype cell) const
    {
        const Cell& c = m_cells[size_t(cell)];
        return QByteArrayView(m_bytes.constData() + c.offset, c.length);
    }
    // A number's value; a date's day in the Julian calendar's count (QDate::toJulianDay).
    double number(qsizetype cell) const { return m_cells[size_t(cell)].number; }
    // The cell as a QVariant: null, QString, QDate, int or double.
    QVariant variant(qsizetype cell) const;
    QVariantList variants() const;

private:
    struct Cell
    {
        Kind kind;
        qsizetype offset;
        qsizetype length;
        double number;
    };
    void add(Kind kind, qsizetype offset, double number = 0);

    QByteArray m_bytes;
    std::vector<Cell> m_cells;
    QStringEncoder m_utf8{QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
};

} // namespace redress::exporting

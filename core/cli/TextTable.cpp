#include "TextTable.h"

namespace redress::cli {

void TextTable::print(QTextStream& stream) const
{
    QList<qsizetype> widths;
    for (const QString& header : m_headers)
        widths.append(header.size());
    for (const QStringList& row : m_rows)
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    auto line = [&](const QStringList& cells) {
        QString text;
        for (qsizetype i = 0; i < widths.size(); ++i) {
            const QString cell = i < cells.size() ? cells.at(i) : QString();
            // The last column is not padded, so lines carry no trailing spaces.
            text += i + 1 < widths.size() ? cell.leftJustified(widths.at(i) + 2) : cell;
        }
        stream << text << u'\n';
    };
    line(m_headers);
    QStringList rules;
    for (qsizetype width : widths)
        rules << QString(width, u'-');
    line(rules);
    for (const QStringList& row : m_rows)
        line(row);
}

} // namespace redress::cli

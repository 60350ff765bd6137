#pragma once

#include <QList>
#include <QStringList>
#include <QTextStream>

namespace redress::cli {

// A plain text table with columns as wide as their widest cell, for terminal output.
class TextTable
{
public:
    explicit TextTable(QStringList headers) : m_headers(std::move(headers)) {}

    void addRow(QStringList cells) { m_rows.append(std::move(cells)); }
    void print(QTextStream& stream) const;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};

} // namespace redress::cli

#pragma once

#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace redress::exporting {

// One worksheet written as a minimal XLSX package. Text goes into the shared-string table,
// so no cell is ever a formula; dates are date cells shown dd/mm/yyyy; numbers are numbers.
class XlsxWriter
{
public:
    explicit XlsxWriter(QString sheetName);

    // Cells: QString, QDate, bool, int/qint64/double; a null QVariant leaves the cell empty.
    void addRow(const QVariantList& cells);
    Status save(const QString& path) const;

private:
    int sharedString(const QString& text);
    QByteArray sheetXml() const;
    QByteArray sharedStringsXml() const;

    QString m_sheetName;
    QList<QByteArray> m_rows; // each row's <row> element
    QStringList m_strings;
    QHash<QString, int> m_stringIndex;
};

} // namespace redress::exporting

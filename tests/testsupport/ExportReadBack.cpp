#include "ExportReadBack.h"

#include "spreadsheet/Workbook.h"
#include "util/Result.h"

#include <QDate>

namespace redress::test {

QList<QVariantList> readBack(const QString& path)
{
    QList<QVariantList> rows;
    auto workbook = spreadsheet::Workbook::open(path);
    if (!workbook)
        qFatal("%s", qPrintable(workbook.error()));
    const Status read =
        workbook.value()->readRows(0, [&](const spreadsheet::SheetRow& row, double) {
            rows << row.cells;
            return true;
        });
    if (!read)
        qFatal("%s", qPrintable(read.error()));
    return rows;
}

QString csvText(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::Double:
        return QString::number(value.toDouble(), 'f', 2);
    default:
        return value.toString();
    }
}

} // namespace redress::test

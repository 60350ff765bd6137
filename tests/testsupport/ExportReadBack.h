#pragma once

#include <QList>
#include <QString>
#include <QVariant>

// What the export tests compare a written file with.
namespace redress::test {

// Every row of a written CSV or XLSX file's first sheet, as the import reads it back; a file
// that cannot be read ends the test run.
QList<QVariantList> readBack(const QString& path);
// A cell as the CSV export writes it: dates in ISO 8601, money with two decimals.
QString csvText(const QVariant& value);

} // namespace redress::test

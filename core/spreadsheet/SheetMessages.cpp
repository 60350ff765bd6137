#include "SheetMessages.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

namespace redress::spreadsheet::detail {

QString columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

QString cellName(qint64 row, int column)
{
    return columnName(column) + QString::number(row);
}

QString count(qint64 value)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(value);
}

QString megabytes(qint64 bytes)
{
    return Text::tr("%1 MB").arg(
        QLocale(QLocale::English, QLocale::UnitedKingdom).toString(bytes / 1e6, 'f', 1));
}

Error fileError(const QString& path, const QString& what)
{
    return fail(Text::tr("%1: %2").arg(QFileInfo(path).fileName(), what));
}

Error sheetError(const QString& path, const QString& sheet, const QString& what)
{
    return fail(Text::tr("%1, sheet “%2”: %3").arg(QFileInfo(path).fileName(), sheet, what));
}

Error cellError(const QString& path, const QString& sheet, qint64 row, int column,
                const QString& what)
{
    return fail(Text::tr("%1, sheet “%2”, cell %3: %4")
                    .arg(QFileInfo(path).fileName(), sheet, cellName(row, column), what));
}

Status checkRow(const QString& path, const QString& sheet, qint64 row, qint64 maxRows)
{
    if (row <= maxRows)
        return {};
    return sheetError(
        path, sheet,
        Text::tr("the sheet has more than %1 rows, which is as many as can be imported; "
                 "split the file and import it in parts")
            .arg(count(maxRows)));
}

Status checkColumn(const QString& path, const QString& sheet, qint64 row, int column,
                   int maxColumns)
{
    if (column < maxColumns)
        return {};
    return cellError(path, sheet, row, column,
                     Text::tr("this row has at least %1 columns; at most %2 can be imported")
                         .arg(count(qint64(column) + 1), count(maxColumns)));
}

Status checkCellLength(const QString& path, const QString& sheet, qint64 row, int column,
                       qint64 length, qint64 maxChars)
{
    if (length <= maxChars)
        return {};
    return cellError(path, sheet, row, column,
                     Text::tr("the cell holds more than %1 characters, more than can be imported")
                         .arg(count(maxChars)));
}

QString normaliseLineBreaks(QString text)
{
    if (!text.contains(u'\r'))
        return text;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
    return text;
}

} // namespace redress::spreadsheet::detail

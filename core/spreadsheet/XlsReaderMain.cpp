// redress-xls-reader FILE [SHEET]: reads an Excel 97–2003 workbook with FreeXL and writes
// what it holds to standard output for XlsWorkbook (XlsReaderProtocol.h says why apart).
#include "XlsReaderProtocol.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>
#include <cstdio>

#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#endif

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 2 || arguments.size() > 3)
        return 2;
    bool ok = true;
    const int sheet = arguments.size() == 3 ? arguments.at(2).toInt(&ok) : -1;
    if (!ok)
        return 2;
#ifdef Q_OS_WIN
    // Standard output in text mode would turn every 0x0A byte of the messages into 0D 0A.
    _setmode(_fileno(stdout), _O_BINARY);
#endif
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return 1;
    return redress::spreadsheet::detail::xlsreader::writeWorkbook(
        QFile::encodeName(arguments.at(1)), sheet, out);
}

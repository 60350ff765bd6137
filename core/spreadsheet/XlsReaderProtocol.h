#pragma once

#include <QDataStream>

class QIODevice;

// An Excel 97–2003 workbook is read by FreeXL in a process of its own (redress-xls-reader):
// FreeXL trusts sizes a file declares and reads past its buffers when they are wrong, and a
// damaged file must never take the program, and the work open in it, down with it.
// XlsWorkbook starts the process and reads what it writes to its standard output, through a
// QDataStream, a message at a time; the messages carry FreeXL's answers and the cells' raw
// values, and every check and message to the user stays in XlsWorkbook.
namespace redress::spreadsheet::detail::xlsreader {

constexpr int streamVersion = QDataStream::Qt_6_0; // fixed, so both sides agree

// The most memory the reader process may take (`--memory-limit-mib`). FreeXL holds a whole
// workbook in memory, and the largest an Excel 97–2003 file can be (65,536 rows of 256 cells)
// needs well under this; what asks for more is a damaged file.
constexpr int memoryLimitMiB = 2048;

enum class Message : quint8
{
    // qint32 FreeXL's answer to opening; bool has a handle; bool is protected by a password;
    // qint32 answer to counting the sheets; quint32 sheets; then each sheet's qint32 answer
    // and QByteArray name (UTF-8).
    Opened = 1,
    // qint32 answer to selecting the sheet; qint32 answer to its dimensions; quint32 rows;
    // quint16 columns.
    Sheet = 2,
    // quint32 row (0-based); quint16 cells; each: quint16 column, quint8 CellType, and a
    // double (Number) or a QByteArray (the rest, as FreeXL gives them).
    Row = 3,
    // quint32 row; quint16 column; qint32 FreeXL's answer. Nothing follows but End.
    CellFailed = 4,
    End = 5,
};

enum class CellType : quint8
{
    Number = 1,
    Text = 2,     // UTF-8
    Date = 3,     // yyyy-MM-dd
    DateTime = 4, // yyyy-MM-dd HH:mm:ss
    Time = 5,     // HH:mm:ss
};

// What the reader process does: opens the workbook at `path` (in the local 8-bit encoding,
// as FreeXL takes it) and writes Opened, then, when `sheet` is not negative, Sheet and that
// sheet's rows, then End. Returns the process's exit code.
int writeWorkbook(const QByteArray& path, int sheet, QIODevice& out);

} // namespace redress::spreadsheet::detail::xlsreader

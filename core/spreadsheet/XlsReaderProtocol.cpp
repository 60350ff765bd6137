#include "XlsReaderProtocol.h"

#include <QByteArray>
#include <QDataStream>
#include <QIODevice>
#include <freexl.h>

namespace redress::spreadsheet::detail::xlsreader {

namespace {

QDataStream& operator<<(QDataStream& out, Message message)
{
    return out << quint8(message);
}

// One cell as the message carries it; false for an empty one, which is not sent.
bool writeCell(QDataStream& out, quint16 column, const FreeXL_CellValue& cell)
{
    const auto text = [&](CellType type) {
        out << column << quint8(type) << QByteArray(cell.value.text_value);
    };
    switch (cell.type) {
    case FREEXL_CELL_INT:
        out << column << quint8(CellType::Number) << double(cell.value.int_value);
        return true;
    case FREEXL_CELL_DOUBLE:
        out << column << quint8(CellType::Number) << cell.value.double_value;
        return true;
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
        if (!cell.value.text_value || !*cell.value.text_value)
            return false;
        text(CellType::Text);
        return true;
    case FREEXL_CELL_DATE:
        text(CellType::Date);
        return true;
    case FREEXL_CELL_DATETIME:
        text(CellType::DateTime);
        return true;
    case FREEXL_CELL_TIME:
        text(CellType::Time);
        return true;
    default:
        return false;
    }
}

int writeRows(const void* handle, int sheet, QDataStream& out)
{
    const qint32 selected = freexl_select_active_worksheet(handle, (unsigned short)sheet);
    unsigned int rows = 0;
    unsigned short columns = 0;
    const qint32 measured =
        selected == FREEXL_OK ? freexl_worksheet_dimensions(handle, &rows, &columns) : 0;
    out << Message::Sheet << selected << measured << quint32(rows) << quint16(columns);
    if (selected != FREEXL_OK || measured != FREEXL_OK)
        return 0;
    // A row's cells are counted before they are written, so they are gathered first.
    QByteArray cells;
    for (unsigned int r = 0; r < rows; ++r) {
        cells.clear();
        QDataStream rowOut(&cells, QIODevice::WriteOnly);
        rowOut.setVersion(streamVersion);
        quint16 written = 0;
        for (unsigned short c = 0; c < columns; ++c) {
            FreeXL_CellValue cell;
            if (const qint32 got = freexl_get_cell_value(handle, r, c, &cell); got != FREEXL_OK) {
                out << Message::CellFailed << quint32(r) << quint16(c) << got;
                return 0;
            }
            written += writeCell(rowOut, c, cell) ? 1 : 0;
        }
        if (written == 0)
            continue;
        out << Message::Row << quint32(r) << written;
        out.writeRawData(cells.constData(), int(cells.size()));
    }
    return 0;
}

} // namespace

int writeWorkbook(const QByteArray& path, int sheet, QIODevice& device)
{
    QDataStream out(&device);
    out.setVersion(streamVersion);
    const void* handle = nullptr;
    const qint32 opened = freexl_open(path.constData(), &handle);
    unsigned int password = 0;
    unsigned int sheets = 0;
    qint32 counted = 0;
    if (opened == FREEXL_OK && handle) {
        freexl_get_info(handle, FREEXL_BIFF_PASSWORD, &password);
        counted = freexl_get_info(handle, FREEXL_BIFF_SHEET_COUNT, &sheets);
    }
    out << Message::Opened << opened << (handle != nullptr) << (password == FREEXL_BIFF_OBFUSCATED)
        << counted << quint32(counted == FREEXL_OK ? sheets : 0);
    if (opened == FREEXL_OK && handle && counted == FREEXL_OK) {
        for (unsigned short i = 0; i < sheets; ++i) {
            const char* name = nullptr;
            out << qint32(freexl_get_worksheet_name(handle, i, &name)) << QByteArray(name);
        }
        if (sheet >= 0 && sheet < int(sheets))
            writeRows(handle, sheet, out);
    }
    out << Message::End;
    if (handle)
        freexl_close(handle);
    return out.status() == QDataStream::Ok ? 0 : 1;
}

} // namespace redress::spreadsheet::detail::xlsreader

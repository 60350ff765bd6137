#include "XlsWorkbook.h"

#include "SheetMessages.h"
#include "XlsStructure.h"

#include <QDateTime>
#include <QFile>
#include <freexl.h>

namespace redress::spreadsheet::detail {

namespace {

QString freexlProblem(int code)
{
    switch (code) {
    case FREEXL_FILE_NOT_FOUND:
        return Text::tr("the file cannot be found");
    case FREEXL_INSUFFICIENT_MEMORY:
        return Text::tr("there is not enough memory to read it");
    case FREEXL_INVALID_CFBF_HEADER:
    case FREEXL_CFBF_INVALID_SIGNATURE:
    case FREEXL_CFBF_INVALID_SECTOR_SIZE:
        return Text::tr("the file is not an Excel 97–2003 workbook");
    case FREEXL_BIFF_WORKBOOK_NOT_FOUND:
        return Text::tr("the file is an Office file but holds no Excel workbook (it may be a Word "
                        "document, or a workbook protected with a password)");
    case FREEXL_CFBF_READ_ERROR:
    case FREEXL_CFBF_SEEK_ERROR:
        return Text::tr("the file ends early; it may be truncated");
    default:
        return Text::tr("the workbook is damaged (FreeXL error %1)").arg(code);
    }
}

QVariant cellValue(const FreeXL_CellValue& cell)
{
    switch (cell.type) {
    case FREEXL_CELL_INT:
        return double(cell.value.int_value);
    case FREEXL_CELL_DOUBLE:
        return cell.value.double_value;
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT: {
        const QString text = normaliseLineBreaks(QString::fromUtf8(cell.value.text_value));
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    case FREEXL_CELL_DATE: {
        // FreeXL has already applied the workbook's 1900 or 1904 date system.
        return QDate::fromString(QString::fromLatin1(cell.value.text_value), Qt::ISODate);
    }
    case FREEXL_CELL_DATETIME: {
        QDateTime moment = QDateTime::fromString(QString::fromLatin1(cell.value.text_value),
                                                 QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        moment.setTimeSpec(Qt::UTC);
        return moment;
    }
    case FREEXL_CELL_TIME:
        return QTime::fromString(QString::fromLatin1(cell.value.text_value),
                                 QStringLiteral("HH:mm:ss"));
    default:
        return {};
    }
}

} // namespace

XlsWorkbook::XlsWorkbook(QString path, ReadLimits limits) : Workbook(std::move(path), limits) {}

XlsWorkbook::~XlsWorkbook()
{
    if (m_handle)
        freexl_close(m_handle);
}

Result<std::unique_ptr<Workbook>> XlsWorkbook::open(const QString& path, ReadLimits limits)
{
    // Checked first: FreeXL reads past its buffers on some damaged files.
    if (const QString problem = xlsStructureProblem(path); !problem.isEmpty())
        return fileError(path, problem);
    std::unique_ptr<XlsWorkbook> book(new XlsWorkbook(path, limits));
    // FreeXL takes a char* path: the local 8-bit encoding here; on Windows FreeXL opens it
    // with fopen, so a name outside the ANSI code page would need the UTF-8 build of it.
    const int opened = freexl_open(QFile::encodeName(path).constData(), &book->m_handle);
    // FreeXL 1.0 answers OK without a handle for some BIFF8 writers (Apple Numbers).
    if (opened == FREEXL_OK && !book->m_handle)
        return fileError(path,
                         Text::tr("the Excel 97–2003 workbook is written in a way this program "
                                  "cannot read; open it in Excel or LibreOffice, save it as "
                                  "XLSX and import that"));
    if (opened != FREEXL_OK) {
        if (book->m_handle) {
            freexl_close(book->m_handle);
            book->m_handle = nullptr;
        }
        return fileError(path, freexlProblem(opened));
    }
    unsigned int info = 0;
    if (freexl_get_info(book->m_handle, FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK &&
        info == FREEXL_BIFF_OBFUSCATED)
        return fileError(path,
                         Text::tr("the workbook is protected with a password; save it without "
                                  "one and import it again"));
    unsigned int sheets = 0;
    if (freexl_get_info(book->m_handle, FREEXL_BIFF_SHEET_COUNT, &sheets) != FREEXL_OK ||
        sheets == 0)
        return fileError(path, Text::tr("the workbook has no sheets"));
    for (unsigned short i = 0; i < sheets; ++i) {
        const char* name = nullptr;
        if (freexl_get_worksheet_name(book->m_handle, i, &name) != FREEXL_OK || !name)
            return fileError(path, Text::tr("the workbook is damaged (a sheet has no name)"));
        book->m_sheetNames.append(QString::fromUtf8(name));
    }
    return std::unique_ptr<Workbook>(std::move(book));
}

Status XlsWorkbook::readRows(int sheet, const RowCallback& onRow) const
{
    if (sheet < 0 || sheet >= m_sheetNames.size())
        return fileError(path(), Text::tr("there is no sheet number %1").arg(sheet + 1));
    const QString& sheetName = m_sheetNames.at(sheet);
    unsigned int rows = 0;
    unsigned short columns = 0;
    if (const int selected = freexl_select_active_worksheet(m_handle, (unsigned short)sheet);
        selected != FREEXL_OK)
        return sheetError(path(), sheetName, freexlProblem(selected));
    if (const int measured = freexl_worksheet_dimensions(m_handle, &rows, &columns);
        measured != FREEXL_OK)
        return sheetError(path(), sheetName, freexlProblem(measured));

    SheetRow row;
    for (unsigned int r = 0; r < rows; ++r) {
        row.number = qint64(r) + 1;
        row.cells.clear();
        for (unsigned short c = 0; c < columns; ++c) {
            FreeXL_CellValue cell;
            if (const int got = freexl_get_cell_value(m_handle, r, c, &cell); got != FREEXL_OK)
                return cellError(path(), sheetName, row.number, c, freexlProblem(got));
            QVariant value = cellValue(cell);
            if (value.isNull())
                continue;
            if (auto checked = checkColumn(path(), sheetName, row.number, c, limits().maxColumns);
                !checked)
                return checked;
            if (value.typeId() == QMetaType::QString) {
                if (auto checked = checkCellLength(path(), sheetName, row.number, c,
                                                   value.toString().size(), limits().maxCellChars);
                    !checked)
                    return checked;
            }
            row.cells.resize(c + 1);
            row.cells[c] = std::move(value);
        }
        if (row.cells.isEmpty())
            continue;
        if (auto checked = checkRow(path(), sheetName, row.number, limits().maxRows); !checked)
            return checked;
        if (!onRow(row, double(r + 1) / double(rows)))
            return fileError(path(), Text::tr("the import was cancelled"));
    }
    return {};
}

} // namespace redress::spreadsheet::detail

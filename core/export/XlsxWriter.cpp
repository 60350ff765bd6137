#include "XlsxWriter.h"

#include "import/ImportValidator.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <xlsxwriter.h>

namespace redress::exporting {

namespace {

// The context lupdate files these messages under, and the one they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWriter)
};

// XML 1.0 cannot hold most control characters: they are dropped, as a reader would lose
// them anyway (libxlsxwriter would write them as _xHHHH_ escapes, shown literally).
QByteArray cleanText(const QString& text)
{
    QString clean;
    clean.reserve(text.size());
    for (QChar c : text) {
        if (c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r')
            continue;
        if (c.unicode() == 0xfffe || c.unicode() == 0xffff)
            continue;
        clean.append(c);
    }
    return clean.toUtf8();
}

// libxlsxwriter opens files by a narrow name: UTF-8 on Windows, where it converts to wide
// characters itself; the file system's encoding elsewhere.
QByteArray fileName(const QString& path)
{
#ifdef Q_OS_WIN
    return QDir::toNativeSeparators(path).toUtf8();
#else
    return QFile::encodeName(path);
#endif
}

QString reason(lxw_error error)
{
    return QString::fromUtf8(lxw_strerror(error));
}

// Why a cell could not be written. `length` is the cell's text's, in characters.
Status refused(const QString& path, lxw_row_t row, int column, lxw_error written, qsizetype length)
{
    if (written == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED)
        return fail(Text::tr("Row %1, column %2 holds %3 characters, more than an XLSX "
                             "cell can (32,767): export to CSV instead")
                        .arg(row + 1)
                        .arg(import::columnLetter(column))
                        .arg(length));
    return fail(Text::tr("Row %1 of %2 cannot be written: %3")
                    .arg(row + 1)
                    .arg(QDir::toNativeSeparators(path), reason(written)));
}

// Whether UTF-8 text holds a character cleanText drops: a control character other than tab,
// line feed and carriage return, or U+FFFE or U+FFFF (EF BF BE, EF BF BF).
bool needsCleaning(QByteArrayView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto byte = uchar(text[i]);
        if (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r')
            return true;
        if (byte == 0xef && i + 2 < text.size() && uchar(text[i + 1]) == 0xbf &&
            (uchar(text[i + 2]) == 0xbe || uchar(text[i + 2]) == 0xbf))
            return true;
    }
    return false;
}

// Excel's day number of a date given as its Julian day: days since 30 December 1899.
double excelDay(double julianDay)
{
    static const qint64 excelEpoch = QDate(1899, 12, 30).toJulianDay();
    return julianDay - double(excelEpoch);
}

} // namespace

XlsxWriter::XlsxWriter(const QString& path, const QString& sheetName) : m_path(path)
{
    // The rows wait in a temporary file beside the target, on the disk that must hold the
    // result anyway, rather than in a temporary folder that may be small or in memory.
    const QByteArray folder = fileName(QFileInfo(path).absolutePath());
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    options.use_zip64 = LXW_TRUE;
    options.tmpdir = const_cast<char*>(folder.constData());
    m_workbook = workbook_new_opt(fileName(path).constData(), &options);
    if (!m_workbook) {
        m_failed = fail(Text::tr("%1 cannot be written").arg(QDir::toNativeSeparators(path)));
        return;
    }
    m_sheet = workbook_add_worksheet(m_workbook, cleanText(sheetName.left(31)).constData());
    m_date = workbook_add_format(m_workbook);
    if (!m_sheet || !m_date) {
        m_failed = fail(Text::tr("%1 cannot be written").arg(QDir::toNativeSeparators(path)));
        return;
    }
    format_set_num_format(m_date, "dd/mm/yyyy");
    worksheet_freeze_panes(m_sheet, 1, 0);
}

XlsxWriter::~XlsxWriter()
{
    // A workbook never closed (a failed or cancelled export) is still freed; what it wrote is
    // discarded by the caller.
    if (m_workbook)
        workbook_close(m_workbook);
}

Status XlsxWriter::addRow(const QVariantList& cells)
{
    if (!m_failed)
        return m_failed;
    const lxw_row_t row = m_row++;
    for (int i = 0; i < cells.size(); ++i) {
        const QVariant& value = cells.at(i);
        if (value.isNull() || !value.isValid())
            continue;
        const auto column = lxw_col_t(i);
        lxw_error written = LXW_NO_ERROR;
        switch (value.typeId()) {
        case QMetaType::QDate:
            written = worksheet_write_number(
                m_sheet, row, column, double(QDate(1899, 12, 30).daysTo(value.toDate())), m_date);
            break;
        case QMetaType::Bool:
            written = worksheet_write_boolean(m_sheet, row, column, value.toBool(), nullptr);
            break;
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::Double:
            written = worksheet_write_number(m_sheet, row, column, value.toDouble(), nullptr);
            break;
        default: {
            const QString text = value.toString();
            if (text.isEmpty())
                continue;
            written =
                worksheet_write_string(m_sheet, row, column, cleanText(text).constData(), nullptr);
        }
        }
        if (written != LXW_NO_ERROR)
            return refused(m_path, row, i, written, value.toString().size());
    }
    return {};
}

Status XlsxWriter::addRow(const ExportRow& cells)
{
    if (!m_failed)
        return m_failed;
    const lxw_row_t row = m_row++;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const auto column = lxw_col_t(i);
        lxw_error written = LXW_NO_ERROR;
        switch (cells.kind(i)) {
        case ExportRow::Kind::Empty:
            continue;
        case ExportRow::Kind::Date:
            written =
                worksheet_write_number(m_sheet, row, column, excelDay(cells.number(i)), m_date);
            break;
        case ExportRow::Kind::Integer:
        case ExportRow::Kind::Money:
            written = worksheet_write_number(m_sheet, row, column, cells.number(i), nullptr);
            break;
        case ExportRow::Kind::Text: {
            // The row keeps a NUL after each cell, so clean text goes to libxlsxwriter as it is.
            const QByteArrayView text = cells.text(i);
            const char* utf8 = text.data();
            if (needsCleaning(text)) {
                m_clean = cleanText(QString::fromUtf8(text));
                utf8 = m_clean.constData();
            }
            written = worksheet_write_string(m_sheet, row, column, utf8, nullptr);
        }
        }
        if (written != LXW_NO_ERROR)
            return refused(m_path, row, int(i), written, QString::fromUtf8(cells.text(i)).size());
    }
    return {};
}

Status XlsxWriter::close()
{
    if (!m_failed)
        return m_failed;
    const lxw_error closed = workbook_close(m_workbook);
    m_workbook = nullptr;
    if (closed != LXW_NO_ERROR)
        return fail(Text::tr("%1 could not be written in full: %2")
                        .arg(QDir::toNativeSeparators(m_path), reason(closed)));
    return {};
}

} // namespace redress::exporting

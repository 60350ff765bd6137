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
        if (written == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED)
            return fail(Text::tr("Row %1, column %2 holds %3 characters, more than an XLSX "
                                 "cell can (32,767): export to CSV instead")
                            .arg(row + 1)
                            .arg(import::columnLetter(i))
                            .arg(value.toString().size()));
        if (written != LXW_NO_ERROR)
            return fail(Text::tr("Row %1 of %2 cannot be written: %3")
                            .arg(row + 1)
                            .arg(QDir::toNativeSeparators(m_path), reason(written)));
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

#include "Workbook.h"

#include "CsvWorkbook.h"
#include "OdsWorkbook.h"
#include "SheetMessages.h"
#include "XlsWorkbook.h"
#include "XlsxWorkbook.h"
#include "ZipPackage.h"

#include <QFile>

namespace redress::spreadsheet {

using namespace detail;

namespace {

struct Signature
{
    QByteArrayView bytes;
    const char* what;
};

// Files people attach by mistake, named so the message can say what the file is.
const Signature knownBinaries[] = {
    {"\x89PNG", QT_TRANSLATE_NOOP("Workbook", "a PNG image")},
    {"%PDF", QT_TRANSLATE_NOOP("Workbook", "a PDF document")},
    {"\xFF\xD8\xFF", QT_TRANSLATE_NOOP("Workbook", "a JPEG image")},
    {"GIF8", QT_TRANSLATE_NOOP("Workbook", "a GIF image")},
    {"\x1F\x8B", QT_TRANSLATE_NOOP("Workbook", "a gzip archive")},
    {"7z\xBC\xAF\x27\x1C", QT_TRANSLATE_NOOP("Workbook", "a 7-Zip archive")},
    {"Rar!", QT_TRANSLATE_NOOP("Workbook", "a RAR archive")},
    {"{\\rtf", QT_TRANSLATE_NOOP("Workbook", "a Rich Text document")},
};

Error notASpreadsheet(const QString& path, const QString& what)
{
    return fileError(path, Text::tr("the file is %1, not a spreadsheet (XLSX, XLS or ODS) or a CSV "
                                    "file")
                               .arg(what));
}

Result<Format> detectZipFormat(const QString& path, const QByteArray& head)
{
    auto members = ZipPackage::listMembers(path);
    if (!members)
        return Error{members.error()};
    const QByteArray odsType = "application/vnd.oasis.opendocument.spreadsheet";
    // ODF stores the uncompressed "mimetype" first, so its text sits in the first bytes.
    if (head.mid(38).startsWith(odsType))
        return Format::Ods;
    if (members->contains(QStringLiteral("xl/workbook.xml")))
        return Format::Xlsx;
    if (members->contains(QStringLiteral("mimetype")) &&
        members->contains(QStringLiteral("content.xml"))) {
        if (head.contains("application/vnd.oasis.opendocument."))
            return notASpreadsheet(path, Text::tr("an OpenDocument file of another kind (a text "
                                                  "document or presentation)"));
        return Format::Ods;
    }
    if (members->contains(QStringLiteral("word/document.xml")))
        return notASpreadsheet(path, Text::tr("a Word document"));
    if (members->contains(QStringLiteral("ppt/presentation.xml")))
        return notASpreadsheet(path, Text::tr("a PowerPoint presentation"));
    return notASpreadsheet(path, Text::tr("a zip archive of other files"));
}

} // namespace

QString formatName(Format format)
{
    switch (format) {
    case Format::Csv:
        return QStringLiteral("CSV");
    case Format::Xlsx:
        return QStringLiteral("XLSX");
    case Format::Ods:
        return QStringLiteral("ODS");
    case Format::Xls:
        return QStringLiteral("XLS");
    }
    return {};
}

Result<Format> detectFormat(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(path, Text::tr("the file cannot be read (%1)").arg(file.errorString()));
    const QByteArray head = file.read(8192);
    if (head.isEmpty())
        return fileError(path, Text::tr("the file is empty"));
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06"))
        return detectZipFormat(path, head);
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return Format::Xls;
    for (const Signature& signature : knownBinaries) {
        if (head.startsWith(signature.bytes))
            return notASpreadsheet(path, Text::tr(signature.what));
    }
    const bool utf16 = head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF");
    if (!utf16 && head.contains('\0'))
        return notASpreadsheet(path, Text::tr("binary data of an unknown kind"));
    return Format::Csv;
}

QStringList textEncodingNames()
{
    return {QStringLiteral("UTF-8"), QStringLiteral("Windows-1252"), QStringLiteral("UTF-16LE"),
            QStringLiteral("UTF-16BE")};
}

QString textEncodingName(const QString& name)
{
    QString wanted = name.trimmed().toUpper().remove(u'-').remove(u'_').remove(u' ');
    if (wanted == u"CP1252")
        wanted = QStringLiteral("WINDOWS1252");
    for (const QString& known : textEncodingNames()) {
        if (QString(known).toUpper().remove(u'-') == wanted)
            return known;
    }
    return {};
}

Result<std::unique_ptr<Workbook>> Workbook::open(const QString& path, ReadLimits limits,
                                                 const QString& textEncoding)
{
    const auto format = detectFormat(path);
    if (!format)
        return Error{format.error()};
    switch (*format) {
    case Format::Csv:
        return CsvWorkbook::open(path, limits, textEncoding);
    case Format::Xlsx:
        return XlsxWorkbook::open(path, limits);
    case Format::Ods:
        return OdsWorkbook::open(path, limits);
    case Format::Xls:
        return XlsWorkbook::open(path, limits);
    }
    return fileError(path, Text::tr("the file's format is not known"));
}

} // namespace redress::spreadsheet

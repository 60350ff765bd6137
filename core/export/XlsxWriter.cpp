#include "XlsxWriter.h"

#include "export/ZipWriter.h"
#include "import/ImportValidator.h"

#include <QCoreApplication>
#include <QDate>
#include <QSaveFile>

namespace redress::exporting {

namespace {

// The context lupdate files these messages under, and the one they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWriter)
};

// XML 1.0 cannot hold most control characters, even escaped: they are dropped.
QByteArray escaped(const QString& text)
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
    return clean.toHtmlEscaped().toUtf8();
}

QByteArray xml(const char* text)
{
    return QByteArray(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)") + '\n' +
           QByteArray(text);
}

} // namespace

XlsxWriter::XlsxWriter(QString sheetName) : m_sheetName(std::move(sheetName)) {}

int XlsxWriter::sharedString(const QString& text)
{
    const auto it = m_stringIndex.constFind(text);
    if (it != m_stringIndex.cend())
        return *it;
    const int index = int(m_strings.size());
    m_strings.append(text);
    m_stringIndex.insert(text, index);
    return index;
}

void XlsxWriter::addRow(const QVariantList& cells)
{
    const int number = int(m_rows.size()) + 1;
    QByteArray row = "<row r=\"" + QByteArray::number(number) + "\">";
    for (int i = 0; i < cells.size(); ++i) {
        const QVariant& value = cells.at(i);
        if (value.isNull() || !value.isValid())
            continue;
        const QByteArray ref = import::columnLetter(i).toLatin1() + QByteArray::number(number);
        switch (value.typeId()) {
        case QMetaType::QDate: {
            const qint64 serial = QDate(1899, 12, 30).daysTo(value.toDate());
            row += "<c r=\"" + ref + "\" s=\"1\"><v>" + QByteArray::number(serial) + "</v></c>";
            break;
        }
        case QMetaType::Bool:
            row += "<c r=\"" + ref + "\" t=\"b\"><v>" + (value.toBool() ? "1" : "0") + "</v></c>";
            break;
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::Double:
            row += "<c r=\"" + ref + "\"><v>" + QByteArray::number(value.toDouble(), 'g', 15) +
                   "</v></c>";
            break;
        default: {
            const QString text = value.toString();
            if (text.isEmpty())
                continue;
            row += "<c r=\"" + ref + "\" t=\"s\"><v>" + QByteArray::number(sharedString(text)) +
                   "</v></c>";
        }
        }
    }
    row += "</row>";
    m_rows.append(row);
}

QByteArray XlsxWriter::sheetXml() const
{
    QByteArray out =
        xml(R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)");
    // The heading row stays in view while scrolling.
    out += R"(<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" )"
           R"(activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetData>)";
    for (const QByteArray& row : m_rows)
        out += row;
    out += "</sheetData></worksheet>";
    return out;
}

QByteArray XlsxWriter::sharedStringsXml() const
{
    QByteArray out =
        xml(R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )");
    out.chop(1);
    out += " count=\"" + QByteArray::number(m_strings.size()) + "\" uniqueCount=\"" +
           QByteArray::number(m_strings.size()) + "\">";
    for (const QString& text : m_strings)
        out += "<si><t xml:space=\"preserve\">" + escaped(text) + "</t></si>";
    out += "</sst>";
    return out;
}

Status XlsxWriter::save(const QString& path) const
{
    ZipWriter zip;
    zip.add(
        QStringLiteral("[Content_Types].xml"),
        xml(R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
            R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
            R"(<Default Extension="xml" ContentType="application/xml"/>)"
            R"(<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>)"
            R"(<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>)"
            R"(<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>)"
            R"(<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>)"
            R"(</Types>)"));
    zip.add(
        QStringLiteral("_rels/.rels"),
        xml(R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
            R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>)"
            R"(</Relationships>)"));
    zip.add(
        QStringLiteral("xl/workbook.xml"),
        xml(R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
            R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>)") +
            "<sheet name=\"" + escaped(m_sheetName.left(31)) +
            "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
    zip.add(
        QStringLiteral("xl/_rels/workbook.xml.rels"),
        xml(R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
            R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>)"
            R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>)"
            R"(<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>)"
            R"(</Relationships>)"));
    zip.add(
        QStringLiteral("xl/styles.xml"),
        xml(R"(<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
            R"(<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>)"
            R"(<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>)"
            R"(<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>)"
            R"(<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>)"
            R"(<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>)"
            R"(<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>)"
            R"(<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>)"
            R"(</styleSheet>)"));
    zip.add(QStringLiteral("xl/worksheets/sheet1.xml"), sheetXml());
    zip.add(QStringLiteral("xl/sharedStrings.xml"), sharedStringsXml());

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(Text::tr("%1 cannot be written: %2").arg(path, file.errorString()));
    if (!zip.write(file) || !file.commit())
        return fail(Text::tr("%1 could not be written in full: %2").arg(path, file.errorString()));
    return {};
}

} // namespace redress::exporting

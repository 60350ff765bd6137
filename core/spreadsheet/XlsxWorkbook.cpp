#include "XlsxWorkbook.h"

#include "SheetMessages.h"

#include <QDateTime>
#include <QHash>
#include <QXmlStreamReader>
#include <limits>
#include <utility>

namespace redress::spreadsheet::detail {

namespace {

// OOXML writes characters XML cannot hold as _xHHHH_ (a carriage return is _x000D_), and a
// literal "_x" as _x005F_x.
QString decodeEscapes(QString text)
{
    qsizetype at = text.indexOf(QStringLiteral("_x"));
    while (at >= 0 && at + 7 <= text.size()) {
        bool ok = false;
        const uint code = text.mid(at + 2, 4).toUInt(&ok, 16);
        if (ok && text.at(at + 6) == u'_') {
            text.replace(at, 7, QChar(char16_t(code)));
            at = text.indexOf(QStringLiteral("_x"), at + 1);
        } else {
            at = text.indexOf(QStringLiteral("_x"), at + 2);
        }
    }
    return text;
}

QString spreadsheetText(const QString& raw)
{
    return normaliseLineBreaks(decodeEscapes(raw));
}

// The text of an <si> or <is> element: its <t>, and the <t> of its rich-text runs, without
// the phonetic guides (<rPh>). The reader is on the start element; it is left on its end.
QString readRichText(QXmlStreamReader& xml)
{
    QString text;
    int phoneticDepth = 0;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            ++depth;
            if (xml.name() == u"rPh")
                ++phoneticDepth;
            else if (xml.name() == u"t" && phoneticDepth == 0) {
                // readElementText consumes the end element too.
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
                --depth;
            }
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            if (xml.name() == u"rPh")
                --phoneticDepth;
            break;
        default:
            break;
        }
    }
    return spreadsheetText(text);
}

// The text of the element the reader is on, into `text` (appended), leaving the reader on its
// end element: readElementText without a new string for each cell.
void readTextInto(QXmlStreamReader& xml, QString& text)
{
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::Characters || token == QXmlStreamReader::EntityReference)
            text.append(xml.text());
        else if (token == QXmlStreamReader::EndElement)
            return;
        else if (token == QXmlStreamReader::StartElement)
            xml.skipCurrentElement();
    }
}

// The shared strings cells use most, kept as strings between cells: a log repeats its teams,
// stages and outcomes in every row, and each cell then shares one string instead of copying
// it out of the table. A fixed number of short strings, so the memory stays small and bounded.
class SharedTextCache
{
public:
    QString at(const SharedStrings& strings, qsizetype index)
    {
        Slot& slot = m_slots[size_t(index) % m_slots.size()];
        if (slot.index != index) {
            slot.text = strings.at(index);
            slot.index = slot.text.size() <= maxLength ? index : -1;
            if (slot.index < 0)
                return std::exchange(slot.text, QString());
        }
        return slot.text;
    }

private:
    static constexpr qsizetype maxLength = 200;
    struct Slot
    {
        qsizetype index = -1;
        QString text;
    };
    std::vector<Slot> m_slots = std::vector<Slot>(4096);
};

// "BC12" → column 54 (0-based), row 12; -1 when absent or malformed.
void parseReference(QStringView reference, int& column, qint64& row)
{
    int letters = 0;
    qint64 value = 0;
    qsizetype i = 0;
    for (; i < reference.size() && reference[i].isLetter(); ++i) {
        letters = letters * 26 + (reference[i].toUpper().unicode() - u'A' + 1);
        if (letters > 1'000'000)
            break;
    }
    column = letters - 1;
    for (; i < reference.size() && reference[i].isDigit() && value < 1'000'000'000'000; ++i)
        value = value * 10 + (reference[i].unicode() - u'0');
    row = value > 0 ? value : -1;
}

// Transitional (Excel) or Strict OOXML, not an extension's namespace.
bool isSpreadsheetMl(const QXmlStreamReader& xml)
{
    const QStringView ns = xml.namespaceUri();
    return ns.endsWith(u"/spreadsheetml/2006/main") || ns.endsWith(u"/spreadsheetml/main");
}

QString resolveTarget(const QString& target)
{
    if (target.startsWith(u'/'))
        return target.mid(1);
    QString path = QStringLiteral("xl/") + target;
    // "../" does not occur in real workbook relationships beyond the one level.
    path.replace(QStringLiteral("xl/../"), QString());
    return path;
}

} // namespace

XlsxWorkbook::XlsxWorkbook(QString path, ReadLimits limits) : Workbook(std::move(path), limits) {}
XlsxWorkbook::~XlsxWorkbook() = default;

Result<std::unique_ptr<Workbook>> XlsxWorkbook::open(const QString& path, ReadLimits limits)
{
    auto package = ZipPackage::open(path, limits.maxUncompressedBytes);
    if (!package)
        return Error{package.error()};
    std::unique_ptr<XlsxWorkbook> book(new XlsxWorkbook(path, limits));
    book->m_package = std::move(package).value();

    const QString relsPart = QStringLiteral("xl/_rels/workbook.xml.rels");
    QHash<QString, QString> targets;
    if (book->m_package->contains(relsPart)) {
        auto rels = book->m_package->stream(relsPart);
        if (!rels)
            return Error{rels.error()};
        QXmlStreamReader xml(rels->get());
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"Relationship") {
                const auto attributes = xml.attributes();
                const QString target =
                    resolveTarget(attributes.value(QLatin1String("Target")).toString());
                const QStringView type = attributes.value(QLatin1String("Type"));
                targets.insert(attributes.value(QLatin1String("Id")).toString(), target);
                if (type.endsWith(u"/sharedStrings"))
                    book->m_sharedStringsPart = target;
                else if (type.endsWith(u"/styles"))
                    book->m_stylesPart = target;
            }
        }
        if (xml.hasError())
            return (*rels)->errorFor(xml);
    }

    const QString workbookPart = QStringLiteral("xl/workbook.xml");
    auto workbook = book->m_package->stream(workbookPart);
    if (!workbook)
        return Error{workbook.error()};
    QXmlStreamReader xml(workbook->get());
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        // Extensions repeat element names in their own namespaces (x15:workbookPr).
        if (!isSpreadsheetMl(xml))
            continue;
        const auto attributes = xml.attributes();
        if (xml.name() == u"workbookPr") {
            const QStringView date1904 = attributes.value(QLatin1String("date1904"));
            book->m_date1904 = date1904 == u"1" || date1904 == u"true";
        } else if (xml.name() == u"sheet") {
            QString id;
            for (const QXmlStreamAttribute& attribute : attributes) {
                if (attribute.name() == u"id")
                    id = attribute.value().toString();
            }
            const int number = int(book->m_sheetNames.size()) + 1;
            book->m_sheetNames.append(attributes.value(QLatin1String("name")).toString());
            book->m_sheetParts.append(
                targets.value(id, QStringLiteral("xl/worksheets/sheet%1.xml").arg(number)));
        }
    }
    if (xml.hasError())
        return (*workbook)->errorFor(xml);
    if (book->m_sheetNames.isEmpty())
        return fileError(path, Text::tr("the workbook has no sheets"));
    return std::unique_ptr<Workbook>(std::move(book));
}

Result<SharedStrings> XlsxWorkbook::readSharedStrings() const
{
    SharedStrings strings;
    if (m_sharedStringsPart.isEmpty() || !m_package->contains(m_sharedStringsPart))
        return strings; // a workbook with inline strings only
    auto stream = m_package->stream(m_sharedStringsPart);
    if (!stream)
        return Error{stream.error()};
    // The table's offsets are 32-bit, whatever limit is asked for.
    const qint64 limit =
        qMin<qint64>(limits().maxSharedTextBytes, std::numeric_limits<quint32>::max());
    // The text is never longer than the XML that holds it.
    strings.reserve(qMin((*stream)->declaredSize(), limit));
    QXmlStreamReader xml(stream->get());
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"si")
            continue;
        strings.append(readRichText(xml));
        if (strings.memoryBytes() > limit)
            return fileError(path(),
                             Text::tr("the workbook's table of shared text would take more than "
                                      "%1 of memory, the most that can be imported; the file "
                                      "is not read")
                                 .arg(megabytes(limit)));
    }
    if (xml.hasError())
        return (*stream)->errorFor(xml);
    strings.squeeze();
    return strings;
}

Result<std::vector<NumberKind>> XlsxWorkbook::readCellFormats() const
{
    std::vector<NumberKind> kinds;
    if (m_stylesPart.isEmpty() || !m_package->contains(m_stylesPart))
        return kinds;
    auto stream = m_package->stream(m_stylesPart);
    if (!stream)
        return Error{stream.error()};
    QHash<int, QString> codes;
    bool inCellXfs = false;
    QXmlStreamReader xml(stream->get());
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs")
            inCellXfs = false;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const auto attributes = xml.attributes();
        if (xml.name() == u"numFmt") {
            codes.insert(attributes.value(QLatin1String("numFmtId")).toInt(),
                         attributes.value(QLatin1String("formatCode")).toString());
        } else if (xml.name() == u"cellXfs") {
            inCellXfs = true;
        } else if (inCellXfs && xml.name() == u"xf") {
            const int id = attributes.value(QLatin1String("numFmtId")).toInt();
            const auto code = codes.constFind(id);
            kinds.push_back(code != codes.cend() ? numberKindForCode(*code)
                                                 : numberKindForBuiltin(id));
        }
    }
    if (xml.hasError())
        return (*stream)->errorFor(xml);
    return kinds;
}

Status XlsxWorkbook::readRows(int sheet, const RowCallback& onRow) const
{
    if (sheet < 0 || sheet >= m_sheetNames.size())
        return fileError(path(), Text::tr("there is no sheet number %1").arg(sheet + 1));
    const QString& sheetName = m_sheetNames.at(sheet);
    auto strings = readSharedStrings();
    if (!strings)
        return Error{strings.error()};
    auto kinds = readCellFormats();
    if (!kinds)
        return Error{kinds.error()};
    auto stream = m_package->stream(m_sheetParts.at(sheet));
    if (!stream)
        return Error{stream.error()};
    const ZipMemberStream& source = **stream;

    QXmlStreamReader xml(stream->get());
    SheetRow row;
    QString value; // a cell's <v>, reused from cell to cell
    SharedTextCache sharedText;
    qint64 nextRow = 1;
    int nextColumn = 0;
    bool inRow = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"row") {
            inRow = false;
            while (!row.cells.isEmpty() && row.cells.constLast().isNull())
                row.cells.removeLast();
            if (!row.cells.isEmpty() && !onRow(row, source.fraction()))
                return fileError(path(), Text::tr("the import was cancelled"));
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"row") {
            qint64 number = xml.attributes().value(QLatin1String("r")).toLongLong();
            if (number <= 0)
                number = nextRow;
            if (auto checked = checkRow(path(), sheetName, number, limits().maxRows); !checked)
                return checked;
            row.number = number;
            row.cells.clear();
            nextRow = number + 1;
            nextColumn = 0;
            inRow = true;
            continue;
        }
        if (!inRow || xml.name() != u"c")
            continue;

        const auto attributes = xml.attributes();
        int column = nextColumn;
        qint64 referencedRow = -1;
        if (const QStringView reference = attributes.value(QLatin1String("r"));
            !reference.isEmpty()) {
            parseReference(reference, column, referencedRow);
            if (column < 0)
                column = nextColumn;
        }
        nextColumn = column + 1;
        const QStringView type = attributes.value(QLatin1String("t"));
        const qsizetype style = attributes.value(QLatin1String("s")).toLongLong();
        value.resize(0); // keeps its capacity: no allocation per cell
        QString inlineText;
        while (!xml.atEnd()) {
            const auto inner = xml.readNext();
            if (inner == QXmlStreamReader::EndElement && xml.name() == u"c")
                break;
            if (inner != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"v")
                readTextInto(xml, value);
            else if (xml.name() == u"is")
                inlineText = readRichText(xml);
            else
                xml.skipCurrentElement(); // the formula, and anything newer
        }

        QVariant cell;
        if (type == u"s") {
            bool ok = false;
            const qsizetype index = QStringView(value).toLongLong(&ok);
            if (!ok || index < 0 || index >= strings->size())
                return cellError(path(), sheetName, row.number, column,
                                 Text::tr("the cell refers to shared text that is not in the file; "
                                          "the file is damaged"));
            cell = sharedText.at(*strings, index);
        } else if (type == u"inlineStr") {
            cell = inlineText;
        } else if (type == u"str" || type == u"e") {
            cell = spreadsheetText(value);
        } else if (type == u"b") {
            const QStringView flag = QStringView(value).trimmed();
            cell = flag == u"1" || flag == u"true";
        } else if (type == u"d") {
            const QDateTime moment = QDateTime::fromString(value, Qt::ISODateWithMs);
            if (moment.isValid())
                cell = moment.time() == QTime(0, 0) && !value.contains(u'T')
                           ? QVariant(moment.date())
                           : QVariant(QDateTime(moment.date(), moment.time(), Qt::UTC));
            else
                cell = value;
        } else if (!value.isEmpty()) {
            bool ok = false;
            const double number = QStringView(value).toDouble(&ok);
            if (!ok)
                return cellError(
                    path(), sheetName, row.number, column,
                    Text::tr("“%1” is not a number, but the cell says it holds one; the "
                             "file is damaged")
                        .arg(value.left(40)));
            const NumberKind kind = style >= 0 && style < qsizetype(kinds->size())
                                        ? kinds->at(size_t(style))
                                        : NumberKind::Number;
            cell = serialToVariant(number, kind, m_date1904);
        }
        if (cell.typeId() == QMetaType::QString && cell.toString().isEmpty())
            cell = QVariant();
        if (cell.isNull())
            continue;
        if (auto checked = checkColumn(path(), sheetName, row.number, column, limits().maxColumns);
            !checked)
            return checked;
        if (cell.typeId() == QMetaType::QString) {
            if (auto checked = checkCellLength(path(), sheetName, row.number, column,
                                               cell.toString().size(), limits().maxCellChars);
                !checked)
                return checked;
        }
        if (row.cells.size() <= column)
            row.cells.resize(column + 1);
        row.cells[column] = std::move(cell);
    }
    if (xml.hasError()) {
        if (!source.failure().isEmpty())
            return Error{source.failure()};
        return sheetError(
            path(), sheetName,
            Text::tr("the sheet is damaged at line %1 (%2); the file may be truncated")
                .arg(count(xml.lineNumber()), xml.errorString()));
    }
    return {};
}

} // namespace redress::spreadsheet::detail

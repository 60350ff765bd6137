#include "OdsWorkbook.h"

#include "SheetMessages.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace redress::spreadsheet::detail {

namespace {

const QString contentPart = QStringLiteral("content.xml");
constexpr QStringView tableNs = u"urn:oasis:names:tc:opendocument:xmlns:table:1.0";
constexpr QStringView officeNs = u"urn:oasis:names:tc:opendocument:xmlns:office:1.0";
constexpr QStringView textNs = u"urn:oasis:names:tc:opendocument:xmlns:text:1.0";

bool is(const QXmlStreamReader& xml, QStringView ns, QStringView name)
{
    return xml.name() == name && xml.namespaceUri() == ns;
}

const QXmlStreamAttribute* find(const QXmlStreamAttributes& attributes, QStringView ns,
                                QStringView name)
{
    for (const QXmlStreamAttribute& attribute : attributes) {
        if (attribute.name() == name && attribute.namespaceUri() == ns)
            return &attribute;
    }
    return nullptr;
}

QStringView attributeValue(const QXmlStreamAttributes& attributes, QStringView ns, QStringView name)
{
    const QXmlStreamAttribute* attribute = find(attributes, ns, name);
    return attribute ? attribute->value() : QStringView();
}

// The text of a cell: its paragraphs joined by \n, with <text:s text:c="3"/> as spaces,
// tabs and line breaks, and annotations (comments) left out. The reader is on the cell's
// start element; it is left on its end. Past maxChars the text stops growing (the caller
// refuses a cell that long), so <text:s text:c="2000000000"/> cannot take gigabytes.
QString readCellText(QXmlStreamReader& xml, qint64 maxChars)
{
    QString text;
    int paragraphs = 0;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            if (xml.name() == u"annotation" || is(xml, textNs, u"note")) {
                xml.skipCurrentElement();
                break;
            }
            ++depth;
            if (is(xml, textNs, u"p") || is(xml, textNs, u"h")) {
                if (paragraphs++ > 0)
                    text += u'\n';
            } else if (is(xml, textNs, u"s")) {
                const qint64 spaces =
                    qBound<qint64>(1, attributeValue(xml.attributes(), textNs, u"c").toLongLong(),
                                   qMax<qint64>(maxChars + 1 - text.size(), 1));
                text += QString(qsizetype(spaces), u' ');
            } else if (is(xml, textNs, u"tab")) {
                text += u'\t';
            } else if (is(xml, textNs, u"line-break")) {
                text += u'\n';
            }
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        case QXmlStreamReader::Characters:
            if (depth > 1 && text.size() <= maxChars) // not the indentation between paragraphs
                text += xml.text();
            break;
        default:
            break;
        }
    }
    return normaliseLineBreaks(text);
}

// "PT10H10M10S", "PT10H10M10.12S", "P1DT2H": a time of day under 24 hours, else days.
QVariant timeValue(QStringView duration)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(-)?P(?:(\d+)D)?T?(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d*)?)S)?$)"));
    const auto match = pattern.match(duration.toString());
    if (!match.hasMatch())
        return duration.toString();
    const double seconds = match.capturedView(2).toDouble() * 86400 +
                           match.capturedView(3).toDouble() * 3600 +
                           match.capturedView(4).toDouble() * 60 + match.capturedView(5).toDouble();
    if (match.capturedLength(1) == 0 && seconds < 86400)
        return QTime::fromMSecsSinceStartOfDay(int(std::llround(seconds * 1000)) % 86'400'000);
    return (match.capturedLength(1) ? -seconds : seconds) / 86400;
}

QVariant dateValue(const QString& text)
{
    if (!text.contains(u'T')) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        return date.isValid() ? QVariant(date) : QVariant(text);
    }
    const QDateTime moment = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!moment.isValid())
        return text;
    // Excel writes every date with a time; midnight is a plain date, as in its XLSX.
    if (moment.time() == QTime(0, 0))
        return moment.date();
    return QDateTime(moment.date(), moment.time(), Qt::UTC);
}

QVariant cellValue(QXmlStreamReader& xml, qint64 maxChars)
{
    const auto attributes = xml.attributes();
    const QStringView type = attributeValue(attributes, officeNs, u"value-type");
    QVariant value;
    if (type == u"float" || type == u"percentage" || type == u"currency") {
        value = attributeValue(attributes, officeNs, u"value").toDouble();
    } else if (type == u"date") {
        value = dateValue(attributeValue(attributes, officeNs, u"date-value").toString());
    } else if (type == u"time") {
        value = timeValue(attributeValue(attributes, officeNs, u"time-value"));
    } else if (type == u"boolean") {
        value = attributeValue(attributes, officeNs, u"boolean-value") == u"true";
    } else if (type == u"string" && find(attributes, officeNs, u"string-value")) {
        // A formula's cached text is here, not in the paragraphs.
        value =
            normaliseLineBreaks(attributeValue(attributes, officeNs, u"string-value").toString());
    }
    const QString text = xml.isEndElement() ? QString() : readCellText(xml, maxChars);
    if (value.isNull() && !text.isEmpty())
        value = text;
    if (value.typeId() == QMetaType::QString && value.toString().isEmpty())
        return {};
    return value;
}

} // namespace

OdsWorkbook::OdsWorkbook(QString path, ReadLimits limits) : Workbook(std::move(path), limits) {}
OdsWorkbook::~OdsWorkbook() = default;

Result<std::unique_ptr<Workbook>> OdsWorkbook::open(const QString& path, ReadLimits limits)
{
    auto package = ZipPackage::open(path, limits.maxUncompressedBytes);
    if (!package)
        return Error{package.error()};
    std::unique_ptr<OdsWorkbook> book(new OdsWorkbook(path, limits));
    book->m_package = std::move(package).value();
    // Every sheet's name, streaming content.xml through once; the rows are read later.
    auto content = book->m_package->stream(contentPart);
    if (!content)
        return Error{content.error()};
    QXmlStreamReader xml(content->get());
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (is(xml, tableNs, u"table")) {
            book->m_sheetNames.append(
                attributeValue(xml.attributes(), tableNs, u"name").toString());
            xml.skipCurrentElement();
        } else if (is(xml, tableNs, u"dde-links") || is(xml, officeNs, u"automatic-styles")) {
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        return (*content)->errorFor(xml);
    if (book->m_sheetNames.isEmpty())
        return fileError(path, Text::tr("the file is an OpenDocument file without any sheets"));
    return std::unique_ptr<Workbook>(std::move(book));
}

Status OdsWorkbook::readRows(int sheet, const RowCallback& onRow) const
{
    if (sheet < 0 || sheet >= m_sheetNames.size())
        return fileError(path(), Text::tr("there is no sheet number %1").arg(sheet + 1));
    const QString& sheetName = m_sheetNames.at(sheet);
    auto content = m_package->stream(contentPart);
    if (!content)
        return Error{content.error()};
    const ZipMemberStream& source = **content;
    QXmlStreamReader xml(content->get());

    int table = -1;
    bool inTable = false;
    SheetRow row;
    qint64 nextRow = 1;
    qint64 rowRepeat = 1;
    int column = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            if (inTable && is(xml, tableNs, u"table"))
                break;
            if (inTable && is(xml, tableNs, u"table-row")) {
                while (!row.cells.isEmpty() && row.cells.constLast().isNull())
                    row.cells.removeLast();
                if (!row.cells.isEmpty()) {
                    // A row repeated with content is that many real rows (LibreOffice writes
                    // identical neighbours so); only empty ones are skipped unexpanded.
                    if (auto checked =
                            checkRow(path(), sheetName, nextRow + rowRepeat - 1, limits().maxRows);
                        !checked)
                        return checked;
                    for (qint64 i = 0; i < rowRepeat; ++i) {
                        row.number = nextRow + i;
                        if (!onRow(row, source.fraction()))
                            return fileError(path(), Text::tr("the import was cancelled"));
                    }
                }
                nextRow += rowRepeat;
            }
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (!inTable) {
            if (is(xml, tableNs, u"table")) {
                if (++table == sheet)
                    inTable = true;
                else
                    xml.skipCurrentElement();
            } else if (is(xml, tableNs, u"dde-links") || is(xml, officeNs, u"automatic-styles")) {
                xml.skipCurrentElement();
            }
            continue;
        }
        if (is(xml, tableNs, u"table-row")) {
            // Bounded so that row numbers cannot overflow: past maxRows is refused anyway.
            rowRepeat = qBound<qint64>(
                1, attributeValue(xml.attributes(), tableNs, u"number-rows-repeated").toLongLong(),
                limits().maxRows + 1);
            row.cells.clear();
            column = 0;
        } else if (is(xml, tableNs, u"table-cell") || is(xml, tableNs, u"covered-table-cell")) {
            const qint64 repeat = qBound<qint64>(
                1,
                attributeValue(xml.attributes(), tableNs, u"number-columns-repeated").toLongLong(),
                qint64(1) << 30);
            const QVariant value = cellValue(xml, limits().maxCellChars);
            if (!value.isNull()) {
                const qint64 last = qMin<qint64>(column + repeat - 1, 1 << 30);
                if (auto checked =
                        checkColumn(path(), sheetName, nextRow, int(last), limits().maxColumns);
                    !checked)
                    return checked;
                if (value.typeId() == QMetaType::QString) {
                    if (auto checked =
                            checkCellLength(path(), sheetName, nextRow, column,
                                            value.toString().size(), limits().maxCellChars);
                        !checked)
                        return checked;
                }
                row.cells.resize(last + 1);
                for (qint64 i = column; i <= last; ++i)
                    row.cells[i] = value;
            }
            column = int(qMin<qint64>(column + repeat, 1 << 30));
        } else if (is(xml, tableNs, u"table-column") || is(xml, tableNs, u"table-columns") ||
                   is(xml, tableNs, u"table-column-group") ||
                   is(xml, tableNs, u"table-header-columns") || is(xml, tableNs, u"shapes") ||
                   is(xml, tableNs, u"named-expressions")) {
            xml.skipCurrentElement();
        }
        // table-header-rows, table-row-group and table-rows only hold rows: read on into them.
    }
    if (xml.hasError())
        return source.errorFor(xml);
    return {};
}

} // namespace redress::spreadsheet::detail

#include "OdtPackage.h"

#include "export/ZipWriter.h"
#include "spreadsheet/ZipPackage.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <QXmlStreamReader>

namespace redress::letters {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OdtPackage)
};

// A template is a letter, not a library: anything near this is not one.
constexpr qint64 maxUnpackedBytes = 50LL * 1024 * 1024;

// {{ name }}, where a word processor may have put markup between any two characters.
const QRegularExpression& fieldPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(\{(?:<[^>]*>)*\{((?:[^{}<]|<[^>]*>)*?)\}(?:<[^>]*>)*\})"));
    return pattern;
}

const QRegularExpression& markup()
{
    static const QRegularExpression pattern(QStringLiteral("<[^>]*>"));
    return pattern;
}

QString fieldName(const QString& inner)
{
    return QString(inner).remove(markup()).trimmed();
}

QString xmlEscaped(const QString& text)
{
    return text.toHtmlEscaped();
}

const char* mimetype = "application/vnd.oasis.opendocument.text";

} // namespace

Result<OdtPackage> OdtPackage::read(const QByteArray& bytes, const QString& what)
{
    QTemporaryFile file;
    if (!file.open() || file.write(bytes) != bytes.size() || !file.flush())
        return fail(Text::tr("%1 could not be read: %2").arg(what, file.errorString()));
    const auto notOdt = [&](const QString& why) {
        return fail(Text::tr("%1 is not an OpenDocument text file (.odt): %2").arg(what, why));
    };
    auto names = spreadsheet::detail::ZipPackage::listMembers(file.fileName());
    if (!names)
        return notOdt(names.error());
    auto zip = spreadsheet::detail::ZipPackage::open(file.fileName(), maxUnpackedBytes);
    if (!zip)
        return notOdt(zip.error());
    if (!names->contains(QStringLiteral("content.xml")))
        return notOdt(Text::tr("it has no content.xml"));
    OdtPackage package;
    QStringList ordered = names->keys();
    ordered.sort();
    ordered.removeAll(QStringLiteral("mimetype"));
    ordered.prepend(QStringLiteral("mimetype"));
    for (const QString& name : std::as_const(ordered)) {
        if (name == u"mimetype") {
            package.m_members.append({name, QByteArray(mimetype)});
            continue;
        }
        if (name.endsWith(u'/'))
            continue;
        auto stream = zip.value()->stream(name);
        if (!stream)
            return notOdt(stream.error());
        const QByteArray data = stream.value()->readAll();
        if (!stream.value()->failure().isEmpty())
            return notOdt(stream.value()->failure());
        package.m_members.append({name, data});
    }
    return package;
}

OdtPackage OdtPackage::fromParagraphs(const QStringList& paragraphs)
{
    const QByteArray namespaces =
        R"( xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0")"
        R"( xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0")"
        R"( xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0")"
        R"( xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0")"
        R"( office:version="1.2")";
    QByteArray body;
    for (const QString& paragraph : paragraphs) {
        const bool heading = paragraph.startsWith(QStringLiteral("# "));
        QString text = xmlEscaped(heading ? paragraph.mid(2) : paragraph);
        text.replace(u'\n', QStringLiteral("<text:line-break/>"));
        if (heading)
            body += "<text:h text:outline-level=\"1\">" + text.toUtf8() + "</text:h>\n";
        else
            body += "<text:p>" + text.toUtf8() + "</text:p>\n";
    }
    OdtPackage package;
    package.m_members = {{QStringLiteral("mimetype"), QByteArray(mimetype)},
                         {QStringLiteral("META-INF/manifest.xml"),
                          R"(<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
)"},
                         {QStringLiteral("styles.xml"),
                          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-styles" +
                              namespaces +
                              R"(><office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.3cm"/><style:text-properties fo:font-family="Arial" fo:font-size="12pt"/></style:default-style>
</office:styles></office:document-styles>
)"},
                         {QStringLiteral("content.xml"),
                          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content" +
                              namespaces + "><office:body><office:text>\n" + body +
                              "</office:text></office:body></office:document-content>\n"}};
    return package;
}

QByteArray OdtPackage::member(const QString& name) const
{
    for (const auto& [memberName, data] : m_members)
        if (memberName == name)
            return data;
    return {};
}

void OdtPackage::setMember(const QString& name, const QByteArray& data)
{
    for (auto& [memberName, existing] : m_members)
        if (memberName == name) {
            existing = data;
            return;
        }
    m_members.append({name, data});
}

QByteArray OdtPackage::toBytes() const
{
    exporting::ZipWriter zip;
    for (const auto& [name, data] : m_members)
        zip.add(name, data);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    zip.write(buffer);
    return bytes;
}

QSet<QString> fieldsIn(const QByteArray& contentXml)
{
    QSet<QString> fields;
    auto matches = fieldPattern().globalMatch(QString::fromUtf8(contentXml));
    while (matches.hasNext())
        fields.insert(fieldName(matches.next().captured(1)));
    return fields;
}

QByteArray fillFields(const QByteArray& contentXml, const QHash<QString, QString>& values)
{
    const QString text = QString::fromUtf8(contentXml);
    QString filled;
    qsizetype from = 0;
    auto matches = fieldPattern().globalMatch(text);
    while (matches.hasNext()) {
        const auto match = matches.next();
        filled += text.mid(from, match.capturedStart() - from);
        from = match.capturedEnd();
        const QString value = values.value(fieldName(match.captured(1))).trimmed();
        if (value.isEmpty()) {
            filled += match.captured(0);
            continue;
        }
        QString escaped = xmlEscaped(value);
        escaped.replace(u'\n', QStringLiteral("<text:line-break/>"));
        // The markup inside the field is kept (emptied), so every element it opened or closed
        // still balances.
        QString kept;
        auto tags = markup().globalMatch(match.captured(0));
        while (tags.hasNext())
            kept += tags.next().captured(0);
        filled += escaped + kept;
    }
    filled += text.mid(from);
    return filled.toUtf8();
}

QString contentToHtml(const QByteArray& contentXml)
{
    QXmlStreamReader xml(contentXml);
    QString html = QStringLiteral("<html><body style=\"font-family: Arial; font-size: 11pt\">");
    bool inBody = false;
    while (!xml.atEnd()) {
        xml.readNext();
        const QStringView name = xml.name();
        if (xml.isStartElement()) {
            if (name == u"text" && xml.namespaceUri().endsWith(u"office:1.0"))
                inBody = true;
            if (!inBody)
                continue;
            if (name == u"h")
                html += QStringLiteral("<h2>");
            else if (name == u"p")
                html += QStringLiteral("<p>");
            else if (name == u"line-break")
                html += QStringLiteral("<br/>");
            else if (name == u"tab")
                html += QStringLiteral("&emsp;");
            else if (name == u"s")
                html += QString(qMax(1, xml.attributes().value(QStringLiteral("text:c")).toInt()),
                                u' ');
        } else if (xml.isEndElement() && inBody) {
            if (name == u"h")
                html += QStringLiteral("</h2>");
            else if (name == u"p")
                html += QStringLiteral("</p>");
            else if (name == u"text" && xml.namespaceUri().endsWith(u"office:1.0"))
                inBody = false;
        } else if (xml.isCharacters() && inBody) {
            html += xml.text().toString().toHtmlEscaped();
        }
    }
    return html + QStringLiteral("</body></html>");
}

} // namespace redress::letters

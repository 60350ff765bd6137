#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <utility>

namespace redress::letters {

// An OpenDocument text file as its zip members, in order: enough to replace content.xml and
// put the package back together (mimetype first and stored, as the format asks).
class OdtPackage
{
public:
    // Reads `bytes` (an .odt); `what` names it in messages ("the template \"Acknowledgement\"").
    static Result<OdtPackage> read(const QByteArray& bytes, const QString& what);
    // A plain document: one paragraph per entry ("# " starts a heading); a newline inside a
    // paragraph is a line break.
    static OdtPackage fromParagraphs(const QStringList& paragraphs);

    QByteArray member(const QString& name) const;
    void setMember(const QString& name, const QByteArray& data);
    QByteArray toBytes() const;

private:
    QList<std::pair<QString, QByteArray>> m_members;
};

// The merge fields written in an ODT's content.xml as {{name}}: what a word processor does to
// the text (splitting it into spans as it is edited) is looked through.
QSet<QString> fieldsIn(const QByteArray& contentXml);
// content.xml with each field replaced by its value (escaped; a newline becomes a line break).
// A field with no value is left as written, so it shows in the letter rather than a blank.
QByteArray fillFields(const QByteArray& contentXml, const QHash<QString, QString>& values);
// The text of content.xml as simple HTML (headings, paragraphs, line breaks), for laying the
// letter out as a PDF.
QString contentToHtml(const QByteArray& contentXml);

} // namespace redress::letters

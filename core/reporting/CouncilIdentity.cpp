#include "CouncilIdentity.h"

#include <QCoreApplication>

namespace redress {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CouncilIdentity)
};

// An SVG file may open with a byte-order mark, an XML declaration, comments or a doctype
// before its <svg> element: look for the element near the start.
bool looksLikeSvg(const QByteArray& bytes)
{
    const QByteArray start = bytes.left(4096);
    return start.contains("<svg") && !start.contains('\0');
}

} // namespace

Result<QString> councilLogoFormat(const QByteArray& bytes, const QString& where)
{
    if (bytes.isEmpty())
        return fail(Text::tr("%1 is empty: a logo must be a PNG, JPEG or SVG picture").arg(where));
    if (bytes.size() > councilLogoMostBytes)
        return fail(Text::tr("%1 is %2 KB: a logo may be at most %3 KB")
                        .arg(where)
                        .arg((bytes.size() + 1023) / 1024)
                        .arg(councilLogoMostBytes / 1024));
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("png");
    if (bytes.startsWith("\xff\xd8\xff"))
        return QStringLiteral("jpeg");
    if (looksLikeSvg(bytes))
        return QStringLiteral("svg");
    return fail(
        Text::tr("%1 is not a PNG, JPEG or SVG picture: save the logo as one of those").arg(where));
}

Result<QString> councilNameChecked(const QString& name)
{
    const QString tidied = name.simplified();
    if (tidied.size() > councilNameMostCharacters)
        return fail(Text::tr("The council's name is %1 characters long: it may have at most %2")
                        .arg(tidied.size())
                        .arg(councilNameMostCharacters));
    return tidied;
}

} // namespace redress

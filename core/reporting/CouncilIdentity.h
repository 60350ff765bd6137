#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace redress {

// The council a printed report is from: its name and logo on the cover. An administrator sets
// them (Administration, or `redress-cli council set`); they are kept in the database so that a
// team sharing a server prints the same cover.
struct CouncilIdentity
{
    QString name;
    QByteArray logo;    // the picture file's own bytes; empty for none
    QString logoFormat; // "png", "jpeg" or "svg"; empty for none

    bool hasLogo() const { return !logo.isEmpty() && !logoFormat.isEmpty(); }
};

// A logo larger than this is refused: a cover needs no more, and each printout carries it.
constexpr qint64 councilLogoMostBytes = 1024 * 1024;
// A council's name longer than this is refused: it has to fit on the cover.
constexpr int councilNameMostCharacters = 120;

// The format of a logo from its first bytes ("png", "jpeg" or "svg"), or why it cannot be one:
// the wrong kind of file, empty, or too large. `where` names the file for the message.
Result<QString> councilLogoFormat(const QByteArray& bytes, const QString& where);

// The name as stored (spaces tidied), or why it cannot be one.
Result<QString> councilNameChecked(const QString& name);

} // namespace redress

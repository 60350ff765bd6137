#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace redress::letters {

// A letter Redress ships: its name (as `redress-cli letter --template` takes it), its title
// and its paragraphs in plain English with merge fields. Built into an .odt when asked for,
// unless the team has stored a template of the same name.
struct DefaultLetter
{
    QString name;
    QString title;
    QStringList paragraphs;
};

class DefaultLetters
{
    Q_DECLARE_TR_FUNCTIONS(DefaultLetters)

public:
    static QList<DefaultLetter> all();
};

} // namespace redress::letters

#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace redress {

class Database;

namespace letters {

struct LetterTemplate
{
    QString name;        // "acknowledgement"; what `redress-cli letter --template` takes
    QString title;       // "Acknowledgement"
    QByteArray odt;      // the template itself
    bool builtIn = true; // the default Redress ships, not replaced by the team
    QString updatedBy;
    QDateTime updatedAtUtc;
};

// The letter templates the whole team uses: the defaults Redress ships, each replaced by a
// template of the same name stored in the database, and the team's own. Storing one is an
// administrator's change, audited.
class LetterTemplates
{
    Q_DECLARE_TR_FUNCTIONS(LetterTemplates)

public:
    LetterTemplates(Database& database, QString actor);

    void refuseChanges(Error why) { m_refusal = std::move(why); }

    Result<QList<LetterTemplate>> all() const;
    // By name, or by title as a person types it (case does not matter).
    Result<LetterTemplate> find(const QString& nameOrTitle) const;
    // Adds or replaces a template. Refused, changing nothing, when `odt` is not an
    // OpenDocument text or uses a merge field Redress does not know (a typing mistake would
    // otherwise reach a complainant).
    Status save(const QString& name, const QString& title, const QByteArray& odt);

private:
    Database& m_database;
    QString m_actor;
    std::optional<Error> m_refusal;
};

} // namespace letters
} // namespace redress

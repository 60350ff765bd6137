#pragma once

#include "util/Result.h"

#include <QHash>
#include <QString>

namespace redress {

class Database;

// The names people read for the codes a case holds: each list's labels and the teams' names,
// read once, for anything that writes a case out for a person (`case show`, a subject
// access package).
class ReferenceLabels
{
public:
    static Result<ReferenceLabels> load(Database& database);

    // A code no longer in the list still shows, as itself.
    QString label(const QString& taxonomy, const QString& code) const;
    QString teamName(qint64 id) const { return m_teams.value(id); }

private:
    QHash<QString, QString> m_labels; // "taxonomy/code" -> label
    QHash<qint64, QString> m_teams;
};

} // namespace redress

#pragma once

#include "domain/Case.h"
#include "util/Result.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace redress {

class Database;
class Session;

// A case restricted to named people: a complaint about a member of the complaints team, a
// sensitive child-protection matter. Only the logins named see it anywhere (queue, search,
// drill-down, exports, subject access, the command line); report counts still include it,
// without names. A lead or an administrator restricts a case, changes who is named, or lifts
// the restriction, and is always among the people named, so no one can restrict a case out
// of their own sight. On PostgreSQL the server enforces it too, by row-level security.
class CaseRestriction
{
public:
    explicit CaseRestriction(Session& session) : m_session(session) {}

    // The logins a case is restricted to, in order; empty when everyone may see it.
    Result<QStringList> peopleFor(qint64 caseId) const;
    // Restricts the case to `logins` (users of Redress) and the person signed in; replaces
    // any earlier list. One audited transaction.
    Status restrictTo(const Case& record, const QStringList& logins);
    // Everyone may see the case again. Audited.
    Status lift(const Case& record);
    // Whether the signed-in person may restrict cases: a lead or an administrator.
    bool mayChange() const;

    // The cases restricted to others than `viewer`, among those `database` shows.
    static Result<QSet<qint64>> hiddenFrom(Database& database, const QString& viewer);

private:
    Status change(const Case& record, const QStringList& logins);

    Session& m_session;
};

} // namespace redress

#pragma once

#include "util/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace redress {

class Database;

// The statements that take a person's data out of cases, inside the caller's transaction.
// Anonymising keeps what reports count (dates, kind, state, stages and outcomes, teams,
// categories, the complainant's role and equality monitoring fields) and blanks the rest:
// names, contact details, children's names and references, and every free-text field; notes
// and the files kept with the case (their letters, names and addresses) go. A person or child
// shared with a case that is kept gets a blank copy instead, so the kept case loses nothing.
class RetentionErasure
{
public:
    explicit RetentionErasure(Database& database) : m_database(database) {}

    // `removing`: every case of this run, anonymised or deleted (none keeps a shared person).
    Status anonymise(qint64 caseId, const QList<qint64>& removing, QDate today);
    // The whole case (its parts go with it), then its people and children if no case is left
    // that names them.
    Status remove(qint64 caseId);
    // A case restricted from the login, on a team server: the server checks that the login is
    // an administrator and the case past retention, anonymises or deletes it as its kind's
    // line says, and audits it with `detail` (schema 28).
    Status onServer(qint64 caseId, const QList<qint64>& removing, const QString& detail);

    // How many files the cases anonymised or removed so far held.
    qint64 documentsRemoved() const { return m_documentsRemoved; }

private:
    Status detachPerson(qint64 caseId, const QList<qint64>& removing);
    Status detachChildren(qint64 caseId, const QList<qint64>& removing);
    Status removeDocuments(qint64 caseId);

    Database& m_database;
    qint64 m_documentsRemoved = 0;
};

} // namespace redress

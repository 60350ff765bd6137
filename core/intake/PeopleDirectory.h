#pragma once

#include "domain/Case.h"
#include "util/Result.h"

#include <QList>
#include <QString>
#include <optional>

namespace redress {

class Database;

// A person already recorded, as the complainant completer offers them.
struct KnownPerson
{
    qint64 id = 0;
    QString fullName;
    QString email;
    QString phone;
    int caseCount = 0; // cases they are the complainant of
};

// Finds people already recorded, so a repeat complainant is linked rather than recorded twice.
class PeopleDirectory
{
public:
    explicit PeopleDirectory(Database& database) : m_database(database) {}
    // As `viewer` may see it: someone whose every case is restricted to others is not found,
    // and only the cases the viewer may see are counted.
    PeopleDirectory(Database& database, const QString& viewer)
        : m_database(database), m_viewer(viewer)
    {}

    // People whose name (or any word of it), email or phone starts with `text`, ignoring case,
    // and for phones the spaces; most cases first. Wildcards in `text` match only themselves.
    Result<QList<KnownPerson>> find(const QString& text, int limit = 20) const;
    // The whole record, so linking a case to them keeps what is recorded about them.
    Result<Person> person(qint64 id) const;

    // `text` with LIKE's wildcards and the escape character escaped (ESCAPE '!').
    static QString escapeLike(const QString& text);

private:
    Database& m_database;
    std::optional<QString> m_viewer; // unset: everyone
};

} // namespace redress

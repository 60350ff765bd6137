#include "PeopleDirectory.h"

#include "storage/CaseQuery.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <algorithm>

namespace redress {

QString PeopleDirectory::escapeLike(const QString& text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (QChar c : text) {
        if (c == u'!' || c == u'%' || c == u'_')
            escaped += u'!';
        escaped += c;
    }
    return escaped;
}

Result<QList<KnownPerson>> PeopleDirectory::find(const QString& text, int limit) const
{
    const QString typed = text.trimmed().toLower();
    if (typed.isEmpty())
        return QList<KnownPerson>{};
    const QString prefix = escapeLike(typed) + u'%';
    QString digits = typed;
    digits.remove(u' ');
    // A phone search needs a digit, else every blank phone would match "%".
    const bool phoneLike =
        std::any_of(digits.cbegin(), digits.cend(), [](QChar c) { return c.isDigit(); });
    const QString phonePrefix = escapeLike(digits) + u'%';
    // LOWER() on both sides, as SQLite's LIKE folds ASCII only and PostgreSQL's not at all.
    QVariantList values;
    QString visibleCases;
    QString notAllHidden;
    if (m_viewer) {
        // Counted: the cases the viewer may see. Found: people with one of those, or no case.
        visibleCases = QStringLiteral(" AND ") + CaseQuery::visibleTo(QStringLiteral("c.id"));
        values << *m_viewer;
        notAllHidden = QStringLiteral(" HAVING COUNT(c.id) > 0 OR NOT EXISTS (SELECT 1 FROM "
                                      "cases h WHERE h.complainant_id = p.id)");
    }
    values << prefix << QString(QStringLiteral("% ") + prefix) << prefix << sql::flag(phoneLike)
           << phonePrefix << limit;
    auto query = sql::exec(
        m_database.sql(),
        QStringLiteral("SELECT p.id, p.full_name, p.email, p.phone, COUNT(c.id) FROM person p "
                       "LEFT JOIN cases c ON c.complainant_id = p.id") +
            visibleCases +
            QStringLiteral(" WHERE p.anonymous = 0 AND (LOWER(p.full_name) LIKE ? ESCAPE '!' "
                           "OR LOWER(p.full_name) LIKE ? ESCAPE '!' OR LOWER(p.email) LIKE ? "
                           "ESCAPE '!' OR (? = 1 AND REPLACE(p.phone, ' ', '') LIKE ? ESCAPE '!')) "
                           "GROUP BY p.id, p.full_name, p.email, p.phone") +
            notAllHidden + QStringLiteral(" ORDER BY COUNT(c.id) DESC, p.full_name, p.id LIMIT ?"),
        values);
    if (!query)
        return Error{query.error()};
    QList<KnownPerson> people;
    while (query->next())
        people.append(KnownPerson{query->value(0).toLongLong(), query->value(1).toString(),
                                  query->value(2).toString(), query->value(3).toString(),
                                  query->value(4).toInt()});
    return people;
}

Result<Person> PeopleDirectory::person(qint64 id) const
{
    auto query = sql::exec(m_database.sql(),
                           QStringLiteral("SELECT id, full_name, email, phone, address, postcode, "
                                          "ward, age_band, ethnicity, disability, anonymous "
                                          "FROM person WHERE id = ?"),
                           {id});
    if (!query)
        return Error{query.error()};
    if (!query->next())
        return fail(
            QCoreApplication::translate("PeopleDirectory", "No person has the id %1").arg(id));
    Person p;
    p.id = query->value(0).toLongLong();
    p.fullName = query->value(1).toString();
    p.email = query->value(2).toString();
    p.phone = query->value(3).toString();
    p.address = query->value(4).toString();
    p.postcode = query->value(5).toString();
    p.ward = query->value(6).toString();
    p.ageBand = query->value(7).toString();
    p.ethnicity = query->value(8).toString();
    p.disability = query->value(9).toString();
    p.anonymous = query->value(10).toInt() != 0;
    return p;
}

} // namespace redress

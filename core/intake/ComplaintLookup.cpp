#include "ComplaintLookup.h"

#include "intake/PeopleDirectory.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace redress {

namespace {
const QString selectComplaints =
    QStringLiteral("SELECT c.id, c.reference, COALESCE(p.full_name, ''), c.summary FROM cases c "
                   "LEFT JOIN person p ON p.id = c.complainant_id WHERE c.kind = 'complaint' AND ");

ComplaintRef fromRow(const QSqlQuery& row)
{
    return {row.value(0).toLongLong(), row.value(1).toString(), row.value(2).toString(),
            row.value(3).toString()};
}
} // namespace

Result<QList<ComplaintRef>> ComplaintLookup::find(const QString& text, int limit) const
{
    const QString typed = text.trimmed().toLower();
    if (typed.isEmpty())
        return QList<ComplaintRef>{};
    auto query = sql::exec(m_database.sql(),
                           selectComplaints + QStringLiteral("LOWER(c.reference) LIKE ? ESCAPE '!' "
                                                             "ORDER BY c.reference DESC LIMIT ?"),
                           {QString(u'%' + PeopleDirectory::escapeLike(typed) + u'%'), limit});
    if (!query)
        return Error{query.error()};
    QList<ComplaintRef> found;
    while (query->next())
        found.append(fromRow(*query));
    return found;
}

Result<ComplaintRef> ComplaintLookup::byReference(const QString& reference) const
{
    auto query =
        sql::exec(m_database.sql(), selectComplaints + QStringLiteral("LOWER(c.reference) = ?"),
                  {reference.trimmed().toLower()});
    if (!query)
        return Error{query.error()};
    if (!query->next())
        return fail(QCoreApplication::translate("ComplaintLookup", "No complaint has the "
                                                                   "reference %1")
                        .arg(reference.trimmed()));
    return fromRow(*query);
}

} // namespace redress

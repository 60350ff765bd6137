#include "ComplaintLookup.h"

#include "intake/PeopleDirectory.h"
#include "storage/CaseQuery.h"
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
    QVariantList values{QString(u'%' + PeopleDirectory::escapeLike(typed) + u'%')};
    const QString condition = visible(values);
    values << limit;
    auto query =
        sql::exec(m_database.sql(),
                  selectComplaints + QStringLiteral("LOWER(c.reference) LIKE ? ESCAPE '!'") +
                      condition + QStringLiteral(" ORDER BY c.reference DESC LIMIT ?"),
                  values);
    if (!query)
        return Error{query.error()};
    QList<ComplaintRef> found;
    while (query->next())
        found.append(fromRow(*query));
    return found;
}

Result<ComplaintRef> ComplaintLookup::byReference(const QString& reference) const
{
    QVariantList values{reference.trimmed().toLower()};
    const QString condition = visible(values);
    auto query =
        sql::exec(m_database.sql(),
                  selectComplaints + QStringLiteral("LOWER(c.reference) = ?") + condition, values);
    if (!query)
        return Error{query.error()};
    if (!query->next())
        return fail(QCoreApplication::translate("ComplaintLookup", "No complaint has the "
                                                                   "reference %1")
                        .arg(reference.trimmed()));
    return fromRow(*query);
}

QString ComplaintLookup::visible(QVariantList& values) const
{
    if (!m_viewer)
        return {};
    values << *m_viewer;
    return QStringLiteral(" AND ") + CaseQuery::visibleTo(QStringLiteral("c.id"));
}

} // namespace redress

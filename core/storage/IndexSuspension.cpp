#include "IndexSuspension.h"

#include "storage/Database.h"
#include "storage/Sql.h"

namespace redress {

Status IndexSuspension::suspend()
{
    if (!m_database.isSqlite() || m_tried)
        return {};
    m_tried = true;
    // Automatic indexes (UNIQUE and PRIMARY KEY constraints) have no statement and stay.
    auto indexes = sql::exec(
        m_database.sql(),
        QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                       "tbl_name IN ('cases', 'stage') AND sql IS NOT NULL AND "
                       "sql NOT LIKE 'CREATE UNIQUE%' AND name NOT IN ('cases_source_reference', "
                       "'cases_import_batch', 'cases_complainant', 'cases_team', "
                       "'cases_service_area') ORDER BY name"));
    if (!indexes)
        return Error{indexes.error()};
    QList<std::pair<QString, QString>> found;
    while (indexes->next())
        found.append({indexes->value(0).toString(), indexes->value(1).toString()});
    indexes->finish();
    for (const auto& [name, statement] : std::as_const(found)) {
        // SQLite will not drop an index while another statement on the connection is still
        // reading (a caller's query not read to its end): the rest are then left in place,
        // which only makes the bulk insert slower.
        if (!sql::exec(m_database.sql(), QStringLiteral("DROP INDEX \"%1\"").arg(name)))
            break;
        m_indexes.append(statement);
    }
    m_suspended = !m_indexes.isEmpty();
    return {};
}

Status IndexSuspension::resume()
{
    for (const QString& index : std::as_const(m_indexes))
        if (auto made = sql::exec(m_database.sql(), index); !made)
            return Error{made.error()};
    m_indexes.clear();
    m_suspended = false;
    return {};
}

} // namespace redress

#include "SearchIndexSuspension.h"

#include "storage/Database.h"
#include "storage/Sql.h"

namespace redress {

Status SearchIndexSuspension::suspend()
{
    if (!m_database.isSqlite() || m_suspended)
        return {};
    auto triggers = sql::exec(
        m_database.sql(), QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = "
                                         "'trigger' AND sql LIKE '%case_search%' ORDER BY name"));
    if (!triggers)
        return Error{triggers.error()};
    QStringList names;
    while (triggers->next()) {
        names.append(triggers->value(0).toString());
        m_triggers.append(triggers->value(1).toString());
    }
    triggers->finish();
    for (const QString& name : std::as_const(names))
        if (auto dropped =
                sql::exec(m_database.sql(), QStringLiteral("DROP TRIGGER \"%1\"").arg(name));
            !dropped)
            return Error{dropped.error()};
    m_suspended = true;
    return {};
}

Status SearchIndexSuspension::resume(qint64 batchId)
{
    if (!m_suspended)
        return {};
    // The same document the triggers build (0002_case_search.sqlite.sql), for every case of
    // the batch in one statement, so FTS5 writes one segment.
    auto indexed = sql::exec(
        m_database.sql(),
        QStringLiteral(
            "INSERT INTO case_search (rowid, reference, complainant, children, summary) "
            "SELECT c.id, c.reference, COALESCE(p.full_name, ''), "
            "COALESCE((SELECT group_concat(ch.name || ' ' || ch.social_care_reference, ' ') "
            "FROM case_child cc JOIN child ch ON ch.id = cc.child_id WHERE cc.case_id = c.id), "
            "''), c.summary FROM cases c LEFT JOIN person p ON p.id = c.complainant_id "
            "WHERE c.import_batch_id = ? ORDER BY c.id"),
        {batchId});
    if (!indexed)
        return Error{indexed.error()};
    for (const QString& trigger : std::as_const(m_triggers))
        if (auto made = sql::exec(m_database.sql(), trigger); !made)
            return Error{made.error()};
    m_triggers.clear();
    m_suspended = false;
    return {};
}

} // namespace redress

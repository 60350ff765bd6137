#include "InsertTriggerSuspension.h"

#include "storage/Database.h"
#include "storage/Sql.h"

namespace redress {

Status InsertTriggerSuspension::suspend()
{
    if (!m_database.isSqlite() || m_suspended)
        return {};
    // Not the sort triggers for updates: an import changes no case it did not write, and a
    // person or list value it changes on the way must still reach the other cases.
    auto triggers =
        sql::exec(m_database.sql(),
                  QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND "
                                 "(sql LIKE '%case_search%' OR name IN ('cases_sort_case_insert', "
                                 "'cases_sort_child_insert')) ORDER BY name"));
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

Status InsertTriggerSuspension::resume(qint64 batchId)
{
    if (!m_suspended)
        return {};
    // The same document the triggers build (0002_case_search.sqlite.sql), for every case of
    // the batch in one statement, so FTS5 writes one segment; and the same child's status as
    // cases_sort_child_insert gives, once for each case with children.
    for (const QString& statement :
         {QStringLiteral(
              "INSERT INTO case_search (rowid, reference, complainant, children, summary) "
              "SELECT c.id, c.reference, COALESCE(p.full_name, ''), "
              "COALESCE((SELECT group_concat(ch.name || ' ' || ch.social_care_reference, ' ') "
              "FROM case_child cc JOIN child ch ON ch.id = cc.child_id WHERE cc.case_id = c.id), "
              "''), c.summary FROM cases c LEFT JOIN person p ON p.id = c.complainant_id "
              "WHERE c.import_batch_id = ? ORDER BY c.id"),
          QStringLiteral("UPDATE cases SET sort_child_status = COALESCE((SELECT v.label FROM "
                         "queue_child_status v WHERE v.case_id = cases.id), '') "
                         "WHERE import_batch_id = ? AND EXISTS (SELECT 1 FROM case_child cc "
                         "WHERE cc.case_id = cases.id)")})
        if (auto done = sql::exec(m_database.sql(), statement, {batchId}); !done)
            return Error{done.error()};
    for (const QString& trigger : std::as_const(m_triggers))
        if (auto made = sql::exec(m_database.sql(), trigger); !made)
            return Error{made.error()};
    m_triggers.clear();
    m_suspended = false;
    return {};
}

} // namespace redress

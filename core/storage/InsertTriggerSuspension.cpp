#include "InsertTriggerSuspension.h"

#include "storage/Database.h"
#include "storage/Sql.h"

namespace redress {

namespace {
// Cases whose child's status one statement fills, by id.
constexpr qint64 statusSlice = 5000;
} // namespace

Status InsertTriggerSuspension::suspend()
{
    if (m_suspended)
        return {};
    if (!m_database.isSqlite())
        return setBulkLoad(true);
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
    if (!m_database.isSqlite()) {
        if (Status off = setBulkLoad(false); !off)
            return off;
        return bringUpToDateOnServer(QStringLiteral("import_batch_id = ?"), batchId);
    }
    if (Status done = bringUpToDate(QStringLiteral("import_batch_id = ?"), batchId); !done)
        return done;
    return restoreTriggers();
}

Status InsertTriggerSuspension::resumeAfter(qint64 lastIdBefore, const QList<qint64>& changed)
{
    if (!m_suspended)
        return {};
    QList<qint64> older;
    for (qint64 id : changed)
        if (id <= lastIdBefore && !older.contains(id))
            older.append(id);
    if (!m_database.isSqlite()) {
        if (Status off = setBulkLoad(false); !off)
            return off;
        // Only this transaction's cases: others may be logging cases meanwhile, and theirs
        // were written with their triggers.
        if (Status done = bringUpToDateOnServer(
                QStringLiteral("id > ? AND xmin = pg_current_xact_id()::xid"), lastIdBefore);
            !done)
            return done;
        for (qint64 id : std::as_const(older))
            if (Status done = bringUpToDateOnServer(QStringLiteral("id = ?"), id); !done)
                return done;
        return {};
    }
    if (Status done = bringUpToDate(QStringLiteral("id > ?"), lastIdBefore); !done)
        return done;
    for (qint64 id : std::as_const(older)) {
        auto removed = sql::exec(m_database.sql(),
                                 QStringLiteral("DELETE FROM case_search WHERE rowid = ?"), {id});
        if (!removed)
            return Error{removed.error()};
        if (Status done = bringUpToDate(QStringLiteral("id = ?"), id); !done)
            return done;
    }
    return restoreTriggers();
}

// `cases` chooses the cases to bring up to date, by one bound value; none of them may have a
// search entry yet.
Status InsertTriggerSuspension::bringUpToDate(const QString& cases, qint64 value)
{
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
            "WHERE c.") +
            cases + QStringLiteral(" ORDER BY c.id"),
        {value});
    if (!indexed)
        return Error{indexed.error()};
    // The same child's status as cases_sort_child_insert gives, once for each case with
    // children, a slice of ids at a time: SQLite keeps a copy of every page a statement
    // changes until it ends (in memory during an import), and one statement over a
    // 100,000-case batch rewrote most of the table.
    auto range =
        sql::exec(m_database.sql(),
                  QStringLiteral("SELECT MIN(id), MAX(id) FROM cases WHERE ") + cases, {value});
    if (!range)
        return Error{range.error()};
    if (!range->next() || range->value(0).isNull())
        return {};
    const qint64 first = range->value(0).toLongLong();
    const qint64 last = range->value(1).toLongLong();
    range->finish();
    for (qint64 from = first; from <= last; from += statusSlice) {
        auto filled = sql::exec(
            m_database.sql(),
            QStringLiteral("UPDATE cases SET sort_child_status = COALESCE((SELECT v.label FROM "
                           "queue_child_status v WHERE v.case_id = cases.id), '') WHERE ") +
                cases +
                QStringLiteral(" AND id BETWEEN ? AND ? AND EXISTS (SELECT 1 FROM case_child "
                               "cc WHERE cc.case_id = cases.id)"),
            {value, from, from + statusSlice - 1});
        if (!filled)
            return Error{filled.error()};
    }
    return {};
}

// The insert triggers of 0002 and 0013 step aside while the transaction has the setting on
// (0024_bulk_load); SET LOCAL, so it ends with the transaction whatever happens.
Status InsertTriggerSuspension::setBulkLoad(bool on)
{
    auto set =
        sql::exec(m_database.sql(), on ? QStringLiteral("SET LOCAL redress.bulk_load = 'on'")
                                       : QStringLiteral("SET LOCAL redress.bulk_load = 'off'"));
    if (!set)
        return Error{set.error()};
    m_suspended = on;
    return {};
}

// PostgreSQL: the work of the insert triggers for the chosen cases, each over the whole set
// (0029_bulk_load_by_set): their search documents and, for those with a child, the child's
// status they are sorted by (the insert itself wrote their sort names). The cases are chosen
// with the writer's own rights, as the triggers run for their writes: row-level security
// leaves out any case hidden from them (none of the cases they have just written is), so
// nothing they may not see is indexed or sorted on their behalf. An update trigger may already
// have indexed a new case during the load; its entry is written again.
Status InsertTriggerSuspension::bringUpToDateOnServer(const QString& cases, qint64 value)
{
    const QString chosen = QStringLiteral("SELECT id FROM cases WHERE ") + cases;
    const QStringList statements{
        QStringLiteral("DELETE FROM case_search WHERE case_id IN (") + chosen + u')',
        QStringLiteral("INSERT INTO case_search (case_id, document) SELECT case_id, document "
                       "FROM redress_case_search_documents(ARRAY(") +
            chosen + QStringLiteral("))"),
        QStringLiteral("SELECT redress_queue_child_status_refresh(ARRAY(") + chosen +
            QStringLiteral("))")};
    for (const QString& statement : statements)
        if (auto done = sql::exec(m_database.sql(), statement, {value}); !done)
            return Error{done.error()};
    return {};
}

Status InsertTriggerSuspension::restoreTriggers()
{
    for (const QString& trigger : std::as_const(m_triggers))
        if (auto made = sql::exec(m_database.sql(), trigger); !made)
            return Error{made.error()};
    m_triggers.clear();
    m_suspended = false;
    return {};
}

} // namespace redress

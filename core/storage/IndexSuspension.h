#pragma once

#include "util/Result.h"

#include <QStringList>

namespace redress {

class Database;

// Drops the secondary indexes of `cases` and `stage` for a bulk insert and builds them again
// once its rows are in, as loading a dump does: each new case otherwise inserts into some
// twenty indexes at scattered places, while building an index afterwards sorts its keys once.
// That pays only when the rows written are many against those already there, so the writer
// decides when to suspend (see Importer). Kept: the unique indexes (they refuse rows) and the
// indexes that the writer's own lookups and the triggers left in place read by (reference,
// source reference, import batch, complainant, team, service area), so nothing written in
// between gets slower.
// Both calls belong inside the caller's one transaction: if it is rolled back, the indexes
// come back with it. On PostgreSQL both do nothing.
class IndexSuspension
{
public:
    explicit IndexSuspension(Database& database) : m_database(database) {}

    // Drops those indexes, remembering how they were made; only the first call does. An
    // index SQLite will not drop yet is left in place.
    Status suspend();
    // Makes them again, as they were stored.
    Status resume();

private:
    Database& m_database;
    QStringList m_indexes; // CREATE INDEX statements, as stored
    bool m_suspended = false;
    bool m_tried = false;
};

} // namespace redress

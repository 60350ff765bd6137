#pragma once

#include "util/Result.h"

#include <QStringList>

namespace redress {

class Database;

// Keeps SQLite's search index (case_search, an FTS5 table) out of the way of a bulk write, and
// brings it up to date in one statement afterwards. Each statement that fires the triggers
// keeping the index makes FTS5 flush its pending terms as a new segment, so a row-by-row
// import spends much of its time writing and merging tiny segments. Both calls belong inside
// the caller's one transaction: if it is rolled back, so are the dropped triggers. On
// PostgreSQL (a tsvector kept by triggers, with no such cost) both do nothing.
class SearchIndexSuspension
{
public:
    explicit SearchIndexSuspension(Database& database) : m_database(database) {}

    // Drops the triggers that keep case_search, remembering how they were made.
    Status suspend();
    // Indexes the cases of import batch `batchId` as the triggers would have (their
    // reference, complainant, children and summary) and puts the triggers back. Only those
    // cases: the rows the import writes (new cases, their new people, their children) are all
    // the triggers would have touched.
    Status resume(qint64 batchId);

private:
    Database& m_database;
    QStringList m_triggers; // CREATE TRIGGER statements, as stored
    bool m_suspended = false;
};

} // namespace redress

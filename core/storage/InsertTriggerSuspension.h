#pragma once

#include "util/Result.h"

#include <QList>
#include <QStringList>

namespace redress {

class Database;

// Keeps SQLite's triggers that derive data from each new case out of the way of a bulk insert,
// and does their work for the whole batch afterwards:
// - the search index (case_search, an FTS5 table): each statement that fires its triggers
//   makes FTS5 flush its pending terms as a new segment, so a row-by-row import spent much of
//   its time writing and merging tiny segments;
// - the queue's sort columns on `cases`: the insert trigger rewrote every new case row (and
//   its sort indexes) straight after inserting it, and the child trigger once more for each
//   child. CaseRepository::insert writes the complainant, team and service area columns with
//   the row on SQLite, so only the child's status is left to fill, once per case.
// Both calls belong inside the caller's one transaction: if it is rolled back, so are the
// dropped triggers.
//
// On PostgreSQL dropping or disabling a trigger would lock the table for the whole team;
// instead the transaction sets `redress.bulk_load` (0024_bulk_load), which the insert
// triggers of the search document and the sort columns read and step aside for, and the
// batch's search documents and children's statuses are written at its end, one statement
// each over the whole batch (0029_bulk_load_by_set; the insert writes the sort names itself).
// Outside a transaction the setting lasts one statement, and the triggers work as usual.
class InsertTriggerSuspension
{
public:
    explicit InsertTriggerSuspension(Database& database) : m_database(database) {}

    // Drops those triggers, remembering how they were made.
    Status suspend();
    // Brings the cases of import batch `batchId` up to date as the triggers would have (their
    // search document and the child's status they are sorted by) and puts the triggers back.
    // Only those cases: the rows the import writes (new cases, their new people, their
    // children) are all the triggers would have touched.
    Status resume(qint64 batchId);
    // The same for every case with an id above `lastIdBefore` (the largest id before the
    // bulk write began), for a writer whose cases belong to no import batch, and for the
    // older cases it changed (`changed`; their search entries are written again).
    Status resumeAfter(qint64 lastIdBefore, const QList<qint64>& changed);

private:
    Status bringUpToDate(const QString& cases, qint64 value);
    Status bringUpToDateOnServer(const QString& cases, qint64 value);
    Status setBulkLoad(bool on);
    Status restoreTriggers();

    Database& m_database;
    QStringList m_triggers; // CREATE TRIGGER statements, as stored
    bool m_suspended = false;
};

} // namespace redress

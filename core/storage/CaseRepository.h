#pragma once

#include "domain/Case.h"
#include "storage/CaseQuery.h"
#include "util/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace redress {

class CasePartsBatch;
class Database;

// Loads and saves whole cases. Every save runs in one transaction; a save of a case that
// someone else saved in the meantime is refused (optimistic locking on `version`).
class CaseRepository
{
public:
    explicit CaseRepository(Database& database) : m_database(database) {}
    // For showing cases to `viewer` (a login): a restricted case they are not among the
    // people named for is left out of every list and cannot be loaded, as if it were not
    // there. The application layer's guard, and on SQLite the only one.
    CaseRepository(Database& database, const QString& viewer)
        : m_database(database), m_viewer(viewer)
    {}

    // Gives the case an id, a version and, if it has none, a reference.
    Status insert(Case& record);
    Status update(Case& record);

    Result<Case> load(qint64 id) const;
    Result<Case> loadByReference(const QString& reference) const;
    // The filter's rows in its sort order: a page of `limit` after `after` (keyset) or from
    // `offset`.
    Result<QList<CaseSummary>> list(const CaseFilter& filter) const;
    // The given cases (e.g. those behind a report figure), oldest received first.
    Result<QList<CaseSummary>> listByIds(const QList<qint64>& ids) const;
    // How many rows list() gives in all (ignores after, limit and offset).
    Result<qint64> count(const CaseFilter& filter) const;

    // e.g. CP-2020-00042: kind prefix, financial year of receipt, sequence within both.
    Result<QString> nextReference(CaseKind kind, QDate receivedOn) const;
    // Takes reference numbers on `counters`, a connection of its own, each committed at once,
    // rather than inside the saving transaction: a long writer (an import on a team server)
    // then holds no counter while it works, so people logging cases meanwhile are not kept
    // waiting. A number it took and then rolled back is not given again (a gap).
    void takeReferencesOn(Database* counters) { m_counters = counters; }
    // With references taken on their own connection: moves the counter past a Redress-shaped
    // reference a case is about to be saved with (an import of a Redress export), so nobody
    // is given that number afterwards. It waits for anyone given it already to finish saving.
    Status claimReference(const QString& reference);
    static QString referencePrefix(CaseKind kind);
    // For bulk creation (an import, the demo generator): insert() writes each new case's own
    // row (and its complainant) at once but hands its stages and other parts to `batch`, to be
    // written with many other cases' in statements of many rows. nullptr: written at once.
    void writeNewPartsTo(CasePartsBatch* batch) { m_newParts = batch; }
    // Fills the reference counters from the references already stored (run once, by the
    // migration that adds them).
    static Status seedReferenceCounters(Database& database);

private:
    Status savePerson(Person& person);
    // A case given a team but no service area counts under the team's (or under the unit
    // itself when it is a service area): the service area most of a council's teams serve.
    Status defaultServiceArea(Case& record);
    Status saveStages(Case& record);
    // A new case has no collections to clear first.
    Status saveParts(Case& record, bool newCase);
    Status loadParts(Case& record) const;
    Status loadStages(Case& record) const;

    // Left out of a query: whether `id` is a case restricted to others than the viewer.
    Result<bool> hiddenFromViewer(qint64 id) const;

    Database& m_database;
    Database* m_counters = nullptr;
    CasePartsBatch* m_newParts = nullptr; // see writeNewPartsTo()
    std::optional<QString> m_viewer;      // unset: every case (the application's own work)
};

} // namespace redress

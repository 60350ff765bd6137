#pragma once

#include "domain/Case.h"
#include "util/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace redress {

class Database;

// What the queue and `cases list` ask for.
struct CaseFilter
{
    bool openOnly = false;
    bool overdueOnly = false; // due before asOf and still open
    QDate asOf;
    std::optional<CaseKind> kind;
    QString officer;
    int limit = 0; // 0 = all
    int offset = 0;
};

// One row of the queue: enough to show and sort, without loading the whole case.
struct CaseSummary
{
    qint64 id = 0;
    QString reference;
    CaseKind kind = CaseKind::Complaint;
    Procedure procedure = Procedure::None;
    CaseState state = CaseState::Received;
    int stage = 1;
    QDate receivedOn;
    QDate dueOn;
    QString complainantName;
    QString teamName;
    QString officer;
    QString summary;
};

// Loads and saves whole cases. Every save runs in one transaction; a save of a case that
// someone else saved in the meantime is refused (optimistic locking on `version`).
class CaseRepository
{
public:
    explicit CaseRepository(Database& database) : m_database(database) {}

    // Gives the case an id, a version and, if it has none, a reference.
    Status insert(Case& record);
    Status update(Case& record);

    Result<Case> load(qint64 id) const;
    Result<Case> loadByReference(const QString& reference) const;
    Result<QList<CaseSummary>> list(const CaseFilter& filter) const;
    // The given cases (e.g. those behind a report figure), oldest received first.
    Result<QList<CaseSummary>> listByIds(const QList<qint64>& ids) const;
    Result<qint64> count(const CaseFilter& filter) const;

    // e.g. CP-2020-00042: kind prefix, financial year of receipt, sequence within both.
    Result<QString> nextReference(CaseKind kind, QDate receivedOn) const;
    static QString referencePrefix(CaseKind kind);

private:
    Status savePerson(Person& person);
    Status saveStages(Case& record);
    Status saveParts(Case& record);
    Status loadParts(Case& record) const;
    Status loadStages(Case& record) const;

    Database& m_database;
};

} // namespace redress

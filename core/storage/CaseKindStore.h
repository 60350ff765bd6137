#pragma once

#include "domain/CaseKind.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace redress {

class Database;

// What an administrator changes of a council's kind after adding it; unset: as it is.
struct CouncilKindChange
{
    std::optional<QString> referencePrefix;
    std::optional<int> clockDays;    // 0: no response clock, and so no extension
    std::optional<int> extendedDays; // 0: no extension
    std::optional<KindReportGroup> reportGroup;
    std::optional<int> retentionYears; // 0: as long as its report group's built-in kind
};

// The council's own kinds of feedback in the database (table case_kind): read into the
// program's list of kinds, and added, renamed and retired by an administrator, each change
// written with its audit entry naming the actor in the same transaction. Built-in kinds are
// not in the table and cannot be changed.
class CaseKindStore
{
    Q_DECLARE_TR_FUNCTIONS(CaseKindStore)

public:
    explicit CaseKindStore(Database& database, QString actor = {})
        : m_database(database), m_actor(std::move(actor))
    {}

    // Every change is then refused with `reason` before anything is written.
    void refuseChanges(QString reason) { m_refusal = std::move(reason); }

    // Reads the kinds and makes them the program's (setCouncilKinds).
    static Result<QList<CouncilKind>> load(Database& database);

    // Checks a new kind against the built-in and existing ones and completes it: a code made
    // from its name, and a reference prefix made from it when none is given. Writes nothing.
    Result<CouncilKind> prepare(CouncilKind kind) const;
    // Adds a kind (prepared first) and makes it the program's at once; gives it as stored.
    Result<CouncilKind> add(const CouncilKind& kind);
    Status rename(const QString& code, const QString& name);
    // A retired kind is not offered for new cases; its cases are still shown and counted.
    Status setRetired(const QString& code, bool retired);
    // Changes a kind's prefix, clock or report group, checked first (a prefix no other kind
    // has, two to four letters; extended days more than the clock), with its audit entry,
    // and makes it the program's inside the transaction, so deadlines recomputed in the same
    // transaction count with the new clock (Session::changeDeadlineRules). Its cases keep
    // their references. Gives the kind as stored; nothing changed writes nothing.
    Result<CouncilKind> setSettings(const QString& code, const CouncilKindChange& change);

    // The kind a person means by `typed`: its code or its name, in any case; nullopt when
    // none is called that.
    static std::optional<CouncilKind> find(const QString& typed);

private:
    static Status checkPrefix(const QString& prefix, const QSet<QString>& taken);
    static Status checkClock(const CouncilKind& kind);
    Status change(const QString& detail, const CouncilKind& before, const CouncilKind& after,
                  const QString& statement, const QVariantList& values);

    Database& m_database;
    QString m_actor;
    QString m_refusal;
};

} // namespace redress

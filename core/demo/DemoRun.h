#pragma once

#include "demo/DemoCaseBuilder.h"
#include "demo/DemoContent.h"
#include "domain/Case.h"
#include "storage/CaseRepository.h"
#include "util/Result.h"
#include "workflow/CaseWriter.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <optional>
#include <utility>

namespace redress {
class CasePartsBatch;
class Database;
} // namespace redress

namespace redress::demo {

// The state of one DemoDataGenerator::generate() call: the plan of received dates and kinds,
// and what has been made so far that later cases reuse (people, children, references, closed
// complaints the Ombudsman may be asked about).
class Run
{
public:
    Run(Database& database, quint32 seed);

    Status prepare(int cases, int years);
    Status makeCase(int index, QMap<CaseKind, int>& made);
    // The ids of the cases saved before that makeCase() has changed since last asked (a
    // complaint referred to the Ombudsman), for what is brought up to date after a batch.
    QList<qint64> takeChangedCases() { return std::exchange(m_changed, {}); }
    // New cases' stages and parts go to `batch` (see CaseRepository::writeNewPartsTo), which
    // is flushed before an earlier case is changed; nullptr: written case by case.
    void writeNewPartsTo(CasePartsBatch* batch);

private:
    struct Slot
    {
        QDate receivedOn;
        CaseKind kind = CaseKind::Complaint;
    };
    struct Team
    {
        qint64 id = 0;
        QString code;
    };
    // A complainant with the children they complain about, kept so they can come back.
    struct Household
    {
        Person person;
        QString role;
        QList<ChildConcerned> children;
    };

    void planSlots(int cases, int years);
    Case intake(const Slot& slot);
    Household& household(CaseKind kind);
    void rememberIds(const Case& record);
    Household newHousehold();
    ChildConcerned newChild(const QString& familyName);
    Status save(Case& record, CaseKind countAs, QMap<CaseKind, int>& made);
    Status makeOmbudsmanEnquiry(const Slot& slot, QMap<CaseKind, int>& made);

    Database& m_database;
    Random m_random;
    QDate m_today;
    CaseWriter m_writer; // every demo case audited as "demo"
    std::optional<CaseWorkflow::Rules> m_rules;
    std::optional<CaseBuilder> m_builder;
    Staff m_staff;
    QList<Team> m_teams;
    QList<int> m_teamWeights;
    QList<Slot> m_slots;
    QList<Household> m_households;
    QList<Person> m_mps;
    QList<Person> m_councillors;
    QList<Case> m_referable; // recently closed complaints the Ombudsman may be asked about
    QList<qint64> m_changed; // see takeChangedCases()
    CasePartsBatch* m_newParts = nullptr;
    int m_nextChild = 0;
    // Where the current case's complainant came from, to keep the ids saving gives them.
    int m_household = -1;
    int m_mp = -1;
    int m_councillor = -1;
};

} // namespace redress::demo

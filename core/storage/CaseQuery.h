#pragma once

#include "domain/Case.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariantList>
#include <optional>

namespace redress {

// The officers' views of the case queue. "Open" means received, open, suspended or
// responded (isOpenState()).
enum class QueueView
{
    AllCases,
    AllOpen,
    MyCases,         // open cases whose officer is CaseFilter::me
    MyTeam,          // open cases of the team CaseFilter::myTeamId
    Overdue,         // open, response not yet sent, due before asOf
    AwaitingService, // state "open": acknowledged and with the service, its response not sent
    Escalated,       // open at stage 2 or 3, or referred to the Ombudsman, enquiry still open
    RecentlyClosed,  // closed or withdrawn within recentDays before asOf
};

// What the queue can be ordered by: each maps to a fixed ORDER BY expression in CaseQuery,
// never to SQL text from the caller. Ties are broken by case id, in the same direction.
enum class CaseSortColumn
{
    Due, // no deadline sorts last
    Reference,
    Kind,
    ProcedureStage,
    Complainant,
    ChildStatus,
    ServiceArea,
    Team,
    Officer,
    Received,
    State,
};

struct CaseSort
{
    CaseSortColumn column = CaseSortColumn::Due;
    bool descending = false;

    bool operator==(const CaseSort&) const = default;
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
    QString childStatus; // the first child's status at the time, as its label
    QString serviceArea; // the service the team belongs to
    QString teamName;
    QString officer;
    QString summary;
    // The current stage's number, profile and dates (not its suspensions): enough to tell
    // which of its deadlines dueOn is (DeadlineCalculator::nextMilestone()).
    Stage currentStage;
};

// What the queue and `cases list` ask for. Every condition set is combined with AND.
struct CaseFilter
{
    QueueView view = QueueView::AllCases;
    QString me;          // MyCases: the officer's user name
    qint64 myTeamId = 0; // MyTeam
    int recentDays = 30; // RecentlyClosed
    bool openOnly = false;
    bool overdueOnly = false; // due before asOf and still open
    QDate asOf;               // "today" for Overdue and RecentlyClosed; Clock::today() if unset

    std::optional<CaseKind> kind;
    std::optional<Procedure> procedure;
    int stage = 0;        // 0 = any
    qint64 orgUnitId = 0; // a team, or a service area (the case's own) or portfolio
    qint64 teamId = 0;
    QString officer;
    QDate receivedFrom, receivedTo, dueFrom, dueTo; // inclusive; invalid = open-ended
    QString search;                                 // see searchWords()
    // Whose queue this is: a restricted case is left out unless this login is among the
    // people it is restricted to. Unset: every case, for the application's own work (such
    // as recomputing every open deadline), never for showing to a person.
    std::optional<QString> viewer;

    CaseSort sort;
    // Keyset paging: only the rows after this one in the sort order. Much faster deep into a
    // large queue than offset, which still works when no row is given.
    std::optional<CaseSummary> after;
    int limit = 0; // 0 = all
    int offset = 0;
};

// Search text split into the words a search matches: letters and digits only, so the
// reference CP-2020-00042 is the words CP, 2020 and 00042. A case matches when every word
// begins a word of its reference, complainant's name, children's names and social-care
// references, or summary. (A whole reference, CP-2020-00042, is matched exactly instead.)
QStringList searchWords(const QString& text);

// Builds the queue's SQL from a CaseFilter for one dialect: conditions and values to bind,
// and the ORDER BY and keyset condition for its sort.
class CaseQuery
{
public:
    CaseQuery(const CaseFilter& filter, bool sqlite);

    // " WHERE …" (or empty) over `cases c`, including the keyset condition when `paged`.
    QString where(bool paged) const;
    QVariantList values(bool paged) const;
    // " ORDER BY …"
    QString orderBy() const;
    // The rows' joins and columns, as CaseQuery::summaryFrom() reads them.
    static QString select();
    // A condition that holds for the cases a login may see: those not restricted, and those
    // restricted to it. `idColumn` names the case id ("c.id"); bind the login once.
    static QString visibleTo(const QString& idColumn);
    // The opposite: the cases restricted, and not to the login (bound once). Driven from the
    // restrictions, so it reads only restricted cases.
    static QString hiddenFrom(const QString& idColumn);

private:
    void addCondition(const QString& condition, const QVariantList& values = {});
    QStringList sortExpressions() const;
    QVariantList sortKeyOf(const CaseSummary& row) const;

    CaseFilter m_filter;
    bool m_sqlite = true;
    QStringList m_conditions;
    QVariantList m_values;
};

} // namespace redress

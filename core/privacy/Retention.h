#pragma once

#include "domain/CaseKind.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <functional>
#include <optional>

namespace redress {

class Database;
class Session;

// What happens to a case when its kind's retention period has run out.
enum class RetentionAction
{
    Anonymise, // names, contact details and free text go; it still counts in reports
    Delete,    // the whole case goes
};

QList<RetentionAction> allRetentionActions();
QString retentionActionCode(RetentionAction action); // stored: "anonymise", "delete"
std::optional<RetentionAction> retentionActionFromCode(QStringView code);
QString retentionActionLabel(RetentionAction action); // translated, for people

// One line of the schedule: a kind of case is kept `years` after it closes, then acted on.
struct RetentionRule
{
    CaseKind kind = CaseKind::Complaint;
    int years = 6;
    RetentionAction action = RetentionAction::Anonymise;

    bool operator==(const RetentionRule&) const = default;
    // As a person reads it: "Complaint: anonymise 6 years after closure".
    QString describe() const;
};

// The council's retention schedule: one rule per kind at most (a kind without one is kept).
// Shipped with defaults the council must confirm; only an administrator may change it, and
// each change is audited (the schedule before and after, nothing about any person).
class RetentionSchedule
{
    Q_DECLARE_TR_FUNCTIONS(RetentionSchedule)

public:
    static constexpr int maximumYears = 100;

    explicit RetentionSchedule(Database& database) : m_database(database) {}

    // The schedule as stored: the built-in kinds' lines, as Administration › Retention edits it.
    Result<QList<RetentionRule>> rules() const;
    // The stored lines and one for each of the council's own kinds: the years set on the
    // kind (Administration › Kinds) with the action of its report group's built-in kind, or
    // else that kind's line whole (other feedback follows comments, enquiries general
    // enquiries); none when that kind is kept for ever and the kind sets no years.
    Result<QList<RetentionRule>> effectiveRules() const;
    // The built-in kind whose line a council's kind in `group` follows.
    static CaseKind followedKind(KindReportGroup group);
    // Replaces the whole schedule with `rules` (checked first: one per kind, 1 to 100 years).
    Status save(const QList<RetentionRule>& rules, const QString& actor);

private:
    Database& m_database;
};

// A closed case whose kind's retention period has run out (and not yet acted on).
struct RetentionCandidate
{
    qint64 caseId = 0;
    QString reference;
    CaseKind kind = CaseKind::Complaint;
    QDate closedOn;
    QDate dueOn; // closedOn plus the rule's years: the day it became due
    RetentionRule rule;
    int documents = 0; // files kept with the case: they go with it, whichever the action
    // On a team server, a case restricted from the administrator reviewing: listed by its
    // reference, kind and dates only, and acted on by the server (RetentionErasure::onServer).
    bool restricted = false;

    // Why it goes, as a person reads it (UK dates).
    QString reason() const;
    // The reference as listed: a restricted case's says so.
    QString shownReference() const;
};

// What a run did.
struct RetentionOutcome
{
    QMap<CaseKind, int> anonymised;
    QMap<CaseKind, int> deleted;
    qint64 auditEntriesRedacted = 0;
    qint64 documentsRemoved = 0; // files kept with the cases acted on, all removed

    int total() const;
};

// Applies the schedule: lists the closed cases past retention on Clock::today() (a dry run),
// and anonymises or deletes them in one audited transaction, removing their personal data
// from the audit trail too (AuditLog::redactCases). Applying is an administrator's task, and
// on a team server it reaches the cases restricted from the administrator as well (listed
// without their details; the server acts on them, schema 28).
class Retention
{
    Q_DECLARE_TR_FUNCTIONS(Retention)

public:
    // Told after each case (done, of total); returning false cancels the run, which then
    // changes nothing.
    using Progress = std::function<bool(int done, int total)>;

    explicit Retention(Session& session) : m_session(session) {}

    Result<QList<RetentionCandidate>> review() const;
    // Acts on those of `caseIds` still past retention when it runs (the list may have been
    // reviewed a while before), all or nothing.
    Result<RetentionOutcome> apply(const QList<qint64>& caseIds, const Progress& progress = {});

    // Counts per kind, as a person reads them ("Complaint: 3"), for a summary.
    static QStringList countsByKind(const QList<RetentionCandidate>& candidates);
    // How many documents go with them, as a person reads it, for the same summary.
    static QString documentsSummary(const QList<RetentionCandidate>& candidates);

private:
    // The cases restricted from this administrator that the server says are past retention.
    Result<QList<RetentionCandidate>> restrictedDue(const QHash<CaseKind, RetentionRule>& rules,
                                                    QDate today) const;

    Session& m_session;
};

} // namespace redress

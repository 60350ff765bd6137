#pragma once

#include "domain/Case.h"
#include "procedure/DeadlineStanding.h"
#include "storage/CaseLinks.h"
#include "storage/Database.h"
#include "util/Result.h"
#include "workflow/CaseWorkflow.h"
#include "workflow/DeadlineRefresh.h"

#include <QObject>
#include <QSet>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace redress {

class Attachments;
class AuditLog;
class CaseRepository;
class ComplaintLookup;
class PeopleDirectory;
class ReferenceData;
class CaseKindStore;
class ReportEngine;
struct CaseSummary;

namespace import {
class ImportBatches;
struct ImportOptions;
struct ImportResult;
} // namespace import

namespace exporting {
enum class ExportFormat;
}

// The application layer: one open database with the person signed in to it and the rules
// in force (calendar and procedure profiles). The desktop and redress-cli reach the data
// only through a session: it hands out core's services already bound to its database and
// actor, runs the changes to cases, and tells whoever listens when cases or the rules have
// changed, so every open view follows.
//
// A session lives on the thread that opened it; work on another thread opens its own
// connection with openWorkerConnection().
class Session : public QObject
{
    Q_OBJECT

public:
    // Opens the database (see Database::open), loads the rules, and signs in `actor`
    // (the operating-system account when empty).
    static Result<std::unique_ptr<Session>> open(const DatabaseLocation& location,
                                                 Database::Mode mode, QString actor = {});
    // Over a database already open: loads the rules.
    static Result<std::unique_ptr<Session>> start(std::unique_ptr<Database> database,
                                                  QString actor = {});
    // Over a connection someone else owns and keeps open for the session's life.
    static Result<std::unique_ptr<Session>> attach(Database& database, QString actor = {});
    ~Session() override;

    // Who is acting: the name every audit entry of this session records. On one desktop it
    // is the operating-system account; on PostgreSQL it is the login the server sees (the
    // server writes it into each entry), whatever was asked. It is never empty.
    const QString& actor() const { return m_actor; }
    // The account the operating system says is running this program ("unknown" if none).
    static QString operatingSystemAccount();

    // What the person signed in may do. On PostgreSQL, from the login's membership of the
    // redress_officer, redress_lead and redress_admin groups (an administrator on a server not
    // set up with them, or when the login is a superuser). On SQLite, the actor's row in the
    // users list; an administrator when the list has no such user, so one person on one
    // desktop can do everything.
    enum class Role
    {
        Officer,
        Lead,
        Admin
    };
    Role role() const { return m_role; }
    bool isAdministrator() const { return m_role == Role::Admin; }
    // Refuses, with a message naming `what` ("the calendar"), a change only an administrator
    // may make.
    Status requireAdministrator(const QString& what) const;

    const DatabaseLocation& location() const { return m_database->location(); }
    // For core services that take the connection; the programs use the accessors below.
    Database& database() { return *m_database; }
    // Another connection to the same database, for work on the calling (worker) thread.
    Result<std::unique_ptr<Database>> openWorkerConnection() const;
    // A session of its own for work on the calling (worker) thread: the same database, the
    // same person signed in. Long work (import, export, reports, demo data) runs on one and
    // tells this session when it is done (notifyCasesChanged).
    Result<std::unique_ptr<Session>> openWorker() const;

    // The rules in force: calendar and procedure profiles, as loaded at start or after the
    // last reloadRules().
    const CaseWorkflow::Rules& rules() const { return *m_rules; }
    // The calendar a case of this kind and procedure counts with (with or without the local
    // closure days, as its profile says).
    const WorkingDayCalendar& calendarFor(CaseKind kind, Procedure procedure) const;
    // Where a case (or a queue row) stands against its next deadline today.
    DeadlineStanding standingOf(const Case& record) const;
    DeadlineStanding standingOf(const CaseSummary& row) const;

    // Services bound to this session's database (and actor, where they write).
    CaseRepository cases();
    ReferenceData referenceData();
    // The council's kinds of feedback; changing them is refused unless an administrator.
    CaseKindStore caseKinds();
    PeopleDirectory people();
    ComplaintLookup complaints();
    AuditLog auditLog();
    // The files kept with cases; only an administrator may change the size limit.
    Attachments attachments();
    import::ImportBatches importBatches();
    ReportEngine reports();
    // The state machine, with the rules in force and this session's actor.
    CaseWorkflow workflow();
    // Every case linked with this one, whichever side wrote the link.
    Result<QList<CaseLink>> linkedCases(qint64 caseId);

    // Changes to cases, each audited as this session's actor and then announced.
    Status logCase(Case& record);
    Status perform(Case& record, const ActionRequest& request);
    Status saveDetails(Case& record, const QString& what);

    // Long use cases, run on this session's thread (on a worker session for the desktop).
    // Importing a log (a dry run with options.dryRun) as one batch, all or nothing.
    Result<import::ImportResult> importLog(const QString& path,
                                           const import::ImportOptions& options);
    // Takes one import batch back out, whole; gives how many cases went.
    Result<qint64> undoImport(qint64 batchId);
    // Every field of the cases received in [from, to] (either open-ended when null).
    Result<qint64> exportCases(const QString& path, exporting::ExportFormat format, QDate from,
                               QDate to, const std::function<bool(double)>& progress = {});
    // A checked copy of the database at `target`: SQLite's own backup, or pg_dump.
    Status backup(const QString& target, bool overwrite);

    // For replacing the database underneath the open windows (a restore): lets go of this
    // session's connection so another may have the database to itself. Until
    // reopenDatabase(), every query fails with a message. Only a session that owns its
    // connection can do this.
    Status closeDatabase();
    // Opens the database again (upgrading a restored older one), reloads the role and the
    // rules, and tells every listener that cases, reference data and rules may have changed.
    Status reopenDatabase();

    // For changes made by other services (an import, an undo, an administrator's edit):
    // tells the listeners.
    void notifyCasesChanged();
    void notifyReferenceDataChanged();
    // Reloads the rules (after the calendar or timescales changed), then tells the listeners.
    Status reloadRules();
    // Makes a change of the calendar or timescales and recomputes the open cases' stored
    // deadlines in the same transaction, audited as this session's actor; then reloads the
    // rules and tells the listeners.
    Result<DeadlineRefresh> changeDeadlineRules(const QString& reason,
                                                const std::function<Status()>& change);

signals:
    void casesChanged();
    void referenceDataChanged();
    // After reloadRules(): deadlines may have moved; views re-read what they show.
    void rulesChanged();

private:
    Session(std::unique_ptr<Database> owned, Database& database, QString actor);
    static Result<std::unique_ptr<Session>> begin(std::unique_ptr<Session> session);
    Status loadRules();
    Status loadRole();

    std::unique_ptr<Database> m_owned; // null when attached to someone else's connection
    Database* m_database = nullptr;
    QString m_actor;
    Role m_role = Role::Officer;
    std::optional<CaseWorkflow::Rules> m_rules;
    WorkingDayCalendar m_calendarWithoutClosures;
    QSet<QString> m_profilesWithClosures; // codes whose profile in force counts closure days
};

} // namespace redress

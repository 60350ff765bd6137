#include "Session.h"

#include "attachments/Attachments.h"
#include "export/CaseExporter.h"
#include "import/ImportBatches.h"
#include "import/Importer.h"
#include "intake/ComplaintLookup.h"
#include "intake/PeopleDirectory.h"
#include "reporting/ReportEngine.h"
#include "storage/AuditLog.h"
#include "storage/Backup.h"
#include "storage/CaseKindStore.h"
#include "storage/CaseQuery.h"
#include "storage/CaseRepository.h"
#include "storage/ReferenceData.h"
#include "storage/Sql.h"
#include "util/Clock.h"

#include <QCoreApplication>

namespace redress {

Session::Session(std::unique_ptr<Database> owned, Database& database, QString actor)
    : m_owned(std::move(owned)), m_database(&database),
      m_actor(!database.isSqlite()        ? database.serverLogin()
              : actor.trimmed().isEmpty() ? operatingSystemAccount()
                                          : actor.trimmed())
{}

Session::~Session() = default;

Result<std::unique_ptr<Session>> Session::open(const DatabaseLocation& location,
                                               Database::Mode mode, QString actor)
{
    auto database = Database::open(location, mode);
    if (!database)
        return Error{database.error()};
    return start(std::move(database.value()), std::move(actor));
}

Result<std::unique_ptr<Session>> Session::start(std::unique_ptr<Database> database, QString actor)
{
    Database& connection = *database;
    return begin(
        std::unique_ptr<Session>(new Session(std::move(database), connection, std::move(actor))));
}

Result<std::unique_ptr<Session>> Session::attach(Database& database, QString actor)
{
    return begin(std::unique_ptr<Session>(new Session(nullptr, database, std::move(actor))));
}

Result<std::unique_ptr<Session>> Session::begin(std::unique_ptr<Session> session)
{
    if (Status role = session->loadRole(); !role)
        return Error{role.error()};
    if (Status loaded = session->loadRules(); !loaded)
        return Error{loaded.error()};
    return session;
}

Status Session::loadRole()
{
    if (m_database->isSqlite()) {
        auto role = sql::scalar(m_database->sql(),
                                QStringLiteral("SELECT role FROM app_user WHERE username = ?"),
                                {m_actor}, QStringLiteral("admin"));
        if (!role)
            return Error{role.error()};
        const QString code = role->toString();
        m_role = code == u"admin" ? Role::Admin : code == u"lead" ? Role::Lead : Role::Officer;
        return {};
    }
    // The server's groups decide; a server with none of them (one login owning everything,
    // or a superuser) is an administrator's.
    auto groups = sql::exec(
        m_database->sql(),
        QStringLiteral("SELECT (SELECT rolsuper FROM pg_roles WHERE rolname = session_user), "
                       "COUNT(*), "
                       "COALESCE(bool_or(rolname = 'redress_admin' AND "
                       "pg_has_role(session_user, oid, 'MEMBER')), false), "
                       "COALESCE(bool_or(rolname = 'redress_lead' AND "
                       "pg_has_role(session_user, oid, 'MEMBER')), false) "
                       "FROM pg_roles WHERE rolname IN ('redress_officer', 'redress_lead', "
                       "'redress_admin')"));
    if (!groups)
        return Error{groups.error()};
    if (!groups->next())
        return {};
    const bool superuser = groups->value(0).toBool();
    const bool setUp = groups->value(1).toLongLong() > 0;
    m_role = superuser || !setUp         ? Role::Admin
             : groups->value(2).toBool() ? Role::Admin
             : groups->value(3).toBool() ? Role::Lead
                                         : Role::Officer;
    return {};
}

Status Session::requireAdministrator(const QString& what) const
{
    if (m_role == Role::Admin)
        return {};
    return fail(
        QCoreApplication::translate("Session", "Only an administrator can change %1; %2 is signed "
                                               "in as %3. Nothing was changed.")
            .arg(what, m_actor,
                 m_role == Role::Lead ? QCoreApplication::translate("Session", "a lead officer")
                                      : QCoreApplication::translate("Session", "an officer")));
}

Status Session::loadRules()
{
    // Kinds another computer added since this one opened the database come in with the rules.
    if (auto kinds = CaseKindStore::load(*m_database); !kinds)
        return Error{kinds.error()};
    auto workflow = CaseWorkflow::forDatabase(*m_database, m_actor);
    if (!workflow)
        return Error{workflow.error()};
    m_rules.emplace(workflow.value().rules());
    m_calendarWithoutClosures = m_rules->calendar().withClosureDays(false);
    m_profilesWithClosures.clear();
    const QDate today = Clock::today();
    for (const QString& code : m_rules->procedures().codes()) {
        auto profile = m_rules->procedures().profileFor(code, today);
        if (profile && profile.value().applyClosureDays)
            m_profilesWithClosures.insert(code);
    }
    return {};
}

Result<std::unique_ptr<Database>> Session::openWorkerConnection() const
{
    return m_database->openAnother();
}

Result<std::unique_ptr<Session>> Session::openWorker() const
{
    auto connection = openWorkerConnection();
    if (!connection)
        return Error{connection.error()};
    return start(std::move(connection).value(), m_actor);
}

Result<import::ImportResult> Session::importLog(const QString& path,
                                                const import::ImportOptions& options)
{
    if (options.addMissing)
        if (Status allowed = requireAdministrator(QCoreApplication::translate(
                "Session", "lists, teams, users, the calendar or timescales"));
            !allowed)
            return Error{allowed.error()};
    auto imported = import::Importer(*m_database, m_actor).run(path, options);
    // Kinds an import learnt but did not keep (a dry run, a refused import) are forgotten.
    if (options.addMissing)
        if (auto kinds = CaseKindStore::load(*m_database); !kinds)
            return Error{kinds.error()};
    if (imported && imported->imported > 0)
        emit casesChanged();
    if (imported && imported->written && !imported->added.isEmpty())
        emit referenceDataChanged();
    return imported;
}

Result<qint64> Session::undoImport(qint64 batchId)
{
    auto removed = import::Importer(*m_database, m_actor).undo(batchId);
    if (removed)
        emit casesChanged();
    return removed;
}

Result<qint64> Session::exportCases(const QString& path, exporting::ExportFormat format, QDate from,
                                    QDate to, const std::function<bool(double)>& progress)
{
    return exporting::CaseExporter(*m_database, m_actor).write(path, format, from, to, progress);
}

Status Session::backup(const QString& target, bool overwrite)
{
    if (!m_database->isSqlite())
        return backup::backupPostgres(m_database->location(), target, overwrite);
    auto copied = backup::backupSqlite(*m_database, target, overwrite);
    return copied ? Status{} : Status{Error{copied.error()}};
}

Status Session::closeDatabase()
{
    if (!m_owned)
        return fail(QCoreApplication::translate(
            "Session", "This window shares its database connection and cannot let go of it"));
    m_owned->close();
    return {};
}

Status Session::reopenDatabase()
{
    const DatabaseLocation location = m_database->location();
    auto reopened = Database::open(location, Database::Mode::MustExist);
    if (!reopened)
        return Error{reopened.error()};
    m_owned = std::move(reopened).value();
    m_database = m_owned.get();
    Status loaded = loadRole();
    if (loaded)
        loaded = loadRules();
    // Whatever the rules, the views must let go of what they showed from before.
    emit referenceDataChanged();
    emit rulesChanged();
    emit casesChanged();
    return loaded;
}

const WorkingDayCalendar& Session::calendarFor(CaseKind kind, Procedure procedure) const
{
    return m_profilesWithClosures.contains(profileCodeFor(kind, procedure))
               ? m_rules->calendar()
               : m_calendarWithoutClosures;
}

DeadlineStanding Session::standingOf(const Case& record) const
{
    return DeadlineStanding::of(record.state, record.dueOn, Clock::today(),
                                calendarFor(record.kind, record.procedure));
}

DeadlineStanding Session::standingOf(const CaseSummary& row) const
{
    return DeadlineStanding::of(row.state, row.dueOn, Clock::today(),
                                calendarFor(row.kind, row.procedure));
}

CaseRepository Session::cases()
{
    return CaseRepository(*m_database, m_actor);
}

ReferenceData Session::referenceData()
{
    ReferenceData data(*m_database, m_actor);
    if (Status allowed = requireAdministrator(QCoreApplication::translate(
            "Session", "lists, teams, users, the calendar or timescales"));
        !allowed)
        data.refuseChanges(allowed.error());
    return data;
}

CaseKindStore Session::caseKinds()
{
    CaseKindStore kinds(*m_database, m_actor);
    if (Status allowed =
            requireAdministrator(QCoreApplication::translate("Session", "the kinds of feedback"));
        !allowed)
        kinds.refuseChanges(allowed.error());
    return kinds;
}

PeopleDirectory Session::people()
{
    return PeopleDirectory(*m_database, m_actor);
}

ComplaintLookup Session::complaints()
{
    return ComplaintLookup(*m_database, m_actor);
}

AuditLog Session::auditLog()
{
    return AuditLog(*m_database);
}

Attachments Session::attachments()
{
    Attachments files(*m_database, m_actor);
    if (Status allowed = requireAdministrator(
            QCoreApplication::translate("Session", "the largest file that can be attached"));
        !allowed)
        files.refuseLimitChange(Error{allowed.error()});
    return files;
}

import::ImportBatches Session::importBatches(){return import::ImportBatches(*m_database);
} // namespace redress

ReportEngine Session::reports()
{
    ReportEngine engine(*m_database);
    // Staff named in complaints are for leads and administrators only.
    engine.setLeadTablesShown(m_role != Role::Officer);
    return engine;
}

CaseWorkflow Session::workflow()
{
    return CaseWorkflow(*m_database, *m_rules, m_actor);
}

Result<QList<CaseLink>> Session::linkedCases(qint64 caseId)
{
    return redress::linkedCases(*m_database, caseId);
}

Status Session::logCase(Case& record)
{
    Status logged = workflow().log(record);
    if (logged)
        emit casesChanged();
    return logged;
}

Status Session::perform(Case& record, const ActionRequest& request)
{
    Status done = workflow().perform(record, request);
    if (done)
        emit casesChanged();
    return done;
}

Status Session::saveDetails(Case& record, const QString& what)
{
    Status saved = workflow().saveDetails(record, what);
    if (saved)
        emit casesChanged();
    return saved;
}

void Session::notifyCasesChanged()
{
    emit casesChanged();
}

void Session::notifyReferenceDataChanged()
{
    emit referenceDataChanged();
}

Result<DeadlineRefresh> Session::changeDeadlineRules(const QString& reason,
                                                     const std::function<Status()>& change)
{
    if (Status allowed = requireAdministrator(
            QCoreApplication::translate("Session", "the calendar or timescales"));
        !allowed)
        return Error{allowed.error()};
    auto refreshed = DeadlineRefresh::afterChange(*m_database, m_actor, reason, change);
    if (!refreshed)
        return refreshed;
    if (Status reloaded = reloadRules(); !reloaded)
        return Error{reloaded.error()};
    emit casesChanged();
    return refreshed;
}

Status Session::reloadRules()
{
    Status loaded = loadRules();
    if (loaded)
        emit rulesChanged();
    return loaded;
}

} // namespace redress

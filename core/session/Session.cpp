#include "Session.h"

#include "import/ImportBatches.h"
#include "intake/ComplaintLookup.h"
#include "intake/PeopleDirectory.h"
#include "reporting/ReportEngine.h"
#include "storage/AuditLog.h"
#include "storage/CaseQuery.h"
#include "storage/CaseRepository.h"
#include "storage/ReferenceData.h"
#include "util/Clock.h"

namespace redress {

QString Session::operatingSystemAccount()
{
    // Windows names the signed-in account USERNAME; POSIX systems USER (LOGNAME for
    // programs started without a login shell). Read once, here, for every program.
#ifdef Q_OS_WIN
    const QString name = qEnvironmentVariable("USERNAME");
#else
    const QString name = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME"));
#endif
    return name.trimmed().isEmpty() ? QStringLiteral("unknown") : name.trimmed();
}

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
    if (Status loaded = session->loadRules(); !loaded)
        return Error{loaded.error()};
    return session;
}

Status Session::loadRules()
{
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
    return CaseRepository(*m_database);
}

ReferenceData Session::referenceData()
{
    return ReferenceData(*m_database, m_actor);
}

PeopleDirectory Session::people()
{
    return PeopleDirectory(*m_database);
}

ComplaintLookup Session::complaints()
{
    return ComplaintLookup(*m_database);
}

AuditLog Session::auditLog()
{
    return AuditLog(*m_database);
}

import::ImportBatches Session::importBatches(){return import::ImportBatches(*m_database);
} // namespace redress

ReportEngine Session::reports()
{
    return ReportEngine(*m_database);
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

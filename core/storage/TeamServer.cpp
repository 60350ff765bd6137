#include "TeamServer.h"

#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace redress {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("TeamServer", text);
}

Status run(Database& database, const QStringList& statements)
{
    for (const QString& statement : statements)
        if (auto done = sql::exec(database.sql(), statement); !done)
            return Error{done.error()};
    return {};
}

// The roles, made only when missing so that setup can be run again.
const char* createRoles = R"(DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'redress_owner') THEN
        CREATE ROLE redress_owner NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'redress_officer') THEN
        CREATE ROLE redress_officer NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'redress_lead') THEN
        CREATE ROLE redress_lead NOLOGIN IN ROLE redress_officer;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'redress_admin') THEN
        CREATE ROLE redress_admin NOLOGIN IN ROLE redress_lead;
    END IF;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO redress_officer', current_database());
    EXECUTE format('GRANT redress_owner TO %I', current_user);
END
$$)";

// Tables and Redress's functions made by the DBA's own login before setup go to the owner.
const char* handOver = R"(DO $$
DECLARE
    item RECORD;
BEGIN
    FOR item IN SELECT tablename FROM pg_tables
                WHERE schemaname = 'public' AND tableowner <> 'redress_owner'
                AND tablename IN (%1) LOOP
        EXECUTE format('ALTER TABLE public.%I OWNER TO redress_owner', item.tablename);
    END LOOP;
    FOR item IN SELECT p.oid::regprocedure AS signature FROM pg_proc p
                JOIN pg_namespace n ON n.oid = p.pronamespace
                WHERE n.nspname = 'public' AND p.proname LIKE 'redress\_%' LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO redress_owner', item.signature);
    END LOOP;
    -- The report views must belong to the tables' owner to count restricted cases.
    FOR item IN SELECT viewname FROM pg_views
                WHERE schemaname = 'public' AND viewowner <> 'redress_owner'
                AND viewname LIKE 'report\_%' LOOP
        EXECUTE format('ALTER VIEW public.%I OWNER TO redress_owner', item.viewname);
    END LOOP;
END
$$)";

} // namespace

QString TeamServer::groupRole(const QString& role)
{
    if (role == u"officer" || role == u"lead" || role == u"admin")
        return QStringLiteral("redress_") + role;
    return {};
}

QStringList TeamServer::caseTables()
{
    return {QStringLiteral("person"),
            QStringLiteral("child"),
            QStringLiteral("import_batch"),
            QStringLiteral("cases"),
            QStringLiteral("case_child"),
            QStringLiteral("stage"),
            QStringLiteral("suspension"),
            QStringLiteral("complaint_point"),
            QStringLiteral("point_finding"),
            QStringLiteral("remedy"),
            QStringLiteral("learning_action"),
            QStringLiteral("staff_named"),
            QStringLiteral("cost"),
            QStringLiteral("case_link"),
            QStringLiteral("import_added_stage"),
            QStringLiteral("reopening"),
            QStringLiteral("ombudsman_decision"),
            QStringLiteral("ombudsman_recommendation"),
            QStringLiteral("note"),
            QStringLiteral("case_search"),
            QStringLiteral("reference_counter"),
            QStringLiteral("attachment")};
}

QStringList TeamServer::referenceTables()
{
    return {QStringLiteral("org_unit"),
            QStringLiteral("taxonomy_term"),
            QStringLiteral("app_user"),
            QStringLiteral("procedure_profile"),
            QStringLiteral("calendar_day"),
            QStringLiteral("year_context"),
            QStringLiteral("retention_rule"),
            QStringLiteral("attachment_setting"),
            QStringLiteral("letter_template"),
            QStringLiteral("report_setting"),
            QStringLiteral("service_year_context"),
            QStringLiteral("case_kind"),
            QStringLiteral("year_ombudsman_national")};
}

Status TeamServer::setup(const DatabaseLocation& location)
{
    if (location.isSqlite())
        return fail(tr("\"server setup\" is for a PostgreSQL database (--db-url); a database "
                       "file needs no setting up"));
    auto opened = Database::openUnmigrated(location);
    if (!opened)
        return Error{opened.error()};
    Database& database = *opened.value();
    const auto failed = [&](const QString& step, const QString& error) {
        return fail(tr("Setting up %1 failed while %2: %3. Run it as a database administrator "
                       "(a superuser, or the database's owner with CREATEROLE).")
                        .arg(location.describe(), step, error));
    };
    if (Status s = run(database, {QString::fromLatin1(createRoles),
                                  QStringLiteral("GRANT USAGE, CREATE ON SCHEMA public TO "
                                                 "redress_owner"),
                                  QStringLiteral("GRANT USAGE ON SCHEMA public TO "
                                                 "redress_officer")});
        !s)
        return failed(tr("creating the roles"), s.error());
    // Only Redress's own tables (constant names), never another program's in the database.
    QStringList ours =
        caseTables() + referenceTables() +
        QStringList{QStringLiteral("meta"), QStringLiteral("audit_entry"),
                    QStringLiteral("case_restriction"), QStringLiteral("user_last_looked")};
    ours << QStringLiteral("code_assessment") << QStringLiteral("code_assessment_response");
    for (QString& table : ours)
        table = u'\'' + table + u'\'';
    if (Status s = run(database, {QString::fromLatin1(handOver).arg(ours.join(u','))}); !s)
        return failed(tr("handing the tables to the owner role"), s.error());

    // The schema is made (or upgraded) as the owner, so no person's login owns a table.
    if (Status s = run(database, {QStringLiteral("SET ROLE redress_owner")}); !s)
        return failed(tr("acting as the owner role"), s.error());
    auto version = database.schemaVersion();
    if (!version)
        return Error{version.error()};
    if (version.value() > Schema::latestVersion())
        return fail(tr("%1 was written by a newer version of Redress; set it up with that "
                       "version. Nothing was changed.")
                        .arg(location.describe()));
    if (Status migrated = Schema::migrate(database); !migrated)
        return failed(tr("creating the schema"), migrated.error());

    const QString cases = caseTables().join(QStringLiteral(", "));
    const QString reference = referenceTables().join(QStringLiteral(", "));
    Status granted =
        run(database,
            {QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC"),
             QStringLiteral("REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM redress_officer, "
                            "redress_lead, redress_admin"),
             QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO redress_officer"),
             QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO "
                            "redress_officer"),
             QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO redress_officer").arg(cases),
             QStringLiteral("GRANT INSERT ON audit_entry TO redress_officer"),
             // Each login's own row only (row-level security, 0014_last_looked).
             QStringLiteral("GRANT INSERT, UPDATE ON user_last_looked TO redress_officer"),
             // Who may see a restricted case is a lead's or an administrator's to say.
             QStringLiteral("GRANT INSERT, DELETE ON case_restriction TO redress_lead"),
             // The Complaint Handling Code self-assessment is the complaints manager's.
             QStringLiteral("GRANT INSERT, UPDATE, DELETE ON code_assessment, "
                            "code_assessment_response TO redress_lead"),
             QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO redress_admin").arg(reference),
             // Blanking the audit entries of anonymised or deleted cases (AuditLog::redactCases)
             QStringLiteral("GRANT EXECUTE ON FUNCTION redress_redact_audit(BIGINT[], TIMESTAMPTZ, "
                            "TEXT) TO redress_admin"),
             // Retention of the cases restricted from an administrator (schema 28)
             QStringLiteral("GRANT EXECUTE ON FUNCTION redress_hidden_cases_past_retention(), "
                            "redress_retention_for_hidden_case(BIGINT, BIGINT[], TEXT) TO "
                            "redress_admin"),
             QStringLiteral("RESET ROLE")});
    if (!granted)
        return failed(tr("granting the groups their rights"), granted.error());
    return {};
}

Status TeamServer::addUser(Database& database, const QString& name, const QString& role,
                           const QString& displayName, const QString& password)
{
    if (database.isSqlite())
        return fail(tr("\"users add\" creates a login on a PostgreSQL server (--db-url)"));
    static const QRegularExpression valid(QStringLiteral("^[a-z][a-z0-9._-]{0,62}$"));
    if (!valid.match(name).hasMatch())
        return fail(tr("\"%1\" cannot be a login name: use lower-case letters, digits, dots, "
                       "hyphens and underscores, starting with a letter")
                        .arg(name));
    const QString group = groupRole(role);
    if (group.isEmpty())
        return fail(tr("\"%1\" is not a role: give officer, lead or admin").arg(role));
    auto exists = sql::scalar(
        database.sql(), QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = ?"), {name});
    if (!exists)
        return Error{exists.error()};
    if (exists->toLongLong() > 0)
        return fail(
            tr("There is already a login %1 on this server; nothing was changed").arg(name));
    return database.transaction([&]() -> Status {
        // The server quotes the name and password itself (format %I and %L).
        auto statement =
            password.isEmpty()
                ? sql::scalar(database.sql(),
                              QStringLiteral("SELECT format('CREATE ROLE %I LOGIN IN ROLE %I', "
                                             "?::text, ?::text)"),
                              {name, group})
                : sql::scalar(database.sql(),
                              QStringLiteral("SELECT format('CREATE ROLE %I LOGIN PASSWORD %L IN "
                                             "ROLE %I', ?::text, ?::text, ?::text)"),
                              {name, password, group});
        if (!statement)
            return Error{statement.error()};
        if (auto created = sql::exec(database.sql(), statement->toString()); !created) {
            // The refused statement is quoted in the error: the password must not be.
            QString error = created.error();
            if (!password.isEmpty()) {
                error.replace(QString(password).replace(u'\'', QStringLiteral("''")),
                              QStringLiteral("..."));
                error.replace(password, QStringLiteral("..."));
            }
            return fail(tr("Creating the login %1 failed: %2").arg(name, error));
        }
        auto listed = sql::exec(
            database.sql(),
            QStringLiteral("INSERT INTO app_user (username, display_name, role) VALUES (?, ?, ?) "
                           "ON CONFLICT (username) DO UPDATE SET role = EXCLUDED.role"),
            {name, displayName.isEmpty() ? name : displayName, role});
        return listed ? Status{} : Status{Error{listed.error()}};
    });
}

} // namespace redress

#include "CliRun.h"
#include "TeamServer.h"
#include "TestSupport.h"
#include "export/CaseExporter.h"
#include "intake/ComplaintLookup.h"
#include "intake/PeopleDirectory.h"
#include "privacy/CaseRestriction.h"
#include "privacy/Retention.h"
#include "reporting/Report.h"
#include "reporting/ReportEngine.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"
#include "storage/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace redress;
using namespace redress::test;

// A case restricted to named people: a lead restricts it to one officer; another officer
// cannot find it anywhere (queue, search, export, the command line), while the report counts
// stay whole. On SQLite the application is the only guard; on a PostgreSQL team server the
// server hides it too, from any SELECT the other officer's login makes.
class TestRestrictedCases : public QObject
{
    Q_OBJECT

private:
    struct Setup
    {
        std::unique_ptr<TestDatabase> holder;
        Case restricted;
        Case open;
        QJsonArray reportBefore; // the annual report's tables before the restriction
    };
    std::unique_ptr<FixedToday> m_today;
    Setup m_sqlite;
    Setup m_postgres;
    QString m_lead;
    QString m_named;
    QString m_other;
    QString m_admin;

    Setup& setupOf(Backend backend) { return backend == Backend::Sqlite ? m_sqlite : m_postgres; }

    DatabaseLocation locationAs(Backend backend, const QString& login)
    {
        const DatabaseLocation location = setupOf(backend).holder->location();
        return backend == Backend::Postgres ? signedInAs(location, login) : location;
    }

    // A connection signed in as `login` (its own server login on PostgreSQL), with a session.
    struct SignedIn
    {
        std::unique_ptr<Database> database;
        std::unique_ptr<Session> session;
    };
    SignedIn signIn(Backend backend, const QString& login)
    {
        SignedIn result;
        auto opened = Database::open(locationAs(backend, login), Database::Mode::MustExist);
        if (!opened) {
            QTest::qFail(qPrintable(opened.error()), __FILE__, __LINE__);
            return result;
        }
        result.database = std::move(opened.value());
        result.session = sessionOn(*result.database, login);
        return result;
    }

    static QJsonArray annualTables(Session& session)
    {
        auto report = session.reports().annual(2020);
        if (!report) {
            QTest::qFail(qPrintable(report.error()), __FILE__, __LINE__);
            return {};
        }
        // The tables every role sees; an officer has no staff table (TestReportStaffNamed).
        QJsonArray tables;
        for (const QJsonValue& table : report->toJson().value(QStringLiteral("tables")).toArray())
            if (!ReportEngine::leadTableIds().contains(table.toObject().value(u"id").toString()))
                tables.append(table);
        return tables;
    }

    void prepare(Backend backend)
    {
        Setup& setup = setupOf(backend);
        setup.holder = TestDatabase::create(backend);
        QVERIFY(setup.holder);
        QVERIFY(setup.holder->open());
        const QList<TeamLogin> people{{m_lead, QStringLiteral("lead")},
                                      {m_named, QStringLiteral("officer")},
                                      {m_other, QStringLiteral("officer")},
                                      {m_admin, QStringLiteral("admin")}};
        if (backend == Backend::Postgres) {
            const Status setUp = setUpTeamServer(setup.holder->location(), people);
            QVERIFY2(setUp, qPrintable(setUp.error()));
        } else {
            auto db = setup.holder->open();
            for (const TeamLogin& person : people)
                QVERIFY(sql::exec(db->sql(),
                                  QStringLiteral("INSERT INTO app_user (username, display_name, "
                                                 "role) VALUES (?, ?, ?)"),
                                  {person.login, person.login, person.role}));
        }
        SignedIn lead = signIn(backend, m_lead);
        QVERIFY(lead.session);
        QCOMPARE(lead.session->role(), Session::Role::Lead);
        setup.restricted = loggedComplaint(*lead.session, QDate(2021, 1, 11), QDate(2021, 1, 12));
        // What the complainant told the council: counted in the equality table, never shown.
        setup.restricted.complainant.ageBand = QStringLiteral("35-44");
        setup.restricted.complainant.ethnicity = QStringLiteral("Irish Traveller");
        setup.restricted.complainant.disability = QStringLiteral("Yes");
        setup.restricted.notes.append(
            Note{0, QDateTime::currentDateTimeUtc(), m_lead, QStringLiteral("Sensitive note")});
        QVERIFY(lead.session->saveDetails(setup.restricted, QStringLiteral("note")));
        setup.open = loggedComplaint(*lead.session, QDate(2021, 1, 18));
        QVERIFY(setup.restricted.id != 0 && setup.open.id != 0);
        setup.reportBefore = annualTables(*lead.session);
        const Status restricted =
            CaseRestriction(*lead.session).restrictTo(setup.restricted, {m_named});
        QVERIFY2(restricted, qPrintable(restricted.error()));
    }

    void addRows()
    {
        QTest::addColumn<Backend>("backend");
        QTest::newRow("sqlite") << Backend::Sqlite;
        QTest::newRow("postgresql") << Backend::Postgres;
    }

    // Skips the PostgreSQL row when there is no server.
    bool ready(Backend backend) { return setupOf(backend).holder != nullptr; }

private slots:
    void initTestCase()
    {
        m_today = std::make_unique<FixedToday>(QDate(2021, 2, 1));
        const QString suffix = QString::number(QRandomGenerator::global()->bounded(1000000));
        m_lead = QStringLiteral("lead.") + suffix;
        m_named = QStringLiteral("named.") + suffix;
        m_other = QStringLiteral("other.") + suffix;
        m_admin = QStringLiteral("admin.") + suffix;
        prepare(Backend::Sqlite);
        if (qEnvironmentVariableIsSet("REDRESS_TEST_POSTGRES_URL"))
            prepare(Backend::Postgres);
    }

    void theLeadIsAlwaysNamedAndTheTrailSaysSo_data() { addRows(); }
    void theLeadIsAlwaysNamedAndTheTrailSaysSo()
    {
        QFETCH(Backend, backend);
        if (!ready(backend))
            QSKIP("no PostgreSQL server");
        SignedIn named = signIn(backend, m_named);
        QVERIFY(named.session);
        const Setup& setup = setupOf(backend);
        auto people = CaseRestriction(*named.session).peopleFor(setup.restricted.id);
        QVERIFY2(people, qPrintable(people.error()));
        QStringList expected{m_lead, m_named};
        expected.sort();
        QCOMPARE(people.value(), expected);
        auto entries = named.session->auditLog().entriesForCase(setup.restricted.id);
        QVERIFY(entries);
        QCOMPARE(entries->constLast().action, QStringLiteral("restrict"));
        QCOMPARE(entries->constLast().actor, m_lead);
        QCOMPARE(entries->constLast().after.value(QStringLiteral("restricted_to")).toArray().size(),
                 2);
    }

    void anotherOfficerCannotFindIt_data() { addRows(); }
    void anotherOfficerCannotFindIt()
    {
        QFETCH(Backend, backend);
        if (!ready(backend))
            QSKIP("no PostgreSQL server");
        const Setup& setup = setupOf(backend);
        for (const QString& login : {m_other, m_named}) {
            const bool sees = login == m_named;
            SignedIn who = signIn(backend, login);
            QVERIFY(who.session);
            CaseRepository cases = who.session->cases();
            QList<qint64> listed;
            for (const CaseSummary& row : cases.list({}).value())
                listed << row.id;
            QCOMPARE(listed.contains(setup.restricted.id), sees);
            QVERIFY(listed.contains(setup.open.id));
            QCOMPARE(cases.count({}).value(), sees ? 2 : 1);
            CaseFilter search;
            search.search = setup.restricted.reference;
            QCOMPARE(cases.list(search)->size(), sees ? 1 : 0);
            search.search = QStringLiteral("Jordan");
            QCOMPARE(cases.list(search)->size(), sees ? 2 : 1);
            QCOMPARE(bool(cases.loadByReference(setup.restricted.reference)), sees);
            QCOMPARE(bool(cases.load(setup.restricted.id)), sees);
            QCOMPARE(cases.listByIds({setup.restricted.id, setup.open.id})->size(), sees ? 2 : 1);
            // Nor among the complainants or complaints offered when logging a new case.
            auto people = who.session->people().find(QStringLiteral("Jordan"));
            QVERIFY2(people, qPrintable(people.error()));
            QCOMPARE(people->size(), sees ? 2 : 1);
            QCOMPARE(bool(who.session->complaints().byReference(setup.restricted.reference)), sees);
            QCOMPARE(who.session->complaints().find(setup.restricted.reference)->size(),
                     sees ? 1 : 0);
            auto exported = exporting::CaseExporter(*who.database, login).rows({}, {});
            QVERIFY2(exported, qPrintable(exported.error()));
            QCOMPARE(exported->size() - 1, sees ? 2 : 1); // less the heading
        }
    }

    // From the command line, as someone not named (on SQLite, the operating-system account).
    void theCommandLineLeavesItOut_data() { addRows(); }
    void theCommandLineLeavesItOut()
    {
        QFETCH(Backend, backend);
        if (!ready(backend))
            QSKIP("no PostgreSQL server");
        const Setup& setup = setupOf(backend);
        const QStringList db = databaseArguments(locationAs(backend, m_other));
        const CliRun listed =
            runCli(db + QStringList{QStringLiteral("cases"), QStringLiteral("list")});
        QCOMPARE(listed.code, 0);
        QVERIFY(listed.out.contains(setup.open.reference));
        QVERIFY2(!listed.out.contains(setup.restricted.reference), qPrintable(listed.out));
        const CliRun shown = runCli(db + QStringList{QStringLiteral("case"), QStringLiteral("show"),
                                                     setup.restricted.reference});
        QCOMPARE(shown.code, 1);
        QVERIFY2(shown.err.contains(QStringLiteral("There is no case")), qPrintable(shown.err));
        QVERIFY(!shown.out.contains(QStringLiteral("Jordan")));
        // Nor can they lift it.
        const CliRun lifted =
            runCli(db + QStringList{QStringLiteral("case"), QStringLiteral("restrict"),
                                    setup.restricted.reference, QStringLiteral("--lift")});
        QCOMPARE(lifted.code, 1);
    }

    void theReportStillCountsIt_data() { addRows(); }
    void theReportStillCountsIt()
    {
        QFETCH(Backend, backend);
        if (!ready(backend))
            QSKIP("no PostgreSQL server");
        const Setup& setup = setupOf(backend);
        QVERIFY(!setup.reportBefore.isEmpty());
        for (const QString& login : {m_other, m_named, m_lead}) {
            SignedIn who = signIn(backend, login);
            QVERIFY(who.session);
            QVERIFY2(annualTables(*who.session) == setup.reportBefore, qPrintable(login));
        }
    }

    // The equality figures count the complainant by what they told the council, whoever
    // runs the report, as every other table counts the case (on a team server the person is
    // hidden from a login the case is not open to, and was counted as not recorded).
    void theEqualityTableCountsItForEveryone_data() { addRows(); }
    void theEqualityTableCountsItForEveryone()
    {
        QFETCH(Backend, backend);
        if (!ready(backend))
            QSKIP("no PostgreSQL server");
        for (const QString& login : {m_other, m_named}) {
            SignedIn who = signIn(backend, login);
            QVERIFY(who.session);
            auto table = who.session->reports().table(QStringLiteral("equality"),
                                                      ReportScope(Period::financialYear(2020)));
            QVERIFY2(table, qPrintable(table.error()));
            for (const char* row : {"age_band:35-44", "ethnicity:Irish Traveller", "disability:Yes",
                                    "ethnicity:not_recorded"})
                QVERIFY2(table->cell(QString::fromLatin1(row), u"count").toLongLong() == 1,
                         qPrintable(login + u' ' + QString::fromLatin1(row)));
            QCOMPARE(table->cell(QStringLiteral("ethnicity:total"), u"count").toLongLong(), 2);
        }
    }

    // The overdue list names cases: a restricted one only for whoever it is open to, and its
    // total counts what it lists (on SQLite the command line runs as the computer's account,
    // which is not named).
    void theOverdueListShowsWhatTheLoginMaySee_data() { addRows(); }
    void theOverdueListShowsWhatTheLoginMaySee()
    {
        QFETCH(Backend, backend);
        if (!ready(backend))
            QSKIP("no PostgreSQL server");
        const Setup& setup = setupOf(backend);
        QStringList logins{m_other};
        if (backend == Backend::Postgres)
            logins << m_named;
        for (const QString& login : std::as_const(logins)) {
            const bool sees = login == m_named;
            const CliRun overdue =
                runCli(databaseArguments(locationAs(backend, login)) +
                       QStringList{QStringLiteral("report"), QStringLiteral("quarterly"),
                                   QStringLiteral("--year"), QStringLiteral("2020/21"),
                                   QStringLiteral("--quarter"), QStringLiteral("4"),
                                   QStringLiteral("--table"), QStringLiteral("overdue"),
                                   QStringLiteral("--format"), QStringLiteral("json")});
            QVERIFY2(overdue.code == 0, qPrintable(overdue.err));
            QVERIFY2(overdue.out.contains(setup.open.reference), qPrintable(overdue.out));
            QVERIFY2(overdue.out.contains(setup.restricted.reference) == sees,
                     qPrintable(login + u'\n' + overdue.out));
            QJsonObject table = QJsonDocument::fromJson(overdue.out.toUtf8()).object();
            if (table.contains(u"tables"))
                table = table.value(u"tables").toArray().first().toObject();
            int total = -1;
            for (const QJsonValue& row : table.value(u"rows").toArray())
                if (row.toObject().value(u"key").toString() == u"total")
                    total = row.toObject().value(u"cells").toObject().value(u"cases").toInt();
            QCOMPARE(total, sees ? 2 : 1);
        }
    }

    // Retention applied by an administrator the restricted case is hidden from: the
    // complainant the two cases share keeps their details on the restricted case (on a team
    // server the kept case was not counted, and the person's name and contact details went).
    void retentionKeepsAPersonTheRestrictedCaseStillNames_data() { addRows(); }
    void retentionKeepsAPersonTheRestrictedCaseStillNames()
    {
        QFETCH(Backend, backend);
        if (!ready(backend))
            QSKIP("no PostgreSQL server");
        const Setup& setup = setupOf(backend);
        SignedIn named = signIn(backend, m_named);
        QVERIFY(named.session);
        auto restricted = named.session->cases().load(setup.restricted.id);
        QVERIFY(restricted);
        const Person shared = restricted->complainant;
        QVERIFY(!shared.fullName.isEmpty());
        Case old = closedCase(*named.session, CaseKind::Complaint, QDate(2014, 5, 1),
                              QStringLiteral("Okapi"));
        QVERIFY(old.id != 0);
        old.complainant = shared;
        QVERIFY(named.session->saveDetails(old, QStringLiteral("complainant")));

        SignedIn admin = signIn(backend, m_admin);
        QVERIFY(admin.session);
        auto done = Retention(*admin.session).apply({old.id});
        QVERIFY2(done, qPrintable(done ? QString() : done.error()));
        QCOMPARE(done->total(), 1);
        QCOMPARE(admin.session->cases().load(old.id)->complainant.fullName, QString());
        auto still = named.session->cases().load(setup.restricted.id);
        QVERIFY(still);
        QCOMPARE(still->complainant.fullName, shared.fullName);
        QCOMPARE(still->complainant.email, shared.email);
    }

    void onlyALeadRestricts_data() { addRows(); }
    void onlyALeadRestricts()
    {
        QFETCH(Backend, backend);
        if (!ready(backend))
            QSKIP("no PostgreSQL server");
        const Setup& setup = setupOf(backend);
        SignedIn officer = signIn(backend, m_other);
        QVERIFY(officer.session);
        const Status refused = CaseRestriction(*officer.session).restrictTo(setup.open, {m_other});
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("Only a lead officer")),
                 qPrintable(refused.error()));
        SignedIn lead = signIn(backend, m_lead);
        const Status unknown =
            CaseRestriction(*lead.session).restrictTo(setup.open, {QStringLiteral("nobody")});
        QVERIFY(!unknown);
        QVERIFY2(unknown.error().contains(QStringLiteral("nobody is not a current user")),
                 qPrintable(unknown.error()));
        QCOMPARE(CaseRestriction(*lead.session).peopleFor(setup.open.id)->size(), 0);
    }

    // The server's own guard: the other officer's login, in plain SQL, sees nothing of the
    // restricted case, and cannot write a restriction of its own.
    void theServerHidesItFromAnotherLogin_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<int>("forOther");
        QTest::addColumn<int>("forNamed");
        const auto row = [](const char* name, const char* statement, int other, int named) {
            QTest::newRow(name) << QString::fromLatin1(statement) << other << named;
        };
        row("case", "SELECT COUNT(*) FROM cases WHERE id = %1", 0, 1);
        row("complainant", "SELECT COUNT(*) FROM person WHERE id = %2", 0, 1);
        row("stage", "SELECT COUNT(*) FROM stage WHERE case_id = %1", 0, 1);
        row("points", "SELECT COUNT(*) FROM complaint_point WHERE case_id = %1", 0, 1);
        row("notes", "SELECT COUNT(*) FROM note WHERE case_id = %1", 0, 1);
        row("search", "SELECT COUNT(*) FROM case_search WHERE case_id = %1", 0, 1);
        // The queue's search runs with the owner's rights (0023), and still leaves it out.
        row("search function",
            "SELECT COUNT(*) FROM redress_search_cases(to_tsquery('simple', 'jordan:*')) "
            "AS found (id) WHERE found.id = %1",
            0, 1);
        row("who may see it", "SELECT COUNT(*) FROM case_restriction WHERE case_id = %1", 0, 2);
        row("audit trail", "SELECT LEAST(COUNT(*), 1) FROM audit_entry WHERE case_id = %1", 0, 1);
        // The report's view counts it for everyone, and holds no name to show.
        row("report view", "SELECT COUNT(*) FROM report_cases WHERE id = %1", 1, 1);
    }
    void theServerHidesItFromAnotherLogin()
    {
        if (!m_postgres.holder)
            QSKIP("no PostgreSQL server");
        QFETCH(QString, statement);
        QFETCH(int, forOther);
        QFETCH(int, forNamed);
        const QString text =
            statement.arg(m_postgres.restricted.id).arg(m_postgres.restricted.complainant.id);
        for (const QString& login : {m_other, m_named}) {
            auto db =
                Database::open(locationAs(Backend::Postgres, login), Database::Mode::MustExist);
            QVERIFY2(db, qPrintable(db.error()));
            auto count = sql::scalar(db.value()->sql(), text);
            QVERIFY2(count, qPrintable(count.error()));
            QCOMPARE(count->toInt(), login == m_named ? forNamed : forOther);
        }
        auto other =
            Database::open(locationAs(Backend::Postgres, m_other), Database::Mode::MustExist);
        auto inserted = sql::exec(
            other.value()->sql(),
            QStringLiteral("INSERT INTO case_restriction (case_id, username) VALUES (%1, '%2')")
                .arg(m_postgres.open.id)
                .arg(m_other));
        QVERIFY(!inserted);
        QVERIFY2(inserted.error().contains(QStringLiteral("permission denied")),
                 qPrintable(inserted.error()));
    }

    // The other officer's entries chain on from the restricted case's, which that login
    // cannot read, and everyone's check still follows the chain through them.
    void theChainRunsThroughWhatAnOfficerCannotSee_data() { addRows(); }
    void theChainRunsThroughWhatAnOfficerCannotSee()
    {
        QFETCH(Backend, backend);
        if (!ready(backend))
            QSKIP("no PostgreSQL server");
        const Setup& setup = setupOf(backend);
        SignedIn lead = signIn(backend, m_lead);
        QVERIFY(lead.session);
        // The restricted case's entry is the newest when the other officer appends.
        QVERIFY(CaseRestriction(*lead.session).restrictTo(setup.restricted, {m_named}));
        SignedIn other = signIn(backend, m_other);
        QVERIFY(other.session);
        loggedComplaint(*other.session, QDate(2021, 2, 1));
        for (const QString& login : {m_other, m_named, m_lead}) {
            SignedIn checker = signIn(backend, login);
            auto broken = AuditLog(*checker.database).verifyChain();
            QVERIFY2(broken, qPrintable(broken.error()));
            QVERIFY2(!broken->has_value(), qPrintable(broken->value_or(BrokenLink{}).reason));
        }
    }

    // Lifted, everyone sees it again, and the trail says who lifted it.
    void liftingShowsItToEveryone_data() { addRows(); }
    void liftingShowsItToEveryone()
    {
        QFETCH(Backend, backend);
        if (!ready(backend))
            QSKIP("no PostgreSQL server");
        const Setup& setup = setupOf(backend);
        SignedIn lead = signIn(backend, m_lead);
        QVERIFY(lead.session);
        QVERIFY(CaseRestriction(*lead.session).lift(setup.restricted));
        SignedIn other = signIn(backend, m_other);
        QVERIFY(other.session->cases().load(setup.restricted.id));
        auto entries = other.session->auditLog().entriesForCase(setup.restricted.id);
        QCOMPARE(entries->constLast().action, QStringLiteral("lift_restriction"));
        // Restricted again for any test that runs after this one.
        QVERIFY(CaseRestriction(*lead.session).restrictTo(setup.restricted, {m_named}));
    }

    void cleanupTestCase()
    {
        m_today.reset();
        m_sqlite.holder.reset();
        if (!m_postgres.holder)
            return;
        DatabaseLocation server = m_postgres.holder->location();
        m_postgres.holder.reset(); // drops the database, so the logins own and hold nothing
        server.databaseName = QStringLiteral("postgres");
        auto db = Database::openUnmigrated(server);
        if (!db)
            return;
        for (const QString& login : {m_lead, m_named, m_other})
            (void)sql::exec(db.value()->sql(),
                            QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(login));
    }
};

QTEST_GUILESS_MAIN(TestRestrictedCases)
#include "TestRestrictedCases.moc"

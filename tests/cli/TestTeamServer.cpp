#include "CliRun.h"
#include "TeamServer.h"
#include "TestSupport.h"
#include "attachments/Attachments.h"
#include "letters/LetterTemplates.h"
#include "letters/OdtPackage.h"
#include "privacy/Retention.h"
#include "reporting/CodeReportAssessment.h"
#include "storage/AuditLog.h"
#include "storage/ReferenceData.h"
#include "storage/Sql.h"

#include <QRandomGenerator>
#include <QTest>

using namespace redress;
using namespace redress::test;

// A team's PostgreSQL server set up by "server setup" and "users add": the server itself
// refuses what a person's role may not do, whatever program they connect with.
class TestTeamServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_holder;
    QString m_officer;
    QString m_admin;

    DatabaseLocation signedInAs(const QString& login) const
    {
        return test::signedInAs(m_holder->location(), login);
    }

    static Status statusOf(const Result<QSqlQuery>& result)
    {
        return result ? Status{} : Status{Error{result.error()}};
    }

private slots:
    void initTestCase()
    {
        m_holder = TestDatabase::create(Backend::Postgres);
        if (!m_holder)
            return;
        const QString suffix = QString::number(QRandomGenerator::global()->bounded(1000000));
        m_officer = QStringLiteral("officer.") + suffix;
        m_admin = QStringLiteral("admin.") + suffix;
        // Made first with the DBA's own login, as "init" did before a team was set up:
        // setup hands the tables over to the owner role.
        QVERIFY(m_holder->open());
        // Passwords given as the DBA would give them, never on the command line.
        qputenv("REDRESS_NEW_PASSWORD", "not-on-the-command-line");
        const Status setUp = setUpTeamServer(
            m_holder->location(),
            {{m_officer, QStringLiteral("officer")}, {m_admin, QStringLiteral("admin")}}, {});
        qunsetenv("REDRESS_NEW_PASSWORD");
        QVERIFY2(setUp, qPrintable(setUp.error()));
        const QStringList server = databaseArguments(m_holder->location());
        const CliRun again =
            runCli(server + QStringList{QStringLiteral("users"), QStringLiteral("add"), m_officer,
                                        QStringLiteral("--role"), QStringLiteral("officer"),
                                        QStringLiteral("--no-password")});
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains(QStringLiteral("already a login")), qPrintable(again.err));
    }

    void theTablesBelongToTheOwnerRole()
    {
        if (!m_holder)
            QSKIP("no PostgreSQL server");
        auto db = m_holder->open();
        QVERIFY(db);
        auto owners = sql::scalar(db->sql(),
                                  QStringLiteral("SELECT string_agg(DISTINCT tableowner, ',') FROM "
                                                 "pg_tables WHERE schemaname = 'public'"));
        QCOMPARE(owners->toString(), QStringLiteral("redress_owner"));
        auto functions = sql::scalar(
            db->sql(), QStringLiteral("SELECT string_agg(DISTINCT pg_get_userbyid(proowner), ',') "
                                      "FROM pg_proc WHERE proname LIKE 'redress\\_%'"));
        QCOMPARE(functions->toString(), QStringLiteral("redress_owner"));
    }

    // The kinds of feedback are reference data: an officer's login can neither add one from
    // the command line nor write the table around Redress; an administrator's can.
    void onlyAnAdministratorAddsAKind()
    {
        if (!m_holder)
            QSKIP("no PostgreSQL server");
        const QStringList add{QStringLiteral("kinds"), QStringLiteral("add"),
                              QStringLiteral("Representation"), QStringLiteral("--prefix"),
                              QStringLiteral("RP")};
        const CliRun refused = runCli(databaseArguments(signedInAs(m_officer)) + add);
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("Only an administrator")),
                 qPrintable(refused.err));
        auto officer = Database::open(signedInAs(m_officer), Database::Mode::MustExist);
        QVERIFY2(officer, qPrintable(officer.error()));
        const Status written = statusOf(
            sql::exec(officer.value()->sql(),
                      QStringLiteral("INSERT INTO case_kind (code, name, reference_prefix) VALUES "
                                     "('representation', 'Representation', 'RP')")));
        QVERIFY(!written);
        QVERIFY2(written.error().contains(QStringLiteral("permission denied")),
                 qPrintable(written.error()));
        const CliRun added = runCli(databaseArguments(signedInAs(m_admin)) + add);
        QVERIFY2(added.code == 0, qPrintable(added.err));
        auto kinds = sql::scalar(officer.value()->sql(),
                                 QStringLiteral("SELECT COUNT(*) FROM case_kind WHERE code = "
                                                "'representation'"));
        QVERIFY2(kinds, qPrintable(kinds.error()));
        QCOMPARE(kinds->toInt(), 1);
    }

    // Signed in as an officer: cases can be logged, and the trail records the login.
    void anOfficerLogsACaseUnderTheirOwnLogin()
    {
        if (!m_holder)
            QSKIP("no PostgreSQL server");
        auto db = Database::open(signedInAs(m_officer), Database::Mode::MustExist);
        QVERIFY2(db, qPrintable(db.error()));
        auto session = sessionOn(**db, QStringLiteral("the Ombudsman"));
        QVERIFY(session);
        QCOMPARE(session->actor(), m_officer);
        QCOMPARE(session->role(), Session::Role::Officer);
        FixedToday today(QDate(2021, 2, 1));
        const Case logged = loggedComplaint(*session, QDate(2021, 1, 11));
        QVERIFY(logged.id != 0);
        auto entries = session->auditLog().entriesForCase(logged.id);
        QVERIFY(entries);
        QCOMPARE(entries->constLast().actor, m_officer);
        // Even an entry that names someone else is written as the login. (Rolled back: an
        // entry written around Redress has no place in the chain, and check would say so.)
        QVERIFY(sql::exec(db.value()->sql(), QStringLiteral("BEGIN")));
        auto claimed = sql::exec(
            db.value()->sql(),
            QStringLiteral("INSERT INTO audit_entry (at, actor, action) VALUES "
                           "('2021-02-01T00:00:00Z', 'someone else', 'note') RETURNING actor"));
        QVERIFY2(claimed && claimed->next(), qPrintable(claimed.error()));
        QCOMPARE(claimed->value(0).toString(), m_officer);
        claimed->finish();
        QVERIFY(sql::exec(db.value()->sql(), QStringLiteral("ROLLBACK")));
    }

    // Officers keep files with cases; the size limit and the letter templates are an
    // administrator's, and the server refuses them to an officer who goes around Redress.
    void anOfficerAttachesFilesButNotTheSettings()
    {
        if (!m_holder)
            QSKIP("no PostgreSQL server");
        auto db = Database::open(signedInAs(m_officer), Database::Mode::MustExist);
        QVERIFY2(db, qPrintable(db.error()));
        auto session = sessionOn(**db);
        QVERIFY(session);
        FixedToday today(QDate(2021, 2, 1));
        const Case logged = loggedComplaint(*session, QDate(2021, 1, 11));
        auto added = session->attachments().add(logged.id, QStringLiteral("letter.eml"), "Dear");
        QVERIFY2(added, qPrintable(added.error()));
        QCOMPARE(added->addedBy, m_officer);
        QVERIFY(session->attachments().remove(added->id, QStringLiteral("Wrong case")));
        const Status limit = Attachments(**db, m_officer).setSizeLimit(10);
        QVERIFY2(!limit && limit.error().contains(u"permission denied"), qPrintable(limit.error()));
        QVERIFY(
            !letters::LetterTemplates(**db, m_officer)
                 .save(QStringLiteral("apology"), QStringLiteral("Apology"),
                       letters::OdtPackage::fromParagraphs({QStringLiteral("Sorry")}).toBytes()));

        auto admin = Database::open(signedInAs(m_admin), Database::Mode::MustExist);
        QVERIFY2(admin, qPrintable(admin.error()));
        auto adminSession = sessionOn(**admin);
        QVERIFY(adminSession);
        QVERIFY(adminSession->attachments().setSizeLimit(Attachments::defaultSizeLimit));
    }

    void anOfficerCannotRewriteTheTrail_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("update") << QStringLiteral("UPDATE audit_entry SET actor = 'x'")
                                << QStringLiteral("permission denied");
        QTest::newRow("delete") << QStringLiteral("DELETE FROM audit_entry")
                                << QStringLiteral("permission denied");
        QTest::newRow("truncate") << QStringLiteral("TRUNCATE audit_entry")
                                  << QStringLiteral("permission denied");
        QTest::newRow("disable trigger")
            << QStringLiteral("ALTER TABLE audit_entry DISABLE TRIGGER USER")
            << QStringLiteral("must be owner");
        QTest::newRow("drop trigger")
            << QStringLiteral("DROP TRIGGER audit_entry_no_change ON audit_entry")
            << QStringLiteral("must be owner");
        QTest::newRow("set role owner")
            << QStringLiteral("SET ROLE redress_owner") << QStringLiteral("permission denied");
        QTest::newRow("change reference data")
            << QStringLiteral("DELETE FROM calendar_day") << QStringLiteral("permission denied");
        QTest::newRow("redact the trail")
            << QStringLiteral("SELECT redress_redact_audit(ARRAY[1]::BIGINT[], now(), 'x')")
            << QStringLiteral("permission denied");
    }
    void anOfficerCannotRewriteTheTrail()
    {
        if (!m_holder)
            QSKIP("no PostgreSQL server");
        QFETCH(QString, statement);
        QFETCH(QString, refusal);
        auto db = Database::open(signedInAs(m_officer), Database::Mode::MustExist);
        QVERIFY2(db, qPrintable(db.error()));
        const Status refused = statusOf(sql::exec(db.value()->sql(), statement));
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(refusal), qPrintable(refused.error()));
    }

    // The calendar is an administrator's: the server refuses an officer's change, and allows
    // an administrator's.
    void onlyAnAdministratorChangesTheCalendar()
    {
        if (!m_holder)
            QSKIP("no PostgreSQL server");
        auto officer = Database::open(signedInAs(m_officer), Database::Mode::MustExist);
        QVERIFY(officer);
        const Status refused = ReferenceData(**officer, m_officer)
                                   .addBankHoliday(QDate(2021, 6, 7), QStringLiteral("Extra"));
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("permission denied")),
                 qPrintable(refused.error()));
        auto admin = Database::open(signedInAs(m_admin), Database::Mode::MustExist);
        QVERIFY(admin);
        QCOMPARE(sessionOn(**admin)->role(), Session::Role::Admin);
        auto officerSession = sessionOn(**officer);
        const auto byOfficer =
            officerSession->changeDeadlineRules(QStringLiteral("extra"), [] { return Status{}; });
        QVERIFY(!byOfficer);
        QVERIFY2(byOfficer.error().contains(QStringLiteral("Only an administrator")),
                 qPrintable(byOfficer.error()));
        const Status allowed = ReferenceData(**admin, m_admin)
                                   .addBankHoliday(QDate(2021, 6, 7), QStringLiteral("Extra"));
        QVERIFY2(allowed, qPrintable(allowed.error()));
        auto broken = AuditLog(**admin).verifyChain();
        QVERIFY2(broken, qPrintable(broken.error()));
        QVERIFY2(!broken->has_value(), qPrintable(broken->value_or(BrokenLink{}).reason));
    }

    // Reference data from the command line: the server's group decides; the officer's login
    // is refused and changes nothing, the administrator's is named in the trail.
    void onlyAnAdministratorAddsToAListFromTheCommandLine()
    {
        if (!m_holder)
            QSKIP("no PostgreSQL server");
        const QStringList add{QStringLiteral("lists"), QStringLiteral("add"),
                              QStringLiteral("outcome"), QStringLiteral("Advice given")};
        const CliRun refused = runCli(databaseArguments(signedInAs(m_officer)) + add);
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("Only an administrator")),
                 qPrintable(refused.err));
        const CliRun added = runCli(databaseArguments(signedInAs(m_admin)) + add);
        QVERIFY2(added.code == 0, qPrintable(added.err));
        auto admin = Database::open(signedInAs(m_admin), Database::Mode::MustExist);
        QVERIFY(admin);
        QStringList actors;
        for (const AuditEntry& entry : AuditLog(**admin).latest(50).value())
            if (entry.action == u"admin_term")
                actors << entry.actor;
        QCOMPARE(actors, QStringList{m_admin});
    }

    // Retention on the team server: refused to an officer by Redress and by the server, and
    // applied by an administrator through the redaction function, the chain whole after.
    void onlyAnAdministratorAppliesRetention()
    {
        if (!m_holder)
            QSKIP("no PostgreSQL server");
        auto officer = Database::open(signedInAs(m_officer), Database::Mode::MustExist);
        QVERIFY(officer);
        auto officerSession = sessionOn(**officer);
        QVERIFY(officerSession);
        const Case old = closedCase(*officerSession, CaseKind::Complaint, QDate(2012, 4, 2),
                                    QStringLiteral("Aardvark"));
        QVERIFY(old.id);
        FixedToday today(QDate(2021, 6, 1));
        const auto byOfficer = Retention(*officerSession).apply({old.id});
        QVERIFY(!byOfficer);
        QVERIFY2(byOfficer.error().contains(QStringLiteral("Only an administrator")),
                 qPrintable(byOfficer.error()));

        auto admin = Database::open(signedInAs(m_admin), Database::Mode::MustExist);
        QVERIFY(admin);
        auto adminSession = sessionOn(**admin);
        QVERIFY(adminSession);
        const auto done = Retention(*adminSession).apply({old.id});
        QVERIFY2(done, qPrintable(done ? QString() : done.error()));
        QCOMPARE(done->total(), 1);
        QVERIFY(done->auditEntriesRedacted >= 2);
        auto named = sql::scalar((*admin)->sql(),
                                 QStringLiteral("SELECT COUNT(*) FROM audit_entry WHERE "
                                                "before_state LIKE '%Aardvark%' OR after_state "
                                                "LIKE '%Aardvark%' OR detail LIKE '%Aardvark%'"));
        QCOMPARE(named->toInt(), 0);
        auto redaction = sql::scalar((*admin)->sql(),
                                     QStringLiteral("SELECT actor FROM audit_entry WHERE action "
                                                    "= 'redact_audit'"));
        QCOMPARE(redaction->toString(), m_admin);
        auto broken = AuditLog(**admin).verifyChain();
        QVERIFY2(broken, qPrintable(broken.error()));
        QVERIFY2(!broken->has_value(), qPrintable(broken->value_or(BrokenLink{}).reason));
    }

    // The Complaint Handling Code self-assessment: the server refuses an officer who goes
    // around Redress, lets a lead's group (an administrator is in it) save, and lets anyone
    // read.
    void onlyALeadOrAnAdministratorKeepsTheCodeAssessment()
    {
        if (!m_holder)
            QSKIP("no PostgreSQL server");
        CodeAssessment assessment;
        assessment.financialYear = 2026;
        assessment.answers.insert(QStringLiteral("scrutiny_member"),
                                  {CodeCompliance::Complies, QStringLiteral("Cllr Example")});
        auto officer = Database::open(signedInAs(m_officer), Database::Mode::MustExist);
        QVERIFY(officer);
        QVERIFY(!CodeAssessmentStore::forSession(*sessionOn(**officer)).canChange());
        const Status refused = CodeAssessmentStore(**officer, m_officer).save(assessment);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("permission denied")),
                 qPrintable(refused.error()));
        auto admin = Database::open(signedInAs(m_admin), Database::Mode::MustExist);
        QVERIFY(admin);
        const Status saved = CodeAssessmentStore::forSession(*sessionOn(**admin)).save(assessment);
        QVERIFY2(saved, qPrintable(saved.error()));
        auto read = CodeAssessmentStore(**officer, m_officer).load(2026);
        QVERIFY2(read, qPrintable(read.error()));
        QCOMPARE(read->answers, assessment.answers);
    }

    void cleanupTestCase()
    {
        if (!m_holder)
            return;
        DatabaseLocation server = m_holder->location();
        m_holder.reset(); // drops the database, so the logins own and hold nothing
        server.databaseName = QStringLiteral("postgres");
        auto db = Database::openUnmigrated(server);
        if (!db)
            return;
        for (const QString& login : {m_officer, m_admin})
            (void)sql::exec(db.value()->sql(),
                            QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(login));
    }
};

QTEST_GUILESS_MAIN(TestTeamServer)
#include "TestTeamServer.moc"

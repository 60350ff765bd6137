// Signing in to a team server by Kerberos, as a council's Windows domain does: with a ticket,
// no password is asked for, by the app or by redress-cli, and the server's login is the actor;
// without one, the person is told what is missing rather than asked for a password the
// server would not take. Runs against the throwaway realm tests/postgres/with-test-server.sh
// starts when the Kerberos KDC is installed.
#include "CliRun.h"
#include "TestSupport.h"
#include "session/ServerSignIn.h"
#include "session/Session.h"
#include "storage/AuditLog.h"
#include "storage/Sql.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace redress;
using namespace redress::test;

class TestKerberosSignIn : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_database;
    QTemporaryDir m_folder;
    QString m_login;
    QString m_logged; // the reference of the case logged by Kerberos sign-in

    // The login, by name only: to "localhost", the host the server's principal names.
    DatabaseLocation kerberosLocation() const
    {
        DatabaseLocation location = m_database->location();
        location.host = QStringLiteral("localhost");
        location.user = m_login;
        location.password.clear();
        return location;
    }

    // Points this process (and what it starts) at a ticket cache; with `ticket`, gets one.
    void useTicketCache(const QString& name, bool ticket)
    {
        const QString cache = m_folder.filePath(name);
        qputenv("KRB5CCNAME", QStringLiteral("FILE:%1").arg(cache).toLocal8Bit());
        if (!ticket)
            return;
        QProcess kinit;
        kinit.start(QStringLiteral("kinit"), {m_login});
        QVERIFY(kinit.waitForStarted());
        kinit.write(qgetenv("REDRESS_TEST_KERBEROS_PASSWORD") + '\n');
        kinit.closeWriteChannel();
        QVERIFY(kinit.waitForFinished(30000));
        QVERIFY2(kinit.exitCode() == 0, kinit.readAllStandardError().constData());
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("REDRESS_TEST_KRB5_CONFIG"))
            QSKIP("no Kerberos realm: tests/postgres/with-test-server.sh starts one when "
                  "krb5-kdc, krb5-admin-server and krb5-user are installed");
        m_database = TestDatabase::create(Backend::Postgres);
        if (!m_database)
            QSKIP("no PostgreSQL server");
        QVERIFY(m_folder.isValid());
        qputenv("KRB5_CONFIG", qgetenv("REDRESS_TEST_KRB5_CONFIG"));
        m_login = qEnvironmentVariable("REDRESS_TEST_KERBEROS_LOGIN");
        const QStringList server = databaseArguments(m_database->location());
        const CliRun setup =
            runCli(server + QStringList{QStringLiteral("server"), QStringLiteral("setup")});
        QVERIFY2(setup.code == 0, qPrintable(setup.err));
        const CliRun added =
            runCli(server + QStringList{QStringLiteral("users"), QStringLiteral("add"), m_login,
                                        QStringLiteral("--role"), QStringLiteral("officer"),
                                        QStringLiteral("--no-password")});
        QVERIFY2(added.code == 0, qPrintable(added.err));
    }

    void aTicketSignsInWithoutAPassword()
    {
        useTicketCache(QStringLiteral("ticket"), true);
        bool asked = false;
        ServerSignIn signIn(nullptr, [&](const SignInQuestion&) -> std::optional<SignInAnswer> {
            asked = true;
            return std::nullopt;
        });
        auto database = signIn.open(kerberosLocation(), Database::Mode::MustExist);
        QVERIFY2(database, qPrintable(database.error()));
        QVERIFY(!asked);
        QCOMPARE(database.value()->serverLogin(), m_login);
        auto session = Session::attach(**database);
        QVERIFY2(session, qPrintable(session.error()));
        const Case logged = loggedComplaint(**session, QDate(2021, 3, 1));
        QVERIFY(logged.id != 0);
        auto entries = (*session)->auditLog().entriesForCase(logged.id);
        QVERIFY2(entries && !entries->isEmpty(), "the logging was not audited");
        QCOMPARE(entries->constFirst().actor, m_login);
        m_logged = logged.reference;
    }

    void theCommandLineSignsInWithTheTicketToo()
    {
        useTicketCache(QStringLiteral("ticket"), false); // the one the test above got
        const CliRun listed = runCli(databaseArguments(kerberosLocation()) +
                                     QStringList{QStringLiteral("cases"), QStringLiteral("list")});
        QVERIFY2(listed.code == 0, qPrintable(listed.err));
        QVERIFY2(!m_logged.isEmpty() && listed.out.contains(m_logged), qPrintable(listed.out));
    }

    // The login is the server's, not the database's: dropped with it, so that a second run
    // on the same server (the suites of another build) can add it again.
    void cleanupTestCase()
    {
        if (!m_database)
            return;
        DatabaseLocation server = m_database->location();
        m_database.reset(); // drops the database, so the login owns and holds nothing
        server.databaseName = QStringLiteral("postgres");
        if (auto db = Database::openUnmigrated(server))
            (void)sql::exec(db.value()->sql(),
                            QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(m_login));
    }

    void noTicketIsExplainedRatherThanAskedAbout()
    {
        useTicketCache(QStringLiteral("none"), false);
        bool asked = false;
        ServerSignIn signIn(nullptr, [&](const SignInQuestion&) -> std::optional<SignInAnswer> {
            asked = true;
            return std::nullopt;
        });
        auto database = signIn.open(kerberosLocation(), Database::Mode::MustExist);
        QVERIFY(!database);
        QVERIFY2(!asked, "asked for a password the server would not take");
        QVERIFY2(database.error().contains(QStringLiteral("no Kerberos ticket")),
                 qPrintable(database.error()));
    }
};

QTEST_GUILESS_MAIN(TestKerberosSignIn)
#include "TestKerberosSignIn.moc"

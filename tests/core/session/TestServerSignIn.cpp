// Signing in to a team server as one's own login: Kerberos (or any login the server trusts)
// first, then the password remembered in the credential store, then asking; the audit trail
// records the login. The password logins are real ones on the test server.
#include "PasswordLogins.h"
#include "TestSupport.h"
#include "session/KeychainCredentialStore.h"
#include "session/ServerSignIn.h"
#include "storage/AuditLog.h"

#include <QTest>

using namespace redress;
using namespace redress::test;

namespace {

const QString rightPassword = QStringLiteral("correct horse battery");

// Answers each question with the next password of `typed`, as `login`; gives up when they run
// out. Keeps the questions, to see what the person was told.
struct ScriptedPerson
{
    ScriptedPerson(QString login, QStringList typed, bool remember = false)
        : login(std::move(login)), typed(std::move(typed)), remember(remember)
    {}

    QString login;
    QStringList typed;
    bool remember = false;
    QList<SignInQuestion> questions;

    AskSignIn asker()
    {
        return [this](const SignInQuestion& question) -> std::optional<SignInAnswer> {
            questions << question;
            if (questions.size() > typed.size())
                return std::nullopt;
            return SignInAnswer{login, typed.at(questions.size() - 1), remember};
        };
    }
};

} // namespace

class TestServerSignIn : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PasswordLogins> m_server;
    QString m_officer;

    // The sign-in went through as the officer: the session's actor, and the audit trail's.
    void checkSignedInAsTheOfficer(std::unique_ptr<Database> database)
    {
        FixedToday today(QDate(2021, 2, 1));
        auto session = Session::start(std::move(database));
        QVERIFY2(session, qPrintable(session.error()));
        QCOMPARE(session.value()->actor(), m_officer);
        QCOMPARE(session.value()->role(), Session::Role::Officer);
        const Case logged = loggedComplaint(**session, QDate(2021, 1, 11));
        QVERIFY(logged.id != 0);
        auto entries = session.value()->auditLog().entriesForCase(logged.id);
        QVERIFY2(entries, qPrintable(entries.error()));
        QCOMPARE(entries->constLast().actor, m_officer);
    }

private slots:
    void initTestCase()
    {
        m_server = PasswordLogins::create();
        if (m_server)
            m_officer = m_server->add(QStringLiteral("officer"), rightPassword);
    }

    // No password asked or looked up where the server signs the person in without one: so
    // Kerberos (GSSAPI, SSPI) is tried before any question.
    void aLoginTheServerTrustsIsNotAsked()
    {
        if (!m_server)
            QSKIP("no PostgreSQL server");
        MemoryCredentialStore store;
        ScriptedPerson person(m_officer, {rightPassword});
        ServerSignIn signIn(&store, person.asker());
        auto database = signIn.open(m_server->trustedLocation(), Database::Mode::MustExist);
        QVERIFY2(database, qPrintable(database.error()));
        QVERIFY(person.questions.isEmpty());
        QVERIFY(store.kept.isEmpty());
    }

    void signsInAsTheLogin_data()
    {
        QTest::addColumn<QString>("kept");      // in the store before; empty: nothing
        QTest::addColumn<QStringList>("typed"); // the passwords typed, one per question
        QTest::addColumn<bool>("remember");     // the box ticked
        QTest::addColumn<QStringList>("told");  // words of each question's problem
        QTest::addColumn<QString>("keptAfter"); // in the store after; empty: nothing
        QTest::addRow("remembered: no question")
            << rightPassword << QStringList{} << false << QStringList{} << rightPassword;
        QTest::addRow("asked, and remembered") << QString() << QStringList{rightPassword} << true
                                               << QStringList{QString()} << rightPassword;
        QTest::addRow("asked, not remembered") << QString() << QStringList{rightPassword} << false
                                               << QStringList{QString()} << QString();
        QTest::addRow("a wrong password is refused, then the right one")
            << QString() << QStringList{QStringLiteral("wrong"), rightPassword} << true
            << QStringList{QString(), QStringLiteral("refused the login")} << rightPassword;
        QTest::addRow("a changed password replaces the remembered one")
            << QStringLiteral("last year's password") << QStringList{rightPassword} << true
            << QStringList{QStringLiteral("remembered on this computer")} << rightPassword;
        QTest::addRow("a refused remembered one is forgotten unless remembered again")
            << QStringLiteral("last year's password") << QStringList{rightPassword} << false
            << QStringList{QStringLiteral("was refused")} << QString();
    }
    void signsInAsTheLogin()
    {
        QFETCH(QString, kept);
        QFETCH(QStringList, typed);
        QFETCH(bool, remember);
        QFETCH(QStringList, told);
        QFETCH(QString, keptAfter);
        if (!m_server)
            QSKIP("no PostgreSQL server");
        const DatabaseLocation location = m_server->locationFor(m_officer);
        const QString key = ServerSignIn::credentialKey(location);
        MemoryCredentialStore store;
        if (!kept.isEmpty())
            store.kept.insert(key, kept);
        ScriptedPerson person(m_officer, typed, remember);
        ServerSignIn signIn(&store, person.asker());
        auto database = signIn.open(location, Database::Mode::MustExist);
        QVERIFY2(database, qPrintable(database.error()));
        QCOMPARE(person.questions.size(), told.size());
        for (qsizetype i = 0; i < told.size(); ++i) {
            QCOMPARE(person.questions.at(i).login, m_officer);
            QVERIFY(person.questions.at(i).canRemember);
            QVERIFY2(told.at(i).isEmpty() ? person.questions.at(i).problem.isEmpty()
                                          : person.questions.at(i).problem.contains(told.at(i)),
                     qPrintable(person.questions.at(i).problem));
        }
        QCOMPARE(store.kept.value(key), keptAfter);
        QVERIFY(signIn.notices().isEmpty());
        checkSignedInAsTheOfficer(std::move(database).value());
    }

    void aWrongPasswordSignsNobodyIn()
    {
        if (!m_server)
            QSKIP("no PostgreSQL server");
        ScriptedPerson person(m_officer, {QStringLiteral("wrong"), QStringLiteral("also wrong")});
        ServerSignIn signIn(nullptr, person.asker());
        auto database = signIn.open(m_server->locationFor(m_officer), Database::Mode::MustExist);
        QVERIFY(!database);
        QVERIFY(signIn.wasCancelled());
        QCOMPARE(person.questions.size(), 3);
        QVERIFY(!person.questions.first().canRemember);
        QVERIFY2(person.questions.last().problem.contains(m_officer),
                 qPrintable(person.questions.last().problem));
    }

    // A script (no terminal, nothing remembered) is told what to do, not asked.
    void withNobodyToAskTheRefusalSaysWhatToDo()
    {
        if (!m_server)
            QSKIP("no PostgreSQL server");
        MemoryCredentialStore store;
        ServerSignIn signIn(&store, {});
        auto database = signIn.open(m_server->locationFor(m_officer), Database::Mode::MustExist);
        QVERIFY(!database);
        QVERIFY(!signIn.wasCancelled());
        QVERIFY2(database.error().contains(QStringLiteral("asks for a password for ") + m_officer),
                 qPrintable(database.error()));
    }

    // A computer with no keyring service: QtKeychain fails, and that is only "not remembered".
    void withNoKeyringNothingIsRemembered()
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/redress-test-bus");
        qunsetenv("DISPLAY");
        KeychainCredentialStore keychain(QStringLiteral("Redress tests"));
        const QString key = QStringLiteral("nobody@nowhere:5432/redress");
        const Status written = keychain.write(key, rightPassword);
        QVERIFY(!written);
        QVERIFY(!written.error().isEmpty());
        const auto read = keychain.read(key);
        QVERIFY(!read);
        QVERIFY(!read.error().isEmpty());

        if (!m_server)
            QSKIP("no PostgreSQL server for the sign-in beside a missing keyring");
        ScriptedPerson person(m_officer, {rightPassword}, true);
        ServerSignIn signIn(&keychain, person.asker());
        auto database = signIn.open(m_server->locationFor(m_officer), Database::Mode::MustExist);
        QVERIFY2(database, qPrintable(database.error()));
        QCOMPARE(person.questions.size(), 1);
        QVERIFY2(signIn.notices().join(u'\n').contains(QStringLiteral("could not be remembered")),
                 qPrintable(signIn.notices().join(u'\n')));
        checkSignedInAsTheOfficer(std::move(database).value());
    }

    void passwordRefusalsAreToldApart_data()
    {
        QTest::addColumn<QString>("error");
        QTest::addColumn<bool>("refusal");
        QTest::addRow("no password given")
            << QStringLiteral("connection to server at \"db\" failed: fe_sendauth: no password "
                              "supplied")
            << true;
        QTest::addRow("wrong password")
            << QStringLiteral("FATAL:  password authentication failed for user \"pat\"") << true;
        QTest::addRow("a login the server does not know")
            << QStringLiteral("FATAL:  role \"pat\" does not exist") << true;
        QTest::addRow("no Kerberos ticket")
            << QStringLiteral("GSSAPI continuation error: No Kerberos credentials available")
            << false;
        QTest::addRow("server down")
            << QStringLiteral("connection refused: Is the server running on that host?") << false;
    }
    void passwordRefusalsAreToldApart()
    {
        QFETCH(QString, error);
        QFETCH(bool, refusal);
        QCOMPARE(ServerSignIn::isPasswordRefusal(error), refusal);
    }
};

QTEST_GUILESS_MAIN(TestServerSignIn)
#include "TestServerSignIn.moc"

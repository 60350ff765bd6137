// redress-cli on a team server with a password login: the password remembered in the
// credential store, else asked (on a terminal), else a refusal saying what to do.
#include "CliRun.h"
#include "PasswordLogins.h"
#include "TestSupport.h"

#include <QTest>

using namespace redress;
using namespace redress::test;

class TestCliSignIn : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PasswordLogins> m_server;
    QString m_officer;
    const QString m_password = QStringLiteral("correct horse battery");

private slots:
    void initTestCase()
    {
        m_server = PasswordLogins::create();
        if (m_server)
            m_officer = m_server->add(QStringLiteral("officer"), m_password);
    }

    void signsInWithoutAPasswordOnTheCommandLine_data()
    {
        QTest::addColumn<QString>("kept");      // in the credential store
        QTest::addColumn<QStringList>("typed"); // answers at the prompt; none: no terminal
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("said"); // on the error stream
        QTest::addRow("the remembered password") << m_password << QStringList{} << 0 << QString();
        QTest::addRow("typed at the prompt")
            << QString() << QStringList{m_password} << 0 << QString();
        QTest::addRow("a wrong password, then giving up")
            << QString() << QStringList{QStringLiteral("wrong")} << 1
            << QStringLiteral("cancelled");
        QTest::addRow("a script: nothing remembered, nobody to ask")
            << QString() << QStringList{} << 1 << QStringLiteral("asks for a password");
    }
    void signsInWithoutAPasswordOnTheCommandLine()
    {
        QFETCH(QString, kept);
        QFETCH(QStringList, typed);
        QFETCH(int, code);
        QFETCH(QString, said);
        if (!m_server)
            QSKIP("no PostgreSQL server");
        const DatabaseLocation location = m_server->locationFor(m_officer);
        MemoryCredentialStore store;
        if (!kept.isEmpty())
            store.kept.insert(ServerSignIn::credentialKey(location), kept);
        qsizetype asked = 0;
        AskSignIn ask;
        if (!typed.isEmpty())
            ask = [&](const SignInQuestion& question) -> std::optional<SignInAnswer> {
                if (asked == typed.size())
                    return std::nullopt;
                return SignInAnswer{question.login, typed.at(asked++), false};
            };

        CliRun run;
        QTextStream out(&run.out);
        QTextStream err(&run.err);
        cli::CommandRunner runner;
        runner.setStreams(&out, &err);
        runner.setSignIn(&store, ask);
        run.code =
            runner.run(QStringList{QStringLiteral("redress-cli")} + databaseArguments(location) +
                       QStringList{QStringLiteral("cases"), QStringLiteral("list")});
        out.flush();
        err.flush();
        QVERIFY2(run.code == code, qPrintable(run.err));
        QVERIFY2(run.err.contains(said), qPrintable(run.err));
        QVERIFY2(!run.err.contains(m_password), "a password was printed");
        QCOMPARE(asked, typed.size());
    }
};

QTEST_GUILESS_MAIN(TestCliSignIn)
#include "TestCliSignIn.moc"

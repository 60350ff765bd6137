// The sign-in dialog of the desktop app, alone and signing a named officer in to a real
// server with a password login (tests/postgres/with-test-server.sh).
#include "PasswordLogins.h"
#include "TestSupport.h"
#include "help/HelpTopics.h"
#include "signin/SignInDialog.h"
#include "storage/AuditLog.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QTimer>

using namespace redress;
using namespace redress::test;

namespace {

// Fills in each sign-in dialog as it opens with the next password of `typed` (ticking
// "remember"), and cancels once they run out; keeps what each dialog told the person.
class PersonAtTheDesk : public QObject
{
public:
    PersonAtTheDesk(QString login, QStringList typed)
        : m_login(std::move(login)), m_typed(std::move(typed))
    {
        connect(&m_timer, &QTimer::timeout, this, &PersonAtTheDesk::answer);
        m_timer.start(20);
    }

    QStringList problems; // the problem line of each dialog, empty where it was hidden

private:
    void answer()
    {
        auto* dialog = qobject_cast<SignInDialog*>(QApplication::activeModalWidget());
        if (!dialog || dialog->property("answered").toBool())
            return;
        dialog->setProperty("answered", true);
        auto* problem = dialog->findChild<QLabel*>(QStringLiteral("signInProblem"));
        problems << (problem->isVisibleTo(dialog) ? problem->text() : QString());
        if (problems.size() > m_typed.size()) {
            dialog->reject();
            return;
        }
        auto* login = dialog->findChild<QLineEdit*>(QStringLiteral("signInLogin"));
        login->clear();
        QTest::keyClicks(login, m_login);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("signInPassword")),
                         m_typed.at(problems.size() - 1));
        dialog->findChild<QCheckBox*>(QStringLiteral("signInRemember"))->setChecked(true);
        dialog->accept();
    }

    QString m_login;
    QStringList m_typed;
    QTimer m_timer;
};

} // namespace

class TestSignInDialog : public QObject
{
    Q_OBJECT

private slots:
    void asksWithTheReasonAndTheChoiceToRemember_data()
    {
        QTest::addColumn<QString>("problem");
        QTest::addColumn<bool>("canRemember");
        QTest::addRow("first time") << QString() << true;
        QTest::addRow("after a refusal")
            << QStringLiteral("The server refused the login pat with that password.") << true;
        QTest::addRow("no credential store") << QString() << false;
    }
    void asksWithTheReasonAndTheChoiceToRemember()
    {
        QFETCH(QString, problem);
        QFETCH(bool, canRemember);
        SignInDialog dialog(SignInQuestion{QStringLiteral("dbserver/redress"),
                                           QStringLiteral("pat"), problem, canRemember});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("signInServer"))
                    ->text()
                    .contains(QStringLiteral("dbserver/redress")));
        auto* shown = dialog.findChild<QLabel*>(QStringLiteral("signInProblem"));
        QCOMPARE(shown->isVisible(), !problem.isEmpty());
        QCOMPARE(shown->text(), problem);
        auto* login = dialog.findChild<QLineEdit*>(QStringLiteral("signInLogin"));
        auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("signInPassword"));
        auto* remember = dialog.findChild<QCheckBox*>(QStringLiteral("signInRemember"));
        QCOMPARE(login->text(), QStringLiteral("pat"));
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QVERIFY(password->hasFocus());
        QCOMPARE(remember->isEnabled(), canRemember);
        QTest::keyClicks(password, QStringLiteral("s3cret"));
        remember->setChecked(true);
        const SignInAnswer answer = dialog.answer();
        QCOMPARE(answer.login, QStringLiteral("pat"));
        QCOMPARE(answer.password, QStringLiteral("s3cret"));
        QCOMPARE(answer.remember, canRemember);
    }

    void helpOpensAtSigningIn()
    {
        SignInDialog dialog(SignInQuestion{QStringLiteral("dbserver/redress"),
                                           QStringLiteral("pat"), QString(), true});
        QCOMPARE(help::sectionFor(&dialog), QStringLiteral("Signing in to the team server"));
    }

    // The officer types a wrong password, is told so, types the right one and asks for it to
    // be remembered: signed in as their own login, which the audit trail records.
    void signsANamedOfficerIn()
    {
        auto server = PasswordLogins::create();
        if (!server)
            return;
        const QString password = QStringLiteral("correct horse battery");
        const QString officer = server->add(QStringLiteral("officer"), password);
        MemoryCredentialStore store;
        PersonAtTheDesk person(officer, {QStringLiteral("wrong"), password});
        ServerSignIn signIn(&store, SignInDialog::asker(nullptr));
        const DatabaseLocation location = server->locationFor(QString());
        auto database = signIn.open(location, Database::Mode::MustExist);
        QVERIFY2(database, qPrintable(database.error()));
        QCOMPARE(person.problems.size(), 2);
        QVERIFY(person.problems.first().isEmpty());
        QVERIFY2(person.problems.last().contains(QStringLiteral("refused the login ") + officer),
                 qPrintable(person.problems.last()));
        DatabaseLocation signedIn = location;
        signedIn.user = officer;
        QCOMPARE(store.kept.value(ServerSignIn::credentialKey(signedIn)), password);

        FixedToday today(QDate(2021, 2, 1));
        auto session = Session::start(std::move(database).value());
        QVERIFY2(session, qPrintable(session.error()));
        QCOMPARE(session.value()->actor(), officer);
        const Case logged = loggedComplaint(**session, QDate(2021, 1, 11));
        auto entries = session.value()->auditLog().entriesForCase(logged.id);
        QVERIFY2(entries, qPrintable(entries.error()));
        QCOMPARE(entries->constLast().actor, officer);
    }

    void cancellingSignsNobodyIn()
    {
        auto server = PasswordLogins::create();
        if (!server)
            return;
        const QString officer = server->add(QStringLiteral("officer"), QStringLiteral("pw"));
        PersonAtTheDesk person(officer, {});
        ServerSignIn signIn(nullptr, SignInDialog::asker(nullptr));
        auto database = signIn.open(server->locationFor(officer), Database::Mode::MustExist);
        QVERIFY(!database);
        QVERIFY(signIn.wasCancelled());
        QCOMPARE(person.problems.size(), 1);
    }
};

QTEST_MAIN(TestSignInDialog)
#include "TestSignInDialog.moc"

// The case's workflow actions as an officer meets them: only the possible ones offered, a
// refused dialog that keeps what was typed, allocation from the users list, and a message
// that says what comes next.
#include "TestSupport.h"
#include "caseview/ActionDialog.h"
#include "caseview/CaseView.h"
#include "common/DateEdit.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"
#include "storage/ReferenceData.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>

using namespace redress;
using namespace redress::test;

class TestCaseActions : public QObject
{
    Q_OBJECT

    IsolatedSettings m_settings;

    static void pressOk(ActionDialog* dialog)
    {
        auto* buttons = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttons"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

    template <typename T> static T* control(QWidget* parent, const char* name)
    {
        T* widget = parent->findChild<T*>(QLatin1String(name));
        if (!widget)
            qWarning("no %s", name);
        return widget;
    }

    static QString shown(QWidget* parent, const char* labelName)
    {
        auto* label = parent->findChild<QLabel*>(QLatin1String(labelName));
        return label && label->isVisible() ? label->text() : QString();
    }

    // Whether the case's message line says `expected`, whose plurals ("days") may show
    // untranslated ("day(s)") when no translation is loaded.
    static bool said(QWidget& view, const QString& expected)
    {
        QString pattern = QRegularExpression::escape(expected);
        pattern.replace(QStringLiteral("days"), QStringLiteral("day(s|\\(s\\))"));
        return QRegularExpression(u'^' + pattern + u'$')
            .match(shown(&view, "caseBanner"))
            .hasMatch();
    }

    static void typeDate(ActionDialog* dialog, const char* name, const QString& typed)
    {
        auto* date = control<DateEdit>(dialog, name);
        QVERIFY(date);
        date->selectAll();
        QTest::keyClicks(date, typed);
    }

private slots:

    // A brand-new case cannot go to the Ombudsman yet; once acknowledged it can. Milestones
    // belong to a statutory stage 2 investigation (or a panel), not to stage 1. The menu and
    // the buttons agree.
    void offersOnlyWhatIsPossible_data()
    {
        QTest::addColumn<bool>("acknowledged");
        QTest::addColumn<int>("stage");
        QTest::addColumn<QStringList>("offered");
        QTest::addColumn<QStringList>("notOffered");
        const auto codes = [](std::initializer_list<const char*> names) {
            QStringList list;
            for (const char* name : names)
                list << QString::fromLatin1(name);
            return list;
        };
        QTest::addRow("brand new")
            << false << 1 << codes({"acknowledge", "allocate"})
            << codes({"refer_to_ombudsman", "respond", "close", "record_milestone"});
        QTest::addRow("acknowledged") << true << 1 << codes({"respond", "refer_to_ombudsman"})
                                      << codes({"acknowledge", "escalate", "record_milestone"});
        QTest::addRow("stage 2") << true << 2 << codes({"record_milestone", "acknowledge"})
                                 << codes({"escalate", "close"});
    }
    void offersOnlyWhatIsPossible()
    {
        QFETCH(bool, acknowledged);
        QFETCH(int, stage);
        QFETCH(QStringList, offered);
        QFETCH(QStringList, notOffered);
        FixedToday today(QDate(2021, 1, 12));
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        Case record = loggedComplaint(*session, QDate(2021, 1, 4),
                                      acknowledged ? QDate(2021, 1, 5) : QDate());
        for (int next = 2; next <= stage; ++next) {
            for (Action action : {Action::Respond, Action::RecordOutcome, Action::Escalate}) {
                ActionRequest request;
                request.action = action;
                request.on = QDate(2021, 1, 6);
                request.outcomeCode = QStringLiteral("not_upheld");
                const Status done = session->perform(record, request);
                QVERIFY2(done, qPrintable(done.error()));
            }
        }
        QCOMPARE(record.currentStageNumber(), stage);
        CaseView view(*session);
        QVERIFY(view.load(record.id));
        view.show();
        for (const QString& code : offered + notOffered) {
            const bool expected = offered.contains(code);
            auto* button = view.findChild<QPushButton*>(QStringLiteral("action_") + code);
            auto* item = view.findChild<QAction*>(QStringLiteral("menu_") + code);
            QVERIFY2(button && item, qPrintable(code));
            QVERIFY2(button->isEnabled() == expected, qPrintable(code));
            QVERIFY2(item->isEnabled() == expected, qPrintable(code));
        }
    }

    // Done, the case says what comes next, with the deadline that now runs.
    void successSaysWhatComesNext()
    {
        FixedToday today(QDate(2021, 1, 5));
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        const Case record = loggedComplaint(*session, QDate(2021, 1, 4));
        CaseView view(*session);
        QVERIFY(view.load(record.id));
        view.show();
        ActionDialog* dialog = view.startAction(Action::Acknowledge);
        typeDate(dialog, "on", QStringLiteral("5/1/21"));
        pressOk(dialog);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(view.currentCase().state, CaseState::Open);
        // Ten working days from receipt on Monday 04/01/2021; nine are left on the 5th.
        QVERIFY2(said(view, QStringLiteral("Acknowledged. Respond by 18/01/2021 (9 working days "
                                           "left).")),
                 qPrintable(shown(&view, "caseBanner")));

        dialog = view.startAction(Action::Extend);
        typeDate(dialog, "agreedOn", QStringLiteral("05-Jan-21"));
        QTest::keyClicks(control<QPlainTextEdit>(dialog, "reason"),
                         QStringLiteral("Manager on leave"));
        pressOk(dialog);
        QTRY_VERIFY(!dialog->isVisible());
        QVERIFY2(said(view, QStringLiteral("Extended to 01/02/2021 (20 working days).")),
                 qPrintable(shown(&view, "caseBanner")));
    }

    // Responded, the message names the steps the case's buttons now offer: escalation at the
    // corporate procedure's first stage, none at its last.
    void nextStepsAreTheActionsOffered_data()
    {
        QTest::addColumn<int>("stage");
        QTest::addColumn<bool>("escalates");
        QTest::addRow("first of two stages") << 1 << true;
        QTest::addRow("last stage") << 2 << false;
    }
    void nextStepsAreTheActionsOffered()
    {
        QFETCH(int, stage);
        QFETCH(bool, escalates);
        FixedToday today(QDate(2021, 1, 12));
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        Case record =
            loggedComplaint(*session, QDate(2021, 1, 4), QDate(2021, 1, 5), Procedure::Corporate);
        QVERIFY(record.id != 0);
        auto act = [&](Action action, QDate on, const QString& outcome = QString()) {
            ActionRequest request;
            request.action = action;
            request.on = on;
            request.outcomeCode = outcome;
            const Status done = session->perform(record, request);
            if (!done)
                qWarning("%s", qPrintable(done.error()));
            return bool(done);
        };
        if (stage == 2) {
            QVERIFY(act(Action::Respond, QDate(2021, 1, 6)));
            QVERIFY(act(Action::RecordOutcome, QDate(2021, 1, 6), QStringLiteral("not_upheld")));
            QVERIFY(act(Action::Escalate, QDate(2021, 1, 7)));
            QVERIFY(act(Action::Acknowledge, QDate(2021, 1, 8)));
        }
        QCOMPARE(record.currentStageNumber(), stage);
        CaseView view(*session);
        QVERIFY(view.load(record.id));
        view.show();
        ActionRequest respond;
        respond.action = Action::Respond;
        respond.on = QDate(2021, 1, 11);
        QVERIFY(view.perform(respond));

        const QString message = shown(&view, "caseBanner");
        QVERIFY2(message.startsWith(u"Response recorded. Next: "), qPrintable(message));
        QVERIFY2(message.contains(actionLabel(Action::Close)), qPrintable(message));
        QCOMPARE(message.contains(actionLabel(Action::Escalate)), escalates);
        QCOMPARE(view.findChild<QPushButton*>(QStringLiteral("action_escalate"))->isEnabled(),
                 escalates);
    }

    // The point is upheld, so the findings give "Upheld": recording another outcome needs a
    // reason, which the history keeps; the findings' own outcome needs none.
    void anOutcomeAgainstTheFindingsNeedsAReason_data()
    {
        QTest::addColumn<QString>("chosen");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("saved"); // empty: refused
        QTest::addColumn<QString>("history");
        QTest::addRow("the findings' own")
            << QStringLiteral("upheld") << QString() << QStringLiteral("upheld")
            << QStringLiteral("Stage 1 outcome: Upheld");
        QTest::addRow("derived") << QString() << QString() << QStringLiteral("upheld")
                                 << QStringLiteral("Stage 1 outcome: Upheld");
        QTest::addRow("another, no reason")
            << QStringLiteral("not_upheld") << QString() << QString() << QString();
        QTest::addRow("another, with a reason")
            << QStringLiteral("not_upheld") << QStringLiteral("Apology already accepted")
            << QStringLiteral("not_upheld")
            << QStringLiteral("Stage 1 outcome: Not upheld (not as the findings give: Apology "
                              "already accepted)");
    }
    void anOutcomeAgainstTheFindingsNeedsAReason()
    {
        QFETCH(QString, chosen);
        QFETCH(QString, reason);
        QFETCH(QString, saved);
        QFETCH(QString, history);
        FixedToday today(QDate(2021, 1, 12));
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        Case record = loggedComplaint(*session, QDate(2021, 1, 4), QDate(2021, 1, 5));
        QVERIFY(record.id != 0);
        record.points.first().findings = {{1, QStringLiteral("upheld")}};
        QVERIFY(session->saveDetails(record, QStringLiteral("Points and findings changed")));
        CaseView view(*session);
        QVERIFY(view.load(record.id));
        view.show();

        ActionDialog* dialog = view.startAction(Action::RecordOutcome);
        QVERIFY2(shown(dialog, "derivedOutcome").contains(u"\"Upheld\""),
                 qPrintable(shown(dialog, "derivedOutcome")));
        auto* outcome = control<QComboBox>(dialog, "outcome");
        QVERIFY(outcome);
        outcome->setCurrentIndex(outcome->findData(chosen));
        QTest::keyClicks(control<QPlainTextEdit>(dialog, "reason"), reason);
        pressOk(dialog);
        const Case stored = CaseRepository(*db).load(record.id).value();
        if (saved.isEmpty()) {
            QVERIFY(dialog->isVisible());
            QVERIFY2(shown(dialog, "reasonProblem").contains(u"Not upheld"),
                     qPrintable(shown(dialog, "reasonProblem")));
            QCOMPARE(stored.stages.first().outcomeCode, QString());
            return;
        }
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(stored.stages.first().outcomeCode, saved);
        QCOMPARE(session->auditLog().entriesForCase(record.id)->constLast().detail, history);
    }

    // Extend without a reason: the dialog stays, says so beside the reason, and keeps the
    // date typed; nothing changes until the reason is given.
    void aRefusedDialogKeepsItsInput()
    {
        FixedToday today(QDate(2021, 1, 12));
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        const Case record = loggedComplaint(*session, QDate(2021, 1, 4), QDate(2021, 1, 5));
        CaseView view(*session);
        QVERIFY(view.load(record.id));
        view.show();
        ActionDialog* dialog = view.startAction(Action::Extend);
        QVERIFY(dialog->isVisible());
        typeDate(dialog, "agreedOn", QStringLiteral("11/1/21"));
        pressOk(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY2(shown(dialog, "reasonProblem").contains(u"reason"),
                 qPrintable(shown(dialog, "reasonProblem")));
        QCOMPARE(control<DateEdit>(dialog, "agreedOn")->date(), QDate(2021, 1, 11));
        QCOMPARE(dialog->focusWidget(), control<QPlainTextEdit>(dialog, "reason"));
        QCOMPARE(CaseRepository(*db).load(record.id)->stages.first().extendedToDays, 0);

        // The message goes once the reason is typed. A date that is no date is refused beside
        // the date, keeping it as typed.
        QTest::keyClicks(control<QPlainTextEdit>(dialog, "reason"), QStringLiteral("Leave"));
        QVERIFY(shown(dialog, "reasonProblem").isEmpty());
        typeDate(dialog, "agreedOn", QStringLiteral("31/02/21"));
        pressOk(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(shown(dialog, "reasonProblem").isEmpty());
        QVERIFY2(shown(dialog, "agreedOnProblem").contains(u"31/02/21"),
                 qPrintable(shown(dialog, "agreedOnProblem")));
        QCOMPARE(control<DateEdit>(dialog, "agreedOn")->text(), QStringLiteral("31/02/21"));

        typeDate(dialog, "agreedOn", QStringLiteral("11/01/2021"));
        pressOk(dialog);
        QTRY_VERIFY(!dialog->isVisible());
        const Case saved = CaseRepository(*db).load(record.id).value();
        QCOMPARE(saved.stages.first().extendedToDays, 20);
        QCOMPARE(saved.stages.first().extensionReason, QStringLiteral("Leave"));
    }

    // The workflow's own refusal also stays in the dialog, above its buttons.
    void aWorkflowRefusalStaysInTheDialog()
    {
        FixedToday today(QDate(2021, 1, 12));
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        const Case record = loggedComplaint(*session, QDate(2021, 1, 4), QDate(2021, 1, 5));
        CaseView view(*session);
        QVERIFY(view.load(record.id));
        view.show();
        ActionDialog* dialog = view.startAction(Action::Respond);
        typeDate(dialog, "on", QStringLiteral("1/1/21"));
        pressOk(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY2(shown(dialog, "refusal").contains(u"before the case was received"),
                 qPrintable(shown(dialog, "refusal")));
        QVERIFY(shown(&view, "caseBanner").isEmpty());
        QCOMPARE(CaseRepository(*db).load(record.id)->state, CaseState::Open);
    }

    // Allocation picks from the users (type part of a name to narrow the list); a name that
    // is no user is refused, so a typo cannot take the case out of "My cases".
    void allocatesOnlyToAUser()
    {
        FixedToday today(QDate(2021, 1, 12));
        REDRESS_SQLITE_DATABASE(db);
        ReferenceData reference(*db, QStringLiteral("admin"));
        for (const auto& [name, display] :
             {std::pair{"jsmith", "Jo Smith"}, std::pair{"asmythe", "Ali Smythe"},
              std::pair{"kpatel", "Kiran Patel"}}) {
            User user;
            user.username = QLatin1String(name);
            user.displayName = QLatin1String(display);
            user.role = QStringLiteral("officer");
            QVERIFY(reference.saveUser(user));
        }
        auto session = sessionOn(*db, QStringLiteral("kpatel"));
        QVERIFY(session);
        Case record = loggedComplaint(*session, QDate(2021, 1, 4));
        ActionRequest allocate;
        allocate.action = Action::Allocate;
        allocate.officer = QStringLiteral("kpatel");
        QVERIFY(session->perform(record, allocate));
        CaseView view(*session);
        QVERIFY(view.load(record.id));
        view.show();

        ActionDialog* dialog = view.startAction(Action::Allocate);
        auto* officer = control<QComboBox>(dialog, "officer");
        QVERIFY(officer && officer->isEditable());
        QCOMPARE(officer->currentData().toString(), QStringLiteral("kpatel"));
        officer->lineEdit()->selectAll();
        QTest::keyClicks(officer->lineEdit(), QStringLiteral("smi"));
        QCompleter* completer = officer->completer();
        QTRY_VERIFY(completer->popup()->isVisible());
        QCOMPARE(completer->completionModel()->rowCount(), 1); // Jo Smith, not Ali Smythe
        QCOMPARE(completer->completionModel()->index(0, 0).data().toString(),
                 QStringLiteral("Jo Smith (jsmith)"));
        QTest::keyClick(completer->popup(), Qt::Key_Escape);

        officer->lineEdit()->selectAll();
        QTest::keyClicks(officer->lineEdit(), QStringLiteral("jsmtih"));
        pressOk(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY2(shown(dialog, "officerProblem").contains(u"jsmtih"),
                 qPrintable(shown(dialog, "officerProblem")));
        QCOMPARE(CaseRepository(*db).load(record.id)->officer, QStringLiteral("kpatel"));

        officer->lineEdit()->selectAll();
        QTest::keyClicks(officer->lineEdit(), QStringLiteral("jo sm"));
        QTRY_VERIFY(completer->popup()->isVisible());
        QTest::keyClick(completer->popup(), Qt::Key_Down);
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QTRY_VERIFY(!completer->popup()->isVisible());
        QCOMPARE(officer->currentText(), QStringLiteral("Jo Smith (jsmith)"));
        pressOk(dialog);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(CaseRepository(*db).load(record.id)->officer, QStringLiteral("jsmith"));
        QCOMPARE(shown(&view, "caseBanner").left(21), QStringLiteral("Allocated to jsmith. "));
    }
};

QTEST_MAIN(TestCaseActions)
#include "TestCaseActions.moc"

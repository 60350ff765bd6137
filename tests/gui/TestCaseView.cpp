#include "TestSupport.h"
#include "caseview/ActionDialog.h"
#include "caseview/CaseView.h"
#include "common/DateEdit.h"
#include "common/MessageBox.h"
#include "mainwindow/MainWindow.h"
#include "storage/CaseRepository.h"
#include "storage/Sql.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace redress;
using namespace redress::test;

namespace {

int notesOf(Database& db, qint64 caseId)
{
    return int(CaseRepository(db).load(caseId)->notes.size());
}

} // namespace

class TestCaseView : public QObject
{
    Q_OBJECT

    IsolatedSettings m_settings;

    static void accept(ActionDialog* dialog)
    {
        auto* buttons = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttons"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

    static void setDate(ActionDialog* dialog, const char* name, QDate date)
    {
        auto* edit = dialog->findChild<DateEdit*>(QLatin1String(name));
        QVERIFY(edit);
        edit->setDate(date);
    }

private slots:

    // A note typed in a case's tab is never lost by closing: the tab or the whole window asks
    // Save / Discard / Cancel, and only Cancel keeps it open.
    void closingWithAnUnsavedNoteAsks_data()
    {
        QTest::addColumn<bool>("wholeWindow");
        QTest::addColumn<QMessageBox::StandardButton>("answer");
        QTest::addColumn<bool>("stillOpen");
        QTest::addColumn<int>("notesSaved");
        for (bool window : {false, true}) {
            const char* what = window ? "window" : "tab";
            QTest::addRow("%s, cancel", what) << window << QMessageBox::Cancel << true << 0;
            QTest::addRow("%s, discard", what) << window << QMessageBox::Discard << false << 0;
            QTest::addRow("%s, save", what) << window << QMessageBox::Save << false << 1;
        }
    }

    void closingWithAnUnsavedNoteAsks()
    {
        QFETCH(bool, wholeWindow);
        QFETCH(QMessageBox::StandardButton, answer);
        QFETCH(bool, stillOpen);
        QFETCH(int, notesSaved);
        FixedToday today(QDate(2021, 1, 12));
        REDRESS_SQLITE_DATABASE(db);
        auto workflow = CaseWorkflow::forDatabase(*db, QStringLiteral("officer"));
        Case record;
        record.kind = CaseKind::Concern;
        record.receivedOn = QDate(2021, 1, 11);
        QVERIFY(workflow->log(record));

        auto session = test::sessionOn(*db);
        QVERIFY(session);
        MainWindow window(*session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("mainTabs"));
        // Nothing typed: the tab closes without asking.
        window.openCase(record.id);
        QCOMPARE(tabs->count(), 2);
        emit tabs->tabCloseRequested(1);
        QCOMPARE(tabs->count(), 1);

        window.openCase(record.id);
        auto* view = window.findChild<CaseView*>();
        QVERIFY(view);
        auto* editor = view->findChild<QPlainTextEdit*>(QStringLiteral("caseNoteEditor"));
        QVERIFY(editor);
        const QString note = QStringLiteral("Phoned mum: she will send the letter on Friday");
        QTest::keyClicks(editor, note);
        QVERIFY(view->hasUnsavedEdits());

        MessageBox::setNextAnswer(answer);
        if (wholeWindow) {
            window.close();
            QCOMPARE(window.isVisible(), stillOpen);
        } else {
            emit tabs->tabCloseRequested(1);
            QCOMPARE(tabs->count(), stillOpen ? 2 : 1);
        }
        QCOMPARE(notesOf(*db, record.id), notesSaved);
        if (stillOpen)
            QCOMPARE(editor->toPlainText(), note);
        if (notesSaved > 0)
            QCOMPARE(CaseRepository(*db).load(record.id)->notes.first().text, note);
    }

    // A note that cannot be saved stays in the editor with the reason; saving again works.
    void aFailedNoteSaveKeepsTheText()
    {
        FixedToday today(QDate(2021, 1, 12));
        REDRESS_SQLITE_DATABASE(db);
        auto workflow = CaseWorkflow::forDatabase(*db, QStringLiteral("officer"));
        Case record;
        record.kind = CaseKind::Concern;
        record.receivedOn = QDate(2021, 1, 11);
        QVERIFY(workflow->log(record));
        auto viewSession = sessionOn(*db, workflow->actor());
        QVERIFY(viewSession);
        CaseView view(*viewSession);
        QVERIFY(view.load(record.id));
        view.show();
        auto* editor = view.findChild<QPlainTextEdit*>(QStringLiteral("caseNoteEditor"));
        auto* save = view.findChild<QPushButton*>(QStringLiteral("saveNote"));
        QVERIFY(editor && save);
        QVERIFY(!save->isEnabled()); // nothing to save yet
        // Tab leaves the note for its Save button (it does not type a tab character).
        QVERIFY(editor->tabChangesFocus());
        QWidget* next = editor->nextInFocusChain();
        while (next != editor && !(next->focusPolicy() & Qt::TabFocus))
            next = next->nextInFocusChain();
        QCOMPARE(next, save);
        QTest::keyClicks(editor, QStringLiteral("Manager agreed to call back"));
        QVERIFY(save->isEnabled());

        QVERIFY(sql::exec(db->sql(), QStringLiteral("PRAGMA query_only = ON")));
        QTest::mouseClick(save, Qt::LeftButton);
        auto* banner = view.findChild<QLabel*>(QStringLiteral("caseBanner"));
        QVERIFY2(banner->text().contains(QStringLiteral("not saved")), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(QStringLiteral("read-only")), qPrintable(banner->text()));
        QCOMPARE(editor->toPlainText(), QStringLiteral("Manager agreed to call back"));
        QCOMPARE(notesOf(*db, record.id), 0);
        QVERIFY(view.hasUnsavedEdits());

        QVERIFY(sql::exec(db->sql(), QStringLiteral("PRAGMA query_only = OFF")));
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(notesOf(*db, record.id), 1);
        QVERIFY(editor->toPlainText().isEmpty());
        QVERIFY(!view.hasUnsavedEdits());
        auto* notes = view.findChild<QTableWidget*>(QStringLiteral("caseNotes"));
        QCOMPARE(notes->rowCount(), 1);
        QCOMPARE(notes->item(0, 2)->text(), QStringLiteral("Manager agreed to call back"));
        QCOMPARE(notes->item(0, 1)->text(), QStringLiteral("officer"));
        auto* timeline = view.findChild<QTableWidget*>(QStringLiteral("caseTimeline"));
        QCOMPARE(timeline->item(timeline->rowCount() - 1, 2)->text(), QStringLiteral("Note added"));
    }

    // Buttons follow the state machine, an extension goes through its dialog, and a refused
    // action shows the workflow's reason.
    void actionsFollowTheStateMachine()
    {
        FixedToday today(QDate(2021, 1, 12));
        REDRESS_SQLITE_DATABASE(db);
        auto workflow = CaseWorkflow::forDatabase(*db, QStringLiteral("officer"));
        Case record;
        record.kind = CaseKind::Complaint;
        record.procedure = Procedure::Statutory;
        record.receivedOn = QDate(2020, 12, 21);
        QVERIFY(workflow->log(record));

        auto viewSession = sessionOn(*db, workflow->actor());
        QVERIFY(viewSession);
        CaseView view(*viewSession);
        QVERIFY(view.load(record.id));
        view.show();
        auto button = [&](const char* code) {
            return view.findChild<QPushButton*>(QStringLiteral("action_") + QLatin1String(code));
        };
        QVERIFY(button("acknowledge")->isEnabled());
        QVERIFY(!button("respond")->isEnabled());
        QVERIFY(!button("escalate")->isEnabled());
        // Clicks an action's button and gives the dialog it opens.
        auto click = [&](const char* code) -> ActionDialog* {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // earlier dialogs
            QTest::mouseClick(button(code), Qt::LeftButton);
            for (ActionDialog* dialog : view.findChildren<ActionDialog*>())
                if (dialog->isVisible())
                    return dialog;
            return nullptr;
        };

        ActionDialog* dialog = click("acknowledge");
        QVERIFY(dialog);
        setDate(dialog, "on", QDate(2020, 12, 22));
        accept(dialog);
        QCOMPARE(view.currentCase().state, CaseState::Open);
        QVERIFY(button("respond")->isEnabled());
        QVERIFY(!button("acknowledge")->isEnabled());
        auto* deadline = view.findChild<QLabel*>(QStringLiteral("caseDeadline"));
        QVERIFY2(deadline->text().contains(QStringLiteral("07/01/2021")),
                 qPrintable(deadline->text()));
        QVERIFY(deadline->text().contains(QStringLiteral("Overdue by")));

        dialog = click("extend");
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QSpinBox*>(QStringLiteral("extendToDays"))->maximum(), 20);
        setDate(dialog, "agreedOn", QDate(2021, 1, 4));
        QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(QStringLiteral("reason")),
                         QStringLiteral("Manager on leave"));
        accept(dialog);
        QCOMPARE(view.currentCase().stages.first().extendedToDays, 20);
        QVERIFY(deadline->text().contains(QStringLiteral("21/01/2021")));

        // respond with no findings: no outcome, so closing is refused with the reason
        dialog = click("respond");
        QVERIFY(dialog);
        setDate(dialog, "on", QDate(2021, 1, 11));
        accept(dialog);
        QCOMPARE(view.currentCase().state, CaseState::Responded);
        QVERIFY(button("close")->isEnabled());
        dialog = click("close");
        QVERIFY(dialog);
        accept(dialog);
        // The refusal stays in the dialog, which stays open.
        QVERIFY(dialog->isVisible());
        auto* refusal = dialog->findChild<QLabel*>(QStringLiteral("refusal"));
        QVERIFY(refusal->isVisible());
        QVERIFY2(refusal->text().contains(QStringLiteral("Record the outcome")),
                 qPrintable(refusal->text()));
        dialog->reject();
        QCOMPARE(CaseRepository(*db).load(record.id).value().state, CaseState::Responded);

        auto* timeline = view.findChild<QTableWidget*>(QStringLiteral("caseTimeline"));
        QCOMPARE(timeline->rowCount(), 4); // log, acknowledge, extend, respond
    }

    // The people, remedies, learning, costs and links of a case each show in their section,
    // the menu follows the state machine as the buttons do, and a linked case opens.
    void sectionsShowTheWholeCase()
    {
        FixedToday today(QDate(2021, 3, 1));
        REDRESS_SQLITE_DATABASE(db);
        auto workflow = CaseWorkflow::forDatabase(*db, QStringLiteral("officer"));
        Case first;
        first.kind = CaseKind::Complaint;
        first.procedure = Procedure::Statutory;
        first.receivedOn = QDate(2021, 2, 1);
        QVERIFY(workflow->log(first));
        Case record;
        record.kind = CaseKind::Complaint;
        record.procedure = Procedure::Statutory;
        record.receivedOn = QDate(2021, 2, 15);
        record.complainant.fullName = QStringLiteral("Alex Example");
        record.advocacyOffered = true;
        record.children.append({0, QStringLiteral("SC123456"), QStringLiteral("Robin"),
                                QStringLiteral("child_in_care"), true, QStringLiteral("NYAS")});
        record.remedies.append({0, 1, QStringLiteral("apology"), QStringLiteral("Letter"), 2500,
                                QDate(2021, 2, 20), QDate()});
        LearningAction learning;
        learning.description = QStringLiteral("Remind staff to return calls");
        learning.themeCode = QStringLiteral("communication");
        record.learningActions.append(learning);
        record.links.append({first.id, first.reference, QStringLiteral("related")});
        QVERIFY2(workflow->log(record), "log");

        auto viewSession = sessionOn(*db, workflow->actor());
        QVERIFY(viewSession);
        CaseView view(*viewSession);
        QVERIFY(view.load(record.id));
        auto table = [&](const char* name) {
            return view.findChild<QTableWidget*>(QLatin1String(name));
        };
        QCOMPARE(table("caseComplainant")->item(0, 0)->text(), QStringLiteral("Alex Example"));
        QCOMPARE(table("caseChildren")->rowCount(), 1);
        QCOMPARE(table("caseChildren")->item(0, 1)->text(), QStringLiteral("SC123456"));
        QCOMPARE(table("caseRemedies")->item(0, 3)->text(), QStringLiteral("£25.00"));
        QCOMPARE(table("caseLearning")->item(0, 0)->text(),
                 QStringLiteral("Remind staff to return calls"));
        QCOMPARE(table("caseLinks")->item(0, 0)->text(), first.reference);

        auto* menuItem = view.findChild<QAction*>(QStringLiteral("menu_acknowledge"));
        QVERIFY(menuItem && menuItem->isEnabled());
        QVERIFY(!view.findChild<QAction*>(QStringLiteral("menu_close"))->isEnabled());

        qint64 opened = 0;
        connect(&view, &CaseView::openCaseRequested, this, [&](qint64 id) { opened = id; });
        QTableWidget* links = table("caseLinks");
        links->setCurrentCell(0, 0);
        emit links->activated(links->currentIndex());
        QCOMPARE(opened, first.id);
    }
};

QTEST_MAIN(TestCaseView)
#include "TestCaseView.moc"

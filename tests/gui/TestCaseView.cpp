#include "TestSupport.h"
#include "caseview/ActionDialog.h"
#include "caseview/CaseView.h"
#include "storage/CaseRepository.h"

#include <QAction>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace redress;
using namespace redress::test;

class TestCaseView : public QObject
{
    Q_OBJECT

    static void accept(ActionDialog* dialog)
    {
        auto* buttons = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttons"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

    static void setDate(ActionDialog* dialog, const char* name, QDate date)
    {
        auto* edit = dialog->findChild<QDateEdit*>(QLatin1String(name));
        QVERIFY(edit);
        edit->setDate(date);
    }

private slots:
    // Buttons follow the state machine, an extension goes through its dialog, and a refused
    // action shows the workflow's reason.
    void actionsFollowTheStateMachine()
    {
        FixedToday today(QDate(2021, 1, 12));
        auto holder = TestDatabase::create(Backend::Sqlite);
        auto db = holder->open();
        QVERIFY(db);
        auto workflow = CaseWorkflow::forDatabase(*db, QStringLiteral("officer"));
        Case record;
        record.kind = CaseKind::Complaint;
        record.procedure = Procedure::Statutory;
        record.receivedOn = QDate(2020, 12, 21);
        QVERIFY(workflow->log(record));

        CaseView view(*db, workflow.value());
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
        QVERIFY(deadline->text().contains(QStringLiteral("OVERDUE")));

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
        auto* banner = view.findChild<QLabel*>(QStringLiteral("caseBanner"));
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("Record the outcome")),
                 qPrintable(banner->text()));
        QCOMPARE(CaseRepository(*db).load(record.id).value().state, CaseState::Responded);

        auto* timeline = view.findChild<QTableWidget*>(QStringLiteral("caseTimeline"));
        QCOMPARE(timeline->rowCount(), 4); // log, acknowledge, extend, respond
    }

    // The people, remedies, learning, costs and links of a case each show in their section,
    // the menu follows the state machine as the buttons do, and a linked case opens.
    void sectionsShowTheWholeCase()
    {
        FixedToday today(QDate(2021, 3, 1));
        auto holder = TestDatabase::create(Backend::Sqlite);
        auto db = holder->open();
        QVERIFY(db);
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

        CaseView view(*db, workflow.value());
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

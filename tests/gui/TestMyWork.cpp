#include "TestSupport.h"
#include "help/HelpWindow.h"
#include "mainwindow/MainWindow.h"
#include "mywork/MyWorkLists.h"
#include "mywork/MyWorkView.h"
#include "queue/CaseQueueModel.h"
#include "session/Session.h"
#include "storage/LastLooked.h"
#include "util/Clock.h"

#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace redress;
using namespace redress::test;

namespace {

// A statutory complaint received on `received` and allocated to `officer`, acknowledged on
// `acknowledged` when that is valid.
Case allocated(Session& session, QDate received, const QString& officer, QDate acknowledged = {})
{
    Case record;
    record.kind = CaseKind::Complaint;
    record.procedure = Procedure::Statutory;
    record.receivedOn = received;
    record.officer = officer;
    record.complainant.fullName = QStringLiteral("Complainant %1").arg(received.day());
    if (Status logged = session.logCase(record); !logged)
        QTest::qFail(qPrintable(logged.error()), __FILE__, __LINE__);
    if (acknowledged.isValid()) {
        ActionRequest acknowledge;
        acknowledge.action = Action::Acknowledge;
        acknowledge.on = acknowledged;
        if (Status done = session.perform(record, acknowledge); !done)
            QTest::qFail(qPrintable(done.error()), __FILE__, __LINE__);
    }
    return record;
}

QStringList referencesIn(QTreeWidget* lists, MyWorkLists::List list)
{
    QStringList references;
    const QTreeWidgetItem* group = lists->topLevelItem(int(list));
    for (int i = 0; group && i < group->childCount(); ++i)
        references << group->child(i)->text(0);
    return references;
}

} // namespace

// The officer's start page: their own open cases in the right lists as of a given day, a
// reminder window of their choosing that the queue follows, and a case opened from a list.
class TestMyWork : public QObject
{
    Q_OBJECT

    IsolatedSettings m_settings;

private slots:
    void initTestCase() { HelpWindow::installF1(); }
    void init() { QSettings().clear(); }

    void listsTheRightCases_data() { addBackendRows(); }

    void listsTheRightCases()
    {
        FixedToday today(QDate(2021, 1, 13)); // a Wednesday
        REDRESS_TEST_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        const QString me = session->actor();
        const Case overdue = allocated(*session, QDate(2021, 1, 4), me);   // acknowledge by 06/01
        const Case dueToday = allocated(*session, QDate(2021, 1, 11), me); // by 13/01
        const Case thisWeek = allocated(*session, QDate(2021, 1, 13), me); // by 15/01
        const Case later = allocated(*session, QDate(2021, 1, 12), me, QDate(2021, 1, 12));
        const Case theirs = allocated(*session, QDate(2021, 1, 4), QStringLiteral("colleague"));
        QCOMPARE(later.dueOn, QDate(2021, 1, 26)); // respond by: 9 working days left

        // Last looked the day before; since then a colleague added a note to one case.
        QVERIFY(LastLooked(*db).set(me, QDateTime(QDate(2021, 1, 12), QTime(9, 0), Qt::UTC)));
        auto colleague = sessionOn(*db, QStringLiteral("colleague"));
        QVERIFY(colleague);
        const bool othersSeenApart = recordedActor(*db, QStringLiteral("colleague")) != me;
        Case noted = colleague->cases().load(later.id).value();
        noted.notes.append({0, QDateTime(QDate(2021, 1, 13), QTime(12, 0), Qt::UTC),
                            QStringLiteral("colleague"), QStringLiteral("Rang the family")});
        const Status saved = colleague->saveDetails(noted, QStringLiteral("Note added"));
        QVERIFY2(saved, qPrintable(saved.error()));

        MyWorkView view(*session);
        using L = MyWorkLists::List;
        QTreeWidget* lists = view.lists();
        QCOMPARE(view.reminderDays(), CaseQueueModel::defaultDueSoonWorkingDays);
        QCOMPARE(referencesIn(lists, L::Overdue), QStringList{overdue.reference});
        QCOMPARE(referencesIn(lists, L::DueToday), QStringList{dueToday.reference});
        QCOMPARE(referencesIn(lists, L::DueThisWeek), QStringList{thisWeek.reference});
        QCOMPARE(referencesIn(lists, L::Reminders),
                 (QStringList{dueToday.reference, thisWeek.reference}));
        QCOMPARE(referencesIn(lists, L::AwaitingAction),
                 (QStringList{overdue.reference, dueToday.reference, thisWeek.reference}));
        QVERIFY(!referencesIn(lists, L::Overdue).contains(theirs.reference));
        if (othersSeenApart)
            QCOMPARE(referencesIn(lists, L::ChangedByOthers), QStringList{later.reference});
        // Deadlines in words with an icon, not colour alone.
        const QTreeWidgetItem* first = lists->topLevelItem(int(L::Overdue))->child(0);
        QVERIFY2(first->text(2).startsWith(QStringLiteral("Overdue by")),
                 qPrintable(first->text(2)));
        QVERIFY(!first->icon(1).isNull());
        const QString reminder = view.findChild<QLabel*>(QStringLiteral("myWorkReminder"))->text();
        QVERIFY2(reminder.contains(dueToday.reference) && reminder.contains(thisWeek.reference),
                 qPrintable(reminder));

        // A wider reminder window takes in the later deadline, and is kept for next time.
        view.findChild<QSpinBox*>(QStringLiteral("myWorkReminderDays"))->setValue(10);
        QCOMPARE(referencesIn(lists, L::Reminders),
                 (QStringList{dueToday.reference, thisWeek.reference, later.reference}));
        QCOMPARE(QSettings().value(CaseQueueModel::dueSoonSettingsKey()).toInt(), 10);

        // Seen: the changes by others go until someone changes one again.
        QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("myWorkMarkSeen")),
                          Qt::LeftButton);
        QVERIFY(referencesIn(lists, L::ChangedByOthers).isEmpty());
    }

    // The first start remembers when the officer looked, for the next.
    void theNextStartCountsFromThisOne()
    {
        FixedToday today(QDate(2021, 1, 13));
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        QVERIFY(!LastLooked(*db).of(session->actor())->isValid());
        MyWorkView view(*session);
        QCOMPARE(LastLooked(*db).of(session->actor()).value(),
                 QDateTime(QDate(2021, 1, 13), QTime(12, 0), Qt::UTC));
        QVERIFY(referencesIn(view.lists(), MyWorkLists::List::ChangedByOthers).isEmpty());
    }

    // When an officer last looked is theirs, kept in the database: on another computer (no
    // settings) the changes since are still listed, and a colleague's looking does not count
    // as theirs.
    void lastLookedFollowsThePersonNotTheComputer()
    {
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        auto colleague = sessionOn(*db, QStringLiteral("colleague"));
        QVERIFY(colleague);
        Case mine;
        {
            FixedToday monday(QDate(2021, 1, 11));
            mine = allocated(*session, QDate(2021, 1, 11), session->actor());
            MyWorkView looked(*session); // the officer looks on Monday
        }
        FixedToday wednesday(QDate(2021, 1, 13));
        MyWorkView colleagueLooks(*colleague);
        Case noted = colleague->cases().load(mine.id).value();
        noted.notes.append({0, Clock::currentDateTimeUtc(), QStringLiteral("colleague"),
                            QStringLiteral("Rang the family")});
        QVERIFY(colleague->saveDetails(noted, QStringLiteral("Note added")));

        QSettings().clear(); // another computer
        MyWorkView view(*session);
        QCOMPARE(referencesIn(view.lists(), MyWorkLists::List::ChangedByOthers),
                 QStringList{mine.reference});
        QCOMPARE(LastLooked(*db).of(session->actor()).value(),
                 QDateTime(QDate(2021, 1, 13), QTime(12, 0), Qt::UTC));
    }

    // In the main window: shown at start; the reminder window reaches the queue's due-soon
    // marks; Enter on a case opens it in its tab.
    void inTheMainWindowItOpensCases()
    {
        FixedToday today(QDate(2021, 1, 13));
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        const Case overdue = allocated(*session, QDate(2021, 1, 4), session->actor());
        MainWindow main(*session);
        main.show();
        QVERIFY(QTest::qWaitForWindowExposed(&main));
        QVERIFY(main.findChild<QDockWidget*>(QStringLiteral("myWorkDock"))->isVisible());
        MyWorkView* myWork = main.myWork();
        myWork->findChild<QSpinBox*>(QStringLiteral("myWorkReminderDays"))->setValue(8);
        QCOMPARE(main.queueModel()->dueSoonWorkingDays(), 8);

        QTreeWidget* lists = myWork->lists();
        lists->setFocus();
        // F1 here opens the guide at its section.
        QTest::keyClick(lists, Qt::Key_F1);
        HelpWindow* help = nullptr;
        for (QWidget* window : QApplication::topLevelWidgets())
            if (auto* shown = qobject_cast<HelpWindow*>(window); shown && shown->isVisible())
                help = shown;
        QVERIFY(help);
        QCOMPARE(help->sectionShown(), QStringLiteral("My work"));
        help->close();
        main.activateWindow();
        lists->setFocus();
        lists->setCurrentItem(lists->topLevelItem(int(MyWorkLists::List::Overdue))->child(0));
        QTest::keyClick(lists, Qt::Key_Return);
        auto* tabs = main.findChild<QTabWidget*>(QStringLiteral("mainTabs"));
        QCOMPARE(tabs->count(), 2);
        QCOMPARE(tabs->tabText(tabs->currentIndex()), overdue.reference);
    }
};

QTEST_MAIN(TestMyWork)
#include "TestMyWork.moc"

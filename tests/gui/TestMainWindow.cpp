#include "TestSupport.h"
#include "mainwindow/MainWindow.h"
#include "queue/CaseQueueModel.h"
#include "workflow/CaseWorkflow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QSettings>
#include <QTableView>
#include <QTest>

using namespace redress;
using namespace redress::test;

class TestMainWindow : public QObject
{
    Q_OBJECT

    IsolatedSettings m_settings;

    static void logComplaint(CaseWorkflow& workflow, QDate received, const QString& name)
    {
        Case record;
        record.kind = CaseKind::Complaint;
        record.procedure = Procedure::Statutory;
        record.receivedOn = received;
        record.complainant.fullName = name;
        QVERIFY(workflow.log(record));
        ActionRequest acknowledge;
        acknowledge.action = Action::Acknowledge;
        acknowledge.on = received;
        QVERIFY(workflow.perform(record, acknowledge));
    }

private slots:

    void queueShowsOpenCasesByDeadlineAndMarksOverdue()
    {
        FixedToday today(QDate(2021, 1, 12));
        REDRESS_SQLITE_DATABASE(db);
        auto workflow = CaseWorkflow::forDatabase(*db, QStringLiteral("officer"));
        logComplaint(workflow.value(), QDate(2021, 1, 4), QStringLiteral("Later Deadline"));
        logComplaint(workflow.value(), QDate(2020, 12, 21),
                     QStringLiteral("Overdue Person")); // due 07/01/2021

        auto session = test::sessionOn(*db);
        QVERIFY(session);
        MainWindow window(*session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* view = window.findChild<QTableView*>(QStringLiteral("caseQueue"));
        QVERIFY(view);
        QAbstractItemModelTester tester(view->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(view->model()->rowCount(), 2);
        auto cell = [&](int row, int column) {
            return view->model()->index(row, column).data().toString();
        };
        QCOMPARE(cell(0, CaseQueueModel::Complainant), QStringLiteral("Overdue Person"));
        QCOMPARE(cell(0, CaseQueueModel::Due), QStringLiteral("Respond 07/01/2021"));
        QVERIFY(cell(0, CaseQueueModel::WorkingDaysLeft).startsWith(u"Overdue by 3 working day"));
        QCOMPARE(cell(1, CaseQueueModel::Complainant), QStringLiteral("Later Deadline"));

        auto* picker = window.findChild<QComboBox*>(QStringLiteral("queueViewPicker"));
        QVERIFY(picker);
        picker->setFocus();
        QTest::keyClick(picker, Qt::Key_Down); // "Overdue"
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QCOMPARE(cell(0, CaseQueueModel::Complainant), QStringLiteral("Overdue Person"));
    }

    void queueFetchesLazilyInPages()
    {
        FixedToday today(QDate(2021, 6, 30));
        auto holder = TestDatabase::create(Backend::Sqlite);
        auto db = holder->open();
        auto workflow = CaseWorkflow::forDatabase(*db, QStringLiteral("officer"));
        for (int i = 0; i < CaseQueueModel::pageSize + 20; ++i) {
            Case record;
            record.kind = CaseKind::Compliment;
            record.receivedOn = QDate(2021, 6, 1);
            QVERIFY(workflow->log(record));
        }
        auto session = test::sessionOn(*db);
        QVERIFY(session);
        MainWindow window(*session);
        auto* model = window.queueModel();
        QCOMPARE(model->rowCount(), CaseQueueModel::pageSize);
        QVERIFY(model->canFetchMore({}));
        model->fetchMore({});
        QCOMPARE(model->rowCount(), CaseQueueModel::pageSize + 20);
        QVERIFY(!model->canFetchMore({}));
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"

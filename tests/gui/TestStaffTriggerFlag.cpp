// The queue flags, for a lead or an administrator, an open complaint naming a member of staff
// at or over the council's trigger point in the last 12 months: an icon on the reference
// and a tooltip (and accessible text) saying who and how many, never colour alone. An officer
// sees no flag. Administration sets the trigger point. The flags are counted on a worker thread
// and appear on the rows a moment after them, without a reset of the queue.
#include "TestSupport.h"
#include "admin/AdministrationDialog.h"
#include "mainwindow/MainWindow.h"
#include "queue/CaseQueueModel.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"
#include "storage/ReferenceData.h"
#include "storage/ServiceFigures.h"
#include "storage/Sql.h"

#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QThreadPool>
#include <memory>

using namespace redress;
using namespace redress::test;

namespace {

const QDate today(2021, 3, 1);

qint64 addComplaint(CaseRepository& cases, const QString& complainant, QDate received,
                    CaseState state, const QList<StaffNamed>& staff)
{
    Case record;
    record.kind = CaseKind::Complaint;
    record.procedure = Procedure::Statutory;
    record.state = state;
    record.receivedOn = received;
    record.dueOn = received.addDays(28);
    if (state == CaseState::Closed)
        record.closedOn = received.addDays(20);
    record.complainant.fullName = complainant;
    Stage stage;
    stage.number = 1;
    stage.profileCode = QStringLiteral("statutory");
    stage.requestedOn = received;
    if (state == CaseState::Closed)
        stage.respondedOn = received.addDays(20);
    record.stages = {stage};
    record.staffNamed = staff;
    auto inserted = cases.insert(record);
    if (!inserted)
        QTest::qFail(qPrintable(inserted.error()), __FILE__, __LINE__);
    return record.id;
}

StaffNamed staff(const char* name, const char* jobTitle)
{
    return StaffNamed{0, QString::fromUtf8(name), QString::fromUtf8(jobTitle)};
}

bool addUser(Database& db, const QString& role)
{
    return bool(sql::exec(db.sql(),
                          QStringLiteral("INSERT INTO app_user (username, display_name, role) "
                                         "VALUES (?, ?, ?)"),
                          {QStringLiteral("tester"), QStringLiteral("Tester"), role}));
}

// The queue's row for the complaint of `complainant`, in the reference column; invalid when
// it is not among the rows loaded.
QModelIndex referenceOf(const QAbstractItemModel& model, const QString& complainant)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.index(row, CaseQueueModel::Complainant).data().toString() == complainant)
            return model.index(row, CaseQueueModel::Reference);
    return {};
}

} // namespace

class TestStaffTriggerFlag : public QObject
{
    Q_OBJECT

    IsolatedSettings m_settings;

private slots:
    // Jo Bloggs (social worker) is named in three complaints in the 12 months to today: two
    // closed and one open, which is flagged. Sam Lee is named in two. A complaint naming
    // Jo Bloggs 13 months ago does not count.
    void flagsForLeads_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<int>("threshold");
        QTest::addColumn<bool>("joFlagged");
        QTest::addColumn<bool>("samFlagged");
        QTest::newRow("officer") << QStringLiteral("officer") << 3 << false << false;
        QTest::newRow("lead") << QStringLiteral("lead") << 3 << true << false;
        QTest::newRow("admin") << QStringLiteral("admin") << 3 << true << false;
        QTest::newRow("lead, trigger point 2") << QStringLiteral("lead") << 2 << true << true;
        QTest::newRow("lead, trigger point 4") << QStringLiteral("lead") << 4 << false << false;
    }
    void flagsForLeads()
    {
        QFETCH(QString, role);
        QFETCH(int, threshold);
        QFETCH(bool, joFlagged);
        QFETCH(bool, samFlagged);
        FixedToday fixed(today);
        REDRESS_SQLITE_DATABASE(db);
        QVERIFY(addUser(*db, role));
        QVERIFY(ReferenceData(*db, QStringLiteral("admin")).saveStaffNamedThreshold(threshold));
        CaseRepository cases(*db);
        addComplaint(cases, QStringLiteral("Old Case"), QDate(2020, 1, 6), CaseState::Closed,
                     {staff("Jo Bloggs", "Social worker")});
        addComplaint(cases, QStringLiteral("First"), QDate(2020, 5, 4), CaseState::Closed,
                     {staff("Jo Bloggs", "Social worker"), staff("Sam Lee", "Team manager")});
        addComplaint(cases, QStringLiteral("Second"), QDate(2020, 11, 2), CaseState::Closed,
                     {staff("JO BLOGGS ", "social worker")});
        addComplaint(cases, QStringLiteral("Newest"), QDate(2021, 2, 22), CaseState::Open,
                     {staff("Jo Bloggs", "Social worker")});
        addComplaint(cases, QStringLiteral("Sam Again"), QDate(2021, 2, 15), CaseState::Open,
                     {staff("Sam Lee", "Team manager")});
        addComplaint(cases, QStringLiteral("Nobody Named"), QDate(2021, 2, 8), CaseState::Open, {});

        auto session = sessionOn(*db, QStringLiteral("tester"));
        QVERIFY(session);
        MainWindow window(*session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* view = window.findChild<QTableView*>(QStringLiteral("caseQueue"));
        auto* queue = window.findChild<CaseQueueModel*>();
        QVERIFY(view && queue);
        // The flags are counted on a worker; an officer's queue counts nothing.
        if (role == u"officer")
            QVERIFY(!queue->isCountingStaffFlags());
        else
            QTRY_VERIFY(!queue->isCountingStaffFlags());
        QAbstractItemModel* model = view->model();
        QHash<QString, QModelIndex> byComplainant;
        for (int row = 0; row < model->rowCount(); ++row)
            byComplainant.insert(model->index(row, CaseQueueModel::Complainant).data().toString(),
                                 model->index(row, CaseQueueModel::Reference));
        QVERIFY(byComplainant.contains(QStringLiteral("Newest")));
        QVERIFY(byComplainant.contains(QStringLiteral("Sam Again")));

        const QModelIndex newest = byComplainant.value(QStringLiteral("Newest"));
        QCOMPARE(!newest.data(Qt::DecorationRole).isNull(), joFlagged);
        const QString tooltip = newest.data(Qt::ToolTipRole).toString();
        QCOMPARE(tooltip.contains(QStringLiteral("Jo Bloggs (Social worker)")), joFlagged);
        QCOMPARE(tooltip.contains(QStringLiteral("Named in 3 complaint")), joFlagged);
        const QString spoken = newest.data(Qt::AccessibleTextRole).toString();
        QCOMPARE(spoken.contains(QStringLiteral("trigger point")), joFlagged);
        QVERIFY(spoken.startsWith(newest.data().toString()));

        const QModelIndex sam = byComplainant.value(QStringLiteral("Sam Again"));
        QCOMPARE(!sam.data(Qt::DecorationRole).isNull(), samFlagged);
        QCOMPARE(sam.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Sam Lee")),
                 samFlagged);

        const QModelIndex nobody = byComplainant.value(QStringLiteral("Nobody Named"));
        QVERIFY(nobody.data(Qt::DecorationRole).isNull());
        QVERIFY(!nobody.data(Qt::ToolTipRole).toString().contains(QStringLiteral("trigger")));
        // the reference itself is unchanged, so sorting and searching by it still work
        QVERIFY(!newest.data().toString().contains(QStringLiteral("Bloggs")));
    }

    // A lead's queue shows its rows first and the flag a moment later, by itself: the count
    // runs on a worker and ends in dataChanged on the reference column, not a reset, so the
    // row selected stays selected. Jo Bloggs is named in three complaints (the trigger point),
    // Sam Lee in two; a complaint logged afterwards that takes Sam Lee to three flags Sam's open
    // complaint once the queue shows the change, again by itself.
    void leadSeesTheFlagAppear()
    {
        FixedToday fixed(today);
        REDRESS_SQLITE_DATABASE(db);
        QVERIFY(addUser(*db, QStringLiteral("lead")));
        CaseRepository cases(*db);
        addComplaint(cases, QStringLiteral("Earlier"), QDate(2020, 5, 4), CaseState::Closed,
                     {staff("Jo Bloggs", "Social worker"), staff("Sam Lee", "Team manager")});
        addComplaint(cases, QStringLiteral("Earlier"), QDate(2020, 11, 2), CaseState::Closed,
                     {staff("Jo Bloggs", "Social worker")});
        addComplaint(cases, QStringLiteral("Newest"), QDate(2021, 2, 22), CaseState::Open,
                     {staff("Jo Bloggs", "Social worker")});
        addComplaint(cases, QStringLiteral("Sam Again"), QDate(2021, 2, 15), CaseState::Open,
                     {staff("Sam Lee", "Team manager")});
        addComplaint(cases, QStringLiteral("Nobody Named"), QDate(2021, 2, 8), CaseState::Open, {});

        auto session = sessionOn(*db, QStringLiteral("tester"));
        QVERIFY(session);
        MainWindow window(*session);
        auto* view = window.findChild<QTableView*>(QStringLiteral("caseQueue"));
        auto* queue = window.findChild<CaseQueueModel*>();
        QVERIFY(view && queue);
        // The rows are there before the count, which can end only once events are handled.
        QVERIFY(queue->isCountingStaffFlags());
        const QModelIndex newest = referenceOf(*queue, QStringLiteral("Newest"));
        QVERIFY(newest.isValid());
        QVERIFY(newest.data(Qt::DecorationRole).isNull());
        view->setCurrentIndex(newest);
        QSignalSpy resets(queue, &QAbstractItemModel::modelReset);
        QSignalSpy changes(queue, &QAbstractItemModel::dataChanged);
        QSignalSpy counted(queue, &CaseQueueModel::staffFlagsCounted);

        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(counted.count() == 1 || counted.wait());
        QVERIFY(!queue->isCountingStaffFlags());
        QVERIFY(!newest.data(Qt::DecorationRole).isNull());
        QVERIFY(newest.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Named in 3")));
        QCOMPARE(resets.count(), 0);
        QVERIFY(!changes.isEmpty());
        QCOMPARE(changes.first().at(0).value<QModelIndex>().column(),
                 int(CaseQueueModel::Reference));
        QCOMPARE(view->currentIndex(), newest);
        QVERIFY(referenceOf(*queue, QStringLiteral("Sam Again")).data(Qt::DecorationRole).isNull());

        addComplaint(cases, QStringLiteral("Third For Sam"), QDate(2021, 2, 1), CaseState::Closed,
                     {staff("Sam Lee", "Team manager")});
        counted.clear();
        session->notifyCasesChanged();
        QVERIFY(counted.wait());
        const QModelIndex sam = referenceOf(*queue, QStringLiteral("Sam Again"));
        QVERIFY(!sam.data(Qt::DecorationRole).isNull());
        QVERIFY(sam.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Sam Lee")));
        QVERIFY(
            referenceOf(*queue, QStringLiteral("Nobody Named")).data(Qt::DecorationRole).isNull());
    }

    // Closing the window while the count runs: the count ends on its own connection, unheard,
    // and the next window on the same database counts afresh and shows the flag.
    void closingWhileCountingIsSafe()
    {
        FixedToday fixed(today);
        REDRESS_SQLITE_DATABASE(db);
        QVERIFY(addUser(*db, QStringLiteral("lead")));
        CaseRepository cases(*db);
        for (QDate received : {QDate(2020, 5, 4), QDate(2020, 11, 2), QDate(2021, 2, 22)})
            addComplaint(cases, QStringLiteral("Named"), received, CaseState::Open,
                         {staff("Jo Bloggs", "Social worker")});
        auto session = sessionOn(*db, QStringLiteral("tester"));
        QVERIFY(session);
        {
            auto window = std::make_unique<MainWindow>(*session);
            auto* queue = window->findChild<CaseQueueModel*>();
            QVERIFY(queue && queue->isCountingStaffFlags());
        }
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::sendPostedEvents();

        MainWindow again(*session);
        auto* queue = again.findChild<CaseQueueModel*>();
        QVERIFY(queue);
        QSignalSpy counted(queue, &CaseQueueModel::staffFlagsCounted);
        QVERIFY(counted.wait());
        QCOMPARE(queue->rowCount(), 3);
        for (int row = 0; row < queue->rowCount(); ++row)
            QVERIFY(
                !queue->index(row, CaseQueueModel::Reference).data(Qt::DecorationRole).isNull());
    }

    // An officer is not shown the flags, so their queue starts no count: not at the first
    // load, not when a case changes.
    void officerCountsNothing()
    {
        FixedToday fixed(today);
        REDRESS_SQLITE_DATABASE(db);
        QVERIFY(addUser(*db, QStringLiteral("officer")));
        CaseRepository cases(*db);
        for (QDate received : {QDate(2020, 5, 4), QDate(2020, 11, 2), QDate(2021, 2, 22)})
            addComplaint(cases, QStringLiteral("Named"), received, CaseState::Open,
                         {staff("Jo Bloggs", "Social worker")});
        auto session = sessionOn(*db, QStringLiteral("tester"));
        QVERIFY(session);
        MainWindow window(*session);
        auto* queue = window.findChild<CaseQueueModel*>();
        QVERIFY(queue);
        QSignalSpy counted(queue, &CaseQueueModel::staffFlagsCounted);
        QVERIFY(!queue->isCountingStaffFlags());
        session->notifyCasesChanged();
        QVERIFY(!queue->isCountingStaffFlags());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(queue->rowCount(), 3);
        for (int row = 0; row < queue->rowCount(); ++row)
            QVERIFY(queue->index(row, CaseQueueModel::Reference).data(Qt::DecorationRole).isNull());
        QCOMPARE(counted.count(), 0);
    }

    // Administration › Year figures sets the trigger point, audited as the administrator.
    void administrationSetsTheTriggerPoint()
    {
        FixedToday fixed(today);
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db, QStringLiteral("admin.tester"));
        QVERIFY(session);
        AdministrationDialog dialog(*session);
        dialog.show();
        auto* spin = dialog.findChild<QSpinBox*>(QStringLiteral("staffNamedThreshold"));
        auto* save = dialog.findChild<QPushButton*>(QStringLiteral("saveStaffNamedThreshold"));
        QVERIFY(spin && save);
        for (int i = 0; i < dialog.tabs()->count(); ++i)
            if (dialog.tabs()->widget(i)->isAncestorOf(spin))
                dialog.tabs()->setCurrentIndex(i);
        QCOMPARE(spin->value(), 3);
        spin->setValue(5);
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(*ReferenceData(*db).staffNamedThreshold(), 5);
        auto entries = AuditLog(*db).latest(5);
        QVERIFY(entries && !entries->isEmpty());
        QCOMPARE(entries->first().action, QStringLiteral("admin_report_setting"));
        QCOMPARE(entries->first().actor, QStringLiteral("admin.tester"));
        QCOMPARE(entries->first().after.value(u"staffNamedThreshold").toInt(), 5);
    }

    // Year figures › Service areas: each active service area's open cases and contacts,
    // saved with the year's figures and shown again for that year.
    void administrationEntersServiceFigures()
    {
        FixedToday fixed(today);
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db, QStringLiteral("admin.tester"));
        QVERIFY(session);
        AdministrationDialog dialog(*session);
        dialog.show();
        auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("serviceFigures"));
        auto* save = dialog.findChild<QPushButton*>(QStringLiteral("saveYearFigures"));
        QVERIFY(table && save);
        for (int i = 0; i < dialog.tabs()->count(); ++i)
            if (dialog.tabs()->widget(i)->isAncestorOf(table))
                dialog.tabs()->setCurrentIndex(i);
        int frontDoor = -1;
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 0)->text() == u"Front door and assessment")
                frontDoor = row;
        QVERIFY(frontDoor >= 0);
        QCOMPARE(table->rowCount(), 6); // the default service areas
        auto* open = qobject_cast<QSpinBox*>(table->cellWidget(frontDoor, 1));
        auto* contacts = qobject_cast<QSpinBox*>(table->cellWidget(frontDoor, 2));
        QVERIFY(open && contacts);
        QCOMPARE(open->text(), QStringLiteral("Not known"));
        open->setValue(2500);
        contacts->setValue(13074);
        QTest::mouseClick(save, Qt::LeftButton);
        const qint64 id = table->item(frontDoor, 0)->data(Qt::UserRole).toLongLong();
        auto stored = ServiceFigures(*db).forYear(2020);
        QVERIFY(stored);
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->first().orgUnitId, id);
        QCOMPARE(stored->first().openCases, std::optional<int>(2500));
        QCOMPARE(stored->first().contacts, std::optional<int>(13074));
        open->setValue(1);
        auto* year = dialog.findChild<QComboBox*>(QStringLiteral("figuresYear"));
        QVERIFY(year);
        year->setCurrentIndex(year->findData(2019));
        QCOMPARE(open->text(), QStringLiteral("Not known"));
        year->setCurrentIndex(year->findData(2020));
        QCOMPARE(open->value(), 2500);
    }
};

QTEST_MAIN(TestStaffTriggerFlag)
#include "TestStaffTriggerFlag.moc"

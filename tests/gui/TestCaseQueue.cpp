#include "TestSupport.h"
#include "caseview/CaseView.h"
#include "common/DateEdit.h"
#include "mainwindow/MainWindow.h"
#include "queue/CaseQueueModel.h"
#include "queue/QueueFilterBar.h"
#include "storage/CaseRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QTest>

using namespace redress;
using namespace redress::test;

namespace {

const QDate today(2021, 3, 1); // a Monday

void addCase(CaseRepository& cases, CaseKind kind, const QString& name, QDate due,
             const QString& summary)
{
    Case record;
    record.kind = kind;
    record.procedure = kind == CaseKind::Complaint ? Procedure::Corporate : Procedure::None;
    record.state = CaseState::Open;
    record.receivedOn = QDate(2021, 2, 1);
    record.dueOn = due;
    record.officer = QStringLiteral("officer");
    record.complainant.fullName = name;
    record.summary = summary;
    QVERIFY(cases.insert(record));
}

} // namespace

class TestCaseQueue : public QObject
{
    Q_OBJECT

    IsolatedSettings m_settings;
    std::unique_ptr<TestDatabase> m_holder;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<FixedToday> m_today;

    QTableView* m_view = nullptr;

    QString cell(int row, int column) const
    {
        return m_view->model()->index(row, column).data().toString();
    }
    QStringList column(int column) const
    {
        QStringList result;
        for (int row = 0; row < m_view->model()->rowCount(); ++row)
            result << cell(row, column);
        return result;
    }

private slots:
    void initTestCase()
    {
        m_today = std::make_unique<FixedToday>(today);
        m_holder = TestDatabase::create(Backend::Sqlite);
        m_db = m_holder->open();
        QVERIFY(m_db);
        m_session = test::sessionOn(*m_db);
        QVERIFY(m_session);
        CaseRepository cases(*m_db);
        addCase(cases, CaseKind::Complaint, QStringLiteral("Bea Late"), QDate(2021, 2, 24),
                QStringLiteral("Missed contact visit")); // 3 working days overdue
        addCase(cases, CaseKind::Concern, QStringLiteral("Cy Soon"), QDate(2021, 3, 3),
                QStringLiteral("Respite hours cut")); // due in 2 working days
        addCase(cases, CaseKind::Complaint, QStringLiteral("Al Later"), QDate(2021, 4, 30),
                QStringLiteral("Transport to school"));
        addCase(cases, CaseKind::Concern, QStringLiteral("Di Also Late"), QDate(2021, 2, 26),
                QStringLiteral("Placement letter")); // 1 working day overdue
    }

    void init() { QSettings().clear(); }

    void showsEveryColumnAndMarksDeadlines()
    {
        MainWindow window(*m_session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        m_view = window.findChild<QTableView*>(QStringLiteral("caseQueue"));
        QAbstractItemModelTester tester(m_view->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m_view->model()->columnCount(), int(CaseQueueModel::ColumnCount));
        QCOMPARE(column(CaseQueueModel::Complainant),
                 (QStringList{QStringLiteral("Bea Late"), QStringLiteral("Di Also Late"),
                              QStringLiteral("Cy Soon"), QStringLiteral("Al Later")}));
        QVERIFY(cell(0, CaseQueueModel::WorkingDaysLeft).startsWith(u"Overdue by 3 working day"));
        QVERIFY(cell(1, CaseQueueModel::WorkingDaysLeft).startsWith(u"Overdue by 1 working day"));
        QVERIFY(cell(2, CaseQueueModel::WorkingDaysLeft).startsWith(u"Due in 2 working day"));
        QVERIFY(!cell(3, CaseQueueModel::WorkingDaysLeft).startsWith(u"Due"));
        const QModelIndex overdue = m_view->model()->index(0, CaseQueueModel::WorkingDaysLeft);
        QVERIFY(!overdue.data(Qt::DecorationRole).isNull()); // an icon as well as colour
        QVERIFY(!overdue.data(Qt::BackgroundRole).isNull());
        QVERIFY(m_view->model()->index(3, 0).data(Qt::BackgroundRole).isNull());
        QCOMPARE(m_view->model()->headerData(CaseQueueModel::ChildStatus, Qt::Horizontal),
                 QVariant(QStringLiteral("Child's status")));
    }

    void dueSoonThresholdComesFromSettings()
    {
        QSettings().setValue(CaseQueueModel::dueSoonSettingsKey(), 1);
        MainWindow window(*m_session);
        m_view = window.findChild<QTableView*>(QStringLiteral("caseQueue"));
        QCOMPARE(cell(2, CaseQueueModel::WorkingDaysLeft), QStringLiteral("2"));
    }

    void clickingAHeaderSortsInTheDatabase()
    {
        MainWindow window(*m_session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        m_view = window.findChild<QTableView*>(QStringLiteral("caseQueue"));
        QHeaderView* header = m_view->horizontalHeader();
        const QPoint complainant(header->sectionViewportPosition(CaseQueueModel::Complainant) +
                                     header->sectionSize(CaseQueueModel::Complainant) / 2,
                                 header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, complainant);
        QTRY_COMPARE(column(CaseQueueModel::Complainant),
                     (QStringList{QStringLiteral("Al Later"), QStringLiteral("Bea Late"),
                                  QStringLiteral("Cy Soon"), QStringLiteral("Di Also Late")}));
        QCOMPARE(window.queueModel()->currentSort().column, CaseSortColumn::Complainant);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, complainant);
        QTRY_COMPARE(cell(0, CaseQueueModel::Complainant), QStringLiteral("Di Also Late"));
        QVERIFY(window.queueModel()->currentSort().descending);
    }

    void filtersAndSearchChangeTheRows()
    {
        MainWindow window(*m_session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        m_view = window.findChild<QTableView*>(QStringLiteral("caseQueue"));
        auto* kind = window.findChild<QComboBox*>(QStringLiteral("queueKindFilter"));
        QVERIFY(kind);
        QVERIFY(!kind->accessibleName().isEmpty());
        kind->setCurrentIndex(kind->findData(QStringLiteral("concern")));
        QTRY_COMPARE(column(CaseQueueModel::Complainant),
                     (QStringList{QStringLiteral("Di Also Late"), QStringLiteral("Cy Soon")}));
        kind->setCurrentIndex(0);
        QTRY_COMPARE(m_view->model()->rowCount(), 4);

        auto* search = window.findChild<QLineEdit*>(QStringLiteral("queueSearch"));
        QVERIFY(search);
        QTest::keyClicks(search, QStringLiteral("respite"));
        QCOMPARE(m_view->model()->rowCount(), 4); // not on every keystroke: after a pause
        QTRY_COMPARE(column(CaseQueueModel::Complainant), QStringList{QStringLiteral("Cy Soon")});
        search->clear();
        QTest::keyClicks(search, QStringLiteral("later"));
        QTRY_COMPARE(column(CaseQueueModel::Complainant), QStringList{QStringLiteral("Al Later")});

        auto* view = window.findChild<QComboBox*>(QStringLiteral("queueViewPicker"));
        search->clear();
        view->setCurrentIndex(view->findData(int(QueueView::Overdue)));
        QTRY_COMPARE(column(CaseQueueModel::Complainant),
                     (QStringList{QStringLiteral("Bea Late"), QStringLiteral("Di Also Late")}));
    }

    void dueDateFilterChangesTheRows_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QStringList>("shown");
        const QDate any;
        QTest::addRow("due from a date, inclusive")
            << QDate(2021, 2, 26) << any
            << QStringList{QStringLiteral("Di Also Late"), QStringLiteral("Cy Soon"),
                           QStringLiteral("Al Later")};
        QTest::addRow("due up to a date, inclusive")
            << any << QDate(2021, 2, 26)
            << QStringList{QStringLiteral("Bea Late"), QStringLiteral("Di Also Late")};
        QTest::addRow("due between two dates")
            << QDate(2021, 2, 25) << QDate(2021, 3, 3)
            << QStringList{QStringLiteral("Di Also Late"), QStringLiteral("Cy Soon")};
        QTest::addRow("no case due in the range")
            << QDate(2021, 3, 4) << QDate(2021, 4, 29) << QStringList{};
    }

    void dueDateFilterChangesTheRows()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QStringList, shown);
        MainWindow window(*m_session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        m_view = window.findChild<QTableView*>(QStringLiteral("caseQueue"));
        auto* dueFrom = window.findChild<DateEdit*>(QStringLiteral("queueDueFrom"));
        auto* dueTo = window.findChild<DateEdit*>(QStringLiteral("queueDueTo"));
        QVERIFY(dueFrom && dueTo);
        for (DateEdit* edit : {dueFrom, dueTo}) { // left empty, meaning any date, until chosen
            QVERIFY(edit->text().isEmpty());
            QCOMPARE(edit->placeholderText(), QStringLiteral("Any"));
        }
        QVERIFY(!dueFrom->accessibleName().isEmpty());
        QVERIFY(!dueTo->accessibleName().isEmpty());
        QTRY_COMPARE(m_view->model()->rowCount(), 4);

        if (from.isValid()) { // typed as an officer types it
            dueFrom->setFocus();
            QTest::keyClicks(dueFrom, from.toString(QStringLiteral("d/M/yy")));
            dueTo->setFocus();
        }
        if (to.isValid())
            dueTo->setDate(to);
        QTRY_COMPARE(column(CaseQueueModel::Complainant), shown);
        if (from.isValid())
            QCOMPARE(dueFrom->text(), from.toString(QStringLiteral("dd/MM/yyyy")));

        // Emptied, a date means any date again, and every case is back.
        for (DateEdit* edit : {dueFrom, dueTo}) {
            edit->setFocus();
            edit->selectAll();
            QTest::keyClick(edit, Qt::Key_Delete);
            QVERIFY(edit->text().isEmpty());
        }
        QTRY_COMPARE(m_view->model()->rowCount(), 4);
    }

    void returnInTheSearchOpensTheOneCaseFound_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("opened"); // the complainant of the case opened; empty: none
        QTest::addRow("one found") << "respite"
                                   << "Cy Soon";
        QTest::addRow("three found") << "late"
                                     << "";
        QTest::addRow("none found") << "nobody by that name"
                                    << "";
    }

    // Return applies the search at once and, when it finds exactly one case, opens it: the
    // officer who types a reference or a name gets the case without reaching for the mouse.
    void returnInTheSearchOpensTheOneCaseFound()
    {
        QFETCH(QString, typed);
        QFETCH(QString, opened);
        MainWindow window(*m_session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* search = window.findChild<QLineEdit*>(QStringLiteral("queueSearch"));
        QVERIFY(search);
        QTest::keyClicks(search, typed);
        QTest::keyClick(search, Qt::Key_Return);
        const QList<CaseView*> views = window.findChildren<CaseView*>();
        if (opened.isEmpty()) {
            QVERIFY(views.isEmpty());
            return;
        }
        QCOMPARE(views.size(), 1);
        QCOMPARE(views.first()->currentCase().complainant.fullName, opened);
        QVERIFY(views.first()->isVisible());
    }

    void keyboardFindsTheSearchBoxAndTheNextOverdueCase()
    {
        MainWindow window(*m_session);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        m_view = window.findChild<QTableView*>(QStringLiteral("caseQueue"));
        auto* search = window.findChild<QLineEdit*>(QStringLiteral("queueSearch"));
        m_view->setFocus();
        QTRY_VERIFY(m_view->hasFocus());
        QTest::keyClick(m_view, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());

        m_view->setFocus();
        m_view->setCurrentIndex(m_view->model()->index(0, 0));
        QTest::keyClick(m_view, Qt::Key_F8);
        QCOMPARE(m_view->currentIndex().row(), 1); // the next overdue
        QTest::keyClick(m_view, Qt::Key_F8);
        QCOMPARE(m_view->currentIndex().row(), 0); // round to the top again
    }

    void viewAndFiltersAreRemembered()
    {
        {
            MainWindow window(*m_session);
            auto* view = window.findChild<QComboBox*>(QStringLiteral("queueViewPicker"));
            view->setCurrentIndex(view->findData(int(QueueView::Overdue)));
            auto* kind = window.findChild<QComboBox*>(QStringLiteral("queueKindFilter"));
            kind->setCurrentIndex(kind->findData(QStringLiteral("concern")));
            window.close();
        }
        MainWindow again(*m_session);
        QCOMPARE(again.findChild<QComboBox*>(QStringLiteral("queueViewPicker"))->currentData(),
                 QVariant(int(QueueView::Overdue)));
        m_view = again.findChild<QTableView*>(QStringLiteral("caseQueue"));
        QCOMPARE(column(CaseQueueModel::Complainant), QStringList{QStringLiteral("Di Also Late")});
    }

    void everyControlIsNamed()
    {
        MainWindow window(*m_session);
        auto* bar = window.findChild<QueueFilterBar*>(QStringLiteral("queueFilterBar"));
        QVERIFY(bar);
        const auto controls = bar->findChildren<QWidget*>();
        int named = 0;
        for (QWidget* control : controls) {
            if (qobject_cast<QComboBox*>(control) || qobject_cast<QLineEdit*>(control) ||
                qobject_cast<QDateEdit*>(control)) {
                if (control->parent() != bar)
                    continue; // a line edit inside a combo or date edit
                QVERIFY2(!control->objectName().isEmpty(), control->metaObject()->className());
                QVERIFY2(!control->accessibleName().isEmpty(), qPrintable(control->objectName()));
                ++named;
            }
        }
        QVERIFY(named >= 11); // six choices, four dates, the search
    }

    void cleanupTestCase()
    {
        m_session.reset();
        m_db.reset();
        m_holder.reset();
        m_today.reset();
    }
};

QTEST_MAIN(TestCaseQueue)
#include "TestCaseQueue.moc"

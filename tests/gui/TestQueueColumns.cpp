#include "TestSupport.h"
#include "mainwindow/MainWindow.h"
#include "mywork/MyWorkView.h"
#include "queue/CaseQueueModel.h"
#include "queue/CaseQueueView.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace redress;
using namespace redress::test;

namespace {

const QDate today(2021, 3, 3); // a Wednesday
// What a window manager's title bar and frame take of the screen's height.
constexpr int titleBarAllowance = 32;

// What an officer must see of every case without scrolling.
const QList<int> firstColumns = {
    CaseQueueModel::Reference,  CaseQueueModel::Due,  CaseQueueModel::WorkingDaysLeft,
    CaseQueueModel::State,      CaseQueueModel::Kind, CaseQueueModel::ProcedureStage,
    CaseQueueModel::Complainant};

QImage imageOf(const QVariant& icon)
{
    return icon.value<QIcon>().pixmap(16, 16).toImage();
}

} // namespace

class TestQueueColumns : public QObject
{
    Q_OBJECT

    IsolatedSettings m_settings;
    std::unique_ptr<FixedToday> m_today;
    std::unique_ptr<TestDatabase> m_holder;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Session> m_session;
    QStringList m_references; // in the order of their earliest deadline
    QList<qint64> m_ids;      // the same cases' ids

    static CaseQueueView* queueOf(MainWindow& window)
    {
        return window.findChild<CaseQueueView*>(QStringLiteral("caseQueue"));
    }
    static QString cell(QTableView* view, int row, int column)
    {
        return view->model()->index(row, column).data().toString();
    }
    static QAction* columnAction(QMenu* menu, int column)
    {
        return menu->findChild<QAction*>(QStringLiteral("showColumn%1").arg(column));
    }

private slots:
    void initTestCase()
    {
        m_today = std::make_unique<FixedToday>(today);
        m_holder = TestDatabase::create(Backend::Sqlite);
        m_db = m_holder->open();
        QVERIFY(m_db);
        m_session = sessionOn(*m_db);
        QVERIFY(m_session);
        // Due first to last: acknowledgement long overdue, acknowledgement due today,
        // response due tomorrow, response with time in hand.
        for (const auto& [received, acknowledged, procedure] :
             {std::tuple{QDate(2021, 2, 8), QDate(), Procedure::Statutory},
              std::tuple{QDate(2021, 3, 1), QDate(), Procedure::Statutory},
              std::tuple{QDate(2021, 2, 18), QDate(2021, 2, 19), Procedure::Statutory},
              std::tuple{QDate(2021, 3, 1), QDate(2021, 3, 2), Procedure::Corporate}}) {
            const Case logged = loggedComplaint(*m_session, received, acknowledged, procedure);
            m_references << logged.reference;
            m_ids << logged.id;
        }
    }

    void init() { QSettings().clear(); }

    // The Due column says which deadline it is, the order is by the earliest of either kind,
    // and overdue, due today and due soon each have words and an icon of their own.
    void dueColumnSaysWhichDeadline()
    {
        MainWindow window(*m_session);
        QTableView* view = queueOf(window);
        QVERIFY(view);
        QCOMPARE(view->model()->rowCount(), 4);
        QStringList shown;
        for (int row = 0; row < 4; ++row)
            shown << cell(view, row, CaseQueueModel::Reference);
        QCOMPARE(shown, m_references);
        QCOMPARE(cell(view, 0, CaseQueueModel::Due), QStringLiteral("Acknowledge 10/02/2021"));
        QCOMPARE(cell(view, 1, CaseQueueModel::Due), QStringLiteral("Acknowledge 03/03/2021"));
        QCOMPARE(cell(view, 2, CaseQueueModel::Due), QStringLiteral("Respond 04/03/2021"));
        QCOMPARE(cell(view, 3, CaseQueueModel::Due), QStringLiteral("Respond 15/03/2021"));

        QCOMPARE(spelledOut(cell(view, 0, CaseQueueModel::WorkingDaysLeft)),
                 QStringLiteral("Overdue by 15 working days"));
        QCOMPARE(cell(view, 1, CaseQueueModel::WorkingDaysLeft), QStringLiteral("Due today"));
        QCOMPARE(spelledOut(cell(view, 2, CaseQueueModel::WorkingDaysLeft)),
                 QStringLiteral("Due in 1 working day"));
        QCOMPARE(cell(view, 3, CaseQueueModel::WorkingDaysLeft), QStringLiteral("8"));

        QList<QImage> icons;
        for (int row = 0; row < 3; ++row) {
            const QVariant icon =
                view->model()->index(row, CaseQueueModel::WorkingDaysLeft).data(Qt::DecorationRole);
            QVERIFY2(!imageOf(icon).isNull(), qPrintable(cell(view, row, 0)));
            for (const QImage& other : icons)
                QVERIFY2(imageOf(icon) != other, "overdue, today and soon share an icon");
            icons << imageOf(icon);
            // Colour as well, never colour only.
            QVERIFY(!view->model()
                         ->index(row, CaseQueueModel::WorkingDaysLeft)
                         .data(Qt::ForegroundRole)
                         .isNull());
        }
        QVERIFY(view->model()
                    ->index(3, CaseQueueModel::WorkingDaysLeft)
                    .data(Qt::DecorationRole)
                    .isNull());
    }

    // With a case open and My work shown, the maximised window still fits the screen: no
    // page of the case may ask for more height than a 1280x720 screen has, or the bottom of
    // the case and the status bar fall off its edge.
    void windowWithACaseFitsAt1280x720()
    {
        MainWindow window(*m_session);
        window.showMaximized();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openCase(m_ids.first());
        QVERIFY(window.myWork()->isVisibleTo(&window));
        const QSize needed = window.minimumSizeHint();
        QVERIFY2(needed.height() <= 720 - titleBarAllowance && needed.width() <= 1280,
                 qPrintable(QStringLiteral("%1x%2").arg(needed.width()).arg(needed.height())));
    }

    // At 1280x720, maximised or not, the reference and what is due come first and whole:
    // each of those sections lies inside the viewport, wide enough for its heading and text.
    void firstColumnsFitAt1280x720_data()
    {
        QTest::addColumn<bool>("maximised");
        QTest::addRow("maximised") << true;
        QTest::addRow("resized to 1280x720") << false;
    }
    void firstColumnsFitAt1280x720()
    {
        QFETCH(bool, maximised);
        QCOMPARE(QGuiApplication::primaryScreen()->size(), QSize(1280, 720));
        MainWindow window(*m_session);
        if (maximised) {
            window.showMaximized();
        } else {
            window.resize(1280, 720);
            window.show();
        }
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(maximised ? window.frameGeometry().width() <= 1280 : window.width() == 1280);
        QTableView* view = queueOf(window);
        QHeaderView* header = view->horizontalHeader();
        const int viewport = view->viewport()->width();
        QVERIFY(viewport > 1000);

        auto checkFits = [&] {
            QCOMPARE(view->horizontalScrollBar()->value(), 0);
            for (int column : firstColumns) {
                const QString heading =
                    view->model()->headerData(column, Qt::Horizontal).toString();
                QVERIFY2(!header->isSectionHidden(column), qPrintable(heading));
                const int left = header->sectionViewportPosition(column);
                const int width = header->sectionSize(column);
                QVERIFY2(left >= 0 && left + width <= viewport,
                         qPrintable(QStringLiteral("%1 at %2 + %3 of %4")
                                        .arg(heading)
                                        .arg(left)
                                        .arg(width)
                                        .arg(viewport)));
                QVERIFY2(width >= header->sectionSizeHint(column), qPrintable(heading));
                // Every row's text whole, in its own font (an overdue row is bold) and with
                // its icon.
                const int needed =
                    static_cast<const QAbstractItemView*>(view)->sizeHintForColumn(column);
                QVERIFY2(
                    needed <= width,
                    qPrintable(
                        QStringLiteral("%1 needs %2 of %3").arg(heading).arg(needed).arg(width)));
            }
        };
        checkFits();
        if (QTest::currentTestFailed())
            return;
        // A search leaves the reference in view.
        auto* search = window.findChild<QLineEdit*>(QStringLiteral("queueSearch"));
        QTest::keyClicks(search, QStringLiteral("contact"));
        QTRY_VERIFY(window.queueModel()->filter().search == QStringLiteral("contact"));
        QCOMPARE(view->model()->rowCount(), 4);
        checkFits();
    }

    // Columns hidden, moved and resized stay so in a new window; Reset columns gives the
    // defaults back, in this window and the next.
    void columnLayoutIsRememberedAndReset()
    {
        int complainantWidth = 0;
        {
            MainWindow window(*m_session);
            CaseQueueView* view = queueOf(window);
            std::unique_ptr<QMenu> menu(view->makeColumnMenu(&window));
            QAction* reference = columnAction(menu.get(), CaseQueueModel::Reference);
            QVERIFY(reference && !reference->isEnabled()); // which case a row is, always
            QAction* officer = columnAction(menu.get(), CaseQueueModel::Officer);
            QAction* team = columnAction(menu.get(), CaseQueueModel::Team);
            QVERIFY(officer && officer->isChecked());
            officer->trigger();
            team->trigger();
            QVERIFY(view->horizontalHeader()->isSectionHidden(CaseQueueModel::Officer));
            QHeaderView* header = view->horizontalHeader();
            header->moveSection(header->visualIndex(CaseQueueModel::Complainant), 1);
            header->resizeSection(CaseQueueModel::ChildStatus, 177);
            complainantWidth = header->sectionSize(CaseQueueModel::Complainant);
        }
        {
            MainWindow again(*m_session);
            CaseQueueView* view = queueOf(again);
            QHeaderView* header = view->horizontalHeader();
            QVERIFY(header->isSectionHidden(CaseQueueModel::Officer));
            QVERIFY(header->isSectionHidden(CaseQueueModel::Team));
            QCOMPARE(header->visualIndex(CaseQueueModel::Complainant), 1);
            QCOMPARE(header->sectionSize(CaseQueueModel::ChildStatus), 177);
            QCOMPARE(header->sectionSize(CaseQueueModel::Complainant), complainantWidth);

            // Shown again from the menu.
            std::unique_ptr<QMenu> menu(view->makeColumnMenu(&again));
            QAction* team = columnAction(menu.get(), CaseQueueModel::Team);
            QVERIFY(!team->isChecked());
            team->trigger();
            QVERIFY(!header->isSectionHidden(CaseQueueModel::Team));
            QVERIFY(header->sectionSize(CaseQueueModel::Team) > 20);

            QAction* reset = menu->findChild<QAction*>(QStringLiteral("resetQueueColumns"));
            QVERIFY(reset);
            reset->trigger();
            for (int column = 0; column < CaseQueueModel::ColumnCount; ++column) {
                QVERIFY(!header->isSectionHidden(column));
                QCOMPARE(header->visualIndex(column), column);
            }
            QVERIFY(header->sectionSize(CaseQueueModel::ChildStatus) != 177);
        }
        MainWindow third(*m_session);
        QHeaderView* header = queueOf(third)->horizontalHeader();
        QVERIFY(!header->isSectionHidden(CaseQueueModel::Officer));
        QCOMPARE(header->visualIndex(CaseQueueModel::Complainant),
                 int(CaseQueueModel::Complainant));
    }

    // The header's context menu lists every column by its heading, in the order shown.
    void headerMenuListsTheColumns()
    {
        MainWindow window(*m_session);
        CaseQueueView* view = queueOf(window);
        std::unique_ptr<QMenu> menu(view->makeColumnMenu(&window));
        QStringList listed;
        for (QAction* action : menu->actions())
            if (action->isCheckable())
                listed << action->text();
        QCOMPARE(listed.size(), int(CaseQueueModel::ColumnCount));
        QCOMPARE(listed.first(), QStringLiteral("Reference"));
        QCOMPARE(listed.at(1), QStringLiteral("Due"));
        QCOMPARE(view->horizontalHeader()->contextMenuPolicy(), Qt::CustomContextMenu);

        // A right-click on the header opens it.
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        emit view->horizontalHeader()->customContextMenuRequested(QPoint(10, 5));
        QMenu* popup = nullptr;
        QTRY_VERIFY((popup = view->findChild<QMenu*>(QStringLiteral("queueColumnMenu"))) &&
                    popup->isVisible());
        popup->close();
        QTRY_VERIFY(!view->findChild<QMenu*>(QStringLiteral("queueColumnMenu")));

        // So does the menu key, for whoever works without a mouse.
        QContextMenuEvent key(QContextMenuEvent::Keyboard, QPoint(5, 5),
                              view->mapToGlobal(QPoint(5, 5)));
        QApplication::sendEvent(view, &key);
        QTRY_VERIFY((popup = view->findChild<QMenu*>(QStringLiteral("queueColumnMenu"))) &&
                    popup->isVisible());
        popup->close();
    }

    void cleanupTestCase()
    {
        m_session.reset();
        m_db.reset();
        m_holder.reset();
        m_today.reset();
    }
};

// A screen of 1280x720, the smallest an officer's laptop has, so "maximised" means that.
int main(int argc, char** argv)
{
    QTemporaryDir folder;
    const QString config = folder.filePath(QStringLiteral("screens.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    file.write(R"({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1280,
                  "height": 720, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
    file.close();
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen:configfile=") + config.toUtf8());
    QApplication app(argc, argv);
    TestQueueColumns test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestQueueColumns.moc"

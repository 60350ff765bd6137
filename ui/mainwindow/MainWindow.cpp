#include "MainWindow.h"

#include "RestoreTask.h"
#include "admin/AdministrationDialog.h"
#include "caseview/CaseView.h"
#include "help/HelpTopics.h"
#include "help/HelpWindow.h"
#include "importing/DataMenu.h"
#include "intake/NewCaseDialog.h"
#include "mywork/MyWorkView.h"
#include "queue/CaseQueueModel.h"
#include "queue/QueueFilterBar.h"
#include "reports/ReportView.h"
#include "session/Session.h"
#include "storage/CaseRepository.h"
#include "util/Clock.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace redress {

MainWindow::MainWindow(Session& session, QWidget* parent) : QMainWindow(parent), m_session(session)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Redress"));

    m_model = new CaseQueueModel(m_session, this);
    connect(m_model, &CaseQueueModel::loadFailed, this, &MainWindow::showError);
    // Whoever changed a case or the rules (a case tab, an import, an administrator), the
    // queue shows it.
    connect(&m_session, &Session::casesChanged, this,
            [this] { applyView(m_viewPicker->currentIndex()); });
    connect(&m_session, &Session::rulesChanged, this,
            [this] { applyView(m_viewPicker->currentIndex()); });

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    m_banner = new QLabel(central);
    m_banner->setObjectName(QStringLiteral("errorBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: #fde7e9; color: #7a0010; padding: 6px; }"));
    m_banner->setAccessibleName(tr("Error message"));
    m_banner->hide();
    layout->addWidget(m_banner);

    m_view = new CaseQueueView(central);
    m_view->setObjectName(QStringLiteral("caseQueue"));
    m_view->setAccessibleName(tr("Case queue"));
    m_view->setAccessibleDescription(tr("Cases ordered by their next statutory deadline"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    // The database sorts (CaseQueueModel::sort): soonest due first until the officer chooses.
    m_view->horizontalHeader()->setSortIndicator(CaseQueueModel::Due, Qt::AscendingOrder);
    layout->addWidget(m_view);
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex& index) { openCase(index.data(Qt::UserRole).toLongLong()); });
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setAccessibleName(tr("Queue, open cases and reports"));
    m_tabs->setTabsClosable(true);
    m_tabs->addTab(central, tr("Queue"));
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr); // the queue stays
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (index <= 0)
            return;
        auto* view = qobject_cast<CaseView*>(m_tabs->widget(index));
        if (view) {
            m_tabs->setCurrentIndex(index); // so the question is about the case in front
            if (!view->confirmClose())
                return;
        }
        delete m_tabs->widget(index);
    });
    setCentralWidget(m_tabs);

    auto* toolbar = addToolBar(tr("Queue"));
    toolbar->setObjectName(QStringLiteral("queueToolbar"));
    // The queue's views, filters and search (ui/queue). Ctrl+F goes to the search box, F8 to
    // the next overdue case.
    m_filterBar = new QueueFilterBar(m_session, central);
    m_viewPicker = m_filterBar->viewPicker();
    layout->insertWidget(layout->indexOf(m_view), m_filterBar);
    connect(m_filterBar, &QueueFilterBar::filterChanged, this,
            [this] { applyView(m_viewPicker->currentIndex()); });
    connect(m_filterBar, &QueueFilterBar::searchSubmitted, this, [this] {
        if (m_model->totalCount() == 1 && m_model->rowCount() == 1)
            openCase(m_model->index(0, 0).data(Qt::UserRole).toLongLong());
    });
    auto* findCases = new QAction(tr("Find cases"), this);
    findCases->setObjectName(QStringLiteral("findCases"));
    findCases->setShortcut(QKeySequence::Find);
    connect(findCases, &QAction::triggered, this, [this] {
        m_tabs->setCurrentIndex(0); // the search box is on the queue's tab
        m_filterBar->focusSearch();
    });
    auto* nextOverdue = new QAction(tr("Next overdue case"), this);
    nextOverdue->setObjectName(QStringLiteral("nextOverdueCase"));
    nextOverdue->setShortcut(QKeySequence(Qt::Key_F8));
    connect(nextOverdue, &QAction::triggered, this, &MainWindow::selectNextOverdue);
    addActions({findCases, nextOverdue});

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusText"));
    statusBar()->addPermanentWidget(m_status);

    // The officer's own work, shown at start; its reminder window is the queue's "due soon".
    m_myWork = new MyWorkView(m_session, this);
    connect(m_myWork, &MyWorkView::openCaseRequested, this, &MainWindow::openCase);
    connect(m_myWork, &MyWorkView::reminderDaysChanged, m_model,
            &CaseQueueModel::setDueSoonWorkingDays);
    m_myWorkDock = new QDockWidget(tr("My work"), this);
    m_myWorkDock->setObjectName(QStringLiteral("myWorkDock"));
    m_myWorkDock->setWidget(m_myWork);
    addDockWidget(Qt::BottomDockWidgetArea, m_myWorkDock);

    buildMenus();
    restoreLayout();
    m_view->setSortingEnabled(true); // in the restored column's order
    applyView(m_viewPicker->currentIndex());
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    // Logging a new case (ui/intake): once saved, it opens in its tab and the queue refreshes.
    QAction* newCase = file->addAction(tr("&New case…"), this, [this] {
        auto* dialog = new NewCaseDialog(m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &NewCaseDialog::caseLogged, this, &MainWindow::openCase);
        dialog->open();
    });
    newCase->setObjectName(QStringLiteral("newCase"));
    newCase->setShortcut(QKeySequence::New);
    if (auto* toolbar = findChild<QToolBar*>(QStringLiteral("queueToolbar")))
        toolbar->insertAction(toolbar->actions().value(0), newCase);
    file->addSeparator();
    // The queue's staff flags too, which a change of view or order keeps (CaseQueueModel).
    QAction* refresh = file->addAction(tr("&Refresh"), this, [this] {
        m_model->reload();
        applyView(m_viewPicker->currentIndex());
    });
    refresh->setShortcut(QKeySequence::Refresh);
    QAction* closeTab = file->addAction(tr("&Close tab"), this, [this] {
        if (m_tabs->currentIndex() > 0)
            emit m_tabs->tabCloseRequested(m_tabs->currentIndex());
    });
    closeTab->setObjectName(QStringLiteral("closeTab"));
    closeTab->setShortcut(QKeySequence::Close);
    QAction* myWork = m_myWorkDock->toggleViewAction();
    myWork->setText(tr("&My work"));
    myWork->setObjectName(QStringLiteral("showMyWork"));
    file->addAction(myWork);
    file->addSeparator();
    QAction* restore =
        file->addAction(tr("Restore from &backup…"), this, &MainWindow::restoreFromBackup);
    restore->setObjectName(QStringLiteral("restoreFromBackup"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    fillDataMenu(menuBar()->addMenu(tr("&Data")), m_session, this);

    QMenu* reports = menuBar()->addMenu(tr("&Reports"));
    QAction* openReports = reports->addAction(tr("&Annual report and quarterly summary"), this,
                                              &MainWindow::openReports);
    openReports->setObjectName(QStringLiteral("openReports"));
    openReports->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));

    // Administration (ui/admin): reference data and timescales. A change of the calendar or
    // timescales recomputes the open cases' deadlines, and the queue follows at once.
    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    QAction* administration = tools->addAction(tr("&Administration…"), this, [this] {
        auto* dialog = new AdministrationDialog(m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::finished, this,
                [this] { applyView(m_viewPicker->currentIndex()); });
        dialog->open();
    });
    administration->setObjectName(QStringLiteral("openAdministration"));
    // The server refuses an officer's change of reference data anyway; say so up front.
    if (!m_session.isAdministrator()) {
        administration->setEnabled(false);
        administration->setToolTip(tr("Only an administrator can change lists, teams, users, "
                                      "the calendar and timescales"));
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    // F1 itself is caught for the whole application (HelpWindow::installF1), so that it opens
    // the section of whichever window or dialog is in use; the menu only shows the key.
    QAction* guide = help->addAction(tr("&User guide"), this, [this] {
        HelpWindow::showSection(help::sectionFor(m_tabs->currentWidget()));
    });
    guide->setObjectName(QStringLiteral("openUserGuide"));
    guide->setShortcut(QKeySequence(Qt::Key_F1));
    guide->setShortcutContext(Qt::WidgetShortcut);
    QAction* shortcuts = help->addAction(tr("&Keyboard shortcuts"), this, [] {
        HelpWindow::showSection(QString::fromLatin1(help::shortcutsSection));
    });
    shortcuts->setObjectName(QStringLiteral("openKeyboardShortcuts"));
    help->addSeparator();
    help->addAction(tr("&About Redress"), this, [this] {
        QMessageBox::about(
            this, tr("About Redress"),
            tr("<p><b>Redress %1</b></p><p>Complaints case management for children's services.</p>"
               "<p>Database: %2</p>")
                .arg(QStringLiteral(REDRESS_VERSION),
                     m_session.location().describe().toHtmlEscaped()));
    });
}

void MainWindow::openCase(qint64 caseId)
{
    for (int i = 1; i < m_tabs->count(); ++i) {
        auto* view = qobject_cast<CaseView*>(m_tabs->widget(i));
        if (view && view->currentCase().id == caseId) {
            m_tabs->setCurrentIndex(i);
            return;
        }
    }
    auto* view = new CaseView(m_session, m_tabs);
    if (Status loaded = view->load(caseId); !loaded) {
        delete view;
        showError(loaded.error());
        return;
    }
    connect(view, &CaseView::openCaseRequested, this, &MainWindow::openCase);
    m_tabs->setCurrentIndex(m_tabs->addTab(view, view->currentCase().reference));
}

ReportView* MainWindow::openReports()
{
    for (int i = 1; i < m_tabs->count(); ++i) {
        if (auto* view = qobject_cast<ReportView*>(m_tabs->widget(i))) {
            m_tabs->setCurrentIndex(i);
            return view;
        }
    }
    auto* view = new ReportView(m_session, m_tabs);
    connect(view, &ReportView::openCaseRequested, this, &MainWindow::openCase);
    m_tabs->setCurrentIndex(m_tabs->addTab(view, tr("Reports")));
    return view;
}

void MainWindow::applyView(int /*the filter bar knows its view*/)
{
    CaseFilter filter = m_filterBar->filter();
    filter.asOf = Clock::today();
    m_banner->hide();
    m_model->setFilter(filter);
    updateStatus();
}

void MainWindow::showError(const QString& message)
{
    m_banner->setText(message);
    m_banner->show();
}

void MainWindow::updateStatus()
{
    CaseFilter overdue;
    overdue.overdueOnly = true;
    overdue.asOf = Clock::today();
    CaseFilter open;
    open.openOnly = true;
    CaseRepository cases = m_session.cases();
    const auto openCount = cases.count(open);
    const auto overdueCount = cases.count(overdue);
    if (!openCount || !overdueCount) {
        showError(openCount ? overdueCount.error() : openCount.error());
        return;
    }
    m_status->setText(tr("%1 shown; %2 open, %3 overdue")
                          .arg(m_model->totalCount())
                          .arg(openCount.value())
                          .arg(overdueCount.value()));
}

void MainWindow::selectNextOverdue()
{
    const int row = m_model->nextOverdueRow(m_view->currentIndex().row());
    if (row < 0) {
        statusBar()->showMessage(tr("No overdue cases in this view"), 5000);
        return;
    }
    const QModelIndex index = m_model->index(row, CaseQueueModel::Reference);
    m_tabs->setCurrentIndex(0);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void MainWindow::restoreFromBackup()
{
    // The case and report tabs show the database being replaced: they close first, each case
    // with unsaved work asking.
    // The queue's count of the staff flags reads on a connection of its own, which would
    // keep the database in use.
    if (RestoreTask::run(m_session, this, [this] {
            if (!closeAllButQueue())
                return false;
            m_model->stopCountingStaffFlags();
            return true;
        }))
        m_tabs->setCurrentIndex(0);
    applyView(m_viewPicker->currentIndex());
}

bool MainWindow::closeAllButQueue()
{
    while (m_tabs->count() > 1) {
        const int last = m_tabs->count() - 1;
        auto* view = qobject_cast<CaseView*>(m_tabs->widget(last));
        if (view) {
            m_tabs->setCurrentIndex(last);
            if (!view->confirmClose())
                return false;
        }
        delete m_tabs->widget(last);
    }
    return true;
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1200, 720);
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    m_view->restoreColumns();
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    m_view->saveColumns();
    m_filterBar->saveSettings();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Nothing typed is lost: each case with an unsaved note asks first; Cancel keeps the
    // window open.
    for (int i = 1; i < m_tabs->count(); ++i) {
        auto* view = qobject_cast<CaseView*>(m_tabs->widget(i));
        if (!view || !view->hasUnsavedEdits())
            continue;
        m_tabs->setCurrentIndex(i);
        if (!view->confirmClose()) {
            event->ignore();
            return;
        }
    }
    saveLayout();
    event->accept();
}

} // namespace redress

#include "MainWindow.h"

#include "caseview/CaseView.h"
#include "queue/CaseQueueModel.h"
#include "reports/ReportView.h"
#include "storage/Database.h"
#include "storage/ReferenceData.h"
#include "util/Clock.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
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

namespace {
enum QueueView
{
    AllOpen,
    Overdue,
    AllCases
};
}

MainWindow::MainWindow(Database& database, QWidget* parent)
    : QMainWindow(parent), m_database(database)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Redress"));

    auto calendar = ReferenceData(m_database).calendar();
    m_model =
        new CaseQueueModel(m_database, calendar ? calendar.value() : WorkingDayCalendar(), this);
    connect(m_model, &CaseQueueModel::loadFailed, this, &MainWindow::showError);

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

    m_view = new QTableView(central);
    m_view->setObjectName(QStringLiteral("caseQueue"));
    m_view->setAccessibleName(tr("Case queue"));
    m_view->setAccessibleDescription(tr("Cases ordered by their next statutory deadline"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    layout->addWidget(m_view);
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex& index) { openCase(index.data(Qt::UserRole).toLongLong()); });
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setTabsClosable(true);
    m_tabs->addTab(central, tr("Queue"));
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr); // the queue stays
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (index > 0)
            delete m_tabs->widget(index);
    });
    setCentralWidget(m_tabs);

    auto* toolbar = addToolBar(tr("Queue"));
    toolbar->setObjectName(QStringLiteral("queueToolbar"));
    auto* label = new QLabel(tr("&Show:"), toolbar);
    m_viewPicker = new QComboBox(toolbar);
    m_viewPicker->setObjectName(QStringLiteral("queueViewPicker"));
    m_viewPicker->setAccessibleName(tr("Which cases to show"));
    m_viewPicker->addItems({tr("All open cases"), tr("Overdue"), tr("All cases")});
    label->setBuddy(m_viewPicker);
    toolbar->addWidget(label);
    toolbar->addWidget(m_viewPicker);
    connect(m_viewPicker, &QComboBox::currentIndexChanged, this, &MainWindow::applyView);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusText"));
    statusBar()->addPermanentWidget(m_status);

    buildMenus();
    restoreLayout();
    applyView(AllOpen);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* refresh =
        file->addAction(tr("&Refresh"), this, [this] { applyView(m_viewPicker->currentIndex()); });
    refresh->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* reports = menuBar()->addMenu(tr("&Reports"));
    QAction* openReports = reports->addAction(tr("&Annual report and quarterly summary"), this,
                                              &MainWindow::openReports);
    openReports->setObjectName(QStringLiteral("openReports"));
    openReports->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Redress"), this, [this] {
        QMessageBox::about(
            this, tr("About Redress"),
            tr("<p><b>Redress %1</b></p><p>Complaints case management for children's services.</p>"
               "<p>Database: %2</p>")
                .arg(QStringLiteral(REDRESS_VERSION),
                     m_database.location().describe().toHtmlEscaped()));
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
    auto workflow = CaseWorkflow::forDatabase(
        m_database, qEnvironmentVariable("USERNAME", qEnvironmentVariable("USER")));
    if (!workflow) {
        showError(workflow.error());
        return;
    }
    auto* view = new CaseView(m_database, workflow.value(), m_tabs);
    if (Status loaded = view->load(caseId); !loaded) {
        delete view;
        showError(loaded.error());
        return;
    }
    connect(view, &CaseView::caseChanged, this,
            [this] { applyView(m_viewPicker->currentIndex()); });
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
    auto* view = new ReportView(m_database, m_tabs);
    connect(view, &ReportView::openCaseRequested, this, &MainWindow::openCase);
    m_tabs->setCurrentIndex(m_tabs->addTab(view, tr("Reports")));
    return view;
}

void MainWindow::applyView(int index)
{
    CaseFilter filter;
    filter.asOf = Clock::today();
    filter.openOnly = index == AllOpen;
    filter.overdueOnly = index == Overdue;
    m_banner->hide();
    m_model->setFilter(filter);
    if (m_fitColumns && m_model->rowCount() > 0) {
        m_view->resizeColumnsToContents();
        m_fitColumns = false;
    }
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
    CaseRepository cases(m_database);
    const auto openCount = cases.count(open);
    const auto overdueCount = cases.count(overdue);
    if (!openCount || !overdueCount) {
        showError(openCount ? overdueCount.error() : openCount.error());
        return;
    }
    m_status->setText(tr("%1 open, %2 overdue").arg(openCount.value()).arg(overdueCount.value()));
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1200, 720);
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    if (!m_view->horizontalHeader()->restoreState(
            settings.value(QStringLiteral("mainWindow/queueColumns")).toByteArray()))
        m_fitColumns = true;
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/queueColumns"),
                      m_view->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    event->accept();
}

} // namespace redress

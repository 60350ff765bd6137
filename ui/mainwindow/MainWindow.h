#pragma once

#include "queue/CaseQueueView.h"

#include <QMainWindow>

class QComboBox;
class QDockWidget;
class QLabel;
class QTabWidget;
class QTableView;

namespace redress {

class CaseQueueModel;
class MyWorkView;
class ReportView;
class QueueFilterBar;
class Session;

// Wires the features together: the case queue for now; the case view, logging, reports,
// import and administration plug in here as they arrive.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Session& session, QWidget* parent = nullptr);
    ~MainWindow() override;

    CaseQueueModel* queueModel() const { return m_model; }
    QTableView* queueView() const { return m_view; }
    // The signed-in officer's start page, docked below the queue (File › My work).
    MyWorkView* myWork() const { return m_myWork; }
    // Opens the case in its own tab (or brings its tab forward).
    void openCase(qint64 caseId);
    // Opens the reports tab (or brings it forward).
    ReportView* openReports();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void applyView(int index);
    void showError(const QString& message);
    void updateStatus();
    void restoreLayout();
    void saveLayout() const;
    void selectNextOverdue();
    void restoreFromBackup();
    bool closeAllButQueue();
    Session& m_session;
    CaseQueueModel* m_model = nullptr;
    CaseQueueView* m_view = nullptr;
    QTabWidget* m_tabs = nullptr;
    QComboBox* m_viewPicker = nullptr; // the filter bar's view picker
    QueueFilterBar* m_filterBar = nullptr;
    QLabel* m_banner = nullptr;
    QLabel* m_status = nullptr;
    MyWorkView* m_myWork = nullptr;
    QDockWidget* m_myWorkDock = nullptr;
};

} // namespace redress

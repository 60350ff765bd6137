#pragma once

#include "reporting/Report.h"
#include "util/Result.h"

#include <QWidget>
#include <optional>

class QChartView;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace redress {

class Session;
class ReportTableModel;

// The statutory annual report and the quarterly summary on screen: pick the year, the
// quarter, the year to compare with and the procedure; read each table beside its chart;
// double-click any figure for the cases behind it; print, or save as PDF, as an editable
// document or as CSV.
class ReportView : public QWidget
{
    Q_OBJECT

public:
    explicit ReportView(Session& session, QWidget* parent = nullptr);

    // Counts the report for the chosen period on a worker thread, behind a progress dialog.
    Status produce();
    // Without the progress dialog, for tests and scripts.
    Status produceNow();

    const std::optional<Report>& report() const { return m_report; }
    QComboBox* yearPicker() const { return m_year; }
    QComboBox* periodPicker() const { return m_period; }
    QComboBox* comparePicker() const { return m_compare; }
    // A day in the week or month whose open children's complaints the period picker lists.
    QDateEdit* listDayPicker() const { return m_listDay; }
    QListWidget* tableList() const { return m_tables; }
    QTableView* tableView() const { return m_view; }
    QChartView* chartView() const { return m_chart; }
    // Unticked, a quarter prints only its summary tables (ReportEngine::quarterlySummaryTableIds)
    // and a year its default selection (ReportEngine::annualPrintTableIds).
    QCheckBox* printEveryTable() const { return m_everyTable; }

    // The cases behind the figure at the table view's current cell.
    Result<QList<qint64>> casesBehindCurrent();

    Status savePdf(const QString& path);
    Status saveOdt(const QString& path);
    Status saveTableCsv(const QString& path);
    Status saveReportCsv(const QString& path);

signals:
    void openCaseRequested(qint64 caseId);

private:
    ReportScope chosenScope() const;
    void fillYears();
    // The council's default (Administration), until the picker is changed.
    void selectCouncilCategoryBasis();
    // When an administrator changes the council's default, the picker follows it; any other
    // change of reference data leaves the officer's own choice alone.
    void followCouncilCategoryBasis();
    void showReport();
    void showTable(int index);
    void showCasesBehind();
    // What is printed and saved as PDF or ODT: a quarter's summary tables, or every table.
    Report printedReport() const;
    void printPreview();
    void saveAs(const QString& caption, const QString& filter, const QString& suffix,
                Status (ReportView::*save)(const QString&));
    void showError(const QString& message);
    // The Complaint Handling Code's annual report, rather than the annual report or a quarter.
    bool codeReportChosen() const;
    void editCodeAssessment();

    Session& m_session;
    std::optional<Report> m_report;
    QComboBox* m_year = nullptr;
    QComboBox* m_period = nullptr;
    QComboBox* m_compare = nullptr;
    QComboBox* m_procedure = nullptr;
    QComboBox* m_categoryBasis = nullptr;
    QDateEdit* m_listDay = nullptr;
    std::optional<Basis> m_councilBasis; // the default the picker last started on
    QPushButton* m_produce = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_basis = nullptr;
    QListWidget* m_tables = nullptr;
    QTableView* m_view = nullptr;
    QChartView* m_chart = nullptr;
    ReportTableModel* m_model = nullptr;
    QCheckBox* m_everyTable = nullptr;
    QList<QWidget*> m_outputs; // enabled once there is a report
};

} // namespace redress

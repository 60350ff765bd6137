#include "ReportView.h"

#include "common/BackgroundTask.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "document/ReportDocument.h"
#include "reporting/CodeReport.h"
#include "reporting/ReportCsv.h"
#include "reporting/ReportEngine.h"
#include "reporting/ReportHtml.h"
#include "reporting/ReportSettings.h"
#include "reports/CaseListDialog.h"
#include "reports/CodeAssessmentDialog.h"
#include "reports/ReportCharts.h"
#include "reports/ReportTableModel.h"
#include "session/Session.h"
#include "storage/CaseRepository.h"
#include "storage/ReferenceData.h"
#include "util/Clock.h"
#include "util/SafeOutput.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace redress {

namespace {

constexpr int noComparison = -1;
// The period picker's choice of the Complaint Handling Code's annual report (a whole year).
constexpr int codeReportChoice = -2;
// The period picker's entries for the lists of open children's complaints: apart from the
// quarters (0-4) and from any other report the picker offers.
constexpr int weekList = -11;
constexpr int monthList = -12;

QPushButton* outputButton(const QString& text, const QString& name, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setEnabled(false);
    return button;
}

} // namespace

ReportView::ReportView(Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("reportView"));
    auto* layout = new QVBoxLayout(this);

    auto* controls = new QHBoxLayout;
    auto addPicker = [&](const QString& label, const QString& name, const QString& description) {
        auto* picker = new QComboBox(this);
        picker->setObjectName(name);
        picker->setAccessibleName(description);
        auto* caption = new QLabel(label, this);
        caption->setBuddy(picker);
        controls->addWidget(caption);
        controls->addWidget(picker);
        return picker;
    };
    m_year = addPicker(tr("&Year:"), QStringLiteral("reportYear"), tr("Financial year"));
    m_period = addPicker(tr("&Period:"), QStringLiteral("reportPeriod"),
                         tr("The whole year or one quarter"));
    m_period->addItem(tr("Whole year (annual report)"), 0);
    m_period->addItem(tr("Q1: April to June"), 1);
    m_period->addItem(tr("Q2: July to September"), 2);
    m_period->addItem(tr("Q3: October to December"), 3);
    m_period->addItem(tr("Q4: January to March"), 4);
    m_period->addItem(tr("Complaint Handling Code report"), codeReportChoice);
    // A Children's Rights team works from a list of the open children's complaints, weekly or
    // monthly: a period shorter than any report, picked by a day within it.
    m_period->addItem(tr("Open children's complaints: a week"), weekList);
    m_period->addItem(tr("Open children's complaints: a month"), monthList);
    m_listDay = new QDateEdit(Clock::today(), this);
    m_listDay->setObjectName(QStringLiteral("reportListDay"));
    m_listDay->setAccessibleName(tr("A day in the week or month to list"));
    m_listDay->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_listDay->setCalendarPopup(true);
    auto* listDayCaption = new QLabel(tr("Wee&k or month of:"), this);
    listDayCaption->setBuddy(m_listDay);
    controls->addWidget(listDayCaption);
    controls->addWidget(m_listDay);
    auto showListDay = [this, listDayCaption] {
        const int choice = m_period->currentData().toInt();
        const bool list = choice == weekList || choice == monthList;
        m_listDay->setVisible(list);
        listDayCaption->setVisible(list);
        m_year->setEnabled(!list);
    };
    connect(m_period, &QComboBox::currentIndexChanged, this, showListDay);
    showListDay();
    m_compare = addPicker(tr("Compare &with:"), QStringLiteral("reportCompare"),
                          tr("The year to compare with"));
    m_procedure = addPicker(tr("Pr&ocedure:"), QStringLiteral("reportProcedure"),
                            tr("Which complaints procedure to report on"));
    m_procedure->addItem(tr("Both procedures"), QString());
    m_procedure->addItem(procedureLabel(Procedure::Statutory), procedureCode(Procedure::Statutory));
    m_procedure->addItem(procedureLabel(Procedure::Corporate), procedureCode(Procedure::Corporate));
    // councils publish categories either of the complaints received or of those answered
    m_categoryBasis = addPicker(tr("Cate&gories:"), QStringLiteral("reportCategoryBasis"),
                                tr("Which complaints the category table counts"));
    for (const CategoryBasisChoice& choice : categoryBasisChoices())
        m_categoryBasis->addItem(choice.label, basisCode(choice.basis));
    m_produce = new QPushButton(tr("Prod&uce report"), this);
    m_produce->setObjectName(QStringLiteral("produceReport"));
    m_produce->setDefault(true);
    controls->addWidget(m_produce);
    auto* assessment = new QPushButton(tr("&Code self-assessment…"), this);
    assessment->setObjectName(QStringLiteral("codeAssessment"));
    assessment->setToolTip(tr("The year's self-assessment against the Complaint Handling Code "
                              "and the governing body's response (leads and administrators)"));
    assessment->setEnabled(m_session.role() != Session::Role::Officer);
    // (on the row below, beside the outputs: the row of choices is full at 1280 pixels)
    connect(assessment, &QPushButton::clicked, this, &ReportView::editCodeAssessment);
    controls->addStretch();
    layout->addLayout(controls);
    connect(m_produce, &QPushButton::clicked, this, [this] {
        if (Status produced = produce(); !produced)
            showError(produced.error());
    });

    m_heading = new QLabel(tr("Choose a year and press Produce report."), this);
    m_heading->setObjectName(QStringLiteral("reportHeading"));
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);

    auto* splitter = new QSplitter(this);
    m_tables = new QListWidget(splitter);
    m_tables->setObjectName(QStringLiteral("reportTables"));
    m_tables->setAccessibleName(tr("Tables of the report"));
    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_basis = new QLabel(right);
    m_basis->setObjectName(QStringLiteral("tableBasis"));
    m_basis->setWordWrap(true);
    rightLayout->addWidget(m_basis);
    m_model = new ReportTableModel(this);
    m_view = new QTableView(right);
    m_view->setObjectName(QStringLiteral("reportTable"));
    m_view->setAccessibleName(tr("Report table"));
    m_view->setAccessibleDescription(
        tr("Double-click a figure, or press Enter on it, for the cases behind it"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    rightLayout->addWidget(m_view, 3);
    m_chart = new QChartView(right);
    m_chart->setObjectName(QStringLiteral("reportChart"));
    m_chart->setAccessibleName(tr("Chart of the table"));
    m_chart->setAccessibleDescription(tr("Shows the figures of the table above"));
    // A picture of the table's figures, which the table gives to the keyboard and screen
    // readers: not a stop for Tab.
    m_chart->setFocusPolicy(Qt::NoFocus);
    m_chart->viewport()->setFocusPolicy(Qt::NoFocus);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(260);
    m_chart->hide();
    rightLayout->addWidget(m_chart, 2);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 900});
    layout->addWidget(splitter, 1);
    connect(m_tables, &QListWidget::currentRowChanged, this, &ReportView::showTable);
    connect(m_view, &QTableView::activated, this, &ReportView::showCasesBehind);

    auto* outputs = new QHBoxLayout;
    auto* preview = outputButton(tr("Print pre&view…"), QStringLiteral("printPreview"), this);
    auto* pdf = outputButton(tr("&Save as PDF…"), QStringLiteral("savePdf"), this);
    auto* odt = outputButton(tr("Save as docu&ment (ODT)…"), QStringLiteral("saveOdt"), this);
    auto* tableCsv = outputButton(tr("Save t&able as CSV…"), QStringLiteral("saveTableCsv"), this);
    auto* reportCsv =
        outputButton(tr("Save a&ll tables as CSV…"), QStringLiteral("saveReportCsv"), this);
    auto* cases =
        outputButton(tr("Cases &behind the figure…"), QStringLiteral("casesBehind"), this);
    m_everyTable = new QCheckBox(tr("Print &every table"), this);
    m_everyTable->setObjectName(QStringLiteral("printEveryTable"));
    m_everyTable->setToolTip(
        tr("A quarterly summary prints a few pages: the headline, cases worked on, received per "
           "quarter, service areas, outcomes, timescales and the overdue cases. An annual report "
           "prints every table but the breakdowns of stage 3 and of the Ombudsman's enquiries. "
           "Tick to print every table instead."));
    m_everyTable->setAccessibleDescription(m_everyTable->toolTip());
    m_everyTable->setEnabled(false);
    m_outputs = {preview, pdf, odt, tableCsv, reportCsv, cases};
    outputs->addWidget(preview);
    outputs->addWidget(m_everyTable);
    for (QWidget* button : m_outputs.mid(1))
        outputs->addWidget(button);
    outputs->addStretch();
    outputs->addWidget(assessment);
    layout->addLayout(outputs);
    connect(preview, &QPushButton::clicked, this, &ReportView::printPreview);
    connect(pdf, &QPushButton::clicked, this, [this] {
        saveAs(tr("Save the report as PDF"), tr("PDF (*.pdf)"), QStringLiteral("pdf"),
               &ReportView::savePdf);
    });
    connect(odt, &QPushButton::clicked, this, [this] {
        saveAs(tr("Save the report as an editable document"), tr("OpenDocument text (*.odt)"),
               QStringLiteral("odt"), &ReportView::saveOdt);
    });
    connect(tableCsv, &QPushButton::clicked, this, [this] {
        saveAs(tr("Save the table as CSV"), tr("CSV (*.csv)"), QStringLiteral("csv"),
               &ReportView::saveTableCsv);
    });
    connect(reportCsv, &QPushButton::clicked, this, [this] {
        saveAs(tr("Save every table as CSV"), tr("CSV (*.csv)"), QStringLiteral("csv"),
               &ReportView::saveReportCsv);
    });
    connect(cases, &QPushButton::clicked, this, &ReportView::showCasesBehind);

    fillYears();
    selectCouncilCategoryBasis();
    connect(&m_session, &Session::referenceDataChanged, this,
            &ReportView::followCouncilCategoryBasis);
}

void ReportView::selectCouncilCategoryBasis()
{
    // Unreadable, the picker stays on the basis most councils publish; the report still runs.
    auto basis = councilCategoryBasis(m_session.referenceData());
    m_councilBasis = basis ? *basis : Basis::Received;
    const int index = m_categoryBasis->findData(basisCode(*m_councilBasis));
    m_categoryBasis->setCurrentIndex(index < 0 ? 0 : index);
}

void ReportView::followCouncilCategoryBasis()
{
    auto basis = councilCategoryBasis(m_session.referenceData());
    if (basis && basis.value() != m_councilBasis)
        selectCouncilCategoryBasis();
}

void ReportView::fillYears()
{
    auto years = m_session.reports().financialYears();
    QList<int> list = years ? years.value() : QList<int>{financialYearOf(Clock::today())};
    m_year->clear();
    for (int year : list)
        m_year->addItem(financialYearLabel(year), year);
    // The last complete year is what a team lead usually reports on.
    m_year->setCurrentIndex(list.size() > 1 ? 1 : 0);
    m_compare->clear();
    m_compare->addItem(tr("The year before"), 0);
    m_compare->addItem(tr("No comparison"), noComparison);
    for (int year : list)
        m_compare->addItem(financialYearLabel(year), year);
}

ReportScope ReportView::chosenScope() const
{
    const int year = m_year->currentData().toInt();
    const int choice = m_period->currentData().toInt();
    // The quarters are 1-4; the whole year, the Code report and the lists are not quarters.
    const int quarter = std::clamp(choice, 0, 4);
    const int compareChoice = m_compare->currentData().toInt();
    std::optional<int> compareWith;
    if (compareChoice == 0)
        compareWith = year - 1;
    else if (compareChoice != noComparison && compareChoice != year)
        compareWith = compareChoice;
    ReportScope scope;
    scope.viewer = m_session.actor();
    if (choice == weekList || choice == monthList) {
        const QDate day = m_listDay->date();
        scope.period =
            choice == weekList ? Period::week(day) : Period::month(day.year(), day.month());
        return scope;
    }
    scope.period = quarter == 0 ? Period::financialYear(year) : Period::quarter(year, quarter);
    if (compareWith)
        scope.comparison = quarter == 0 ? Period::financialYear(*compareWith)
                                        : Period::quarter(*compareWith, quarter);
    if (const QString code = m_procedure->currentData().toString(); !code.isEmpty())
        scope.procedure = procedureFromCode(code);
    scope.categoryBasis =
        basisFromCode(m_categoryBasis->currentData().toString()).value_or(Basis::Received);
    return scope;
}

Status ReportView::produce()
{
    const ReportScope scope = chosenScope();
    const bool codeReport = codeReportChosen(); // read here: the work runs on another thread
    const Session& application = m_session;
    std::optional<Report> produced;
    Status status = BackgroundTask::run(
        this, tr("Counting the report for %1…").arg(scope.period.label()),
        [&](const BackgroundTask::Progress& progress) -> Status {
            auto worker = application.openWorker();
            if (!worker)
                return Error{worker.error()};
            if (codeReport) {
                auto code = CodeReport::produce(worker.value()->database(), scope.financialYear());
                if (!code)
                    return Error{code.error()};
                produced = code->report();
                return {};
            }
            ReportEngine engine = worker.value()->reports();
            engine.setProcedure(scope.procedure);
            engine.setProgress([&](int done, int total) { return progress(done, total); });
            auto report = engine.report(scope);
            if (!report)
                return Error{report.error()};
            produced = std::move(report).value();
            return {};
        });
    if (!status)
        return status;
    m_report = std::move(produced);
    showReport();
    return {};
}

Status ReportView::produceNow()
{
    const ReportScope scope = chosenScope();
    if (codeReportChosen()) {
        auto code = CodeReport::produce(m_session.database(), scope.financialYear());
        if (!code)
            return Error{code.error()};
        m_report = code->report();
        showReport();
        return {};
    }
    ReportEngine engine = m_session.reports();
    engine.setProcedure(scope.procedure);
    auto report = engine.report(scope);
    if (!report)
        return Error{report.error()};
    m_report = std::move(report).value();
    showReport();
    return {};
}

void ReportView::showReport()
{
    m_heading->setText(QStringLiteral("<b>%1</b>").arg(reportTitle(*m_report).toHtmlEscaped()) +
                       (m_report->comparison()
                            ? tr(" (compared with %1)").arg(m_report->comparison()->label())
                            : QString()));
    const int previous = std::max(0, m_tables->currentRow());
    m_tables->clear();
    for (const ReportTable& table : m_report->tables()) {
        auto* item = new QListWidgetItem(table.title(), m_tables);
        item->setData(Qt::UserRole, table.id());
    }
    for (QWidget* button : m_outputs)
        button->setEnabled(true);
    m_everyTable->setEnabled(true);
    m_tables->setCurrentRow(std::min(previous, m_tables->count() - 1));
}

void ReportView::showTable(int index)
{
    if (!m_report || index < 0 || index >= m_report->tables().size())
        return;
    const ReportTable& table = m_report->tables().at(index);
    m_model->setTable(table);
    m_basis->setText(QStringLiteral("<i>%1.</i> %2")
                         .arg(basisLabel(table.basis()).toHtmlEscaped(),
                              basisDefinition(table.basis()).toHtmlEscaped()));
    m_view->resizeColumnsToContents();
    QChart* chart = reportcharts::build(table);
    QChart* old = m_chart->chart();
    m_chart->setChart(chart ? chart : new QChart);
    delete old;
    m_chart->setVisible(chart != nullptr);
}

Result<QList<qint64>> ReportView::casesBehindCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (!m_report || !index.isValid() || !index.data(ReportTableModel::IsCountRole).toBool())
        return fail(tr("Choose a figure in the table first"));
    ReportEngine engine = m_session.reports();
    engine.setProcedure(m_report->scope().procedure);
    return engine.casesBehind(
        m_model->table().id(), index.data(ReportTableModel::RowKeyRole).toString(),
        index.data(ReportTableModel::ColumnIdRole).toString(), m_report->scope());
}

void ReportView::showCasesBehind()
{
    auto ids = casesBehindCurrent();
    if (!ids) {
        showError(ids.error());
        return;
    }
    auto cases = m_session.cases().listByIds(ids.value());
    if (!cases) {
        showError(cases.error());
        return;
    }
    const QModelIndex index = m_view->currentIndex();
    const QString title = QStringLiteral("%1 · %2 · %3")
                              .arg(m_model->table().title(),
                                   m_model->index(index.row(), 0).data().toString().trimmed(),
                                   m_model->headerData(index.column(), Qt::Horizontal).toString());
    auto* dialog = new CaseListDialog(title, cases.value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CaseListDialog::openCaseRequested, this, &ReportView::openCaseRequested);
    dialog->show();
}

Report ReportView::printedReport() const
{
    // A report that names itself (the Code's) and a short list are printed whole: they have no
    // default selection.
    const bool whole = m_everyTable->isChecked() || !m_report->title().isEmpty() ||
                       m_report->scope().isShortPeriod();
    Report printed = whole ? *m_report
                           : m_report->withTables(m_report->scope().isQuarter()
                                                      ? ReportEngine::quarterlySummaryTableIds()
                                                      : ReportEngine::annualPrintTableIds());
    // The cover names the council and shows its logo, as an administrator last set them; a
    // cover without them is still a report, so a failure to read them prints none.
    if (auto council = m_session.referenceData().councilIdentity())
        printed.setCouncil(council.value());
    return printed;
}

void ReportView::printPreview()
{
    if (!m_report)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(ReportDocument::pageLayout());
    ReportDocument document(printedReport());
    QPrintPreviewDialog preview(&printer, this);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&document](QPrinter* target) { document.print(*target); });
    preview.exec();
}

void ReportView::saveAs(const QString& caption, const QString& filter, const QString& suffix,
                        Status (ReportView::*save)(const QString&))
{
    if (!m_report)
        return;
    const QString suggested =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' +
        tr("Complaints report %1").arg(m_report->periodLabel()).replace(u'/', u'-') + u'.' + suffix;
    QString path = FileDialog::saveFileName(this, caption, suggested, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(u'.' + suffix, Qt::CaseInsensitive))
        path += u'.' + suffix;
    // The dialog asked before replacing a file; never the database, a folder or a device.
    safeoutput::Rules rules;
    rules.databaseFiles = m_session.location().sqliteFiles();
    rules.overwrite = true;
    Status saved = safeoutput::checkTarget(path, rules);
    if (saved)
        saved = safeoutput::writeThrough(
            path, true, [&](const QString& temporary) { return (this->*save)(temporary); });
    if (!saved)
        showError(saved.error());
}

Status ReportView::savePdf(const QString& path)
{
    if (!m_report)
        return fail(tr("Produce a report first"));
    return ReportDocument(printedReport()).savePdf(path);
}

Status ReportView::saveOdt(const QString& path)
{
    if (!m_report)
        return fail(tr("Produce a report first"));
    return ReportDocument(printedReport()).saveOdt(path);
}

namespace {

Status saveCsv(const QString& path, const std::function<Status(QIODevice&)>& write)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    if (Status written = write(file); !written)
        return written;
    if (!file.commit())
        return fail(file.errorString());
    return {};
}

} // namespace

Status ReportView::saveTableCsv(const QString& path)
{
    if (!m_report || m_model->table().id().isEmpty())
        return fail(tr("Produce a report and choose a table first"));
    const ReportTable table = m_model->table();
    return saveCsv(path, [&](QIODevice& file) { return reportcsv::writeTable(table, file); });
}

Status ReportView::saveReportCsv(const QString& path)
{
    if (!m_report)
        return fail(tr("Produce a report first"));
    return saveCsv(path, [&](QIODevice& file) { return reportcsv::writeReport(*m_report, file); });
}

bool ReportView::codeReportChosen() const
{
    return m_period->currentData().toInt() == codeReportChoice;
}

void ReportView::editCodeAssessment()
{
    const int year = m_year->currentData().toInt();
    CodeAssessmentDialog dialog(m_session, year, this);
    // The Code report on screen shows the assessment: count it again with what was saved.
    if (dialog.exec() == QDialog::Accepted && m_report && !m_report->title().isEmpty() &&
        m_report->scope().financialYear() == year)
        if (Status produced = produceNow(); !produced)
            showError(produced.error());
}

void ReportView::showError(const QString& message)
{
    MessageBox::warning(this, QStringLiteral("reportProblem"), tr("Reports"), message);
}

} // namespace redress

// The report view on real widgets, on a database whose figures are known (North East
// Lincolnshire 2020/21): tables, charts, the cases behind a figure, PDF and ODT.
#include "../cli/CliRun.h"
#include "../core/reporting/ReportFixtures.h"
#include "TestSupport.h"
#include "admin/AdministrationDialog.h"
#include "document/ReportDocument.h"
#include "reporting/ReportEngine.h"
#include "reports/CaseListDialog.h"
#include "reports/ReportView.h"
#include "storage/ReferenceData.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace redress;
using namespace redress::test;
using namespace redress::test::reports;

namespace {

void choose(QComboBox* picker, const QVariant& data)
{
    const int index = picker->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    picker->setCurrentIndex(index);
}

// The text of a PDF, as pdftotext (poppler-utils) reads it.
QString pdfText(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!process.waitForFinished(60000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// content.xml of an OpenDocument file, as unzip reads it.
QString odtContent(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("unzip"),
                  {QStringLiteral("-p"), path, QStringLiteral("content.xml")});
    if (!process.waitForFinished(60000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestReportView : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_holder;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<FixedToday> m_today;
    QTemporaryDir m_folder;

    std::unique_ptr<ReportView> producedView()
    {
        auto view = std::make_unique<ReportView>(*m_session);
        choose(view->yearPicker(), 2020);
        choose(view->periodPicker(), 0);
        auto* procedure = view->findChild<QComboBox*>(QStringLiteral("reportProcedure"));
        choose(procedure, procedureCode(Procedure::Statutory));
        return view;
    }

    static bool selectTable(ReportView& view, const QString& id)
    {
        for (int i = 0; i < view.tableList()->count(); ++i) {
            if (view.tableList()->item(i)->data(Qt::UserRole).toString() == id) {
                view.tableList()->setCurrentRow(i);
                return true;
            }
        }
        return false;
    }

    static QModelIndex cell(const ReportView& view, const QString& rowLabel, int column)
    {
        const QAbstractItemModel* model = view.tableView()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data().toString().trimmed() == rowLabel)
                return model->index(row, column);
        return {};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_today = std::make_unique<FixedToday>(QDate(2021, 6, 30));
        m_holder = TestDatabase::create(Backend::Sqlite);
        QVERIFY(m_holder);
        m_db = m_holder->open();
        QVERIFY(m_db);
        auto built = buildNeLincolnshire(*m_db);
        QVERIFY2(built, qPrintable(built.error()));
        m_session = sessionOn(*m_db);
        QVERIFY(m_session);
    }
    void cleanupTestCase()
    {
        m_session.reset();
        m_db.reset();
        m_holder.reset();
        m_today.reset();
    }

    void yearsOfferedAreThoseWithCases()
    {
        ReportView view(*m_session);
        // The fixture's earliest complaint is from 2014/15; "today" is in 2021/22.
        QCOMPARE(view.yearPicker()->itemText(0), QStringLiteral("2021/22"));
        QCOMPARE(view.yearPicker()->itemText(view.yearPicker()->count() - 1),
                 QStringLiteral("2014/15"));
        QCOMPARE(view.yearPicker()->currentText(), QStringLiteral("2020/21")); // last full year
        for (auto* button : view.findChildren<QPushButton*>())
            if (button->objectName().startsWith(u"save"))
                QVERIFY2(!button->isEnabled(), qPrintable(button->objectName()));
    }

    // The produce button counts on a worker thread; the tables, the chart and the figures
    // come out as the engine counts them.
    void produceShowsTablesAndCharts()
    {
        auto view = producedView();
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        QTest::mouseClick(view->findChild<QPushButton*>(QStringLiteral("produceReport")),
                          Qt::LeftButton);
        QTRY_VERIFY(view->report().has_value());
        QCOMPARE(view->tableList()->count(),
                 m_session->reports().tableIds(view->report()->scope())->size());
        QVERIFY(view->findChild<QPushButton*>(QStringLiteral("savePdf"))->isEnabled());

        QVERIFY(selectTable(*view, QStringLiteral("outcomes_by_stage")));
        QVERIFY(view->chartView()->isVisible());
        QCOMPARE(view->chartView()->chart()->title(), QStringLiteral("Outcomes by stage"));
        const QModelIndex upheld = cell(*view, QStringLiteral("Upheld"), 1);
        QVERIFY(upheld.isValid());
        QCOMPARE(upheld.data().toString(), QStringLiteral("15"));
        QCOMPARE(cell(*view, QStringLiteral("Total concluded"), 1).data().toString(),
                 QStringLiteral("118"));

        QVERIFY(selectTable(*view, QStringLiteral("headline")));
        QVERIFY(!view->chartView()->isVisible()); // no chart for the headline table
    }

    // An administrator sets the council's default on the Year figures tab; a report view
    // opened afterwards starts on it, and its report counts categories on it. A lead's save
    // is refused and leaves the default as it was.
    void categoryBasisDefaultFromAdministration_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("chosen");
        QTest::addColumn<QString>("used");
        QTest::addColumn<QString>("message");
        QTest::newRow("admin, concluded")
            << QStringLiteral("admin") << QStringLiteral("concluded") << QStringLiteral("concluded")
            << QStringLiteral("of complaints responded to");
        QTest::newRow("admin, received")
            << QStringLiteral("admin") << QStringLiteral("received") << QStringLiteral("received")
            << QStringLiteral("of complaints received");
        QTest::newRow("lead, refused")
            << QStringLiteral("lead") << QStringLiteral("concluded") << QStringLiteral("received")
            << QStringLiteral("Only an administrator");
    }
    void categoryBasisDefaultFromAdministration()
    {
        QFETCH(QString, role);
        QFETCH(QString, chosen);
        QFETCH(QString, used);
        QFETCH(QString, message);
        REDRESS_SQLITE_DATABASE(db);
        const QString actor = role + QStringLiteral(".tester");
        QVERIFY(ReferenceData(*db).saveUser(User{0, actor, actor, role, 0, true}));
        auto session = sessionOn(*db, actor);
        QVERIFY(session);
        // a Reports tab already open, on the default as it was
        ReportView open(*session);
        auto* openPicker = open.findChild<QComboBox*>(QStringLiteral("reportCategoryBasis"));
        QCOMPARE(openPicker->currentData().toString(), QStringLiteral("received"));
        {
            AdministrationDialog dialog(*session);
            auto* basis = dialog.findChild<QComboBox*>(QStringLiteral("defaultCategoryBasis"));
            QVERIFY(basis);
            QCOMPARE(basis->currentData().toString(), QStringLiteral("received"));
            choose(basis, chosen);
            QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("saveReportDefaults")),
                              Qt::LeftButton);
            const auto lines = dialog.findChild<QWidget*>(QStringLiteral("yearFiguresPage"))
                                   ->findChildren<QLabel*>();
            QVERIFY(std::any_of(lines.begin(), lines.end(), [&](const QLabel* line) {
                return line->text().contains(message);
            }));
        }
        QCOMPARE(openPicker->currentData().toString(), used);
        ReportView view(*session);
        auto* picker = view.findChild<QComboBox*>(QStringLiteral("reportCategoryBasis"));
        QCOMPARE(picker->currentData().toString(), used);
        QVERIFY(view.produceNow());
        QCOMPARE(basisCode(view.report()->table(u"by_category")->basis()), used);
    }

    // The category table counts the complaints received, or those responded to, as chosen;
    // the cases behind its figures follow the same choice.
    void categoryBasisFollowsThePicker_data()
    {
        QTest::addColumn<QString>("basis");
        QTest::newRow("received") << QStringLiteral("received");
        QTest::newRow("concluded") << QStringLiteral("concluded");
    }
    void categoryBasisFollowsThePicker()
    {
        QFETCH(QString, basis);
        auto view = producedView();
        choose(view->findChild<QComboBox*>(QStringLiteral("reportCategoryBasis")), basis);
        QVERIFY(view->produceNow());
        QCOMPARE(basisCode(view->report()->scope().categoryBasis), basis);
        QCOMPARE(basisCode(view->report()->table(u"by_category")->basis()), basis);
        QCOMPARE(basisCode(view->report()->table(u"headline")->basis()),
                 QStringLiteral("received"));
        QVERIFY(selectTable(*view, QStringLiteral("by_category")));
        QVERIFY(view->findChild<QLabel*>(QStringLiteral("tableBasis"))
                    ->text()
                    .contains(basisLabel(view->report()->table(u"by_category")->basis())));
    }

    void quarterAndComparisonFollowThePickers()
    {
        auto view = producedView();
        choose(view->periodPicker(), 3);
        choose(view->comparePicker(), -1);
        QVERIFY(view->produceNow());
        QCOMPARE(view->report()->periodLabel(), QStringLiteral("2020/21 Q3"));
        QVERIFY(!view->report()->comparison());
        QCOMPARE(view->tableList()->count(),
                 m_session->reports().tableIds(view->report()->scope())->size());
        QVERIFY(view->tableList()->count() > ReportEngine::annualTableIds().size() / 2);
    }

    // Enter on a figure lists exactly the cases behind it.
    void casesBehindAFigure()
    {
        auto view = producedView();
        QVERIFY(view->produceNow());
        QVERIFY(selectTable(*view, QStringLiteral("outcomes_by_stage")));
        const QModelIndex upheld = cell(*view, QStringLiteral("Upheld"), 1);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        view->tableView()->setFocus();
        view->tableView()->setCurrentIndex(upheld);
        auto ids = view->casesBehindCurrent();
        QVERIFY2(ids, qPrintable(ids.error()));
        QCOMPARE(ids->size(), 15);

        QTest::keyClick(view->tableView(), Qt::Key_Return);
        CaseListDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = view->findChild<CaseListDialog*>()) != nullptr);
        QCOMPARE(dialog->view()->model()->rowCount(), 15);
        qint64 opened = 0;
        connect(view.get(), &ReportView::openCaseRequested, this, [&](qint64 id) { opened = id; });
        dialog->view()->setCurrentIndex(dialog->view()->model()->index(0, 0));
        emit dialog->view()->activated(dialog->view()->currentIndex());
        QVERIFY(ids->contains(opened));
        dialog->close();
    }

    void pdfAndOdtHoldTheFigures()
    {
        auto view = producedView();
        QVERIFY(view->produceNow());
        const QString pdf = m_folder.filePath(QStringLiteral("annual.pdf"));
        const QString odt = m_folder.filePath(QStringLiteral("annual.odt"));
        QVERIFY(view->savePdf(pdf));
        QVERIFY(view->saveOdt(odt));
        const QString text = pdfText(pdf);
        QVERIFY2(
            text.contains(QStringLiteral("Complaints and compliments: annual report, 2020/21")),
            qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("Outcomes by stage")));
        QVERIFY(text.contains(QStringLiteral("118")));
        const QString content = odtContent(odt);
        QVERIFY(content.contains(QStringLiteral("Outcomes by stage")));
        QVERIFY(content.contains(QStringLiteral(">118<")));
        QVERIFY(content.contains(QStringLiteral("draw:image"))); // the charts, as pictures
    }

    // A quarter prints its few summary pages unless every table is asked for.
    void quarterlySummaryPrintsItsSummaryTables()
    {
        auto view = producedView();
        QVERIFY(view->produceNow());
        QVERIFY(view->printEveryTable()->isEnabled());
        choose(view->periodPicker(), 3);
        QVERIFY(view->produceNow());
        QVERIFY(view->printEveryTable()->isEnabled());
        QVERIFY(!view->printEveryTable()->isChecked());

        const QString summaryPath = m_folder.filePath(QStringLiteral("summary.pdf"));
        QVERIFY(view->savePdf(summaryPath));
        const QString summary = pdfText(summaryPath);
        QVERIFY2(summary.contains(QStringLiteral("quarterly summary, 2020/21 Q3")),
                 qPrintable(summary.left(400)));
        for (const char* title : {"Headline", "Cases worked on", "Outcomes by stage",
                                  "Timescales by stage", "Overdue at the end of the period"})
            QVERIFY2(summary.contains(QLatin1String(title)), title);
        QVERIFY(!summary.contains(QStringLiteral("The last seven years")));
        QVERIFY(!summary.contains(QStringLiteral("Learning actions")));

        QTest::mouseClick(view->printEveryTable(), Qt::LeftButton);
        QVERIFY(view->printEveryTable()->isChecked());
        const QString everyPath = m_folder.filePath(QStringLiteral("every.pdf"));
        QVERIFY(view->savePdf(everyPath));
        const QString every = pdfText(everyPath);
        QVERIFY(every.contains(QStringLiteral("The last seven years")));
        QVERIFY(every.contains(QStringLiteral("Learning actions")));
        // pdftotext ends each page with a form feed.
        QVERIFY2(summary.count(u'\f') < every.count(u'\f'),
                 qPrintable(QStringLiteral("%1 pages, against %2 for every table")
                                .arg(summary.count(u'\f'))
                                .arg(every.count(u'\f'))));
    }

    void savingToAFolderThatIsNotThereFails()
    {
        auto view = producedView();
        QVERIFY(view->produceNow());
        const QString path = m_folder.filePath(QStringLiteral("missing/annual.pdf"));
        const Status saved = view->savePdf(path);
        QVERIFY(!saved);
        QVERIFY2(saved.error().contains(QStringLiteral("annual.pdf")), qPrintable(saved.error()));
        QVERIFY(!QFile::exists(path));
    }

    // The desktop build of redress-cli writes PDF through the same document.
    void cliWritesAPdf()
    {
        const QString path = m_folder.filePath(QStringLiteral("cli.pdf"));
        CliRun run;
        QTextStream out(&run.out);
        QTextStream err(&run.err);
        cli::CommandRunner runner;
        runner.setStreams(&out, &err);
        runner.setReportDocumentWriter(&ReportDocument::write);
        const QStringList quarterly =
            QStringList{QStringLiteral("redress-cli")} + databaseArguments(m_holder->location()) +
            QStringList{QStringLiteral("report"),    QStringLiteral("quarterly"),
                        QStringLiteral("--year"),    QStringLiteral("2020/21"),
                        QStringLiteral("--quarter"), QStringLiteral("1"),
                        QStringLiteral("--format"),  QStringLiteral("pdf"),
                        QStringLiteral("--out"),     path};
        run.code = runner.run(quarterly);
        err.flush();
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QString summary = pdfText(path);
        QVERIFY(summary.contains(QStringLiteral("quarterly summary, 2020/21 Q1")));
        QVERIFY(summary.contains(QStringLiteral("Overdue at the end of the period")));
        QVERIFY(!summary.contains(QStringLiteral("The last seven years")));

        // The same file again: replacing it takes --force.
        run.code = runner.run(quarterly + QStringList{QStringLiteral("--every-table")});
        QCOMPARE(run.code, 1);
        run.code = runner.run(
            quarterly + QStringList{QStringLiteral("--every-table"), QStringLiteral("--force")});
        err.flush();
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(pdfText(path).contains(QStringLiteral("The last seven years")));
    }
};

QTEST_MAIN(TestReportView)
#include "TestReportView.moc"

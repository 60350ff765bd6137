// The import wizard, import history and case export on real widgets, a real SQLite database
#include "common/MessageBox.h"
// and real files: a legacy log with an unknown outcome is checked, fixed in the mapping,
// imported, found in the history, undone, and exported.
#include "TestSupport.h"
#include "common/DateEdit.h"
#include "import/ImportMapping.h"
#include "importing/ExportCasesDialog.h"
#include "importing/ImportHistoryDialog.h"
#include "importing/ImportWizard.h"
#include "importing/MappingPage.h"
#include "importing/ValidationPage.h"
#include "mainwindow/MainWindow.h"
#include "spreadsheet/Workbook.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"
#include "storage/ReferenceData.h"
#include "util/Clock.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <algorithm>

using namespace redress;
using namespace redress::test;

namespace {

const QDate today(2021, 6, 30);

// Column G is the outcome; row 4 holds an outcome Redress does not know.
const char legacyLog[] = "Complaint Ref,Date Received,Type,How received,Date acknowledged,"
                         "Stage 1 Response,Outcome,Complainant\n"
                         "2020/001,03/06/2020,Complaint,Email,04/06/2020,15/06/2020,"
                         "Partly upheld,Alex Example\n"
                         "2020/002,10/06/2020,Complaint,Telephone,11/06/2020,01/07/2020,Upheld,"
                         "Sam Sample\n"
                         "2020/003,01/09/2020,Complaint,Letter,02/09/2020,14/09/2020,"
                         "Sort of upheld,Jo Bloggs\n";

qint64 caseCount(Database& db)
{
    return CaseRepository(db).count(CaseFilter{}).value();
}

// Rows of a file as Workbook reads them, headings included.
qint64 rowsIn(const QString& path)
{
    auto workbook = spreadsheet::Workbook::open(path);
    if (!workbook)
        return -1;
    qint64 rows = 0;
    const Status read = workbook.value()->readRows(0, [&](const spreadsheet::SheetRow&, double) {
        ++rows;
        return true;
    });
    return read ? rows : -1;
}

int problemRow(QTableView* view, const QString& needle)
{
    for (int row = 0; row < view->model()->rowCount(); ++row)
        if (view->model()->index(row, 5).data().toString().contains(needle))
            return row;
    return -1;
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

    IsolatedSettings m_settings;

    template <typename T> static T* child(QObject* parent, const char* name)
    {
        return parent->findChild<T*>(QString::fromLatin1(name));
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void importsAfterFixingAnUnknownValueThenUndoesAndExports()
    {
        FixedToday fixed(today);
        REDRESS_SQLITE_DATABASE(db);
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("complaints log.csv"));
        {
            QFile file(log);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(legacyLog);
        }

        auto wizardSession = sessionOn(*db);
        QVERIFY(wizardSession);
        ImportWizard wizard(*wizardSession);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QAbstractButton* next = wizard.button(QWizard::NextButton);

        // File
        QVERIFY(!next->isEnabled());
        child<QLineEdit>(&wizard, "importFilePath")->setText(log);
        QVERIFY(child<QLabel>(&wizard, "importFileSummary")->text().contains(u"CSV"));
        QVERIFY(next->isEnabled());
        next->click();

        // Sheet: headings guessed in row 1, the first rows shown
        QCOMPARE(wizard.currentId(), int(ImportWizard::SheetStep));
        QCOMPARE(child<QSpinBox>(&wizard, "importHeaderRow")->value(), 1);
        QCOMPARE(child<QTableView>(&wizard, "importSheetPreview")->model()->rowCount(), 4);
        QVERIFY(next->isEnabled());
        next->click();

        // Mapping: guessed from the headings; saved and loaded as a named file
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingStep));
        auto* outcomeField = child<QComboBox>(&wizard, "fieldFor_G");
        QVERIFY(outcomeField);
        QCOMPARE(outcomeField->currentData().toString(), QStringLiteral("stage1.outcome"));
        child<QLineEdit>(&wizard, "mappingName")->setText(QStringLiteral("Our log"));
        const QString saved = dir.filePath(QStringLiteral("our log.json"));
        QVERIFY(wizard.mappingPage()->saveMappingTo(saved));
        auto reloaded = import::ImportMapping::load(saved);
        QVERIFY2(reloaded, qPrintable(reloaded.error()));
        QCOMPARE(reloaded->name, QStringLiteral("Our log"));
        QCOMPARE(reloaded->columns.value(QStringLiteral("stage1.outcome")),
                 QStringLiteral("Outcome"));
        QVERIFY(wizard.mappingPage()->loadMappingFrom(saved));
        QVERIFY(MappingPage::mappingFolder().endsWith(QStringLiteral("Redress mappings")));
        auto* values = child<QTableWidget>(&wizard, "mappingValues");
        QVERIFY(values->rowCount() > 0);
        next->click();

        // Validation: the unknown outcome, with its row and column; Next stays off
        QCOMPARE(wizard.currentId(), int(ImportWizard::ValidationStep));
        auto* problems = child<QTableView>(&wizard, "validationProblems");
        const int bad = problemRow(problems, QStringLiteral("Sort of upheld"));
        QVERIFY2(bad >= 0, qPrintable(child<QLabel>(&wizard, "validationSummary")->text()));
        QCOMPARE(problems->model()->index(bad, 0).data().toLongLong(), 4);
        QCOMPARE(problems->model()->index(bad, 1).data().toString(), QStringLiteral("G"));
        QCOMPARE(problems->model()->index(bad, 3).data().toString(),
                 QStringLiteral("Stage 1 outcome"));
        QVERIFY(!next->isEnabled());
        QCOMPARE(caseCount(*db), 0);
        const QString problemsCsv = dir.filePath(QStringLiteral("problems.csv"));
        QVERIFY(wizard.validationPage()->saveProblemsTo(problemsCsv));
        QCOMPARE(rowsIn(problemsCsv), problems->model()->rowCount() + 1);

        // "Map this value" goes back to the mapping with the value selected
        problems->selectRow(bad);
        auto* mapValue = child<QPushButton>(&wizard, "mapProblemValue");
        QVERIFY(mapValue->isEnabled());
        mapValue->click();
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingStep));
        const QList<QTableWidgetItem*> selected = values->selectedItems();
        QVERIFY(!selected.isEmpty());
        const int valueRow = selected.constFirst()->row();
        QCOMPARE(values->item(valueRow, 1)->text(), QStringLiteral("Sort of upheld"));
        auto* code = qobject_cast<QComboBox*>(values->cellWidget(valueRow, 2));
        QVERIFY(code);
        QVERIFY(code->currentData().toString().isEmpty());
        const int upheld = code->findData(QStringLiteral("upheld"));
        QVERIFY(upheld > 0);
        code->setCurrentIndex(upheld);
        next->click();

        // Checked again: no problems, the rows as they will be imported
        QCOMPARE(wizard.currentId(), int(ImportWizard::ValidationStep));
        QCOMPARE(problems->model()->rowCount(), 0);
        QVERIFY(next->isEnabled());
        auto* preview = child<QTableView>(&wizard, "validationPreview");
        QCOMPARE(preview->model()->rowCount(), 3);
        QCOMPARE(preview->model()->index(0, 3).data().toString(), QStringLiteral("03/06/2020"));
        next->click();

        // Import
        QCOMPARE(wizard.currentId(), int(ImportWizard::ImportStep));
        QSignalSpy imported(&wizard, &ImportWizard::casesImported);
        child<QPushButton>(&wizard, "importNow")->click();
        QCOMPARE(imported.size(), 1);
        const QString summary = child<QLabel>(&wizard, "importSummary")->text();
        QVERIFY2(summary.contains(QStringLiteral("import batch 1")), qPrintable(summary));
        QCOMPARE(caseCount(*db), 3);
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
        wizard.close();

        // Export through the dialog, to XLSX and CSV
        auto exportDialogSession = sessionOn(*db);
        QVERIFY(exportDialogSession);
        ExportCasesDialog exportDialog(*exportDialogSession);
        exportDialog.show();
        child<QCheckBox>(&exportDialog, "exportAllDates")->setChecked(true);
        auto* format = child<QComboBox>(&exportDialog, "exportFormat");
        auto* target = child<QLineEdit>(&exportDialog, "exportFile");
        QCOMPARE(child<DateEdit>(&exportDialog, "exportTo")->text(),
                 Clock::today().toString(u"dd/MM/yyyy"));
        for (const QString& suffix : {QStringLiteral("xlsx"), QStringLiteral("csv")}) {
            format->setCurrentIndex(suffix == u"csv" ? 1 : 0);
            const QString path = dir.filePath(QStringLiteral("cases.") + suffix);
            target->setText(path);
            child<QPushButton>(&exportDialog, "exportNow")->click();
            QVERIFY2(QFile::exists(path),
                     qPrintable(child<QLabel>(&exportDialog, "exportStatus")->text()));
            auto workbook = spreadsheet::Workbook::open(path);
            QVERIFY2(workbook, qPrintable(workbook.error()));
            QCOMPARE(workbook.value()->format(),
                     suffix == u"csv" ? spreadsheet::Format::Csv : spreadsheet::Format::Xlsx);
            QCOMPARE(rowsIn(path), 4); // headings and three cases
        }
        // A period with none of them
        child<QCheckBox>(&exportDialog, "exportAllDates")->setChecked(false);
        child<DateEdit>(&exportDialog, "exportFrom")->setDate(QDate(2021, 1, 1));
        child<DateEdit>(&exportDialog, "exportTo")->setDate(QDate(2021, 3, 31));
        auto none = exportDialog.exportNow();
        QVERIFY(none);
        QCOMPARE(none.value(), 0);

        // History: the batch, then undone after confirming
        auto historySession = sessionOn(*db);
        QVERIFY(historySession);
        ImportHistoryDialog history(*historySession);
        history.show();
        QCOMPARE(history.batches().size(), 1);
        QCOMPARE(history.batches().constFirst().fileName, QStringLiteral("complaints log.csv"));
        QCOMPARE(history.batches().constFirst().caseCount, 3);
        QCOMPARE(history.batches().constFirst().rowCount, 3);
        QCOMPARE(history.batches().constFirst().checksum.size(), 64);
        auto* batches = child<QTableView>(&history, "importBatches");
        QCOMPARE(batches->model()->rowCount(), 1);
        auto* undo = child<QPushButton>(&history, "undoImport");
        QVERIFY(undo->isEnabled());
        // Saying No changes nothing
        MessageBox::setNextAnswer(QMessageBox::No);
        undo->click();
        QCOMPARE(caseCount(*db), 3);
        QSignalSpy changed(&history, &ImportHistoryDialog::casesChanged);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        undo->click();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(caseCount(*db), 0);
        QVERIFY(history.batches().constFirst().undoneAtUtc.isValid());
        QVERIFY(!undo->isEnabled());
    }

    // The same unknown value in many rows is one line of the check page, with its count, its
    // first rows and its advice in full; "Add all new values" leaves the adding to the import
    // itself, and an officer is refused it.
    void groupsProblemsAndAddsAllNewValues_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("administrator") << QStringLiteral("import.officer") << true;
        QTest::newRow("officer") << QStringLiteral("officer") << false;
    }
    void groupsProblemsAndAddsAllNewValues()
    {
        QFETCH(QString, actor);
        QFETCH(bool, allowed);
        FixedToday fixed(today);
        REDRESS_SQLITE_DATABASE(db);
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("many rows.csv"));
        {
            QFile file(log);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Complaint Ref,Date Received,Type,How received,Date acknowledged,"
                       "Stage 1 Response,Outcome,Complainant\n");
            for (int i = 1; i <= 12; ++i)
                file.write(QStringLiteral("2020/%1,03/06/2020,Complaint,Email,04/06/2020,"
                                          "15/06/2020,Sort of upheld,Alex Example\n")
                               .arg(i)
                               .toUtf8());
        }
        auto wizardSession = sessionOn(*db, actor);
        QVERIFY(wizardSession);
        ImportWizard wizard(*wizardSession);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QAbstractButton* next = wizard.button(QWizard::NextButton);
        child<QLineEdit>(&wizard, "importFilePath")->setText(log);
        next->click();
        next->click();
        next->click();
        QCOMPARE(wizard.currentId(), int(ImportWizard::ValidationStep));

        auto* problems = child<QTableView>(&wizard, "validationProblems");
        QStringList shown;
        for (int row = 0; row < problems->model()->rowCount(); ++row)
            shown << problems->model()->index(row, 3).data().toString() + u' ' +
                         problems->model()->index(row, 5).data().toString();
        QVERIFY2(problems->model()->rowCount() == 1, qPrintable(shown.join(u'\n')));
        QCOMPARE(problems->model()->index(0, 0).data().toLongLong(), 2);
        QCOMPARE(problems->model()->index(0, 4).data().toString(),
                 QStringLiteral("12 rows (2, 3, 4, 5, 6, 7, 8, 9, 10, 11, …)"));
        const QString message = problems->model()->index(0, 5).data().toString();
        QVERIFY2(message.startsWith(QStringLiteral("\"Sort of upheld\" is not a known value\n"
                                                   "What to do: map it")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("(known: ")), qPrintable(message));
        // Wrapped in full, never cut off: the row is as tall as its lines need
        QVERIFY(problems->wordWrap());
        QCOMPARE(problems->textElideMode(), Qt::ElideNone);
        QVERIFY(problems->rowHeight(0) > problems->fontMetrics().height() * 2);

        auto* addAll = child<QPushButton>(&wizard, "addAllNewValues");
        QVERIFY(addAll->isEnabled());
        QVERIFY2(addAll->text().contains(u'1'), qPrintable(addAll->text()));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        addAll->click();
        const auto known = [&] {
            auto outcomes = ReferenceData(*db).terms(QStringLiteral("outcome"));
            return std::any_of(outcomes->cbegin(), outcomes->cend(), [](const TaxonomyTerm& t) {
                return t.label == QStringLiteral("Sort of upheld");
            });
        };
        auto* summary = child<QLabel>(&wizard, "validationSummary");
        QVERIFY(!known()); // not yet: the import adds it
        if (!allowed) {
            QVERIFY2(summary->text().contains(QStringLiteral("Only an administrator")),
                     qPrintable(summary->text()));
            QVERIFY(!next->isEnabled());
            QCOMPARE(caseCount(*db), 0);
            return;
        }
        QCOMPARE(problems->model()->rowCount(), 0);
        QVERIFY2(summary->text().contains(QStringLiteral("Sort of upheld")),
                 qPrintable(summary->text()));
        QVERIFY(next->isEnabled());
        next->click();
        QSignalSpy imported(&wizard, &ImportWizard::casesImported);
        child<QPushButton>(&wizard, "importNow")->click();
        QCOMPARE(imported.size(), 1);
        QCOMPARE(caseCount(*db), 12);
        QVERIFY(known());
    }

    // "Add it to Redress's list" on the check page: the unknown outcome becomes a choice in
    // the taxonomy, the change is audited under the person importing, and the check passes.
    void addingAnUnknownValueToTheListLetsTheImportPass()
    {
        FixedToday fixed(today);
        REDRESS_SQLITE_DATABASE(db);
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("complaints log.csv"));
        {
            QFile file(log);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(legacyLog);
        }

        auto wizardSession = sessionOn(*db, QStringLiteral("import.officer"));
        QVERIFY(wizardSession);
        ImportWizard wizard(*wizardSession);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QAbstractButton* next = wizard.button(QWizard::NextButton);
        child<QLineEdit>(&wizard, "importFilePath")->setText(log);
        next->click();
        QCOMPARE(wizard.currentId(), int(ImportWizard::SheetStep));
        next->click();
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingStep));
        next->click();
        QCOMPARE(wizard.currentId(), int(ImportWizard::ValidationStep));

        auto* problems = child<QTableView>(&wizard, "validationProblems");
        const int bad = problemRow(problems, QStringLiteral("Sort of upheld"));
        QVERIFY2(bad >= 0, qPrintable(child<QLabel>(&wizard, "validationSummary")->text()));
        QVERIFY(!next->isEnabled());
        problems->selectRow(bad);
        auto* addValue = child<QPushButton>(&wizard, "addProblemValue");
        QVERIFY(addValue->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        addValue->click();

        // The taxonomy has the new outcome, added by the person importing
        auto outcomes = ReferenceData(*db).terms(QStringLiteral("outcome"));
        QVERIFY2(outcomes, qPrintable(outcomes.error()));
        const auto added =
            std::find_if(outcomes->cbegin(), outcomes->cend(), [](const TaxonomyTerm& term) {
                return term.code == QStringLiteral("sort_of_upheld");
            });
        QVERIFY(added != outcomes->cend());
        QCOMPARE(added->label, QStringLiteral("Sort of upheld"));
        auto entries = AuditLog(*db).latest(20);
        QVERIFY2(entries, qPrintable(entries.error()));
        const auto audited =
            std::find_if(entries->cbegin(), entries->cend(), [](const AuditEntry& entry) {
                return entry.action == QStringLiteral("admin_term");
            });
        QVERIFY(audited != entries->cend());
        QCOMPARE(audited->actor, QStringLiteral("import.officer"));

        // Checked again at once: no problems, and the import writes all three cases
        QCOMPARE(problems->model()->rowCount(), 0);
        QVERIFY(next->isEnabled());
        QCOMPARE(child<QTableView>(&wizard, "validationPreview")->model()->rowCount(), 3);
        next->click();
        QCOMPARE(wizard.currentId(), int(ImportWizard::ImportStep));
        QSignalSpy imported(&wizard, &ImportWizard::casesImported);
        child<QPushButton>(&wizard, "importNow")->click();
        QCOMPARE(imported.size(), 1);
        QCOMPARE(caseCount(*db), 3);
        auto sortOf = CaseRepository(*db).list(CaseFilter{});
        QVERIFY2(sortOf, qPrintable(sortOf.error()));
        bool found = false;
        for (const CaseSummary& summary : sortOf.value()) {
            auto record = CaseRepository(*db).load(summary.id);
            QVERIFY2(record, qPrintable(record.error()));
            if (record->sourceReference == QStringLiteral("2020/003")) {
                found = true;
                QCOMPARE(record->stages.value(0).outcomeCode, QStringLiteral("sort_of_upheld"));
            }
        }
        QVERIFY(found);
    }

    void fileTheReaderRefusesShowsItsMessage_data()
    {
        QTest::addColumn<bool>("thirdParty");
        QTest::addRow("a broken XLSX") << false;
        QTest::addRow("Apple Numbers' XLS (third-party)") << true;
    }
    void fileTheReaderRefusesShowsItsMessage()
    {
        QFETCH(bool, thirdParty);
        QTemporaryDir dir;
        QString path = dir.filePath(QStringLiteral("broken.xlsx"));
        if (thirdParty) {
            REDRESS_SKIP_WITHOUT_SHARED_TESTDATA(QStringLiteral("spreadsheets"));
            path = sharedTestData(QStringLiteral("spreadsheets/sheetjs_minimal_112.xls"));
        } else {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            // A zip's signature, then nothing a zip reader can use.
            QVERIFY(file.write(QByteArray("PK\x03\x04") + QByteArray(60, '\xff')) > 0);
        }
        QVERIFY2(QFile::exists(path), qPrintable(path));
        REDRESS_SQLITE_DATABASE(db);
        auto wizardSession = sessionOn(*db);
        QVERIFY(wizardSession);
        ImportWizard wizard(*wizardSession);
        wizard.show();
        child<QLineEdit>(&wizard, "importFilePath")->setText(path);
        auto* error = child<QLabel>(&wizard, "importFileError");
        QVERIFY(!error->isHidden());
        QVERIFY(!error->text().isEmpty());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QCOMPARE(wizard.currentId(), int(ImportWizard::FileStep));
    }

    void mainWindowHasTheDataMenu()
    {
        REDRESS_SQLITE_DATABASE(db);
        auto session = test::sessionOn(*db);
        QVERIFY(session);
        MainWindow window(*session);
        for (const char* name : {"openImportWizard", "openImportHistory", "openExportCases"})
            QVERIFY2(window.findChild<QAction*>(QString::fromLatin1(name)), name);
    }
};

QTEST_MAIN(TestImportWizard)
#include "TestImportWizard.moc"

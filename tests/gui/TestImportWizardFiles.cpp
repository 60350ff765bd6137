// The import wizard on real widgets and real files: a CSV file that is not UTF-8 is said to be
// read as Windows-1252 on the file and check pages, its encoding can be chosen outright, a log
// whose one bad row repeats says how many problems it has in all, and the files the wizard
// saves (a mapping, the problems) never replace the database or the log.
#include "TestSupport.h"
#include "import/ImportMapping.h"
#include "importing/ImportWizard.h"
#include "importing/MappingPage.h"
#include "importing/ValidationPage.h"
#include "storage/CaseRepository.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace redress;
using namespace redress::test;

namespace {

const QDate today(2021, 6, 30);

const QByteArray headings = "Complaint Ref,Date Received,Type,How received,Date acknowledged,"
                            "Stage 1 Response,Outcome,Complainant\n";

// Row 3 names its complainant in Windows-1252 ("Zoë Brontë"), as Excel on Windows saves it.
QByteArray windows1252Log()
{
    return headings +
           "2020/001,03/06/2020,Complaint,Email,04/06/2020,15/06/2020,Upheld,Alex Example\n"
           "2020/002,10/06/2020,Complaint,Letter,11/06/2020,01/07/2020,Upheld,Zo\xeb Bront\xeb\n";
}

QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

QByteArray fingerprint(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

} // namespace

class TestImportWizardFiles : public QObject
{
    Q_OBJECT

    IsolatedSettings m_settings;

    template <typename T> static T* child(QObject* parent, const char* name)
    {
        return parent->findChild<T*>(QString::fromLatin1(name));
    }

    static void nextTo(ImportWizard& wizard, ImportWizard::PageId step)
    {
        while (wizard.currentId() != int(step) && wizard.button(QWizard::NextButton)->isEnabled())
            wizard.button(QWizard::NextButton)->click();
        QCOMPARE(wizard.currentId(), int(step));
    }

    static void backToFile(ImportWizard& wizard)
    {
        while (wizard.currentId() != int(ImportWizard::FileStep))
            wizard.back();
    }

    static void chooseEncoding(ImportWizard& wizard, const QString& name)
    {
        auto* picker = child<QComboBox>(&wizard, "importEncoding");
        QVERIFY(picker);
        const int index = picker->findData(name);
        QVERIFY(index >= 0);
        picker->setCurrentIndex(index);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aCsvNotInUtf8IsSaidAndItsEncodingCanBeChosen()
    {
        FixedToday fixed(today);
        REDRESS_SQLITE_DATABASE(db);
        QTemporaryDir dir;
        const QString log = write(dir, QStringLiteral("log.csv"), windows1252Log());
        auto session = sessionOn(*db);
        QVERIFY(session);
        ImportWizard wizard(*session);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));

        // Automatic: read, and said to be read, as Windows-1252, naming the row
        child<QLineEdit>(&wizard, "importFilePath")->setText(log);
        auto* picker = child<QComboBox>(&wizard, "importEncoding");
        QVERIFY(picker->isVisibleTo(&wizard));
        QVERIFY(picker->currentData().toString().isEmpty());
        const QString fileSummary = child<QLabel>(&wizard, "importFileSummary")->text();
        QVERIFY2(fileSummary.contains(u"Windows-1252") && fileSummary.contains(u"3"),
                 qPrintable(fileSummary));
        nextTo(wizard, ImportWizard::ValidationStep);
        auto* notes = child<QLabel>(&wizard, "validationNotes");
        QVERIFY(notes->isVisibleTo(&wizard));
        QVERIFY2(notes->text().contains(u"read as Windows-1252") && notes->text().contains(u"3"),
                 qPrintable(notes->text()));

        // Said to be UTF-8, it is refused on the file page, saying why
        backToFile(wizard);
        chooseEncoding(wizard, QStringLiteral("UTF-8"));
        auto* error = child<QLabel>(&wizard, "importFileError");
        QVERIFY(error->isVisibleTo(&wizard));
        QVERIFY2(error->text().contains(u"not"), qPrintable(error->text()));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());

        // Chosen as Windows-1252: nothing to say, and the name imported as written
        chooseEncoding(wizard, QStringLiteral("Windows-1252"));
        QVERIFY(!error->isVisibleTo(&wizard));
        QVERIFY(!child<QLabel>(&wizard, "importFileSummary")->text().contains(u"UTF-8"));
        nextTo(wizard, ImportWizard::MappingStep);
        const QString saved = dir.filePath(QStringLiteral("mapping.json"));
        QVERIFY(wizard.mappingPage()->saveMappingTo(saved));
        auto reloaded = import::ImportMapping::load(saved);
        QVERIFY2(reloaded, qPrintable(reloaded.error()));
        QCOMPARE(reloaded->encoding, QStringLiteral("Windows-1252"));
        nextTo(wizard, ImportWizard::ValidationStep);
        QVERIFY(!notes->isVisibleTo(&wizard));
        nextTo(wizard, ImportWizard::ImportStep);
        child<QPushButton>(&wizard, "importNow")->click();
        auto listed = CaseRepository(*db).list(CaseFilter{});
        QVERIFY2(listed, qPrintable(listed.error()));
        QStringList names;
        for (const CaseSummary& row : listed.value())
            names << row.complainantName;
        QVERIFY2(names.contains(QStringLiteral("Zoë Brontë")), qPrintable(names.join(u'|')));
    }

    void aLoadedMappingChoosesTheEncoding()
    {
        FixedToday fixed(today);
        REDRESS_SQLITE_DATABASE(db);
        QTemporaryDir dir;
        const QString log = write(dir, QStringLiteral("log.csv"), windows1252Log());
        import::ImportMapping mapping;
        mapping.name = QStringLiteral("Windows log");
        mapping.encoding = QStringLiteral("Windows-1252");
        mapping.columns.insert(QStringLiteral("source_reference"), QStringLiteral("Complaint Ref"));
        const QString saved = dir.filePath(QStringLiteral("windows.json"));
        QVERIFY(mapping.save(saved));
        auto session = sessionOn(*db);
        QVERIFY(session);
        ImportWizard wizard(*session);
        wizard.show();
        child<QLineEdit>(&wizard, "importFilePath")->setText(log);
        nextTo(wizard, ImportWizard::MappingStep);
        QVERIFY(wizard.mappingPage()->loadMappingFrom(saved));
        backToFile(wizard);
        QCOMPARE(child<QComboBox>(&wizard, "importEncoding")->currentData().toString(),
                 QStringLiteral("Windows-1252"));
    }

    void aSpreadsheetHasNoEncodingToChoose()
    {
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        ImportWizard wizard(*session);
        wizard.show();
        child<QLineEdit>(&wizard, "importFilePath")
            ->setText(ownTestData(QStringLiteral("spreadsheets/complaints-1900.xlsx")));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(!child<QComboBox>(&wizard, "importEncoding")->isVisibleTo(&wizard));
    }

    void aRepeatedProblemIsCountedInFull_data()
    {
        QTest::addColumn<int>("badRows");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("lines");
        // Each bad row has one problem, the unknown outcome: listed once, with its count.
        QTest::newRow("a few rows") << 4 << "4 problem" << 1;
        QTest::newRow("more rows than are ever listed one by one") << 25 << "25 problem" << 1;
    }

    void aRepeatedProblemIsCountedInFull()
    {
        QFETCH(int, badRows);
        QFETCH(QString, expected);
        QFETCH(int, lines);
        FixedToday fixed(today);
        REDRESS_SQLITE_DATABASE(db);
        QTemporaryDir dir;
        QByteArray bytes = headings;
        for (int i = 1; i <= badRows; ++i)
            bytes += "2020/" + QByteArray::number(i) +
                     ",03/06/2020,Complaint,Email,04/06/2020,15/06/2020,Sort of upheld,A B\n";
        const QString log = write(dir, QStringLiteral("log.csv"), bytes);
        auto session = sessionOn(*db);
        QVERIFY(session);
        ImportWizard wizard(*session);
        wizard.show();
        child<QLineEdit>(&wizard, "importFilePath")->setText(log);
        nextTo(wizard, ImportWizard::ValidationStep);
        const QString summary = child<QLabel>(&wizard, "validationSummary")->text();
        auto* problems = child<QTableView>(&wizard, "validationProblems");
        QVERIFY2(summary.contains(expected), qPrintable(summary));
        QCOMPARE(problems->model()->rowCount(), lines);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    }

    void savesNeverReplaceTheDatabaseOrTheLog_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("expected"); // empty: saved
        for (const char* what : {"mapping", "problems"}) {
            const QString name = QString::fromLatin1(what);
            QTest::addRow("%s over the database", what) << name << "database"
                                                        << "database";
            QTest::addRow("%s over its -wal", what) << name << "wal"
                                                    << "database";
            QTest::addRow("%s over the log", what) << name << "log"
                                                   << "being read";
            QTest::addRow("%s over a folder", what) << name << "folder"
                                                    << "is a folder";
            QTest::addRow("%s to a new file", what) << name << "new"
                                                    << "";
            QTest::addRow("%s over an earlier one", what) << name << "earlier"
                                                          << "";
        }
    }

    void savesNeverReplaceTheDatabaseOrTheLog()
    {
        QFETCH(QString, what);
        QFETCH(QString, target);
        QFETCH(QString, expected);
        FixedToday fixed(today);
        REDRESS_SQLITE_DATABASE(db);
        QTemporaryDir dir;
        const QString log = write(
            dir, QStringLiteral("log.csv"),
            headings +
                "2020/001,03/06/2020,Complaint,Email,04/06/2020,15/06/2020,Sort of upheld,A B\n");
        auto session = sessionOn(*db);
        QVERIFY(session);
        ImportWizard wizard(*session);
        wizard.show();
        child<QLineEdit>(&wizard, "importFilePath")->setText(log);
        nextTo(wizard,
               what == u"mapping" ? ImportWizard::MappingStep : ImportWizard::ValidationStep);

        const QString database = dbHolder->location().filePath;
        const QString path = target == u"database" ? database
                             : target == u"wal"    ? database + QStringLiteral("-wal")
                             : target == u"log"    ? log
                             : target == u"folder" ? dir.path()
                                                   : dir.filePath(QStringLiteral("saved.out"));
        if (target == u"earlier")
            QVERIFY(!write(dir, QStringLiteral("saved.out"), "earlier").isEmpty());
        QVERIFY(QFileInfo::exists(path) || target == u"new");
        const QByteArray before = fingerprint(path);
        const Status saved = what == u"mapping" ? wizard.mappingPage()->saveMappingTo(path)
                                                : wizard.validationPage()->saveProblemsTo(path);
        if (expected.isEmpty()) {
            QVERIFY2(saved, qPrintable(saved.error()));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(
                file.readAll().contains(what == u"mapping" ? "Complaint Ref" : "Sort of upheld"));
#ifndef Q_OS_WIN
            QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                     QFileDevice::Permissions());
#endif
            return;
        }
        QVERIFY(!saved);
        QVERIFY2(saved.error().contains(expected), qPrintable(saved.error()));
        QCOMPARE(fingerprint(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1); // the log
    }
};

QTEST_MAIN(TestImportWizardFiles)
#include "TestImportWizardFiles.moc"

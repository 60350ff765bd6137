// The import wizard on a log of one row per stage: the stage and linked reference columns are
// guessed, a rule gives the Outcome column another field on the Ombudsman's rows, a team is
// left empty on purpose, and the mapping saved keeps all three; the log imports as cases.
#include "ImportWizardFixture.h"
#include "TestSupport.h"
#include "import/ImportMapping.h"
#include "importing/ImportWizard.h"
#include "importing/MappingPage.h"
#include "storage/CaseRepository.h"
#include "storage/Sql.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace redress;
using namespace redress::test;

namespace {

const QByteArray stageLog =
    "Ref,Linked ref,Stage,Type,Date received,Team,Response date,Outcome\n"
    "C1,,Stage 1,Complaint,01/05/2020,Assessment team,20/05/2020,Upheld\n"
    "C1/S2,,Stage 2,Complaint,01/06/2020,,20/08/2020,Not upheld\n"
    "C3/S2,,Stage 2,Complaint,15/07/2020,Assessment team,30/09/2020,Upheld\n"
    "L1,C1,Ombudsman,LGSCO,01/10/2020,,,Premature\n"
    "C4,,Stage 1,Complaint,01/11/2020,Unknown team,10/11/2020,Upheld\n";

template <typename T> T* child(QObject* parent, const char* name)
{
    return parent->findChild<T*>(QString::fromLatin1(name));
}

void choose(QComboBox* box, const QString& data)
{
    QVERIFY(box);
    const int index = box->findData(data);
    QVERIFY2(index >= 0, qPrintable(data));
    box->setCurrentIndex(index);
}

// The value table's row for a field's source value, or -1.
int valueRow(QTableWidget* values, const QString& fieldCode, const QString& source)
{
    for (int row = 0; row < values->rowCount(); ++row)
        if (values->item(row, 0)->data(Qt::UserRole).toString() == fieldCode &&
            values->item(row, 1)->text() == source)
            return row;
    return -1;
}

} // namespace

class TestImportWizardStageRows : public QObject
{
    Q_OBJECT

    IsolatedSettings m_settings;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void mapsAndImportsALogOfOneRowPerStage()
    {
        FixedToday fixed(QDate(2021, 6, 30));
        REDRESS_SQLITE_DATABASE(db);
        QTemporaryDir dir;
        const QString log = writtenLog(dir, stageLog);
        QVERIFY(!log.isEmpty());
        auto session = sessionOn(*db);
        QVERIFY(session);
        ImportWizard wizard(*session);
        QVERIFY(openAt(wizard, log, ImportWizard::MappingStep));
        auto* next = wizard.button(QWizard::NextButton);

        // Guessed from the headings and the references' suffixes.
        QCOMPARE(child<QComboBox>(&wizard, "fieldFor_B")->currentData().toString(),
                 QStringLiteral("linked_reference"));
        QCOMPARE(child<QComboBox>(&wizard, "fieldFor_C")->currentData().toString(),
                 QStringLiteral("stage"));
        auto* values = child<QTableWidget>(&wizard, "mappingValues");
        QVERIFY(values);
        // Before the rule, the Ombudsman's "Premature" is taken for a stage outcome.
        QVERIFY(valueRow(values, QStringLiteral("stage1.outcome"), QStringLiteral("Premature")) >=
                0);

        // The rule: when Type is LGSCO, Outcome fills the Ombudsman's decision.
        child<QPushButton>(&wizard, "addCondition")->click();
        auto* rules = child<QTableWidget>(&wizard, "mappingConditions");
        QVERIFY(rules);
        QCOMPARE(rules->rowCount(), 1);
        choose(qobject_cast<QComboBox*>(rules->cellWidget(0, 0)), QStringLiteral("Type"));
        auto* is = qobject_cast<QLineEdit*>(rules->cellWidget(0, 1));
        QVERIFY(is);
        is->setText(QStringLiteral("LGSCO"));
        emit is->editingFinished();
        choose(qobject_cast<QComboBox*>(rules->cellWidget(0, 2)), QStringLiteral("Outcome"));
        choose(qobject_cast<QComboBox*>(rules->cellWidget(0, 3)), QStringLiteral("lgsco_decision"));
        QCOMPARE(valueRow(values, QStringLiteral("stage1.outcome"), QStringLiteral("Premature")),
                 -1);
        QVERIFY(valueRow(values, QStringLiteral("lgsco_decision"), QStringLiteral("Premature")) >=
                0);

        // A team no longer there, left empty on purpose.
        const int unknown =
            valueRow(values, QStringLiteral("team"), QStringLiteral("Unknown team"));
        QVERIFY(unknown >= 0);
        choose(qobject_cast<QComboBox*>(values->cellWidget(unknown, 2)),
               import::ImportMapping::ignored());

        const QString saved = dir.filePath(QStringLiteral("stages.json"));
        QVERIFY(wizard.mappingPage()->saveMappingTo(saved));
        auto reloaded = import::ImportMapping::load(saved);
        QVERIFY2(reloaded, qPrintable(reloaded.error()));
        QCOMPARE(reloaded->columns.value(QStringLiteral("stage")), QStringLiteral("Stage"));
        QCOMPARE(reloaded->when.size(), 1);
        QCOMPARE(reloaded->when.first().column, QStringLiteral("Type"));
        QCOMPARE(reloaded->when.first().is, QStringList{QStringLiteral("LGSCO")});
        QCOMPARE(reloaded->when.first().columns.value(QStringLiteral("lgsco_decision")),
                 QStringLiteral("Outcome"));
        QCOMPARE(reloaded->mappedValue(QStringLiteral("team"), QStringLiteral("Unknown team")),
                 import::ImportMapping::ignored());

        // Checked: no problems, the team left empty said; then imported.
        next->click();
        QCOMPARE(wizard.currentId(), int(ImportWizard::ValidationStep));
        QCOMPARE(child<QTableView>(&wizard, "validationProblems")->model()->rowCount(), 0);
        const QString notes = child<QLabel>(&wizard, "validationNotes")->text();
        QVERIFY2(notes.contains(QStringLiteral("Left empty, as the mapping says: Team")),
                 qPrintable(notes));
        next->click();
        QCOMPARE(wizard.currentId(), int(ImportWizard::ImportStep));
        QSignalSpy imported(&wizard, &ImportWizard::casesImported);
        child<QPushButton>(&wizard, "importNow")->click();
        QCOMPARE(imported.size(), 1);
        QCOMPARE(sql::scalar(db->sql(), QStringLiteral("SELECT COUNT(*) FROM cases"))
                     .value()
                     .toLongLong(),
                 4);
        QCOMPARE(sql::scalar(db->sql(), QStringLiteral("SELECT COUNT(*) FROM stage WHERE "
                                                       "before_log = 1"))
                     .value()
                     .toLongLong(),
                 1);
        QCOMPARE(sql::scalar(db->sql(), QStringLiteral("SELECT COUNT(*) FROM ombudsman_decision "
                                                       "WHERE decision = 'premature'"))
                     .value()
                     .toLongLong(),
                 1);
    }

    // The wizard shows the stage suffix it guessed from the references, and one typed in its
    // place is the one the import folds the rows by.
    void showsAndTakesTheStageSuffix_data()
    {
        QTest::addColumn<QString>("later");   // stage 2's reference in the log
        QTest::addColumn<QString>("guessed"); // the suffix shown
        QTest::addColumn<QString>("typed");   // what the user types instead ("" to keep it)
        QTest::addRow("slash") << QStringLiteral("C1/S2") << QStringLiteral("/S[1-3]$")
                               << QString();
        QTest::addRow("hyphen") << QStringLiteral("C1-S2") << QStringLiteral("-S[1-3]$")
                                << QString();
        QTest::addRow("words") << QStringLiteral("C1 stage 2")
                               << QStringLiteral("\\s*STAGE\\s*[1-3]$") << QString();
        QTest::addRow("the council's own, typed")
            << QStringLiteral("C1.R2") << QString() << QStringLiteral("\\.R[1-3]$");
    }

    void showsAndTakesTheStageSuffix()
    {
        QFETCH(QString, later);
        QFETCH(QString, guessed);
        QFETCH(QString, typed);
        FixedToday fixed(QDate(2021, 6, 30));
        REDRESS_SQLITE_DATABASE(db);
        QTemporaryDir dir;
        const QString log = writtenLog(
            dir, "Ref,Stage,Type,Date received,Team,Response date,Outcome\n"
                 "C1,Stage 1,Complaint,01/05/2020,Assessment team,20/05/2020,Upheld\n" +
                     (later + QStringLiteral(",Stage 2,Complaint,01/06/2020,Assessment team,"
                                             "20/08/2020,Not upheld\n"))
                         .toUtf8());
        QVERIFY(!log.isEmpty());
        auto session = sessionOn(*db);
        QVERIFY(session);
        ImportWizard wizard(*session);
        QVERIFY(openAt(wizard, log, ImportWizard::MappingStep));
        auto* next = wizard.button(QWizard::NextButton);
        auto* suffix = child<QLineEdit>(&wizard, "mappingStageSuffix");
        QVERIFY(suffix);
        QCOMPARE(suffix->text(), guessed);
        if (!typed.isEmpty()) {
            // A pattern that does not read is said at once, and the page is not left.
            QTest::keyClicks(suffix, QStringLiteral("R["));
            auto* message = child<QLabel>(&wizard, "mappingMessage");
            QVERIFY(message->isVisible());
            QVERIFY2(message->text().contains(QStringLiteral("is not a pattern Redress can read")),
                     qPrintable(message->text()));
            next->click();
            QCOMPARE(wizard.currentId(), int(ImportWizard::MappingStep));
            suffix->clear();
            QVERIFY(!message->isVisible());
            QTest::keyClicks(suffix, typed);
            // Nothing told the guess the log has a row per stage: the user says so.
            choose(child<QComboBox>(&wizard, "fieldFor_B"), QStringLiteral("stage"));
        }
        QCOMPARE(wizard.mappingPage()->currentMapping().stageSuffix,
                 typed.isEmpty() ? guessed : typed);

        next->click();
        QCOMPARE(wizard.currentId(), int(ImportWizard::ValidationStep));
        QCOMPARE(child<QTableView>(&wizard, "validationProblems")->model()->rowCount(), 0);
        next->click();
        QCOMPARE(wizard.currentId(), int(ImportWizard::ImportStep));
        QSignalSpy imported(&wizard, &ImportWizard::casesImported);
        child<QPushButton>(&wizard, "importNow")->click();
        QCOMPARE(imported.size(), 1);
        // Both rows are one complaint: its stage 1 and stage 2.
        QCOMPARE(sql::scalar(db->sql(), QStringLiteral("SELECT COUNT(*) FROM cases"))
                     .value()
                     .toLongLong(),
                 1);
        QCOMPARE(sql::scalar(db->sql(), QStringLiteral("SELECT COUNT(*) FROM stage WHERE "
                                                       "before_log = 0"))
                     .value()
                     .toLongLong(),
                 2);
    }

    // A stage 2 row whose stage 1 is a case logged in Redress: the import page says which case
    // the stage will be added to, and then that it was.
    void addsAStageToACaseInRedress()
    {
        FixedToday fixed(QDate(2021, 6, 30));
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        Case record = loggedComplaint(*session, QDate(2020, 5, 1), QDate(2020, 5, 4));
        QVERIFY(record.id != 0);
        for (Action action : {Action::Respond, Action::RecordOutcome}) {
            ActionRequest r;
            r.action = action;
            r.on = action == Action::Respond ? QDate(2020, 5, 20) : QDate();
            r.outcomeCode = QStringLiteral("upheld");
            QVERIFY(session->perform(record, r));
        }
        QTemporaryDir dir;
        const QString log = writtenLog(
            dir, "Ref,Linked ref,Stage,Type,Date received,Team,Response date,Outcome\n" +
                     QStringLiteral("C2,%1,Stage 2,Complaint,01/06/2020,Assessment team,,\n")
                         .arg(record.reference)
                         .toUtf8());
        QVERIFY(!log.isEmpty());
        ImportWizard wizard(*session);
        QVERIFY(openAt(wizard, log, ImportWizard::ImportStep));
        const QString stage = QStringLiteral("stage 2 of %1 (row 2)").arg(record.reference);
        const QString intro = child<QLabel>(&wizard, "importIntro")->text();
        QVERIFY2(
            intro.contains(QStringLiteral("To be added to cases already in Redress:\n") + stage),
            qPrintable(intro));
        child<QPushButton>(&wizard, "importNow")->click();
        const QString summary = child<QLabel>(&wizard, "importSummary")->text();
        QVERIFY2(summary.contains(QStringLiteral("Added to cases already in Redress:\n") + stage),
                 qPrintable(summary));
        QCOMPARE(sql::scalar(db->sql(), QStringLiteral("SELECT COUNT(*) FROM cases"))
                     .value()
                     .toLongLong(),
                 1);
        QCOMPARE(sql::scalar(db->sql(), QStringLiteral("SELECT current_stage FROM cases"))
                     .value()
                     .toLongLong(),
                 2);
    }
};

QTEST_MAIN(TestImportWizardStageRows)
#include "TestImportWizardStageRows.moc"

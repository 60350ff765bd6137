#include "CaseViewFixture.h"
#include "TestSupport.h"
#include "caseview/CaseView.h"
#include "common/DateEdit.h"
#include "common/MessageBox.h"
#include "session/Session.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace redress;
using namespace redress::test;

// Editing the parts of a case in its view (points of complaint with their findings, remedies,
// learning actions), each saved with the version check and audited.
class TestCaseParts : public QObject
{
    Q_OBJECT

    IsolatedSettings m_settings;

    // Adds a point in the view, typed and chosen as an officer would.
    static void addPoint(CaseView& view, const QString& text, const QString& category,
                         const QString& finding)
    {
        showTab(view, QStringLiteral("Points and findings"));
        QTest::mouseClick(child<QPushButton>(view, "add_casePoints"), Qt::LeftButton);
        auto* description = child<QLineEdit>(view, "pointDescription");
        QVERIFY(description->hasFocus() || !view.isActiveWindow());
        QTest::keyClicks(description, text);
        choose(child<QComboBox>(view, "pointCategory"), category);
        if (!finding.isEmpty())
            choose(child<QComboBox>(view, "finding1"), finding);
    }

    // Adds a remedy in the view; `pounds` is typed only when positive.
    static void addRemedy(CaseView& view, const QString& type, const QString& text, double pounds,
                          const QString& agreed)
    {
        showTab(view, QStringLiteral("Remedies and learning"));
        QTest::mouseClick(child<QPushButton>(view, "add_caseRemedies"), Qt::LeftButton);
        choose(child<QComboBox>(view, "remedyType"), type);
        QTest::keyClicks(child<QLineEdit>(view, "remedyDescription"), text);
        if (pounds > 0)
            child<QDoubleSpinBox>(view, "remedyAmount")->setValue(pounds);
        QTest::keyClicks(child<DateEdit>(view, "remedyAgreed"), agreed);
    }

    // Adds a cost in the view; `pounds` is typed only when positive.
    static void addCost(CaseView& view, const QString& kind, double pounds)
    {
        showTab(view, QStringLiteral("Costs"));
        QTest::mouseClick(child<QPushButton>(view, "add_caseCosts"), Qt::LeftButton);
        choose(child<QComboBox>(view, "costKind"), kind);
        if (pounds > 0)
            child<QDoubleSpinBox>(view, "costAmount")->setValue(pounds);
    }

    static void addStaff(CaseView& view, const QString& name, const QString& jobTitle)
    {
        showTab(view, QStringLiteral("People"));
        QTest::mouseClick(child<QPushButton>(view, "add_caseStaff"), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>(view, "staffName"), name);
        QTest::keyClicks(child<QLineEdit>(view, "staffJobTitle"), jobTitle);
    }

    // The audit entry a save wrote last, checked to hold `detail`, `textBefore` (when given) on
    // the before side only and `textAfter` on the after side only.
    static void checkAudited(Session& session, Database& db, qint64 caseId, const QString& detail,
                             const QString& textBefore, const QString& textAfter)
    {
        const auto entries = session.auditLog().entriesForCase(caseId);
        QVERIFY(entries);
        const AuditEntry& last = entries->constLast();
        QCOMPARE(last.detail, detail);
        QCOMPARE(last.actor, recordedActor(db, QStringLiteral("officer")));
        const QString before = QString::fromUtf8(QJsonDocument(last.before).toJson());
        const QString after = QString::fromUtf8(QJsonDocument(last.after).toJson());
        if (!textBefore.isEmpty())
            QVERIFY2(before.contains(textBefore), qPrintable(before));
        if (!textAfter.isEmpty()) {
            QVERIFY2(after.contains(textAfter), qPrintable(after));
            QVERIFY2(!before.contains(textAfter), qPrintable(before));
        }
    }

private slots:

    void pointsAndFindingsAreSavedAndAudited_data() { addBackendRows(); }

    // Points added with their findings are stored, shown by their labels, audited with what
    // changed, and the stage outcome derives from them.
    void pointsAndFindingsAreSavedAndAudited()
    {
        FixedToday today(QDate(2021, 1, 12));
        REDRESS_TEST_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        const Case record = loggedComplaint(*session, QDate(2021, 1, 4), QDate(2021, 1, 5));
        QVERIFY(record.id);

        REDRESS_OPEN_CASE_VIEW(view, *session, record.id);
        auto* save = child<QPushButton>(view, "savePoints");
        QVERIFY(!save->isEnabled());
        // The point logged with the case gets its finding; two more are added, one removed.
        showTab(view, QStringLiteral("Points and findings"));
        auto* table = child<QTableWidget>(view, "casePoints");
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Communication"));
        table->setCurrentCell(0, 0);
        QCOMPARE(child<QLineEdit>(view, "pointDescription")->text(),
                 QStringLiteral("Visits cancelled"));
        choose(child<QComboBox>(view, "finding1"), QStringLiteral("Upheld"));
        QVERIFY(save->isEnabled());
        addPoint(view, QStringLiteral("Contact with grandparents stopped"),
                 QStringLiteral("Contact arrangements"), QStringLiteral("Not upheld"));
        addPoint(view, QStringLiteral("Typed by mistake"),
                 QStringLiteral("Delay or failure to act"), QString());
        QVERIFY(view.hasUnsavedEdits());
        QTest::mouseClick(child<QPushButton>(view, "remove_casePoints"), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("Contact arrangements"));
        QCOMPARE(table->item(1, 2)->text(), QStringLiteral("stage 1: Not upheld"));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY2(bannerOf(view).contains(QStringLiteral("Saved")), qPrintable(bannerOf(view)));
        QVERIFY(!view.hasUnsavedEdits());
        QVERIFY(!save->isEnabled());

        const Case stored = CaseRepository(*db).load(record.id).value();
        QCOMPARE(stored.points.size(), 2);
        QCOMPARE(stored.points.at(0).description, QStringLiteral("Visits cancelled"));
        QCOMPARE(stored.points.at(0).categoryCode, QStringLiteral("communication"));
        QCOMPARE(stored.points.at(0).findings.size(), 1);
        QCOMPARE(stored.points.at(0).findings.at(0).stageNumber, 1);
        QCOMPARE(stored.points.at(0).findings.at(0).findingCode, QStringLiteral("upheld"));
        QCOMPARE(stored.points.at(1).description,
                 QStringLiteral("Contact with grandparents stopped"));
        QCOMPARE(stored.points.at(1).categoryCode, QStringLiteral("contact_arrangements"));
        QCOMPARE(stored.points.at(1).findings.at(0).findingCode, QStringLiteral("not_upheld"));

        checkAudited(*session, *db, record.id, QStringLiteral("Points and findings changed"),
                     QStringLiteral("Visits cancelled"),
                     QStringLiteral("Contact with grandparents stopped"));

        // Read again, the view shows what was stored; a finding changed is audited again.
        REDRESS_OPEN_CASE_VIEW(reopened, *session, record.id);
        showTab(reopened, QStringLiteral("Points and findings"));
        auto* again = child<QTableWidget>(reopened, "casePoints");
        QCOMPARE(again->rowCount(), 2);
        QCOMPARE(again->item(0, 2)->text(), QStringLiteral("stage 1: Upheld"));
        again->setCurrentCell(1, 0);
        QCOMPARE(child<QLineEdit>(reopened, "pointDescription")->text(),
                 QStringLiteral("Contact with grandparents stopped"));
        QCOMPARE(child<QComboBox>(reopened, "finding1")->currentText(),
                 QStringLiteral("Not upheld"));
        choose(child<QComboBox>(reopened, "finding1"), QStringLiteral("Partially upheld"));
        QVERIFY(reopened.savePoints());
        QCOMPARE(CaseRepository(*db).load(record.id)->points.at(1).findings.at(0).findingCode,
                 QStringLiteral("partially_upheld"));

        // Upheld and partially upheld: the outcome derived is partially upheld.
        ActionRequest outcome;
        outcome.action = Action::RecordOutcome;
        QVERIFY(reopened.perform(outcome));
        QCOMPARE(CaseRepository(*db).load(record.id)->stages.first().outcomeCode,
                 QStringLiteral("partially_upheld"));
    }

    // A point with no description is refused, naming it, and nothing is stored.
    void aPointWithoutADescriptionIsRefused()
    {
        FixedToday today(QDate(2021, 1, 12));
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        const Case record = loggedComplaint(*session, QDate(2021, 1, 4));
        REDRESS_OPEN_CASE_VIEW(view, *session, record.id);
        addPoint(view, QString(), QStringLiteral("Communication"), QStringLiteral("Upheld"));
        QVERIFY(!view.savePoints());
        QVERIFY2(bannerOf(view).contains(QStringLiteral("Point 2 has no description")),
                 qPrintable(bannerOf(view)));
        QCOMPARE(CaseRepository(*db).load(record.id)->points.size(), 1); // as logged
        QVERIFY(view.hasUnsavedEdits());
    }

    void aStaleSaveIsRefusedAndKeepsTheInput_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<QString>("part");
        for (Backend backend : {Backend::Sqlite, Backend::Postgres})
            for (const char* part : {"points", "remedies", "costs", "staff"})
                QTest::addRow("%s, %s", qPrintable(backendName(backend)), part)
                    << backend << QString::fromLatin1(part);
    }

    // Someone else saved the case after this view read it: saving is refused with the reason,
    // their change stands, and what was typed is still here.
    void aStaleSaveIsRefusedAndKeepsTheInput()
    {
        FixedToday today(QDate(2021, 1, 12));
        REDRESS_TEST_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        const Case record = loggedComplaint(*session, QDate(2021, 1, 4), QDate(2021, 1, 5));
        REDRESS_OPEN_CASE_VIEW(view, *session, record.id);

        auto colleague = sessionOn(*db, QStringLiteral("colleague"));
        QVERIFY(colleague);
        Case theirs = colleague->cases().load(record.id).value();
        theirs.summary = QStringLiteral("Summary rewritten by a colleague");
        QVERIFY(colleague->saveDetails(theirs, QStringLiteral("summary")));

        QFETCH(QString, part);
        if (part == u"remedies") {
            addRemedy(view, QStringLiteral("Apology"), QStringLiteral("Letter from the manager"), 0,
                      QStringLiteral("11/01/2021"));
            QVERIFY(!view.saveRemedies());
        } else if (part == u"costs") {
            addCost(view, QStringLiteral("Review panel"), 300);
            QVERIFY(!view.saveCosts());
        } else if (part == u"staff") {
            addStaff(view, QStringLiteral("Sam Carter"), QStringLiteral("Social worker"));
            QVERIFY(!view.saveStaff());
        } else {
            addPoint(view, QStringLiteral("No reply to three letters"),
                     QStringLiteral("Communication"), QStringLiteral("Upheld"));
            QTest::mouseClick(child<QPushButton>(view, "savePoints"), Qt::LeftButton);
        }
        QVERIFY2(bannerOf(view).contains(QStringLiteral("changed by")), qPrintable(bannerOf(view)));
        QVERIFY2(bannerOf(view).contains(QStringLiteral("not saved")), qPrintable(bannerOf(view)));
        const Case stored = CaseRepository(*db).load(record.id).value();
        QCOMPARE(stored.points.size(), 1); // as logged
        QVERIFY(stored.points.first().findings.isEmpty());
        QVERIFY(stored.remedies.isEmpty());
        QVERIFY(stored.costs.isEmpty());
        QVERIFY(stored.staffNamed.isEmpty());
        QCOMPARE(stored.summary, QStringLiteral("Summary rewritten by a colleague"));
        QVERIFY(view.hasUnsavedEdits());
        if (part == u"staff") {
            QCOMPARE(child<QLineEdit>(view, "staffName")->text(), QStringLiteral("Sam Carter"));
            QVERIFY(child<QPushButton>(view, "saveStaff")->isEnabled());
        } else if (part == u"costs") {
            QCOMPARE(child<QDoubleSpinBox>(view, "costAmount")->value(), 300.0);
            QCOMPARE(child<QTableWidget>(view, "caseCosts")->rowCount(), 1);
            QVERIFY(child<QPushButton>(view, "saveCosts")->isEnabled());
        } else if (part == u"remedies") {
            QCOMPARE(child<QLineEdit>(view, "remedyDescription")->text(),
                     QStringLiteral("Letter from the manager"));
            QCOMPARE(child<QTableWidget>(view, "caseRemedies")->rowCount(), 1);
            QVERIFY(child<QPushButton>(view, "saveRemedies")->isEnabled());
        } else {
            QCOMPARE(child<QLineEdit>(view, "pointDescription")->text(),
                     QStringLiteral("No reply to three letters"));
            QCOMPARE(child<QTableWidget>(view, "casePoints")->rowCount(), 2);
            QVERIFY(child<QPushButton>(view, "savePoints")->isEnabled());
        }
    }

    void remediesAndLearningAreSavedAndAudited_data() { addBackendRows(); }

    // A financial remedy with its amount and dates, and a learning action not implemented with
    // the reason, are stored as typed and audited; what is missing is refused first, by name.
    void remediesAndLearningAreSavedAndAudited()
    {
        FixedToday today(QDate(2021, 1, 25));
        REDRESS_TEST_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        const Case record = loggedComplaint(*session, QDate(2021, 1, 4), QDate(2021, 1, 5));
        REDRESS_OPEN_CASE_VIEW(view, *session, record.id);

        addRemedy(view, QStringLiteral("Financial remedy"), QStringLiteral("Time and trouble"), 0,
                  QStringLiteral("20/1/21"));
        QVERIFY(!view.saveRemedies());
        QVERIFY2(bannerOf(view).contains(QStringLiteral("Remedy 1 is financial but has no amount")),
                 qPrintable(bannerOf(view)));
        child<QDoubleSpinBox>(view, "remedyAmount")->setValue(150.5);
        QTest::keyClicks(child<DateEdit>(view, "remedyCompleted"), QStringLiteral("22-Jan-21"));
        auto* remedies = child<QTableWidget>(view, "caseRemedies");
        QCOMPARE(remedies->item(0, 1)->text(), QStringLiteral("Financial remedy"));
        QCOMPARE(remedies->item(0, 3)->text(), QStringLiteral("£150.50"));
        QCOMPARE(remedies->item(0, 4)->text(), QStringLiteral("20/01/2021"));

        QTest::mouseClick(child<QPushButton>(view, "add_caseLearning"), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>(view, "learningDescription"),
                         QStringLiteral("Letters answered within five days"));
        choose(child<QComboBox>(view, "learningTheme"), QStringLiteral("Communication"));
        QTest::keyClicks(child<QLineEdit>(view, "learningOwner"), QStringLiteral("Team manager"));
        QTest::keyClicks(child<DateEdit>(view, "learningDue"), QStringLiteral("31/03/2021"));
        auto* reason = child<QLineEdit>(view, "learningReason");
        QVERIFY(!reason->isEnabled());
        choose(child<QComboBox>(view, "learningStatus"), QStringLiteral("Not implemented"));
        QVERIFY(reason->isEnabled());
        QVERIFY(!view.saveRemedies());
        QVERIFY2(bannerOf(view).contains(QStringLiteral("say why")), qPrintable(bannerOf(view)));
        QVERIFY(CaseRepository(*db).load(record.id)->remedies.isEmpty());
        QTest::keyClicks(reason, QStringLiteral("Replaced by the new duty system"));
        QTest::mouseClick(child<QPushButton>(view, "saveRemedies"), Qt::LeftButton);
        QVERIFY2(bannerOf(view).contains(QStringLiteral("Saved")), qPrintable(bannerOf(view)));
        QVERIFY(!view.hasUnsavedEdits());

        const Case stored = CaseRepository(*db).load(record.id).value();
        QCOMPARE(stored.remedies.size(), 1);
        const Remedy& remedy = stored.remedies.first();
        QCOMPARE(remedy.typeCode, QStringLiteral("financial"));
        QCOMPARE(remedy.description, QStringLiteral("Time and trouble"));
        QCOMPARE(remedy.amountPence, 15050);
        QCOMPARE(remedy.stageNumber, 1);
        QCOMPARE(remedy.agreedOn, QDate(2021, 1, 20));
        QCOMPARE(remedy.completedOn, QDate(2021, 1, 22));
        QCOMPARE(stored.learningActions.size(), 1);
        const LearningAction& action = stored.learningActions.first();
        QCOMPARE(action.description, QStringLiteral("Letters answered within five days"));
        QCOMPARE(action.themeCode, QStringLiteral("communication"));
        QCOMPARE(action.owner, QStringLiteral("Team manager"));
        QCOMPARE(action.dueOn, QDate(2021, 3, 31));
        QCOMPARE(action.status, QStringLiteral("not_implemented"));
        QCOMPARE(action.notImplementedReason, QStringLiteral("Replaced by the new duty system"));
        checkAudited(*session, *db, record.id, QStringLiteral("Remedies and learning changed"),
                     QString(), QStringLiteral("Time and trouble"));

        // Read again: shown by labels; removing the remedy is saved and audited too.
        REDRESS_OPEN_CASE_VIEW(reopened, *session, record.id);
        showTab(reopened, QStringLiteral("Remedies and learning"));
        QCOMPARE(child<QTableWidget>(reopened, "caseLearning")->item(0, 4)->text(),
                 QStringLiteral("Not implemented"));
        QCOMPARE(child<QLineEdit>(reopened, "learningReason")->text(),
                 QStringLiteral("Replaced by the new duty system"));
        QTest::mouseClick(child<QPushButton>(reopened, "remove_caseRemedies"), Qt::LeftButton);
        QVERIFY(reopened.saveRemedies());
        checkAudited(*session, *db, record.id, QStringLiteral("Remedies and learning changed"),
                     QStringLiteral("Time and trouble"), QString());
        QVERIFY(CaseRepository(*db).load(record.id)->remedies.isEmpty());
        QCOMPARE(CaseRepository(*db).load(record.id)->learningActions.size(), 1);
    }

    void costsAreSavedAndAudited_data() { addBackendRows(); }

    // A cost of an independent stage is stored with its stage, kind, amount, date and note;
    // one without an amount is refused first.
    void costsAreSavedAndAudited()
    {
        FixedToday today(QDate(2021, 3, 1));
        REDRESS_TEST_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        const Case record = loggedComplaint(*session, QDate(2021, 1, 4), QDate(2021, 1, 5));
        REDRESS_OPEN_CASE_VIEW(view, *session, record.id);
        addCost(view, QStringLiteral("Independent person"), 0);
        QVERIFY(!view.saveCosts());
        QVERIFY2(bannerOf(view).contains(QStringLiteral("Cost 1 has no amount")),
                 qPrintable(bannerOf(view)));
        QCOMPARE(child<QComboBox>(view, "costStage")->currentText(), QStringLiteral("Stage 2"));
        choose(child<QComboBox>(view, "costStage"), QStringLiteral("Stage 3"));
        child<QDoubleSpinBox>(view, "costAmount")->setValue(420);
        QTest::keyClicks(child<DateEdit>(view, "costIncurred"), QStringLiteral("15/2/21"));
        QTest::keyClicks(child<QLineEdit>(view, "costNote"), QStringLiteral("Invoice 7731"));
        auto* table = child<QTableWidget>(view, "caseCosts");
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Independent person"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("£420.00"));
        QTest::mouseClick(child<QPushButton>(view, "saveCosts"), Qt::LeftButton);
        QVERIFY2(bannerOf(view).contains(QStringLiteral("Saved")), qPrintable(bannerOf(view)));
        QVERIFY(!view.hasUnsavedEdits());

        const Case stored = CaseRepository(*db).load(record.id).value();
        QCOMPARE(stored.costs.size(), 1);
        const Cost& cost = stored.costs.first();
        QCOMPARE(cost.stageNumber, 3);
        QCOMPARE(cost.kind, QStringLiteral("independent_person"));
        QCOMPARE(cost.amountPence, 42000);
        QCOMPARE(cost.incurredOn, QDate(2021, 2, 15));
        QCOMPARE(cost.note, QStringLiteral("Invoice 7731"));
        checkAudited(*session, *db, record.id, QStringLiteral("Costs changed"), QString(),
                     QStringLiteral("Invoice 7731"));
    }

    void staffNamedAreSavedAndAudited_data() { addBackendRows(); }

    // The staff a complaint names are stored with their job titles; one without a name is
    // refused.
    void staffNamedAreSavedAndAudited()
    {
        FixedToday today(QDate(2021, 1, 12));
        REDRESS_TEST_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        const Case record = loggedComplaint(*session, QDate(2021, 1, 4));
        REDRESS_OPEN_CASE_VIEW(view, *session, record.id);
        addStaff(view, QString(), QStringLiteral("Team manager"));
        QVERIFY(!view.saveStaff());
        QVERIFY2(bannerOf(view).contains(QStringLiteral("Person named 1 has no name")),
                 qPrintable(bannerOf(view)));
        QTest::keyClicks(child<QLineEdit>(view, "staffName"), QStringLiteral("Pat Jones"));
        addStaff(view, QStringLiteral("Sam Carter"), QStringLiteral("Social worker"));
        QCOMPARE(child<QTableWidget>(view, "caseStaff")->item(0, 0)->text(),
                 QStringLiteral("Pat Jones"));
        QTest::mouseClick(child<QPushButton>(view, "saveStaff"), Qt::LeftButton);
        QVERIFY2(bannerOf(view).contains(QStringLiteral("Saved")), qPrintable(bannerOf(view)));
        const Case stored = CaseRepository(*db).load(record.id).value();
        QCOMPARE(stored.staffNamed.size(), 2);
        QCOMPARE(stored.staffNamed.at(0).name, QStringLiteral("Pat Jones"));
        QCOMPARE(stored.staffNamed.at(0).jobTitle, QStringLiteral("Team manager"));
        QCOMPARE(stored.staffNamed.at(1).name, QStringLiteral("Sam Carter"));
        QCOMPARE(stored.staffNamed.at(1).jobTitle, QStringLiteral("Social worker"));
        checkAudited(*session, *db, record.id, QStringLiteral("Staff named changed"), QString(),
                     QStringLiteral("Sam Carter"));
    }

    void closingWithUnsavedPartsAsks_data()
    {
        QTest::addColumn<QMessageBox::StandardButton>("answer");
        QTest::addColumn<bool>("mayClose");
        QTest::addColumn<int>("remediesStored");
        QTest::addRow("save") << QMessageBox::Save << true << 1;
        QTest::addRow("discard") << QMessageBox::Discard << true << 0;
        QTest::addRow("cancel") << QMessageBox::Cancel << false << 0;
    }

    // A part edited and not saved is never lost by closing: Save / Discard / Cancel is asked.
    void closingWithUnsavedPartsAsks()
    {
        QFETCH(QMessageBox::StandardButton, answer);
        QFETCH(bool, mayClose);
        QFETCH(int, remediesStored);
        FixedToday today(QDate(2021, 1, 12));
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        const Case record = loggedComplaint(*session, QDate(2021, 1, 4), QDate(2021, 1, 5));
        REDRESS_OPEN_CASE_VIEW(view, *session, record.id);
        QVERIFY(view.confirmClose()); // nothing typed: no question
        addRemedy(view, QStringLiteral("Apology"), QStringLiteral("Letter from the manager"), 0,
                  QStringLiteral("11/01/2021"));
        QVERIFY(view.hasUnsavedEdits());
        MessageBox::setNextAnswer(answer);
        QCOMPARE(view.confirmClose(), mayClose);
        QCOMPARE(MessageBox::lastObjectName(), QStringLiteral("unsavedQuestion"));
        QCOMPARE(CaseRepository(*db).load(record.id)->remedies.size(), remediesStored);
        QCOMPARE(view.hasUnsavedEdits(), answer == QMessageBox::Cancel);
    }

    // Once a case goes to stage 2, each point asks for its stage 2 finding too, and the stage 2
    // outcome derives from those alone.
    void aNewStageAsksForItsFindings()
    {
        FixedToday today(QDate(2021, 3, 1));
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        const Case record = loggedComplaint(*session, QDate(2021, 1, 4), QDate(2021, 1, 5));
        REDRESS_OPEN_CASE_VIEW(view, *session, record.id);
        showTab(view, QStringLiteral("Points and findings"));
        QVERIFY(!view.findChild<QComboBox*>(QStringLiteral("finding2")));
        choose(child<QComboBox>(view, "finding1"), QStringLiteral("Not upheld"));
        QVERIFY(view.savePoints());
        ActionRequest respond;
        respond.action = Action::Respond;
        respond.on = QDate(2021, 1, 15);
        QVERIFY(view.perform(respond));
        ActionRequest escalate;
        escalate.action = Action::Escalate;
        escalate.on = QDate(2021, 1, 20);
        QVERIFY(view.perform(escalate));

        auto* stage2 = view.findChild<QComboBox*>(QStringLiteral("finding2"));
        QVERIFY(stage2);
        QCOMPARE(stage2->accessibleName(), QStringLiteral("Finding at stage 2"));
        choose(stage2, QStringLiteral("Upheld"));
        QCOMPARE(child<QTableWidget>(view, "casePoints")->item(0, 2)->text(),
                 QStringLiteral("stage 1: Not upheld; stage 2: Upheld"));
        QVERIFY(view.savePoints());
        ActionRequest acknowledge;
        acknowledge.action = Action::Acknowledge;
        acknowledge.on = QDate(2021, 1, 21);
        QVERIFY(view.perform(acknowledge));
        ActionRequest outcome;
        outcome.action = Action::RecordOutcome;
        QVERIFY(view.perform(outcome));
        const Case stored = CaseRepository(*db).load(record.id).value();
        QCOMPARE(stored.stages.size(), 2);
        QCOMPARE(stored.stages.at(1).outcomeCode, QStringLiteral("upheld"));
    }

    // When the rules change the case is read again; what is being typed in it stays.
    void aReloadKeepsTheEdits()
    {
        FixedToday today(QDate(2021, 1, 12));
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        const Case record = loggedComplaint(*session, QDate(2021, 1, 4), QDate(2021, 1, 5));
        REDRESS_OPEN_CASE_VIEW(view, *session, record.id);
        addPoint(view, QStringLiteral("No reply to three letters"), QStringLiteral("Communication"),
                 QStringLiteral("Upheld"));
        QVERIFY(session->reloadRules());
        QVERIFY(view.hasUnsavedEdits());
        QCOMPARE(child<QTableWidget>(view, "casePoints")->rowCount(), 2);
        QVERIFY(view.savePoints());
        QCOMPARE(CaseRepository(*db).load(record.id)->points.size(), 2);
    }
};

QTEST_MAIN(TestCaseParts)
#include "TestCaseParts.moc"

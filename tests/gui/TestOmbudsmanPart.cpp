#include "CaseViewFixture.h"
#include "TestSupport.h"
#include "caseview/CaseView.h"
#include "common/DateEdit.h"
#include "reporting/ReportEngine.h"
#include "session/Session.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace redress;
using namespace redress::test;

namespace {

Case loggedEnquiry(Session& session, QDate received)
{
    Case record;
    record.kind = CaseKind::OmbudsmanEnquiry;
    record.receivedOn = received;
    record.summary = QStringLiteral("Ombudsman enquiry about a stage 2 complaint");
    record.ombudsman.lgscoReference = QStringLiteral("20 001 234");
    if (Status logged = session.logCase(record); !logged)
        QTest::qFail(qPrintable(logged.error()), __FILE__, __LINE__);
    return record;
}

// Adds a recommendation in the view, typed as an officer would; `type` is the label chosen.
void addRecommendation(CaseView& view, const QString& text, double pounds, const QString& due,
                       const QString& complied, const QString& type = {})
{
    QTest::mouseClick(child<QPushButton>(view, "add_caseRecommendations"), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(view, "recommendationDescription"), text);
    if (!type.isEmpty()) {
        auto* types = child<QComboBox>(view, "recommendationType");
        QVERIFY(types->findText(type) > 0);
        types->setCurrentIndex(types->findText(type));
    }
    if (pounds > 0)
        child<QDoubleSpinBox>(view, "recommendationAmount")->setValue(pounds);
    QTest::keyClicks(child<DateEdit>(view, "recommendationDue"), due);
    QTest::keyClicks(child<DateEdit>(view, "recommendationComplied"), complied);
}

qint64 cell(const Report& report, const char* table, const char* row, const char* column)
{
    const ReportTable* found = report.table(QString::fromLatin1(table));
    return found ? found->cell(QString::fromLatin1(row), QString::fromLatin1(column)).toLongLong()
                 : -1;
}

} // namespace

// The Ombudsman's decision and recommendations on an enquiry, edited in the case view: saved
// with the version check, audited, shown by their labels, and counted by the reports.
class TestOmbudsmanPart : public QObject
{
    Q_OBJECT

    IsolatedSettings m_settings;

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void decisionAndRecommendationsAreSavedAuditedAndReported_data() { addBackendRows(); }

    void decisionAndRecommendationsAreSavedAuditedAndReported()
    {
        FixedToday today(QDate(2021, 3, 10));
        REDRESS_TEST_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        const Case record = loggedEnquiry(*session, QDate(2020, 11, 2));
        QVERIFY(record.id);

        REDRESS_OPEN_CASE_VIEW(view, *session, record.id);
        QVERIFY(showTab(view, QStringLiteral("Ombudsman")));
        QCOMPARE(child<QLineEdit>(view, "lgscoReference")->text(), QStringLiteral("20 001 234"));
        auto* decision = child<QComboBox>(view, "lgscoDecision");
        QCOMPARE(decision->currentText(), QStringLiteral("Not decided yet"));
        // Categories the Ombudsman no longer uses are not offered for a new decision.
        QCOMPARE(decision->findText(QStringLiteral("Advice given")), -1);
        auto* save = child<QPushButton>(view, "saveOmbudsman");
        QVERIFY(!save->isEnabled());

        decision->setCurrentIndex(decision->findText(QStringLiteral("Upheld")));
        QVERIFY(save->isEnabled());
        QVERIFY(!view.saveOmbudsman());
        QVERIFY2(bannerOf(view).contains(QStringLiteral("date of the Ombudsman's decision")),
                 qPrintable(bannerOf(view)));
        QTest::keyClicks(child<DateEdit>(view, "lgscoDecidedOn"), QStringLiteral("20/1/21"));
        child<QCheckBox>(view, "lgscoFault")->setChecked(true);
        child<QCheckBox>(view, "lgscoInjustice")->setChecked(true);
        addRecommendation(view, QStringLiteral("Apologise to the family"), 0,
                          QStringLiteral("01/02/2021"), QStringLiteral("10/02/2021"),
                          QStringLiteral("Apology"));
        addRecommendation(view, QStringLiteral("Pay for time and trouble"), 250,
                          QStringLiteral("01-Mar-21"), QStringLiteral("20/2/21"),
                          QStringLiteral("Financial redress"));
        addRecommendation(view, QStringLiteral("Review the contact policy"), 0, QString(),
                          QString());
        QVERIFY(!view.saveOmbudsman());
        QVERIFY2(bannerOf(view).contains(
                     QStringLiteral("Recommendation 3: Give the date in \"Due on\"")),
                 qPrintable(bannerOf(view)));
        QVERIFY(CaseRepository(*db).load(record.id)->ombudsman.recommendations.isEmpty());
        QTest::keyClicks(child<DateEdit>(view, "recommendationDue"), QStringLiteral("1/3/21"));
        auto* table = child<QTableWidget>(view, "caseRecommendations");
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Apology"));
        QCOMPARE(table->item(0, 5)->text(), QStringLiteral("Complied with late"));
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("Financial redress"));
        QCOMPARE(table->item(1, 2)->text(), QStringLiteral("£250.00"));
        QCOMPARE(table->item(1, 5)->text(), QStringLiteral("Complied with on time"));
        QCOMPARE(table->item(2, 1)->text(), QString());
        QCOMPARE(table->item(2, 4)->text(), QStringLiteral("Not yet"));
        QCOMPARE(table->item(2, 5)->text(), QStringLiteral("Overdue"));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY2(bannerOf(view).contains(QStringLiteral("Saved")), qPrintable(bannerOf(view)));
        QVERIFY(!view.hasUnsavedEdits());

        const Case stored = CaseRepository(*db).load(record.id).value();
        QCOMPARE(stored.ombudsman.decisionCode, QStringLiteral("upheld"));
        QCOMPARE(stored.ombudsman.decidedOn, QDate(2021, 1, 20));
        QVERIFY(stored.ombudsman.faultFound);
        QVERIFY(stored.ombudsman.injusticeFound);
        QVERIFY(!stored.ombudsman.satisfactoryRemedyAlreadyProvided);
        QCOMPARE(stored.ombudsman.recommendations.size(), 3);
        QCOMPARE(stored.ombudsman.recommendations.at(0).remedyTypeCode, QStringLiteral("apology"));
        QCOMPARE(stored.ombudsman.recommendations.at(1).remedyTypeCode,
                 QStringLiteral("financial"));
        QCOMPARE(stored.ombudsman.recommendations.at(2).remedyTypeCode, QString());
        QCOMPARE(stored.ombudsman.recommendations.at(1).amountPence, 25000);
        QCOMPARE(stored.ombudsman.recommendations.at(1).dueOn, QDate(2021, 3, 1));
        QCOMPARE(stored.ombudsman.recommendations.at(1).compliedOn, QDate(2021, 2, 20));
        QVERIFY(!stored.ombudsman.recommendations.at(2).compliedOn.isValid());

        const auto entries = session->auditLog().entriesForCase(record.id);
        QVERIFY(entries);
        const AuditEntry& last = entries->constLast();
        QCOMPARE(last.detail, QStringLiteral("Ombudsman's decision changed"));
        QCOMPARE(last.actor, recordedActor(*db, QStringLiteral("officer")));
        const QString after = QString::fromUtf8(QJsonDocument(last.after).toJson());
        QVERIFY2(after.contains(QStringLiteral("Pay for time and trouble")), qPrintable(after));
        QVERIFY2(after.contains(QStringLiteral("upheld")), qPrintable(after));
        QVERIFY2(after.contains(QStringLiteral("\"remedyType\": \"financial\"")),
                 qPrintable(after));

        // The reports count what was entered: the decision, its compensation and compliance.
        auto annual = ReportEngine(*db).annual(2020);
        QVERIFY2(annual, qPrintable(annual.error()));
        QCOMPARE(cell(annual.value(), "ombudsman", "upheld", "count"), 1);
        QCOMPARE(cell(annual.value(), "ombudsman", "upheld", "compensation"), 25000);
        QCOMPARE(cell(annual.value(), "ombudsman_recommendations", "on_time", "count"), 1);
        QCOMPARE(cell(annual.value(), "ombudsman_recommendations", "late", "count"), 1);
        QCOMPARE(cell(annual.value(), "ombudsman_recommendations", "outstanding", "count"), 1);
        QCOMPARE(cell(annual.value(), "ombudsman_remedy_types", "apology", "count"), 1);
        QCOMPARE(cell(annual.value(), "ombudsman_remedy_types", "financial", "count"), 1);
        QCOMPARE(cell(annual.value(), "ombudsman_remedy_types", "financial", "amount"), 25000);
        QCOMPARE(cell(annual.value(), "ombudsman_remedy_types", "not_recorded", "count"), 1);
        QCOMPARE(cell(annual.value(), "ombudsman_remedy_types", "total", "count"), 3);

        // Read again: shown by its labels; a recommendation complied with is saved again.
        REDRESS_OPEN_CASE_VIEW(reopened, *session, record.id);
        QVERIFY(showTab(reopened, QStringLiteral("Ombudsman")));
        QCOMPARE(child<QComboBox>(reopened, "lgscoDecision")->currentText(),
                 QStringLiteral("Upheld"));
        QCOMPARE(child<QTableWidget>(reopened, "caseRecommendations")->item(1, 1)->text(),
                 QStringLiteral("Financial redress"));
        child<QTableWidget>(reopened, "caseRecommendations")->setCurrentCell(2, 0);
        QTest::keyClicks(child<DateEdit>(reopened, "recommendationComplied"),
                         QStringLiteral("05/03/2021"));
        QVERIFY(reopened.saveOmbudsman());
        QCOMPARE(CaseRepository(*db).load(record.id)->ombudsman.recommendations.at(2).compliedOn,
                 QDate(2021, 3, 5));
    }

    // A complaint has no Ombudsman tab; its decision lives on the enquiry.
    void onlyAnEnquiryHasTheTab()
    {
        FixedToday today(QDate(2021, 1, 12));
        REDRESS_SQLITE_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        const Case complaint = loggedComplaint(*session, QDate(2021, 1, 4));
        REDRESS_OPEN_CASE_VIEW(view, *session, complaint.id);
        QVERIFY(!showTab(view, QStringLiteral("Ombudsman")));
        const Case enquiry = loggedEnquiry(*session, QDate(2021, 1, 4));
        QVERIFY(view.load(enquiry.id));
        QVERIFY(showTab(view, QStringLiteral("Ombudsman")));
    }

    void aStaleSaveIsRefusedAndKeepsTheInput_data() { addBackendRows(); }

    void aStaleSaveIsRefusedAndKeepsTheInput()
    {
        FixedToday today(QDate(2021, 3, 10));
        REDRESS_TEST_DATABASE(db);
        auto session = sessionOn(*db);
        QVERIFY(session);
        const Case record = loggedEnquiry(*session, QDate(2020, 11, 2));
        REDRESS_OPEN_CASE_VIEW(view, *session, record.id);
        auto colleague = sessionOn(*db, QStringLiteral("colleague"));
        QVERIFY(colleague);
        Case theirs = colleague->cases().load(record.id).value();
        theirs.ombudsman.lgscoReference = QStringLiteral("20 009 999");
        QVERIFY(colleague->saveDetails(theirs, QStringLiteral("reference")));

        showTab(view, QStringLiteral("Ombudsman"));
        addRecommendation(view, QStringLiteral("Apologise"), 0, QStringLiteral("01/04/2021"),
                          QString());
        QVERIFY(!view.saveOmbudsman());
        QVERIFY2(bannerOf(view).contains(QStringLiteral("changed by")), qPrintable(bannerOf(view)));
        const Case stored = CaseRepository(*db).load(record.id).value();
        QCOMPARE(stored.ombudsman.lgscoReference, QStringLiteral("20 009 999"));
        QVERIFY(stored.ombudsman.recommendations.isEmpty());
        QVERIFY(view.hasUnsavedEdits());
        QCOMPARE(child<QLineEdit>(view, "recommendationDescription")->text(),
                 QStringLiteral("Apologise"));
    }
};

QTEST_MAIN(TestOmbudsmanPart)
#include "TestOmbudsmanPart.moc"

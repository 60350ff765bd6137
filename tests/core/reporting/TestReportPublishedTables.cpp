// The tables the councils publish beside the statutory ones (compensation, re-opened more
// than once, the Ombudsman's decisions by the year the enquiry came in, the changes on last
// year), and the category table on either basis, on a handful of cases whose figures are worked
// out by hand; on SQLite and PostgreSQL.
#include "ReportChecks.h"
#include "ReportFixtures.h"
#include "TestSupport.h"
#include "reporting/ReportEngine.h"

#include <QJsonObject>
#include <QLocale>
#include <QTest>

using namespace redress;
using namespace redress::test;
using namespace redress::test::reports;

namespace {

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

Remedy financial(int stage, qint64 pence, QDate agreed)
{
    return Remedy{0, stage, s("financial"), s("Time and trouble"), pence, agreed, {}};
}

// The cases, and what 2020/21 (against 2019/20) makes of them:
// - statutory A, received 01/05/2020: £250 agreed 01/06/2020 at stage 1 (and an apology, not
//   money); re-opened twice
// - statutory B, received 01/07/2020: £100 at stage 1 with no date agreed (its stage 1 answer
//   counts), then £50 agreed 01/12/2020 at stage 2
// - corporate C, received 01/11/2019: £300 agreed 03/02/2020 (2019/20)
// - corporate D, received 01/02/2021: £70 agreed 12/04/2021 (2021/22); re-opened once
// - Ombudsman enquiries: E1 received 02/03/2020, upheld 01/05/2020; E2 received 01/02/2021,
//   not upheld 04/05/2021; E3 received 01/06/2020, not decided; E4 received 15/04/2020,
//   premature 01/07/2020, recommending £200
struct Published
{
    qint64 a = 0, b = 0, c = 0, d = 0;
    qint64 e1 = 0, e2 = 0, e3 = 0, e4 = 0;
};

Result<Published> build(Database& database)
{
    CaseMaker make(database);
    Case a = make.complaint(QDate(2020, 5, 1), 10, s("upheld"));
    a.remedies = {financial(1, 25000, QDate(2020, 6, 1)),
                  {0, 1, s("apology"), s("Apology"), 0, QDate(2020, 6, 1), {}}};
    a.reopenings = {{QDate(2020, 6, 10), s("Came back")}, {QDate(2020, 7, 10), s("Again")}};
    Case b = make.complaint(QDate(2020, 7, 1), 10, s("partially_upheld"));
    make.escalate(b, 5, 20, s("upheld"));
    b.remedies = {financial(1, 10000, QDate()), financial(2, 5000, QDate(2020, 12, 1))};
    Case c = make.complaint(QDate(2019, 11, 1), 10, s("upheld"), Procedure::Corporate);
    c.remedies = {financial(1, 30000, QDate(2020, 2, 3))};
    Case d = make.complaint(QDate(2021, 2, 1), 10, s("upheld"), Procedure::Corporate);
    d.remedies = {financial(1, 7000, QDate(2021, 4, 12))};
    d.reopenings = {{QDate(2021, 3, 1), s("Came back")}};

    auto enquiry = [&](QDate received, const char* decision, QDate decided) {
        Case e = make.other(CaseKind::OmbudsmanEnquiry, received, decided.isValid() ? 10 : -1);
        if (decided.isValid()) {
            e.stages[0].outcomeCode = s(decision);
            e.ombudsman.decisionCode = s(decision);
            e.ombudsman.decidedOn = decided;
        }
        return e;
    };
    Case e1 = enquiry(QDate(2020, 3, 2), "upheld", QDate(2020, 5, 1));
    Case e2 = enquiry(QDate(2021, 2, 1), "not_upheld", QDate(2021, 5, 4));
    Case e3 = enquiry(QDate(2020, 6, 1), "", QDate());
    Case e4 = enquiry(QDate(2020, 4, 15), "premature", QDate(2020, 7, 1));
    e4.ombudsman.recommendations = {
        {0, s("Pay for distress"), 20000, QDate(2020, 8, 1), QDate(2020, 7, 20), s("financial")}};

    QList<Case> cases{a, b, c, d, e1, e2, e3, e4};
    if (Status saved = make.insert(cases); !saved)
        return Error{saved.error()};
    Published ids;
    ids.a = cases.at(0).id;
    ids.b = cases.at(1).id;
    ids.c = cases.at(2).id;
    ids.d = cases.at(3).id;
    ids.e1 = cases.at(4).id;
    ids.e2 = cases.at(5).id;
    ids.e3 = cases.at(6).id;
    ids.e4 = cases.at(7).id;
    return ids;
}

} // namespace

class TestReportPublishedTables : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void byHand_data() { addBackendRows(); }
    void byHand()
    {
        REDRESS_TEST_DATABASE(db);
        FixedToday today(QDate(2021, 6, 30));
        auto built = build(*db);
        QVERIFY2(built, qPrintable(built.error()));
        const Published& ids = built.value();
        ReportEngine engine(*db);
        auto annual = engine.annual(2020);
        QVERIFY2(annual, qPrintable(annual.error()));
        const Report& report = annual.value();
        auto behind = [&](const char* table, const char* row, const char* column) {
            auto found = engine.casesBehind(QString::fromLatin1(table), QString::fromLatin1(row),
                                            QString::fromLatin1(column), report.scope());
            return found ? found.value() : QList<qint64>{-1};
        };

        // compensation: by the day it was agreed, else the day its stage was answered
        QCOMPARE(count(report, "compensation", "statutory_stage1", "cases"), 2);
        QCOMPARE(count(report, "compensation", "statutory_stage1", "amount"), 35000);
        QCOMPARE(count(report, "compensation", "statutory_stage2", "cases"), 1);
        QCOMPARE(count(report, "compensation", "statutory_stage2", "amount"), 5000);
        QCOMPARE(count(report, "compensation", "corporate_stage1", "cases"), 0);
        QCOMPARE(count(report, "compensation", "corporate_stage1", "prev_cases"), 1);
        QCOMPARE(count(report, "compensation", "corporate_stage1", "prev_amount"), 30000);
        QCOMPARE(count(report, "compensation", "total", "cases"), 2); // B once, at two stages
        QCOMPARE(count(report, "compensation", "total", "amount"), 40000);
        QCOMPARE(count(report, "compensation", "total", "prev_amount"), 30000);
        QCOMPARE(value(report, "compensation", "total", "change").toString(), QStringLiteral("↑"));
        QCOMPARE(percent(report, "compensation", "total", "change_percent"), 33.3);
        QCOMPARE(behind("compensation", "total", "cases"), sorted({ids.a, ids.b}));
        QCOMPARE(behind("compensation", "statutory_stage2", "cases"), QList<qint64>{ids.b});
        QCOMPARE(behind("compensation", "corporate_stage1", "prev_cases"), QList<qint64>{ids.c});

        // re-opened: A twice and D once, of the three stage 1s concluded (A, B, D)
        QCOMPARE(count(report, "reopened_and_repeat", "reopened", "count"), 2);
        QCOMPARE(count(report, "reopened_and_repeat", "reopened", "of"), 3);
        QCOMPARE(count(report, "reopened_and_repeat", "reopened_more_than_once", "count"), 1);
        QCOMPARE(percent(report, "reopened_and_repeat", "reopened_more_than_once", "percent"),
                 33.3);
        QCOMPARE(count(report, "reopened_and_repeat", "reopened_more_than_once", "of_reopened"), 2);
        QCOMPARE(percent(report, "reopened_and_repeat", "reopened_more_than_once",
                         "percent_of_reopened"),
                 50.0);
        QCOMPARE(behind("reopened_and_repeat", "reopened_more_than_once", "of_reopened"),
                 sorted({ids.a, ids.d}));

        // the Ombudsman: decided in 2020/21 (E1, E4) against received in it (E2, E3, E4)
        QCOMPARE(count(report, "ombudsman", "upheld", "count"), 1);
        QCOMPARE(count(report, "ombudsman", "premature", "count"), 1);
        QCOMPARE(count(report, "ombudsman", "total", "count"), 2);
        QCOMPARE(count(report, "ombudsman_by_receipt", "not_upheld", "count"), 1);
        QCOMPARE(count(report, "ombudsman_by_receipt", "premature", "count"), 1);
        QCOMPARE(count(report, "ombudsman_by_receipt", "not_recorded", "count"), 1);
        QCOMPARE(value(report, "ombudsman_by_receipt", "not_recorded", "label").toString(),
                 QStringLiteral("No decision recorded yet"));
        QCOMPARE(count(report, "ombudsman_by_receipt", "upheld", "count"), 0);
        QCOMPARE(count(report, "ombudsman_by_receipt", "total", "count"), 3);
        QCOMPARE(percent(report, "ombudsman_by_receipt", "premature", "percent"), 33.3);
        QCOMPARE(count(report, "ombudsman_by_receipt", "upheld", "prev_count"), 1);
        QCOMPARE(count(report, "ombudsman_by_receipt", "total", "prev_count"), 1);
        QCOMPARE(count(report, "ombudsman_by_receipt", "premature", "compensation"), 20000);
        QCOMPARE(behind("ombudsman_by_receipt", "not_recorded", "count"), QList<qint64>{ids.e3});
        QCOMPARE(behind("ombudsman_by_receipt", "total", "count"),
                 sorted({ids.e2, ids.e3, ids.e4}));
        QCOMPARE(behind("ombudsman_by_receipt", "upheld", "prev_count"), QList<qint64>{ids.e1});

        // changes on last year: stage 1 of both procedures 3 (A, B, D) against 1 (C)
        QCOMPARE(count(report, "changes_on_last_year", "stage1_combined", "count"), 3);
        QCOMPARE(count(report, "changes_on_last_year", "stage1_combined", "prev_count"), 1);
        QCOMPARE(count(report, "changes_on_last_year", "stage1_combined", "difference"), 2);
        QCOMPARE(value(report, "changes_on_last_year", "stage1_combined", "change").toString(),
                 QStringLiteral("↑"));
        QCOMPARE(percent(report, "changes_on_last_year", "stage1_combined", "change_percent"),
                 200.0);
        QCOMPARE(behind("changes_on_last_year", "stage1_combined", "count"),
                 sorted({ids.a, ids.b, ids.d}));
        QCOMPARE(behind("changes_on_last_year", "stage1_combined", "prev_count"),
                 QList<qint64>{ids.c});
        QCOMPARE(count(report, "changes_on_last_year", "statutory_stage1", "difference"), 2);
        QVERIFY(value(report, "changes_on_last_year", "statutory_stage1", "change_percent")
                    .isNull()); // nothing the year before
        QCOMPARE(count(report, "changes_on_last_year", "corporate_stage1", "difference"), 0);
        QCOMPARE(value(report, "changes_on_last_year", "corporate_stage1", "change").toString(),
                 QStringLiteral("↔"));
        QCOMPARE(percent(report, "changes_on_last_year", "corporate_stage1", "change_percent"),
                 0.0);
        QCOMPARE(count(report, "changes_on_last_year", "lgsco_enquiry", "count"), 3);
        QCOMPARE(count(report, "changes_on_last_year", "lgsco_enquiry", "difference"), 2);
        QCOMPARE(percent(report, "changes_on_last_year", "lgsco_enquiry", "change_percent"), 200.0);
        // every line is the headline's
        for (const ReportRow& row : tableOf(report, "headline").rows())
            QCOMPARE(tableOf(report, "changes_on_last_year").cell(row.key, u"count"),
                     tableOf(report, "headline").cell(row.key, u"count"));
        REDRESS_VERIFY_REPORT(engine, report);

        // one procedure: no combined line; its compensation only
        engine.setProcedure(Procedure::Corporate);
        auto corporate = engine.annual(2020);
        QVERIFY2(corporate, qPrintable(corporate.error()));
        QVERIFY(!tableOf(corporate.value(), "changes_on_last_year").row(u"stage1_combined"));
        QVERIFY(!tableOf(corporate.value(), "compensation").row(u"statutory_stage1"));
        QCOMPARE(count(corporate.value(), "compensation", "total", "prev_amount"), 30000);
        QCOMPARE(count(corporate.value(), "compensation", "total", "amount"), 0);
        REDRESS_VERIFY_REPORT(engine, corporate.value());
    }

    // With no year to compare with the tables have no change columns, and still add up.
    void withoutComparison_data() { addBackendRows(); }
    void withoutComparison()
    {
        REDRESS_TEST_DATABASE(db);
        FixedToday today(QDate(2021, 6, 30));
        auto built = build(*db);
        QVERIFY2(built, qPrintable(built.error()));
        ReportEngine engine(*db);
        auto annual = engine.annual(2021, std::nullopt);
        QVERIFY2(annual, qPrintable(annual.error()));
        const Report& report = annual.value();
        QVERIFY(!tableOf(report, "changes_on_last_year").column(u"change_percent"));
        QVERIFY(!tableOf(report, "compensation").column(u"prev_amount"));
        QCOMPARE(count(report, "compensation", "corporate_stage1", "amount"), 7000);
        QCOMPARE(count(report, "ombudsman", "not_upheld", "count"), 1);
        QCOMPARE(count(report, "ombudsman_by_receipt", "total", "count"), 0);
        REDRESS_VERIFY_REPORT(engine, report);
    }

    // The category table on receipt (the default) or on conclusion. P1 received 16/03/2020,
    // answered in April (delay); P2 received and answered in June 2020 (communication, delay);
    // P3 received 15/03/2021, open (communication); P4 received and answered in June 2019
    // (staff conduct).
    void categoryBasis_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<Basis>("basis");
        QTest::addColumn<qint64>("communication");
        QTest::addColumn<qint64>("delay");
        QTest::addColumn<qint64>("previousDelay");
        QTest::addColumn<QList<int>>("behindDelay"); // indexes of P1..P4
        for (Backend backend : {Backend::Sqlite, Backend::Postgres}) {
            const char* name = backend == Backend::Sqlite ? "sqlite" : "postgres";
            QTest::addRow("%s, received", name) << backend << Basis::Received << qint64(2)
                                                << qint64(1) << qint64(1) << QList<int>{1};
            QTest::addRow("%s, concluded", name) << backend << Basis::Concluded << qint64(1)
                                                 << qint64(2) << qint64(0) << QList<int>{0, 1};
        }
    }
    void categoryBasis()
    {
        QFETCH(Basis, basis);
        QFETCH(qint64, communication);
        QFETCH(qint64, delay);
        QFETCH(qint64, previousDelay);
        QFETCH(QList<int>, behindDelay);
        REDRESS_TEST_DATABASE(db);
        FixedToday today(QDate(2021, 6, 30));
        CaseMaker make(*db);
        auto withPoints = [](Case record, const QStringList& categories) {
            for (const QString& category : categories) {
                ComplaintPoint point;
                point.categoryCode = category;
                point.description = category;
                record.points << point;
            }
            return record;
        };
        QList<Case> cases{
            withPoints(make.complaint(QDate(2020, 3, 16), 20, s("upheld")), {s("delay")}),
            withPoints(make.complaint(QDate(2020, 6, 1), 10, s("not_upheld")),
                       {s("communication"), s("delay")}),
            withPoints(make.complaint(QDate(2021, 3, 15), -1, {}), {s("communication")}),
            withPoints(make.complaint(QDate(2019, 6, 3), 10, s("upheld")), {s("staff_conduct")})};
        QVERIFY(make.insert(cases));

        ReportEngine engine(*db);
        engine.setCategoryBasis(basis);
        auto annual = engine.annual(2020);
        QVERIFY2(annual, qPrintable(annual.error()));
        const Report& report = annual.value();
        QCOMPARE(tableOf(report, "by_category").basis(), basis);
        QCOMPARE(count(report, "by_category", "communication", "complaints"), communication);
        QCOMPARE(count(report, "by_category", "delay", "complaints"), delay);
        QCOMPARE(count(report, "by_category", "total", "complaints"), 2);
        QCOMPARE(count(report, "by_category", "total", "points"), 3);
        QCOMPARE(count(report, "by_category", "delay", "prev_complaints"), previousDelay);
        QCOMPARE(count(report, "by_category", "staff_conduct", "prev_complaints"), 1);
        QList<qint64> expected;
        for (int index : behindDelay)
            expected << cases.at(index).id;
        auto behind = engine.casesBehind(QStringLiteral("by_category"), QStringLiteral("delay"),
                                         QStringLiteral("complaints"), report.scope());
        QVERIFY2(behind, qPrintable(behind.error()));
        QCOMPARE(behind.value(), sorted(expected));
        QCOMPARE(report.toJson().value(u"period").toObject().value(u"categoryBasis").toString(),
                 basisCode(basis));
        // the other tables count as they always do
        QCOMPARE(count(report, "headline", "statutory_stage1", "count"), 2);
        REDRESS_VERIFY_REPORT(engine, report);
    }

    void categoryBasisRefusesOthers_data() { addBackendRows(); }
    void categoryBasisRefusesOthers()
    {
        REDRESS_TEST_DATABASE(db);
        ReportEngine engine(*db);
        engine.setCategoryBasis(Basis::Ongoing);
        auto annual = engine.annual(2020);
        QVERIFY(!annual);
        QVERIFY2(annual.error().contains(QStringLiteral("received or concluded")),
                 qPrintable(annual.error()));
        ReportScope scope(Period::financialYear(2020));
        scope.categoryBasis = Basis::WorkedOn;
        QVERIFY(!engine.casesBehind(QStringLiteral("by_category"), QStringLiteral("total"),
                                    QStringLiteral("complaints"), scope));
    }
};

QTEST_GUILESS_MAIN(TestReportPublishedTables)
#include "TestReportPublishedTables.moc"

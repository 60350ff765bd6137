// The breakdown of every stage, and of the Ombudsman's enquiries: the caseload, outcomes with
// extended and late responses, and what was received by complainant, service area and team,
// child's status and advocate, on a handful of cases whose figures are worked out by hand;
// on SQLite and PostgreSQL.
#include "ReportChecks.h"
#include "ReportFixtures.h"
#include "TestSupport.h"
#include "reporting/ReportEngine.h"

#include <QTest>

using namespace redress;
using namespace redress::test;
using namespace redress::test::reports;

namespace {

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

ChildConcerned child(const char* status, const char* reference, const char* provider = "")
{
    ChildConcerned result;
    result.socialCareReference = s(reference);
    result.name = s(reference);
    result.statusCode = s(status);
    result.advocateProvider = s(provider);
    return result;
}

// The cases, in the order the expectations name them by index:
// 0 A: statutory, received 04/05/2020, answered in 10 working days, upheld; a parent; the
//      assessment team; a child in care with an NYAS advocate. Stage 2 five working days
//      later, extended to 65 and answered in 30, partially upheld.
// 1 B: statutory, received 01/09/2020, answered in 25 working days (not extended: late), not
//      upheld; a young person; the children in care team; a child in need.
// 2 C: statutory, received 03/02/2020, extended to 20, answered after 50 (in 2020/21: late),
//      partially upheld; a parent; the assessment team.
// 3 D: statutory, received 01/03/2021, still open; an advocate; no team, no child.
// 4 E: corporate, received 01/07/2020, answered in 10, upheld; another family member; stage
//      2 requested and still open.
// 5 F: Ombudsman enquiry received 01/06/2020, decided (upheld) and closed 20 working days
//      later; a parent.
// 6 G: Ombudsman enquiry received 01/02/2021, open; a parent.
// 7 H: statutory, received 03/06/2019, answered in 10, upheld (2019/20 only).
QList<Case> makeCases(const CaseMaker& make)
{
    Case a = make.complaint(QDate(2020, 5, 4), 10, s("upheld"));
    a.teamId = make.unit(s("assessment_team"));
    a.children = {child("child_in_care", "A1", "NYAS")};
    make.escalate(a, 5, 30, s("partially_upheld"), 65);
    Case b = make.complaint(QDate(2020, 9, 1), 25, s("not_upheld"));
    b.complainantRoleCode = s("child");
    b.teamId = make.unit(s("cic_team"));
    b.children = {child("child_in_need", "B1")};
    Case c = make.complaint(QDate(2020, 2, 3), 50, s("partially_upheld"));
    c.stages[0].extendedToDays = 20;
    c.teamId = make.unit(s("assessment_team"));
    Case d = make.complaint(QDate(2021, 3, 1), -1, {});
    d.complainantRoleCode = s("advocate");
    Case e = make.complaint(QDate(2020, 7, 1), 10, s("upheld"), Procedure::Corporate);
    e.complainantRoleCode = s("other_family");
    make.escalate(e, 5, -1, {});
    Case f = make.other(CaseKind::OmbudsmanEnquiry, QDate(2020, 6, 1), 20);
    f.ombudsman.decisionCode = s("upheld");
    f.ombudsman.decidedOn = f.closedOn;
    Case g = make.other(CaseKind::OmbudsmanEnquiry, QDate(2021, 2, 1), -1);
    Case h = make.complaint(QDate(2019, 6, 3), 10, s("upheld"));
    return {a, b, c, d, e, f, g, h};
}

// One figure of one table, and the cases (indexes of A..H) behind it.
struct Figure
{
    QString row;
    QString column;
    qint64 count = 0;
    QList<int> behind;
};

} // namespace

Q_DECLARE_METATYPE(Figure)

class TestReportStageBreakdowns : public QObject
{
    Q_OBJECT

private slots:
    // A row per table and backend, each checking several figures: building the cases and the
    // report once per row keeps the PostgreSQL run short.
    void counts_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QList<Figure>>("figures");
        for (Backend backend : {Backend::Sqlite, Backend::Postgres}) {
            const char* name = backend == Backend::Sqlite ? "sqlite" : "postgres";
            auto add = [&](const char* table, const QList<Figure>& figures) {
                QTest::addRow("%s, %s", name, table) << backend << s(table) << figures;
            };
            add("breakdown_statutory_stage1",
                {{s("caseload:carried_forward"), s("count"), 1, {2}},
                 {s("caseload:received"), s("count"), 3, {0, 1, 3}},
                 {s("caseload:worked_on"), s("count"), 4, {0, 1, 2, 3}},
                 {s("caseload:concluded"), s("count"), 3, {0, 1, 2}},
                 {s("caseload:ongoing"), s("count"), 1, {3}},
                 {s("caseload:received"), s("prev_count"), 2, {2, 7}},
                 {s("caseload:concluded"), s("prev_count"), 1, {7}},
                 {s("caseload:ongoing"), s("prev_count"), 1, {2}},
                 {s("outcome:upheld"), s("count"), 1, {0}},
                 {s("outcome:partially_upheld"), s("count"), 1, {2}},
                 {s("outcome:not_upheld"), s("count"), 1, {1}},
                 {s("outcome:total"), s("count"), 3, {0, 1, 2}},
                 {s("outcome:upheld"), s("prev_count"), 1, {7}},
                 {s("outcome:extended"), s("count"), 1, {2}},
                 {s("outcome:outside_timescale"), s("count"), 2, {1, 2}},
                 {s("role:parent"), s("count"), 1, {0}},
                 {s("role:child"), s("count"), 1, {1}},
                 {s("role:advocate"), s("count"), 1, {3}},
                 {s("role:total"), s("count"), 3, {0, 1, 3}},
                 {s("role:parent"), s("prev_count"), 2, {2, 7}},
                 {s("service:front_door"), s("count"), 1, {0}},
                 {s("service:assessment_team"), s("count"), 1, {0}},
                 {s("service:children_in_care"), s("count"), 1, {1}},
                 {s("service:cic_team"), s("count"), 1, {1}},
                 {s("service:not_recorded"), s("count"), 1, {3}},
                 {s("service:total"), s("count"), 3, {0, 1, 3}},
                 {s("service:assessment_team"), s("prev_count"), 1, {2}},
                 {s("status:child_in_care"), s("count"), 1, {0}},
                 {s("status:child_in_need"), s("count"), 1, {1}},
                 {s("status:not_recorded"), s("count"), 1, {3}},
                 {s("advocate:with_advocate"), s("count"), 2, {0, 3}}});
            add("breakdown_statutory_stage2", {{s("caseload:received"), s("count"), 1, {0}},
                                               {s("outcome:partially_upheld"), s("count"), 1, {0}},
                                               {s("outcome:extended"), s("count"), 1, {0}},
                                               {s("outcome:outside_timescale"), s("count"), 0, {}},
                                               {s("role:parent"), s("count"), 1, {0}},
                                               {s("status:child_in_care"), s("count"), 1, {0}}});
            add("breakdown_corporate_stage1", {{s("caseload:received"), s("count"), 1, {4}},
                                               {s("outcome:upheld"), s("count"), 1, {4}},
                                               {s("role:other_family"), s("count"), 1, {4}},
                                               {s("service:not_recorded"), s("count"), 1, {4}}});
            add("breakdown_corporate_stage2", {{s("caseload:received"), s("count"), 1, {4}},
                                               {s("caseload:ongoing"), s("count"), 1, {4}},
                                               {s("outcome:total"), s("count"), 0, {}}});
            add("breakdown_ombudsman", {{s("caseload:received"), s("count"), 2, {5, 6}},
                                        {s("caseload:concluded"), s("count"), 1, {5}},
                                        {s("caseload:ongoing"), s("count"), 1, {6}},
                                        {s("outcome:upheld"), s("count"), 1, {5}},
                                        {s("role:parent"), s("count"), 2, {5, 6}}});
        }
    }
    void counts()
    {
        QFETCH(QString, table);
        QFETCH(QList<Figure>, figures);
        REDRESS_TEST_DATABASE(db);
        FixedToday today(QDate(2021, 6, 30));
        CaseMaker make(*db);
        QList<Case> cases = makeCases(make);
        QVERIFY(make.insert(cases));

        ReportEngine engine(*db);
        auto annual = engine.annual(2020);
        QVERIFY2(annual, qPrintable(annual.error()));
        const Report& report = annual.value();
        QCOMPARE(tableOf(report, qPrintable(table)).basis(), Basis::Mixed);
        auto behind = engine.casesBehindAll(table, report.scope());
        QVERIFY2(behind, qPrintable(behind.error()));
        for (const Figure& figure : figures) {
            const QString where = figure.row + u'/' + figure.column;
            QVERIFY2(tableOf(report, qPrintable(table)).row(figure.row), qPrintable(where));
            QCOMPARE(
                count(report, qPrintable(table), qPrintable(figure.row), qPrintable(figure.column)),
                figure.count);
            QList<qint64> ids;
            for (int index : figure.behind)
                ids << cases.at(index).id;
            QVERIFY2(behind->contains({figure.row, figure.column}), qPrintable(where));
            QCOMPARE(sorted(behind->value({figure.row, figure.column})), sorted(ids));
        }
    }

    // Every table of the report adds up and its figures open onto their cases.
    void everyTableChecks_data() { addBackendRows(); }
    void everyTableChecks()
    {
        REDRESS_TEST_DATABASE(db);
        FixedToday today(QDate(2021, 6, 30));
        CaseMaker make(*db);
        QList<Case> cases = makeCases(make);
        QVERIFY(make.insert(cases));
        ReportEngine engine(*db);
        auto annual = engine.annual(2020);
        QVERIFY2(annual, qPrintable(annual.error()));
        REDRESS_VERIFY_REPORT(engine, annual.value());
    }

    // Only the stages the procedures have: the corporate procedure has two, and a statutory
    // report has no corporate stages at all.
    void onlyTheStagesThereAre_data()
    {
        QTest::addColumn<bool>("statutoryOnly");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");
        QTest::newRow("both procedures")
            << false
            << QStringList{s("breakdown_statutory_stage3"), s("breakdown_corporate_stage2"),
                           s("breakdown_ombudsman")}
            << QStringList{s("breakdown_corporate_stage3")};
        QTest::newRow("statutory")
            << true << QStringList{s("breakdown_statutory_stage1"), s("breakdown_ombudsman")}
            << QStringList{s("breakdown_corporate_stage1"), s("breakdown_corporate_stage2")};
    }
    void onlyTheStagesThereAre()
    {
        QFETCH(bool, statutoryOnly);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        REDRESS_SQLITE_DATABASE(db);
        FixedToday today(QDate(2021, 6, 30));
        ReportEngine engine(*db);
        if (statutoryOnly)
            engine.setProcedure(Procedure::Statutory);
        auto annual = engine.annual(2020);
        QVERIFY2(annual, qPrintable(annual.error()));
        for (const QString& id : present)
            QVERIFY2(annual->table(id), qPrintable(id));
        for (const QString& id : absent) {
            QVERIFY2(!annual->table(id), qPrintable(id));
            const auto behind =
                engine.casesBehind(id, s("caseload:received"), s("count"), annual->scope());
            QVERIFY(!behind);
            QVERIFY2(behind.error().contains(id), qPrintable(behind.error()));
        }
        auto ids = engine.tableIds(annual->scope());
        QVERIFY2(ids, qPrintable(ids.error()));
        QStringList tables;
        for (const ReportTable& table : annual->tables())
            tables << table.id();
        QCOMPARE(tables, ids.value());
    }

    // The printed annual report leaves the breakdowns of stage 3 and of the Ombudsman out;
    // the data formats keep them.
    void printedSelection()
    {
        const QStringList printed = ReportEngine::annualPrintTableIds();
        QVERIFY(printed.contains(s("breakdown_statutory_stage1")));
        QVERIFY(printed.contains(s("breakdown_corporate_stage2")));
        QVERIFY(!printed.contains(s("breakdown_statutory_stage3")));
        QVERIFY(!printed.contains(s("breakdown_ombudsman")));
        QVERIFY(ReportEngine::annualTableIds().contains(s("breakdown_ombudsman")));
        QCOMPARE(printed.size(), ReportEngine::annualTableIds().size() - 3);
    }
};

QTEST_GUILESS_MAIN(TestReportStageBreakdowns)
#include "TestReportStageBreakdowns.moc"

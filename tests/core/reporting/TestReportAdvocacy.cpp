// The advocacy table: children in statutory complaints by their status and by the
// organisation that provided their advocate, on a handful of cases whose figures are worked
// out by hand; on SQLite and PostgreSQL.
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

ChildConcerned child(const char* status, const char* reference, bool offered, const char* provider)
{
    ChildConcerned result;
    result.socialCareReference = s(reference);
    result.name = s(reference);
    result.statusCode = s(status);
    result.advocateOffered = offered;
    result.advocateProvider = s(provider);
    return result;
}

} // namespace

class TestReportAdvocacy : public QObject
{
    Q_OBJECT

private slots:
    // 2020/21, statutory stage 1 received in the year:
    // - A: in care, offered, NYAS; a sibling in need, offered, none provided
    // - B: in care, offered, Coram Voice
    // - C: care leaver, not offered, NYAS
    // - D: no status recorded, not offered, none
    // Not counted: E, corporate, in care with NYAS; F, statutory received in 2019/20, in care
    // with NYAS (the comparison year's only child).
    void counts_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<QString>("row");
        QTest::addColumn<QString>("column");
        QTest::addColumn<qint64>("expected");
        QTest::addColumn<QList<int>>("behind"); // indexes of A..F
        for (Backend backend : {Backend::Sqlite, Backend::Postgres}) {
            const char* name = backend == Backend::Sqlite ? "sqlite" : "postgres";
            auto row = [&](const char* label, const char* key, const char* column, qint64 count,
                           QList<int> cases) {
                QTest::addRow("%s, %s", name, label)
                    << backend << s(key) << s(column) << count << cases;
            };
            row("in care", "status:child_in_care", "children", 2, {0, 1});
            row("in care offered", "status:child_in_care", "offered", 2, {0, 1});
            row("in care provided", "status:child_in_care", "provided", 2, {0, 1});
            row("in need", "status:child_in_need", "children", 1, {0});
            row("in need provided", "status:child_in_need", "provided", 0, {});
            row("care leaver offered", "status:care_leaver", "offered", 0, {});
            row("care leaver provided", "status:care_leaver", "provided", 1, {2});
            row("not recorded", "status:not_recorded", "children", 1, {3});
            row("children", "status:total", "children", 5, {0, 1, 2, 3});
            row("offered", "status:total", "offered", 3, {0, 1});
            row("provided", "status:total", "provided", 3, {0, 1, 2});
            row("NYAS", "provider:NYAS", "provided", 2, {0, 2});
            row("Coram Voice", "provider:Coram Voice", "provided", 1, {1});
            row("with an advocate", "provider:total", "provided", 3, {0, 1, 2});
        }
    }
    void counts()
    {
        QFETCH(QString, row);
        QFETCH(QString, column);
        QFETCH(qint64, expected);
        QFETCH(QList<int>, behind);
        REDRESS_TEST_DATABASE(db);
        FixedToday today(QDate(2021, 6, 30));
        CaseMaker make(*db);
        Case a = make.complaint(QDate(2020, 5, 4), 10, s("upheld"));
        a.children = {child("child_in_care", "A1", true, "NYAS"),
                      child("child_in_need", "A2", true, "")};
        Case b = make.complaint(QDate(2020, 9, 1), 10, s("not_upheld"));
        b.children = {child("child_in_care", "B1", true, "Coram Voice")};
        Case c = make.complaint(QDate(2021, 1, 11), -1, {});
        c.children = {child("care_leaver", "C1", false, "NYAS")};
        Case d = make.complaint(QDate(2020, 6, 1), 10, s("upheld"));
        d.children = {child("", "D1", false, "")};
        Case e = make.complaint(QDate(2020, 7, 1), 10, s("upheld"), Procedure::Corporate);
        e.children = {child("child_in_care", "E1", true, "NYAS")};
        Case f = make.complaint(QDate(2019, 7, 1), 10, s("upheld"));
        f.children = {child("child_in_care", "F1", true, "NYAS")};
        QList<Case> cases{a, b, c, d, e, f};
        QVERIFY(make.insert(cases));

        ReportEngine engine(*db);
        auto annual = engine.annual(2020);
        QVERIFY2(annual, qPrintable(annual.error()));
        const Report& report = annual.value();
        QCOMPARE(tableOf(report, "advocacy").basis(), Basis::Received);
        QCOMPARE(count(report, "advocacy", qPrintable(row), qPrintable(column)), expected);
        QList<qint64> ids;
        for (int index : behind)
            ids << cases.at(index).id;
        auto found = engine.casesBehind(QStringLiteral("advocacy"), row, column, report.scope());
        QVERIFY2(found, qPrintable(found.error()));
        QCOMPARE(found.value(), sorted(ids));
        QCOMPARE(
            tableOf(report, "advocacy").row(u"provider:Coram Voice")->cells.value(0).toString(),
            QStringLiteral("Coram Voice"));
        QCOMPARE(
            tableOf(report, "advocacy").row(u"status:child_in_care")->cells.value(0).toString(),
            QStringLiteral("Child in care"));
        REDRESS_VERIFY_REPORT(engine, report);
    }
};

QTEST_GUILESS_MAIN(TestReportAdvocacy)
#include "TestReportAdvocacy.moc"

// A quarter's summary counts the quarters of its year up to and including its own, never
// later ones, even when it is produced after the year has ended; the annual report has all
// four. On SQLite and PostgreSQL.
#include "ReportChecks.h"
#include "ReportFixtures.h"
#include "TestSupport.h"
#include "reporting/ReportEngine.h"

#include <QTest>

using namespace redress;
using namespace redress::test;
using namespace redress::test::reports;

namespace {

// Complaints received in each quarter of 2020/21: 1 in Q1, 2 in Q2, 3 in Q3, 4 in Q4, so that
// each quarter's figure says which quarter it came from.
QDate receivedIn(int quarter, int i)
{
    return Period::quarter(2020, quarter).first.addDays(7 + 9 * i);
}

} // namespace

class TestReportQuarters : public QObject
{
    Q_OBJECT

private slots:
    void upToItsQuarter_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<int>("quarter"); // 0: the whole year
        for (Backend backend : {Backend::Sqlite, Backend::Postgres})
            for (int quarter = 0; quarter <= 4; ++quarter) {
                const QString name =
                    backendName(backend) + (quarter == 0 ? QStringLiteral(", the year")
                                                         : QStringLiteral(", Q%1").arg(quarter));
                QTest::newRow(qPrintable(name)) << backend << quarter;
            }
    }
    void upToItsQuarter()
    {
        QFETCH(int, quarter);
        REDRESS_TEST_DATABASE(db);
        // produced long after the year, when every quarter has its complaints
        FixedToday today(QDate(2021, 6, 30));
        CaseMaker make(*db);
        QList<Case> cases;
        QHash<int, QList<qint64>> received; // by quarter, filled in once inserted
        for (int q = 1; q <= 4; ++q)
            for (int i = 0; i < q; ++i)
                cases << make.complaint(receivedIn(q, i), 5, QStringLiteral("upheld"));
        QVERIFY(make.insert(cases));
        int index = 0;
        for (int q = 1; q <= 4; ++q)
            for (int i = 0; i < q; ++i)
                received[q] << cases.at(index++).id;

        ReportEngine engine(*db);
        auto produced = quarter == 0 ? engine.annual(2020) : engine.quarterly(2020, quarter);
        QVERIFY2(produced, qPrintable(produced.error()));
        const Report& report = produced.value();
        const ReportTable* table = report.table(u"quarterly");
        QVERIFY(table);

        const int last = quarter == 0 ? 4 : quarter;
        qint64 toDate = 0;
        QList<qint64> behindTotal;
        for (int q = 1; q <= 4; ++q) {
            const QString row = QStringLiteral("q%1").arg(q);
            if (q > last) {
                QVERIFY2(table->rowIndex(row) < 0, qPrintable(row));
                continue;
            }
            QVERIFY2(table->rowIndex(row) >= 0, qPrintable(row));
            QCOMPARE(table->cell(row, u"statutory_stage1").toLongLong(), qint64(q));
            QCOMPARE(table->cell(row, u"label").toString(), Period::quarter(2020, q).label());
            auto behind = engine.casesBehind(QStringLiteral("quarterly"), row,
                                             QStringLiteral("statutory_stage1"), report.scope());
            QVERIFY2(behind, qPrintable(behind.error()));
            QCOMPARE(sorted(behind.value()), sorted(received.value(q)));
            toDate += q;
            behindTotal << received.value(q);
        }
        QCOMPARE(table->cell(u"total", u"statutory_stage1").toLongLong(), toDate);
        auto behind = engine.casesBehind(QStringLiteral("quarterly"), QStringLiteral("total"),
                                         QStringLiteral("statutory_stage1"), report.scope());
        QVERIFY2(behind, qPrintable(behind.error()));
        QCOMPARE(sorted(behind.value()), sorted(behindTotal));
        // and no later quarter is named anywhere in the summary
        for (int q = last + 1; q <= 4; ++q)
            QVERIFY2(!table->note().contains(QStringLiteral("Q%1").arg(q)),
                     qPrintable(table->note()));
        REDRESS_VERIFY_REPORT(engine, report);
    }
};

QTEST_MAIN(TestReportQuarters)
#include "TestReportQuarters.moc"

// Complaints by portfolio and service area at stages 1 and 2: received, every outcome, upheld
// as a share of received, timescale bands and average days. A complaint whose points name
// teams in several service areas counts under each and once in the total. On a handful of
// cases whose figures are worked out by hand; on SQLite and PostgreSQL.
#include "ReportChecks.h"
#include "ReportFixtures.h"
#include "TestSupport.h"
#include "reporting/ReportEngine.h"
#include "storage/AuditLog.h"
#include "storage/ServiceFigures.h"

#include <QTest>
#include <map>
#include <memory>

using namespace redress;
using namespace redress::test;
using namespace redress::test::reports;

namespace {

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

ComplaintPoint pointAbout(qint64 teamId)
{
    ComplaintPoint point;
    point.description = s("point");
    point.teamId = teamId;
    return point;
}

// A database with its cases and the annual report for 2020/21, built once per backend for all
// the rows that read it.
struct Built
{
    std::unique_ptr<TestDatabase> holder;
    std::unique_ptr<Database> db;
    QList<Case> cases;
    Report report;
};

} // namespace

class TestReportPortfolio : public QObject
{
    Q_OBJECT

    std::map<std::pair<Backend, int>, Built> m_built;

    // The fixture `which` (0: portfolios, 1: service figures) on `backend`, or nullptr when
    // the backend is not there (the test is then skipped or failed already).
    const Built* built(Backend backend, int which)
    {
        const auto key = std::pair{backend, which};
        if (auto found = m_built.find(key); found != m_built.end())
            return &found->second;
        Built result;
        result.holder = TestDatabase::create(backend);
        if (!result.holder)
            return nullptr;
        result.db = result.holder->open();
        if (!result.db)
            return nullptr;
        FixedToday today(QDate(2021, 6, 30));
        result.cases = which == 0 ? portfolioCases(*result.db) : serviceCases(*result.db);
        auto annual = ReportEngine(*result.db).annual(2020);
        if (!annual) {
            QTest::qFail(qPrintable(annual.error()), __FILE__, __LINE__);
            return nullptr;
        }
        result.report = annual.value();
        return &m_built.emplace(key, std::move(result)).first->second;
    }

    static QList<Case> portfolioCases(Database& db)
    {
        CaseMaker make(db);
        Case a = make.complaint(QDate(2020, 5, 4), 5, s("upheld"));
        a.teamId = make.unit(s("mash"));
        make.escalate(a, 5, 30, s("upheld"));
        Case b = make.complaint(QDate(2020, 6, 1), 15, s("partially_upheld"));
        b.teamId = make.unit(s("cic_team"));
        b.points = {pointAbout(make.unit(s("send_casework"))),
                    pointAbout(make.unit(s("leaving_care")))};
        Case c = make.complaint(QDate(2021, 2, 1), -1, {});
        c.teamId = make.unit(s("send_transport"));
        Case d = make.complaint(QDate(2020, 7, 1), 25, s("not_upheld"));
        Case e = make.complaint(QDate(2020, 3, 20), 12, s("not_upheld"));
        e.teamId = make.unit(s("mash"));
        QList<Case> cases{a, b, c, d, e};
        if (!make.insert(cases))
            QTest::qFail("the cases could not be inserted", __FILE__, __LINE__);
        return cases;
    }

    static QList<Case> serviceCases(Database& db)
    {
        CaseMaker make(db);
        Case a = make.complaint(QDate(2020, 5, 4), 5, s("upheld"));
        a.teamId = make.unit(s("mash"));
        Case b = make.complaint(QDate(2020, 6, 1), 15, s("partially_upheld"));
        b.teamId = make.unit(s("cic_team"));
        b.points = {pointAbout(make.unit(s("send_casework")))};
        Case c = make.complaint(QDate(2021, 2, 1), -1, {});
        c.teamId = make.unit(s("send_transport"));
        Case e = make.complaint(QDate(2020, 3, 20), 12, s("not_upheld"));
        e.teamId = make.unit(s("mash"));
        QList<Case> cases{a, b, c, e};
        if (!make.insert(cases))
            QTest::qFail("the cases could not be inserted", __FILE__, __LINE__);
        ServiceFigures figures(db, s("a.admin"));
        if (!figures.save(2020, {{make.unit(s("front_door")), 2000, 5000},
                                 {make.unit(s("send_service")), std::nullopt, 400}}) ||
            // another year's figures are not used
            !figures.save(2019, {{make.unit(s("front_door")), 10, 10}}))
            QTest::qFail("the figures could not be saved", __FILE__, __LINE__);
        return cases;
    }

private slots:
    // Every table of both reports adds up and drills down to the cases it counts.
    void consistent_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<int>("which");
        for (Backend backend : {Backend::Sqlite, Backend::Postgres}) {
            const char* name = backend == Backend::Sqlite ? "sqlite" : "postgres";
            QTest::addRow("%s, portfolios", name) << backend << 0;
            QTest::addRow("%s, service figures", name) << backend << 1;
        }
    }
    void consistent()
    {
        QFETCH(Backend, backend);
        QFETCH(int, which);
        const Built* fixture = built(backend, which);
        if (!fixture)
            return;
        FixedToday today(QDate(2021, 6, 30));
        ReportEngine engine(*fixture->db);
        REDRESS_VERIFY_REPORT(engine, fixture->report);
    }

    // The default units: Children's Social Care (front door, safeguarding, children in care,
    // disabled children) and Education and inclusion (SEND, early help). Statutory, 2020/21:
    // - A MASH (front door), received 04/05/2020, answered in 5 working days, upheld; then
    //   stage 2, answered in 30 working days, upheld
    // - B children in care team, points about SEND casework (SEND) and leaving care (children
    //   in care), received 01/06/2020, answered in 15, partially upheld
    // - C home to school transport (SEND), received 01/02/2021, open
    // - D no team, received 01/07/2020, answered in 25, not upheld
    // - E MASH, received 20/03/2020, answered in 12 (in 2020/21), not upheld
    void counts_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("row");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QVariant>("expected");
        QTest::addColumn<QList<int>>("behind"); // indexes of A..E; only for counts
        for (Backend backend : {Backend::Sqlite, Backend::Postgres}) {
            const char* name = backend == Backend::Sqlite ? "sqlite" : "postgres";
            auto row = [&](const char* table, const char* key, const char* column,
                           QVariant expected, QList<int> cases) {
                QTest::addRow("%s, %s, %s, %s", name, table, key, column)
                    << backend << s(table) << s(key) << s(column) << expected << cases;
            };
            const char* one = "by_portfolio_stage1";
            row(one, "total", "received", qint64(4), {0, 1, 2, 3});
            row(one, "portfolio:childrens_social_care", "received", qint64(2), {0, 1});
            row(one, "portfolio:education", "received", qint64(2), {1, 2});
            row(one, "service:front_door", "received", qint64(1), {0});
            row(one, "service:children_in_care", "received", qint64(1), {1});
            row(one, "service:send_service", "received", qint64(2), {1, 2});
            row(one, "service:safeguarding", "received", qint64(0), {});
            row(one, "not_recorded", "received", qint64(1), {3});
            row(one, "total", "concluded", qint64(4), {0, 1, 3, 4});
            row(one, "portfolio:childrens_social_care", "concluded", qint64(3), {0, 1, 4});
            row(one, "service:front_door", "concluded", qint64(2), {0, 4});
            row(one, "total", "outcome_upheld", qint64(1), {0});
            row(one, "total", "outcome_partially_upheld", qint64(1), {1});
            row(one, "portfolio:education", "outcome_partially_upheld", qint64(1), {1});
            row(one, "total", "outcome_not_upheld", qint64(2), {3, 4});
            row(one, "not_recorded", "outcome_not_upheld", qint64(1), {3});
            row(one, "total", "outcome_withdrawn", qint64(0), {});
            row(one, "total", "upheld_percent", 25.0, {});
            row(one, "service:front_door", "upheld_percent", 100.0, {});
            row(one, "total", "within", qint64(1), {0});
            row(one, "total", "within_extended", qint64(2), {1, 4});
            row(one, "service:send_service", "within_extended", qint64(1), {1});
            row(one, "total", "outside", qint64(1), {3});
            row(one, "total", "average_days", 14.3, {});                           // 57 / 4
            row(one, "service:front_door", "average_days", 8.5, {});               // (5 + 12) / 2
            row(one, "portfolio:childrens_social_care", "average_days", 10.7, {}); // 32 / 3
            const char* two = "by_portfolio_stage2";
            row(two, "total", "received", qint64(1), {0});
            row(two, "service:front_door", "received", qint64(1), {0});
            row(two, "portfolio:education", "received", qint64(0), {});
            row(two, "total", "outcome_upheld", qint64(1), {0});
        }
    }
    void counts()
    {
        QFETCH(Backend, backend);
        QFETCH(QString, table);
        QFETCH(QString, row);
        QFETCH(QString, column);
        QFETCH(QVariant, expected);
        QFETCH(QList<int>, behind);
        const Built* fixture = built(backend, 0);
        if (!fixture)
            return;
        FixedToday today(QDate(2021, 6, 30));
        ReportEngine engine(*fixture->db);
        const Report& report = fixture->report;
        const QList<Case>& cases = fixture->cases;
        const ReportTable& shown = tableOf(report, qPrintable(table));
        QVERIFY2(shown.row(row), qPrintable(row));
        QVERIFY2(shown.column(column), qPrintable(column));
        const QVariant value = shown.cell(row, column);
        if (expected.typeId() == QMetaType::Double) {
            QCOMPARE(value.toDouble(), expected.toDouble());
        } else {
            QCOMPARE(value.toLongLong(), expected.toLongLong());
            QList<qint64> ids;
            for (int index : behind)
                ids << cases.at(index).id;
            auto found = engine.casesBehind(table, row, column, report.scope());
            QVERIFY2(found, qPrintable(found.error()));
            QCOMPARE(found.value(), sorted(ids));
        }
        // Services sit under their portfolio, in the order of the units.
        const int portfolio = shown.rowIndex(u"portfolio:education");
        QCOMPARE(shown.rows().at(portfolio + 1).key, s("service:send_service"));
        QCOMPARE(shown.rows().at(portfolio + 1).level, 1);
    }

    // Complaints per 1,000 per service area, from each area's figures for the year: front door
    // 2,000 open cases and 5,000 contacts; SEND 400 contacts and open cases not known. Stage 1
    // complaints received in 2020/21 by the case's own service area: front door 1 (MASH), SEND
    // 1 (transport), children in care 1, none recorded 1.
    void contextByService_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<QString>("row");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QVariant>("expected"); // null: blank
        for (Backend backend : {Backend::Sqlite, Backend::Postgres}) {
            const char* name = backend == Backend::Sqlite ? "sqlite" : "postgres";
            auto row = [&](const char* key, const char* column, QVariant expected) {
                QTest::addRow("%s, %s, %s", name, key, column)
                    << backend << s(key) << s(column) << expected;
            };
            row("front_door", "complaints", qint64(1));
            row("front_door", "open_cases", qint64(2000));
            row("front_door", "open_cases_per_1000", 0.5);
            row("front_door", "contacts", qint64(5000));
            row("front_door", "contacts_per_1000", 0.2);
            row("send_service", "complaints", qint64(1));
            row("send_service", "open_cases", QVariant());
            row("send_service", "open_cases_per_1000", QVariant());
            row("send_service", "contacts_per_1000", 2.5);
            row("children_in_care", "complaints", qint64(1));
            row("children_in_care", "contacts", QVariant());
            row("total", "complaints", qint64(3));
        }
    }
    void contextByService()
    {
        QFETCH(Backend, backend);
        QFETCH(QString, row);
        QFETCH(QString, column);
        QFETCH(QVariant, expected);
        const Built* fixture = built(backend, 1);
        if (!fixture)
            return;
        const ReportTable& table = tableOf(fixture->report, "context_by_service");
        QVERIFY2(table.row(row), qPrintable(row));
        const QVariant value = table.cell(row, column);
        if (expected.isNull())
            QVERIFY2(value.isNull(), qPrintable(value.toString()));
        else if (expected.typeId() == QMetaType::Double)
            QCOMPARE(value.toDouble(), expected.toDouble());
        else
            QCOMPARE(value.toLongLong(), expected.toLongLong());
    }

    // Saving service figures is audited with who and what; a negative figure, or someone who
    // may not, changes nothing.
    void serviceFiguresAreAudited_data() { addBackendRows(); }
    void serviceFiguresAreAudited()
    {
        REDRESS_TEST_DATABASE(db);
        CaseMaker make(*db);
        const qint64 frontDoor = make.unit(s("front_door"));
        ServiceFigures refused(*db, s("o.officer"));
        refused.refuseChanges(s("Only an administrator may change the year's figures"));
        QVERIFY(!refused.save(2020, {{frontDoor, 1, 1}}));
        ServiceFigures admin(*db, s("a.admin"));
        const Status negative = admin.save(2020, {{frontDoor, -5, 1}});
        QVERIFY(!negative);
        QVERIFY2(negative.error().contains(s("negative")), qPrintable(negative.error()));
        QVERIFY(admin.forYear(2020)->isEmpty());
        QVERIFY(admin.save(2020, {{frontDoor, 2000, std::nullopt}}));
        QCOMPARE(admin.forYear(2020)->size(), 1);
        QCOMPARE(admin.forYear(2020)->first().openCases, std::optional<int>(2000));
        QCOMPARE(admin.forYear(2020)->first().contacts, std::optional<int>());
        auto entries = AuditLog(*db).latest(5);
        QVERIFY(entries && entries->size() == 1);
        QCOMPARE(entries->first().action, s("admin_year_context"));
        QCOMPARE(entries->first().actor, recordedActor(*db, s("a.admin")));
        QVERIFY(entries->first().detail.contains(s("2020/21")));
        // the same figures again change nothing and write nothing
        QVERIFY(admin.save(2020, {{frontDoor, 2000, std::nullopt}}));
        QCOMPARE(AuditLog(*db).latest(5)->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestReportPortfolio)
#include "TestReportPortfolio.moc"

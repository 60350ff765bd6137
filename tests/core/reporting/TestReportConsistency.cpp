// Every report the engine produces is consistent: each table adds up and drills down to its
// cases, the JSON has its documented shape, an empty database reports zeros, and nonsense is
// refused; on SQLite and PostgreSQL.
#include "ReportChecks.h"
#include "ReportFixtures.h"
#include "TestSupport.h"
#include "reporting/ReportEngine.h"
#include "storage/CaseRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTest>
#include <algorithm>

using namespace redress;
using namespace redress::test;
using namespace redress::test::reports;

class TestReportConsistency : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void everyTableAddsUpAndDrillsDown_data() { addBackendRows(); }
    void everyTableAddsUpAndDrillsDown()
    {
        REDRESS_TEST_DATABASE(db);
        FixedToday today(QDate(2021, 6, 30));
        auto built = buildNeLincolnshire(*db);
        QVERIFY2(built, qPrintable(built.error()));
        auto extras = addExtras(*db, built.value());
        QVERIFY2(extras, qPrintable(extras.error()));
        ReportEngine engine(*db);
        auto annual = engine.annual(2020);
        QVERIFY2(annual, qPrintable(annual.error()));
        const Report& report = annual.value();
        REDRESS_VERIFY_REPORT(engine, report);

        // several points and children: the complaints columns overlap and say so
        QCOMPARE(count(report, "by_category", "communication", "complaints"), 12);
        QCOMPARE(count(report, "by_category", "staff_conduct", "complaints"), 32);
        QCOMPARE(count(report, "by_category", "total", "points"), 130);
        QVERIFY(count(report, "by_category", "communication", "upheld_points") >= 6);
        QVERIFY(!tableOf(report, "by_category").column(u"complaints")->additive);
        QVERIFY(
            tableOf(report, "by_category").note().contains(QStringLiteral("several categories")));
        QCOMPARE(count(report, "by_child_status", "child_protection", "complaints"), 6);
        QCOMPARE(count(report, "by_child_status", "child_in_care", "complaints"), 26);

        // remedies: apology 6, explanation 4, financial 2 (£400)
        QCOMPARE(count(report, "remedies", "apology", "remedies"), 6);
        QCOMPARE(count(report, "remedies", "explanation", "remedies"), 4);
        QCOMPARE(count(report, "remedies", "financial", "remedies"), 2);
        QCOMPARE(count(report, "remedies", "financial", "amount"), 40000);
        QCOMPARE(count(report, "remedies", "total", "remedies"), 12);
        QCOMPARE(count(report, "remedies", "total", "complaints"), 6);
        QCOMPARE(percent(report, "remedies", "apology", "percent"), 50.0);
        // the same two financial remedies, agreed on the day of the stage 1 answer
        QCOMPARE(count(report, "compensation", "statutory_stage1", "cases"), 2);
        QCOMPARE(count(report, "compensation", "statutory_stage1", "amount"), 40000);
        QCOMPARE(count(report, "compensation", "total", "amount"),
                 count(report, "remedies", "financial", "amount"));
        // re-opened: two, one of them twice
        QCOMPARE(count(report, "reopened_and_repeat", "reopened_more_than_once", "count"), 1);
        QCOMPARE(count(report, "reopened_and_repeat", "reopened_more_than_once", "of_reopened"), 2);
        QCOMPARE(percent(report, "reopened_and_repeat", "reopened_more_than_once",
                         "percent_of_reopened"),
                 50.0);

        // learning: communication 3 (2 implemented, 1 not), worker behaviour 2, training 1
        QCOMPARE(count(report, "learning", "communication", "actions"), 3);
        QCOMPARE(count(report, "learning", "communication", "implemented"), 2);
        QCOMPARE(count(report, "learning", "communication", "not_implemented"), 1);
        QCOMPARE(percent(report, "learning", "communication", "implemented_percent"), 66.7);
        QCOMPARE(count(report, "learning", "total", "actions"), 6);
        QCOMPARE(count(report, "learning", "total", "implemented"), 3);

        // the Ombudsman's recommendations due in 2020/21: on time, late, outstanding
        QCOMPARE(count(report, "ombudsman_recommendations", "on_time", "count"), 1);
        QCOMPARE(count(report, "ombudsman_recommendations", "late", "count"), 1);
        QCOMPARE(count(report, "ombudsman_recommendations", "outstanding", "count"), 1);
        QCOMPARE(count(report, "ombudsman_recommendations", "total", "count"), 3);
        QCOMPARE(percent(report, "ombudsman_recommendations", "on_time", "percent"), 33.3);
        QCOMPARE(count(report, "ombudsman_recommendations", "on_time", "amount"), 50000);
        QCOMPARE(count(report, "ombudsman_recommendations", "total", "amount"), 100000);
        QCOMPARE(count(report, "ombudsman", "upheld", "count"), 1);
        QCOMPARE(count(report, "ombudsman", "upheld", "compensation"), 110000);
        QCOMPARE(count(report, "ombudsman", "fault_found", "count"), 1);
        QCOMPARE(count(report, "ombudsman", "total", "count"), 5);

        // the review panel: held on time, its report late, the response on time
        QCOMPARE(count(report, "timescales_by_stage", "statutory_stage3:late", "count"), 1);
        QCOMPARE(count(report, "timescales_by_stage", "statutory_stage3:panel_on_time", "count"),
                 1);
        QCOMPARE(count(report, "timescales_by_stage", "statutory_stage3:report_on_time", "count"),
                 0);
        QCOMPARE(count(report, "timescales_by_stage", "statutory_stage3:response_on_time", "count"),
                 1);
        QCOMPARE(count(report, "escalations", "statutory_stage2_to_stage3", "escalated"), 1);
        // the corporate stage 2, answered within its 40-day extension
        QCOMPARE(count(report, "timescales_by_stage", "corporate_stage2:within_extended", "count"),
                 1);
        QCOMPARE(count(report, "timescales_by_stage", "corporate_stage2:within_extended",
                       "met_deadline"),
                 1);
        QCOMPARE(count(report, "reopened_and_repeat", "reopened", "count"), 2);
        QCOMPARE(count(report, "reopened_and_repeat", "reopened_more_than_once", "count"), 1);
        QCOMPARE(count(report, "reopened_and_repeat", "repeat_complainant", "count"), 1);
        QCOMPARE(count(report, "caseload", "statutory_stage1", "overdue"), 1);

        // average working days: stage 1 for the child protection team is 8.0 (six answered in 8)
        QCOMPARE(count(report, "average_days", "child_protection_team", "stage1_responses"), 6);
        QCOMPARE(percent(report, "average_days", "child_protection_team", "stage1_average"), 8.0);
        QCOMPARE(value(report, "average_days", "total", "stage3_average").toDouble(), 42.0);

        // a single cell agrees with the whole table's drill-down
        auto all = engine.casesBehindAll(QStringLiteral("remedies"), report.scope());
        QVERIFY2(all, qPrintable(all.error()));
        auto one = engine.casesBehind(QStringLiteral("remedies"), QStringLiteral("financial"),
                                      QStringLiteral("remedies"), report.scope());
        QVERIFY2(one, qPrintable(one.error()));
        QCOMPARE(one.value(),
                 all->value({QStringLiteral("financial"), QStringLiteral("remedies")}));
        QCOMPARE(one->size(), 2);
        QVERIFY(extras->twoPoints.contains(one->first()));
    }

    void jsonShape_data() { addBackendRows(); }
    void jsonShape()
    {
        REDRESS_TEST_DATABASE(db);
        FixedToday today(QDate(2021, 6, 30));
        auto built = buildNeLincolnshire(*db);
        QVERIFY2(built, qPrintable(built.error()));
        ReportEngine engine(*db);
        auto annual = engine.annual(2020);
        QVERIFY2(annual, qPrintable(annual.error()));
        const QJsonObject json = annual->toJson();
        QCOMPARE(json.keys(), (QStringList{QStringLiteral("period"), QStringLiteral("tables")}));
        const QJsonObject period = json.value(u"period").toObject();
        QCOMPARE(period.value(u"label").toString(), QStringLiteral("2020/21"));
        QCOMPARE(period.value(u"first").toString(), QStringLiteral("2020-04-01"));
        QCOMPARE(period.value(u"last").toString(), QStringLiteral("2021-03-31"));
        QCOMPARE(period.value(u"type").toString(), QStringLiteral("year"));
        QCOMPARE(period.value(u"financialYear").toInt(), 2020);
        QCOMPARE(period.value(u"comparison").toObject().value(u"label").toString(),
                 QStringLiteral("2019/20"));
        QVERIFY(period.value(u"procedure").isNull());
        const QJsonArray tables = json.value(u"tables").toArray();
        // the corporate procedure has no stage 3
        QCOMPARE(tables.size(), ReportEngine::annualTableIds().size() - 1);
        for (const QJsonValue& entry : tables) {
            const QJsonObject table = entry.toObject();
            for (const char* field :
                 {"id", "title", "basis", "basisLabel", "note", "columns", "rows"})
                QVERIFY2(table.contains(QLatin1String(field)), field);
            QVERIFY(basisFromCode(table.value(u"basis").toString()).has_value());
            QStringList columnIds;
            for (const QJsonValue& column : table.value(u"columns").toArray()) {
                const QJsonObject object = column.toObject();
                QVERIFY(!object.value(u"id").toString().isEmpty());
                QVERIFY(!object.value(u"label").toString().isEmpty());
                QVERIFY(!object.value(u"kind").toString().isEmpty());
                columnIds << object.value(u"id").toString();
            }
            for (const QJsonValue& row : table.value(u"rows").toArray()) {
                const QJsonObject object = row.toObject();
                QVERIFY(!object.value(u"key").toString().isEmpty());
                QVERIFY(QStringList({QStringLiteral("item"), QStringLiteral("total"),
                                     QStringLiteral("memo")})
                            .contains(object.value(u"role").toString()));
                QStringList cellIds = object.value(u"cells").toObject().keys();
                cellIds.sort();
                QStringList sortedColumns = columnIds;
                sortedColumns.sort();
                QCOMPARE(cellIds, sortedColumns);
            }
        }
        const QJsonObject headline = tables.at(0).toObject();
        QCOMPARE(headline.value(u"id").toString(), QStringLiteral("headline"));
        const QJsonObject stageOne = headline.value(u"rows").toArray().at(0).toObject();
        QCOMPARE(stageOne.value(u"key").toString(), QStringLiteral("statutory_stage1"));
        const QJsonObject cells = stageOne.value(u"cells").toObject();
        QCOMPARE(cells.value(u"count").toInteger(), 118);
        QCOMPARE(cells.value(u"prev_count").toInteger(), 152);
        QCOMPARE(cells.value(u"change").toString(), QStringLiteral("↓"));
        QCOMPARE(cells.value(u"change_percent").toDouble(), -22.4);
        // and it survives the trip through text
        const QByteArray text = QJsonDocument(json).toJson(QJsonDocument::Compact);
        QVERIFY(text.contains("\"change\":\"↓\""));
        QVERIFY(text.contains("\"percent\":54.2"));
    }

    void emptyDatabase_data() { addBackendRows(); }
    void emptyDatabase()
    {
        REDRESS_TEST_DATABASE(db);
        FixedToday today(QDate(2021, 6, 30));
        ReportEngine engine(*db);
        auto annual = engine.annual(2020);
        QVERIFY2(annual, qPrintable(annual.error()));
        QCOMPARE(count(annual.value(), "headline", "statutory_stage1", "count"), 0);
        QCOMPARE(value(annual.value(), "headline", "statutory_stage1", "change").toString(),
                 QStringLiteral("↔"));
        QVERIFY(value(annual.value(), "by_channel", "total", "percent").isNull());
        QCOMPARE(count(annual.value(), "by_channel", "total", "count"), 0);
        REDRESS_VERIFY_REPORT(engine, annual.value());
        auto quarterly = engine.quarterly(2020, 4);
        QVERIFY2(quarterly, qPrintable(quarterly.error()));
        QCOMPARE(count(quarterly.value(), "overdue", "total", "cases"), 0);
        auto alone = engine.annual(2020, std::nullopt);
        QVERIFY2(alone, qPrintable(alone.error()));
        QVERIFY(!alone->comparison());
        QVERIFY(!tableOf(alone.value(), "headline").column(u"prev_count"));
    }

    void refusals_data() { addBackendRows(); }
    void refusals()
    {
        REDRESS_TEST_DATABASE(db);
        ReportEngine engine(*db);
        auto tooEarly = engine.annual(1850);
        QVERIFY(!tooEarly);
        QVERIFY2(tooEarly.error().contains(QStringLiteral("1850")), qPrintable(tooEarly.error()));
        QVERIFY(!engine.annual(2020, 2020));
        auto quarter = engine.quarterly(2020, 5);
        QVERIFY(!quarter);
        QVERIFY2(quarter.error().contains(QStringLiteral("quarter 5")),
                 qPrintable(quarter.error()));
        const ReportScope scope(Period::financialYear(2020));
        auto table = engine.casesBehind(QStringLiteral("nonsense"), QStringLiteral("total"),
                                        QStringLiteral("count"), scope);
        QVERIFY(!table);
        QVERIFY(table.error().contains(QStringLiteral("nonsense")));
        auto row = engine.casesBehind(QStringLiteral("by_channel"), QStringLiteral("pigeon"),
                                      QStringLiteral("count"), scope);
        QVERIFY(!row);
        QVERIFY(row.error().contains(QStringLiteral("pigeon")));
        auto share = engine.casesBehind(QStringLiteral("by_channel"), QStringLiteral("total"),
                                        QStringLiteral("percent"), scope);
        QVERIFY(!share);
        QVERIFY(share.error().contains(QStringLiteral("not a count")));
        // the overdue list belongs to the quarterly summary
        QVERIFY(!engine.casesBehind(QStringLiteral("overdue"), QStringLiteral("total"),
                                    QStringLiteral("cases"), scope));
    }
};

QTEST_GUILESS_MAIN(TestReportConsistency)
#include "TestReportConsistency.moc"

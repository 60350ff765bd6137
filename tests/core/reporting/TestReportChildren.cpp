// Children's own complaints beside adults', equality monitoring, acknowledgements, timescale
// bands as a share of responses, and the weekly list of open children's complaints: on a
// handful of cases whose figures are worked out by hand below; on SQLite and PostgreSQL.
#include "../../cli/CliRun.h"
#include "ReportChecks.h"
#include "ReportFixtures.h"
#include "TestSupport.h"
#include "reporting/ReportEngine.h"
#include "storage/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace redress;
using namespace redress::test;
using namespace redress::test::reports;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

// One figure of one table, and the cases behind it (letters of the cases built below).
struct Figure
{
    const char* row;
    const char* column;
    QVariant value;
    const char* behind = nullptr; // nullptr: not a count of cases
};

struct Built
{
    QHash<QChar, qint64> ids;
};

Person person(const char* name, const char* age, const char* ethnicity, const char* disability)
{
    Person result;
    result.fullName = s(name);
    result.ageBand = s(age);
    result.ethnicity = s(ethnicity);
    result.disability = s(disability);
    return result;
}

ChildConcerned child(const char* reference, const char* status)
{
    ChildConcerned result;
    result.socialCareReference = s(reference);
    result.name = s(reference);
    result.statusCode = s(status);
    return result;
}

ComplaintPoint point(const char* category)
{
    ComplaintPoint result;
    result.description = s(category);
    result.categoryCode = s(category);
    return result;
}

// Stage 1 complaints received in 2020/21 (A to F), one in 2019/20 (G) and three received in
// 2021/22 and still open (H, I, J):
// - A: a child, about a child in care, Children in care team; communication; acknowledged the
//   day it came in; upheld after 5 working days. 16-24, White British, not disabled.
// - B: an advocate, about a child in need, MASH; communication and delay; acknowledged after 4
//   working days (late); not upheld after 15. 25-34, disabled.
// - C: a care leaver, about a child in care, Leaving care; no points; never acknowledged;
//   open. No person recorded.
// - D: a parent, Children in care team; delay; partially upheld after 25 (outside). 35-44,
//   Asian.
// - E: role not recorded, MASH; placement; withdrawn without a response. 5-15.
// - F: corporate, a parent, SEND casework; acknowledged after 3 working days (within the
//   Code's 5); upheld 8 working days after receipt.
// - G: 2019/20, a child, upheld.
// - H: a child, MASH, open, acknowledged; restricted to "named". I: a parent, open.
// - J: an advocate, Leaving care, open, acknowledged; not restricted.
Status build(Database& database, CaseMaker& make, QHash<QChar, qint64>& ids)
{
    auto complaint = [&](QDate received, int days, const char* outcome, const char* role,
                         const char* team, Procedure procedure = Procedure::Statutory) {
        Case record = make.complaint(received, days, s(outcome), procedure);
        record.complainantRoleCode = s(role);
        record.teamId = make.unit(s(team));
        return record;
    };
    Case a = complaint(QDate(2020, 5, 4), 5, "upheld", "child", "cic_team");
    a.complainant = person("Alex", "16-24", "White British", "No");
    a.children = {child("A1", "child_in_care")};
    a.points = {point("communication")};
    Case b = complaint(QDate(2020, 6, 1), 15, "not_upheld", "advocate", "mash");
    b.complainant = person("Bea", " 25-34 ", "", "Yes");
    b.children = {child("B1", "child_in_need")};
    b.points = {point("communication"), point("delay")};
    b.stages[0].acknowledgedOn = make.after(b.stages[0].requestedOn, 4);
    Case c = complaint(QDate(2021, 1, 11), -1, "", "care_leaver", "leaving_care");
    c.children = {child("C1", "child_in_care")};
    c.stages[0].acknowledgedOn = QDate();
    Case d = complaint(QDate(2020, 7, 6), 25, "partially_upheld", "parent", "cic_team");
    d.complainant = person("Dee", "35-44", "Asian", "");
    d.points = {point("delay")};
    Case e = complaint(QDate(2020, 9, 1), -1, "withdrawn", "", "mash");
    e.complainant = person("Eve", "5-15", "", "");
    e.points = {point("placement")};
    e.stages[0].outcomeCode = s("withdrawn");
    e.state = CaseState::Withdrawn;
    e.closedOn = QDate(2020, 9, 10);
    Case f =
        complaint(QDate(2020, 10, 5), 8, "upheld", "parent", "send_casework", Procedure::Corporate);
    f.stages[0].acknowledgedOn = make.after(f.stages[0].requestedOn, 3);
    Case g = complaint(QDate(2019, 7, 1), 5, "upheld", "child", "cic_team");
    Case h = complaint(QDate(2021, 6, 1), -1, "", "child", "mash");
    Case i = complaint(QDate(2021, 5, 4), -1, "", "parent", "mash");
    Case j = complaint(QDate(2021, 6, 14), -1, "", "advocate", "leaving_care");
    QList<Case> cases{a, b, c, d, e, f, g, h, i, j};
    if (Status inserted = make.insert(cases); !inserted)
        return inserted;
    for (int index = 0; index < cases.size(); ++index)
        ids.insert(QChar(u'A' + index), cases.at(index).id);
    auto restricted = sql::exec(database.sql(),
                                s("INSERT INTO case_restriction (case_id, username) VALUES (?, ?)"),
                                {ids.value(u'H'), s("named")});
    if (!restricted)
        return Error{restricted.error()};
    return {};
}

QList<Figure> expectedFigures(const QString& table)
{
    if (table == u"children_by_service_area")
        return {{"children_in_care", "children", 2, "AC"},
                {"cic_team", "children", 1, "A"},
                {"leaving_care", "children", 1, "C"},
                {"children_in_care", "children_in_care", 2, "AC"},
                {"children_in_care", "adults", 1, "D"},
                {"front_door", "children", 1, "B"},
                {"front_door", "role_not_recorded", 1, "E"},
                {"front_door", "total", 2, "BE"},
                {"send_service", "adults", 1, "F"},
                {"total", "children", 3, "ABC"},
                {"total", "children_in_care", 2, "AC"},
                {"total", "adults", 2, "DF"},
                {"total", "role_not_recorded", 1, "E"},
                {"total", "total", 6, "ABCDEF"},
                {"total", "children_percent", 50.0},
                {"children_in_care", "children_percent", 66.7}};
    if (table == u"children_by_category")
        return {{"communication", "children", 2, "AB"},
                {"communication", "children_in_care", 1, "A"},
                {"communication", "total", 2, "AB"},
                {"delay", "children", 1, "B"},
                {"delay", "adults", 1, "D"},
                {"placement", "role_not_recorded", 1, "E"},
                {"not_recorded", "children", 1, "C"},
                {"not_recorded", "children_in_care", 1, "C"},
                {"not_recorded", "adults", 1, "F"},
                {"total", "children", 3, "ABC"},
                {"total", "total", 6, "ABCDEF"},
                {"delay", "children_percent", 50.0}};
    if (table == u"children_by_outcome")
        return {{"upheld", "children", 1, "A"},         {"upheld", "children_in_care", 1, "A"},
                {"upheld", "adults", 1, "F"},           {"not_upheld", "children", 1, "B"},
                {"partially_upheld", "adults", 1, "D"}, {"withdrawn", "role_not_recorded", 1, "E"},
                {"total", "children", 2, "AB"},         {"total", "adults", 2, "DF"},
                {"total", "total", 5, "ABDEF"},         {"total", "children_percent", 40.0},
                {"withdrawn", "children_percent", 0.0}};
    if (table == u"equality")
        return {{"age_band:5-15", "count", 1, "E"},
                {"age_band:16-24", "count", 1, "A"},
                {"age_band:25-34", "count", 1, "B"},
                {"age_band:35-44", "count", 1, "D"},
                {"age_band:not_recorded", "count", 2, "CF"},
                {"age_band:total", "count", 6, "ABCDEF"},
                {"age_band:not_recorded", "percent", 33.3},
                {"ethnicity:White British", "count", 1, "A"},
                {"ethnicity:Asian", "count", 1, "D"},
                {"ethnicity:not_recorded", "count", 4, "BCEF"},
                {"disability:Yes", "count", 1, "B"},
                {"disability:No", "count", 1, "A"},
                {"disability:not_recorded", "count", 4, "CDEF"},
                {"disability:total", "prev_count", 1, "G"},
                {"disability:not_recorded", "prev_count", 1, "G"}};
    if (table == u"acknowledgement")
        return {{"statutory_stage1:within", "count", 3, "ADE"},
                {"statutory_stage1:late", "count", 1, "B"},
                {"statutory_stage1:not_acknowledged", "count", 1, "C"},
                {"statutory_stage1:total", "count", 5, "ABCDE"},
                {"statutory_stage1:within", "percent", 60.0},
                {"statutory_stage1:not_acknowledged", "percent", 20.0},
                {"statutory_stage2:total", "count", 0, ""},
                {"corporate_stage1:within", "count", 1, "F"},
                {"corporate_stage1:late", "count", 0, ""},
                {"corporate_stage1:within", "percent", 100.0},
                {"statutory_stage1:within", "prev_count", 1, "G"}};
    if (table == u"timescales_by_stage")
        return {{"statutory_stage1:within_initial", "count", 1, "A"},
                {"statutory_stage1:within_extended", "count", 1, "B"},
                {"statutory_stage1:outside", "count", 1, "D"},
                {"statutory_stage1:no_response", "count", 1, "E"},
                {"statutory_stage1:total", "count", 4, "ABDE"},
                {"statutory_stage1:responded", "count", 3, "ABD"},
                {"statutory_stage1:within_initial", "percent", 25.0},
                {"statutory_stage1:within_initial", "percent_of_responses", 33.3},
                {"statutory_stage1:outside", "percent_of_responses", 33.3},
                {"statutory_stage1:no_response", "percent_of_responses", QVariant()},
                {"statutory_stage1:responded", "percent_of_responses", 100.0},
                {"statutory_stage1:responded", "percent", 75.0},
                {"statutory_stage1:within_initial", "prev_percent_of_responses", 100.0},
                {"corporate_stage1:within_initial", "percent_of_responses", 100.0}};
    return {};
}

QList<qint64> idsOf(const Built& built, const char* letters)
{
    QList<qint64> result;
    for (const char* letter = letters; *letter; ++letter)
        result << built.ids.value(QChar::fromLatin1(*letter));
    return sorted(result);
}

} // namespace

class TestReportChildren : public QObject
{
    Q_OBJECT

private slots:
    void tables_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<QString>("table");
        for (Backend backend : {Backend::Sqlite, Backend::Postgres})
            for (const char* table :
                 {"children_by_service_area", "children_by_category", "children_by_outcome",
                  "equality", "acknowledgement", "timescales_by_stage"})
                QTest::addRow("%s, %s", backend == Backend::Sqlite ? "sqlite" : "postgres", table)
                    << backend << s(table);
    }
    void tables()
    {
        QFETCH(QString, table);
        REDRESS_TEST_DATABASE(db);
        FixedToday today(QDate(2021, 6, 30));
        CaseMaker make(*db);
        Built built;
        QVERIFY(build(*db, make, built.ids));

        ReportEngine engine(*db);
        auto annual = engine.annual(2020);
        QVERIFY2(annual, qPrintable(annual.error()));
        const Report& report = annual.value();
        const ReportTable& counted = tableOf(report, qPrintable(table));
        QVERIFY(!counted.note().isEmpty());
        for (const Figure& figure : expectedFigures(table)) {
            const QString where = QStringLiteral("%1 / %2").arg(s(figure.row), s(figure.column));
            QVERIFY2(counted.row(s(figure.row)), qPrintable(where + QStringLiteral(": no row")));
            QVERIFY2(counted.column(s(figure.column)),
                     qPrintable(where + QStringLiteral(": no column")));
            const QVariant value = counted.cell(s(figure.row), s(figure.column));
            if (figure.value.isNull())
                QVERIFY2(value.isNull(), qPrintable(where));
            else if (figure.value.typeId() == QMetaType::Double)
                QVERIFY2(qFuzzyCompare(value.toDouble(), figure.value.toDouble()),
                         qPrintable(where + QStringLiteral(": ") + value.toString()));
            else
                QVERIFY2(value.toLongLong() == figure.value.toLongLong(),
                         qPrintable(where + QStringLiteral(": ") + value.toString()));
            if (!figure.behind)
                continue;
            auto found = engine.casesBehind(table, s(figure.row), s(figure.column), report.scope());
            QVERIFY2(found, qPrintable(found.error()));
            QVERIFY2(found.value() == idsOf(built, figure.behind), qPrintable(where));
        }
        REDRESS_VERIFY_REPORT(engine, report);
    }

    // The list for the week of 30/06/2021: C and J are open children's complaints (H too, but
    // it is restricted to "named"); I is a parent's; the rest are answered.
    void openList_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<QString>("viewer");
        QTest::addColumn<bool>("month");
        QTest::addColumn<QString>("listed");
        for (Backend backend : {Backend::Sqlite, Backend::Postgres}) {
            const char* name = backend == Backend::Sqlite ? "sqlite" : "postgres";
            QTest::addRow("%s, week, not named", name) << backend << s("other") << false << s("CJ");
            QTest::addRow("%s, week, named", name) << backend << s("named") << false << s("CHJ");
            QTest::addRow("%s, month, named", name) << backend << s("named") << true << s("CHJ");
        }
    }
    void openList()
    {
        QFETCH(QString, viewer);
        QFETCH(bool, month);
        QFETCH(QString, listed);
        REDRESS_TEST_DATABASE(db);
        FixedToday today(QDate(2021, 6, 30));
        CaseMaker make(*db);
        Built built;
        QVERIFY(build(*db, make, built.ids));

        ReportScope scope(month ? Period::month(2021, 6) : Period::week(QDate(2021, 6, 30)));
        scope.viewer = viewer;
        QVERIFY(scope.isShortPeriod());
        ReportEngine engine(*db);
        auto produced = engine.report(scope);
        QVERIFY2(produced, qPrintable(produced.error()));
        const Report& report = produced.value();
        QCOMPARE(report.periodLabel(),
                 month ? s("01/06/2021 to 30/06/2021") : s("28/06/2021 to 04/07/2021"));
        QStringList ids;
        for (const ReportTable& table : report.tables())
            ids << table.id();
        QCOMPARE(ids, ReportEngine::shortPeriodTableIds());
        QVERIFY(!ReportEngine::annualTableIds().contains(s("open_childrens_complaints")));
        const ReportTable& list = tableOf(report, "open_childrens_complaints");
        QStringList references;
        for (const ReportRow& row : list.rows())
            if (!row.isTotal())
                references << row.cells.value(0).toString();
        QStringList expected;
        for (QChar letter : listed) {
            const QString key = QString::number(built.ids.value(letter));
            QVERIFY2(list.row(key), qPrintable(QStringLiteral("%1 not listed").arg(letter)));
            expected << list.row(key)->cells.value(0).toString();
        }
        QCOMPARE(references, expected); // oldest first: C, H, J
        QCOMPARE(list.cell(u"total", u"cases").toLongLong(), qint64(listed.size()));

        const QString c = QString::number(built.ids.value(u'C'));
        QCOMPARE(list.cell(c, u"received").toDate(), QDate(2021, 1, 11));
        QCOMPARE(list.cell(c, u"stage").toString(), s("Children's statutory complaint, stage 1"));
        QCOMPARE(list.cell(c, u"next_deadline").toString(), s("Acknowledgement"));
        QCOMPARE(list.cell(c, u"due").toDate(), make.after(QDate(2021, 1, 11), 2));
        QCOMPARE(list.cell(c, u"service_area").toString(), s("Children in care"));
        const QString j = QString::number(built.ids.value(u'J'));
        QCOMPARE(list.cell(j, u"next_deadline").toString(), s("Response"));
        QCOMPARE(list.cell(j, u"due").toDate(), make.after(QDate(2021, 6, 14), 10));
        // No names anywhere in the list.
        const QByteArray json = QJsonDocument(report.toJson()).toJson();
        QVERIFY(!json.contains("Alex"));
        QCOMPARE(report.toJson().value(u"period").toObject().value(u"type").toString(),
                 s("period"));
        REDRESS_VERIFY_REPORT(engine, report);
    }

    // redress-cli report quarterly --week / --month: the same list, from any day of the week
    // written either way; a bad day, or a quarter as well, is refused saying why.
    void cli_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("label"); // empty: refused
        QTest::addColumn<QString>("message");
        const QString week = QStringLiteral("--week");
        for (Backend backend : {Backend::Sqlite, Backend::Postgres}) {
            const char* name = backend == Backend::Sqlite ? "sqlite" : "postgres";
            QTest::addRow("%s, week, ISO day", name)
                << backend << QStringList{week, s("2021-06-30")} << s("28/06/2021 to 04/07/2021")
                << QString();
            QTest::addRow("%s, week, UK day", name) << backend << QStringList{week, s("04/07/2021")}
                                                    << s("28/06/2021 to 04/07/2021") << QString();
            QTest::addRow("%s, month", name) << backend << QStringList{s("--month"), s("2021-06")}
                                             << s("01/06/2021 to 30/06/2021") << QString();
            QTest::addRow("%s, no such day", name) << backend << QStringList{week, s("31/02/2021")}
                                                   << QString() << s("--week takes a day");
            QTest::addRow("%s, no such month", name)
                << backend << QStringList{s("--month"), s("2021-13")} << QString()
                << s("--month takes a year and month");
            QTest::addRow("%s, with a quarter", name)
                << backend << QStringList{week,         s("2021-06-30"), s("--year"),
                                          s("2021/22"), s("--quarter"),  s("1")}
                << QString() << s("leave out --year and --quarter");
        }
    }
    void cli()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, label);
        QFETCH(QString, message);
        REDRESS_TEST_DATABASE(db);
        FixedToday today(QDate(2021, 6, 30));
        CaseMaker make(*db);
        Built built;
        QVERIFY(build(*db, make, built.ids));

        const CliRun run =
            runCli(databaseArguments(dbHolder->location()) +
                   QStringList{s("report"), s("quarterly"), s("--format"), s("json")} + arguments);
        if (label.isEmpty()) {
            QVERIFY(run.code != 0);
            QVERIFY2(run.err.contains(message), qPrintable(run.err));
            QVERIFY(run.out.isEmpty());
            return;
        }
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json[u"period"][u"label"].toString(), label);
        QCOMPARE(json[u"period"][u"type"].toString(), s("period"));
        const QJsonArray tables = json.value(u"tables").toArray();
        QCOMPARE(tables.size(), 1);
        QCOMPARE(tables.first()[u"id"].toString(), s("open_childrens_complaints"));
        QStringList keys;
        for (const QJsonValue& row : tables.first()[u"rows"].toArray())
            keys << row[u"key"].toString();
        // Whoever runs the command is not named on H.
        QCOMPARE(keys, (QStringList{QString::number(built.ids.value(u'C')),
                                    QString::number(built.ids.value(u'J')), s("total")}));
    }
};

QTEST_GUILESS_MAIN(TestReportChildren)
#include "TestReportChildren.moc"

// What a council's own log records beyond Redress's first shape: the service area apart from
// the team, times re-opened, a previous-complaint flag, the advocate and its provider, the
// child's status, the case's state at the year end and the Ombudsman's decision in the log's
// words, and a compliment's theme. Each is guessed from its heading, imported from a real CSV or
// XLSX file, exported and imported again, and counted by the reports; on SQLite and PostgreSQL.
#include "StageRowLogs.h"
#include "export/CaseExporter.h"
#include "reporting/ReportEngine.h"
#include "storage/CaseRepository.h"

#include <QStandardPaths>
#include <QTest>

using namespace redress;
using namespace redress::import;
using namespace redress::test;
using namespace Qt::StringLiterals;

namespace {

const QStringList logHeadings{
    u"Ref"_s,           u"Date received"_s,     u"Service area"_s,    u"Team"_s,
    u"Response date"_s, u"Outcome"_s,           u"Times re-opened"_s, u"Previous complainant"_s,
    u"Advocate"_s,      u"Advocacy provider"_s, u"Child status"_s,    u"Status"_s,
    u"Date closed"_s};

// 2020/21: R1 and R2 concluded at stage 1 (R2's team is the assessment team, serving
// safeguarding here); 2021/22, still open at the end of the log: R3 open, R4 suspended.
const QList<QStringList> logRows{
    {u"R1"_s, u"01/05/2020"_s, u"Front door and assessment"_s, u"Assessment team"_s,
     u"20/05/2020"_s, u"Upheld"_s, u"2"_s, u"Yes"_s, u"Y"_s, u"NYAS"_s, u"Child in need"_s,
     u"Closed"_s, u"20/05/2020"_s},
    {u"R2"_s, u"10/06/2020"_s, u"Safeguarding and family support"_s, u"Assessment team"_s,
     u"25/06/2020"_s, u"Not upheld"_s, u"1"_s, u"No"_s, u"N"_s, QString(), u"Child protection"_s,
     u"Closed"_s, u"25/06/2020"_s},
    {u"R3"_s, u"01/06/2021"_s, u"Safeguarding and family support"_s, u"Family support (north)"_s,
     QString(), QString(), QString(), u"No"_s, u"N"_s, QString(), QString(), u"Open"_s, QString()},
    {u"R4"_s, u"21/06/2021"_s, u"Front door and assessment"_s, u"Multi-agency safeguarding hub"_s,
     QString(), QString(), u"0"_s, u"No"_s, u"Y"_s, u"Coram Voice"_s, QString(), u"Suspended"_s,
     QString()},
};

QString text(Database& db, const QString& statement)
{
    return sql::scalar(db.sql(), statement).value().toString();
}

QString caseValue(Database& db, const char* reference, const char* expression)
{
    return text(db, u"SELECT "_s + QLatin1String(expression) +
                        u" FROM cases c LEFT JOIN org_unit t ON t.id = c.team_id "
                        "LEFT JOIN org_unit sa ON sa.id = c.service_area_id "
                        "LEFT JOIN case_child k ON k.case_id = c.id "
                        "WHERE c.source_reference = '"_s +
                        QLatin1String(reference) + u"'"_s);
}

// The guessed mapping, as an administrator confirms it.
ImportMapping guessed(Database& db, const QString& path)
{
    Importer importer(db, u"admin"_s);
    ImportOptions options;
    options.dryRun = true;
    auto run = importer.run(path, options);
    if (!run)
        qFatal("%s", qPrintable(run.error()));
    return run->mapping;
}

qint64 figure(const Report& report, const char* table, const QString& row, const char* column)
{
    const ReportTable* found = report.table(QString::fromLatin1(table));
    return found ? found->cell(row, QString::fromLatin1(column)).toLongLong() : -1;
}

} // namespace

class TestLogFields : public QObject
{
    Q_OBJECT

    std::unique_ptr<FixedToday> m_today;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { m_today = std::make_unique<FixedToday>(today); }
    void cleanup() { m_today.reset(); }

    void guessesTheFieldsFromTheirHeadings_data() { addBackendRows(); }
    void guessesTheFieldsFromTheirHeadings()
    {
        REDRESS_TEST_DATABASE(db);
        QTemporaryDir dir;
        const ImportMapping mapping = guessed(*db, writeLog(dir, u"csv"_s, logRows, logHeadings));
        const std::pair<const char*, const char*> expected[]{
            {"service_area", "Service area"},
            {"team", "Team"},
            {"times_reopened", "Times re-opened"},
            {"previous_complaint", "Previous complainant"},
            {"advocacy_offered", "Advocate"}, // a Y/N column, so not the advocate's name
            {"advocate_provided_by", "Advocacy provider"},
            {"child_status", "Child status"},
            {"state", "Status"},
        };
        for (const auto& [field, heading] : expected)
            QCOMPARE(mapping.columns.value(QString::fromLatin1(field)),
                     QString::fromLatin1(heading));
    }

    // A log headed "Service area" that holds teams (as many do) fills the team.
    void aColumnOfTeamsHeadedServiceAreaIsTheTeam_data() { addBackendRows(); }
    void aColumnOfTeamsHeadedServiceAreaIsTheTeam()
    {
        REDRESS_TEST_DATABASE(db);
        QTemporaryDir dir;
        const ImportMapping mapping =
            guessed(*db, writeLog(dir, u"csv"_s,
                                  {{u"X1"_s, u"01/05/2020"_s, u"Assessment team"_s},
                                   {u"X2"_s, u"02/05/2020"_s, u"Fostering"_s}},
                                  {u"Ref"_s, u"Date received"_s, u"Service area"_s}));
        QCOMPARE(mapping.columns.value(u"team"_s), u"Service area"_s);
        QVERIFY(!mapping.columns.contains(u"service_area"_s));
    }

    void importsExportsAndCounts_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<QString>("format");
        for (const char* format : {"csv", "xlsx"})
            QTest::addRow("sqlite, %s", format) << Backend::Sqlite << QString::fromLatin1(format);
        QTest::addRow("postgres, xlsx") << Backend::Postgres << u"xlsx"_s;
    }
    void importsExportsAndCounts()
    {
        QFETCH(QString, format);
        REDRESS_TEST_DATABASE(db);
        QTemporaryDir dir;
        const QString path = writeLog(dir, format, logRows, logHeadings);
        auto result = importWith(*db, path, guessed(*db, path));
        QVERIFY2(result, qPrintable(result.error()));
        QVERIFY2(result->problems.isEmpty(), qPrintable(problemsText(*result)));
        QCOMPARE(result->imported, 4);
        checkImported(*db);

        // Exported, and imported again into another database, every field comes back.
        const QString exported = dir.filePath(u"export."_s + format);
        auto written = exporting::CaseExporter(*db).write(
            exported,
            format == u"csv" ? exporting::ExportFormat::Csv : exporting::ExportFormat::Xlsx, {},
            {});
        QVERIFY2(written, qPrintable(written.error()));
        QCOMPARE(written.value(), 4);
        auto again = TestDatabase::create(backend);
        QVERIFY(again);
        auto other = again->open();
        QVERIFY(other);
        auto reimported = importWith(*other, exported, ImportMapping::redressExport());
        QVERIFY2(reimported, qPrintable(reimported.error()));
        QVERIFY2(reimported->problems.isEmpty(), qPrintable(problemsText(*reimported)));
        checkImported(*other);

        // The reports count each case under its own service area, the team beneath it.
        ReportEngine engine(*db);
        auto annual = engine.annual(2020);
        QVERIFY2(annual, qPrintable(annual.error()));
        QCOMPARE(figure(*annual, "by_service_area", u"front_door"_s, "count"), 1);
        QCOMPARE(figure(*annual, "by_service_area", u"assessment_team"_s, "count"), 1);
        QCOMPARE(figure(*annual, "by_service_area", u"safeguarding"_s, "count"), 1);
        QCOMPARE(figure(*annual, "by_service_area", u"assessment_team@safeguarding"_s, "count"), 1);
        QCOMPARE(tableOf(*annual, "by_service_area").row(u"assessment_team@safeguarding")->level,
                 1);
        QCOMPARE(figure(*annual, "by_service_area", u"total"_s, "count"), 2);
        // re-opened: R1 twice, R2 once; both concluded in the year
        QCOMPARE(figure(*annual, "reopened_and_repeat", u"reopened"_s, "count"), 2);
        QCOMPARE(figure(*annual, "reopened_and_repeat", u"reopened"_s, "of"), 2);
        QCOMPARE(figure(*annual, "reopened_and_repeat", u"reopened_more_than_once"_s, "count"), 1);
        QCOMPARE(
            figure(*annual, "reopened_and_repeat", u"reopened_more_than_once"_s, "of_reopened"), 2);
        // previous complainants: R1 from its flag, none matched on a person
        QCOMPARE(figure(*annual, "reopened_and_repeat", u"repeat_complainant"_s, "count"), 1);
        QCOMPARE(figure(*annual, "reopened_and_repeat", u"repeat_recorded"_s, "count"), 1);
        QCOMPARE(figure(*annual, "reopened_and_repeat", u"repeat_matched"_s, "count"), 0);
        // the advocate of R1's child, by status and by provider
        QCOMPARE(figure(*annual, "advocacy", u"status:child_in_need"_s, "provided"), 1);
        QCOMPARE(figure(*annual, "advocacy", u"provider:NYAS"_s, "provided"), 1);
        QCOMPARE(figure(*annual, "by_child_status", u"child_protection"_s, "complaints"), 1);
    }

    // A compliments log's theme column: guessed from its heading; a theme the list lacks is
    // refused (nothing imported) unless it may be added; counted by the report; exported and
    // imported again.
    void importsAComplimentThemeColumn_data() { addBackendRows(); }
    void importsAComplimentThemeColumn()
    {
        REDRESS_TEST_DATABASE(db);
        QTemporaryDir dir;
        const QString path = writeLog(
            dir, u"csv"_s,
            {{u"M1"_s, u"01/05/2020"_s, u"Compliment"_s, u"Communication"_s, u"Thank you"_s},
             {u"M2"_s, u"02/06/2020"_s, u"Compliment"_s, u"Kept us informed"_s, u"Great"_s},
             {u"M3"_s, u"03/07/2020"_s, u"Compliment"_s, QString(), u"Lovely"_s}},
            {u"Ref"_s, u"Date received"_s, u"Type"_s, u"Compliment theme"_s, u"Details"_s});
        const ImportMapping mapping = guessed(*db, path);
        QCOMPARE(mapping.columns.value(u"compliment_theme"_s), u"Compliment theme"_s);

        auto refused = importWith(*db, path, mapping);
        QVERIFY2(refused, qPrintable(refused.error()));
        QCOMPARE(refused->imported, 0);
        QVERIFY2(problemsText(*refused).contains(u"Kept us informed"_s),
                 qPrintable(problemsText(*refused)));
        QCOMPARE(text(*db, u"SELECT COUNT(*) FROM cases"_s), u"0"_s);

        ImportOptions options;
        options.mapping = mapping;
        options.addMissing = true;
        auto result = Importer(*db, u"admin"_s).run(path, options);
        QVERIFY2(result, qPrintable(result.error()));
        QVERIFY2(result->problems.isEmpty(), qPrintable(problemsText(*result)));
        QCOMPARE(result->imported, 3);
        QCOMPARE(caseValue(*db, "M1", "c.compliment_theme"), u"communication"_s);
        QCOMPARE(caseValue(*db, "M3", "c.compliment_theme"), QString());
        const QString added = caseValue(*db, "M2", "c.compliment_theme");
        QCOMPARE(text(*db, u"SELECT label FROM taxonomy_term WHERE taxonomy = "
                           "'compliment_theme' AND code = '"_s +
                               added + u"'"_s),
                 u"Kept us informed"_s);

        auto annual = ReportEngine(*db).annual(2020);
        QVERIFY2(annual, qPrintable(annual.error()));
        QCOMPARE(figure(*annual, "compliments_by_theme", u"communication"_s, "count"), 1);
        QCOMPARE(figure(*annual, "compliments_by_theme", added, "count"), 1);
        QCOMPARE(figure(*annual, "compliments_by_theme", u"not_recorded"_s, "count"), 1);
        QCOMPARE(figure(*annual, "compliments_by_theme", u"total"_s, "count"), 3);

        const QString exported = dir.filePath(u"export.csv"_s);
        auto written =
            exporting::CaseExporter(*db).write(exported, exporting::ExportFormat::Csv, {}, {});
        QVERIFY2(written, qPrintable(written.error()));
        auto again = TestDatabase::create(backend);
        QVERIFY(again);
        auto other = again->open();
        QVERIFY(other);
        ImportOptions back;
        back.mapping = ImportMapping::redressExport();
        back.addMissing = true;
        auto reimported = Importer(*other, u"admin"_s).run(exported, back);
        QVERIFY2(reimported, qPrintable(reimported.error()));
        QVERIFY2(reimported->problems.isEmpty(), qPrintable(problemsText(*reimported)));
        QCOMPARE(caseValue(*other, "M1", "c.compliment_theme"), u"communication"_s);
        QCOMPARE(caseValue(*other, "M3", "c.compliment_theme"), QString());
    }

    // Existing cases take their team's service area when the schema gains it, and a case saved
    // with a team and no service area takes the team's.
    void aCaseWithoutAServiceAreaTakesItsTeams_data() { addBackendRows(); }
    void aCaseWithoutAServiceAreaTakesItsTeams()
    {
        REDRESS_TEST_DATABASE(db);
        QTemporaryDir dir;
        const QString path = writeLog(dir, u"csv"_s, logRows.mid(0, 1),
                                      logHeadings.mid(0, 2) + QStringList{u"Team"_s});
        ImportMapping mapping = guessed(*db, path);
        auto result = importWith(*db, path, mapping);
        QVERIFY2(result && result->problems.isEmpty(),
                 qPrintable(result ? problemsText(*result) : result.error()));
        QCOMPARE(caseValue(*db, "R1", "sa.code"), u"front_door"_s);
    }

private:
    static const ReportTable& tableOf(const Report& report, const char* id)
    {
        const ReportTable* table = report.table(QString::fromLatin1(id));
        if (!table)
            qFatal("no table %s", id);
        return *table;
    }

    void checkImported(Database& db)
    {
        QCOMPARE(caseValue(db, "R1", "sa.code"), u"front_door"_s);
        QCOMPARE(caseValue(db, "R2", "sa.code"), u"safeguarding"_s);
        QCOMPARE(caseValue(db, "R2", "t.code"), u"assessment_team"_s);
        QCOMPARE(caseValue(db, "R1", "c.reopened_undated"), u"2"_s);
        QCOMPARE(caseValue(db, "R2", "c.reopened_undated"), u"1"_s);
        QCOMPARE(caseValue(db, "R1", "c.previous_complaint"), u"1"_s);
        QCOMPARE(caseValue(db, "R2", "c.previous_complaint"), u"0"_s);
        QCOMPARE(caseValue(db, "R1", "c.advocacy_offered"), u"1"_s);
        QCOMPARE(caseValue(db, "R1", "c.advocate_provided_by"), u"NYAS"_s);
        QCOMPARE(caseValue(db, "R1", "k.advocate_provider"), u"NYAS"_s);
        QCOMPARE(caseValue(db, "R1", "k.status"), u"child_in_need"_s);
        QCOMPARE(caseValue(db, "R2", "k.status"), u"child_protection"_s);
        QCOMPARE(caseValue(db, "R1", "c.state"), u"closed"_s);
        QCOMPARE(caseValue(db, "R3", "c.state"), u"open"_s);
        QVERIFY(!caseValue(db, "R3", "c.due_on").isEmpty());
        // R4 comes in suspended, its clock stopped from the day it came in, with its deadline
        QCOMPARE(caseValue(db, "R4", "c.state"), u"suspended"_s);
        QVERIFY(!caseValue(db, "R4", "c.due_on").isEmpty());
        QCOMPARE(text(db, u"SELECT COUNT(*) FROM suspension u JOIN stage s ON s.id = u.stage_id "
                          "JOIN cases c ON c.id = s.case_id WHERE c.source_reference = 'R4' "
                          "AND u.until_date IS NULL AND u.from_date = '2021-06-30'"_s),
                 u"1"_s);
        QCOMPARE(caseValue(db, "R4", "k.advocate_provider"), u"Coram Voice"_s);
    }
};

QTEST_GUILESS_MAIN(TestLogFields)
#include "TestLogFields.moc"

#include "CliRun.h"
#include "LegacyLogFixtures.h"

#include <QStandardPaths>
#include <QTest>

using namespace redress;
using namespace redress::import;
using namespace redress::test;

namespace {

// `count` rows, each the legacy log's first row with its reference numbered and the given
// cells in place of the type (C), team (D), category (E), date received (B) and stage 1
// response (I).
QStringList rowsLike(int count, const QString& received, const QString& kind, const QString& team,
                     const QString& category, const QString& response)
{
    QStringList rows;
    for (int i = 1; i <= count; ++i)
        rows << QStringLiteral("P%1,%2,%3,%4,%5,Email,,N,%6,,,,,Alex Example")
                    .arg(i)
                    .arg(received, kind, team, category, response);
    return rows;
}

const ImportProblemGroup* groupFor(const ImportResult& result, const QString& text)
{
    for (const ImportProblemGroup& group : result.problemGroups)
        if (group.toText().contains(text))
            return &group;
    return nullptr;
}

QString groupsText(const ImportResult& result)
{
    QStringList lines;
    for (const ImportProblemGroup& group : result.problemGroups)
        lines << group.toText();
    return lines.join(u'\n');
}

} // namespace

class TestImportProblems : public QObject
{
    Q_OBJECT

    std::unique_ptr<FixedToday> m_today;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { m_today = std::make_unique<FixedToday>(today); }
    void cleanup() { m_today.reset(); }

    // Every column of every row is checked in one pass, and the same problem in many rows is
    // one group with its count and first rows.
    void groupsEveryProblemOfEveryRow_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("received");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("team");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("response");
        QTest::addColumn<QStringList>("groups"); // each expected group's text, in full
        QTest::addColumn<qint64>("problems");

        QTest::newRow("unknown team and category in 304 rows")
            << 304 << QStringLiteral("10/03/2021") << QStringLiteral("Complaint")
            << QStringLiteral("CASS") << QStringLiteral("Bogus") << QStringLiteral("")
            << QStringList{QStringLiteral("Service Area: \"CASS\" is not a known team — 304 rows "
                                          "(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, …): map it"),
                           QStringLiteral("Category: \"Bogus\" is not a known value — 304 rows "
                                          "(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, …): map it")}
            << qint64(608);
        QTest::newRow("an unknown kind does not hide the team")
            << 3 << QStringLiteral("10/03/2021") << QStringLiteral("Widget")
            << QStringLiteral("CASS") << QStringLiteral("Communication") << QStringLiteral("")
            << QStringList{QStringLiteral("Type: \"Widget\" is not a known value — 3 rows "
                                          "(2, 3, 4): map it"),
                           QStringLiteral("Service Area: \"CASS\" is not a known team — 3 rows "
                                          "(2, 3, 4): map it")}
            << qint64(6);
        QTest::newRow("a bad date received does not hide the stage cells")
            << 2 << QStringLiteral("31/02/2021") << QStringLiteral("Complaint")
            << QStringLiteral("Fostering") << QStringLiteral("Communication")
            << QStringLiteral("soon")
            << QStringList{QStringLiteral(
                               "Date Received: \"31/02/2021\" is not a real date: there is no "
                               "day 31 in month 2 of 2021 — 2 rows (2, 3)"),
                           QStringLiteral("Stage 1 Response: \"soon\" is not a date (expected a "
                                          "date such as 31/01/2021, 31-Jan-21, 31 January 2021 "
                                          "or 2021-01-31) — 2 rows (2, 3)")}
            << qint64(4);
        // The response cell carries the stage 1 outcome, no escalation date, and a stage 2
        // response and outcome: stage 2 cannot be built, but its outcome is still checked.
        QTest::newRow("a stage 2 without its request still has its cells checked")
            << 2 << QStringLiteral("10/03/2021") << QStringLiteral("Complaint")
            << QStringLiteral("Fostering") << QStringLiteral("Communication")
            << QStringLiteral("15/03/2021,Upheld,,20/04/2021,Meh")
            << QStringList{QStringLiteral("stage 2 has details but no date it was requested — "
                                          "2 rows (2, 3)"),
                           QStringLiteral("Stage 2 outcome: \"Meh\" is not a known value — 2 rows "
                                          "(2, 3): map it")}
            << qint64(4);
        QTest::newRow("one row") << 1 << QStringLiteral("10/03/2021") << QStringLiteral("Complaint")
                                 << QStringLiteral("Fostering")
                                 << QStringLiteral("Communication; Bogus") << QStringLiteral("")
                                 << QStringList{QStringLiteral(
                                        "Category: \"Bogus\" is not a known value — row 2: map it")}
                                 << qint64(1);
    }

    void groupsEveryProblemOfEveryRow()
    {
        QFETCH(int, rows);
        QFETCH(QString, received);
        QFETCH(QString, kind);
        QFETCH(QString, team);
        QFETCH(QString, category);
        QFETCH(QString, response);
        QFETCH(QStringList, groups);
        QFETCH(qint64, problems);

        REDRESS_SQLITE_DATABASE(db);
        QTemporaryDir dir;
        const ImportMapping mapping =
            confirmedMapping(*db, legacyLog(dir, {legacyRows.first()}, QStringLiteral("ok.csv")));
        const QString path =
            legacyLog(dir, rowsLike(rows, received, kind, team, category, response));
        auto result = importWith(*db, path, mapping);
        QVERIFY2(result, qPrintable(result.error()));
        QVERIFY(!result->written);
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM cases"), 0);
        QVERIFY2(result->problemCount == problems, qPrintable(groupsText(result.value())));
        QVERIFY2(result->problemGroups.size() == groups.size(),
                 qPrintable(groupsText(result.value())));
        for (const QString& expected : groups) {
            const ImportProblemGroup* group = groupFor(result.value(), expected);
            QVERIFY2(group, qPrintable(expected + u'\n' + groupsText(result.value())));
            QVERIFY(group->rows.size() <= ProblemCap::groupRows);
        }
        // The listed problems, one per cell, stay within their cap.
        QVERIFY(result->problems.size() <= ProblemCap::total + 1);
    }

    // A log with more kinds of problem than can be kept groups the first ProblemCap::total and
    // counts the rest in one last line: memory stays bounded however bad the file.
    void groupsStayBounded()
    {
        REDRESS_SQLITE_DATABASE(db);
        QTemporaryDir dir;
        const ImportMapping mapping =
            confirmedMapping(*db, legacyLog(dir, {legacyRows.first()}, QStringLiteral("ok.csv")));
        QStringList rows;
        const int teams = ProblemCap::total + 50;
        for (int i = 1; i <= teams; ++i)
            rows << QStringLiteral("P%1,10/03/2021,Complaint,Team %1,Communication,Email,,N,,,,,,A")
                        .arg(i);
        auto result = importWith(*db, legacyLog(dir, rows), mapping);
        QVERIFY2(result, qPrintable(result.error()));
        QCOMPARE(result->problemCount, qint64(teams));
        QCOMPARE(result->problemGroups.size(), qsizetype(ProblemCap::total + 1));
        const ImportProblemGroup& rest = result->problemGroups.constLast();
        QCOMPARE(rest.count, qint64(50));
        QVERIFY2(rest.toText().contains(QStringLiteral("50 more problems")),
                 qPrintable(rest.toText()));
    }

    // The command line prints each group once with a summary, or every problem on request.
    void commandLineGroups_data() { addBackendRows(); }
    void commandLineGroups()
    {
        REDRESS_TEST_DATABASE(db);
        QTemporaryDir dir;
        const QStringList dbArgs = databaseArguments(dbHolder->location());
        const QString mappingPath = dir.filePath(QStringLiteral("mapping.json"));
        QVERIFY(
            confirmedMapping(*db, legacyLog(dir, {legacyRows.first()}, QStringLiteral("ok.csv")))
                .save(mappingPath));
        const QString bad =
            legacyLog(dir,
                      rowsLike(12, QStringLiteral("10/03/2021"), QStringLiteral("Complaint"),
                               QStringLiteral("CASS"), QStringLiteral("Bogus"), QString()),
                      QStringLiteral("bad.csv"));
        const QStringList import{QStringLiteral("import"), bad, QStringLiteral("--mapping"),
                                 mappingPath};

        const CliRun grouped = runCli(dbArgs + import);
        QCOMPARE(grouped.code, 1);
        QVERIFY2(grouped.err.contains(
                     QStringLiteral("bad.csv:2:D: Service Area: \"CASS\" is not a known team — "
                                    "12 rows (2, 3, 4, 5, 6, 7, 8, 9, 10, 11, …): map it")),
                 qPrintable(grouped.err));
        QVERIFY2(grouped.err.contains(QStringLiteral("bad.csv:2:E: Category: \"Bogus\"")),
                 qPrintable(grouped.err));
        QCOMPARE(grouped.err.count(u'\n'), 2);
        QVERIFY2(
            grouped.out.contains(QStringLiteral("bad.csv: 12 rows read, 24 problems of 2 kind")),
            qPrintable(grouped.out));

        const CliRun every =
            runCli(dbArgs + import + QStringList{QStringLiteral("--all-problems")});
        QCOMPARE(every.code, 1);
        QCOMPARE(every.err.count(u'\n'), 24);
        QVERIFY2(every.err.contains(QStringLiteral("bad.csv:13:D: Service Area: \"CASS\" is not "
                                                   "a known team: map it")),
                 qPrintable(every.err));
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM cases"), 0);
    }

    // --add-missing adds the log's unknown team and list value in the import's transaction,
    // audited as the administrator importing; a refused import or an officer adds nothing.
    void addsMissingValues_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<QString>("role"); // of the account running the import
        QTest::addColumn<bool>("badRow");  // a row with a problem --add-missing cannot fix
        QTest::addColumn<bool>("dryRun");
        QTest::addColumn<int>("code");
        QTest::addColumn<QStringList>("said");
        const std::pair<Backend, const char*> backends[]{{Backend::Sqlite, "sqlite"},
                                                         {Backend::Postgres, "postgres"}};
        for (const auto& [backend, name] : backends) {
            QTest::addRow("%s: an administrator adds them", name)
                << backend << QStringLiteral("admin") << false << false << 0
                << QStringList{QStringLiteral("Added Service area: Not known"),
                               QStringLiteral("Added Team: CASS"),
                               QStringLiteral("Added Categories: Bogus"),
                               QStringLiteral("3 cases imported")};
            QTest::addRow("%s: a dry run says what it would add", name)
                << backend << QStringLiteral("admin") << false << true << 0
                << QStringList{QStringLiteral("Would add Team: CASS"),
                               QStringLiteral("Would add Categories: Bogus")};
            QTest::addRow("%s: a refused import adds nothing", name)
                << backend << QStringLiteral("admin") << true << false << 1
                << QStringList{QStringLiteral("nothing was imported"),
                               QStringLiteral("\"31/02/2021\" is not a real date")};
        }
        QTest::addRow("an officer is refused")
            << Backend::Sqlite << QStringLiteral("officer") << false << false << 1
            << QStringList{QStringLiteral("Only an administrator can change lists, teams")};
    }

    void addsMissingValues()
    {
        QFETCH(QString, role);
        QFETCH(bool, badRow);
        QFETCH(bool, dryRun);
        QFETCH(int, code);
        QFETCH(QStringList, said);
        REDRESS_TEST_DATABASE(db);
        // On a database file the account running the import is the actor, and its row in the
        // users list its role (an administrator when it has none).
        if (role != u"admin")
            QVERIFY(sql::exec(db->sql(),
                              QStringLiteral("INSERT INTO app_user (username, display_name, role) "
                                             "VALUES (?, 'This computer', ?)"),
                              {Session::operatingSystemAccount(), role}));
        QTemporaryDir dir;
        const QString mappingPath = dir.filePath(QStringLiteral("mapping.json"));
        QVERIFY(
            confirmedMapping(*db, legacyLog(dir, {legacyRows.first()}, QStringLiteral("ok.csv")))
                .save(mappingPath));
        QStringList rows = rowsLike(3, QStringLiteral("10/03/2021"), QStringLiteral("Complaint"),
                                    QStringLiteral("CASS"), QStringLiteral("Bogus"), QString());
        if (badRow)
            rows << rowsLike(1, QStringLiteral("31/02/2021"), QStringLiteral("Complaint"),
                             QStringLiteral("CASS"), QStringLiteral("Bogus"), QString())
                        .constFirst()
                        .mid(2)
                        .prepend(QStringLiteral("P9"));
        const qint64 audits = count(*db, "SELECT COUNT(*) FROM audit_entry");
        QStringList arguments =
            databaseArguments(dbHolder->location()) +
            QStringList{QStringLiteral("import"), legacyLog(dir, rows), QStringLiteral("--mapping"),
                        mappingPath, QStringLiteral("--add-missing")};
        if (dryRun)
            arguments << QStringLiteral("--dry-run");
        const CliRun run = runCli(arguments);
        QVERIFY2(run.code == code, qPrintable(run.out + run.err));
        for (const QString& words : said)
            QVERIFY2(QString(run.out + run.err).contains(words),
                     qPrintable(words + u'\n' + run.out + run.err));

        const bool added = code == 0 && !dryRun;
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM org_unit WHERE name = 'CASS' AND level = 'team'"),
                 added ? 1 : 0);
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM taxonomy_term WHERE label = 'Bogus'"),
                 added ? 1 : 0);
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM cases c JOIN org_unit u ON u.id = c.team_id "
                            "WHERE u.name = 'CASS'"),
                 added ? 3 : 0);
        if (!added) {
            QCOMPARE(count(*db, "SELECT COUNT(*) FROM audit_entry"), audits);
            return;
        }
        // The team sits under the "Not known" service area, and each addition is audited.
        QCOMPARE(count(*db,
                       "SELECT COUNT(*) FROM org_unit t JOIN org_unit s ON s.id = t.parent_id "
                       "WHERE t.name = 'CASS' AND s.name = 'Not known' AND s.level = 'service'"),
                 1);
        const QString audited =
            QStringLiteral("SELECT COUNT(*) FROM audit_entry WHERE actor = '%1' AND action IN "
                           "('admin_term', 'admin_org_unit')")
                .arg(recordedActor(*db, Session::operatingSystemAccount()));
        QCOMPARE(count(*db, audited.toLatin1().constData()), 3);
    }
};

QTEST_GUILESS_MAIN(TestImportProblems)
#include "TestImportProblems.moc"

#include "CliRun.h"
#include "LegacyLogFixtures.h"
#include "StageRowLogs.h"
#include "reporting/ReportEngine.h"

#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>
#include <algorithm>

using namespace redress;
using namespace redress::import;
using namespace redress::test;
using namespace Qt::StringLiterals;

namespace {

// How a later row names its earlier one.
enum class Linking
{
    Suffix,    // its own reference is the complaint's with "/S2" (or "/LGSCO") after it
    Column,    // its own reference, and a column with the earlier row's
    Reference, // the complaint's reference itself, with another stage
};

// A log of one row per stage, 2020/21: C1 goes to stage 2 and to the Ombudsman; C2 ends at
// stage 1; C3's stage 1 was in last year's log; C4's team is one the mapping leaves empty.
QList<QStringList> stageLog(Linking linking)
{
    auto later = [&](const char* complaint, const char* own, const char* suffix) {
        switch (linking) {
        case Linking::Suffix:
            return QStringList{QString::fromLatin1(complaint) + QLatin1String(suffix), QString()};
        case Linking::Column:
            return QStringList{QString::fromLatin1(own), QString::fromLatin1(complaint)};
        case Linking::Reference:
            break;
        }
        return QStringList{QString::fromLatin1(complaint), QString()};
    };
    QList<QStringList> rows{
        QStringList{QStringLiteral("C1"), QString(), QStringLiteral("Stage 1"),
                    QStringLiteral("Complaint"), QStringLiteral("01/05/2020"),
                    QStringLiteral("Assessment team"), QStringLiteral("20/05/2020"),
                    QStringLiteral("Upheld")},
        later("C1", "C9", "/S2") +
            QStringList{QStringLiteral("Stage two"), QStringLiteral("Complaint"),
                        QStringLiteral("01/06/2020"), QString(), QStringLiteral("20/08/2020"),
                        QStringLiteral("Not upheld")},
        QStringList{QStringLiteral("C2"), QString(), QStringLiteral("S1"),
                    QStringLiteral("Complaint"), QStringLiteral("10/06/2020"),
                    QStringLiteral("Assessment team"), QStringLiteral("25/06/2020"),
                    QStringLiteral("Partly upheld")},
        later("C3", "C8", "/S2") +
            QStringList{QStringLiteral("2"), QStringLiteral("Complaint"),
                        QStringLiteral("15/07/2020"), QStringLiteral("Assessment team"),
                        QStringLiteral("30/09/2020"), QStringLiteral("Upheld")},
        later("C1", "L1", "/LGSCO") +
            QStringList{QStringLiteral("Ombudsman"), QStringLiteral("LGSCO"),
                        QStringLiteral("01/10/2020"), QString(), QStringLiteral("15/12/2020"),
                        QStringLiteral("Premature")},
        QStringList{QStringLiteral("C4"), QString(), QStringLiteral("Stage 1"),
                    QStringLiteral("Complaint"), QStringLiteral("01/11/2020"),
                    QStringLiteral("Unknown team"), QStringLiteral("10/11/2020"),
                    QStringLiteral("Upheld")},
    };
    if (linking == Linking::Reference) {
        // The Ombudsman's row has a reference of its own and names its complaint.
        rows[4][0] = QStringLiteral("L1");
        rows[4][1] = QStringLiteral("C1");
    }
    return rows;
}

} // namespace

class TestStageRows : public QObject
{
    Q_OBJECT

    std::unique_ptr<FixedToday> m_today;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { m_today = std::make_unique<FixedToday>(today); }
    void cleanup() { m_today.reset(); }

    // The rows of one complaint fold into one case with its stages, however they are linked
    // and in whatever order; the reports count each stage when it was received.
    void foldsRowsIntoCases_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<int>("linking");
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("reversed");
        const std::pair<Linking, const char*> linkings[]{{Linking::Suffix, "suffix"},
                                                         {Linking::Column, "column"},
                                                         {Linking::Reference, "reference"}};
        for (const auto& [linking, name] : linkings)
            for (const char* format : {"csv", "xlsx"})
                for (bool reversed : {false, true})
                    QTest::addRow("sqlite: %s, %s%s", name, format,
                                  reversed ? ", rows reversed" : "")
                        << Backend::Sqlite << int(linking) << QString::fromLatin1(format)
                        << reversed;
        QTest::addRow("postgres: suffix, xlsx, rows reversed")
            << Backend::Postgres << int(Linking::Suffix) << QStringLiteral("xlsx") << true;
    }

    void foldsRowsIntoCases()
    {
        QFETCH(int, linking);
        QFETCH(QString, format);
        QFETCH(bool, reversed);
        REDRESS_TEST_DATABASE(db);
        QTemporaryDir dir;
        QList<QStringList> rows = stageLog(Linking(linking));
        if (reversed)
            std::reverse(rows.begin(), rows.end());
        auto result = importWith(*db, writeLog(dir, format, rows), stageMapping());
        QVERIFY2(result, qPrintable(result.error()));
        QVERIFY2(result->problems.isEmpty(), qPrintable(problemsText(*result)));
        QCOMPARE(result->rows, 6);
        QCOMPARE(result->imported, 5);

        QCOMPARE(count(*db, "SELECT COUNT(*) FROM cases WHERE kind = 'complaint'"), 4);
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM cases WHERE kind = 'lgsco_enquiry'"), 1);
        // C1: stage 1 and 2 from two rows, the stage 2 outcome from its own row.
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM stage s JOIN cases c ON c.id = s.case_id "
                            "WHERE c.source_reference = 'C1' AND ((s.number = 1 AND s.outcome = "
                            "'upheld' AND s.responded_on = '2020-05-20') OR (s.number = 2 AND "
                            "s.outcome = 'not_upheld' AND s.requested_on = '2020-06-01' AND "
                            "s.responded_on = '2020-08-20'))"),
                 2);
        // C3: stage 2 of the log, its stage 1 before it, with nothing counted of it.
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM stage WHERE before_log = 1 AND number = 1"), 1);
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM stage s JOIN stage t ON t.case_id = s.case_id "
                            "AND t.number = 2 WHERE s.before_log = 1 AND t.outcome = 'upheld' "
                            "AND t.requested_on = '2020-07-15'"),
                 1);
        // The Ombudsman's row: an enquiry with its decision, linked to C1.
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM cases e JOIN ombudsman_decision d ON d.case_id "
                            "= e.id JOIN case_link l ON l.from_case_id = e.id AND l.kind = "
                            "'lgsco_enquiry_of' JOIN cases c ON c.id = l.to_case_id WHERE "
                            "d.decision = 'premature' AND c.source_reference = 'C1'"),
                 1);
        // Outcome on the LGSCO row went to the decision only.
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM stage s JOIN cases c ON c.id = s.case_id WHERE "
                            "c.kind = 'lgsco_enquiry' AND s.outcome <> ''"),
                 0);
        // C4's team was left empty on purpose, and the summary says so.
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM cases WHERE source_reference = 'C4' AND "
                            "team_id IS NULL"),
                 1);
        QCOMPARE(result->leftEmpty.size(), 1);
        QVERIFY2(result->leftEmpty.first().startsWith(QStringLiteral(
                     "Left empty, as the mapping says: Team: \"Unknown team\" (1 cell")),
                 qPrintable(result->leftEmpty.join(u'\n')));

        ReportEngine engine(*db);
        auto annual = engine.annual(2020);
        QVERIFY2(annual, qPrintable(annual.error()));
        QCOMPARE(caseload(*annual, "statutory_stage1", "received"), 3);
        QCOMPARE(caseload(*annual, "statutory_stage2", "received"), 2);
        QCOMPARE(caseload(*annual, "statutory_stage1", "concluded"), 3);
        QCOMPARE(caseload(*annual, "statutory_stage2", "concluded"), 2);
        QCOMPARE(caseload(*annual, "statutory_stage1", "carried_forward"), 0);
        QCOMPARE(caseload(*annual, "lgsco_enquiry", "received"), 1);
    }

    // What cannot be placed is a problem at its row and column, and nothing is written.
    void refusesWhatCannotBePlaced_data()
    {
        QTest::addColumn<QList<QStringList>>("rows");
        QTest::addColumn<QString>("problem");
        const QStringList first{QStringLiteral("C1"),         QString(),
                                QStringLiteral("Stage 1"),    QStringLiteral("Complaint"),
                                QStringLiteral("01/05/2020"), QStringLiteral("Assessment team"),
                                QStringLiteral("20/05/2020"), QStringLiteral("Upheld")};
        QStringList unknownStage = first;
        unknownStage[2] = QStringLiteral("Informal");
        QTest::addRow("a stage Redress does not know")
            << QList<QStringList>{unknownStage}
            << QStringLiteral("stages.csv:2:C: Stage: \"Informal\" is not a stage Redress knows");
        QStringList twice = first;
        twice[0] = QStringLiteral("C1/S2");
        twice[2] = QStringLiteral("Stage 2");
        twice[4] = QStringLiteral("01/06/2020");
        QTest::addRow("two rows of one stage")
            << QList<QStringList>{first, twice, twice}
            << QStringLiteral("stages.csv:4:: row 3 is stage 2 of the same complaint (C1)");
        QStringList noOutcome = first;
        noOutcome[0] = QStringLiteral("C1/S2");
        noOutcome[2] = QStringLiteral("Stage 2");
        noOutcome[4] = QStringLiteral("01/06/2020");
        noOutcome[7] = QStringLiteral("Rubbish");
        QTest::addRow("a later row's cell, at its own row")
            << QList<QStringList>{first, noOutcome}
            << QStringLiteral("stages.csv:3:H: Outcome: \"Rubbish\" is not a known value");
    }

    void refusesWhatCannotBePlaced()
    {
        QFETCH(QList<QStringList>, rows);
        QFETCH(QString, problem);
        REDRESS_SQLITE_DATABASE(db);
        QTemporaryDir dir;
        auto result = importWith(*db, writeLog(dir, QStringLiteral("csv"), rows), stageMapping());
        QVERIFY2(result, qPrintable(result.error()));
        QVERIFY2(problemsText(*result).contains(problem), qPrintable(problemsText(*result)));
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM cases"), 0);
    }

    // A stage 2 whose stage 1 an earlier import brought in is not made a second case: it is
    // that case's stage 2 (see TestEarlierCases).
    void stageOneAlreadyImported()
    {
        REDRESS_SQLITE_DATABASE(db);
        QTemporaryDir dir;
        const QList<QStringList> rows = stageLog(Linking::Suffix);
        auto first =
            importWith(*db, writeLog(dir, QStringLiteral("csv"), {rows.at(0)}), stageMapping());
        QVERIFY2(first && first->problems.isEmpty(), qPrintable(problemsText(*first)));
        QTemporaryDir next;
        auto second =
            importWith(*db, writeLog(next, QStringLiteral("xlsx"), {rows.at(1)}), stageMapping());
        QVERIFY2(second && second->problems.isEmpty(), qPrintable(problemsText(*second)));
        QCOMPARE(second->imported, 0);
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM cases"), 1);
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM stage WHERE number = 2 AND before_log = 0"), 1);
    }

    // The mapping file keeps the conditions, the suffix and the values left empty, and the
    // command line imports with it.
    void mappingFileAndCommandLine()
    {
        REDRESS_SQLITE_DATABASE(db);
        QTemporaryDir dir;
        ImportMapping mapping = stageMapping();
        mapping.stageSuffix = QStringLiteral("-STAGE[23]$");
        const QString mappingPath = dir.filePath(QStringLiteral("stages.json"));
        QVERIFY(mapping.save(mappingPath));
        auto loaded = ImportMapping::load(mappingPath);
        QVERIFY2(loaded, qPrintable(loaded.error()));
        QCOMPARE(loaded->toJson(), mapping.toJson());
        QCOMPARE(loaded->when.size(), 1);
        QCOMPARE(loaded->mappedValue(QStringLiteral("team"), QStringLiteral("unknown  TEAM")),
                 ImportMapping::ignored());
        QCOMPARE(loaded->mappedValue(QStringLiteral("lgsco_decision"), QStringLiteral("premature"),
                                     &loaded->when.first()),
                 QStringLiteral("premature"));

        QList<QStringList> rows = stageLog(Linking::Suffix);
        rows[1][0] = QStringLiteral("C1-stage2");
        const CliRun run =
            runCli(databaseArguments(dbHolder->location()) +
                   QStringList{QStringLiteral("import"), writeLog(dir, QStringLiteral("csv"), rows),
                               QStringLiteral("--mapping"), mappingPath});
        QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Left empty, as the mapping says")),
                 qPrintable(run.out + run.err));
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM stage s JOIN cases c ON c.id = s.case_id "
                            "WHERE c.source_reference = 'C1'"),
                 2);
    }

    // Guessing reads the values, not only the headings.
    void guessesFromValues_data()
    {
        QTest::addColumn<QStringList>("headings");
        QTest::addColumn<QList<QStringList>>("rows");
        QTest::addColumn<QStringList>("expected"); // "field=heading", "field=" for none
        const QStringList headings{QStringLiteral("Ref"),           QStringLiteral("Level"),
                                   QStringLiteral("Date received"), QStringLiteral("Complainant"),
                                   QStringLiteral("Advocate"),      QStringLiteral("Earlier")};
        QTest::addRow("one row per stage, roles and a flag")
            << headings
            << QList<QStringList>{{u"A1"_s, u"Stage 1"_s, u"01/05/2020"_s, u"Parent"_s, u"Y"_s,
                                   QString()},
                                  {u"A2"_s, u"Stage 2"_s, u"01/06/2020"_s, u"Young person"_s,
                                   u"N"_s, u"A1"_s},
                                  {u"A3"_s, u"Stage 1"_s, u"02/06/2020"_s, u"Grandmother"_s, u"N"_s,
                                   QString()}}
            << QStringList{u"stage=Level"_s,
                           u"linked_reference=Earlier"_s,
                           u"complainant_role=Complainant"_s,
                           u"complainant_name="_s,
                           u"advocacy_offered=Advocate"_s,
                           u"advocate_provided_by="_s};
        QTest::addRow("one row per case: names, a provider, the stage reached")
            << headings
            << QList<QStringList>{{u"A1"_s, u"Stage 1"_s, u"01/05/2020"_s, u"Alex Example"_s,
                                   u"Coram Voice"_s, QString()},
                                  {u"A2"_s, u"Stage 2"_s, u"01/06/2020"_s, u"Sam Sample"_s,
                                   QString(), QString()}}
            << QStringList{u"stage="_s,
                           u"linked_reference="_s,
                           u"complainant_name=Complainant"_s,
                           u"complainant_role="_s,
                           u"advocate_provided_by=Advocate"_s,
                           u"advocacy_offered="_s};
    }

    void guessesFromValues()
    {
        QFETCH(QStringList, headings);
        QFETCH(QList<QStringList>, rows);
        QFETCH(QStringList, expected);
        REDRESS_SQLITE_DATABASE(db);
        QTemporaryDir dir;
        ImportOptions options;
        options.dryRun = true;
        auto result = Importer(*db, QStringLiteral("admin"))
                          .run(writeLog(dir, QStringLiteral("xlsx"), rows, headings), options);
        QVERIFY2(result, qPrintable(result.error()));
        for (const QString& pair : expected) {
            const QString field = pair.section(u'=', 0, 0);
            QCOMPARE(field + u'=' + result->mapping.columns.value(field), pair);
        }
    }

    // A mapping that names what is not there says where.
    void badMappingFiles_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("message");
        const QString head =
            QStringLiteral("{\"format\": \"redress-import-mapping\", \"version\": 1, ");
        QTest::addRow("a condition without its values")
            << head + QStringLiteral("\"when\": [{\"column\": \"Type\"}]}")
            << QStringLiteral("\"when\" entry 1 needs \"column\" (a heading) and \"is\"");
        QTest::addRow("a condition naming no field")
            << head + QStringLiteral("\"when\": [{\"column\": \"Type\", \"is\": \"LGSCO\", "
                                     "\"columns\": {\"decision\": \"Outcome\"}}]}")
            << QStringLiteral("names no Redress field \"decision\"");
        QTest::addRow("a suffix that is no pattern")
            << head + QStringLiteral("\"stageSuffix\": \"S[\"}")
            << QStringLiteral("\"stageSuffix\" is not a valid regular expression");
    }

    void badMappingFiles()
    {
        QFETCH(QString, json);
        QFETCH(QString, message);
        auto mapping = ImportMapping::fromJson(QJsonDocument::fromJson(json.toUtf8()).object(),
                                               QStringLiteral("m.json"));
        QVERIFY(!mapping);
        QVERIFY2(mapping.error().contains(message), qPrintable(mapping.error()));
    }
};

QTEST_GUILESS_MAIN(TestStageRows)
#include "TestStageRows.moc"

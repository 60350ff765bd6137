#include "CliRun.h"
#include "LegacyLogFixtures.h"
#include "TestSupport.h"
#include "demo/DemoDataGenerator.h"
#include "export/CaseExporter.h"
#include "export/ZipWriter.h"
#include "import/CellValue.h"
#include "import/ImportMapping.h"
#include "import/Importer.h"
#include "reporting/ReportEngine.h"
#include "spreadsheet/ZipPackage.h"
#include "storage/CaseRepository.h"
#include "storage/ReferenceData.h"
#include "storage/Sql.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace redress;
using namespace redress::import;
using namespace redress::test;

namespace {

// What a case is, for comparing an export's round trip: everything reports count from.
QString fingerprint(const Case& c)
{
    QStringList parts{c.reference,
                      caseKindCode(c.kind),
                      procedureCode(c.procedure),
                      caseStateCode(c.state),
                      c.receivedOn.toString(Qt::ISODate),
                      c.closedOn.toString(Qt::ISODate),
                      c.dueOn.toString(Qt::ISODate),
                      c.channelCode,
                      QString::number(c.teamId),
                      c.complainant.fullName,
                      c.summary,
                      QString::number(c.points.size()),
                      QString::number(c.remedies.size()),
                      QString::number(c.learningActions.size()),
                      QString::number(c.children.size()),
                      QString::number(c.links.size()),
                      QString::number(c.reopenings.size()),
                      c.ombudsman.decisionCode};
    for (const Stage& s : c.stages)
        parts << QString::number(s.number) << s.profileCode << s.requestedOn.toString(Qt::ISODate)
              << s.acknowledgedOn.toString(Qt::ISODate) << s.respondedOn.toString(Qt::ISODate)
              << s.outcomeCode << QString::number(s.extendedToDays)
              << QString::number(s.suspensions.size()) << s.dueOn.toString(Qt::ISODate);
    return parts.join(u'|');
}

QStringList fingerprints(Database& db)
{
    QStringList result;
    CaseRepository cases(db);
    auto query = sql::exec(db.sql(), QStringLiteral("SELECT id FROM cases ORDER BY reference"));
    QList<qint64> ids;
    while (query->next())
        ids << query->value(0).toLongLong();
    for (qint64 id : ids)
        result << fingerprint(cases.load(id).value());
    return result;
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

    std::unique_ptr<FixedToday> m_today;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { m_today = std::make_unique<FixedToday>(today); }
    void cleanup() { m_today.reset(); }

    void readsDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected");
        QTest::addRow("dd/mm/yyyy") << "03/02/2021" << QDate(2021, 2, 3);
        QTest::addRow("d/m/yy") << "3/2/21" << QDate(2021, 2, 3);
        QTest::addRow("d-MMM-yy") << "3-Feb-21" << QDate(2021, 2, 3);
        QTest::addRow("d MMMM yyyy") << "3 February 2021" << QDate(2021, 2, 3);
        QTest::addRow("ordinal") << "3rd Sept 2021" << QDate(2021, 9, 3);
        QTest::addRow("ISO") << "2021-02-03" << QDate(2021, 2, 3);
        QTest::addRow("ISO with time") << "2021-02-03T10:15:00Z" << QDate(2021, 2, 3);
        QTest::addRow("UK with time") << "03/02/2021 14:05" << QDate(2021, 2, 3);
        QTest::addRow("31 February") << "31/02/2021" << QDate();
        QTest::addRow("text") << "next week" << QDate();
        QTest::addRow("month 13") << "01/13/2021" << QDate();
        QTest::addRow("not a month") << "3 Fab 2021" << QDate();
    }
    void readsDates()
    {
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        auto date = cell::date(text, DateOrder::DayFirst);
        if (expected.isValid()) {
            QVERIFY2(date, qPrintable(date.error()));
            QCOMPARE(date.value(), expected);
        } else {
            QVERIFY(!date);
            QVERIFY2(date.error().contains(text), qPrintable(date.error()));
        }
        QCOMPARE(cell::date(QVariant(QDate(2020, 1, 2)), DateOrder::DayFirst).value(),
                 QDate(2020, 1, 2));
    }

    void guessesAMapping()
    {
        QMap<QString, QList<TaxonomyTerm>> terms;
        terms[QStringLiteral("outcome")] = {{0,
                                             QStringLiteral("outcome"),
                                             QStringLiteral("partially_upheld"),
                                             QStringLiteral("Partially upheld"),
                                             0,
                                             true,
                                             {},
                                             {}},
                                            {0,
                                             QStringLiteral("outcome"),
                                             QStringLiteral("upheld"),
                                             QStringLiteral("Upheld"),
                                             1,
                                             true,
                                             {},
                                             {}}};
        const ImportVocabulary vocabulary(terms, {});
        const QStringList headings{QStringLiteral("Ref"),
                                   QStringLiteral("Date received"),
                                   QStringLiteral("Stage 1 response"),
                                   QStringLiteral("Outcome"),
                                   QStringLiteral("Team"),
                                   QStringLiteral("How received")};
        const QList<QVariantList> rows{{QStringLiteral("A1"), QStringLiteral("01/02/2021"),
                                        QString(), QStringLiteral("Partly upheld"),
                                        QStringLiteral("Old team"), QString()},
                                       {QStringLiteral("A2"), QStringLiteral("01/02/2021"),
                                        QString(), QStringLiteral("UPHELD"), QString(), QString()}};
        const ImportMapping mapping = ImportMapping::guess(headings, rows, vocabulary);
        QCOMPARE(mapping.columns.value(QStringLiteral("source_reference")), QStringLiteral("Ref"));
        QCOMPARE(mapping.columns.value(QStringLiteral("received_on")),
                 QStringLiteral("Date received"));
        QCOMPARE(mapping.columns.value(QStringLiteral("stage1.responded_on")),
                 QStringLiteral("Stage 1 response"));
        QCOMPARE(mapping.columns.value(QStringLiteral("stage1.outcome")),
                 QStringLiteral("Outcome"));
        QCOMPARE(mapping.columns.value(QStringLiteral("team")), QStringLiteral("Team"));
        QCOMPARE(mapping.columns.value(QStringLiteral("channel")), QStringLiteral("How received"));
        const auto outcomes = mapping.values.value(QStringLiteral("stage1.outcome"));
        QCOMPARE(outcomes.value(QStringLiteral("Partly upheld")),
                 QStringLiteral("partially_upheld"));
        QCOMPARE(outcomes.value(QStringLiteral("UPHELD")), QStringLiteral("upheld"));
        // An unknown team is listed for the administrator to map.
        QVERIFY(mapping.values.value(QStringLiteral("team")).contains(QStringLiteral("Old team")));
        QCOMPARE(mapping.defaults.value(QStringLiteral("kind")), QStringLiteral("complaint"));
        QCOMPARE(ImportVocabulary::flag(QStringLiteral("Yes")), std::optional<bool>(true));
        QCOMPARE(ImportVocabulary::flag(QStringLiteral("TRUE")), std::optional<bool>(true));
        QCOMPARE(ImportVocabulary::flag(QStringLiteral("n")), std::optional<bool>(false));
        QCOMPARE(ImportVocabulary::flag(QStringLiteral("maybe")), std::nullopt);

        // Saved and loaded back unchanged.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mapping.json"));
        QVERIFY(mapping.save(path));
        auto loaded = ImportMapping::load(path);
        QVERIFY2(loaded, qPrintable(loaded.error()));
        QCOMPARE(loaded->toJson(), mapping.toJson());
        QFile broken(path);
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"format\": \"redress-import-mapping\", \"version\": 1, "
                     "\"columns\": {\"no_such_field\": \"X\"}}");
        broken.close();
        auto refused = ImportMapping::load(path);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("no_such_field")),
                 qPrintable(refused.error()));
    }

    void importsALegacyLog_data() { addBackendRows(); }
    void importsALegacyLog()
    {
        REDRESS_TEST_DATABASE(db);
        QTemporaryDir dir;
        const QString path = legacyLog(dir);
        const ImportMapping mapping = confirmedMapping(*db, path);
        auto result = importWith(*db, path, mapping);
        QVERIFY2(result, qPrintable(result.error()));
        QVERIFY2(result->problems.isEmpty(), qPrintable(problemsText(result.value())));
        QVERIFY(result->written);
        QCOMPARE(result->imported, 3);
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM cases"), 3);
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM import_batch"), 1);
        auto batch = sql::exec(db->sql(), QStringLiteral("SELECT imported_by, file_name, checksum, "
                                                         "row_count FROM import_batch"));
        QVERIFY(batch->next());
        QCOMPARE(batch->value(0).toString(), QStringLiteral("admin"));
        QCOMPARE(batch->value(1).toString(), QStringLiteral("log.csv"));
        QCOMPARE(batch->value(2).toString(), Importer::checksum(path).value());
        QCOMPARE(batch->value(3).toInt(), 3);

        CaseRepository cases(*db);
        auto idOf = [&](const char* source) {
            return sql::scalar(db->sql(),
                               QStringLiteral("SELECT id FROM cases WHERE source_reference = ?"),
                               {QString::fromLatin1(source)})
                .value()
                .toLongLong();
        };
        const Case first = cases.load(idOf("2020/001")).value();
        QCOMPARE(first.kind, CaseKind::Complaint);
        QCOMPARE(first.procedure, Procedure::Statutory);
        QCOMPARE(first.receivedOn, QDate(2020, 6, 3));
        QCOMPARE(first.channelCode, QStringLiteral("email"));
        QCOMPARE(first.importBatchId, result->batchId);
        QCOMPARE(first.state, CaseState::Closed);
        QCOMPARE(first.closedOn, QDate(2020, 6, 15));
        QCOMPARE(first.stages.size(), 1);
        QCOMPARE(first.stages.first().acknowledgedOn, QDate(2020, 6, 4));
        QCOMPARE(first.stages.first().respondedOn, QDate(2020, 6, 15));
        QCOMPARE(first.stages.first().outcomeCode, QStringLiteral("partially_upheld"));
        QCOMPARE(first.stages.first().profileCode, QStringLiteral("statutory"));
        QCOMPARE(first.points.size(), 1);
        QCOMPARE(first.points.first().categoryCode, QStringLiteral("communication"));
        qint64 northTeam = 0;
        for (const OrgUnit& unit : ReferenceData(*db).orgUnits().value())
            if (unit.code == u"family_support_north")
                northTeam = unit.id;
        QCOMPARE(first.teamId, northTeam);

        const Case second = cases.load(idOf("2020/002")).value();
        QCOMPARE(second.receivedOn, QDate(2020, 6, 10));
        QCOMPARE(second.stages.first().extendedToDays, 20);
        QCOMPARE(second.stages.first().outcomeCode, QStringLiteral("not_upheld"));
        QCOMPARE(second.complainantRoleCode, QString());

        const Case third = cases.load(idOf("2020/003")).value();
        QCOMPARE(third.points.size(), 2);
        QCOMPARE(third.stages.size(), 2);
        QCOMPARE(third.stages.at(1).requestedOn, QDate(2020, 9, 21));
        QCOMPARE(third.stages.at(1).respondedOn, QDate(2020, 11, 12));
        QCOMPARE(third.stages.at(1).outcomeCode, QStringLiteral("upheld"));
        QCOMPARE(third.state, CaseState::Closed);
        // One complainant, kept once, on both of their cases.
        QCOMPARE(third.complainant.id, first.complainant.id);

        // The report counts them as they were.
        auto report = ReportEngine(*db).annual(2020);
        QVERIFY2(report, qPrintable(report.error()));

        // Importing the same file again adds nothing.
        auto again = importWith(*db, path, mapping);
        QVERIFY2(again && again->problems.isEmpty(), "re-import");
        QCOMPARE(again->imported, 0);
        QCOMPARE(again->skipped, 3);
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM cases"), 3);

        // Undo removes the batch as a whole; the audit trail keeps it.
        auto removed = Importer(*db, QStringLiteral("admin")).undo(result->batchId);
        QVERIFY2(removed, qPrintable(removed.error()));
        QCOMPARE(removed.value(), 3);
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM cases"), 0);
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM person"), 0);
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM import_batch WHERE undone_at IS NOT NULL"), 1);
        QVERIFY(count(*db, "SELECT COUNT(*) FROM audit_entry WHERE action = 'undo_import'") >= 3);
        QVERIFY(!Importer(*db, QStringLiteral("admin")).undo(result->batchId));
        // After an undo the file imports afresh.
        auto afresh = importWith(*db, path, mapping);
        QVERIFY(afresh && afresh->written);
        QCOMPARE(afresh->imported, 3);
    }

    void refusesABadRow_data() { addBackendRows(); }
    void refusesABadRow()
    {
        REDRESS_TEST_DATABASE(db);
        QTemporaryDir dir;
        const QString good = legacyRows.first();
        struct Bad
        {
            const char* name;
            QString row;
            QString column; // the letter the problem must name
            const char* words;
        };
        const QList<Bad> cases{
            {"missing received date",
             QStringLiteral("X1,,Complaint,Fostering,Communication,Email,,N,,,,,,A"), QString(),
             "received"},
            {"impossible date",
             QStringLiteral("X1,31/02/2021,Complaint,Fostering,Communication,Email,,N,,,,,,A"),
             QStringLiteral("B"), "not a real date"},
            {"responded before received",
             QStringLiteral("X1,10/03/2021,Complaint,Fostering,Communication,Email,,N,01/03/2021,"
                            "Upheld,,,,A"),
             QStringLiteral("I"), "before the date received"},
            {"unknown outcome",
             QStringLiteral("X1,10/03/2021,Complaint,Fostering,Communication,Email,,N,15/03/2021,"
                            "Sort of,,,,A"),
             QStringLiteral("J"), "not a known value"},
            {"duplicate reference",
             QStringLiteral(
                 "2020/001,10/03/2021,Complaint,Fostering,Communication,Email,,N,,,,,,A"),
             QStringLiteral("A"), "also on row 2"},
            {"text in a date column",
             QStringLiteral("X1,10/03/2021,Complaint,Fostering,Communication,Email,soon,N,,,,,,A"),
             QStringLiteral("G"), "\"soon\" is not a date"},
            {"escalated before the response",
             QStringLiteral("X1,10/03/2021,Complaint,Fostering,Communication,Email,,N,20/03/2021,"
                            "Upheld,15/03/2021,,,A"),
             QStringLiteral("K"), "before the stage 1 response"},
        };
        for (const Bad& bad : cases) {
            const QString path = legacyLog(dir, {good, bad.row});
            ImportOptions options;
            options.mapping =
                confirmedMapping(*db, legacyLog(dir, {good}, QStringLiteral("ok.csv")));
            auto result = Importer(*db, QStringLiteral("admin")).run(path, options);
            QVERIFY2(result, qPrintable(result.error()));
            QVERIFY2(!result->written, bad.name);
            QVERIFY2(!result->problems.isEmpty(), bad.name);
            const ImportProblem& problem = result->problems.first();
            const QString text = problem.toText(result->fileName);
            QVERIFY2(problem.row == 3, qPrintable(text));
            QVERIFY2(problem.column == bad.column, qPrintable(text));
            QVERIFY2(text.contains(QLatin1String(bad.words)), qPrintable(text));
            QVERIFY2(text.startsWith(QStringLiteral("log.csv:3:") + bad.column + u':'),
                     qPrintable(text));
            QCOMPARE(count(*db, "SELECT COUNT(*) FROM cases"), 0);
            QCOMPARE(count(*db, "SELECT COUNT(*) FROM import_batch"), 0);
        }
    }

    void cancellingWritesNothing_data() { addBackendRows(); }
    void cancellingWritesNothing()
    {
        REDRESS_TEST_DATABASE(db);
        QTemporaryDir dir;
        const QString path = legacyLog(dir);
        ImportOptions options;
        options.mapping = confirmedMapping(*db, path);
        options.progress = [](double fraction) {
            return fraction < 1.0;
        };
        auto result = Importer(*db, QStringLiteral("admin")).run(path, options);
        QVERIFY(!result);
        QVERIFY2(result.error().contains(QStringLiteral("cancelled")), qPrintable(result.error()));
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM cases"), 0);
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM import_batch"), 0);
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM audit_entry"), 0);
    }

    void exportRoundTrips_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<QString>("format");
        for (const char* format : {"csv", "xlsx"}) {
            QTest::addRow("sqlite %s", format) << Backend::Sqlite << QString::fromLatin1(format);
            QTest::addRow("postgres %s", format)
                << Backend::Postgres << QString::fromLatin1(format);
        }
    }
    void exportRoundTrips()
    {
        QFETCH(QString, format);
        REDRESS_TEST_DATABASE(source);
        auto targetHolder = TestDatabase::create(backend);
        QVERIFY(targetHolder);
        auto target = targetHolder->open();
        QVERIFY(target);
        QVERIFY(DemoDataGenerator(*source, 7).generate(400, 2));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cases.") + format);
        auto exported = exporting::CaseExporter(*source).write(
            path, format == u"csv" ? exporting::ExportFormat::Csv : exporting::ExportFormat::Xlsx,
            {}, {});
        QVERIFY2(exported, qPrintable(exported.error()));
        QCOMPARE(exported.value(), count(*source, "SELECT COUNT(*) FROM cases"));

        // The export is recognised without a mapping file.
        auto imported = Importer(*target, QStringLiteral("admin")).run(path, {});
        QVERIFY2(imported, qPrintable(imported.error()));
        QVERIFY2(imported->problems.isEmpty(),
                 qPrintable(problemsText(imported.value()).left(3000)));
        QCOMPARE(imported->imported, exported.value());

        const QStringList before = fingerprints(*source);
        const QStringList after = fingerprints(*target);
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < before.size(); ++i)
            QCOMPARE(after.at(i), before.at(i));
        for (int year : {2019, 2020, 2021}) {
            auto a = ReportEngine(*source).annual(year);
            auto b = ReportEngine(*target).annual(year);
            QVERIFY2(a && b, "reports");
            QCOMPARE(QJsonDocument(b->toJson()).toJson(), QJsonDocument(a->toJson()).toJson());
        }
    }

    void exportNeutralisesFormulas_data() { addBackendRows(); }
    void exportNeutralisesFormulas()
    {
        REDRESS_TEST_DATABASE(db);
        Case record;
        record.kind = CaseKind::Compliment;
        record.receivedOn = QDate(2021, 1, 5);
        record.summary = QStringLiteral("=SUM(A1)");
        record.complainant.fullName = QStringLiteral("@Evil");
        record.state = CaseState::Closed;
        record.closedOn = QDate(2021, 1, 6);
        Stage stage;
        stage.profileCode = QStringLiteral("compliment");
        stage.requestedOn = record.receivedOn;
        record.stages = {stage};
        QVERIFY(CaseRepository(*db).insert(record));

        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("cases.csv"));
        QVERIFY(exporting::CaseExporter(*db).write(csv, exporting::ExportFormat::Csv, {}, {}));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("\r\n"));
        QVERIFY(bytes.contains("'=SUM(A1)"));
        QVERIFY(bytes.contains("'@Evil"));
        QVERIFY(!bytes.contains(",=SUM"));

        const QString xlsx = dir.filePath(QStringLiteral("cases.xlsx"));
        QVERIFY(exporting::CaseExporter(*db).write(xlsx, exporting::ExportFormat::Xlsx, {}, {}));
        auto package = spreadsheet::detail::ZipPackage::open(xlsx, qint64(1) << 30);
        QVERIFY2(package, package ? "" : qPrintable(package.error()));
        auto sheet = package.value()->stream(QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY2(sheet, sheet ? "" : qPrintable(sheet.error()));
        const QByteArray sheetXml = sheet.value()->readAll();
        QVERIFY(sheetXml.contains("=SUM(A1)</t>")); // text…
        QVERIFY(!sheetXml.contains("<f>"));         // …and no formula anywhere

        // Both come back as the text that was exported.
        for (const QString& path : {csv, xlsx}) {
            auto target = TestDatabase::create(backend);
            auto other = target->open();
            auto result = Importer(*other, QStringLiteral("admin")).run(path, {});
            QVERIFY2(result && result->written, result ? qPrintable(problemsText(result.value()))
                                                       : qPrintable(result.error()));
            const Case back = CaseRepository(*other).loadByReference(record.reference).value();
            QCOMPARE(back.summary, QStringLiteral("=SUM(A1)"));
            QCOMPARE(back.complainant.fullName, QStringLiteral("@Evil"));
        }
        QCOMPARE(exporting::ZipWriter::crc32("123456789"), 0xCBF43926u);
    }

    void commandLine_data() { addBackendRows(); }
    void commandLine()
    {
        REDRESS_TEST_DATABASE(db);
        QTemporaryDir dir;
        const QStringList dbArgs = databaseArguments(dbHolder->location());
        const QString good = legacyLog(dir);
        const QString mappingPath = dir.filePath(QStringLiteral("mapping.json"));
        QVERIFY(confirmedMapping(*db, good).save(mappingPath));

        const QString bad = legacyLog(
            dir,
            {legacyRows.first(),
             QStringLiteral("X1,31/02/2021,Complaint,Fostering,Communication,Email,,N,,,,,,A")},
            QStringLiteral("bad.csv"));
        const CliRun refused =
            runCli(dbArgs + QStringList{QStringLiteral("import"), bad, QStringLiteral("--mapping"),
                                        mappingPath});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("bad.csv:3:B: Date Received: ")),
                 qPrintable(refused.err));
        QVERIFY(refused.out.contains(QStringLiteral("nothing was imported")));
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM cases"), 0);

        const CliRun dry =
            runCli(dbArgs + QStringList{QStringLiteral("import"), good, QStringLiteral("--mapping"),
                                        mappingPath, QStringLiteral("--dry-run")});
        QCOMPARE(dry.code, 0);
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM cases"), 0);

        const CliRun done = runCli(dbArgs + QStringList{QStringLiteral("import"), good,
                                                        QStringLiteral("--mapping"), mappingPath});
        QVERIFY2(done.code == 0, qPrintable(done.err));
        QVERIFY2(done.out.contains(QStringLiteral("3 cases imported")), qPrintable(done.out));
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM cases"), 3);

        const QString out = dir.filePath(QStringLiteral("out.xlsx"));
        const CliRun exported =
            runCli(dbArgs + QStringList{QStringLiteral("export"), QStringLiteral("cases"),
                                        QStringLiteral("--from"), QStringLiteral("2020-06-01"),
                                        QStringLiteral("--to"), QStringLiteral("30/06/2020"),
                                        QStringLiteral("--format"), QStringLiteral("xlsx"),
                                        QStringLiteral("--out"), out});
        QVERIFY2(exported.code == 0, qPrintable(exported.err));
        QVERIFY2(exported.out.contains(QStringLiteral("Exported 2 cases")),
                 qPrintable(exported.out));
        QCOMPARE(runCli(dbArgs + QStringList{QStringLiteral("export"), QStringLiteral("cases"),
                                             QStringLiteral("--format"), QStringLiteral("pdf"),
                                             QStringLiteral("--out"), out})
                     .code,
                 2);

        const qint64 batch = count(*db, "SELECT MAX(id) FROM import_batch");
        const CliRun undone =
            runCli(dbArgs + QStringList{QStringLiteral("import"), QStringLiteral("undo"),
                                        QString::number(batch)});
        QVERIFY2(undone.code == 0, qPrintable(undone.err));
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM cases"), 0);
        QCOMPARE(runCli(dbArgs +
                        QStringList{QStringLiteral("import"), dir.filePath(QStringLiteral("none"))})
                     .code,
                 1);
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "TestImport.moc"

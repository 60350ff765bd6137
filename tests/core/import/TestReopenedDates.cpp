// The dates a council's log gives for a complaint's re-openings: read from one cell however
// they are separated, kept with the case beside a count, shown by "case show", exported and
// imported again; on SQLite and PostgreSQL.
#include "CliRun.h"
#include "LegacyLogFixtures.h"
#include "StageRowLogs.h"
#include "export/CaseExporter.h"
#include "util/UkFormat.h"

#include <QStandardPaths>
#include <QTest>

using namespace redress;
using namespace redress::import;
using namespace redress::test;

namespace {

const QStringList headings{QStringLiteral("Ref"), QStringLiteral("Date received"),
                           QStringLiteral("Times re-opened"), QStringLiteral("Dates re-opened")};

const char* mappingJson = R"({
  "format": "redress-import-mapping", "version": 1, "name": "Re-openings",
  "columns": { "source_reference": "Ref", "received_on": "Date received",
               "times_reopened": "Times re-opened", "reopened_dates": "Dates re-opened" },
  "defaults": { "kind": "complaint", "procedure": "statutory" }
})";

ImportMapping reopeningMapping()
{
    return ImportMapping::fromJson(QJsonDocument::fromJson(QByteArray(mappingJson)).object(),
                                   QStringLiteral("test"))
        .value();
}

QString reopenings(Database& db)
{
    auto query = sql::exec(db.sql(), QStringLiteral("SELECT reopened_on FROM reopening ORDER BY "
                                                    "reopened_on"));
    QStringList dates;
    while (query && query->next())
        dates << ukDate(sql::toDate(query->value(0)));
    return dates.join(u' ');
}

} // namespace

class TestReopenedDates : public QObject
{
    Q_OBJECT

    std::unique_ptr<FixedToday> m_today;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { m_today = std::make_unique<FixedToday>(today); }
    void cleanup() { m_today.reset(); }

    // However the dates are separated they are the case's re-openings; a count beside them
    // is the total, the dates among it, unless there are more dates than it says.
    void readsTheDates_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<QString>("dates");
        QTest::addColumn<QString>("times");
        QTest::addColumn<QString>("expected"); // the dated re-openings
        QTest::addColumn<int>("undated");
        QTest::addRow("sqlite: semicolons")
            << Backend::Sqlite << QStringLiteral("03/09/2020; 01/06/2020") << QString()
            << QStringLiteral("01/06/2020 03/09/2020") << 0;
        QTest::addRow("sqlite: commas, a larger count")
            << Backend::Sqlite << QStringLiteral("01/06/2020, 03/09/2020") << QStringLiteral("3")
            << QStringLiteral("01/06/2020 03/09/2020") << 1;
        QTest::addRow("sqlite: lines, a smaller count")
            << Backend::Sqlite << QStringLiteral("01/06/2020\n03/09/2020") << QStringLiteral("1")
            << QStringLiteral("01/06/2020 03/09/2020") << 0;
        QTest::addRow("sqlite: one date") << Backend::Sqlite << QStringLiteral("03/09/2020")
                                          << QString() << QStringLiteral("03/09/2020") << 0;
        QTest::addRow("postgres: commas, a larger count")
            << Backend::Postgres << QStringLiteral("01/06/2020, 03/09/2020") << QStringLiteral("3")
            << QStringLiteral("01/06/2020 03/09/2020") << 1;
    }

    void readsTheDates()
    {
        QFETCH(QString, dates);
        QFETCH(QString, times);
        QFETCH(QString, expected);
        QFETCH(int, undated);
        REDRESS_TEST_DATABASE(db);
        QTemporaryDir dir;
        const QString log = writeLog(
            dir, QStringLiteral("xlsx"),
            {{QStringLiteral("R1"), QStringLiteral("01/05/2020"), times, dates}}, headings);
        auto result = importWith(*db, log, reopeningMapping());
        QVERIFY2(result && result->problems.isEmpty(), qPrintable(problemsText(*result)));
        QCOMPARE(reopenings(*db), expected);
        QCOMPARE(count(*db, "SELECT reopened_undated FROM cases"), undated);
        const QString reference =
            sql::scalar(db->sql(), QStringLiteral("SELECT reference FROM cases"))
                .value()
                .toString();

        // Shown by the command line with the count.
        const CliRun shown =
            runCli(databaseArguments(dbHolder->location()) +
                   QStringList{QStringLiteral("case"), QStringLiteral("show"), reference});
        QVERIFY2(shown.code == 0, qPrintable(shown.out + shown.err));
        for (const QString& date : expected.split(u' '))
            QVERIFY2(shown.out.contains(date), qPrintable(shown.out));

        // Exported with the dates in a column of their own; that column alone brings them back.
        for (const auto format : {exporting::ExportFormat::Csv, exporting::ExportFormat::Xlsx}) {
            const QString exported = dir.filePath(format == exporting::ExportFormat::Csv
                                                      ? QStringLiteral("export.csv")
                                                      : QStringLiteral("export.xlsx"));
            auto written = exporting::CaseExporter(*db).write(exported, format, {}, {});
            QVERIFY2(written, qPrintable(written.error()));
            REDRESS_SQLITE_DATABASE(other);
            ImportMapping back = ImportMapping::redressExport();
            back.columns.remove(QStringLiteral("reopenings_json"));
            auto reimported = importWith(*other, exported, back);
            QVERIFY2(reimported && reimported->problems.isEmpty(),
                     qPrintable(problemsText(*reimported)));
            QCOMPARE(reopenings(*other), expected);
            QCOMPARE(count(*other, "SELECT reopened_undated FROM cases"), undated);
            // The whole export, with the re-openings' reasons, gives the same dates once.
            REDRESS_SQLITE_DATABASE(whole);
            auto again = importWith(*whole, exported, ImportMapping::redressExport());
            QVERIFY2(again && again->problems.isEmpty(), qPrintable(problemsText(*again)));
            QCOMPARE(reopenings(*whole), expected);
        }
    }

    // A date that is not one is a problem at its cell, and nothing is imported.
    void refusesWhatIsNotADate()
    {
        REDRESS_SQLITE_DATABASE(db);
        QTemporaryDir dir;
        const QString log = writeLog(dir, QStringLiteral("csv"),
                                     {{QStringLiteral("R1"), QStringLiteral("01/05/2020"),
                                       QString(), QStringLiteral("01/06/2020; 31/02/2020")}},
                                     headings);
        auto result = importWith(*db, log, reopeningMapping());
        QVERIFY2(result, qPrintable(result.error()));
        QVERIFY2(problemsText(*result).contains(QStringLiteral("stages.csv:2:D: Dates re-opened:")),
                 qPrintable(problemsText(*result)));
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM cases"), 0);
    }
};

QTEST_GUILESS_MAIN(TestReopenedDates)
#include "TestReopenedDates.moc"

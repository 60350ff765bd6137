// Reports leaving Redress: CSV that Excel opens safely and that reads back, HTML, and the
// report commands of redress-cli, on a database whose figures are known (North East
// Lincolnshire 2020/21: stage 1 outcomes 15 / 43 / 51 / 6 / 3 of 118).
#include "../../cli/CliRun.h"
#include "ReportFixtures.h"
#include "TestSupport.h"
#include "reporting/ReportCsv.h"
#include "reporting/ReportEngine.h"
#include "reporting/ReportHtml.h"
#include "spreadsheet/Workbook.h"
#include "util/Csv.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace redress;
using namespace redress::test;
using namespace redress::test::reports;

namespace {

// Every row of a CSV file as the spreadsheet reader sees it, cells as text.
QList<QStringList> readCsv(const QString& path)
{
    QList<QStringList> rows;
    auto workbook = spreadsheet::Workbook::open(path);
    if (!workbook) {
        qWarning("%s", qPrintable(workbook.error()));
        return rows;
    }
    const Status read = (*workbook)->readRows(0, [&](const spreadsheet::SheetRow& row, double) {
        QStringList cells;
        for (const QVariant& cell : row.cells)
            cells << cell.toString();
        rows << cells;
        return true;
    });
    if (!read)
        qWarning("%s", qPrintable(read.error()));
    return rows;
}

const QStringList* rowStarting(const QList<QStringList>& rows, const QString& first)
{
    for (const QStringList& row : rows)
        if (!row.isEmpty() && row.first() == first)
            return &row;
    return nullptr;
}

} // namespace

class TestReportOutput : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_holder;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FixedToday> m_today;
    QTemporaryDir m_folder;

    Report annual2020()
    {
        ReportEngine engine(*m_db);
        engine.setProcedure(Procedure::Statutory);
        auto report = engine.annual(2020);
        if (!report)
            qFatal("%s", qPrintable(report.error()));
        return report.value();
    }

    QStringList withDb(const QStringList& arguments) const
    {
        return databaseArguments(m_holder->location()) + arguments;
    }

private slots:
    void initTestCase()
    {
        m_today = std::make_unique<FixedToday>(QDate(2021, 6, 30));
        m_holder = TestDatabase::create(Backend::Sqlite);
        QVERIFY(m_holder);
        m_db = m_holder->open();
        QVERIFY(m_db);
        auto built = buildNeLincolnshire(*m_db);
        QVERIFY2(built, qPrintable(built.error()));
    }
    void cleanupTestCase()
    {
        m_db.reset();
        m_holder.reset();
        m_today.reset();
    }

    void csvField_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << "Upheld"
                               << "Upheld";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("comma") << "Children's statutory complaints, stage 1"
                               << "\"Children's statutory complaints, stage 1\"";
        QTest::newRow("quote") << "said \"no\""
                               << "\"said \"\"no\"\"\"";
        QTest::newRow("newline") << "line one\nline two"
                                 << "\"line one\nline two\"";
        QTest::newRow("formula") << "=SUM(A1:A9)"
                                 << "'=SUM(A1:A9)";
        QTest::newRow("formula with comma") << "=HYPERLINK(\"x\",\"y\")"
                                            << "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"";
        QTest::newRow("plus") << "+44 1472 000000"
                              << "'+44 1472 000000";
        QTest::newRow("minus text") << "-cmd|' /C calc'!A0"
                                    << "'-cmd|' /C calc'!A0";
        QTest::newRow("at") << "@SUM(1)"
                            << "'@SUM(1)";
        QTest::newRow("tab") << "\tx"
                             << "'\tx";
        QTest::newRow("negative number") << "-22.4"
                                         << "-22.4";
        QTest::newRow("leading space") << " padded"
                                       << "\" padded\"";
    }
    void csvField()
    {
        QFETCH(QString, value);
        QFETCH(QString, written);
        QCOMPARE(CsvWriter::field(value), written);
    }

    void csvBytesAreWhatExcelExpects()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(buffer);
        writer.writeRecord({QStringLiteral("£10"), QStringLiteral("a,b")});
        writer.writeRecord({QStringLiteral("x")});
        QVERIFY(writer.ok());
        QCOMPARE(buffer.data(), QByteArray("\xEF\xBB\xBF\xC2\xA3"
                                           "10,\"a,b\"\r\nx\r\n"));
    }

    // A table's CSV opens in a spreadsheet reader with the same figures as the table.
    void tableCsvReadsBack()
    {
        const Report report = annual2020();
        const ReportTable* outcomes = report.table(u"outcomes_by_stage");
        QVERIFY(outcomes);
        const QString path = m_folder.filePath(QStringLiteral("outcomes.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(reportcsv::writeTable(*outcomes, file));
        file.close();

        const QList<QStringList> rows = readCsv(path);
        QVERIFY(rows.size() >= 3 + outcomes->rows().size());
        QCOMPARE(rows.at(0).value(0), outcomes->title());
        const QStringList header = rows.at(2);
        const int stage1 = int(header.indexOf(outcomes->column(u"stage1_count")->label));
        QVERIFY(stage1 > 0);
        const QList<std::pair<QString, QString>> expected{
            {QStringLiteral("Upheld"), QStringLiteral("15")},
            {QStringLiteral("Not upheld"), QStringLiteral("51")},
            {QStringLiteral("Total concluded"), QStringLiteral("118")}};
        for (const auto& [label, figure] : expected) {
            const QStringList* row = rowStarting(rows, label);
            QVERIFY2(row, qPrintable(label));
            QCOMPARE(row->value(stage1), figure);
            QCOMPARE(row->value(stage1 + 1), label == u"Upheld" ? QStringLiteral("12.7")
                                             : label == u"Total concluded"
                                                 ? QStringLiteral("100.0")
                                                 : QStringLiteral("43.2"));
        }
    }

    void wholeReportCsvHasEveryTable()
    {
        const Report report = annual2020();
        const QString path = m_folder.filePath(QStringLiteral("report.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(reportcsv::writeReport(report, file));
        file.close();
        const QList<QStringList> rows = readCsv(path);
        for (const ReportTable& table : report.tables())
            QVERIFY2(rowStarting(rows, table.title()), qPrintable(table.id()));
    }

    void htmlHasTheFigures()
    {
        const QString html = reportToHtml(annual2020());
        QVERIFY(html.contains(QStringLiteral("Outcomes by stage")));
        QVERIFY(html.contains(QStringLiteral("<td align=\"right\">118</td>")));
        QVERIFY(html.contains(QStringLiteral("2020/21")));
        QVERIFY(html.contains(QStringLiteral("01/04/2020")));
    }

    void cliJson()
    {
        const CliRun run = runCli(withDb(
            {QStringLiteral("report"), QStringLiteral("annual"), QStringLiteral("--year"),
             QStringLiteral("2020/21"), QStringLiteral("--procedure"), QStringLiteral("statutory"),
             QStringLiteral("--format"), QStringLiteral("json")}));
        QCOMPARE(run.code, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value(u"period").toObject().value(u"label").toString(),
                 QStringLiteral("2020/21"));
        const QJsonArray tables = json.value(u"tables").toArray();
        // statutory only: no corporate stage breakdowns
        QCOMPARE(tables.size(), ReportEngine::annualTableIds().size() - 3);
        for (const QJsonValue& table : tables) {
            const QJsonObject object = table.toObject();
            for (const char* key : {"id", "title", "basis", "columns", "rows"})
                QVERIFY2(object.contains(QLatin1String(key)), key);
            if (object.value(u"id").toString() != u"outcomes_by_stage")
                continue;
            for (const QJsonValue& row : object.value(u"rows").toArray())
                if (row.toObject().value(u"key").toString() == u"total")
                    QCOMPARE(row[u"cells"][u"stage1_count"].toInt(), 118);
        }
    }

    // --basis concluded counts the category table on complaints concluded in the period.
    void cliCategoryBasis()
    {
        const CliRun run = runCli(withDb(
            {QStringLiteral("report"), QStringLiteral("quarterly"), QStringLiteral("--year"),
             QStringLiteral("2020/21"), QStringLiteral("--quarter"), QStringLiteral("2"),
             QStringLiteral("--basis"), QStringLiteral("concluded"), QStringLiteral("--table"),
             QStringLiteral("by_category"), QStringLiteral("--format"), QStringLiteral("json")}));
        QCOMPARE(run.code, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json[u"period"][u"categoryBasis"].toString(), QStringLiteral("concluded"));
        const QJsonArray tables = json.value(u"tables").toArray();
        QCOMPARE(tables.size(), 1);
        QCOMPARE(tables.first()[u"basis"].toString(), QStringLiteral("concluded"));
    }

    void cliQuarterlyCsvFile()
    {
        const QString path = m_folder.filePath(QStringLiteral("q3.csv"));
        const CliRun run = runCli(withDb(
            {QStringLiteral("report"), QStringLiteral("quarterly"), QStringLiteral("--year"),
             QStringLiteral("2020/21"), QStringLiteral("--quarter"), QStringLiteral("3"),
             QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), path}));
        QCOMPARE(run.code, 0);
        const QList<QStringList> rows = readCsv(path);
        QCOMPARE(rows.value(0).value(1), QStringLiteral("2020/21 Q3"));
        QVERIFY(rowStarting(rows, QStringLiteral("Overdue at the end of the period")));
    }

    void cliCasesBehindAFigure()
    {
        const CliRun run = runCli(
            withDb({QStringLiteral("report"), QStringLiteral("annual"), QStringLiteral("--year"),
                    QStringLiteral("2020"), QStringLiteral("--procedure"),
                    QStringLiteral("statutory"), QStringLiteral("--cases-behind"),
                    QStringLiteral("outcomes_by_stage/upheld/stage1_count")}));
        QCOMPARE(run.code, 0);
        // A header line and one line per case.
        QCOMPARE(run.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).size(), 1 + 15);
    }

    void cliRefusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QString report = QStringLiteral("report");
        const QString annual = QStringLiteral("annual");
        const QString year = QStringLiteral("--year");
        QTest::newRow("no year") << QStringList{report, annual} << 2 << "--year";
        QTest::newRow("bad year") << QStringList{report, annual, year, QStringLiteral("20/21x")}
                                  << 2 << "20/21x";
        QTest::newRow("year out of range")
            << QStringList{report, annual, year, QStringLiteral("1850")} << 1 << "1850";
        QTest::newRow("no quarter")
            << QStringList{report, QStringLiteral("quarterly"), year, QStringLiteral("2020")} << 2
            << "--quarter";
        QTest::newRow("quarter 5") << QStringList{report,
                                                  QStringLiteral("quarterly"),
                                                  year,
                                                  QStringLiteral("2020"),
                                                  QStringLiteral("--quarter"),
                                                  QStringLiteral("5")}
                                   << 2 << "--quarter";
        QTest::newRow("bad format") << QStringList{report,
                                                   annual,
                                                   year,
                                                   QStringLiteral("2020"),
                                                   QStringLiteral("--format"),
                                                   QStringLiteral("xls")}
                                    << 2 << "xls";
        QTest::newRow("pdf without a file") << QStringList{report,
                                                           annual,
                                                           year,
                                                           QStringLiteral("2020"),
                                                           QStringLiteral("--format"),
                                                           QStringLiteral("pdf")}
                                            << 2 << "--out";
        QTest::newRow("unknown table") << QStringList{report,
                                                      annual,
                                                      year,
                                                      QStringLiteral("2020"),
                                                      QStringLiteral("--table"),
                                                      QStringLiteral("nonsense")}
                                       << 2 << "by_service_area";
        QTest::newRow("unknown figure") << QStringList{report,
                                                       annual,
                                                       year,
                                                       QStringLiteral("2020"),
                                                       QStringLiteral("--cases-behind"),
                                                       QStringLiteral("headline/nope/count")}
                                        << 1 << "nope";
        QTest::newRow("unknown category basis") << QStringList{report,
                                                               annual,
                                                               year,
                                                               QStringLiteral("2020"),
                                                               QStringLiteral("--basis"),
                                                               QStringLiteral("ongoing")}
                                                << 2 << "ongoing";
        QTest::newRow("same year compared") << QStringList{report,
                                                           annual,
                                                           year,
                                                           QStringLiteral("2020"),
                                                           QStringLiteral("--compare"),
                                                           QStringLiteral("2020")}
                                            << 1 << "itself";
    }
    void cliRefusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, message);
        const CliRun run = runCli(withDb(arguments));
        QCOMPARE(run.code, code);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    // The commands alone, without the program's document writer, refuse PDF plainly.
    void cliPdfNeedsADocumentWriter()
    {
        const QString path = m_folder.filePath(QStringLiteral("r.pdf"));
        const CliRun run = runCli(
            withDb({QStringLiteral("report"), QStringLiteral("annual"), QStringLiteral("--year"),
                    QStringLiteral("2020"), QStringLiteral("--format"), QStringLiteral("pdf"),
                    QStringLiteral("--out"), path}));
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QStringLiteral("html")), qPrintable(run.err));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestReportOutput)
#include "TestReportOutput.moc"

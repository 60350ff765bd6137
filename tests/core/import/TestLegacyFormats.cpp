// One team's legacy log, saved by LibreOffice Calc as CSV, XLSX, ODS and XLS
// (tests/data/legacy-log), imports to the same cases and the same report in every format;
// and files that are not what they claim are refused with nothing written.
#include "TestSupport.h"
#include "import/ImportMapping.h"
#include "import/Importer.h"
#include "reporting/ReportEngine.h"
#include "storage/CaseRepository.h"
#include "storage/Sql.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace redress;
using namespace redress::import;
using namespace redress::test;

namespace {

QString legacyFile(const QString& name)
{
    return QStringLiteral(REDRESS_TEST_DATA_DIR "/legacy-log/") + name;
}

qint64 count(Database& db, const char* statement)
{
    return sql::scalar(db.sql(), QString::fromLatin1(statement)).value().toLongLong();
}

// Everything the reports count a case by, in reference order.
QStringList fingerprints(Database& db)
{
    QStringList result;
    CaseRepository cases(db);
    auto query =
        sql::exec(db.sql(), QStringLiteral("SELECT id FROM cases ORDER BY source_reference"));
    QList<qint64> ids;
    while (query->next())
        ids << query->value(0).toLongLong();
    for (qint64 id : ids) {
        const Case c = cases.load(id).value();
        QStringList parts{c.sourceReference,
                          caseKindCode(c.kind),
                          procedureCode(c.procedure),
                          caseStateCode(c.state),
                          c.receivedOn.toString(Qt::ISODate),
                          c.closedOn.toString(Qt::ISODate),
                          c.channelCode,
                          QString::number(c.teamId),
                          c.complainant.fullName};
        for (const ComplaintPoint& point : c.points)
            parts << point.categoryCode;
        for (const Stage& s : c.stages)
            parts << QString::number(s.number) << s.requestedOn.toString(Qt::ISODate)
                  << s.acknowledgedOn.toString(Qt::ISODate) << s.respondedOn.toString(Qt::ISODate)
                  << s.outcomeCode << QString::number(s.extendedToDays);
        result << parts.join(u'|');
    }
    return result;
}

QByteArray annualJson(Database& db, int year)
{
    auto report = ReportEngine(db).annual(year);
    if (!report)
        qFatal("%s", qPrintable(report.error()));
    QJsonObject json = report->toJson();
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

Result<ImportResult> importFile(Database& db, const QString& path)
{
    auto mapping = ImportMapping::load(legacyFile(QStringLiteral("mapping.json")));
    if (!mapping)
        return Error{mapping.error()};
    ImportOptions options;
    options.mapping = mapping.value();
    return Importer(db, QStringLiteral("admin")).run(path, options);
}

QString problems(const ImportResult& result)
{
    QStringList lines;
    for (const ImportProblem& problem : result.problems)
        lines << problem.toText(result.fileName);
    return lines.join(u'\n');
}

} // namespace

class TestLegacyFormats : public QObject
{
    Q_OBJECT

    std::unique_ptr<FixedToday> m_today;
    QStringList m_expectedCases;
    QByteArray m_expected2020;

private slots:
    void initTestCase()
    {
        m_today = std::make_unique<FixedToday>(QDate(2021, 6, 30));
        // The CSV is the reference the other formats must match.
        auto holder = TestDatabase::create(Backend::Sqlite);
        QVERIFY(holder);
        auto db = holder->open();
        auto result = importFile(*db, legacyFile(QStringLiteral("legacy-log.csv")));
        QVERIFY2(result, qPrintable(result.error()));
        QVERIFY2(result->written, qPrintable(problems(result.value())));
        QCOMPARE(result->imported, 12);
        m_expectedCases = fingerprints(*db);
        m_expected2020 = annualJson(*db, 2020);
        QCOMPARE(m_expectedCases.size(), 12);
    }
    void cleanupTestCase() { m_today.reset(); }

    void everyFormatImportsTheSame_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<Backend>("backend");
        for (const char* file :
             {"legacy-log.xlsx", "legacy-log.ods", "legacy-log.xls", "legacy-log.csv"}) {
            QTest::addRow("%s sqlite", file) << QString::fromLatin1(file) << Backend::Sqlite;
            QTest::addRow("%s postgres", file) << QString::fromLatin1(file) << Backend::Postgres;
        }
    }
    void everyFormatImportsTheSame()
    {
        QFETCH(QString, file);
        REDRESS_TEST_DATABASE(db);
        auto result = importFile(*db, legacyFile(file));
        QVERIFY2(result, qPrintable(result.error()));
        QVERIFY2(result->written, qPrintable(problems(result.value())));
        QCOMPARE(fingerprints(*db), m_expectedCases);
        QCOMPARE(annualJson(*db, 2020), m_expected2020);
    }

    // Broken or disguised files: a clear message naming the file, and nothing written.
    void badFilesWriteNothing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        QFile xlsx(legacyFile(QStringLiteral("legacy-log.xlsx")));
        if (!xlsx.open(QIODevice::ReadOnly))
            qFatal("no legacy-log.xlsx");
        const QByteArray whole = xlsx.readAll();
        QTest::newRow("truncated xlsx") << whole.left(whole.size() / 2) << "log.xlsx"
                                        << "log.xlsx";
        QTest::newRow("picture named xlsx")
            << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << "log.xlsx"
            << "log.xlsx";
        QTest::newRow("empty file") << QByteArray() << "log.csv"
                                    << "log.csv";
        QTest::newRow("headings only")
            << QByteArray("Complaint Ref,Date Received,Type\r\n") << "log.csv"
            << "no rows";
        QByteArray wide;
        for (int i = 0; i < 3000; ++i)
            wide += "c" + QByteArray::number(i) + ",";
        QTest::newRow("thousands of columns") << wide + "\n"
                                              << "wide.csv"
                                              << "wide.csv";
        QTest::newRow("text where a date belongs")
            << QByteArray("Complaint Ref,Date Received,Type,Stage 1 Response\n"
                          "X/1,last Tuesday,Complaint,\n")
            << "log.csv"
            << "last Tuesday";
    }
    void badFilesWriteNothing()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, name);
        QFETCH(QString, message);
        auto holder = TestDatabase::create(Backend::Sqlite);
        QVERIFY(holder);
        auto db = holder->open();
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        auto result = Importer(*db, QStringLiteral("admin")).run(path, {});
        const QString text = result ? problems(result.value()) : result.error();
        QVERIFY2(!result || !result->written, qPrintable(text));
        QVERIFY2(text.contains(message), qPrintable(text));
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM cases"), 0);
        QCOMPARE(count(*db, "SELECT COUNT(*) FROM import_batch"), 0);
    }
};

QTEST_GUILESS_MAIN(TestLegacyFormats)
#include "TestLegacyFormats.moc"

#include "TestSupport.h"
#include "demo/DemoDataGenerator.h"
#include "export/CaseExporter.h"
#include "import/ImportMapping.h"
#include "import/Importer.h"
#include "storage/Sql.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace redress;
using namespace redress::test;
using namespace redress::import;

namespace {

// Every row of every table as one line of text, "table<TAB>column=value<TAB>…", sorted. The
// search index is read through its virtual table (its rowid is the case), never through the
// shadow tables, whose bytes depend on how the index was built rather than on what it holds.
QStringList rowsOf(Database& db)
{
    QStringList lines;
    auto tables = sql::exec(db.sql(), QStringLiteral("SELECT name FROM sqlite_master WHERE type = "
                                                     "'table' AND name NOT LIKE 'sqlite_%' "
                                                     "AND name NOT LIKE 'case_search_%' "
                                                     "ORDER BY name"));
    if (!tables)
        qFatal("%s", qPrintable(tables.error()));
    QStringList names;
    while (tables->next())
        names.append(tables->value(0).toString());
    for (const QString& table : std::as_const(names)) {
        const QString columns =
            table == u"case_search" ? QStringLiteral("rowid, *") : QStringLiteral("*");
        auto rows = sql::exec(db.sql(), QStringLiteral("SELECT %1 FROM %2").arg(columns, table));
        if (!rows)
            qFatal("%s", qPrintable(rows.error()));
        while (rows->next()) {
            const QSqlRecord record = rows->record();
            QStringList cells{table};
            for (int i = 0; i < record.count(); ++i) {
                const QVariant value = record.value(i);
                QString text = value.isNull() ? QStringLiteral("NULL")
                               : value.typeId() == QMetaType::QByteArray
                                   ? QString::fromLatin1(value.toByteArray().toHex())
                                   : value.toString();
                text.replace(u'\\', QStringLiteral("\\\\"))
                    .replace(u'\n', QStringLiteral("\\n"))
                    .replace(u'\t', QStringLiteral("\\t"));
                // A long value (an audit entry's snapshot of the case) by its digest, to keep
                // the recorded rows readable; any change to it still changes the digest.
                if (text.size() > 160)
                    text = QStringLiteral("sha256:") +
                           QString::fromLatin1(
                               QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256)
                                   .toHex());
                cells.append(record.fieldName(i) + u'=' + text);
            }
            lines.append(cells.join(u'\t'));
        }
    }
    lines.sort();
    return lines;
}

QStringList schemaOf(Database& db)
{
    auto entries = sql::exec(db.sql(), QStringLiteral("SELECT type, name, sql FROM sqlite_master "
                                                      "ORDER BY type, name"));
    if (!entries)
        qFatal("%s", qPrintable(entries.error()));
    QStringList result;
    while (entries->next())
        result.append(entries->value(0).toString() + u' ' + entries->value(1).toString() + u' ' +
                      entries->value(2).toString());
    return result;
}

// The rows `after` has that `before` has not (as multisets): what an import wrote.
QStringList written(const QStringList& before, const QStringList& after)
{
    QHash<QString, int> existing;
    for (const QString& line : before)
        ++existing[line];
    QStringList added;
    for (const QString& line : after) {
        if (existing.value(line) > 0)
            --existing[line];
        else
            added.append(line);
    }
    return added;
}

} // namespace

// Importing a log writes exactly the rows it wrote when the expected rows were recorded:
// every row of every table the import touches (cases, stages, people, children, links,
// points, the batch, the audit entries with their hash chain, the search index), compared
// column by column with tests/data/import-rows. The import's write path may be made faster
// but never different. After a deliberate change to what an import writes (a new column, a
// changed export), run the test with REDRESS_WRITE_IMPORT_ROWS=1 to record the rows again,
// and read the difference before committing it.
class TestImportRows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void writesTheRecordedRows_data()
    {
        QTest::addColumn<QString>("log");
        QTest::addColumn<QString>("expected");
        // The log a council exports from another Redress: every field of 150 demo cases.
        QTest::addRow("redress export") << QString() << QStringLiteral("import-rows/export.txt");
        // A team's own log: UK dates in several forms, labels mapped to codes.
        QTest::addRow("legacy log") << QStringLiteral("legacy-log/legacy-log.csv")
                                    << QStringLiteral("import-rows/legacy-log.txt");
    }
    void writesTheRecordedRows()
    {
        QFETCH(QString, log);
        QFETCH(QString, expected);
        const FixedToday today(QDate(2021, 6, 30));
        QTemporaryDir dir;
        QString path;
        std::optional<ImportMapping> mapping;
        if (log.isEmpty()) {
            REDRESS_SQLITE_DATABASE(source);
            QVERIFY(DemoDataGenerator(*source, 17).generate(150, 3));
            path = dir.filePath(QStringLiteral("cases.csv"));
            auto exported =
                exporting::CaseExporter(*source).write(path, exporting::ExportFormat::Csv, {}, {});
            QVERIFY2(exported, qPrintable(exported.error()));
        } else {
            path = ownTestData(log);
            auto loaded =
                ImportMapping::load(ownTestData(QStringLiteral("legacy-log/mapping.json")));
            QVERIFY2(loaded, qPrintable(loaded.error()));
            mapping = loaded.value();
        }

        REDRESS_SQLITE_DATABASE(target);
        const QStringList before = rowsOf(*target);
        const QStringList schema = schemaOf(*target);
        ImportOptions options;
        options.mapping = mapping;
        auto imported = Importer(*target, QStringLiteral("admin")).run(path, options);
        QVERIFY2(imported, qPrintable(imported.error()));
        QVERIFY(imported->problems.isEmpty());
        QVERIFY(imported->written);
        const QStringList rows = written(before, rowsOf(*target));
        // The schema (the triggers keeping the search index among it) is as it was.
        QCOMPARE(schemaOf(*target), schema);
        QVERIFY(rows.size() > imported->imported);

        const QString expectedPath = ownTestData(expected);
        const QByteArray actual = rows.join(u'\n').toUtf8() + '\n';
        if (qEnvironmentVariableIntValue("REDRESS_WRITE_IMPORT_ROWS") == 1) {
            QFile file(expectedPath);
            QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate),
                     qPrintable(expectedPath));
            file.write(actual);
            QSKIP("The rows were recorded; run again without REDRESS_WRITE_IMPORT_ROWS");
        }
        QFile file(expectedPath);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(expectedPath));
        const QStringList wanted =
            QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
        // The first difference each way, so a failure says which table and column moved.
        const QStringList missing = written(rows, wanted);
        const QStringList extra = written(wanted, rows);
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("not written: ") + missing.value(0).left(2000)));
        QVERIFY2(extra.isEmpty(),
                 qPrintable(QStringLiteral("written, not expected: ") + extra.value(0).left(2000)));
        QCOMPARE(rows.size(), wanted.size());
    }

    // The search index's triggers and the indexes of cases (into an empty database), dropped
    // while an import writes, are back whether it is written, refused or cancelled.
    void keepsTheSchema_data()
    {
        QTest::addColumn<QString>("outcome");
        QTest::addRow("written") << QStringLiteral("written");
        QTest::addRow("cancelled") << QStringLiteral("cancelled");
        QTest::addRow("refused") << QStringLiteral("refused");
    }
    void keepsTheSchema()
    {
        QFETCH(QString, outcome);
        const FixedToday today(QDate(2021, 6, 30));
        REDRESS_SQLITE_DATABASE(target);
        const QStringList schema = schemaOf(*target);
        QTemporaryDir dir;
        QString path = ownTestData(QStringLiteral("legacy-log/legacy-log.csv"));
        if (outcome == u"refused") {
            // The last row's date received is not a date: every row before it is written
            // first, then the whole import is rolled back.
            QFile log(path);
            QVERIFY(log.open(QIODevice::ReadOnly));
            QString text = QString::fromUtf8(log.readAll()).trimmed();
            const qsizetype lastLine = text.lastIndexOf(u'\n') + 1;
            const qsizetype comma = text.indexOf(u',', lastLine);
            text.replace(comma + 1, text.indexOf(u',', comma + 1) - comma - 1,
                         QStringLiteral("not a date"));
            path = dir.filePath(QStringLiteral("refused.csv"));
            QFile copy(path);
            QVERIFY(copy.open(QIODevice::WriteOnly));
            copy.write(text.toUtf8() + '\n');
        }
        auto mapping = ImportMapping::load(ownTestData(QStringLiteral("legacy-log/mapping.json")));
        QVERIFY2(mapping, qPrintable(mapping.error()));
        ImportOptions options;
        options.mapping = mapping.value();
        // Asked once every row is written (a small log is never asked before): cancelled
        // then, the whole import is rolled back.
        if (outcome == u"cancelled")
            options.progress = [](double) {
                return false;
            };
        auto imported = Importer(*target, QStringLiteral("admin")).run(path, options);
        QCOMPARE(imported && imported->written, outcome == u"written");
        QCOMPARE(schemaOf(*target), schema);
        QCOMPARE(sql::scalar(target->sql(), QStringLiteral("SELECT COUNT(*) FROM case_search"))
                     .value()
                     .toLongLong(),
                 sql::scalar(target->sql(), QStringLiteral("SELECT COUNT(*) FROM cases"))
                     .value()
                     .toLongLong());
    }
};

QTEST_GUILESS_MAIN(TestImportRows)
#include "TestImportRows.moc"

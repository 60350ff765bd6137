#include "TestSupport.h"
#include "ZipBuilder.h"
#include "import/ImportMapping.h"
#include "import/Importer.h"
#include "spreadsheet/Workbook.h"
#include "spreadsheet/XlsReaderProtocol.h"
#include "spreadsheet/XlsWorkbook.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

using namespace redress;
using namespace redress::spreadsheet;
using namespace redress::test;

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

const QByteArray odsMimeType = "application/vnd.oasis.opendocument.spreadsheet";

QByteArray odsContent(const QByteArray& rows)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
           "<office:document-content "
           "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
           "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
           "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\">"
           "<office:body><office:spreadsheet><table:table table:name=\"Log\">" +
           rows + "</table:table></office:spreadsheet></office:body></office:document-content>";
}

QByteArray odsRow(const QList<QByteArray>& cells, qint64 repeat = 1)
{
    QByteArray row = "<table:table-row";
    if (repeat > 1)
        row += " table:number-rows-repeated=\"" + QByteArray::number(repeat) + "\"";
    row += ">";
    for (const QByteArray& cell : cells)
        row += "<table:table-cell office:value-type=\"string\"><text:p>" + cell +
               "</text:p></table:table-cell>";
    return row + "</table:table-row>";
}

QByteArray ods(const QByteArray& rows)
{
    return zipOf({{QStringLiteral("mimetype"), odsMimeType, ZipMethod::Stored},
                  {QStringLiteral("content.xml"), odsContent(rows)}});
}

// A workbook of one sheet with a table of shared strings, both given as their XML.
QByteArray xlsxWithParts(const QByteArray& sharedStrings, const QByteArray& sheet)
{
    const QByteArray workbook =
        "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<sheets><sheet name=\"Log\" sheetId=\"1\"/></sheets></workbook>";
    const QByteArray rels =
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
        "relationships\"><Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/"
        "officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        "</Relationships>";
    return zipOf({{QStringLiteral("xl/workbook.xml"), workbook},
                  {QStringLiteral("xl/_rels/workbook.xml.rels"), rels},
                  {QStringLiteral("xl/sharedStrings.xml"), sharedStrings},
                  {QStringLiteral("xl/worksheets/sheet1.xml"), sheet}});
}

QByteArray xlsxWithSheet(const QByteArray& sheetData, qint64 declaredSheetSize = -1)
{
    const QByteArray workbook =
        "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        "<sheets><sheet name=\"Log\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
    const QByteArray rels =
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
        "relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>";
    const QByteArray sheet =
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<sheetData>" +
        sheetData + "</sheetData></worksheet>";
    ZipEntry sheetEntry{QStringLiteral("xl/worksheets/sheet1.xml"), sheet};
    sheetEntry.declaredSize = declaredSheetSize;
    return zipOf({{QStringLiteral("xl/workbook.xml"), workbook},
                  {QStringLiteral("xl/_rels/workbook.xml.rels"), rels},
                  sheetEntry});
}

} // namespace

class TestHostileFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<FixedToday> m_today;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { m_today = std::make_unique<FixedToday>(QDate(2021, 6, 30)); }
    void cleanup() { m_today.reset(); }

    void xlsxStreamsItsSheet()
    {
        QByteArray rows;
        for (int i = 1; i <= 3; ++i)
            rows += "<row r=\"" + QByteArray::number(i) + "\"><c r=\"A" + QByteArray::number(i) +
                    "\" t=\"inlineStr\"><is><t>row " + QByteArray::number(i) +
                    "</t></is></c></row>";
        // A name outside any one 8-bit code page: the package is opened through QFile.
        const QString path =
            writeFile(m_dir, QStringLiteral("Łódź – 投诉 log.xlsx"), xlsxWithSheet(rows));
        auto book = Workbook::open(path);
        QVERIFY2(book.ok(), qPrintable(book.error()));
        QStringList seen;
        double lastFraction = 0;
        const Status read = book.value()->readRows(0, [&](const SheetRow& row, double fraction) {
            seen << row.cells.value(0).toString();
            lastFraction = fraction;
            return true;
        });
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(seen, (QStringList{QStringLiteral("row 1"), QStringLiteral("row 2"),
                                    QStringLiteral("row 3")}));
        QVERIFY(lastFraction > 0 && lastFraction <= 1);
    }

    // The central directory says the sheet is 2 KB; it inflates to about 9 MB. The limit is on
    // what is inflated, so the read stops at the limit with a message naming the file, the part
    // and the limit.
    void xlsxInflatingPastTheLimitIsRefused()
    {
        QByteArray rows;
        const QByteArray row = "<row><c t=\"inlineStr\"><is><t>the same text</t></is></c></row>";
        rows.reserve(row.size() * 150'000);
        for (int i = 0; i < 150'000; ++i)
            rows += row;
        const QByteArray zip = xlsxWithSheet(rows, 2048);
        QVERIFY2(zip.size() < 200'000, qPrintable(QString::number(zip.size())));
        const QString path = writeFile(m_dir, QStringLiteral("inflating.xlsx"), zip);

        ReadLimits limits;
        limits.maxUncompressedBytes = 1'000'000;
        auto book = Workbook::open(path, limits);
        QVERIFY2(book.ok(), qPrintable(book.error())); // what it declares is within the limit
        qint64 delivered = 0;
        const Status read = book.value()->readRows(0, [&](const SheetRow&, double) {
            ++delivered;
            return true;
        });
        QVERIFY(!read.ok());
        QVERIFY2(read.error().startsWith(QStringLiteral("inflating.xlsx: ")),
                 qPrintable(read.error()));
        QVERIFY2(read.error().contains(QStringLiteral(
                     "the part “xl/worksheets/sheet1.xml” unpacks to more than 1.0 MB")),
                 qPrintable(read.error()));
        QVERIFY(delivered > 0 && delivered < 150'000);
    }

    // The table of shared text is one UTF-8 buffer, and the strings cells use most are kept
    // between cells: indexes that share a place in that cache (0 and 4096), strings too long to
    // keep, and text outside ASCII each come back as the file has them.
    void sharedStringsComeBackAsWritten()
    {
        const auto text = [](int i) {
            QString t = QStringLiteral("Łódź – 投诉 %1").arg(i);
            return i % 3 == 0 ? t.repeated(20) : t; // every third past the length kept
        };
        QByteArray strings = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                             "main\">";
        for (int i = 0; i < 8200; ++i)
            strings += "<si><t>" + text(i).toUtf8() + "</t></si>";
        strings += "</sst>";
        QByteArray sheet = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/"
                           "2006/main\"><sheetData>";
        QList<int> expected;
        for (int r = 1; r <= 300; ++r) {
            sheet += "<row r=\"" + QByteArray::number(r) + "\">";
            for (int i : {r % 7, r % 7 + 4096, r % 7 + 8192, r}) {
                sheet += "<c t=\"s\"><v>" + QByteArray::number(i) + "</v></c>";
                expected << i;
            }
            sheet += "</row>";
        }
        sheet += "</sheetData></worksheet>";
        const QString path =
            writeFile(m_dir, QStringLiteral("shared.xlsx"), xlsxWithParts(strings, sheet));
        auto book = Workbook::open(path);
        QVERIFY2(book.ok(), qPrintable(book.error()));
        QStringList read;
        const Status status = book.value()->readRows(0, [&](const SheetRow& row, double) {
            for (const QVariant& cell : row.cells)
                read << cell.toString();
            return true;
        });
        QVERIFY2(status.ok(), qPrintable(status.error()));
        QCOMPARE(read.size(), expected.size());
        for (qsizetype i = 0; i < read.size(); ++i)
            QCOMPARE(read.at(i), text(expected.at(i)));
    }

    void sharedStringsPastTheLimitAreRefused()
    {
        QByteArray strings = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                             "main\">";
        for (int i = 0; i < 20'000; ++i)
            strings += "<si><t>text number " + QByteArray::number(i) + "</t></si>";
        strings += "</sst>";
        const QByteArray sheet = "<worksheet xmlns=\"http://schemas.openxmlformats.org/"
                                 "spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" "
                                 "t=\"s\"><v>0</v></c></row></sheetData></worksheet>";
        const QString path =
            writeFile(m_dir, QStringLiteral("strings.xlsx"), xlsxWithParts(strings, sheet));
        ReadLimits limits;
        limits.maxSharedTextBytes = 100'000;
        auto book = Workbook::open(path, limits);
        QVERIFY2(book.ok(), qPrintable(book.error()));
        const Status read = book.value()->readRows(0, [](const SheetRow&, double) { return true; });
        QVERIFY(!read.ok());
        QVERIFY2(read.error().contains(QStringLiteral("table of shared text would take more than "
                                                      "0.1 MB")),
                 qPrintable(read.error()));

        auto unlimited = Workbook::open(path);
        QVERIFY(unlimited.ok());
        QString first;
        const Status readAll = unlimited.value()->readRows(0, [&](const SheetRow& row, double) {
            first = row.cells.value(0).toString();
            return true;
        });
        QVERIFY2(readAll.ok(), qPrintable(readAll.error()));
        QCOMPARE(first, QStringLiteral("text number 0"));
    }

    // An ODS whose one bad row is repeated a million times, a few kilobytes on disk, is read
    // without expanding anything but that row, and the import reports each kind of problem a
    // few times and counts the rest.
    void millionRepeatedBadRowsKeepAFewProblems()
    {
        const QByteArray rows =
            odsRow({"Complaint Ref", "Date Received", "Type", "Service Area"}) +
            odsRow({"2020/001", "31/02/2020", "Complaint", "Fostering"}, 1'000'000) +
            // Trailing empty rows and cells as LibreOffice writes them: never expanded.
            "<table:table-row table:number-rows-repeated=\"1047000\"><table:table-cell "
            "table:number-columns-repeated=\"16384\"/></table:table-row>";
        const QByteArray file = ods(rows);
        QVERIFY2(file.size() < 4096, qPrintable(QString::number(file.size())));
        const QString path = writeFile(m_dir, QStringLiteral("repeated.ods"), file);

        auto dbHolder = TestDatabase::create(Backend::Sqlite);
        QVERIFY(dbHolder);
        auto db = dbHolder->open();
        QVERIFY(db);
        import::ImportOptions options;
        options.dryRun = true;
        auto result = import::Importer(*db, QStringLiteral("admin")).run(path, options);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result->rows, 1'000'000);
        QVERIFY2(result->problemCount >= 1'000'000,
                 qPrintable(QString::number(result->problemCount)));
        QVERIFY2(result->problems.size() <= 100,
                 qPrintable(QString::number(result->problems.size())));
        QStringList lines;
        for (const import::ImportProblem& problem : result->problems)
            lines << problem.toText(result->fileName);
        const QString text = lines.join(u'\n');
        QVERIFY2(text.contains(QStringLiteral("31/02/2020")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("more rows, from row")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("to row 1000001")), qPrintable(text));
    }

    void wideRepeatedCellIsRefused()
    {
        const QByteArray rows =
            "<table:table-row><table:table-cell table:number-columns-repeated=\"1000000000\" "
            "office:value-type=\"string\"><text:p>x</text:p></table:table-cell></table:table-row>";
        const QString path = writeFile(m_dir, QStringLiteral("wide.ods"), ods(rows));
        auto book = Workbook::open(path);
        QVERIFY2(book.ok(), qPrintable(book.error()));
        const Status read = book.value()->readRows(0, [](const SheetRow&, double) { return true; });
        QVERIFY(!read.ok());
        QVERIFY2(read.error().contains(QStringLiteral("at most 1,024 can be imported")),
                 qPrintable(read.error()));
    }

    // Numbers in the XML that would overflow or allocate gigabytes if taken at their word.
    void hugeCountsInOdsAreBounded()
    {
        const QByteArray spaces =
            "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>a<text:s "
            "text:c=\"2000000000\"/>b</text:p></table:table-cell></table:table-row>";
        auto book = Workbook::open(writeFile(m_dir, QStringLiteral("spaces.ods"), ods(spaces)));
        QVERIFY2(book.ok(), qPrintable(book.error()));
        Status read = book.value()->readRows(0, [](const SheetRow&, double) { return true; });
        QVERIFY(!read.ok());
        QVERIFY2(read.error().contains(QStringLiteral("more than 100,000 characters")),
                 qPrintable(read.error()));

        const QByteArray repeats =
            "<table:table-row table:number-rows-repeated=\"9223372036854775807\"/>"
            "<table:table-row table:number-rows-repeated=\"9223372036854775807\"/>" +
            odsRow({"late"}, 9'000'000'000'000'000'000);
        book = Workbook::open(writeFile(m_dir, QStringLiteral("repeats.ods"), ods(repeats)));
        QVERIFY2(book.ok(), qPrintable(book.error()));
        qint64 delivered = 0;
        read = book.value()->readRows(0, [&](const SheetRow&, double) {
            ++delivered;
            return true;
        });
        QVERIFY(!read.ok());
        QCOMPARE(delivered, 0);
        QVERIFY2(read.error().contains(QStringLiteral("more than 5,000,000 rows")),
                 qPrintable(read.error()));
    }

    // Inputs the fuzz targets found (tests/fuzz/regressions): each is refused or read, and
    // nothing crashes.
    void fuzzFindingsAreReadSafely_data()
    {
        QTest::addColumn<QString>("file");
        const QDir folder(QStringLiteral(REDRESS_FUZZ_REGRESSIONS_DIR));
        for (const QString& name : folder.entryList(QDir::Files))
            QTest::newRow(qPrintable(name)) << folder.filePath(name);
    }
    void fuzzFindingsAreReadSafely()
    {
        QFETCH(QString, file);
        auto book = Workbook::open(file);
        if (!book) {
            QVERIFY2(book.error().startsWith(QFileInfo(file).fileName()), qPrintable(book.error()));
            return;
        }
        for (int sheet = 0; sheet < book.value()->sheetNames().size(); ++sheet) {
            const Status read =
                book.value()->readRows(sheet, [](const SheetRow&, double) { return true; });
            QVERIFY(read.ok() || !read.error().isEmpty());
        }
    }

    // The inputs that reached faults inside FreeXL are refused before FreeXL sees them, saying
    // what is wrong (tests/fuzz/README.md).
    void xlsFreexlWouldMisreadIsRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        const QDir folder(QStringLiteral(REDRESS_FUZZ_REGRESSIONS_DIR));
        QTest::newRow("directory name too long")
            << folder.filePath(QStringLiteral("xls-freexl-iconv-overread.xls"))
            << "has a name longer than a name can be";
        QTest::newRow("directory sector number that wraps round")
            << folder.filePath(QStringLiteral("xls-freexl-directory-sector-wraps.xls"))
            << "has a name longer than a name can be";
        QTest::newRow("shared text past its end")
            << folder.filePath(QStringLiteral("xls-freexl-heap-overread.xls"))
            << "its table of shared text runs past its end";
        QTest::newRow("formatting runs past a short stream")
            << folder.filePath(QStringLiteral("xls-freexl-sst-runs-overrun.xls"))
            << "its table of shared text runs past its end";
        QTest::newRow("FAT sectors named but not counted")
            << folder.filePath(QStringLiteral("xls-freexl-fat-count-zero.xls"))
            << "its table of shared text runs past its end";
        QTest::newRow("a sheet's size given twice")
            << folder.filePath(QStringLiteral("xls-freexl-second-dimensions.xls"))
            << "a sheet gives its size more than once, or not in full";
        QTest::newRow("mini stream FreeXL would allocate gigabytes for")
            << folder.filePath(QStringLiteral("xls-freexl-ministream-oom.xls"))
            << "gives a stream larger than the file";
        QTest::newRow("a number format's text longer than its record")
            << folder.filePath(QStringLiteral("xls-freexl-format-text-overread.xls"))
            << "a piece of its text runs past the end of its record";
        // Past the structure check: FreeXL faults, in its own process.
        QTest::newRow("FreeXL faults freeing a sheet's cells")
            << folder.filePath(QStringLiteral("xls-freexl-cell-table-fault.xls"))
            << "reading it stopped part-way, and nothing of it was imported";
    }
    void xlsFreexlWouldMisreadIsRefused()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        auto book = Workbook::open(file);
        QVERIFY(!book);
        QVERIFY2(
            book.error().startsWith(QFileInfo(file).fileName() + QStringLiteral(": the workbook ")),
            qPrintable(book.error()));
        QVERIFY2(book.error().contains(expected), qPrintable(book.error()));
    }

    // Were the structure check to miss a fault, FreeXL would meet it in its own process: that
    // process ends, and the file is refused, whichever step it ended in.
    void xlsReaderThatFaultsIsRefused_data()
    {
        QTest::addColumn<QString>("file");
        const QDir folder(QStringLiteral(REDRESS_FUZZ_REGRESSIONS_DIR));
        for (const char* name :
             {"xls-freexl-fat-count-zero.xls", "xls-freexl-second-dimensions.xls",
              "xls-freexl-sst-runs-overrun.xls"})
            QTest::newRow(name) << folder.filePath(QLatin1String(name));
    }
    void xlsReaderThatFaultsIsRefused()
    {
        QFETCH(QString, file);
        QString error;
        if (auto book = spreadsheet::detail::XlsWorkbook::openUnchecked(file, {}); !book)
            error = book.error();
        else if (const Status read =
                     book.value()->readRows(0, [](const SheetRow&, double) { return true; });
                 !read)
            error = read.error();
        QCOMPARE(error, QFileInfo(file).fileName() +
                            QStringLiteral(": the workbook is damaged: reading it stopped "
                                           "part-way, and nothing of it was imported; open it "
                                           "in Excel or LibreOffice, save it as XLSX and import "
                                           "that"));
    }

    // A shipped program runs the reader installed beside it and nothing else: not a path some
    // build machine once had. Without one beside it (a test's case) it needs to be named.
    void xlsReaderIsOnlyWhereItIsInstalledOrNamed()
    {
        const QByteArray named = qgetenv("REDRESS_XLS_READER");
        QVERIFY2(!named.isEmpty(), "ctest names the reader in REDRESS_XLS_READER");
        const QString file = QStringLiteral(REDRESS_FUZZ_REGRESSIONS_DIR) +
                             QStringLiteral("/xls-freexl-fat-count-zero.xls");

        qunsetenv("REDRESS_XLS_READER");
        auto unnamed = spreadsheet::detail::XlsWorkbook::openUnchecked(file, {});
        qputenv("REDRESS_XLS_READER", named);
        QVERIFY(!unnamed);
        QCOMPARE(unnamed.error(), QStringLiteral("xls-freexl-fat-count-zero.xls: the reader of "
                                                 "Excel 97–2003 files (redress-xls-reader) is "
                                                 "missing from this installation; install "
                                                 "Redress again"));
    }

    // The reader process holds itself to a ceiling of memory, so that a workbook FreeXL would
    // take gigabytes for fails there instead of slowing the whole computer down.
    void xlsReaderKeepsToItsMemoryLimit_data()
    {
        QTest::addColumn<int>("limitMiB");
        QTest::addColumn<bool>("reads");
        QTest::newRow("the limit the importer sets")
            << spreadsheet::detail::xlsreader::memoryLimitMiB << true;
        QTest::newRow("less than the process holds already") << 1 << false;
    }
    void xlsReaderKeepsToItsMemoryLimit()
    {
        QFETCH(int, limitMiB);
        QFETCH(bool, reads);
        QProcess reader;
        reader.setStandardErrorFile(QProcess::nullDevice());
        reader.start(QStringLiteral(REDRESS_XLS_READER),
                     {QStringLiteral("--memory-limit-mib"), QString::number(limitMiB),
                      test::ownTestData(QStringLiteral("spreadsheets/complaints-1900.xls")),
                      QStringLiteral("0")});
        QVERIFY(reader.waitForFinished(60'000));
        QDataStream in(reader.readAllStandardOutput());
        in.setVersion(spreadsheet::detail::xlsreader::streamVersion);
        quint8 message = 0;
        qint32 opened = 0;
        in >> message >> opened;
        const bool read = reader.exitStatus() == QProcess::NormalExit && reader.exitCode() == 0 &&
                          in.status() == QDataStream::Ok &&
                          message == quint8(spreadsheet::detail::xlsreader::Message::Opened) &&
                          opened == 0;
        QCOMPARE(read, reads);
    }

    // The shared-text table of a real XLS file, damaged in place: what FreeXL would trust is
    // refused first; the file as it is still reads.
    void xlsSharedTextIsCheckedBeforeFreexl_data()
    {
        QTest::addColumn<int>("field"); // offset into the SST record's data; -1: unchanged
        QTest::addColumn<quint32>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("as written") << -1 << 0u << "";
        QTest::newRow("more strings than it could hold")
            << 4 << 0x7FFFFFFFu << "says it holds more text than it does";
        QTest::newRow("a string longer than the table")
            << 8 << 0xFFFFu << "its table of shared text runs past its end";
    }
    void xlsSharedTextIsCheckedBeforeFreexl()
    {
        QFETCH(int, field);
        QFETCH(quint32, value);
        QFETCH(QString, expected);
        QFile original(test::ownTestData(QStringLiteral("spreadsheets/complaints-1900.xls")));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QByteArray bytes = original.readAll();
        // The SST record: type 0x00FC, its size, then the total and the unique string counts.
        qsizetype sst = -1;
        for (qsizetype at = bytes.indexOf(QByteArray("\xFC\x00", 2)); at >= 0 && sst < 0;
             at = bytes.indexOf(QByteArray("\xFC\x00", 2), at + 1)) {
            const auto u32 = [&](qsizetype i) {
                return qFromLittleEndian<quint32>(bytes.constData() + i);
            };
            if (at + 12 <= bytes.size() && u32(at + 8) > 0 && u32(at + 8) <= u32(at + 4) &&
                u32(at + 4) < 100000)
                sst = at;
        }
        QVERIFY(sst > 0);
        if (field == 8)
            qToLittleEndian<quint16>(quint16(value), bytes.data() + sst + 4 + field);
        else if (field >= 0)
            qToLittleEndian<quint32>(value, bytes.data() + sst + 4 + field);
        const QString path = writeFile(m_dir, QStringLiteral("damaged.xls"), bytes);
        auto book = Workbook::open(path);
        if (expected.isEmpty()) {
            QVERIFY2(book, qPrintable(book.error()));
            return;
        }
        QVERIFY(!book);
        QVERIFY2(book.error().contains(expected), qPrintable(book.error()));
    }

    void csvNotUtf8IsSaidOutLoud()
    {
        // Windows-1252: é is 0xE9, £ is 0xA3.
        const QByteArray bytes = "Ref,Name\n1,Alex\n2,Ren\xE9\n3,Sam\n4,\xA3"
                                 "5 refund\n";
        const QString path = writeFile(m_dir, QStringLiteral("cp1252.csv"), bytes);
        auto guessed = Workbook::open(path);
        QVERIFY2(guessed.ok(), qPrintable(guessed.error()));
        const QStringList notes = guessed.value()->notes();
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes.first().startsWith(QStringLiteral("cp1252.csv is not valid UTF-8, so it "
                                                         "was read as Windows-1252")),
                 qPrintable(notes.first()));
        QVERIFY2(notes.first().contains(QStringLiteral("rows not valid UTF-8: 3, 5.")),
                 qPrintable(notes.first()));
        QString name;
        QVERIFY(guessed.value()
                    ->readRows(0,
                               [&](const SheetRow& row, double) {
                                   if (row.number == 3)
                                       name = row.cells.value(1).toString();
                                   return true;
                               })
                    .ok());
        QCOMPARE(name, QStringLiteral("René"));

        auto chosen = Workbook::open(path, {}, QStringLiteral("Windows-1252"));
        QVERIFY2(chosen.ok(), qPrintable(chosen.error()));
        QVERIFY(chosen.value()->notes().isEmpty());

        auto claimed = Workbook::open(path, {}, QStringLiteral("UTF-8"));
        QVERIFY(!claimed.ok());
        QVERIFY2(claimed.error().contains(QStringLiteral("the mapping says the file is UTF-8, but "
                                                         "it is not (rows: 3, 5)")),
                 qPrintable(claimed.error()));

        const QString utf8 =
            writeFile(m_dir, QStringLiteral("utf8.csv"), "Ref,Name\n1,Ren\xC3\xA9\n");
        auto plain = Workbook::open(utf8);
        QVERIFY(plain.ok());
        QVERIFY(plain.value()->notes().isEmpty());
    }

    void mappingNamesTheEncoding()
    {
        QJsonObject json{{QStringLiteral("format"), QStringLiteral("redress-import-mapping")},
                         {QStringLiteral("version"), 1}};
        auto none = import::ImportMapping::fromJson(json, QStringLiteral("m.json"));
        QVERIFY2(none.ok(), qPrintable(none.error()));
        QVERIFY(none->encoding.isEmpty());
        QVERIFY(!none->toJson().contains(QStringLiteral("encoding")));

        json.insert(QStringLiteral("encoding"), QStringLiteral("cp1252"));
        auto named = import::ImportMapping::fromJson(json, QStringLiteral("m.json"));
        QVERIFY2(named.ok(), qPrintable(named.error()));
        QCOMPARE(named->encoding, QStringLiteral("Windows-1252"));
        QCOMPARE(named->toJson().value(QStringLiteral("encoding")).toString(),
                 QStringLiteral("Windows-1252"));

        json.insert(QStringLiteral("encoding"), QStringLiteral("EBCDIC"));
        auto unknown = import::ImportMapping::fromJson(json, QStringLiteral("m.json"));
        QVERIFY(!unknown.ok());
        QVERIFY2(unknown.error().contains(QStringLiteral("\"encoding\" must be one of UTF-8, "
                                                         "Windows-1252, UTF-16LE, UTF-16BE, not "
                                                         "\"EBCDIC\"")),
                 qPrintable(unknown.error()));
    }
};

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "TestHostileFiles.moc"

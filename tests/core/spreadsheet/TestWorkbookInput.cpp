#include "WorkbookChecks.h"

using namespace redress;
using namespace redress::spreadsheet;
using namespace redress::test::workbook;

// Small and bad input: CSV dialects, damaged or disguised files, a zip bomb, and a read that is
// cancelled; each read or refused with a message naming the file.
class TestWorkbookInput : public QObject
{
    Q_OBJECT
private slots:
    void smallCsv_data();
    void smallCsv();
    void badInput_data();
    void badInput();
    void zipBombIsRefused();
    void cancelStopsTheRead();

private:
    QTemporaryDir m_dir;
};

void TestWorkbookInput::smallCsv_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QVariantList>("firstRow");
    QTest::addColumn<QVariantList>("secondRow");

    const QVariantList header{QStringLiteral("Ref"), QStringLiteral("Summary"),
                              QStringLiteral("Cost")};
    QTest::addRow("semicolons, quoted delimiter")
        << QByteArray("Ref;Summary;Cost\nC-1;\"Late; rude\";12,50\n") << header
        << QVariantList{QStringLiteral("C-1"), QStringLiteral("Late; rude"),
                        QStringLiteral("12,50")};
    QTest::addRow("tabs, empty cell")
        << QByteArray("Ref\tSummary\tCost\r\nC-2\t\t3\r\n") << header
        << QVariantList{QStringLiteral("C-2"), QVariant(), QStringLiteral("3")};
    QTest::addRow("pipes, CR only")
        << QByteArray("Ref|Summary|Cost\rC-3|x|y") << header
        << QVariantList{QStringLiteral("C-3"), QStringLiteral("x"), QStringLiteral("y")};
    QByteArray utf16 = "\xFF\xFE";
    const QString text = QStringLiteral("Ref,Summary,Cost\nC-4,“Quoted” £5,\"two\nlines\"\n");
    utf16.append(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    QTest::addRow("UTF-16LE with BOM")
        << utf16 << header
        << QVariantList{QStringLiteral("C-4"), QStringLiteral("“Quoted” £5"),
                        QStringLiteral("two\nlines")};
    QTest::addRow("Windows-1252") << QByteArray("Ref,Summary,Cost\nC-5,\x93"
                                                "Fair\x94 \xA3"
                                                "10,\"a \"\"b\"\"\"\n")
                                  << header
                                  << QVariantList{QStringLiteral("C-5"),
                                                  QStringLiteral("“Fair” £10"),
                                                  QStringLiteral("a \"b\"")};
    QTest::addRow("UTF-8 with BOM")
        << QByteArray("\xEF\xBB\xBFRef,Summary,Cost\r\nC-6,caf\xC3\xA9,\"\"\r\n") << header
        << QVariantList{QStringLiteral("C-6"), QStringLiteral("café"), QVariant()};
}

void TestWorkbookInput::smallCsv()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QVariantList, firstRow);
    QFETCH(QVariantList, secondRow);
    // The extension lies on purpose: the content decides.
    const QString path = writeFile(m_dir, QStringLiteral("log.XLSX.txt"), bytes);
    auto book = Workbook::open(path);
    QVERIFY2(book.ok(), qPrintable(book.error()));
    QCOMPARE(book.value()->format(), Format::Csv);
    QCOMPARE(book.value()->sheetNames(), QStringList{QStringLiteral("log.XLSX")});
    const auto rows = readRows(path);
    QVERIFY2(rows.ok(), qPrintable(rows.error()));
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->at(0).cells, firstRow);
    QCOMPARE(rows->at(1).cells, secondRow);
    QCOMPARE(rows->at(1).number, 2);
}

void TestWorkbookInput::badInput_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("problem");

    QFile xlsx(own(QStringLiteral("complaints-1900.xlsx")));
    QVERIFY(xlsx.open(QIODevice::ReadOnly));
    const QByteArray whole = xlsx.readAll();

    QTest::addRow("PNG renamed .xlsx")
        << QStringLiteral("photo.xlsx") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16)
        << QStringLiteral("the file is a PNG image, not a spreadsheet");
    QTest::addRow("PDF") << QStringLiteral("letter.csv") << QByteArray("%PDF-1.7\n%\xE2\xE3")
                         << QStringLiteral("the file is a PDF document, not a spreadsheet");
    QTest::addRow("empty") << QStringLiteral("empty.csv") << QByteArray()
                           << QStringLiteral("the file is empty");
    QTest::addRow("truncated xlsx") << QStringLiteral("half.xlsx") << whole.left(whole.size() / 2)
                                    << QStringLiteral("not a complete zip package");
    QTest::addRow("zip of something else")
        << QStringLiteral("archive.xlsx") << zipOf(QStringLiteral("notes.txt"), "hello")
        << QStringLiteral("a zip archive of other files");
    QByteArray wide = "A";
    for (int i = 1; i < 2000; ++i)
        wide += ",C" + QByteArray::number(i);
    QTest::addRow("2,000 columns") << QStringLiteral("wide.csv") << QByteArray(wide + "\n")
                                   << QStringLiteral("row 1 has more than 1,024 columns");
}

void TestWorkbookInput::badInput()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, problem);
    const QString path = writeFile(m_dir, name, bytes);
    const auto rows = readRows(path);
    QVERIFY(!rows.ok());
    QVERIFY2(rows.error().startsWith(name), qPrintable(rows.error()));
    QVERIFY2(rows.error().contains(problem), qPrintable(rows.error()));
}

void TestWorkbookInput::zipBombIsRefused()
{
    // A real workbook whose 57 MB sheet breaks a 1 MB limit (a third-party file: this part
    // is left out when ../shared/testdata is absent)…
    if (test::missingSharedTestData(QStringLiteral("spreadsheets")).isEmpty()) {
        ReadLimits small;
        small.maxUncompressedBytes = 1'000'000;
        auto limited = Workbook::open(data(QStringLiteral("sheetjs_large_strings.xlsx")), small);
        QVERIFY(!limited.ok());
        QVERIFY2(limited.error().startsWith(QStringLiteral("sheetjs_large_strings.xlsx: ")),
                 qPrintable(limited.error()));
        QVERIFY2(limited.error().contains(QStringLiteral("would unpack to more than 1.0 MB")),
                 qPrintable(limited.error()));
    }

    // …and a member packed a thousand to one, as bombs are, under the default limits.
    const QString path =
        writeFile(m_dir, QStringLiteral("bomb.xlsx"),
                  zipOf(QStringLiteral("xl/workbook.xml"), QByteArray(20 * 1024 * 1024, '\0')));
    auto bomb = Workbook::open(path);
    QVERIFY(!bomb.ok());
    QVERIFY2(bomb.error().startsWith(QStringLiteral("bomb.xlsx: ")), qPrintable(bomb.error()));
    QVERIFY2(bomb.error().contains(QStringLiteral("as a zip bomb does")), qPrintable(bomb.error()));
}

void TestWorkbookInput::cancelStopsTheRead()
{
    auto book = Workbook::open(own(QStringLiteral("complaints-1900.xls")));
    QVERIFY(book.ok());
    int rows = 0;
    const Status read =
        book.value()->readRows(0, [&](const SheetRow&, double) { return ++rows < 3; });
    QVERIFY(!read.ok());
    QCOMPARE(rows, 3);
    QVERIFY2(read.error().contains(QStringLiteral("cancelled")), qPrintable(read.error()));
}

QTEST_GUILESS_MAIN(TestWorkbookInput)
#include "TestWorkbookInput.moc"

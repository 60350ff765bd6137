#include "TestSupport.h"
#include "spreadsheet/Workbook.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace redress;
using namespace redress::spreadsheet;

namespace {

// One expected cell: sheet index, row as shown (1-based), column letter(s), value.
struct CellCheck
{
    int sheet;
    qint64 row;
    int column;
    QVariant value;
};
using CellChecks = QList<CellCheck>;
using RowCounts = QList<qint64>;

enum Column
{
    A,
    B,
    C,
    D,
    E,
    F,
    G,
    H
};

QString data(const QString& name)
{
    return test::sharedTestData(QStringLiteral("spreadsheets/") + name);
}

QString complaints(const QString& name)
{
    return test::sharedTestData(QStringLiteral("complaints/") + name);
}

// The repository's own spreadsheets (tests/data/spreadsheets, written by make-spreadsheets.py).
QString own(const QString& name)
{
    return test::ownTestData(QStringLiteral("spreadsheets/") + name);
}

bool isShared(const QString& file)
{
    return QFileInfo(file).absolutePath() ==
           QFileInfo(test::sharedTestData(QStringLiteral("spreadsheets"))).absoluteFilePath();
}

QDateTime utc(int y, int m, int d, int h, int min, int s)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), Qt::UTC);
}

// Every row of every sheet, keyed by sheet and row number.
struct ReadBack
{
    QHash<QPair<int, qint64>, QVariantList> rows;
    RowCounts counts;
    QString error;
};

ReadBack readAll(const Workbook& book)
{
    ReadBack result;
    for (int sheet = 0; sheet < book.sheetNames().size(); ++sheet) {
        qint64 rows = 0;
        const Status read = book.readRows(sheet, [&](const SheetRow& row, double fraction) {
            if (fraction < 0 || fraction > 1)
                return false;
            ++rows;
            result.rows.insert({sheet, row.number}, row.cells);
            return true;
        });
        if (!read) {
            result.error = read.error();
            return result;
        }
        result.counts.append(rows);
    }
    return result;
}

// Reads the only sheet of a file and gives back its rows, or the error.
Result<QList<SheetRow>> readRows(const QString& path, ReadLimits limits = {})
{
    auto book = Workbook::open(path, limits);
    if (!book)
        return Error{book.error()};
    QList<SheetRow> rows;
    const Status read = book.value()->readRows(0, [&](const SheetRow& row, double) {
        rows.append(row);
        return true;
    });
    if (!read)
        return Error{read.error()};
    return rows;
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// A zip of one deflated member, built with qCompress (zlib: strip its 4-byte length, 2-byte
// header and 4-byte checksum to get raw deflate). The CRC is left 0: it is refused before any
// member is unpacked.
QByteArray zipOf(const QString& name, const QByteArray& content)
{
    const QByteArray zlib = qCompress(content, 9);
    const QByteArray deflated = zlib.mid(6, zlib.size() - 10);
    const QByteArray nameBytes = name.toUtf8();
    auto le16 = [](QByteArray& out, quint16 v) {
        out.append(char(v & 0xFF)).append(char(v >> 8));
    };
    auto le32 = [&](QByteArray& out, quint32 v) {
        le16(out, quint16(v & 0xFFFF));
        le16(out, quint16(v >> 16));
    };
    QByteArray zip;
    le32(zip, 0x04034b50);
    le16(zip, 20), le16(zip, 0), le16(zip, 8), le16(zip, 0), le16(zip, 0);
    le32(zip, 0), le32(zip, quint32(deflated.size())), le32(zip, quint32(content.size()));
    le16(zip, quint16(nameBytes.size())), le16(zip, 0);
    zip += nameBytes + deflated;
    const auto directoryAt = quint32(zip.size());
    le32(zip, 0x02014b50);
    le16(zip, 20), le16(zip, 20), le16(zip, 0), le16(zip, 8), le16(zip, 0), le16(zip, 0);
    le32(zip, 0), le32(zip, quint32(deflated.size())), le32(zip, quint32(content.size()));
    le16(zip, quint16(nameBytes.size())), le16(zip, 0), le16(zip, 0), le16(zip, 0), le16(zip, 0);
    le32(zip, 0), le32(zip, 0);
    zip += nameBytes;
    const auto directorySize = quint32(zip.size()) - directoryAt;
    le32(zip, 0x06054b50);
    le16(zip, 0), le16(zip, 0), le16(zip, 1), le16(zip, 1);
    le32(zip, directorySize), le32(zip, directoryAt), le16(zip, 0);
    return zip;
}

} // namespace

Q_DECLARE_METATYPE(CellCheck)

class TestWorkbook : public QObject
{
    Q_OBJECT
private slots:
    void spreadsheetOpens_data();
    void spreadsheetOpens();
    void everyTestFileIsCovered();
    void welshFileNameOpens_data();
    void welshFileNameOpens();
    void refusedSpreadsheet_data();
    void refusedSpreadsheet();
    void complaintLogPart1();
    void resavedComplaintLog();
    void truncatedComplaintLogNamesTheRow();
    void smallCsv_data();
    void smallCsv();
    void badInput_data();
    void badInput();
    void zipBombIsRefused();
    void cancelStopsTheRead();

private:
    QTemporaryDir m_dir;
};

void TestWorkbook::spreadsheetOpens_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Format>("format");
    QTest::addColumn<QStringList>("sheets");
    QTest::addColumn<RowCounts>("rowCounts"); // non-empty rows per sheet; empty: not checked
    QTest::addColumn<CellChecks>("cells");

    const QDate d1904[] = {QDate(1904, 1, 2), QDate(1904, 1, 12), QDate(1904, 4, 21),
                           QDate(1907, 1, 16), QDate(1934, 6, 3)};
    CellChecks dates1904;
    for (int i = 0; i < 5; ++i)
        dates1904 << CellCheck{0, i + 1, B, d1904[i]};
    dates1904 << CellCheck{0, 1, A, 1.0} << CellCheck{0, 5, A, 11111.0};
    CellChecks dates1904WithText = dates1904;
    dates1904WithText << CellCheck{0, 1, C, QStringLiteral("1904-01-02")}
                      << CellCheck{0, 5, D, QStringLiteral("1934-06-03")};
    const QStringList sheet1{QStringLiteral("Sheet1")};

    // The repository's own files: the same complaint log in each format and date system.
    const QStringList complaintsSheet{QStringLiteral("Complaints")};
    const auto ownLog = [](QDate lastReceived, bool mergedTitleKnown) {
        CellChecks cells{{0, 1, A, QStringLiteral("Cwynion Ŵyr: complaints log")},
                         {0, 2, B, QStringLiteral("Received")},
                         {0, 3, A, QStringLiteral("RED-0001")},
                         {0, 3, B, QDate(2024, 1, 15)},
                         {0, 3, D, 12.0},
                         {0, 4, B, QDate(2024, 2, 29)},
                         {0, 5, B, lastReceived},
                         {0, 5, C, QStringLiteral("Ysgol Tŷ Gwyn")},
                         {0, 5, D, 0.5}};
        if (mergedTitleKnown) // the cells a merged title covers read as empty
            cells << CellCheck{0, 1, B, {}} << CellCheck{0, 1, D, {}};
        return cells;
    };
    const QDate first1900(1900, 3, 1); // serial 61, just after Excel's 29 February 1900
    const QDate first1904(1904, 1, 2); // serial 1
    QTest::addRow("own complaints-1900.xlsx (shared strings)")
        << own(QStringLiteral("complaints-1900.xlsx")) << Format::Xlsx << complaintsSheet
        << RowCounts{5} << ownLog(first1900, true);
    QTest::addRow("own complaints-1904.xlsx (inline strings)")
        << own(QStringLiteral("complaints-1904.xlsx")) << Format::Xlsx << complaintsSheet
        << RowCounts{5} << ownLog(first1904, true);
    QTest::addRow("own complaints-1900.xls")
        << own(QStringLiteral("complaints-1900.xls")) << Format::Xls << complaintsSheet
        << RowCounts{5} << ownLog(first1900, true);
    QTest::addRow("own complaints-1904.xls")
        << own(QStringLiteral("complaints-1904.xls")) << Format::Xls << complaintsSheet
        << RowCounts{5} << ownLog(first1904, true);
    QTest::addRow("own complaints.ods")
        << own(QStringLiteral("complaints.ods")) << Format::Ods << complaintsSheet << RowCounts{5}
        << ownLog(first1900, true);

    QTest::addRow("sheetjs_1904.xlsx") << data(QStringLiteral("sheetjs_1904.xlsx")) << Format::Xlsx
                                       << sheet1 << RowCounts{5} << dates1904WithText;
    QTest::addRow("sheetjs_1904.xls") << data(QStringLiteral("sheetjs_1904.xls")) << Format::Xls
                                      << sheet1 << RowCounts{5} << dates1904;
    QTest::addRow("sheetjs_1904.ods")
        << data(QStringLiteral("sheetjs_1904.ods")) << Format::Ods
        << QStringList{QStringLiteral("1904")} << RowCounts{5} << dates1904WithText;

    const CellChecks calamineDates{{0, 1, A, QDate(2021, 1, 1)},
                                   {0, 2, A, QDate(2021, 1, 2)},
                                   {0, 1, B, 15.0},
                                   {0, 3, B, 17.0}};
    QTest::addRow("calamine_date.xlsx")
        << data(QStringLiteral("calamine_date.xlsx")) << Format::Xlsx << sheet1 << RowCounts{3}
        << (CellChecks(calamineDates) << CellCheck{0, 3, A, 10.6320601851852}); // [hh]:mm:ss
    QTest::addRow("calamine_date_1904.xlsx")
        << data(QStringLiteral("calamine_date_1904.xlsx")) << Format::Xlsx << sheet1 << RowCounts{3}
        << (CellChecks(calamineDates) << CellCheck{0, 3, A, 10.6320601851852});
    // FreeXL shows the 10-day duration as its time of day.
    QTest::addRow("calamine_date.xls")
        << data(QStringLiteral("calamine_date.xls")) << Format::Xls << sheet1 << RowCounts{3}
        << (CellChecks(calamineDates) << CellCheck{0, 3, A, QTime(15, 10, 10)});
    QTest::addRow("calamine_date.ods")
        << data(QStringLiteral("calamine_date.ods")) << Format::Ods << sheet1 << RowCounts{4}
        << CellChecks{{0, 1, A, QDate(2021, 1, 1)},
                      {0, 2, A, utc(2021, 1, 1, 10, 10, 10)},
                      {0, 3, A, QTime(10, 10, 10)},
                      {0, 4, A, QTime(10, 10, 10, 123)},
                      {0, 4, B, 18.0}};
    QTest::addRow("calamine_issue_261_fixed_by_excel.xlsx")
        << data(QStringLiteral("calamine_issue_261_fixed_by_excel.xlsx")) << Format::Xlsx
        << QStringList{QStringLiteral("Some Sheet")} << RowCounts{55}
        << CellChecks{{0, 1, A, QStringLiteral("String Value 32")},
                      {0, 7, B, QDate(2023, 3, 15)},
                      {0, 7, G, 901.0}};
    QTest::addRow("calamine_merged_cells.ods")
        << data(QStringLiteral("calamine_merged_cells.ods")) << Format::Ods << sheet1
        << RowCounts{3}
        << CellChecks{
               {0, 1, A, QStringLiteral("A")}, {0, 3, A, {}}, {0, 3, C, QStringLiteral("C")}};
    QTest::addRow("calamine_merged_range.xls")
        << data(QStringLiteral("calamine_merged_range.xls")) << Format::Xls
        << QStringList{QStringLiteral("Sheet1"), QStringLiteral("Sheet2")} << RowCounts{3, 3}
        << CellChecks{{0, 1, A, QStringLiteral("A1")},
                      {0, 4, H, QStringLiteral("H4")},
                      {1, 3, B, QStringLiteral("B3")}};
    QTest::addRow("calamine_number_rows_repeated.ods")
        << data(QStringLiteral("calamine_number_rows_repeated.ods")) << Format::Ods
        << QStringList{QStringLiteral("Sheet1"), QStringLiteral("Sheet2"), QStringLiteral("Sheet3")}
        << RowCounts{5, 5, 5}
        << CellChecks{{0, 1, A, QStringLiteral("A")},
                      {0, 8, B, QStringLiteral("D")},
                      {2, 3, A, QStringLiteral("A")},
                      {2, 10, A, QStringLiteral("C")}};
    QTest::addRow("calamine_richtext_issue.ods")
        << data(QStringLiteral("calamine_richtext_issue.ods")) << Format::Ods
        << QStringList{QStringLiteral("datatypes"), QStringLiteral("Sheet1"),
                       QStringLiteral("issue2"),    QStringLiteral("issue5"),
                       QStringLiteral("issue6"),    QStringLiteral("spc_chrs")}
        << RowCounts{1, 1, 3, 1, 4, 8}
        << CellChecks{{0, 1, A, QStringLiteral("abc")},
                      {2, 3, B, QStringLiteral("c")},
                      {3, 1, A, 0.5},
                      {4, 3, A, QStringLiteral("ab")},
                      {4, 4, A, false},
                      {5, 4, A, QStringLiteral("aaa ' aaa")},
                      {5, 6, A, QStringLiteral("☺")}};
    QTest::addRow("calamine_rph.xlsx")
        << data(QStringLiteral("calamine_rph.xlsx")) << Format::Xlsx << sheet1 << RowCounts{1}
        << CellChecks{{0, 1, A, QStringLiteral("課きく　毛こ")}};
    QTest::addRow("calamine_sst_continue.xls")
        << data(QStringLiteral("calamine_sst_continue.xls")) << Format::Xls << sheet1
        << RowCounts{136}
        << CellChecks{
               {0, 1, A,
                QStringLiteral("This is a long string with a serial number at the end 0001")},
               {0, 136, A, QStringLiteral("New CONTINUE block")}};
    QTest::addRow("sheetjs_Attendance.xlsx")
        << data(QStringLiteral("sheetjs_Attendance.xlsx")) << Format::Xlsx
        << QStringList{QStringLiteral("Attendance - Attendance")} << RowCounts{25}
        << CellChecks{{0, 2, B, QStringLiteral("Ben \nAshley")},
                      {0, 3, A, QDate(2020, 10, 1)},
                      {0, 3, B, false},
                      {0, 3, C, true}};
    QTest::addRow("sheetjs_DataTypesFormats.xlsx")
        << data(QStringLiteral("sheetjs_DataTypesFormats.xlsx")) << Format::Xlsx << sheet1
        << RowCounts{6}
        << CellChecks{{0, 1, B, QDate(2020, 7, 23)},
                      {0, 2, B, utc(2020, 7, 23, 9, 0, 0)},
                      {0, 3, B, 123.0},
                      {0, 4, B, 0.9876}};
    QTest::addRow("sheetjs_LONumbers.xlsx")
        << data(QStringLiteral("sheetjs_LONumbers.xlsx")) << Format::Xlsx << sheet1 << RowCounts{38}
        << CellChecks{{0, 1, A, QStringLiteral("General")},
                      {0, 1, C, -1.2},
                      {0, 3, B, QDate(1900, 1, 1)}, // serial 1 in the 1900 system
                      {0, 3, C, -1.2}};             // a negative serial is no date
    QTest::addRow("sheetjs_crlf.xlsx")
        << data(QStringLiteral("sheetjs_crlf.xlsx")) << Format::Xlsx << sheet1 << RowCounts{3}
        << CellChecks{{0, 1, B, QStringLiteral("abc\ndef")}, {0, 2, B, QStringLiteral("abc\ndef")}};
    QTest::addRow("sheetjs_crlf.ods")
        << data(QStringLiteral("sheetjs_crlf.ods")) << Format::Ods << sheet1 << RowCounts{3}
        << CellChecks{{0, 1, B, QStringLiteral("abc\nDef")}, {0, 2, B, QStringLiteral("abc\ndef")}};
    QTest::addRow("sheetjs_hebrew_tax_credit_points.xlsx")
        << data(QStringLiteral("sheetjs_hebrew_tax_credit_points.xlsx")) << Format::Xlsx
        << QStringList{QStringLiteral("חישוב"), QStringLiteral("מס הכנסה "),
                       QStringLiteral("גיליון3")}
        << RowCounts{30, 12, 0}
        << CellChecks{{0, 1, F, QStringLiteral("נתונים אינפורמטיבים")},
                      {0, 3, G, 2.25},
                      {1, 4, B, 48000.0}};
    QTest::addRow("sheetjs_large_strings.xlsx")
        << data(QStringLiteral("sheetjs_large_strings.xlsx")) << Format::Xlsx
        << QStringList{QStringLiteral("Large Strings"), QStringLiteral("Simple"),
                       QStringLiteral("longwordslist")}
        << RowCounts{9999, 26, 17619}
        << CellChecks{{0, 1, A, QStringLiteral("a")},
                      {0, 9999, A, QString(9999, u'a')},
                      {2, 9999, A, QStringLiteral("neuroticism")}};
    const CellChecks richText{{0, 1, A, QStringLiteral("normal")},
                              {0, 2, B, QStringLiteral("this text is bold, sure enough")}};
    QTest::addRow("sheetjs_rich_text_stress.xlsx")
        << data(QStringLiteral("sheetjs_rich_text_stress.xlsx")) << Format::Xlsx << sheet1
        << RowCounts{14} << richText;
    QTest::addRow("sheetjs_rich_text_stress.xls")
        << data(QStringLiteral("sheetjs_rich_text_stress.xls")) << Format::Xls << sheet1
        << RowCounts{14} << richText;
    QTest::addRow("sheetjs_sushi.xlsx")
        << data(QStringLiteral("sheetjs_sushi.xlsx")) << Format::Xlsx << sheet1 << RowCounts{1}
        << CellChecks{{0, 1, A, QString::fromUtf8("\xF0\x9F\x8D\xA3")}};
    QTest::addRow("sheetjs_text_and_numbers.xls")
        << data(QStringLiteral("sheetjs_text_and_numbers.xls")) << Format::Xls
        << QStringList{QStringLiteral("Sheet1"), QStringLiteral("Sheet2"), QStringLiteral("Sheet3")}
        << RowCounts{3, 0, 0}
        << CellChecks{{0, 2, B, QStringLiteral("שלום")}, {0, 4, A, 1337.0}, {0, 4, B, 13.37}};
    QTest::addRow("tealeg_empty_rows.xlsx")
        << data(QStringLiteral("tealeg_empty_rows.xlsx")) << Format::Xlsx
        << QStringList{QStringLiteral("EmptyRows"), QStringLiteral("EmptyCols"),
                       QStringLiteral("EmptyRowsAndCols")}
        << RowCounts{2, 2, 2}
        << CellChecks{{0, 3, A, QStringLiteral("A3")},
                      {1, 1, C, QStringLiteral("C1")},
                      {2, 4, D, QStringLiteral("D4")}};
    QTest::addRow("tealeg_inlineStrings.xlsx")
        << data(QStringLiteral("tealeg_inlineStrings.xlsx")) << Format::Xlsx
        << QStringList{QStringLiteral("Activity by Day")} << RowCounts{33}
        << CellChecks{{0, 2, B, QStringLiteral("Advertiser: Malformed Industries")},
                      {0, 10, B, QStringLiteral("Date")}};
    QTest::addRow("tealeg_samplefile.xlsx")
        << data(QStringLiteral("tealeg_samplefile.xlsx")) << Format::Xlsx
        << QStringList{QStringLiteral("Sample"), QStringLiteral("Cities")} << RowCounts{4, 8}
        << CellChecks{{0, 1, D, QStringLiteral("Formula")},
                      {0, 2, A, QStringLiteral("Alice")},
                      {0, 2, B, QDate(2020, 3, 20)},
                      {0, 2, C, 24315.0},
                      {0, 2, D, 1215.75},
                      {1, 5, A, QStringLiteral("São Paulo")}};
}

void TestWorkbook::spreadsheetOpens()
{
    QFETCH(QString, file);
    QFETCH(Format, format);
    QFETCH(QStringList, sheets);
    QFETCH(RowCounts, rowCounts);
    QFETCH(CellChecks, cells);
    if (isShared(file))
        REDRESS_SKIP_WITHOUT_SHARED_TESTDATA(QStringLiteral("spreadsheets"));

    auto book = Workbook::open(file);
    QVERIFY2(book.ok(), qPrintable(book.error()));
    QCOMPARE(book.value()->format(), format);
    QCOMPARE(book.value()->sheetNames(), sheets);
    const ReadBack read = readAll(*book.value());
    QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
    QCOMPARE(read.counts, rowCounts);
    for (const CellCheck& check : cells) {
        const QVariant actual = read.rows.value({check.sheet, check.row}).value(check.column);
        const QString where = QStringLiteral("sheet %1 row %2 column %3")
                                  .arg(check.sheet)
                                  .arg(check.row)
                                  .arg(check.column);
        QVERIFY2(actual.typeId() == check.value.typeId() || check.value.isNull(),
                 qPrintable(where + QStringLiteral(": ") + QString::fromLatin1(actual.typeName())));
        QVERIFY2(actual == check.value,
                 qPrintable(where + QStringLiteral(": ") + actual.toString() +
                            QStringLiteral(" is not ") + check.value.toString()));
    }
}

void TestWorkbook::everyTestFileIsCovered()
{
    // The rows of spreadsheetOpens_data and refusedSpreadsheet_data: a file added to the
    // shared folder without a row here fails this test.
    REDRESS_SKIP_WITHOUT_SHARED_TESTDATA(QStringLiteral("spreadsheets"));
    const QStringList covered{
        QStringLiteral("calamine_date.ods"),
        QStringLiteral("calamine_date.xls"),
        QStringLiteral("calamine_date.xlsx"),
        QStringLiteral("calamine_date_1904.xlsx"),
        QStringLiteral("calamine_issue_261_fixed_by_excel.xlsx"),
        QStringLiteral("calamine_merged_cells.ods"),
        QStringLiteral("calamine_merged_range.xls"),
        QStringLiteral("calamine_number_rows_repeated.ods"),
        QStringLiteral("calamine_richtext_issue.ods"),
        QStringLiteral("calamine_rph.xlsx"),
        QStringLiteral("calamine_sst_continue.xls"),
        QStringLiteral("sheetjs_1904.ods"),
        QStringLiteral("sheetjs_1904.xls"),
        QStringLiteral("sheetjs_1904.xlsx"),
        QStringLiteral("sheetjs_Attendance.xlsx"),
        QStringLiteral("sheetjs_DataTypesFormats.xlsx"),
        QStringLiteral("sheetjs_LONumbers.xlsx"),
        QStringLiteral("sheetjs_crlf.ods"),
        QStringLiteral("sheetjs_crlf.xlsx"),
        QStringLiteral("sheetjs_hebrew_tax_credit_points.xlsx"),
        QStringLiteral("sheetjs_large_strings.xlsx"),
        QStringLiteral("sheetjs_minimal_112.xls"),
        QStringLiteral("sheetjs_rich_text_stress.xls"),
        QStringLiteral("sheetjs_rich_text_stress.xlsx"),
        QStringLiteral("sheetjs_sushi.xlsx"),
        QStringLiteral("sheetjs_text_and_numbers.xls"),
        QStringLiteral("tealeg_empty_rows.xlsx"),
        QStringLiteral("tealeg_inlineStrings.xlsx"),
        QStringLiteral("tealeg_samplefile.xlsx"),
    };
    const QStringList present = QDir(test::sharedTestData(QStringLiteral("spreadsheets")))
                                    .entryList(QDir::Files, QDir::Name);
    QCOMPARE(present, covered);
}

void TestWorkbook::welshFileNameOpens_data()
{
    QTest::addColumn<QString>("source");
    for (const char* name : {"complaints-1900.xlsx", "complaints-1900.xls", "complaints.ods"})
        QTest::addRow("%s", name) << own(QString::fromLatin1(name));
}

// Folder and file names with letters outside any ANSI code page reach every reader intact.
void TestWorkbook::welshFileNameOpens()
{
    QFETCH(QString, source);
    const QString folder = m_dir.filePath(QStringLiteral("Gwasanaethau Tŷ"));
    QVERIFY(QDir().mkpath(folder));
    const QString path =
        QDir(folder).filePath(QStringLiteral("Cwynion Ŵyr.") + QFileInfo(source).suffix());
    QFile::remove(path);
    QVERIFY(QFile::copy(source, path));
    const auto rows = readRows(path);
    QVERIFY2(rows.ok(), qPrintable(rows.error()));
    QCOMPARE(rows->size(), 5);
    QCOMPARE(rows->at(4).cells.value(C).toString(), QStringLiteral("Ysgol Tŷ Gwyn"));
}

void TestWorkbook::refusedSpreadsheet_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("problem");
    // FreeXL 1.0.6 cannot read Apple Numbers' BIFF8: refused with advice, not half-read.
    QTest::addRow("sheetjs_minimal_112.xls")
        << data(QStringLiteral("sheetjs_minimal_112.xls")) << QStringLiteral("save it as XLSX");
}

void TestWorkbook::refusedSpreadsheet()
{
    QFETCH(QString, file);
    QFETCH(QString, problem);
    if (isShared(file))
        REDRESS_SKIP_WITHOUT_SHARED_TESTDATA(QStringLiteral("spreadsheets"));
    auto book = Workbook::open(file);
    QVERIFY(!book.ok());
    QVERIFY2(book.error().startsWith(QFileInfo(file).fileName() + QStringLiteral(": ")),
             qPrintable(book.error()));
    QVERIFY2(book.error().contains(problem), qPrintable(book.error()));
}

void TestWorkbook::complaintLogPart1()
{
    REDRESS_SKIP_WITHOUT_SHARED_TESTDATA(QStringLiteral("complaints"));
    const auto rows =
        readRows(complaints(QStringLiteral("cfpb_complaints_sample_2015-2020.part1of2.csv")));
    QVERIFY2(rows.ok(), qPrintable(rows.error()));
    // Two lines of unzip output, the header, then 3,239 complaints.
    QCOMPARE(rows->size(), 2 + 1 + 3239);
    QCOMPARE(rows->at(0).cells.value(0).toString(),
             QStringLiteral("Archive:  /Users/hvo/Downloads/complaints.csv.zip"));
    QCOMPARE(rows->at(0).cells.size(), 1);
    const SheetRow& header = rows->at(2);
    QCOMPARE(header.number, 3);
    QCOMPARE(header.cells.size(), 18);
    QCOMPARE(header.cells.at(0).toString(), QStringLiteral("Date received"));
    QCOMPARE(header.cells.at(17).toString(), QStringLiteral("Complaint ID"));
    int multiLine = 0;
    for (qsizetype i = 3; i < rows->size(); ++i) {
        QCOMPARE(rows->at(i).cells.size(), 18);
        if (rows->at(i).cells.at(5).toString().contains(u'\n'))
            ++multiLine;
    }
    QVERIFY(multiLine > 100);
    QCOMPARE(rows->at(3).cells.at(0), QVariant(QStringLiteral("2020-03-18")));
    QVERIFY(rows->at(3).cells.at(1).toString().startsWith(QStringLiteral("Credit reporting, ")));
}

void TestWorkbook::resavedComplaintLog()
{
    REDRESS_SKIP_WITHOUT_SHARED_TESTDATA(QStringLiteral("complaints"));
    for (const QString& name :
         {QStringLiteral("cfpb_complaints_sample_2015-2020_resaved.part1of2.csv"),
          QStringLiteral("cfpb_complaints_sample_2015-2020_resaved.part2of2.csv")}) {
        const auto rows = readRows(complaints(name));
        QVERIFY2(rows.ok(), qPrintable(rows.error()));
        QCOMPARE(rows->first().cells.value(0).toString(), QStringLiteral("Date received"));
        int multiLine = 0;
        for (const SheetRow& row : *rows) {
            QCOMPARE(row.cells.size(), 18);
            const QString narrative = row.cells.at(5).toString();
            QVERIFY(!narrative.contains(u'\r'));
            multiLine += narrative.contains(u'\n');
        }
        QVERIFY(multiLine > 100); // bare LF inside quotes stays in the field
        QVERIFY(rows->size() > 3000);
    }
}

void TestWorkbook::truncatedComplaintLogNamesTheRow()
{
    REDRESS_SKIP_WITHOUT_SHARED_TESTDATA(QStringLiteral("complaints"));
    const QString file = complaints(QStringLiteral("cfpb_complaints_2023_truncated_at_1MiB.csv"));
    auto book = Workbook::open(file);
    QVERIFY2(book.ok(), qPrintable(book.error()));
    qint64 delivered = 0;
    const Status read = book.value()->readRows(0, [&](const SheetRow&, double) {
        ++delivered;
        return true;
    });
    QVERIFY(!read.ok());
    // The header and 2,067 complete records come first; the quote opens in B2069.
    QCOMPARE(delivered, 2068);
    QVERIFY2(read.error().startsWith(
                 QStringLiteral("cfpb_complaints_2023_truncated_at_1MiB.csv, row 2,069, column B")),
             qPrintable(read.error()));
    QVERIFY2(read.error().contains(QStringLiteral(
                 "a quoted field opened here is never closed; the file may be truncated")),
             qPrintable(read.error()));
}

void TestWorkbook::smallCsv_data()
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

void TestWorkbook::smallCsv()
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

void TestWorkbook::badInput_data()
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

void TestWorkbook::badInput()
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

void TestWorkbook::zipBombIsRefused()
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

void TestWorkbook::cancelStopsTheRead()
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

QTEST_GUILESS_MAIN(TestWorkbook)
#include "TestWorkbook.moc"

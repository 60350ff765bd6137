// An export row is written to CSV exactly as CsvWriter writes the same fields, and to XLSX as
// XlsxWriter writes the same cells given as QVariants: the typed UTF-8 rows change how fast
// the export is, never what it writes.
#include "ExportReadBack.h"
#include "export/CsvRowWriter.h"
#include "export/ExportRow.h"
#include "export/XlsxWriter.h"
#include "util/Csv.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace redress;
using namespace redress::exporting;
using namespace redress::test;

namespace {

// The same cell given both ways: as the row has it and as a QVariant.
struct Cell
{
    enum class Kind
    {
        Text,
        Date,
        Integer,
        Money
    };
    Kind kind;
    QVariant value;
};

void add(ExportRow& row, const Cell& cell)
{
    switch (cell.kind) {
    case Cell::Kind::Text:
        row.addText(cell.value.toString());
        break;
    case Cell::Kind::Date:
        row.addDate(cell.value.toDate());
        break;
    case Cell::Kind::Integer:
        row.addInteger(cell.value.toInt());
        break;
    case Cell::Kind::Money:
        row.addMoney(cell.value.toDouble());
        break;
    }
}

Cell text(const QString& value)
{
    return {Cell::Kind::Text, value};
}

} // namespace

Q_DECLARE_METATYPE(Cell)

class TestExportRows : public QObject
{
    Q_OBJECT

private slots:
    void cellsAreWrittenAsBefore_data()
    {
        QTest::addColumn<Cell>("cell");
        QTest::addRow("plain") << text(QStringLiteral("Plain words"));
        QTest::addRow("comma") << text(QStringLiteral("one, two"));
        QTest::addRow("quotes") << text(QStringLiteral("said \"no\" \"twice\""));
        QTest::addRow("line breaks") << text(QStringLiteral("line one\r\nline two\nthree"));
        QTest::addRow("leading space") << text(QStringLiteral(" padded"));
        QTest::addRow("trailing space") << text(QStringLiteral("padded "));
        QTest::addRow("formula") << text(QStringLiteral("=SUM(A1:A9)"));
        QTest::addRow("plus") << text(QStringLiteral("+44 20 7946 0000"));
        QTest::addRow("at") << text(QStringLiteral("@handle"));
        QTest::addRow("minus, a number") << text(QStringLiteral("-12.5"));
        QTest::addRow("minus, quoted") << text(QStringLiteral("-a, \"b\""));
        QTest::addRow("leading tab") << text(QStringLiteral("\tindented"));
        QTest::addRow("leading return") << text(QStringLiteral("\rx"));
        QTest::addRow("control characters") << text(QStringLiteral("bell\a and \x1f unit"));
        QTest::addRow("not characters") << text(QStringView(u"a\ufffeb\uffffc").toString());
        QTest::addRow("accents") << text(QStringLiteral("Ada Ó Súilleabháin, Ærø"));
        QTest::addRow("beyond the BMP") << text(QString::fromUtf8("smile \xF0\x9F\x98\x80"));
        QTest::addRow("JSON") << text(QStringLiteral("[{\"a\":\"b, c\",\"n\":1}]"));
        QTest::addRow("empty") << text(QString());
        QTest::addRow("date") << Cell{Cell::Kind::Date, QDate(2021, 6, 1)};
        QTest::addRow("date, early") << Cell{Cell::Kind::Date, QDate(1900, 3, 1)};
        QTest::addRow("date, year 10000") << Cell{Cell::Kind::Date, QDate(10000, 1, 1)};
        QTest::addRow("no date") << Cell{Cell::Kind::Date, QDate()};
        QTest::addRow("whole number") << Cell{Cell::Kind::Integer, 20};
        QTest::addRow("negative number") << Cell{Cell::Kind::Integer, -7};
        QTest::addRow("money") << Cell{Cell::Kind::Money, 123.45};
        QTest::addRow("money, whole") << Cell{Cell::Kind::Money, 500.0};
    }
    // Each cell between two others, so its separators are written too.
    void cellsAreWrittenAsBefore()
    {
        QFETCH(Cell, cell);
        ExportRow row;
        row.addText(QStringLiteral("before"));
        add(row, cell);
        row.addEmpty();
        row.addText(QStringLiteral("after"));
        QVariant value = cell.value;
        if ((cell.kind == Cell::Kind::Text && value.toString().isEmpty()) ||
            (cell.kind == Cell::Kind::Date && !value.toDate().isValid()))
            value = QVariant();
        const QVariantList variants{QStringLiteral("before"), value, QVariant(),
                                    QStringLiteral("after")};
        QCOMPARE(row.variants(), variants);

        QBuffer typed;
        QVERIFY(typed.open(QIODevice::WriteOnly));
        CsvRowWriter(typed).write(row);
        QBuffer plain;
        QVERIFY(plain.open(QIODevice::WriteOnly));
        QStringList fields;
        for (const QVariant& v : variants)
            fields << csvText(v);
        CsvWriter(plain).writeRecord(fields);
        QCOMPARE(typed.data(), plain.data());

        QTemporaryDir dir;
        const QString typedPath = dir.filePath(QStringLiteral("typed.xlsx"));
        const QString plainPath = dir.filePath(QStringLiteral("plain.xlsx"));
        {
            XlsxWriter writer(typedPath, QStringLiteral("Cases"));
            QVERIFY(writer.addRow(row));
            QVERIFY(writer.close());
        }
        {
            XlsxWriter writer(plainPath, QStringLiteral("Cases"));
            QVERIFY(writer.addRow(variants));
            QVERIFY(writer.close());
        }
        QCOMPARE(readBack(typedPath), readBack(plainPath));
    }

    // A row reused for the next holds only the next row's cells.
    void aClearedRowStartsAgain()
    {
        ExportRow row;
        row.addText(QStringLiteral("a long first row's text"));
        row.addDate(QDate(2020, 2, 29));
        row.clear();
        row.addInteger(3);
        QCOMPARE(row.size(), 1);
        QCOMPARE(row.text(0), QByteArrayView("3"));
        QCOMPARE(row.variants(), QVariantList{3});
    }

    // Text an XLSX cell cannot hold is refused with its row, column and length, as before.
    void tooLongForACell()
    {
        QTemporaryDir dir;
        XlsxWriter writer(dir.filePath(QStringLiteral("long.xlsx")), QStringLiteral("Cases"));
        ExportRow row;
        row.addText(QStringLiteral("short"));
        row.addText(QString(40000, u'é'));
        const Status refused = writer.addRow(row);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("Row 1, column B")) &&
                     refused.error().contains(QStringLiteral("40000")),
                 qPrintable(refused.error()));
    }
};

QTEST_GUILESS_MAIN(TestExportRows)
#include "TestExportRows.moc"

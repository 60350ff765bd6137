// ReportTable on its own: percentages from counts, change arrows, sections and totals, JSON.
#include "reporting/ReportTable.h"

#include <QJsonArray>
#include <QLocale>
#include <QTest>

using namespace redress;

class TestReportTable : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void percentagesComeFromCountsRoundedHalfUp_data()
    {
        QTest::addColumn<qint64>("part");
        QTest::addColumn<qint64>("whole");
        QTest::addColumn<double>("expected");
        // North East Lincolnshire 2020/21, stage 1 timescales: the seed printed "22.1.8%"
        QTest::newRow("64 of 118") << qint64(64) << qint64(118) << 54.2;
        QTest::newRow("28 of 118") << qint64(28) << qint64(118) << 23.7;
        QTest::newRow("26 of 118") << qint64(26) << qint64(118) << 22.0;
        // … and its outcomes
        QTest::newRow("15 of 118") << qint64(15) << qint64(118) << 12.7;
        QTest::newRow("43 of 118") << qint64(43) << qint64(118) << 36.4;
        QTest::newRow("51 of 118") << qint64(51) << qint64(118) << 43.2;
        QTest::newRow("6 of 118") << qint64(6) << qint64(118) << 5.1;
        QTest::newRow("3 of 118") << qint64(3) << qint64(118) << 2.5;
        // its "Nature of complaints" truncated these (45.7, 1.6)
        QTest::newRow("54 of 118") << qint64(54) << qint64(118) << 45.8;
        QTest::newRow("2 of 118") << qint64(2) << qint64(118) << 1.7;
        // exact halves go up
        QTest::newRow("1 of 8 = 12.5") << qint64(1) << qint64(8) << 12.5;
        QTest::newRow("1 of 16 = 6.25") << qint64(1) << qint64(16) << 6.3;
        QTest::newRow("1 of 80 = 1.25") << qint64(1) << qint64(80) << 1.3;
        QTest::newRow("1 of 2000 = 0.05") << qint64(1) << qint64(2000) << 0.1;
        QTest::newRow("1 of 2001") << qint64(1) << qint64(2001) << 0.0;
        QTest::newRow("all") << qint64(118) << qint64(118) << 100.0;
        QTest::newRow("none") << qint64(0) << qint64(118) << 0.0;
        QTest::newRow("large") << qint64(333333) << qint64(1000000) << 33.3;
    }

    void percentagesComeFromCountsRoundedHalfUp()
    {
        QFETCH(qint64, part);
        QFETCH(qint64, whole);
        QFETCH(double, expected);
        QCOMPARE(ReportTable::percent(part, whole).toDouble(), expected);
    }

    void aPercentageOfNothingIsNull()
    {
        QVERIFY(ReportTable::percent(0, 0).isNull());
        QVERIFY(ReportTable::changePercent(5, 0).isNull());
        QVERIFY(ReportTable::average(0, 0).isNull());
        QVERIFY(ReportTable::rate(3, 0, 1000).isNull());
    }

    void changeArrowsAndPercentages()
    {
        QCOMPARE(ReportTable::arrow(118, 152), QStringLiteral("↓"));
        QCOMPARE(ReportTable::arrow(18, 7), QStringLiteral("↑"));
        QCOMPARE(ReportTable::arrow(4, 4), QStringLiteral("↔"));
        // 118 against 152: the seed wrote "a decrease of 22.3%"; -34/152 is -22.37
        QCOMPARE(ReportTable::changePercent(118, 152).toDouble(), -22.4);
        QCOMPARE(ReportTable::changePercent(18, 7).toDouble(), 157.1);
        QCOMPARE(ReportTable::changePercent(4, 4).toDouble(), 0.0);
        // Cambridgeshire: Statutory stage 1, 188 against 274 ("a 31% decrease")
        QCOMPARE(ReportTable::changePercent(188, 274).toDouble(), -31.4);
        // halves go away from zero either way
        QCOMPARE(ReportTable::changePercent(1001, 2000).toDouble(), -50.0);
        QCOMPARE(ReportTable::changePercent(3, 8).toDouble(), -62.5);
        QCOMPARE(ReportTable::changePercent(1, 16).toDouble(), -93.8);
    }

    void averagesAndRates()
    {
        QCOMPARE(ReportTable::average(125, 6).toDouble(), 20.8);
        QCOMPARE(ReportTable::average(42, 2).toDouble(), 21.0);
        QCOMPARE(ReportTable::average(1, 20).toDouble(), 0.1); // 0.05 rounds up
        // North East Lincolnshire: 118 complaints and 2,376 open cases ("4.9%")
        QCOMPARE(ReportTable::rate(118, 2376, 1000).toDouble(), 49.7);
        QCOMPARE(ReportTable::rate(152, 2535, 1000).toDouble(), 60.0);
    }

    void formatsForPeople()
    {
        QCOMPARE(ReportTable::format(22.0, ColumnKind::Percent), QStringLiteral("22.0"));
        QCOMPARE(ReportTable::format(qint64(125000), ColumnKind::Money),
                 QStringLiteral("£1,250.00"));
        QCOMPARE(ReportTable::format(qint64(1180), ColumnKind::Count), QStringLiteral("1,180"));
        QCOMPARE(ReportTable::format(qint64(12), ColumnKind::Days), QStringLiteral("12"));
        QCOMPARE(ReportTable::format(12.5, ColumnKind::Days), QStringLiteral("12.5"));
        QCOMPARE(ReportTable::format(QVariant(), ColumnKind::Percent), QString());
    }

    void fillPercentUsesEachSectionsTotal()
    {
        ReportTable table(QStringLiteral("t"), QStringLiteral("T"), Basis::Received);
        table.addColumn(QStringLiteral("label"), QStringLiteral("Label"), ColumnKind::Label);
        table.addColumn(QStringLiteral("count"), QStringLiteral("Count"), ColumnKind::Count);
        table.addColumn(QStringLiteral("percent"), QStringLiteral("%"), ColumnKind::Percent);
        table.addRow(QStringLiteral("a"), QStringLiteral("A"));
        table.addRow(QStringLiteral("b"), QStringLiteral("B"));
        table.addRow(QStringLiteral("total"), QStringLiteral("Total"), RowRole::Total);
        table.addRow(QStringLiteral("memo"), QStringLiteral("Memo"), RowRole::Memo);
        table.newSection();
        table.addRow(QStringLiteral("c"), QStringLiteral("C"));
        table.addRow(QStringLiteral("total2"), QStringLiteral("Total"), RowRole::Total);
        const QList<std::pair<QString, qint64>> counts{
            {QStringLiteral("a"), 1},    {QStringLiteral("b"), 2}, {QStringLiteral("total"), 3},
            {QStringLiteral("memo"), 1}, {QStringLiteral("c"), 7}, {QStringLiteral("total2"), 7}};
        for (const auto& [key, count] : counts)
            table.setCell(key, u"count", count);
        table.fillPercent(u"count", u"percent");
        QCOMPARE(table.cell(u"a", u"percent").toDouble(), 33.3);
        QCOMPARE(table.cell(u"b", u"percent").toDouble(), 66.7);
        QCOMPARE(table.cell(u"total", u"percent").toDouble(), 100.0);
        QCOMPARE(table.cell(u"memo", u"percent").toDouble(), 33.3);
        QCOMPARE(table.cell(u"c", u"percent").toDouble(), 100.0);
        QCOMPARE(table.cell(u"a", u"label").toString(), QStringLiteral("A"));
        QCOMPARE(table.sectionTotal(*table.row(u"c"))->key, QStringLiteral("total2"));
    }

    void jsonShape()
    {
        ReportTable table(QStringLiteral("by_channel"), QStringLiteral("By channel"),
                          Basis::Received);
        table.setNote(QStringLiteral("A note"));
        table.addColumn(QStringLiteral("label"), QStringLiteral("Channel"), ColumnKind::Label);
        table.addColumn(QStringLiteral("count"), QStringLiteral("Number"), ColumnKind::Count);
        table.addColumn(QStringLiteral("percent"), QStringLiteral("%"), ColumnKind::Percent);
        table.addColumn(QStringLiteral("prev_count"), QStringLiteral("Number"), ColumnKind::Count);
        table.addColumn(QStringLiteral("change"), QStringLiteral("Change"), ColumnKind::Change);
        table.addColumn(QStringLiteral("change_percent"), QStringLiteral("Change %"),
                        ColumnKind::Percent);
        table.addRow(QStringLiteral("email"), QStringLiteral("Email"));
        table.addRow(QStringLiteral("total"), QStringLiteral("Total"), RowRole::Total);
        table.setCell(u"email", u"count", qint64(26));
        table.setCell(u"total", u"count", qint64(118));
        table.setCell(u"email", u"prev_count", qint64(0));
        table.setCell(u"total", u"prev_count", qint64(152));
        table.fillPercent(u"count", u"percent");
        table.fillChange(u"count", u"prev_count", u"change", u"change_percent");

        const QJsonObject json = table.toJson();
        QCOMPARE(json.value(u"id").toString(), QStringLiteral("by_channel"));
        QCOMPARE(json.value(u"title").toString(), QStringLiteral("By channel"));
        QCOMPARE(json.value(u"basis").toString(), QStringLiteral("received"));
        QCOMPARE(json.value(u"note").toString(), QStringLiteral("A note"));
        const QJsonArray columns = json.value(u"columns").toArray();
        QCOMPARE(columns.size(), 6);
        QCOMPARE(columns.at(1).toObject().value(u"kind").toString(), QStringLiteral("count"));
        QCOMPARE(columns.at(1).toObject().value(u"unit").toString(), QStringLiteral("cases"));
        QCOMPARE(columns.at(2).toObject().value(u"kind").toString(), QStringLiteral("percent"));
        const QJsonArray rows = json.value(u"rows").toArray();
        QCOMPARE(rows.size(), 2);
        const QJsonObject email = rows.at(0).toObject();
        QCOMPARE(email.value(u"key").toString(), QStringLiteral("email"));
        QCOMPARE(email.value(u"role").toString(), QStringLiteral("item"));
        const QJsonObject cells = email.value(u"cells").toObject();
        QCOMPARE(cells.value(u"label").toString(), QStringLiteral("Email"));
        QCOMPARE(cells.value(u"count").toInteger(), 26);
        QCOMPARE(cells.value(u"percent").toDouble(), 22.0);
        QCOMPARE(cells.value(u"change").toString(), QStringLiteral("↑"));
        QVERIFY(cells.value(u"change_percent").isNull()); // nothing to compare with
        const QJsonObject total = rows.at(1).toObject();
        QCOMPARE(total.value(u"role").toString(), QStringLiteral("total"));
        QCOMPARE(total.value(u"cells").toObject().value(u"change").toString(), QStringLiteral("↓"));
        QCOMPARE(total.value(u"cells").toObject().value(u"change_percent").toDouble(), -22.4);
    }

    void basisCodesRoundTrip()
    {
        for (Basis basis : allBases()) {
            QCOMPARE(basisFromCode(basisCode(basis)), basis);
            QVERIFY(!basisLabel(basis).isEmpty());
            QVERIFY(!basisDefinition(basis).isEmpty());
        }
        QVERIFY(!basisFromCode(u"nonsense"));
    }
};

QTEST_GUILESS_MAIN(TestReportTable)
#include "TestReportTable.moc"

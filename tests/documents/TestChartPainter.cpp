#include "charts/ChartData.h"
#include "charts/ChartPainter.h"

#include <QImage>
#include <QMap>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace redress;
using namespace redress::charts;

namespace {

ChartData chartOfKind(ChartKind kind, int seriesCount)
{
    ChartData chart{kind, QStringLiteral("Complaints by team"), {}, {}};
    chart.categories = {QStringLiteral("Fostering"), QStringLiteral("Adoption"),
                        QStringLiteral("Leaving care")};
    for (int s = 0; s < seriesCount; ++s)
        chart.series << ChartSeries{QStringLiteral("Series %1").arg(s + 1), {40, 40, 40}};
    if (kind == ChartKind::Pie) {
        chart.categories.clear();
        for (int s = 0; s < seriesCount; ++s)
            chart.categories << QStringLiteral("Channel %1").arg(s + 1);
        chart.series = {ChartSeries{QStringLiteral("Channels"), QList<double>(seriesCount, 25)}};
    }
    return chart;
}

// The colours that cover large areas of the picture (the bars or slices); white, the text and
// the grid (all neutral greys) left out.
QMap<QRgb, int> largeAreas(const QImage& image, int atLeast)
{
    QMap<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            ++counts[image.pixel(x, y) | 0xff000000];
    for (auto it = counts.begin(); it != counts.end();) {
        const QRgb c = it.key();
        const bool neutral = qRed(c) == qGreen(c) && qGreen(c) == qBlue(c);
        it = neutral || it.value() < atLeast ? counts.erase(it) : std::next(it);
    }
    return counts;
}

} // namespace

class TestChartPainter : public QObject
{
    Q_OBJECT

private slots:
    // Each series has its own colour, and their greys differ enough to tell them apart on a
    // black-and-white printout.
    void seriesColoursSurviveGreyscale_data()
    {
        QTest::addColumn<ChartKind>("kind");
        QTest::newRow("bars") << ChartKind::Bars;
        QTest::newRow("horizontal bars") << ChartKind::HorizontalBars;
        QTest::newRow("percent bars") << ChartKind::PercentBars;
        QTest::newRow("pie") << ChartKind::Pie;
    }
    void seriesColoursSurviveGreyscale()
    {
        QFETCH(ChartKind, kind);
        constexpr int seriesCount = 5;
        const QImage image = ChartPainter(chartOfKind(kind, seriesCount)).image(QSize(1000, 560));
        const QMap<QRgb, int> areas = largeAreas(image, 1500);
        QVERIFY2(areas.size() >= seriesCount, qPrintable(QString::number(areas.size())));
        QList<int> greys;
        for (auto it = areas.cbegin(); it != areas.cend(); ++it)
            greys << qGray(it.key());
        std::sort(greys.begin(), greys.end());
        for (int i = 1; i < greys.size(); ++i)
            QVERIFY2(greys.at(i) - greys.at(i - 1) >= 25,
                     qPrintable(QStringLiteral("greys %1 and %2 are too close")
                                    .arg(greys.at(i - 1))
                                    .arg(greys.at(i))));
    }

    // In a PDF the chart is drawn, not pasted: its title, legend and category names are text.
    void pdfHoldsTheChartAsVectors()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("chart.pdf"));
        {
            QPdfWriter writer(path);
            QPainter painter(&writer);
            ChartPainter(chartOfKind(ChartKind::Lines, 3))
                .paint(painter, QRectF(0, 0, writer.width(), writer.width() * 0.56));
        }
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        const QString words = QString::fromUtf8(text.readAllStandardOutput());
        for (const char* expected :
             {"Complaints by team", "Series 1", "Series 3", "Leaving care", "40"})
            QVERIFY2(words.contains(QLatin1String(expected)), expected);
        QProcess images;
        images.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path});
        QVERIFY(images.waitForFinished(60000));
        QCOMPARE(images.readAllStandardOutput().count('\n'), 2); // the header lines only
    }

    // A period with nothing in it says so instead of drawing empty axes.
    void nothingToChartSaysSo()
    {
        ChartData empty = chartOfKind(ChartKind::Bars, 2);
        for (ChartSeries& series : empty.series)
            series.values.fill(0);
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("empty.pdf"));
        {
            QPdfWriter writer(path);
            QPainter painter(&writer);
            ChartPainter(empty).paint(painter, QRectF(0, 0, writer.width(), writer.width() * 0.56));
        }
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        const QString words = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(words.contains(QStringLiteral("Nothing to chart for this period")),
                 qPrintable(words));
    }
};

QTEST_MAIN(TestChartPainter)
#include "TestChartPainter.moc"

// The printed report a team lead hands on: a title page, contents giving the page of each
// numbered section, "Page n of m" on every page, and tables whose header row repeats on each
// page they run onto; checked on the PDF itself with pdftotext.
#include "ReportFixtures.h"
#include "TestSupport.h"
#include "document/PagedText.h"
#include "document/ReportDocument.h"
#include "reporting/ReportEngine.h"
#include "util/UkFormat.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextFrame>
#include <QTextTable>

using namespace redress;
using namespace redress::test;
using namespace redress::test::reports;

namespace {

// The text of each page, as pdftotext lays it out.
QStringList pdfPages(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!process.waitForFinished(60000))
        return {};
    // the PDF's text keeps the font's ligatures: read them as the letters they join
    QString text = QString::fromUtf8(process.readAllStandardOutput());
    text.replace(QChar(0xFB00), QStringLiteral("ff"))
        .replace(QChar(0xFB01), QStringLiteral("fi"))
        .replace(QChar(0xFB02), QStringLiteral("fl"));
    QStringList pages = text.split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

} // namespace

class TestReportPrint : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_folder.isValid());
        m_holder = TestDatabase::create(Backend::Sqlite);
        QVERIFY(m_holder);
        m_db = m_holder->open();
        QVERIFY(m_db);
        FixedToday today(QDate(2021, 6, 30));
        auto base = buildNeLincolnshire(*m_db);
        QVERIFY2(base, qPrintable(base.error()));
        QVERIFY(addExtras(*m_db, base.value()));
    }
    void cleanupTestCase() { m_db.reset(); }

    void printedReport_data()
    {
        QTest::addColumn<int>("quarter");
        QTest::addColumn<bool>("everyTable");
        QTest::newRow("annual report") << 0 << false;
        QTest::newRow("annual report, every table") << 0 << true;
        QTest::newRow("quarterly summary") << 3 << false;
    }
    void printedReport()
    {
        QFETCH(int, quarter);
        QFETCH(bool, everyTable);
        FixedToday today(QDate(2021, 6, 30));
        ReportEngine engine(*m_db);
        auto produced = quarter == 0 ? engine.annual(2020) : engine.quarterly(2020, quarter);
        QVERIFY2(produced, qPrintable(produced.error()));
        Report report = produced.value();
        if (!everyTable)
            report = report.withTables(quarter == 0 ? ReportEngine::annualPrintTableIds()
                                                    : ReportEngine::quarterlySummaryTableIds());
        const QString council = QStringLiteral("North East Lincolnshire Council");
        ReportDocument document(report, council);

        // every table repeats its header row on the pages it runs onto
        int tables = 0;
        for (QTextFrame* frame : document.document().rootFrame()->childFrames())
            if (auto* table = qobject_cast<QTextTable*>(frame); table && table->rows() > 0) {
                ++tables;
                if (table->format().headerRowCount() != 1 && table->columns() > 2)
                    QFAIL(qPrintable(QStringLiteral("a table of %1 columns repeats no header")
                                         .arg(table->columns())));
            }
        QVERIFY(tables >= report.tables().size());
        // and no row runs over the foot of a page
        const auto split = firstSplitRow(document.document(), ReportDocument::pageLayout(), true);
        QVERIFY2(!split,
                 qPrintable(
                     split ? QStringLiteral("table %1, row %2").arg(split->first).arg(split->second)
                           : QString()));

        const QString path = m_folder.filePath(
            QStringLiteral("report-%1-%2.pdf").arg(quarter).arg(everyTable ? 1 : 0));
        QVERIFY(document.savePdf(path));
        if (qEnvironmentVariableIsSet("REDRESS_KEEP_PDF"))
            QFile::copy(path,
                        qEnvironmentVariable("REDRESS_KEEP_PDF") + QFileInfo(path).fileName());
        const QStringList pages = pdfPages(path);
        const int count = int(pages.size());
        QVERIFY2(count > 2, qPrintable(QString::number(count)));

        // the title page
        QVERIFY2(pages.first().contains(council), qPrintable(pages.first()));
        QVERIFY(pages.first().contains(quarter == 0
                                           ? QStringLiteral("annual report, 2020/21")
                                           : QStringLiteral("quarterly summary, 2020/21 Q3")));
        QVERIFY(pages.first().contains(QStringLiteral("Produced on 30/06/2021")));

        // Page n of m on every page
        for (int i = 0; i < count; ++i)
            QVERIFY2(
                pages.at(i).contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(count)),
                qPrintable(QStringLiteral("page %1: %2").arg(i + 1).arg(pages.at(i).right(200))));

        // the contents give each numbered section and the page it starts on
        const QString contents = pages.at(1);
        QVERIFY2(contents.contains(QStringLiteral("Contents")), qPrintable(contents));
        int number = 0;
        for (const ReportTable& table : report.tables()) {
            const QString heading = QStringLiteral("%1. %2").arg(++number).arg(table.title());
            const QRegularExpression entry(QRegularExpression::escape(heading) +
                                               QStringLiteral("\\s+(\\d+)\\s*$"),
                                           QRegularExpression::MultilineOption);
            const auto match = entry.match(contents);
            QVERIFY2(match.hasMatch(), qPrintable(heading));
            const int page = match.captured(1).toInt();
            QVERIFY2(page > 2 && page <= count, qPrintable(heading));
            QVERIFY2(pages.at(page - 1).contains(heading),
                     qPrintable(QStringLiteral("%1 is not on page %2").arg(heading).arg(page)));
        }

        // no code where a label belongs
        for (const QString& page : pages)
            for (const char* code : {"not_recorded", "partially_upheld", "statutory_stage",
                                     "breakdown_", "child_in_care", "worked_on"})
                QVERIFY2(!page.contains(QLatin1String(code)), code);
    }

    // A table running onto a second page shows its column headings again at the top of it.
    void headerRepeatsOnTheNextPage()
    {
        FixedToday today(QDate(2021, 6, 30));
        ReportEngine engine(*m_db);
        auto produced = engine.annual(2020);
        QVERIFY2(produced, qPrintable(produced.error()));
        // the timescales table has several rows per stage: long enough to run over a page
        Report report = produced->withTables({QStringLiteral("timescales_by_stage")});
        ReportDocument document(report);
        const QString path = m_folder.filePath(QStringLiteral("timescales.pdf"));
        QVERIFY(document.savePdf(path));
        if (qEnvironmentVariableIsSet("REDRESS_KEEP_PDF"))
            QFile::copy(path,
                        qEnvironmentVariable("REDRESS_KEEP_PDF") + QFileInfo(path).fileName());
        const QStringList pages = pdfPages(path);
        // a row of the table: a stage's label, a colon, then figures
        const QRegularExpression row(QStringLiteral("^(Children's statutory|Corporate) stage "
                                                    "\\d: .*\\d\\s*$"),
                                     QRegularExpression::MultilineOption);
        int pagesWithRows = 0;
        for (qsizetype i = 2; i < pages.size(); ++i) {
            if (!row.match(pages.at(i)).hasMatch())
                continue;
            ++pagesWithRows;
            QVERIFY2(pages.at(i).contains(QStringLiteral("Stage and timescale")),
                     qPrintable(QStringLiteral("page %1: %2").arg(i + 1).arg(pages.at(i))));
        }
        QVERIFY2(pagesWithRows >= 2, qPrintable(QString::number(pagesWithRows)));
    }

private:
    QTemporaryDir m_folder;
    std::unique_ptr<TestDatabase> m_holder;
    std::unique_ptr<Database> m_db;
};

QTEST_MAIN(TestReportPrint)
#include "TestReportPrint.moc"

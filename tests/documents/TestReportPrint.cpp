// The printed report a team lead hands on: a title page, contents giving the page of each
// numbered section, "Page n of m" on every page, and tables whose header row repeats on each
// page they run onto; checked on the PDF itself with pdftotext.
#include "ReportFixtures.h"
#include "TestSupport.h"
#include "document/PagedText.h"
#include "document/ReportDocument.h"
#include "reporting/ReportEngine.h"
#include "reporting/ReportHtml.h"
#include "util/UkFormat.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QUrl>

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

// The words of a text, as a reader sees them: runs of letters (with apostrophes).
QStringList wordsOf(const QString& text)
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}']+"));
    QStringList words;
    for (auto it = word.globalMatch(text); it.hasNext();)
        words << it.next().captured(0);
    return words;
}

// Every word the report itself prints: titles, notes, headings, row labels and bases.
QSet<QString> reportWords(const Report& report)
{
    QStringList texts{reportTitle(report), report.council().name, report.periodLabel()};
    for (const ReportTable& table : report.tables()) {
        texts << table.title() << table.note() << basisLabel(table.basis())
              << basisDefinition(table.basis());
        for (const ReportColumn& column : table.columns())
            texts << column.label;
        for (const ReportRow& row : table.rows())
            texts << row.cells.value(0).toString();
    }
    QSet<QString> words;
    for (const QString& text : std::as_const(texts))
        for (const QString& word : wordsOf(text))
            words.insert(word);
    return words;
}

// The words of the PDF that are the start of a column heading's word but no word of the
// report: a heading broken inside a word ("Complai" / "nts").
QStringList brokenHeadingWords(const Report& report, const QStringList& pages)
{
    QSet<QString> headingWords;
    for (const ReportTable& table : report.tables())
        for (const ReportColumn& column : table.columns())
            for (const QString& word : wordsOf(column.label))
                headingWords.insert(word);
    const QSet<QString> known = reportWords(report);
    QStringList broken;
    for (const QString& page : pages)
        for (const QString& token : wordsOf(page)) {
            if (token.size() < 3 || known.contains(token))
                continue;
            for (const QString& word : std::as_const(headingWords))
                if (word.size() > token.size() && word.startsWith(token))
                    broken << QStringLiteral("%1 (of %2)").arg(token, word);
        }
    return broken;
}

// The text of content.xml in an OpenDocument file.
QString odtContent(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("unzip"),
                  {QStringLiteral("-p"), path, QStringLiteral("content.xml")});
    if (!process.waitForFinished(60000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// A small picture for the cover, as a council's logo file would be.
QByteArray logoFile()
{
    QImage logo(240, 80, QImage::Format_RGB32);
    logo.fill(QColor(0, 51, 102));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    logo.save(&buffer, "PNG");
    return buffer.data();
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
        report.setCouncil({council, logoFile(), QStringLiteral("png")});
        ReportDocument document(report);

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
        // nor is a heading left at the foot of a page, its table starting on the next
        const auto stranded = firstStrandedHeading(
            document.document(), ReportDocument::pageLayout(), ReportDocument::keptRows, true);
        QVERIFY2(!stranded, qPrintable(QStringLiteral("table %1").arg(stranded.value_or(-1))));
        // the cover carries the logo
        QVERIFY(
            !document.document()
                 .resource(QTextDocument::ImageResource, QUrl(QStringLiteral("council-logo.png")))
                 .isNull());

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
        // (a long report's contents run on over several pages: each holds entries "N. Title  page")
        QVERIFY2(pages.at(1).contains(QStringLiteral("Contents")), qPrintable(pages.at(1)));
        const QRegularExpression anyEntry(QStringLiteral("^\\d+\\. .*\\s+\\d+\\s*$"),
                                          QRegularExpression::MultilineOption);
        QString contents = pages.at(1);
        for (int i = 2; i < count && pages.at(i).count(anyEntry) >= 3; ++i)
            contents += pages.at(i);
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
            // with its table's first row (its first words: a label may wrap) below it
            if (table.rows().isEmpty())
                continue;
            const QString firstWords =
                table.rows().first().cells.value(0).toString().section(u' ', 0, 1);
            const QString& text = pages.at(page - 1);
            QVERIFY2(text.indexOf(firstWords, text.lastIndexOf(heading)) > 0,
                     qPrintable(QStringLiteral("%1: %2").arg(heading, text)));
        }

        // every heading word whole: no line of a heading breaks inside a word
        const QStringList broken = brokenHeadingWords(report, pages);
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QStringLiteral(", "))));

        // a quarter's summary shows no quarter after its own
        if (quarter > 0)
            for (int later = quarter + 1; later <= 4; ++later)
                for (const QString& page : pages)
                    QVERIFY2(!page.contains(QStringLiteral("2020/21 Q%1").arg(later)),
                             qPrintable(page));

        // no code where a label belongs
        for (const QString& page : pages)
            for (const char* code : {"not_recorded", "partially_upheld", "statutory_stage",
                                     "breakdown_", "child_in_care", "worked_on"})
                QVERIFY2(!page.contains(QLatin1String(code)), code);
    }

    // The editable document has the same sections as the PDF, each followed by a marked, empty
    // place for the commentary, and a summary to write after the contents.
    void editableDocument_data()
    {
        QTest::addColumn<int>("quarter");
        QTest::newRow("annual report") << 0;
        QTest::newRow("quarterly summary") << 2;
    }
    void editableDocument()
    {
        QFETCH(int, quarter);
        FixedToday today(QDate(2021, 6, 30));
        ReportEngine engine(*m_db);
        auto produced = quarter == 0 ? engine.annual(2020) : engine.quarterly(2020, quarter);
        QVERIFY2(produced, qPrintable(produced.error()));
        Report report =
            produced->withTables(quarter == 0 ? ReportEngine::annualPrintTableIds()
                                              : ReportEngine::quarterlySummaryTableIds());
        report.setCouncil(
            {QStringLiteral("North East Lincolnshire Council"), logoFile(), QStringLiteral("png")});
        ReportDocument document(report);
        const QString path = m_folder.filePath(QStringLiteral("report-%1.odt").arg(quarter));
        QVERIFY(document.saveOdt(path));
        const QString content = odtContent(path);
        QVERIFY2(content.contains(QStringLiteral("North East Lincolnshire Council")),
                 qPrintable(content.left(2000)));
        QVERIFY(content.contains(reportTitle(report).toHtmlEscaped()));
        QVERIFY(content.contains(QStringLiteral("Write the summary of the period here")));
        int number = 0;
        for (const ReportTable& table : report.tables()) {
            const QString heading =
                QStringLiteral("%1. %2").arg(++number).arg(table.title()).toHtmlEscaped();
            QVERIFY2(content.contains(heading), qPrintable(heading));
            const QString prompt = QStringLiteral("Write the commentary on %1 here")
                                       .arg(table.title())
                                       .toHtmlEscaped();
            // the place for the commentary follows its own section
            const qsizetype at = content.lastIndexOf(heading); // after the contents
            QVERIFY2(content.indexOf(prompt, at) > at, qPrintable(prompt));
            for (const ReportColumn& column : table.columns())
                QVERIFY2(content.contains(column.label.toHtmlEscaped()), qPrintable(column.label));
        }
        QCOMPARE(content.count(QStringLiteral("Write the commentary on")), report.tables().size());
        // the pictures: every chart and the logo
        QProcess list;
        list.start(QStringLiteral("unzip"), {QStringLiteral("-l"), path});
        QVERIFY(list.waitForFinished(60000));
        const QString files = QString::fromUtf8(list.readAllStandardOutput());
        QVERIFY2(files.count(QStringLiteral("Pictures/")) >= 2, qPrintable(files));
        // the PDF has no such places
        const QString pdf = m_folder.filePath(QStringLiteral("report-%1-plain.pdf").arg(quarter));
        QVERIFY(document.savePdf(pdf));
        for (const QString& page : pdfPages(pdf))
            QVERIFY(!page.contains(QStringLiteral("Write the commentary")));
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

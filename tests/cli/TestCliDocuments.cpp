#include "CliRun.h"
#include "TestSupport.h"
#include "document/ReportDocument.h"
#include "storage/Sql.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace redress;
using namespace redress::test;

namespace {

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfText(const QString& path)
{
    return run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
}

QStringList quarterly(const QString& format, const QString& path)
{
    return {QStringLiteral("report"),    QStringLiteral("quarterly"),
            QStringLiteral("--year"),    QStringLiteral("2020/21"),
            QStringLiteral("--quarter"), QStringLiteral("3"),
            QStringLiteral("--format"),  format,
            QStringLiteral("--out"),     path};
}

} // namespace

// PDF and ODT reports from the command line: the commands with the program's document writer,
// and the program itself, run as a user would on a server with no display.
class TestCliDocuments : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_database;
    QTemporaryDir m_folder;

    QStringList withDb(const QStringList& arguments) const
    {
        return databaseArguments(m_database->location()) + arguments;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_folder.isValid());
        m_database = TestDatabase::create(Backend::Sqlite);
        QVERIFY(m_database);
        const FixedToday today(QDate(2021, 6, 30));
        QCOMPARE(runCli(withDb({QStringLiteral("init")})).code, 0);
        const CliRun demo =
            runCli(withDb({QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("200"),
                           QStringLiteral("--seed"), QStringLiteral("7")}));
        QVERIFY2(demo.code == 0, qPrintable(demo.err));
    }

    // --format is read in any case, and the charts go into the PDF as drawings (their legends
    // are text pdftotext finds, and the file holds no pictures).
    void pdfInAnyCase_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("pdf") << QStringLiteral("pdf");
        QTest::newRow("PDF") << QStringLiteral("PDF");
        QTest::newRow("Pdf") << QStringLiteral("Pdf");
    }
    void pdfInAnyCase()
    {
        QFETCH(QString, format);
        const QString path = m_folder.filePath(format + QStringLiteral(".pdf"));
        const CliRun written = runCli(withDb(quarterly(format, path)), &ReportDocument::write);
        QVERIFY2(written.code == 0, qPrintable(written.err));
        const QString text = pdfText(path);
        QVERIFY2(text.contains(QStringLiteral("quarterly summary, 2020/21 Q3")),
                 qPrintable(text.left(400)));
        // The outcomes chart's legend, drawn as text.
        for (const char* legend : {"Stage 1", "Within timescale", "Within the extension"})
            QVERIFY2(text.contains(QLatin1String(legend)), legend);
        const QString images = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path});
        QVERIFY2(images.count(u'\n') == 2, qPrintable(images)); // the header lines only
    }

    void odtInAnyCase()
    {
        const QString path = m_folder.filePath(QStringLiteral("report.odt"));
        const CliRun written =
            runCli(withDb(quarterly(QStringLiteral("ODT"), path)), &ReportDocument::write);
        QVERIFY2(written.code == 0, qPrintable(written.err));
        const QString content = run(QStringLiteral("unzip"),
                                    {QStringLiteral("-p"), path, QStringLiteral("content.xml")});
        QVERIFY(content.contains(QStringLiteral("Outcomes by stage")));
        QVERIFY(content.contains(QStringLiteral("draw:image"))); // the charts, as pictures
    }

    void unknownFormatIsRefused()
    {
        const QString path = m_folder.filePath(QStringLiteral("report.doc"));
        const CliRun refused =
            runCli(withDb(quarterly(QStringLiteral("doc"), path)), &ReportDocument::write);
        QCOMPARE(refused.code, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("\"doc\"")), qPrintable(refused.err));
        QVERIFY(!QFile::exists(path));
    }

    // The program as built, with no display and no platform named: it must still draw.
    void programWritesAPdfWithNoDisplay()
    {
        const QString path = m_folder.filePath(QStringLiteral("program.pdf"));
        QProcess program;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            environment.remove(QLatin1String(name));
        program.setProcessEnvironment(environment);
        program.start(QStringLiteral(REDRESS_CLI_PROGRAM),
                      withDb(quarterly(QStringLiteral("PDF"), path)));
        QVERIFY(program.waitForFinished(120000));
        QVERIFY2(program.exitStatus() == QProcess::NormalExit && program.exitCode() == 0,
                 program.readAllStandardError().constData());
        QVERIFY(pdfText(path).contains(QStringLiteral("quarterly summary, 2020/21 Q3")));
    }

    // A subject access package from the program as built: the readable part is a PDF.
    void programWritesASubjectAccessPackage()
    {
        auto db = m_database->open();
        QVERIFY(db);
        auto reference = sql::scalar(db->sql(), QStringLiteral("SELECT reference FROM cases "
                                                               "WHERE complainant_id IS NOT "
                                                               "NULL ORDER BY id LIMIT 1"));
        QVERIFY(reference);
        db.reset();
        const QString zip = m_folder.filePath(QStringLiteral("request.zip"));
        QProcess program;
        program.start(QStringLiteral(REDRESS_CLI_PROGRAM),
                      withDb({QStringLiteral("subject-access"), QStringLiteral("--case"),
                              reference->toString(), QStringLiteral("--out"), zip}));
        QVERIFY(program.waitForFinished(120000));
        QVERIFY2(program.exitStatus() == QProcess::NormalExit && program.exitCode() == 0,
                 program.readAllStandardError().constData());
        const QString pdf = m_folder.filePath(QStringLiteral("subject-access.pdf"));
        run(QStringLiteral("unzip"), {QStringLiteral("-o"), QStringLiteral("-d"), m_folder.path(),
                                      zip, QStringLiteral("subject-access.pdf")});
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("Information held about")),
                 qPrintable(text.left(400)));
        QVERIFY(text.contains(reference->toString()));
    }

    // The program keeps a log file for IT, naming the command and how it ended, never what the
    // command was given; --verbose is the program's, wherever it is on the line.
    void programKeepsALogFile()
    {
        QTemporaryDir data;
        QProcess program;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), data.path());
        program.setProcessEnvironment(environment);
        program.start(QStringLiteral(REDRESS_CLI_PROGRAM),
                      withDb({QStringLiteral("case"), QStringLiteral("show"),
                              QStringLiteral("NO-SUCH-REF"), QStringLiteral("--verbose")}));
        QVERIFY(program.waitForFinished(60000));
        QCOMPARE(program.exitCode(), 1);
        QFile log(data.filePath(QStringLiteral("Redress/Redress/logs/redress-cli.log")));
        QVERIFY2(log.open(QIODevice::ReadOnly), qPrintable(log.fileName()));
        const QString text = QString::fromUtf8(log.readAll());
        QVERIFY2(text.contains(QStringLiteral(": case show\n")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("finished with exit code 1")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("NO-SUCH-REF")), qPrintable(text));
    }

    // The command-line program carries no widgets, charts or printing libraries.
    void programLinksNoWidgets()
    {
#ifdef Q_OS_LINUX
        const QString libraries = run(QStringLiteral("ldd"), {QStringLiteral(REDRESS_CLI_PROGRAM)});
        QVERIFY2(libraries.contains(QStringLiteral("libQt6Gui")), qPrintable(libraries));
        for (const char* library : {"libQt6Widgets", "libQt6Charts", "libQt6PrintSupport"})
            QVERIFY2(!libraries.contains(QLatin1String(library)), library);
#else
        QSKIP("ldd is Linux's");
#endif
    }
};

QTEST_MAIN(TestCliDocuments)
#include "TestCliDocuments.moc"

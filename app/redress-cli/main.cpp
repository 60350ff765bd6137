// redress-cli: the same core as the desktop app, from a script or a terminal. Everything it
// does lives in core/cli; this only sets the program up and hands over the arguments.
#include "cli/CommandRunner.h"
#include "storage/DefaultLocation.h"

#include <QCoreApplication>
#ifdef REDRESS_CLI_DOCUMENTS
#include "reports/ReportDocument.h"

#include <QApplication>
#endif
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <cstdio>
#include <memory>
#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace {

void installTranslations(QCoreApplication& app)
{
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto* ours = new QTranslator(&app);
    if (ours->load(QLocale(), QStringLiteral("redress"), QStringLiteral("_"),
                   QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ours);
}

bool errorIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(fileno(stderr)) != 0;
#endif
}

} // namespace

#ifdef REDRESS_CLI_DOCUMENTS
// Charts and page layout need Qt's GUI application object, which needs a windowing system;
// only the commands that draw documents pay for it, and without a display they draw offscreen.
bool drawsDocuments(int argc, char* argv[])
{
    bool report = false;
    bool document = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        report = report || argument == "report";
        document = document || argument == "pdf" || argument == "odt" ||
                   argument == "--format=pdf" || argument == "--format=odt";
    }
    return report && document;
}
#endif

std::unique_ptr<QCoreApplication> makeApplication(int& argc, char* argv[])
{
#ifdef REDRESS_CLI_DOCUMENTS
    if (drawsDocuments(argc, argv)) {
#ifdef Q_OS_LINUX
        if (qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
#endif
        return std::make_unique<QApplication>(argc, argv);
    }
#endif
    return std::make_unique<QCoreApplication>(argc, argv);
}

int main(int argc, char* argv[])
{
    const auto application = makeApplication(argc, argv);
    QCoreApplication& app = *application;
    // The same names as the desktop app, so both find the same default database.
    QCoreApplication::setOrganizationName(QStringLiteral("Redress"));
    QCoreApplication::setApplicationName(QStringLiteral("Redress"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REDRESS_VERSION));
    installTranslations(app);
    // Before any command looks for the default database: out of the roaming profile, once.
    if (const auto moved = redress::moveDatabaseFromRoamingFolder(); !moved)
        std::fprintf(stderr, "%s\n", qUtf8Printable(moved.error()));

    redress::cli::CommandRunner runner;
    runner.setShowProgress(errorIsTerminal());
#ifdef REDRESS_CLI_DOCUMENTS
    runner.setReportDocumentWriter(&redress::ReportDocument::write);
#endif
    return runner.run(QCoreApplication::arguments());
}

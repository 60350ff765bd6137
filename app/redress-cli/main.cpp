// redress-cli: the same core as the desktop app, from a script or a terminal. Everything it
// does lives in core/cli; this only sets the program up and hands over the arguments.
#include "cli/CommandRunner.h"
#include "document/PagedText.h"
#include "document/ReportDocument.h"
#include "storage/DefaultLocation.h"
#include "util/Translations.h"

#include <QGuiApplication>
#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace {

bool errorIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(fileno(stderr)) != 0;
#endif
}

} // namespace

int main(int argc, char* argv[])
{
    // Always a QGuiApplication, so that any command can write a PDF or ODT report (fonts and
    // drawing need one) without reading the arguments before the commands do. It never opens
    // a window, so on Linux and the other Unix systems it draws offscreen unless told
    // otherwise: that works with no display, and a stale DISPLAY cannot make a command fail.
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
#endif
    QGuiApplication app(argc, argv);
    // The same names as the desktop app, so both find the same default database.
    QCoreApplication::setOrganizationName(QStringLiteral("Redress"));
    QCoreApplication::setApplicationName(QStringLiteral("Redress"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REDRESS_VERSION));
    redress::installTranslations(app);
    // Before any command looks for the default database: out of the roaming profile, once.
    if (const auto moved = redress::moveDatabaseFromRoamingFolder(); !moved)
        std::fprintf(stderr, "%s\n", qUtf8Printable(moved.error()));

    redress::cli::CommandRunner runner;
    runner.setShowProgress(errorIsTerminal());
    runner.setReportDocumentWriter(&redress::ReportDocument::write);
    runner.setPdfRenderer(&redress::htmlToPdf);
    return runner.run(QCoreApplication::arguments());
}

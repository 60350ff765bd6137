// redress-cli: the same core as the desktop app, from a script or a terminal. Everything it
// does lives in core/cli; this only sets the program up and hands over the arguments.
#include "cli/CommandRunner.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <cstdio>
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

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // The same names as the desktop app, so both find the same default database.
    QCoreApplication::setOrganizationName(QStringLiteral("Redress"));
    QCoreApplication::setApplicationName(QStringLiteral("Redress"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REDRESS_VERSION));
    installTranslations(app);

    redress::cli::CommandRunner runner;
    runner.setShowProgress(errorIsTerminal());
    return runner.run(QCoreApplication::arguments());
}

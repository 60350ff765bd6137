// redress-cli: the same core as the desktop app, from a script or a terminal. Everything it
// does lives in core/cli; this only sets the program up and hands over the arguments.
#include "LogFile.h"
#include "cli/CommandRunner.h"
#include "cli/TerminalSignIn.h"
#include "document/PagedText.h"
#include "document/ReportDocument.h"
#include "session/KeychainCredentialStore.h"
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

// The command's name only, for the log: its other arguments may name a person or a file
// about them.
QString commandName(const redress::cli::CommandRunner& runner, const QStringList& arguments)
{
    QStringList words;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == u"--db" || argument == u"--db-url")
            ++i; // and its value
        else if (!argument.startsWith(u'-'))
            words.append(argument);
    }
    for (const auto& command : runner.commands()) {
        const QStringList name = command->name().split(u' ');
        if (words.mid(0, name.size()) == name)
            return command->name();
    }
    return QStringLiteral("(no command)");
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

    // --verbose, anywhere on the line, is the program's, not a command's: it adds the debug
    // messages to the log file IT may ask for.
    QStringList arguments = QCoreApplication::arguments();
    const bool verbose = arguments.removeAll(QStringLiteral("--verbose")) > 0;
    redress::applog::startLogFile(redress::applog::logFolder(), verbose,
                                  QStringLiteral("redress-cli.log"));
    redress::cli::CommandRunner runner;
    runner.setShowProgress(errorIsTerminal());
    runner.setReportDocumentWriter(&redress::ReportDocument::write);
    runner.setPdfRenderer(&redress::htmlToPdf);
    // On a team server: Kerberos first, then the password remembered in the system's
    // credential store, then (on a terminal) asking.
    redress::KeychainCredentialStore credentials;
    runner.setSignIn(&credentials, redress::cli::terminalSignIn());
    qCInfo(redress::applog::lcStartup, "redress-cli %s: %s", REDRESS_VERSION,
           qUtf8Printable(commandName(runner, arguments)));
    const int code = runner.run(arguments);
    qCInfo(redress::applog::lcStartup, "redress-cli finished with exit code %d", code);
    return code;
}

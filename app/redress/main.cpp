// The desktop program: opens the database (on a new desktop, the one the user or IT chose:
// demo, empty or the team's server) and shows the main window, keeping a log file. Everything
// it does lives in core and ui.
#include "FirstRun.h"
#include "LogFile.h"
#include "common/WheelGuard.h"
#include "help/HelpWindow.h"
#include "mainwindow/DemoDataTask.h"
#include "mainwindow/MainWindow.h"
#include "queue/CaseQueueView.h"
#include "session/KeychainCredentialStore.h"
#include "session/ServerSignIn.h"
#include "session/Session.h"
#include "signin/SignInDialog.h"
#include "storage/DefaultLocation.h"
#include "util/Translations.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDesktopServices>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSysInfo>
#include <QTimer>
#include <QUrl>
#include <cstdio>
#include <memory>

using namespace redress;

namespace {

// Where to open, and whether to fill a new SQLite file with demo cases; nullopt when the user
// closed the first-run question, or (failed set) when an address was wrong, already shown.
struct StartPlan
{
    DatabaseLocation location;
    bool addDemoCases = false;
};

std::optional<StartPlan> planStart(const QCommandLineParser& parser,
                                   const QCommandLineOption& dbOption,
                                   const QCommandLineOption& urlOption,
                                   const QCommandLineOption& demoOption, bool& failed)
{
    const auto fromUrl = [&failed](const QString& url) -> std::optional<StartPlan> {
        auto location = DatabaseLocation::fromUrl(url);
        if (!location) {
            failed = true;
            QMessageBox::critical(nullptr, QApplication::translate("main", "Redress"),
                                  location.error());
            return std::nullopt;
        }
        return StartPlan{location.value(), false};
    };
    if (parser.isSet(urlOption))
        return fromUrl(parser.value(urlOption));
    // A file named on the command line: demo cases only when asked for with --demo-cases.
    if (parser.isSet(dbOption)) {
        const QString path = parser.value(dbOption);
        return StartPlan{DatabaseLocation::sqliteFile(path),
                         parser.isSet(demoOption) && !QFileInfo::exists(path)};
    }

    QSettings settings;
    const QString serverUrl = settings.value(QStringLiteral("database/url")).toString().trimmed();
    if (!serverUrl.isEmpty())
        return fromUrl(serverUrl);
    const QString path = defaultDatabasePath();
    if (QFileInfo::exists(path))
        return StartPlan{DatabaseLocation::sqliteFile(path), false};

    std::optional<StartChoice> choice = presetStartChoice(settings);
    if (choice) {
        qCInfo(applog::lcFirstRun, "first run: the settings choose how to start");
    } else if (parser.isSet(demoOption)) {
        choice = StartChoice::Demo;
    } else {
        std::unique_ptr<QMessageBox> question(makeStartQuestion(nullptr));
        question->exec();
        choice = choiceOf(*question);
    }
    if (!choice)
        return std::nullopt;
    switch (*choice) {
    case StartChoice::Demo:
        qCInfo(applog::lcFirstRun, "first run: a demo database");
        return StartPlan{DatabaseLocation::sqliteFile(path), true};
    case StartChoice::Empty:
        qCInfo(applog::lcFirstRun, "first run: an empty database");
        return StartPlan{DatabaseLocation::sqliteFile(path), false};
    case StartChoice::Server:
        break;
    }
    const std::optional<QString> url = askServerUrl(nullptr);
    if (!url)
        return std::nullopt;
    auto plan = fromUrl(*url);
    if (plan) {
        // Remembered, so later starts go straight to the server; a password typed into the
        // address is not: settings are a plain file.
        settings.setValue(QStringLiteral("database/url"),
                          QUrl(*url).toString(QUrl::RemovePassword));
        qCInfo(applog::lcFirstRun, "first run: the team's server");
    }
    return plan;
}

// Opens the database; on a team server each person signs in as their own login: by Kerberos
// where the server asks for it, else with the password remembered in the system's credential
// store, else by asking (SignInDialog). `cancelled` says the person gave up at the question.
Result<std::unique_ptr<Session>> signIn(DatabaseLocation location, bool& cancelled)
{
    QSettings settings;
    const QString loginKey = QStringLiteral("database/login");
    if (!location.isSqlite() && location.user.isEmpty())
        location.user = settings.value(loginKey).toString().trimmed();
    KeychainCredentialStore credentials;
    ServerSignIn signIn(&credentials, SignInDialog::asker(nullptr));
    auto database = signIn.open(location, Database::Mode::CreateOrUpgrade);
    cancelled = signIn.wasCancelled();
    for (const QString& notice : signIn.notices()) {
        qCWarning(applog::lcDatabase, "the sign-in password could not be remembered or read");
        QMessageBox::information(nullptr, QApplication::translate("main", "Redress"), notice);
    }
    if (!database)
        return Error{database.error()};
    // The login typed is offered again next time (the password only ever in the store).
    if (!location.isSqlite() && !database.value()->location().user.isEmpty())
        settings.setValue(loginKey, database.value()->location().user);
    return Session::start(std::move(database).value());
}

void addOpenLogFolder(MainWindow& window)
{
    QMenu* help = window.menuBar()->findChild<QMenu*>(QStringLiteral("helpMenu"));
    if (!help)
        return;
    auto* open = new QAction(QApplication::translate("main", "Open &Log Folder"), help);
    open->setObjectName(QStringLiteral("openLogFolder"));
    QObject::connect(open, &QAction::triggered, help,
                     [] { QDesktopServices::openUrl(QUrl::fromLocalFile(applog::logFolder())); });
    help->insertAction(help->actions().value(0), open);
}

// REDRESS_MEASURE_START set: once the window is painted with the queue's first rows, prints
// how long that took to stderr and quits (tests/bench/bench_start.sh reads it). Nothing
// personal: counts and times only.
void measureStart(MainWindow& window, const QElapsedTimer& sinceWindow,
                  const QElapsedTimer& sinceLaunch)
{
    QTimer::singleShot(0, &window, [&window, &sinceWindow, &sinceLaunch] {
        window.repaint();
        const auto* queue = window.findChild<CaseQueueView*>();
        const int rows = queue && queue->model() ? queue->model()->rowCount() : 0;
        fprintf(stderr, "redress-start: rows=%d window_ms=%.1f launch_ms=%.1f\n", rows,
                double(sinceWindow.nsecsElapsed()) / 1e6, double(sinceLaunch.nsecsElapsed()) / 1e6);
        QCoreApplication::exit(rows > 0 ? 0 : 1);
    });
}

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer launchTimer;
    launchTimer.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Redress"));
    QApplication::setApplicationName(QStringLiteral("Redress"));
    QApplication::setApplicationVersion(QStringLiteral(REDRESS_VERSION));
    redress::installTranslations(app);
    // Scrolling a form must never change the drop-down or date the pointer passes over.
    WheelGuard::installOnApplication();
    HelpWindow::installF1();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Complaints case management"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption dbOption(QStringLiteral("db"),
                                QApplication::translate("main", "The SQLite database file."),
                                QStringLiteral("path"));
    QCommandLineOption urlOption(
        QStringLiteral("db-url"),
        QApplication::translate("main", "A shared PostgreSQL database: postgresql://user@host/db"),
        QStringLiteral("url"));
    QCommandLineOption demoOption(
        QStringLiteral("demo-cases"),
        QApplication::translate("main", "Fill a new database with n demo cases (default 3000)."),
        QStringLiteral("n"), QStringLiteral("3000"));
    QCommandLineOption verboseOption(
        QStringLiteral("verbose"),
        QApplication::translate("main", "Write Redress's debug messages to the log file too."));
    parser.addOptions({dbOption, urlOption, demoOption, verboseOption});
    parser.process(app);

    applog::startLogFile(applog::logFolder(), parser.isSet(verboseOption));
    qCInfo(applog::lcStartup, "Redress %s starting (Qt %s, %s)", REDRESS_VERSION, qVersion(),
           qUtf8Printable(QSysInfo::prettyProductName()));

    // Earlier versions kept the database in the roaming profile; it moves to the local data
    // folder once. If it cannot (an older copy still has it open), it is used where it is.
    if (const auto moved = moveDatabaseFromRoamingFolder(); !moved) {
        qCWarning(applog::lcDatabase, "%s", qUtf8Printable(moved.error()));
        QMessageBox::warning(nullptr, QApplication::translate("main", "Redress"), moved.error());
    } else if (moved.value()) {
        qCInfo(applog::lcDatabase, "moved the database out of the roaming profile");
    }

    bool failed = false;
    const std::optional<StartPlan> plan =
        planStart(parser, dbOption, urlOption, demoOption, failed);
    if (!plan)
        return failed ? 1 : 0;
    const DatabaseLocation& location = plan->location;
    qCInfo(applog::lcDatabase, "opening %s", location.isSqlite() ? "a SQLite file" : "a server");

    bool cancelled = false;
    auto session = signIn(location, cancelled);
    if (!session && cancelled) {
        qCInfo(applog::lcDatabase, "sign-in cancelled");
        return 0;
    }
    if (!session) {
        qCCritical(applog::lcDatabase, "the database could not be opened");
        QMessageBox::critical(nullptr,
                              QApplication::translate("main", "Redress cannot open its database"),
                              session.error());
        return 1;
    }
    if (plan->addDemoCases) {
        const Status demo =
            DemoDataTask::run(location, parser.value(demoOption).toInt(), 3, nullptr);
        if (!demo)
            QMessageBox::warning(
                nullptr, QApplication::translate("main", "Redress"),
                QApplication::translate("main", "The demo cases could not all be created: %1")
                    .arg(demo.error()));
    }

    QElapsedTimer windowTimer;
    windowTimer.start();
    MainWindow window(**session);
    addOpenLogFolder(window);
    window.show();
    if (qEnvironmentVariableIsSet("REDRESS_MEASURE_START"))
        measureStart(window, windowTimer, launchTimer);
    const int status = app.exec();
    qCInfo(applog::lcStartup, "Redress closed");
    return status;
}

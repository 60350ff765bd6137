// The desktop program: opens (or on first run creates, with demo data) the database and
// shows the main window. Everything it does lives in core and ui.
#include "mainwindow/DemoDataTask.h"
#include "mainwindow/MainWindow.h"
#include "session/Session.h"
#include "storage/DefaultLocation.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>

using namespace redress;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Redress"));
    QApplication::setApplicationName(QStringLiteral("Redress"));
    QApplication::setApplicationVersion(QStringLiteral(REDRESS_VERSION));
    installTranslations(app);

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
        QApplication::translate("main", "How many demo cases a new database gets (default 3000)."),
        QStringLiteral("n"), QStringLiteral("3000"));
    parser.addOptions({dbOption, urlOption, demoOption});
    parser.process(app);

    DatabaseLocation location = DatabaseLocation::sqliteFile(
        parser.isSet(dbOption) ? parser.value(dbOption) : defaultDatabasePath());
    if (parser.isSet(urlOption)) {
        auto url = DatabaseLocation::fromUrl(parser.value(urlOption));
        if (!url) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Redress"), url.error());
            return 1;
        }
        location = url.value();
    }
    const bool firstRun = location.isSqlite() && !QFileInfo::exists(location.filePath);

    auto session = Session::open(location, Database::Mode::CreateOrUpgrade);
    if (!session) {
        QMessageBox::critical(nullptr,
                              QApplication::translate("main", "Redress cannot open its database"),
                              session.error());
        return 1;
    }
    if (firstRun) {
        const Status demo =
            DemoDataTask::run(location, parser.value(demoOption).toInt(), 3, nullptr);
        if (!demo)
            QMessageBox::warning(
                nullptr, QApplication::translate("main", "Redress"),
                QApplication::translate("main", "The demo cases could not all be created: %1")
                    .arg(demo.error()));
    }

    MainWindow window(**session);
    window.show();
    return app.exec();
}

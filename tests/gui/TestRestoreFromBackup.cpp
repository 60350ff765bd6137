// File › Restore from backup on the real main window: the backup's cases replace the open
// database's, which is kept aside; a file that is not a usable backup, or a database someone
// else has open, is refused with the database unchanged.
#include "TestSupport.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "mainwindow/MainWindow.h"
#include "queue/CaseQueueModel.h"
#include "storage/Backup.h"
#include "storage/CaseRepository.h"
#include "storage/Sql.h"

#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace redress;
using namespace redress::test;

namespace {

// Answers each message box the flow shows (those not answered in advance) as the person at
// the desk would, with its default button, noting its name and text.
class BoxAnswerer : public QObject
{
public:
    BoxAnswerer()
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            for (QWidget* widget : QApplication::topLevelWidgets()) {
                auto* box = qobject_cast<QMessageBox*>(widget);
                if (!box || !box->isVisible())
                    continue;
                seen << box->objectName();
                texts << box->text();
                box->defaultButton() ? box->defaultButton()->click() : box->reject();
            }
        });
        m_timer.start(20);
    }
    QStringList seen;
    QStringList texts;

private:
    QTimer m_timer;
};

QByteArray fingerprint(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

QStringList keptAside(const QString& databasePath)
{
    const QFileInfo info(databasePath);
    return info.dir().entryList({info.fileName() + QStringLiteral(".before-restore-*")},
                                QDir::Files | QDir::Hidden);
}

QStringList shownReferences(MainWindow& window)
{
    QStringList references;
    CaseQueueModel* model = window.queueModel();
    for (int row = 0; row < model->rowCount(); ++row)
        references << model->index(row, CaseQueueModel::Reference).data().toString();
    references.sort();
    return references;
}

} // namespace

class TestRestoreFromBackup : public QObject
{
    Q_OBJECT

    IsolatedSettings m_settings;
    QTemporaryDir m_folder;
    QString m_live;
    QString m_backup;
    QStringList m_backupReferences;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;

    // A database of `count` complaints at `path`, through its own session.
    static std::unique_ptr<Session> databaseWith(const QString& path, int count)
    {
        auto session = Session::open(DatabaseLocation::sqliteFile(path),
                                     Database::Mode::CreateOrUpgrade, QStringLiteral("admin"));
        if (!session)
            return nullptr;
        for (int i = 0; i < count; ++i)
            loggedComplaint(**session, QDate(2021, 3, 1).addDays(i), QDate(2021, 3, 2).addDays(i));
        return std::move(session).value();
    }

    void triggerRestore()
    {
        auto* action = m_window->findChild<QAction*>(QStringLiteral("restoreFromBackup"));
        QVERIFY(action);
        action->trigger();
    }

private slots:
    void init()
    {
        QVERIFY(m_folder.isValid());
        m_backup = m_folder.filePath(QStringLiteral("redress.bak"));
        m_live = m_folder.filePath(QStringLiteral("redress.db"));
        {
            FixedToday today(QDate(2021, 4, 1));
            auto source = databaseWith(m_folder.filePath(QStringLiteral("source.db")), 3);
            QVERIFY(source);
            QVERIFY(source->backup(m_backup, false));
            auto listed = source->cases().list(CaseFilter{});
            QVERIFY(listed);
            m_backupReferences.clear();
            for (const CaseSummary& row : listed.value())
                m_backupReferences << row.reference;
            m_backupReferences.sort();
        }
        FixedToday today(QDate(2021, 4, 1));
        m_session = databaseWith(m_live, 1);
        QVERIFY(m_session);
        m_window = std::make_unique<MainWindow>(*m_session);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(m_window->queueModel()->rowCount(), 1);
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
        for (const QString& name : QDir(m_folder.path()).entryList(QDir::Files | QDir::Hidden))
            QFile::remove(m_folder.filePath(name));
    }

    void restoreRoundTrips()
    {
        FixedToday today(QDate(2021, 4, 1));
        const qint64 before = m_session->cases().count(CaseFilter{}).value();
        m_window->openCase(m_window->queueModel()->index(0, 0).data(Qt::UserRole).toLongLong());
        auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("mainTabs"));
        QCOMPARE(tabs->count(), 2);

        BoxAnswerer answerer;
        FileDialog::setNextFileName(m_backup);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        triggerRestore();

        QCOMPARE(MessageBox::lastObjectName(), QStringLiteral("confirmRestore"));
        QVERIFY2(MessageBox::lastText().contains(u"holds 3 case"),
                 qPrintable(MessageBox::lastText()));
        QCOMPARE(answerer.seen, QStringList{QStringLiteral("restoreDone")});
        // The backup's cases are in the window and in the session it works through.
        QCOMPARE(tabs->count(), 1);
        QCOMPARE(shownReferences(*m_window), m_backupReferences);
        QCOMPARE(m_session->cases().count(CaseFilter{}).value(), 3);
        Case another = loggedComplaint(*m_session, QDate(2021, 3, 20));
        QVERIFY(another.id > 0);
        // What the database held is kept beside it, whole.
        const QStringList aside = keptAside(m_live);
        QCOMPARE(aside.size(), 1);
        QVERIFY2(answerer.texts.value(0).contains(aside.constFirst()),
                 qPrintable(answerer.texts.value(0)));
        auto kept = backup::checkSqliteFile(m_folder.filePath(aside.constFirst()));
        QVERIFY2(kept, qPrintable(kept.error()));
        QCOMPARE(kept->cases, before);
    }

    void refusesWhatIsNotABackup_data()
    {
        QTest::addColumn<QString>("make");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text file") << "text"
                                   << "not a usable Redress backup";
        QTest::newRow("empty file") << "empty"
                                    << "not a Redress database";
        QTest::newRow("another program's SQLite") << "foreign"
                                                  << "not a Redress database";
        QTest::newRow("truncated backup") << "truncated"
                                          << "cannot be restored";
        QTest::newRow("the open database") << "live"
                                           << "is the database that is open";
    }

    void refusesWhatIsNotABackup()
    {
        QFETCH(QString, make);
        QFETCH(QString, expected);
        FixedToday today(QDate(2021, 4, 1));
        QString chosen = m_folder.filePath(QStringLiteral("chosen.bak"));
        if (make == u"live") {
            chosen = m_live;
        } else if (make == u"foreign") {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("x"));
            db.setDatabaseName(chosen);
            QVERIFY(db.open());
            QVERIFY(sql::exec(db, QStringLiteral("CREATE TABLE recipes (name TEXT)")));
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("x"));
        } else {
            QFile file(chosen);
            QVERIFY(file.open(QIODevice::WriteOnly));
            if (make == u"text")
                file.write("reference,received\nCOM-1,01/02/2021\n" + QByteArray(5000, 'x'));
            if (make == u"truncated") {
                QFile whole(m_backup);
                QVERIFY(whole.open(QIODevice::ReadOnly));
                file.write(whole.readAll().left(int(whole.size() / 2)));
            }
        }
        const QStringList files = {m_live, m_live + QStringLiteral("-wal")};
        QList<QByteArray> before;
        for (const QString& path : files)
            before << fingerprint(path);

        FileDialog::setNextFileName(chosen);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        triggerRestore();

        QCOMPARE(MessageBox::lastObjectName(), QStringLiteral("restoreRefused"));
        QVERIFY2(MessageBox::lastText().contains(expected), qPrintable(MessageBox::lastText()));
        QVERIFY(MessageBox::lastText().contains(u"Nothing was changed"));
        for (int i = 0; i < files.size(); ++i)
            QCOMPARE(fingerprint(files[i]), before[i]);
        QVERIFY(keptAside(m_live).isEmpty());
        QCOMPARE(m_window->queueModel()->rowCount(), 1);
    }

    void refusesWhileAnotherProgramHasTheDatabaseOpen()
    {
        FixedToday today(QDate(2021, 4, 1));
        auto other =
            Database::open(DatabaseLocation::sqliteFile(m_live), Database::Mode::MustExist);
        QVERIFY(other);
        const QStringList references = shownReferences(*m_window);
        const QByteArray before = fingerprint(m_live);

        BoxAnswerer answerer;
        FileDialog::setNextFileName(m_backup);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        triggerRestore();

        QCOMPARE(MessageBox::lastObjectName(), QStringLiteral("confirmRestore"));
        QCOMPARE(answerer.seen, QStringList{QStringLiteral("restoreRefused")});
        QVERIFY2(answerer.texts.value(0).contains(u"in use") &&
                     answerer.texts.value(0).contains(u"Nothing was changed"),
                 qPrintable(answerer.texts.value(0)));
        QCOMPARE(fingerprint(m_live), before);
        QVERIFY(keptAside(m_live).isEmpty());
        // The window has its database back and goes on working.
        QCOMPARE(shownReferences(*m_window), references);
        Case another = loggedComplaint(*m_session, QDate(2021, 3, 20));
        QVERIFY(another.id > 0);
    }

    void onAServerRestoreIsTheAdministratorsJob()
    {
        auto server = TestDatabase::create(Backend::Postgres);
        if (!server)
            return;
        auto session = Session::open(server->location(), Database::Mode::CreateOrUpgrade);
        QVERIFY2(session, qPrintable(session.error()));
        MainWindow window(**session);
        auto* action = window.findChild<QAction*>(QStringLiteral("restoreFromBackup"));
        QVERIFY(action);
        FileDialog::setNextFileName(m_backup);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        action->trigger();
        QCOMPARE(MessageBox::lastObjectName(), QStringLiteral("restoreOnServer"));
        QVERIFY(MessageBox::lastText().contains(u"database administrator"));
        FileDialog::setNextFileName({}); // the dialog was never asked
    }
};

QTEST_MAIN(TestRestoreFromBackup)
#include "TestRestoreFromBackup.moc"

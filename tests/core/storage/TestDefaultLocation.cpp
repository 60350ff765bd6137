// The default database's folder: the one-time move out of the roaming profile earlier
// versions used, on real files, including the write-ahead log that holds committed changes.
#include "storage/Database.h"
#include "storage/DefaultLocation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace redress;

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestDefaultLocation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaultIsTheLocalDataFolder()
    {
        const QString local =
            QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
        QCOMPARE(QFileInfo(defaultDatabasePath()).absolutePath(), QDir(local).absolutePath());
        QCOMPARE(QFileInfo(defaultDatabasePath()).fileName(), QStringLiteral("redress.sqlite"));
    }

    void movesTheDatabaseWithItsLog()
    {
        QTemporaryDir dir;
        const QString roaming = dir.filePath(QStringLiteral("Roaming/Redress/Redress"));
        const QString local = dir.filePath(QStringLiteral("Local/Redress/Redress"));
        QVERIFY(QDir().mkpath(roaming));
        writeFile(roaming + QStringLiteral("/redress.sqlite"), "main");
        writeFile(roaming + QStringLiteral("/redress.sqlite-wal"), "log");

        const auto moved = moveDatabaseBetweenFolders(roaming, local);
        QVERIFY2(moved.ok(), qPrintable(moved.error()));
        QVERIFY(moved.value());
        QCOMPARE(readFile(local + QStringLiteral("/redress.sqlite")), QByteArray("main"));
        QCOMPARE(readFile(local + QStringLiteral("/redress.sqlite-wal")), QByteArray("log"));
        QVERIFY(!QFileInfo::exists(roaming + QStringLiteral("/redress.sqlite")));
        QVERIFY(!QFileInfo::exists(roaming + QStringLiteral("/redress.sqlite-wal")));

        // Once only: a second start finds nothing to move.
        const auto again = moveDatabaseBetweenFolders(roaming, local);
        QVERIFY(again.ok());
        QVERIFY(!again.value());
    }

    void aMovedDatabaseStillOpens()
    {
        QTemporaryDir dir;
        const QString roaming = dir.filePath(QStringLiteral("Roaming"));
        const QString local = dir.filePath(QStringLiteral("Local"));
        QVERIFY(QDir().mkpath(roaming));
        {
            auto db = Database::open(
                DatabaseLocation::sqliteFile(roaming + QStringLiteral("/redress.sqlite")));
            QVERIFY2(db.ok(), qPrintable(db.error()));
        }
        const auto moved = moveDatabaseBetweenFolders(roaming, local);
        QVERIFY2(moved.ok(), qPrintable(moved.error()));
        auto db =
            Database::open(DatabaseLocation::sqliteFile(local + QStringLiteral("/redress.sqlite")));
        QVERIFY2(db.ok(), qPrintable(db.error()));
    }

    void anExistingLocalDatabaseIsNeverReplaced()
    {
        QTemporaryDir dir;
        const QString roaming = dir.filePath(QStringLiteral("Roaming"));
        const QString local = dir.filePath(QStringLiteral("Local"));
        QVERIFY(QDir().mkpath(roaming));
        QVERIFY(QDir().mkpath(local));
        writeFile(roaming + QStringLiteral("/redress.sqlite"), "old");
        writeFile(local + QStringLiteral("/redress.sqlite"), "new");
        const auto moved = moveDatabaseBetweenFolders(roaming, local);
        QVERIFY(moved.ok());
        QVERIFY(!moved.value());
        QCOMPARE(readFile(local + QStringLiteral("/redress.sqlite")), QByteArray("new"));
        QCOMPARE(readFile(roaming + QStringLiteral("/redress.sqlite")), QByteArray("old"));
    }

    void aFailedMovePutsEverythingBack()
    {
        QTemporaryDir dir;
        const QString roaming = dir.filePath(QStringLiteral("Roaming"));
        const QString local = dir.filePath(QStringLiteral("Local"));
        QVERIFY(QDir().mkpath(roaming));
        QVERIFY(QDir().mkpath(local));
        writeFile(roaming + QStringLiteral("/redress.sqlite"), "main");
        writeFile(roaming + QStringLiteral("/redress.sqlite-wal"), "log");
        // A folder where the log must go: the main file moves, the log cannot follow.
        QVERIFY(QDir().mkpath(local + QStringLiteral("/redress.sqlite-wal/x")));

        const auto moved = moveDatabaseBetweenFolders(roaming, local);
        QVERIFY(!moved.ok());
        QVERIFY2(moved.error().contains(QStringLiteral("redress.sqlite-wal")),
                 qPrintable(moved.error()));
        QCOMPARE(readFile(roaming + QStringLiteral("/redress.sqlite")), QByteArray("main"));
        QCOMPARE(readFile(roaming + QStringLiteral("/redress.sqlite-wal")), QByteArray("log"));
        QVERIFY(!QFileInfo::exists(local + QStringLiteral("/redress.sqlite")));
    }

    void sameFolderIsNothingToDo()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("redress.sqlite")), "main");
        const auto moved = moveDatabaseBetweenFolders(dir.path(), dir.path() + QStringLiteral("/"));
        QVERIFY(moved.ok());
        QVERIFY(!moved.value());
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("redress.sqlite"))));
    }
};

QTEST_GUILESS_MAIN(TestDefaultLocation)
#include "TestDefaultLocation.moc"

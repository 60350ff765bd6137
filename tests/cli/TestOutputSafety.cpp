// Outputs that never replace the database or the file being read, databases that only init
// creates, and owner-only files.
#include "CliRun.h"
#include "FileState.h"
#include "TestSupport.h"
#include "storage/Sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace redress;
using namespace redress::test;

namespace {

const QDate today(2021, 6, 30);

QString legacyLog()
{
    return QStringLiteral(REDRESS_SOURCE_DIR "/tests/data/legacy-log/legacy-log.csv");
}

QByteArray header(const QString& path, int length)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(length) : QByteArray();
}

} // namespace

class TestOutputSafety : public QObject
{
    Q_OBJECT

    std::unique_ptr<FixedToday> m_today;
    QTemporaryDir m_folder;
    QString m_db;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_today = std::make_unique<FixedToday>(today);
        m_db = m_folder.filePath(QStringLiteral("team.sqlite"));
#ifdef Q_OS_UNIX
        QVERIFY(QFile::link(m_db, m_folder.filePath(QStringLiteral("link.csv"))));
#endif
        QCOMPARE(runCli({QStringLiteral("--db"), m_db, QStringLiteral("init")}).code, 0);
        const CliRun demo = runCli({QStringLiteral("--db"), m_db, QStringLiteral("demo"),
                                    QStringLiteral("--cases"), QStringLiteral("20")});
        QVERIFY2(demo.code == 0, qPrintable(demo.err));
    }
    void cleanupTestCase()
    {
        m_today.reset();
    }

    void outputRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("target"); // relative to the test folder; "@db" the database
        QTest::addColumn<QString>("message");
        const QString db = QStringLiteral("@db");
        const auto exportTo = [](const QString& out) {
            return QStringList{QStringLiteral("export"),   QStringLiteral("cases"),
                               QStringLiteral("--format"), QStringLiteral("csv"),
                               QStringLiteral("--out"),    out};
        };
        const auto reportTo = [](const QString& out) {
            return QStringList{QStringLiteral("report"),   QStringLiteral("annual"),
                               QStringLiteral("--year"),   QStringLiteral("2020/21"),
                               QStringLiteral("--format"), QStringLiteral("html"),
                               QStringLiteral("--out"),    out};
        };
        const auto mappingTo = [](const QString& out) {
            return QStringList{QStringLiteral("import"), legacyLog(), QStringLiteral("--dry-run"),
                               QStringLiteral("--save-mapping"), out};
        };
        const auto backupTo = [](const QString& out) {
            return QStringList{QStringLiteral("backup"), QStringLiteral("--to"), out};
        };
        const auto subjectAccessTo = [](const QString& out) {
            return QStringList{QStringLiteral("subject-access"), QStringLiteral("--person"),
                               QStringLiteral("1"), QStringLiteral("--out"), out};
        };
        const QString itself = QStringLiteral("is the database itself");
        QTest::newRow("export over the database") << exportTo(db) << db << itself;
        QTest::newRow("export over its WAL")
            << exportTo(db + QStringLiteral("-wal")) << db << itself;
        QTest::newRow("export over its journal")
            << exportTo(db + QStringLiteral("-journal")) << db << itself;
        QTest::newRow("export --force over the database")
            << exportTo(db) + QStringList{QStringLiteral("--force")} << db << itself;
        QTest::newRow("export by another path")
            << exportTo(QStringLiteral("@dir/./team.sqlite")) << db << itself;
        QTest::newRow("report over the database") << reportTo(db) << db << itself;
        QTest::newRow("backup over the database")
            << backupTo(db) + QStringList{QStringLiteral("--force")} << db << itself;
        QTest::newRow("mapping over the database") << mappingTo(db) << db << itself;
        QTest::newRow("subject access over the database")
            << subjectAccessTo(db) + QStringList{QStringLiteral("--force")} << db << itself;
        QTest::newRow("mapping over the log")
            << mappingTo(legacyLog()) << legacyLog() << QStringLiteral("is the file being read");
        QTest::newRow("export over a folder")
            << exportTo(QStringLiteral("@dir")) << db << QStringLiteral("is a folder");
        QTest::newRow("export over an existing file")
            << exportTo(QStringLiteral("@dir/existing.csv")) << QStringLiteral("@dir/existing.csv")
            << QStringLiteral("add --force");
        QTest::newRow("report over an existing file")
            << reportTo(QStringLiteral("@dir/existing.csv")) << QStringLiteral("@dir/existing.csv")
            << QStringLiteral("already exists");
        QTest::newRow("mapping over an existing file")
            << mappingTo(QStringLiteral("@dir/existing.csv")) << QStringLiteral("@dir/existing.csv")
            << QStringLiteral("already exists");
        QTest::newRow("backup over an existing file")
            << backupTo(QStringLiteral("@dir/existing.csv")) << QStringLiteral("@dir/existing.csv")
            << QStringLiteral("already exists");
#ifdef Q_OS_UNIX
        QTest::newRow("export through a link to the database")
            << exportTo(QStringLiteral("@dir/link.csv")) + QStringList{QStringLiteral("--force")}
            << db << itself;
#endif
        QTest::newRow("export into a missing folder")
            << exportTo(QStringLiteral("@dir/nowhere/x.csv")) << db
            << QStringLiteral("does not exist");
#ifdef Q_OS_UNIX
        QTest::newRow("export to a device")
            << exportTo(QStringLiteral("/dev/null")) + QStringList{QStringLiteral("--force")}
            << QStringLiteral("/dev/null") << QStringLiteral("not an ordinary file");
#endif
    }
    void outputRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, target);
        QFETCH(QString, message);
        const QString existing = m_folder.filePath(QStringLiteral("existing.csv"));
        {
            QFile file(existing);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write("keep me\n");
        }
        const auto expand = [&](QString text) {
            return text.replace(QStringLiteral("@db"), m_db)
                .replace(QStringLiteral("@dir"), m_folder.path());
        };
        for (QString& argument : arguments)
            argument = expand(argument);
        target = expand(target);
        const QByteArrayList before = databaseState(m_db);
        const QByteArray targetBefore = fileHash(target);
        const QByteArray logBefore = fileHash(legacyLog());

        const CliRun run = runCli(QStringList{QStringLiteral("--db"), m_db} + arguments);
        QVERIFY2(run.code == 1, qPrintable(run.out + run.err));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(run.err.trimmed().count(u'\n'), 0); // one line says what and what to do
        QCOMPARE(databaseState(m_db), before);
        QCOMPARE(fileHash(target), targetBefore);
        QCOMPARE(fileHash(legacyLog()), logBefore);
        QCOMPARE(fileHash(existing), fileHash(existing)); // still readable
        QVERIFY(QFileInfo(m_folder.path()).isDir());
        // No temporary file is left behind either.
        const QStringList hidden =
            QDir(m_folder.path())
                .entryList({QStringLiteral(".*.part")}, QDir::Files | QDir::Hidden);
        QVERIFY2(hidden.isEmpty(), qPrintable(hidden.join(u' ')));
    }

    void forceReplacesAnOrdinaryFile()
    {
        const QString existing = m_folder.filePath(QStringLiteral("replace-me.csv"));
        {
            QFile file(existing);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write("old\n");
        }
        const CliRun run =
            runCli({QStringLiteral("--db"), m_db, QStringLiteral("export"), QStringLiteral("cases"),
                    QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"),
                    existing, QStringLiteral("--force")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("Exported 20 cases")));
        QVERIFY(QFileInfo(existing).size() > 100);
#ifdef Q_OS_UNIX
        QVERIFY(ownerOnly(existing));
#endif
    }

    void outputsArePrivate()
    {
#ifndef Q_OS_UNIX
        QSKIP("File modes are POSIX; on Windows the profile folder's ACL applies");
#endif
        const QString nested = m_folder.filePath(QStringLiteral("private/deeper/new.sqlite"));
        const CliRun init = runCli({QStringLiteral("--db"), nested, QStringLiteral("init")});
        QVERIFY2(init.code == 0, qPrintable(init.err));
        QVERIFY(ownerOnly(nested));
        const QFileDevice::Permissions folder = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ExeOwner | QFileDevice::ReadUser |
                                                QFileDevice::WriteUser | QFileDevice::ExeUser;
        QCOMPARE(QFileInfo(m_folder.filePath(QStringLiteral("private"))).permissions(), folder);
        QCOMPARE(QFileInfo(m_folder.filePath(QStringLiteral("private/deeper"))).permissions(),
                 folder);
        {
            // The WAL and SHM SQLite makes while the database is open take its permissions.
            auto database =
                Database::open(DatabaseLocation::sqliteFile(nested), Database::Mode::MustExist);
            QVERIFY(database);
            QVERIFY(sql::exec((*database)->sql(),
                              QStringLiteral("UPDATE meta SET value = value WHERE 0")));
            QVERIFY(QFileInfo::exists(nested + QStringLiteral("-wal")));
            QVERIFY(ownerOnly(nested + QStringLiteral("-wal")));
            QVERIFY(ownerOnly(nested + QStringLiteral("-shm")));
        }
        const QString backup = m_folder.filePath(QStringLiteral("private.bak"));
        const QString exported = m_folder.filePath(QStringLiteral("private.xlsx"));
        const QString report = m_folder.filePath(QStringLiteral("private.json"));
        const QString mapping = m_folder.filePath(QStringLiteral("private-mapping.json"));
        const QList<QStringList> commands{
            {QStringLiteral("backup"), QStringLiteral("--to"), backup},
            {QStringLiteral("export"), QStringLiteral("cases"), QStringLiteral("--format"),
             QStringLiteral("xlsx"), QStringLiteral("--out"), exported},
            {QStringLiteral("report"), QStringLiteral("annual"), QStringLiteral("--year"),
             QStringLiteral("2020/21"), QStringLiteral("--out"), report},
            {QStringLiteral("import"), legacyLog(), QStringLiteral("--mapping"),
             QStringLiteral(REDRESS_SOURCE_DIR "/tests/data/legacy-log/mapping.json"),
             QStringLiteral("--dry-run"), QStringLiteral("--save-mapping"), mapping}};
        for (const QStringList& command : commands) {
            const CliRun run = runCli(QStringList{QStringLiteral("--db"), m_db} + command);
            QVERIFY2(run.code == 0, qPrintable(command.join(u' ') + u'\n' + run.err));
        }
        for (const QString& path : {backup, exported, report, mapping})
            QVERIFY2(ownerOnly(path), qPrintable(path));

        // A database left readable by others (made before this, or copied in by hand) is
        // made private the first time Redress opens it.
        QVERIFY(QFile::setPermissions(nested, QFile::permissions(nested) | QFileDevice::ReadGroup |
                                                  QFileDevice::ReadOther));
        QVERIFY(!ownerOnly(nested));
        const CliRun check = runCli({QStringLiteral("--db"), nested, QStringLiteral("check")});
        QVERIFY2(check.code == 0, qPrintable(check.err));
        QVERIFY(ownerOnly(nested));
    }

    void busyDatabaseIsSaidOutLoud()
    {
        // Another writer holds SQLite's write lock for longer than the busy timeout.
        auto writer = Database::open(DatabaseLocation::sqliteFile(m_db), Database::Mode::MustExist);
        QVERIFY(writer);
        QVERIFY(sql::exec((*writer)->sql(), QStringLiteral("BEGIN IMMEDIATE")));
        const QByteArray before = fileHash(m_db);
        const CliRun run =
            runCli({QStringLiteral("--db"), m_db, QStringLiteral("import"), legacyLog(),
                    QStringLiteral("--mapping"),
                    QStringLiteral(REDRESS_SOURCE_DIR "/tests/data/legacy-log/mapping.json")});
        QVERIFY(sql::exec((*writer)->sql(), QStringLiteral("ROLLBACK")));
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QStringLiteral("The database is busy: another program is "
                                                 "writing to it; try again when it has finished")),
                 qPrintable(run.err));
        QCOMPARE(run.err.trimmed().count(u'\n'), 0);
        QCOMPARE(fileHash(m_db), before);
    }

    void onlyInitCreates_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("check") << QStringList{QStringLiteral("check")};
        QTest::newRow("cases list") << QStringList{QStringLiteral("cases"), QStringLiteral("list")};
        QTest::newRow("demo") << QStringList{QStringLiteral("demo"), QStringLiteral("--cases"),
                                             QStringLiteral("5")};
        QTest::newRow("import") << QStringList{QStringLiteral("import"), legacyLog()};
        QTest::newRow("backup") << QStringList{QStringLiteral("backup"), QStringLiteral("--to"),
                                               QStringLiteral("@dir/b.bak")};
        QTest::newRow("export") << QStringList{
            QStringLiteral("export"), QStringLiteral("cases"), QStringLiteral("--format"),
            QStringLiteral("csv"),    QStringLiteral("--out"), QStringLiteral("@dir/x.csv")};
    }
    void onlyInitCreates()
    {
        QFETCH(QStringList, command);
        QTemporaryDir folder;
        for (QString& argument : command)
            argument.replace(QStringLiteral("@dir"), folder.path());
        const QString missing = folder.filePath(QStringLiteral("missing.sqlite"));
        const QString empty = folder.filePath(QStringLiteral("empty.sqlite"));
        const QString partial = folder.filePath(QStringLiteral("partial.sqlite"));
        const QString foreign = folder.filePath(QStringLiteral("notes.sqlite"));
        {
            QFile file(empty);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        {
            // The first page of a real database and nothing more, as a killed copy leaves it.
            QFile whole(m_db);
            QVERIFY(whole.open(QIODevice::ReadOnly));
            QFile file(partial);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(whole.read(4096));
        }
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                           QStringLiteral("other-program"));
            other.setDatabaseName(foreign);
            QVERIFY(other.open());
            QSqlQuery query(other);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE notes (body TEXT)")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO notes VALUES ('mine')")));
            query.finish();
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other-program"));
        QCOMPARE(header(foreign, 20).mid(18, 2), QByteArray("\x01\x01", 2)); // rollback journal

        const QList<std::pair<QString, QString>> cases{
            {missing, QStringLiteral("There is no Redress database at")},
            {empty, QStringLiteral("There is no Redress database at")},
            {partial, QStringLiteral("nothing was changed")},
            {foreign, QStringLiteral("but not a Redress one")}};
        for (const auto& [path, message] : cases) {
            const QByteArrayList before = databaseState(path);
            const CliRun run = runCli(QStringList{QStringLiteral("--db"), path} + command);
            QVERIFY2(run.code == 1, qPrintable(path + u'\n' + run.out + run.err));
            QVERIFY2(run.err.contains(message, Qt::CaseInsensitive),
                     qPrintable(path + u'\n' + run.err));
            QCOMPARE(databaseState(path), before);
        }
        QCOMPARE(header(foreign, 20).mid(18, 2), QByteArray("\x01\x01", 2)); // never made WAL
        QVERIFY(!QFileInfo::exists(folder.filePath(QStringLiteral("b.bak"))));
        QVERIFY(!QFileInfo::exists(folder.filePath(QStringLiteral("x.csv"))));
    }
};

QTEST_GUILESS_MAIN(TestOutputSafety)
#include "TestOutputSafety.moc"

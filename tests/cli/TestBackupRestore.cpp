// Backups that are whole or absent, and restores that survive a crashed WAL beside the
// database, on SQLite and (with pg_dump) PostgreSQL.
#include "CliRun.h"
#include "FileState.h"
#include "TestSupport.h"
#include "storage/CaseRepository.h"
#include "storage/Sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace redress;
using namespace redress::test;

namespace {

const QDate today(2021, 6, 30);

QStringList dbArgs(const QString& path)
{
    return {QStringLiteral("--db"), path};
}

qint64 caseCount(const DatabaseLocation& location)
{
    auto database = Database::open(location, Database::Mode::MustExist);
    if (!database) {
        qWarning("%s", qPrintable(database.error()));
        return -1;
    }
    return CaseRepository(**database).count({}).value();
}

qint64 caseCount(const QString& path)
{
    return caseCount(DatabaseLocation::sqliteFile(path));
}

bool copyFile(const QString& from, const QString& to)
{
    QFile::remove(to);
    return QFile::copy(from, to);
}

} // namespace

class TestBackupRestore : public QObject
{
    Q_OBJECT

    std::unique_ptr<FixedToday> m_today;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_today = std::make_unique<FixedToday>(today);
    }
    void cleanupTestCase() { m_today.reset(); }

    void restoreRoundTripsOverACrashedWal()
    {
        QTemporaryDir folder;
        const QString live = folder.filePath(QStringLiteral("live.sqlite"));
        const QString backup = folder.filePath(QStringLiteral("monday.bak"));
        QCOMPARE(runCli(dbArgs(live) + QStringList{QStringLiteral("init")}).code, 0);
        QCOMPARE(runCli(dbArgs(live) + QStringList{QStringLiteral("demo"),
                                                   QStringLiteral("--cases"), QStringLiteral("30")})
                     .code,
                 0);
        const CliRun made = runCli(
            dbArgs(live) + QStringList{QStringLiteral("backup"), QStringLiteral("--to"), backup});
        QVERIFY2(made.code == 0, qPrintable(made.err));
        QVERIFY(made.out.contains(QStringLiteral("cases: 30")));
        QVERIFY(ownerOnly(backup));

        // A crash: more cases committed to the WAL while a connection holds the database open,
        // and the files copied as they are, as a power cut would leave them.
        const QString crashed = folder.filePath(QStringLiteral("crashed.sqlite"));
        const QString witness = folder.filePath(QStringLiteral("witness.sqlite"));
        {
            auto holder =
                Database::open(DatabaseLocation::sqliteFile(live), Database::Mode::MustExist);
            QVERIFY(holder);
            QVERIFY(sql::exec((*holder)->sql(), QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
            QCOMPARE(
                runCli(dbArgs(live) + QStringList{QStringLiteral("demo"), QStringLiteral("--cases"),
                                                  QStringLiteral("7")})
                    .code,
                0);
            QVERIFY(QFileInfo(live + QStringLiteral("-wal")).size() > 0);
            for (const QString& copy : {crashed, witness}) {
                QVERIFY(copyFile(live, copy));
                QVERIFY(copyFile(live + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
            }
        }
        QCOMPARE(caseCount(witness), 37); // the WAL holds committed cases

        const QByteArrayList before = databaseState(crashed);
        const CliRun unforced =
            runCli(dbArgs(crashed) +
                   QStringList{QStringLiteral("restore"), QStringLiteral("--from"), backup});
        QCOMPARE(unforced.code, 1);
        QVERIFY2(unforced.err.contains(QStringLiteral("add --force")), qPrintable(unforced.err));
        QCOMPARE(databaseState(crashed), before);

        const CliRun restored = runCli(
            dbArgs(crashed) + QStringList{QStringLiteral("restore"), QStringLiteral("--from"),
                                          backup, QStringLiteral("--force")});
        QVERIFY2(restored.code == 0, qPrintable(restored.err));
        QVERIFY2(restored.out.contains(QStringLiteral("cases: 30")), qPrintable(restored.out));
        QCOMPARE(caseCount(crashed), 30);
        const CliRun check = runCli(dbArgs(crashed) + QStringList{QStringLiteral("check")});
        QVERIFY2(check.code == 0, qPrintable(check.out + check.err));
        QVERIFY(ownerOnly(crashed));

        // The database it replaced, WAL and all, is kept aside and still holds its 37 cases.
        static const QRegularExpression kept(QStringLiteral("kept as (\\S+)"));
        QStringList aside;
        for (auto match = kept.globalMatch(restored.out); match.hasNext();)
            aside << match.next().captured(1);
        QCOMPARE(aside.size(), 2);
        QVERIFY(aside.at(1).endsWith(QStringLiteral("-wal")));
        QCOMPARE(caseCount(QDir::fromNativeSeparators(aside.at(0))), 37);

        // The backup itself was only read.
        QCOMPARE(caseCount(backup), 30);
    }

    void restoreRefusals()
    {
        QTemporaryDir folder;
        const QString live = folder.filePath(QStringLiteral("live.sqlite"));
        const QString backup = folder.filePath(QStringLiteral("good.bak"));
        QCOMPARE(runCli(dbArgs(live) + QStringList{QStringLiteral("init")}).code, 0);
        QCOMPARE(runCli(dbArgs(live) + QStringList{QStringLiteral("demo"),
                                                   QStringLiteral("--cases"), QStringLiteral("5")})
                     .code,
                 0);
        QCOMPARE(runCli(dbArgs(live) +
                        QStringList{QStringLiteral("backup"), QStringLiteral("--to"), backup})
                     .code,
                 0);
        const QString junk = folder.filePath(QStringLiteral("notes.txt"));
        {
            QFile file(junk);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("not a backup\n");
        }
        const QString truncated = folder.filePath(QStringLiteral("truncated.bak"));
        {
            QFile whole(backup);
            QVERIFY(whole.open(QIODevice::ReadOnly));
            QFile file(truncated);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(whole.read(whole.size() / 2));
        }
        const QString newer = folder.filePath(QStringLiteral("newer.bak"));
        QVERIFY(copyFile(backup, newer));
        {
            auto db = Database::openUnmigrated(DatabaseLocation::sqliteFile(newer));
            QVERIFY(db);
            QVERIFY(
                sql::exec((*db)->sql(), QStringLiteral("UPDATE meta SET value = '999' WHERE key = "
                                                       "'schema_version'")));
        }
        const QList<std::pair<QString, QString>> refusals{
            {junk, QStringLiteral("not a usable Redress backup")},
            {truncated, QStringLiteral("Redress backup")},
            {newer, QStringLiteral("newer version of Redress")},
            {live, QStringLiteral("the database itself")},
            {folder.filePath(QStringLiteral("missing.bak")), QStringLiteral("is not a file")}};
        const QByteArrayList before = databaseState(live);
        for (const auto& [from, message] : refusals) {
            const CliRun run = runCli(dbArgs(live) + QStringList{QStringLiteral("restore"),
                                                                 QStringLiteral("--from"), from,
                                                                 QStringLiteral("--force")});
            QVERIFY2(run.code == 1, qPrintable(from + u'\n' + run.out));
            QVERIFY2(run.err.contains(message), qPrintable(from + u'\n' + run.err));
            QCOMPARE(run.err.trimmed().count(u'\n'), 0);
            QCOMPARE(databaseState(live), before);
        }

        // Refused while another program has the database open, even doing nothing.
        {
            auto other =
                Database::open(DatabaseLocation::sqliteFile(live), Database::Mode::MustExist);
            QVERIFY(other);
            const QByteArrayList open = databaseState(live);
            const CliRun run = runCli(dbArgs(live) + QStringList{QStringLiteral("restore"),
                                                                 QStringLiteral("--from"), backup,
                                                                 QStringLiteral("--force")});
            QCOMPARE(run.code, 1);
            QVERIFY2(run.err.contains(QStringLiteral("is in use")), qPrintable(run.err));
            QCOMPARE(databaseState(live), open);
        }
        QVERIFY(QDir(folder.path())
                    .entryList({QStringLiteral("*before-restore*")}, QDir::Files)
                    .isEmpty());
    }

    void restoreIntoAnEmptyPlace()
    {
        QTemporaryDir folder;
        const QString live = folder.filePath(QStringLiteral("live.sqlite"));
        const QString backup = folder.filePath(QStringLiteral("b.bak"));
        QCOMPARE(runCli(dbArgs(live) + QStringList{QStringLiteral("init")}).code, 0);
        QCOMPARE(runCli(dbArgs(live) + QStringList{QStringLiteral("demo"),
                                                   QStringLiteral("--cases"), QStringLiteral("4")})
                     .code,
                 0);
        QCOMPARE(runCli(dbArgs(live) +
                        QStringList{QStringLiteral("backup"), QStringLiteral("--to"), backup})
                     .code,
                 0);
        // A new computer: no database yet, but a stray WAL that must not be read into it.
        const QString fresh = folder.filePath(QStringLiteral("new/place/redress.sqlite"));
        QVERIFY(QDir().mkpath(QFileInfo(fresh).absolutePath()));
        {
            QFile stray(fresh + QStringLiteral("-wal"));
            QVERIFY(stray.open(QIODevice::WriteOnly));
            stray.write(QByteArray(4096, '\x37'));
        }
        const CliRun run = runCli(dbArgs(fresh) + QStringList{QStringLiteral("restore"),
                                                              QStringLiteral("--from"), backup});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(fresh + QStringLiteral("-wal")));
        QVERIFY2(run.out.contains(QStringLiteral("-wal")), qPrintable(run.out)); // kept aside
        QCOMPARE(caseCount(fresh), 4);
        QVERIFY(ownerOnly(fresh));
        QCOMPARE(runCli(dbArgs(fresh) + QStringList{QStringLiteral("check")}).code, 0);
    }

    void backupAndRestoreOnPostgres()
    {
        auto holder = TestDatabase::create(Backend::Postgres);
        if (!holder)
            return;
        if (QStandardPaths::findExecutable(QStringLiteral("pg_dump")).isEmpty() ||
            QStandardPaths::findExecutable(QStringLiteral("pg_restore")).isEmpty())
            QSKIP("pg_dump and pg_restore are not on the PATH: PostgreSQL backup is not tested");
        const QStringList db = databaseArguments(holder->location());
        QCOMPARE(runCli(db + QStringList{QStringLiteral("init")}).code, 0);
        QCOMPARE(runCli(db + QStringList{QStringLiteral("demo"), QStringLiteral("--cases"),
                                         QStringLiteral("12")})
                     .code,
                 0);
        QTemporaryDir folder;
        const QString backup = folder.filePath(QStringLiteral("team.dump"));
        const CliRun made =
            runCli(db + QStringList{QStringLiteral("backup"), QStringLiteral("--to"), backup});
        QVERIFY2(made.code == 0, qPrintable(made.err));
        QVERIFY(ownerOnly(backup));
        QCOMPARE(runCli(db + QStringList{QStringLiteral("demo"), QStringLiteral("--cases"),
                                         QStringLiteral("3")})
                     .code,
                 0);
        QCOMPARE(caseCount(holder->location()), 15);
        const CliRun unforced =
            runCli(db + QStringList{QStringLiteral("restore"), QStringLiteral("--from"), backup});
        QCOMPARE(unforced.code, 1);
        QCOMPARE(caseCount(holder->location()), 15);
        const CliRun restored =
            runCli(db + QStringList{QStringLiteral("restore"), QStringLiteral("--from"), backup,
                                    QStringLiteral("--force")});
        QVERIFY2(restored.code == 0, qPrintable(restored.err));
        QCOMPARE(caseCount(holder->location()), 12);
        QCOMPARE(runCli(db + QStringList{QStringLiteral("check")}).code, 0);
        const QStringList aside =
            QDir(folder.path()).entryList({QStringLiteral("*before-restore*.dump")}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QVERIFY(ownerOnly(folder.filePath(aside.first())));
    }
};

QTEST_GUILESS_MAIN(TestBackupRestore)
#include "TestBackupRestore.moc"

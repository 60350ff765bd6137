#include "CliRun.h"
#include "TestSupport.h"
#include "storage/AuditLog.h"
#include "storage/Sql.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace redress;
using namespace redress::test;

// Several programs writing one PostgreSQL database at once, as a team does: separate
// redress-cli processes, each with its own connection.
class TestConcurrentWriters : public QObject
{
    Q_OBJECT

private slots:
    void twoProcessesCreatingCasesAtOnceLoseNothing()
    {
        auto holder = TestDatabase::create(Backend::Postgres);
        if (!holder)
            return;
        auto db = holder->open();
        QVERIFY(db);
        const QStringList target = databaseArguments(holder->location());
        QList<QProcess*> writers;
        for (const char* seed : {"1", "2"}) {
            auto* process = new QProcess(this);
            process->setProgram(QStringLiteral(REDRESS_CLI_PATH));
            process->setArguments(target +
                                  QStringList{QStringLiteral("demo"), QStringLiteral("--cases"),
                                              QStringLiteral("300"), QStringLiteral("--seed"),
                                              QString::fromLatin1(seed)});
            writers << process;
        }
        for (QProcess* process : writers)
            process->start();
        for (QProcess* process : writers) {
            QVERIFY(process->waitForFinished(120000));
            const QString errors = QString::fromUtf8(process->readAllStandardError());
            QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
                     qPrintable(errors));
        }
        auto cases = sql::scalar(db->sql(), QStringLiteral("SELECT COUNT(*) FROM cases"));
        QVERIFY(cases);
        QCOMPARE(cases->toLongLong(), 600);
        auto references =
            sql::scalar(db->sql(), QStringLiteral("SELECT COUNT(DISTINCT reference) FROM cases"));
        QCOMPARE(references->toLongLong(), 600);
        // Both writers' entries chain in one order.
        auto broken = AuditLog(*db).verifyChain();
        QVERIFY2(broken, qPrintable(broken.error()));
        QVERIFY2(!broken->has_value(), qPrintable(broken->value_or(BrokenLink{}).reason));
    }

    // An officer logs cases on a team server while an administrator imports a log: the
    // officer's saves go through while the import is still running (they are not queued
    // behind it, or refused after the lock timeout), and both end with everything kept.
    void anOfficerLogsCasesBesideAnImport()
    {
        auto target = TestDatabase::create(Backend::Postgres);
        if (!target)
            return;
        auto source = TestDatabase::create(Backend::Sqlite);
        QVERIFY(source && source->open() && target->open());
        QTemporaryDir folder;
        const QString log = folder.filePath(QStringLiteral("log.csv"));
        const QStringList from = databaseArguments(source->location());
        QCOMPARE(runCli(from + QStringList{QStringLiteral("demo"), QStringLiteral("--cases"),
                                           QStringLiteral("3000"), QStringLiteral("--seed"),
                                           QStringLiteral("5")})
                     .code,
                 0);
        const CliRun exported =
            runCli(from + QStringList{QStringLiteral("export"), QStringLiteral("cases"),
                                      QStringLiteral("--format"), QStringLiteral("csv"),
                                      QStringLiteral("--out"), log});
        QVERIFY2(exported.code == 0, qPrintable(exported.err));

        const QStringList to = databaseArguments(target->location());
        QProcess import;
        import.setProgram(QStringLiteral(REDRESS_CLI_PATH));
        import.setArguments(to + QStringList{QStringLiteral("import"), log});
        import.start();
        QVERIFY(import.waitForStarted());
        // Once the import is writing cases (it holds a lock on the table)...
        auto watcher = target->open();
        QVERIFY(watcher);
        bool writing = false;
        for (int i = 0; i < 1200 && !writing && import.state() == QProcess::Running; ++i) {
            auto locks = sql::scalar(
                watcher->sql(),
                QStringLiteral("SELECT COUNT(*) FROM pg_locks l JOIN pg_class c ON c.oid = "
                               "l.relation WHERE c.relname = 'cases' AND l.mode = "
                               "'RowExclusiveLock' AND l.pid <> pg_backend_pid()"));
            QVERIFY2(locks, qPrintable(locks.error()));
            writing = locks->toLongLong() > 0;
            if (!writing)
                QTest::qWait(50);
        }
        QVERIFY2(writing, "the import never started writing");
        // ...an officer logs cases of the same kinds and years.
        QProcess officer;
        officer.setProgram(QStringLiteral(REDRESS_CLI_PATH));
        officer.setArguments(to + QStringList{QStringLiteral("demo"), QStringLiteral("--cases"),
                                              QStringLiteral("10"), QStringLiteral("--seed"),
                                              QStringLiteral("6")});
        officer.start();
        QVERIFY(officer.waitForFinished(120000));
        const bool importStillRunning = import.state() == QProcess::Running;
        QVERIFY2(officer.exitCode() == 0, officer.readAllStandardError().constData());
        QVERIFY(import.waitForFinished(300000));
        QVERIFY2(import.exitCode() == 0, import.readAllStandardError().constData());
        QVERIFY2(importStillRunning, "the officer's cases waited for the import to finish");

        auto cases = sql::scalar(watcher->sql(), QStringLiteral("SELECT COUNT(*) FROM cases"));
        QCOMPARE(cases->toLongLong(), 3010);
        auto references = sql::scalar(
            watcher->sql(), QStringLiteral("SELECT COUNT(DISTINCT reference) FROM cases"));
        QCOMPARE(references->toLongLong(), 3010);
        auto broken = AuditLog(*watcher).verifyChain();
        QVERIFY2(broken, qPrintable(broken.error()));
        QVERIFY2(!broken->has_value(), qPrintable(broken->value_or(BrokenLink{}).reason));
    }

    // A writer that cannot get a lock within the time limit is told so plainly, and nothing
    // it did is kept.
    void aWriterWaitsABoundedTimeThenIsToldWhy()
    {
        auto holder = TestDatabase::create(Backend::Postgres);
        if (!holder)
            return;
        auto first = holder->open();
        auto second = holder->open();
        QVERIFY(first && second);
        QVERIFY(sql::exec(second->sql(), QStringLiteral("SET lock_timeout = '200ms'")));
        QVERIFY(sql::exec(first->sql(), QStringLiteral("BEGIN")));
        QVERIFY(sql::exec(first->sql(), QStringLiteral("UPDATE meta SET value = value "
                                                       "WHERE key = 'schema_version'")));
        const Status refused = second->transaction([&]() -> Status {
            auto updated = sql::exec(second->sql(), QStringLiteral("UPDATE meta SET value = "
                                                                   "value WHERE key = "
                                                                   "'schema_version'"));
            return updated ? Status{} : Status{Error{updated.error()}};
        });
        QVERIFY(sql::exec(first->sql(), QStringLiteral("ROLLBACK")));
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("did not come free")),
                 qPrintable(refused.error()));
        QVERIFY(refused.error().contains(QStringLiteral("nothing was changed")));
    }

    // Another database's export names cases by references this database has given to
    // unrelated cases: its rows are imported (with new references), not taken as already
    // there; importing the same file again finds them.
    void importMatchesOnTheLogsOwnReferenceAndFile_data() { addBackendRows(); }
    void importMatchesOnTheLogsOwnReferenceAndFile()
    {
        QFETCH(Backend, backend);
        auto source = TestDatabase::create(backend);
        if (!source)
            return;
        auto target = TestDatabase::create(backend);
        QVERIFY(target);
        QVERIFY(source->open() && target->open()); // the schema, as "init" makes it
        QTemporaryDir folder;
        const QString exported = folder.filePath(QStringLiteral("other-council.csv"));
        const QStringList from = databaseArguments(source->location());
        const QStringList to = databaseArguments(target->location());
        QCOMPARE(runCli(from + QStringList{QStringLiteral("demo"), QStringLiteral("--cases"),
                                           QStringLiteral("20"), QStringLiteral("--seed"),
                                           QStringLiteral("1")})
                     .code,
                 0);
        QCOMPARE(runCli(to + QStringList{QStringLiteral("demo"), QStringLiteral("--cases"),
                                         QStringLiteral("20"), QStringLiteral("--seed"),
                                         QStringLiteral("2")})
                     .code,
                 0);
        const CliRun exportRun =
            runCli(from + QStringList{QStringLiteral("export"), QStringLiteral("cases"),
                                      QStringLiteral("--format"), QStringLiteral("csv"),
                                      QStringLiteral("--out"), exported});
        QVERIFY2(exportRun.code == 0, qPrintable(exportRun.err));
        const CliRun imported = runCli(to + QStringList{QStringLiteral("import"), exported});
        QVERIFY2(imported.code == 0, qPrintable(imported.err + imported.out));
        auto db = target->open();
        auto count = sql::scalar(db->sql(), QStringLiteral("SELECT COUNT(*) FROM cases"));
        QVERIFY2(count->toLongLong() == 40, qPrintable(imported.out));
        const CliRun again = runCli(to + QStringList{QStringLiteral("import"), exported});
        QVERIFY2(again.code == 0, qPrintable(again.err + again.out));
        count = sql::scalar(db->sql(), QStringLiteral("SELECT COUNT(*) FROM cases"));
        QCOMPARE(count->toLongLong(), 40);
    }
};

QTEST_GUILESS_MAIN(TestConcurrentWriters)
#include "TestConcurrentWriters.moc"

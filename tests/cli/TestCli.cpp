#include "CliRun.h"
#include "TestSupport.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"
#include "storage/DefaultLocation.h"
#include "storage/ReferenceData.h"
#include "storage/Schema.h"
#include "storage/Sql.h"
#include "workflow/CaseWorkflow.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace redress;
using namespace redress::test;

namespace {

const QDate today(2021, 6, 30);

QStringList withDb(const TestDatabase& database, const QStringList& arguments)
{
    return databaseArguments(database.location()) + arguments;
}

QJsonArray jsonArray(const QString& text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        qWarning("not a JSON array: %s", qPrintable(error.errorString()));
    return document.array();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<FixedToday> m_today;

private slots:
    void initTestCase()
    {
        // The default database then lives in a test folder, never in the user's own.
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(defaultDatabasePath());
    }
    void init() { m_today = std::make_unique<FixedToday>(today); }
    void cleanup() { m_today.reset(); }

    void help()
    {
        const CliRun top = runCli({QStringLiteral("--help")});
        QCOMPARE(top.code, 0);
        for (const char* name :
             {"init", "demo", "cases list", "case show", "deadline", "check", "backup", "restore"})
            QVERIFY2(top.out.contains(QLatin1String(name)), name);
        cli::CommandRunner runner;
        for (const auto& command : runner.commands()) {
            const CliRun help =
                runCli(command->name().split(u' ') + QStringList{QStringLiteral("--help")});
            QCOMPARE(help.code, 0);
            QVERIFY2(help.out.startsWith(QStringLiteral("Usage: redress-cli ") + command->name()),
                     qPrintable(help.out));
            QVERIFY(help.out.contains(QStringLiteral("--db-url")));
        }
        QCOMPARE(runCli({}).code, 2);
        const CliRun unknown = runCli({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("Unknown command \"frobnicate\"")));
        const CliRun half = runCli({QStringLiteral("cases")});
        QCOMPARE(half.code, 2);
        QVERIFY(half.err.contains(QStringLiteral("list")));
        QCOMPARE(runCli({QStringLiteral("check"), QStringLiteral("--no-such-option")}).code, 2);
        QCOMPARE(runCli({QStringLiteral("--db")}).code, 2);
    }

    void initCreatesAndUpgrades_data() { addBackendRows(); }
    void initCreatesAndUpgrades()
    {
        QFETCH(Backend, backend);
        auto database = TestDatabase::create(backend);
        if (!database)
            return;
        const CliRun created = runCli(withDb(*database, {QStringLiteral("init")}));
        QCOMPARE(created.code, 0);
        QVERIFY2(created.out.contains(QStringLiteral("Created")) &&
                     created.out.contains(
                         QStringLiteral("schema version %1").arg(Schema::latestVersion())),
                 qPrintable(created.out + created.err));
        const CliRun again =
            runCli(QStringList{QStringLiteral("init")} + databaseArguments(database->location()));
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.contains(
                     QStringLiteral("up to date (schema version %1)").arg(Schema::latestVersion())),
                 qPrintable(again.out));
    }

    void demoDataThroughTheCommands_data() { addBackendRows(); }
    void demoDataThroughTheCommands()
    {
        QFETCH(Backend, backend);
        auto database = TestDatabase::create(backend);
        if (!database)
            return;
        QCOMPARE(runCli(withDb(*database, {QStringLiteral("init")})).code, 0);
        const CliRun demo = runCli(withDb(
            *database, {QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("300"),
                        QStringLiteral("--seed"), QStringLiteral("7")}));
        QVERIFY2(demo.code == 0, qPrintable(demo.err));
        for (CaseKind kind : allCaseKinds()) {
            const qsizetype at = demo.out.indexOf(caseKindLabel(kind));
            QVERIFY2(at >= 0, qPrintable(demo.out));
            const int count = demo.out.mid(at + caseKindLabel(kind).size())
                                  .section(u'\n', 0, 0)
                                  .trimmed()
                                  .toInt();
            QVERIFY2(count > 0, qPrintable(caseKindLabel(kind)));
        }
        QVERIFY(demo.out.contains(QStringLiteral(": 300 in ")));

        const CliRun list =
            runCli(withDb(*database, {QStringLiteral("cases"), QStringLiteral("list"),
                                      QStringLiteral("--json")}));
        QCOMPARE(list.code, 0);
        const QJsonArray cases = jsonArray(list.out);
        QCOMPARE(cases.size(), 300);
        QSet<QString> kinds;
        QSet<int> years;
        int closed = 0;
        QString escalated;
        QString compliment;
        for (const QJsonValue& value : cases) {
            const QJsonObject object = value.toObject();
            kinds << object.value(QStringLiteral("kind")).toString();
            const QDate received =
                QDate::fromString(object.value(QStringLiteral("received")).toString(), Qt::ISODate);
            QVERIFY(received.isValid() && received <= today);
            years << (received.month() >= 4 ? received.year() : received.year() - 1);
            closed += object.value(QStringLiteral("state")).toString() == u"closed" ? 1 : 0;
            if (object.value(QStringLiteral("stage")).toInt() >= 2 && escalated.isEmpty())
                escalated = object.value(QStringLiteral("reference")).toString();
            if (object.value(QStringLiteral("kind")).toString() == u"compliment" &&
                compliment.isEmpty())
                compliment = object.value(QStringLiteral("reference")).toString();
        }
        QCOMPARE(kinds.size(), qsizetype(allCaseKinds().size()));
        QCOMPARE(years, (QSet<int>{2019, 2020, 2021}));
        QVERIFY(closed > 150);
        QVERIFY(!escalated.isEmpty());

        const CliRun open =
            runCli(withDb(*database, {QStringLiteral("cases"), QStringLiteral("list"),
                                      QStringLiteral("--open")}));
        QCOMPARE(open.code, 0);
        QVERIFY(open.out.startsWith(QStringLiteral("Reference")));
        QVERIFY(open.out.contains(QRegularExpression(QStringLiteral(R"(\d\d/\d\d/\d\d\d\d)"))));
        const qsizetype openRows = open.out.count(u'\n') - 3; // header, rule, count line
        QVERIFY2(openRows > 0 && openRows < 300 - closed, qPrintable(open.out));
        QVERIFY(open.out.contains(QStringLiteral("Cases: %1").arg(openRows)));
        const CliRun overdue =
            runCli(withDb(*database, {QStringLiteral("cases"), QStringLiteral("list"),
                                      QStringLiteral("--overdue"), QStringLiteral("--json")}));
        QCOMPARE(overdue.code, 0);
        const QJsonArray late = jsonArray(overdue.out);
        QVERIFY(!late.isEmpty());
        for (const QJsonValue& value : late)
            QVERIFY(QDate::fromString(value[QStringLiteral("due")].toString(), Qt::ISODate) <
                    today);

        const CliRun show =
            runCli(withDb(*database, {QStringLiteral("case"), QStringLiteral("show"), escalated}));
        QVERIFY2(show.code == 0, qPrintable(show.err));
        for (const char* part :
             {"Stage 1", "Stage 2", "Requested", "Acknowledged", "Response due", "Points"})
            QVERIFY2(show.out.contains(QLatin1String(part)), part);
        // A compliment's theme shows by its label.
        const CliRun praise =
            runCli(withDb(*database, {QStringLiteral("case"), QStringLiteral("show"), compliment}));
        QVERIFY2(praise.code == 0, qPrintable(praise.err));
        QVERIFY2(praise.out.contains(QRegularExpression(
                     QStringLiteral("Theme +(Support from a worker|Outcome for the child|"
                                    "Communication|Timeliness)\\n"))),
                 qPrintable(praise.out));
        const CliRun showJson =
            runCli(withDb(*database, {QStringLiteral("case"), QStringLiteral("show"),
                                      escalated.toLower(), QStringLiteral("--json")}));
        QCOMPARE(showJson.code, 0);
        const QJsonObject shown = QJsonDocument::fromJson(showJson.out.toUtf8()).object();
        QCOMPARE(shown.value(QStringLiteral("reference")).toString(), escalated);
        const QJsonArray stages = shown.value(QStringLiteral("stages")).toArray();
        QVERIFY(stages.size() >= 2);
        QVERIFY(
            QDate::fromString(stages.at(1)[QStringLiteral("requestedOn")].toString(), Qt::ISODate)
                .isValid());
        QVERIFY(!stages.at(0)[QStringLiteral("milestones")].toArray().isEmpty());

        const CliRun check = runCli(withDb(*database, {QStringLiteral("check")}));
        QVERIFY2(check.code == 0, qPrintable(check.out + check.err));
        QVERIFY(check.out.contains(QStringLiteral("No problems found (cases checked: 300)")));
    }

    void checkReportsProblems_data() { addBackendRows(); }
    void checkReportsProblems()
    {
        QFETCH(Backend, backend);
        auto holder = TestDatabase::create(backend);
        if (!holder)
            return;
        QCOMPARE(runCli(withDb(*holder, {QStringLiteral("init")})).code, 0);
        QCOMPARE(runCli(withDb(*holder, {QStringLiteral("demo"), QStringLiteral("--cases"),
                                         QStringLiteral("120")}))
                     .code,
                 0);
        auto db = holder->open();
        QVERIFY(db);
        auto reference = [&](const char* where) {
            return sql::scalar(db->sql(),
                               QStringLiteral("SELECT MIN(reference) FROM cases WHERE ") +
                                   QLatin1String(where))
                .value()
                .toString();
        };
        const QString closed =
            reference("state = 'closed' AND kind = 'complaint' AND current_stage = 1");
        const QString responded = reference("kind = 'general_enquiry' AND state = 'closed'");
        QVERIFY(!closed.isEmpty() && !responded.isEmpty());
        QVERIFY(sql::exec(db->sql(),
                          QStringLiteral("UPDATE cases SET closed_on = NULL WHERE reference = ?"),
                          {closed}));
        QVERIFY(sql::exec(
            db->sql(),
            QStringLiteral(
                "UPDATE stage SET responded_on = '2000-01-03', number = 2 WHERE case_id = "
                "(SELECT id FROM cases WHERE reference = ?)"),
            {responded}));
        const CliRun check = runCli(withDb(*holder, {QStringLiteral("check")}));
        QCOMPARE(check.code, 1);
        QVERIFY2(check.out.contains(closed + QStringLiteral(": is closed but has no closed date")),
                 qPrintable(check.out));
        QVERIFY2(check.out.contains(responded + QStringLiteral(": has stages 2")),
                 qPrintable(check.out));
        QVERIFY(check.out.contains(
            responded + QStringLiteral(": stage 2 was responded to (03/01/2000) before")));
        QVERIFY2(check.err.contains(QStringLiteral("Problems found: 4 (cases checked: 120)")),
                 qPrintable(check.out + check.err));
    }

    void deadline_data() { addDeadlineRows(); }
    void deadline()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, due);
        const CliRun run = runCli(QStringList{QStringLiteral("deadline")} + arguments);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(run.out.trimmed(), due);
        QVERIFY2(!QFileInfo::exists(defaultDatabasePath()), "deadline must not create a database");
    }

    void deadlineRefusals_data() { addDeadlineRefusalRows(); }
    void deadlineRefusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, message);
        const CliRun run = runCli(QStringList{QStringLiteral("deadline")} + arguments);
        QCOMPARE(run.code, code);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QVERIFY(!QFileInfo::exists(QStringLiteral("/nonexistent/redress.sqlite")));
    }

    // A bank holiday added behind the app's back leaves stored deadlines stale: check finds
    // them, and check --fix-deadlines recomputes them (audited) and then passes.
    void checkFixesStaleDeadlines_data() { addBackendRows(); }
    void checkFixesStaleDeadlines()
    {
        REDRESS_TEST_DATABASE(db);
        auto workflow = CaseWorkflow::forDatabase(*db, QStringLiteral("officer"));
        QVERIFY(workflow);
        Case record;
        record.kind = CaseKind::Complaint;
        record.procedure = Procedure::Statutory;
        record.receivedOn = QDate(2021, 6, 21);
        QVERIFY(workflow->log(record));
        QVERIFY(ReferenceData(*db).addBankHolidayAdjustment(
            {QDate(2021, 6, 22), QStringLiteral("Local test holiday"),
             BankHolidays::Adjustment::Kind::Added}));
        const CliRun stale = runCli(withDb(*dbHolder, {QStringLiteral("check")}));
        QCOMPARE(stale.code, 1);
        QVERIFY2(stale.out.contains(record.reference), qPrintable(stale.out));

        const CliRun fixed =
            runCli(withDb(*dbHolder, {QStringLiteral("check"), QStringLiteral("--fix-deadlines")}));
        QVERIFY2(fixed.code == 0, qPrintable(fixed.out + fixed.err));
        QVERIFY2(fixed.out.contains(QStringLiteral("Deadlines recomputed: 1 of 1 open cases")),
                 qPrintable(fixed.out));
        QVERIFY(fixed.out.contains(QStringLiteral("No problems found")));
        const auto trail = AuditLog(*db).entriesForCase(record.id).value();
        QCOMPARE(trail.last().action, QStringLiteral("recompute_deadlines"));
        QCOMPARE(trail.last().actor, recordedActor(*db, Session::operatingSystemAccount()));
        QCOMPARE(runCli(withDb(*dbHolder, {QStringLiteral("check")})).code, 0);
    }

    // The database's own calendar counts: a local bank holiday moves the deadline.
    void deadlineUsesTheDatabaseCalendar_data() { addBackendRows(); }
    void deadlineUsesTheDatabaseCalendar()
    {
        REDRESS_TEST_DATABASE(db);
        QVERIFY(ReferenceData(*db).addBankHolidayAdjustment(
            {QDate(2021, 1, 5), QStringLiteral("Local test holiday"),
             BankHolidays::Adjustment::Kind::Added}));
        const CliRun run = runCli(withDb(
            *dbHolder, {QStringLiteral("deadline"), QStringLiteral("--procedure"),
                        QStringLiteral("statutory"), QStringLiteral("--stage"), QStringLiteral("1"),
                        QStringLiteral("--from"), QStringLiteral("2020-12-21")}));
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(run.out.trimmed(), QStringLiteral("2021-01-08"));
    }

    void refusals()
    {
        QTemporaryDir folder;
        const QString junk = folder.filePath(QStringLiteral("notes.sqlite"));
        {
            QFile file(junk);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("These are my meeting notes, not a database.\n");
        }
        const QByteArray before = [&] {
            QFile file(junk);
            file.open(QIODevice::ReadOnly);
            return file.readAll();
        }();
        for (const QStringList& command :
             {QStringList{QStringLiteral("check")}, QStringList{QStringLiteral("init")},
              QStringList{QStringLiteral("cases"), QStringLiteral("list")}}) {
            const CliRun run = runCli(QStringList{QStringLiteral("--db"), junk} + command);
            QCOMPARE(run.code, 1);
            QVERIFY2(run.err.contains(QStringLiteral("is not a Redress database")),
                     qPrintable(run.err));
        }
        QFile after(junk);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before);

        const QString newer = folder.filePath(QStringLiteral("newer.sqlite"));
        QCOMPARE(runCli({QStringLiteral("init"), QStringLiteral("--db"), newer}).code, 0);
        {
            auto db = Database::open(DatabaseLocation::sqliteFile(newer));
            QVERIFY(db);
            QVERIFY(sql::exec(
                (*db)->sql(),
                QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'")));
        }
        for (const QString& command : {QStringLiteral("init"), QStringLiteral("check")}) {
            const CliRun run = runCli({command, QStringLiteral("--db"), newer});
            QCOMPARE(run.code, 1);
            QVERIFY2(run.err.contains(QStringLiteral("newer version of Redress")),
                     qPrintable(run.err));
        }
        const QString missing = folder.filePath(QStringLiteral("missing.sqlite"));
        const CliRun noFile = runCli(
            {QStringLiteral("cases"), QStringLiteral("list"), QStringLiteral("--db"), missing});
        QCOMPARE(noFile.code, 1);
        QVERIFY(noFile.err.contains(QStringLiteral("There is no Redress database")));
        QVERIFY(!QFileInfo::exists(missing));

        QCOMPARE(runCli({QStringLiteral("check"), QStringLiteral("--db"), newer,
                         QStringLiteral("--db-url"), QStringLiteral("postgresql://x@localhost/y")})
                     .code,
                 2);
        const CliRun badUrl = runCli(
            {QStringLiteral("check"), QStringLiteral("--db-url"), QStringLiteral("mysql://x@y/z")});
        QCOMPARE(badUrl.code, 2);
        QVERIFY(badUrl.err.contains(QStringLiteral("is not a PostgreSQL URL")));

        const QString good = folder.filePath(QStringLiteral("good.sqlite"));
        QCOMPARE(runCli({QStringLiteral("init"), QStringLiteral("--db"), good}).code, 0);
        const CliRun noCase = runCli({QStringLiteral("--db"), good, QStringLiteral("case"),
                                      QStringLiteral("show"), QStringLiteral("CP-2020-99999")});
        QCOMPARE(noCase.code, 1);
        QVERIFY(noCase.err.contains(
            QStringLiteral("There is no case with the reference CP-2020-99999")));
        QCOMPARE(
            runCli({QStringLiteral("--db"), good, QStringLiteral("case"), QStringLiteral("show")})
                .code,
            2);
        QCOMPARE(runCli({QStringLiteral("--db"), good, QStringLiteral("demo")}).code, 2);
        QCOMPARE(runCli({QStringLiteral("--db"), good, QStringLiteral("demo"),
                         QStringLiteral("--cases"), QStringLiteral("lots")})
                     .code,
                 2);
        QCOMPARE(runCli({QStringLiteral("--db"), good, QStringLiteral("backup")}).code, 2);
        // Only init creates a database; demo wants one that is there.
        const CliRun uninitialised = runCli({QStringLiteral("demo"), QStringLiteral("--cases"),
                                             QStringLiteral("5"), QStringLiteral("--db"), missing});
        QCOMPARE(uninitialised.code, 1);
        QVERIFY(!QFileInfo::exists(missing));
    }

    void backup_data() { addBackendRows(); }
    void backup()
    {
        QFETCH(Backend, backend);
        auto holder = TestDatabase::create(backend);
        if (!holder)
            return;
        if (backend == Backend::Postgres &&
            QStandardPaths::findExecutable(QStringLiteral("pg_dump")).isEmpty())
            QSKIP("pg_dump is not on the PATH");
        QCOMPARE(runCli(withDb(*holder, {QStringLiteral("init")})).code, 0);
        QCOMPARE(runCli(withDb(*holder, {QStringLiteral("demo"), QStringLiteral("--cases"),
                                         QStringLiteral("50")}))
                     .code,
                 0);
        QTemporaryDir folder;
        const QString target = folder.filePath(QStringLiteral("backup.redress"));
        const CliRun made =
            runCli(withDb(*holder, {QStringLiteral("backup"), QStringLiteral("--to"), target}));
        QVERIFY2(made.code == 0, qPrintable(made.err));
        QVERIFY(QFileInfo(target).size() > 0);
        if (backend == Backend::Sqlite) {
            QVERIFY(made.out.contains(QStringLiteral("(cases: 50,")));
            auto copy =
                Database::open(DatabaseLocation::sqliteFile(target), Database::Mode::MustExist);
            QVERIFY2(copy, qPrintable(copy.error()));
            QCOMPARE(CaseRepository(**copy).count({}).value(), 50);
        }
        const QDateTime written = QFileInfo(target).lastModified();
        const qint64 size = QFileInfo(target).size();
        const CliRun again =
            runCli(withDb(*holder, {QStringLiteral("backup"), QStringLiteral("--to"), target}));
        QCOMPARE(again.code, 1);
        QVERIFY(again.err.contains(QStringLiteral("already exists")));
        QCOMPARE(QFileInfo(target).size(), size);
        QCOMPARE(QFileInfo(target).lastModified(), written);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"

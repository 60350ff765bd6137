#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/ReferenceData.h"
#include "storage/Schema.h"
#include "storage/Sql.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

using namespace redress;
using namespace redress::test;

namespace {
QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}
} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void createsLatestSchemaWithDefaults_data() { addBackendRows(); }
    void createsLatestSchemaWithDefaults()
    {
        REDRESS_TEST_DATABASE(db);
        QCOMPARE(db->schemaVersion().value(), Schema::latestVersion());
        ReferenceData reference(*db);
        QVERIFY(reference.terms(QStringLiteral("channel")).value().size() >= 8);
        QVERIFY(reference.terms(QStringLiteral("outcome")).value().size() >= 10);
        const auto procedures = reference.procedures();
        QVERIFY2(procedures, qPrintable(procedures.error()));
        QVERIFY(procedures->codes().contains(QStringLiteral("statutory")));
        QVERIFY(procedures->codes().contains(QStringLiteral("corporate")));
        const auto calendar = reference.calendar();
        QVERIFY(calendar);
        QVERIFY(calendar->bankHolidays().isBankHoliday(QDate(2023, 5, 8)));  // the Coronation
        QVERIFY(!calendar->bankHolidays().isBankHoliday(QDate(2020, 5, 4))); // moved to 8 May
        QVERIFY(!reference.orgUnits().value().isEmpty());
    }

    void reopeningChangesNothing_data() { addBackendRows(); }
    void reopeningChangesNothing()
    {
        REDRESS_TEST_DATABASE(db);
        const qint64 terms =
            sql::scalar(db->sql(), QStringLiteral("SELECT COUNT(*) FROM taxonomy_term"))
                .value()
                .toLongLong();
        db.reset();
        auto again = dbHolder->open();
        QVERIFY(again);
        QCOMPARE(sql::scalar(again->sql(), QStringLiteral("SELECT COUNT(*) FROM taxonomy_term"))
                     .value()
                     .toLongLong(),
                 terms);
        QCOMPARE(again->schemaVersion().value(), Schema::latestVersion());
    }

    // Every earlier version, left with data in it, upgrades to the latest.
    void upgradesFromEachEarlierVersion_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<int>("fromVersion");
        for (int version = 0; version < Schema::latestVersion(); ++version) {
            QTest::addRow("sqlite from %d", version) << Backend::Sqlite << version;
            QTest::addRow("postgres from %d", version) << Backend::Postgres << version;
        }
    }
    void upgradesFromEachEarlierVersion()
    {
        QFETCH(Backend, backend);
        QFETCH(int, fromVersion);
        auto holder = TestDatabase::create(backend);
        if (!holder)
            return;
        {
            auto old = Database::openUnmigrated(holder->location());
            QVERIFY2(old, qPrintable(old.error()));
            QVERIFY(Schema::migrate(**old, fromVersion));
            QCOMPARE((*old)->schemaVersion().value(), fromVersion);
        }
        auto upgraded = Database::open(holder->location());
        QVERIFY2(upgraded, qPrintable(upgraded.error()));
        QCOMPARE((*upgraded)->schemaVersion().value(), Schema::latestVersion());
    }

    // Schema 12: a case recorded before it counts under its team's service area, or under the
    // unit itself when it was recorded against a service area; one with no team under none.
    void casesTakeTheirTeamsServiceArea_data() { addBackendRows(); }
    void casesTakeTheirTeamsServiceArea()
    {
        QFETCH(Backend, backend);
        auto holder = TestDatabase::create(backend);
        if (!holder)
            return;
        {
            auto old = Database::openUnmigrated(holder->location());
            QVERIFY2(old, qPrintable(old.error()));
            QVERIFY(Schema::migrate(**old, 10));
            const std::pair<const char*, const char*> cases[]{
                {"CP-2020-00001", "'assessment_team'"},
                {"CP-2020-00002", "'front_door'"},
                {"CP-2020-00003", "NULL"}};
            for (const auto& [reference, unit] : cases)
                QVERIFY(sql::exec((*old)->sql(),
                                  QStringLiteral("INSERT INTO cases (reference, kind, state, "
                                                 "received_on, team_id, created_at, updated_at) "
                                                 "VALUES ('%1', 'complaint', 'open', '2020-05-01', "
                                                 "(SELECT id FROM org_unit WHERE code = %2), "
                                                 "'2020-05-01 09:00:00', '2020-05-01 09:00:00')")
                                      .arg(QLatin1String(reference), QLatin1String(unit))));
        }
        auto upgraded = Database::open(holder->location());
        QVERIFY2(upgraded, qPrintable(upgraded.error()));
        auto areaOf = [&](const char* reference) {
            return sql::scalar((*upgraded)->sql(),
                               QStringLiteral("SELECT COALESCE(u.code, '') FROM cases c LEFT JOIN "
                                              "org_unit u ON u.id = c.service_area_id "
                                              "WHERE c.reference = ?"),
                               {QString::fromLatin1(reference)})
                .value()
                .toString();
        };
        QCOMPARE(areaOf("CP-2020-00001"), QStringLiteral("front_door"));
        QCOMPARE(areaOf("CP-2020-00002"), QStringLiteral("front_door"));
        QCOMPARE(areaOf("CP-2020-00003"), QString());
        // the reports' view of cases carries the new columns
        QVERIFY(sql::exec((*upgraded)->sql(),
                          QStringLiteral("SELECT service_area_id, previous_complaint, "
                                         "reopened_undated FROM report_cases")));
    }

    // Schema 5: every profile stored before it counts a receipt on a non-working day as the
    // regulations read; the choice is kept with each version, and the table takes only 0 or 1.
    void receiptOnANonWorkingDayIsKeptPerProfileVersion_data() { addBackendRows(); }
    void receiptOnANonWorkingDayIsKeptPerProfileVersion()
    {
        QFETCH(Backend, backend);
        auto holder = TestDatabase::create(backend);
        if (!holder)
            return;
        {
            auto old = Database::openUnmigrated(holder->location());
            QVERIFY2(old, qPrintable(old.error()));
            QVERIFY(Schema::migrate(**old, 4));
        }
        auto db = Database::open(holder->location());
        QVERIFY2(db, qPrintable(db.error()));
        ReferenceData reference(**db, QStringLiteral("admin"));
        const ProcedureCatalog upgraded = reference.procedures().value();
        QVERIFY(!upgraded.profiles().isEmpty());
        for (const ProcedureProfile& profile : upgraded.profiles())
            QVERIFY2(!profile.receivedOnNextWorkingDay, qPrintable(profile.code));

        ProcedureProfile changed =
            upgraded.profileFor(QStringLiteral("corporate"), QDate(2021, 4, 1)).value();
        changed.effectiveFrom = QDate(2021, 4, 1);
        changed.receivedOnNextWorkingDay = true;
        QVERIFY(reference.saveProfile(changed));
        const ProcedureCatalog saved = reference.procedures().value();
        QVERIFY(saved.profileFor(QStringLiteral("corporate"), QDate(2021, 4, 1))
                    ->receivedOnNextWorkingDay);
        QVERIFY(!saved.profileFor(QStringLiteral("corporate"), QDate(2021, 3, 31))
                     ->receivedOnNextWorkingDay);
        // Kept in its column only, so the definition cannot say otherwise.
        const QString definition =
            sql::scalar((*db)->sql(),
                        QStringLiteral("SELECT definition FROM procedure_profile WHERE code = "
                                       "'corporate' AND received_on_next_working_day = 1"))
                .value()
                .toString();
        QVERIFY(definition.contains(QStringLiteral("\"stages\"")));
        QVERIFY(!definition.contains(QStringLiteral("receivedOnNextWorkingDay")));
        QVERIFY(!sql::exec((*db)->sql(), QStringLiteral("UPDATE procedure_profile SET "
                                                        "received_on_next_working_day = 2")));
    }

    void sqliteRunsWalWithForeignKeysAndFullSync()
    {
        REDRESS_SQLITE_DATABASE(db);
        QCOMPARE(sql::scalar(db->sql(), QStringLiteral("PRAGMA journal_mode")).value().toString(),
                 QStringLiteral("wal"));
        QCOMPARE(sql::scalar(db->sql(), QStringLiteral("PRAGMA foreign_keys")).value().toInt(), 1);
        QCOMPARE(sql::scalar(db->sql(), QStringLiteral("PRAGMA synchronous")).value().toInt(), 2);
    }

    void refusesADatabaseFromANewerVersion_data() { addBackendRows(); }
    void refusesADatabaseFromANewerVersion()
    {
        REDRESS_TEST_DATABASE(db);
        const int newer = Schema::latestVersion() + 1;
        QVERIFY(sql::exec(db->sql(),
                          QStringLiteral("UPDATE meta SET value = ? WHERE key = 'schema_version'"),
                          {QString::number(newer)}));
        db.reset();
        auto refused = Database::open(dbHolder->location());
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("newer version of Redress")),
                 qPrintable(refused.error()));
        auto untouched = Database::openUnmigrated(dbHolder->location());
        QCOMPARE((*untouched)->schemaVersion().value(), newer);
    }

    void refusesAFileThatIsNotADatabase()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("complaints.xlsx.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QByteArray("Reference,Received,Outcome\r\nCP-1,01/04/2020,Upheld\r\n").repeated(200));
        file.close();
        const QByteArray before = fileHash(path);
        auto refused = Database::open(DatabaseLocation::sqliteFile(path));
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("not a Redress database")),
                 qPrintable(refused.error()));
        QCOMPARE(fileHash(path), before);
    }

    void refusesAnotherApplicationsDatabase()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("other.sqlite"));
        {
            auto other = Database::openUnmigrated(DatabaseLocation::sqliteFile(path));
            QVERIFY(other);
            QVERIFY(
                sql::exec((*other)->sql(), QStringLiteral("CREATE TABLE contacts (name TEXT)")));
        }
        auto refused = Database::open(DatabaseLocation::sqliteFile(path));
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("not a Redress one")),
                 qPrintable(refused.error()));
    }

    void mustExistRefusesAMissingFile()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("missing.sqlite"));
        auto refused =
            Database::open(DatabaseLocation::sqliteFile(path), Database::Mode::MustExist);
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QStringLiteral("redress-cli init")));
        QVERIFY(!QFile::exists(path));
    }

    void splitsStatements_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<int>("count");
        QTest::addRow("plain") << QStringLiteral(
                                      "CREATE TABLE a (x INT);\nCREATE TABLE b (y INT);\n")
                               << 2;
        QTest::addRow("comments skipped")
            << QStringLiteral("-- one; two\nCREATE TABLE a (x INT);\n") << 1;
        QTest::addRow("sqlite trigger body")
            << QStringLiteral("CREATE TRIGGER t BEFORE DELETE ON a\nBEGIN\n    SELECT RAISE(ABORT, "
                              "'no');\nEND;\nCREATE TABLE c (z INT);\n")
            << 2;
        QTest::addRow("postgres dollar quote")
            << QStringLiteral("CREATE FUNCTION f() RETURNS trigger\nLANGUAGE plpgsql AS "
                              "$$\nBEGIN\n    RAISE EXCEPTION 'no';\nEND;\n$$;\nCREATE TRIGGER t "
                              "BEFORE DELETE ON a\nFOR EACH ROW EXECUTE FUNCTION f();\n")
            << 2;
    }
    void splitsStatements()
    {
        QFETCH(QString, script);
        QFETCH(int, count);
        QCOMPARE(Schema::splitStatements(script).size(), count);
    }

    // Every version has statements (a version may concern one engine only, e.g. PostgreSQL's
    // row-level security), with no placeholder left unreplaced.
    void everyMigrationHasStatementsWithNoPlaceholderLeft()
    {
        for (int version = 1; version <= Schema::latestVersion(); ++version) {
            qsizetype count = 0;
            for (bool sqlite : {true, false}) {
                auto statements = Schema::statements(version, sqlite);
                QVERIFY(statements);
                count += statements->size();
                for (const QString& statement : statements.value())
                    QVERIFY2(!statement.contains(QStringLiteral("{{")), qPrintable(statement));
            }
            QVERIFY2(count > 0, qPrintable(QString::number(version)));
        }
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"

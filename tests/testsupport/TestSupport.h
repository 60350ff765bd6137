#pragma once

#include "TestPaths.h"
#include "session/Session.h"
#include "storage/Database.h"

#include <QDate>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace redress::test {

// A file under ../shared/testdata (the third-party spreadsheets and complaint logs), a
// folder beside the repository that a fresh clone does not have.
QString sharedTestData(const QString& relativePath);

// Empty when ../shared/testdata/<folder> is there; otherwise the message a test skips with,
// naming the folder. Tests use REDRESS_SKIP_WITHOUT_SHARED_TESTDATA rather than this.
QString missingSharedTestData(const QString& folder);

// A file under tests/data, the test files the repository carries itself.
QString ownTestData(const QString& relativePath);

enum class Backend
{
    Sqlite,
    Postgres
};
QString backendName(Backend backend);

// Adds one data row per backend ("sqlite", "postgres") with a column "backend", so a
// database test runs on both. Call it from a _data() function.
void addBackendRows();

// A real, empty database of its own for one test: a SQLite file in a temporary folder, or a
// fresh database on the PostgreSQL server named by REDRESS_TEST_POSTGRES_URL (dropped
// again at the end). Without that variable a PostgreSQL test is skipped, unless
// REDRESS_REQUIRE_POSTGRES=1 says it must run.
class TestDatabase
{
public:
    ~TestDatabase();

    // nullptr with a QSKIP/QFAIL already issued when the backend is not there.
    static std::unique_ptr<TestDatabase> create(Backend backend);

    DatabaseLocation location() const { return m_location; }
    // Opens (and migrates) a connection to it.
    std::unique_ptr<Database> open() const;

private:
    TestDatabase() = default;

    Backend m_backend = Backend::Sqlite;
    DatabaseLocation m_location;
    DatabaseLocation m_server; // PostgreSQL: the maintenance database to create/drop from
    QTemporaryDir m_folder;
};

// The actor the audit trail records for a writer who asked to be `asked`: on PostgreSQL the
// server's login, whatever the client says.
QString recordedActor(const Database& database, const QString& asked);

// A session on a connection the test keeps open, signed in as `actor`; fails the test (and
// gives nullptr) when the rules cannot be loaded.
std::unique_ptr<Session> sessionOn(Database& database,
                                   const QString& actor = QStringLiteral("officer"));

// A statutory complaint about a child, received on `received` (before Clock::today()),
// logged through the session and, when `acknowledgedOn` is valid, acknowledged that day; the
// test fails (and the case has id 0) if either is refused.
Case loggedComplaint(Session& session, QDate received, QDate acknowledgedOn = {},
                     Procedure procedure = Procedure::Statutory);

// A case of `kind` logged 20 days before `closedOn` and ended that day (each with the clock
// set then): a complaint, concern or Ombudsman enquiry withdrawn, another kind closed.
// Everyone in it is called `surname`: the complainant, a child, a member of staff, the
// summary, a point, a note and the reason for withdrawing. The test fails (and the case has id 0)
// if it is refused.
Case closedCase(Session& session, CaseKind kind, QDate closedOn, const QString& surname);

// A working-day count as the British English translation spells it ("1 working day", "3
// working days"): without the translation loaded, a %n message keeps its "(s)".
QString spelledOut(QString text);

// Settings of the test's own, in a temporary folder, for the life of the object: nothing a
// test saves reaches the user's real settings or another test.
class IsolatedSettings
{
public:
    IsolatedSettings();
    ~IsolatedSettings();
    IsolatedSettings(const IsolatedSettings&) = delete;
    IsolatedSettings& operator=(const IsolatedSettings&) = delete;

private:
    QTemporaryDir m_folder;
};

// Sets Clock to a fixed instant for the life of the object.
class FixedToday
{
public:
    explicit FixedToday(QDate today);
    ~FixedToday();
};

} // namespace redress::test

// In a test function: skips it, naming the folder, when ../shared/testdata/<folder> is absent,
// so a clone of the repository alone passes with those rows reported as skipped.
#define REDRESS_SKIP_WITHOUT_SHARED_TESTDATA(folder)                                               \
    do {                                                                                           \
        const QString redressMissingFolder = redress::test::missingSharedTestData(folder);         \
        if (!redressMissingFolder.isEmpty())                                                       \
            QSKIP(qPrintable(redressMissingFolder));                                               \
    } while (false)

// In a test function: the row's backend, a fresh database on it, and `db` open on it.
#define REDRESS_TEST_DATABASE(db)                                                                  \
    QFETCH(redress::test::Backend, backend);                                                       \
    auto db##Holder = redress::test::TestDatabase::create(backend);                                \
    if (!db##Holder)                                                                               \
        return;                                                                                    \
    auto db = db##Holder->open();                                                                  \
    QVERIFY(db)

// In a test function that needs only SQLite: a fresh database file, its holder `db##Holder`
// (for its location) and `db` open on it.
#define REDRESS_SQLITE_DATABASE(db)                                                                \
    auto db##Holder = redress::test::TestDatabase::create(redress::test::Backend::Sqlite);         \
    QVERIFY(db##Holder);                                                                           \
    auto db = db##Holder->open();                                                                  \
    QVERIFY(db)

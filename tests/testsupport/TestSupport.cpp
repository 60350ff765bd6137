#include "TestSupport.h"

#include "storage/Sql.h"
#include "util/Clock.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>
#include <QTest>
#include <QTimeZone>

namespace redress::test {

QString sharedTestData(const QString& relativePath)
{
    return QDir(QStringLiteral(REDRESS_SHARED_TESTDATA_DIR)).filePath(relativePath);
}

QString missingSharedTestData(const QString& folder)
{
    const QString path = sharedTestData(folder);
    if (QFileInfo(path).isDir())
        return {};
    return QStringLiteral("third-party test files not found: %1 is absent (set "
                          "REDRESS_SHARED_TESTDATA_DIR to the folder holding them)")
        .arg(QDir::cleanPath(path));
}

QString ownTestData(const QString& relativePath)
{
    return QDir(QStringLiteral(REDRESS_SOURCE_DIR "/tests/data")).filePath(relativePath);
}

QString backendName(Backend backend)
{
    return backend == Backend::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgres");
}

void addBackendRows()
{
    QTest::addColumn<Backend>("backend");
    QTest::newRow("sqlite") << Backend::Sqlite;
    QTest::newRow("postgres") << Backend::Postgres;
}

std::unique_ptr<TestDatabase> TestDatabase::create(Backend backend)
{
    std::unique_ptr<TestDatabase> test(new TestDatabase);
    test->m_backend = backend;
    if (backend == Backend::Sqlite) {
        if (!test->m_folder.isValid()) {
            QTest::qFail("cannot make a temporary folder", __FILE__, __LINE__);
            return nullptr;
        }
        test->m_location =
            DatabaseLocation::sqliteFile(test->m_folder.filePath(QStringLiteral("redress.sqlite")));
        return test;
    }
    const QString url = qEnvironmentVariable("REDRESS_TEST_POSTGRES_URL");
    if (url.isEmpty()) {
        if (qEnvironmentVariable("REDRESS_REQUIRE_POSTGRES") == u"1")
            QTest::qFail("REDRESS_TEST_POSTGRES_URL is not set but REDRESS_REQUIRE_POSTGRES=1",
                         __FILE__, __LINE__);
        else
            QTest::qSkip("no PostgreSQL server (set REDRESS_TEST_POSTGRES_URL)", __FILE__,
                         __LINE__);
        return nullptr;
    }
    auto server = DatabaseLocation::fromUrl(url);
    if (!server) {
        QTest::qFail(qPrintable(server.error()), __FILE__, __LINE__);
        return nullptr;
    }
    test->m_server = server.value();
    const QString name =
        QStringLiteral("redress_test_%1").arg(QRandomGenerator::global()->generate64(), 0, 36);
    {
        auto admin = Database::openUnmigrated(test->m_server);
        if (!admin) {
            QTest::qFail(qPrintable(admin.error()), __FILE__, __LINE__);
            return nullptr;
        }
        // CREATE DATABASE takes no bound parameters; the name is ours, made of [a-z0-9_].
        auto created = sql::exec((*admin)->sql(), QStringLiteral("CREATE DATABASE ") + name);
        if (!created) {
            QTest::qFail(qPrintable(created.error()), __FILE__, __LINE__);
            return nullptr;
        }
    }
    test->m_location = test->m_server;
    test->m_location.databaseName = name;
    return test;
}

TestDatabase::~TestDatabase()
{
    if (m_backend != Backend::Postgres || m_location.databaseName.isEmpty())
        return;
    auto admin = Database::openUnmigrated(m_server);
    if (admin)
        (void)sql::exec((*admin)->sql(), QStringLiteral("DROP DATABASE IF EXISTS ") +
                                             m_location.databaseName +
                                             QStringLiteral(" WITH (FORCE)"));
}

std::unique_ptr<Database> TestDatabase::open() const
{
    auto database = Database::open(m_location);
    if (!database) {
        qWarning("%s", qPrintable(database.error()));
        return nullptr;
    }
    return std::move(database).value();
}

QString recordedActor(const Database& database, const QString& asked)
{
    return database.isSqlite() ? asked : database.serverLogin();
}

std::unique_ptr<Session> sessionOn(Database& database, const QString& actor)
{
    auto session = Session::attach(database, actor);
    if (!session) {
        QTest::qFail(qPrintable(session.error()), __FILE__, __LINE__);
        return nullptr;
    }
    return std::move(session.value());
}

Case loggedComplaint(Session& session, QDate received, QDate acknowledgedOn, Procedure procedure)
{
    Case record;
    record.kind = CaseKind::Complaint;
    record.procedure = procedure;
    record.receivedOn = received;
    record.complainant.fullName = QStringLiteral("Jordan Example");
    record.complainantRoleCode = QStringLiteral("parent");
    record.summary = QStringLiteral("Contact visits cancelled at short notice");
    record.points = {
        {0, QStringLiteral("Visits cancelled"), QStringLiteral("communication"), 0, {}}};
    if (Status logged = session.logCase(record); !logged) {
        QTest::qFail(qPrintable(logged.error()), __FILE__, __LINE__);
        return {};
    }
    if (!acknowledgedOn.isValid())
        return record;
    ActionRequest acknowledge;
    acknowledge.action = Action::Acknowledge;
    acknowledge.on = acknowledgedOn;
    if (Status done = session.perform(record, acknowledge); !done) {
        QTest::qFail(qPrintable(done.error()), __FILE__, __LINE__);
        return {};
    }
    return record;
}

Case closedCase(Session& session, CaseKind kind, QDate closedOn, const QString& surname)
{
    FixedToday then(closedOn.addDays(1));
    Case record;
    record.kind = kind;
    record.procedure = kind == CaseKind::Complaint ? Procedure::Statutory : Procedure::None;
    record.receivedOn = closedOn.addDays(-20);
    record.complainant.fullName = QStringLiteral("Jordan ") + surname;
    record.complainant.email = surname.toLower() + QStringLiteral("@example.org");
    record.complainant.phone = QStringLiteral("01632 960000");
    record.complainant.address = QStringLiteral("1 %1 Lane").arg(surname);
    record.complainant.ageBand = QStringLiteral("25_34");
    record.complainantRoleCode = QStringLiteral("parent");
    record.summary = QStringLiteral("%1 says visits were cancelled").arg(surname);
    record.points = {{0,
                      QStringLiteral("Visits to %1 cancelled").arg(surname),
                      QStringLiteral("communication"),
                      0,
                      {}}};
    record.children = {{0,
                        QStringLiteral("C-%1").arg(surname),
                        QStringLiteral("Riley ") + surname,
                        QStringLiteral("child_in_care"),
                        false,
                        {}}};
    record.staffNamed = {{0, QStringLiteral("Pat ") + surname, QStringLiteral("Social worker")}};
    record.notes = {{0, Clock::currentDateTimeUtc(), QStringLiteral("officer"),
                     QStringLiteral("Rang %1").arg(surname)}};
    if (Status logged = session.logCase(record); !logged) {
        QTest::qFail(qPrintable(logged.error()), __FILE__, __LINE__);
        return {};
    }
    // The kinds that close only with an outcome are withdrawn instead.
    const bool withdrawn = kind == CaseKind::Complaint || kind == CaseKind::Concern ||
                           kind == CaseKind::OmbudsmanEnquiry;
    ActionRequest end;
    end.action = withdrawn ? Action::Withdraw : Action::Close;
    end.on = closedOn;
    if (withdrawn)
        end.reason = QStringLiteral("%1 moved away").arg(surname);
    if (Status done = session.perform(record, end); !done) {
        QTest::qFail(qPrintable(done.error()), __FILE__, __LINE__);
        return {};
    }
    return record;
}

QString spelledOut(QString text)
{
    static const QRegularExpression one(QStringLiteral("\\b1 working day\\(s\\)"));
    text.replace(one, QStringLiteral("1 working day"));
    return text.replace(QStringLiteral("working day(s)"), QStringLiteral("working days"));
}

IsolatedSettings::IsolatedSettings()
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_folder.path());
    QSettings().clear();
}

IsolatedSettings::~IsolatedSettings()
{
    QSettings().clear();
}

FixedToday::FixedToday(QDate today)
{
    Clock::setInstance(std::make_unique<FixedClock>(QDateTime(today, QTime(12, 0), Qt::UTC)));
}

FixedToday::~FixedToday()
{
    Clock::setInstance(nullptr);
}

} // namespace redress::test

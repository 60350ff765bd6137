#include "Database.h"

#include "storage/CaseKindStore.h"
#include "storage/Schema.h"
#include "storage/Sql.h"
#include "util/SafeOutput.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStringList>

namespace redress {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("redress-%1").arg(++counter);
}

// The context lupdate files these messages under, and the one they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

QString noDatabase(const DatabaseLocation& location)
{
    return Text::tr("There is no Redress database at %1; create one with \"redress-cli init\". "
                    "Nothing was changed.")
        .arg(location.isSqlite() ? QDir::toNativeSeparators(location.filePath)
                                 : location.describe());
}

// SQLite's terse errors for the two ways another program can stand in the way, said so a user
// knows what to do; anything else as it came.
QString explainLockError(const DatabaseLocation& location, const QString& error)
{
    if (!location.isSqlite())
        return error; // PostgreSQL's own messages say this already
    if (error.contains(QStringLiteral("locked"), Qt::CaseInsensitive) ||
        error.contains(QStringLiteral("busy"), Qt::CaseInsensitive))
        return Text::tr(
            "The database is busy: another program is writing to it; try again when it has "
            "finished. Nothing was changed.");
    if (error.contains(QStringLiteral("readonly"), Qt::CaseInsensitive) ||
        error.contains(QStringLiteral("read-only"), Qt::CaseInsensitive) ||
        error.contains(QStringLiteral("read only"), Qt::CaseInsensitive))
        return Text::tr(
                   "The database %1 cannot be written: it, its folder or one of its working files "
                   "(%2-wal, %2-shm) is read-only, perhaps left by another user or a program that "
                   "stopped. Make them writable by you (or, with every Redress program closed, "
                   "remove the -shm file) and try again. Nothing was changed.")
            .arg(QDir::toNativeSeparators(location.describe()),
                 QFileInfo(location.filePath).fileName());
    return error;
}

} // namespace

Database::Database(DatabaseLocation location, QString connectionName)
    : m_location(std::move(location)), m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    m_statements.reset(); // its queries must go before the connection
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::openUnmigrated(const DatabaseLocation& location)
{
    std::unique_ptr<Database> database(new Database(location, nextConnectionName()));
    if (Status connected = database->connect(Mode::CreateOrUpgrade); !connected)
        return Error{connected.error()};
    return database;
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseLocation& location, Mode mode)
{
    std::unique_ptr<Database> database(new Database(location, nextConnectionName()));
    if (Status connected = database->connect(mode); !connected)
        return Error{connected.error()};
    auto version = database->schemaVersion();
    if (!version)
        return Error{version.error()};
    if (version.value() == 0 && mode == Mode::MustExist)
        return fail(noDatabase(location));
    if (version.value() > Schema::latestVersion())
        return fail(
            Text::tr("%1 was written by a newer version of Redress (schema version %2; this "
                     "version understands up to %3). Install the newer version to open it; "
                     "nothing was changed.")
                .arg(location.describe())
                .arg(version.value())
                .arg(Schema::latestVersion()));
    if (Status migrated = Schema::migrate(*database); !migrated)
        return fail(location.describe() + QStringLiteral(": ") + migrated.error());
    // The council's kinds are known before any case is read, so each reads as its own kind.
    if (auto kinds = CaseKindStore::load(*database); !kinds)
        return fail(location.describe() + QStringLiteral(": ") + kinds.error());
    return database;
}

Result<std::unique_ptr<Database>> Database::openAnother() const
{
    return open(m_location, Mode::MustExist);
}

void Database::close()
{
    m_statements.reset(); // its queries must go before the connection
    m_db.close();
}

Status Database::connect(Mode mode)
{
    if (m_location.isSqlite()) {
        const QFileInfo file(m_location.filePath);
        if (m_location.filePath.isEmpty())
            return fail(Text::tr("No database file was given"));
        if (!file.exists() && mode == Mode::MustExist)
            return fail(noDatabase(m_location));
        if (file.exists() && file.isDir())
            return fail(Text::tr("%1 is a folder, not a database file").arg(m_location.filePath));
        if (!file.exists()) {
            // Created owner-only: SQLite gives its -wal and -shm the database's permissions.
            if (!safeoutput::makePrivatePath(file.absolutePath()))
                return fail(Text::tr("Cannot create the folder %1").arg(file.absolutePath()));
            QFile created(m_location.filePath);
            if (!created.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner))
                return fail(Text::tr("Cannot create the database %1: %2")
                                .arg(m_location.filePath, created.errorString()));
            created.close();
            safeoutput::makePrivate(m_location.filePath);
        }
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        m_db.setDatabaseName(m_location.filePath);
        m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        m_db.setHostName(m_location.host);
        m_db.setPort(m_location.port);
        m_db.setUserName(m_location.user);
        m_db.setPassword(m_location.password);
        m_db.setDatabaseName(m_location.databaseName);
        m_db.setConnectOptions(m_location.options);
    }
    if (!m_db.isValid())
        return fail(Text::tr("The Qt SQL driver for %1 is not installed")
                        .arg(m_location.isSqlite() ? QStringLiteral("SQLite")
                                                   : QStringLiteral("PostgreSQL")));
    if (!m_db.open())
        return fail(Text::tr("Cannot open the database %1: %2")
                        .arg(m_location.describe(), m_db.lastError().text()));

    if (m_location.isSqlite()) {
        // The first read tells a database from any other file, and the schema check tells a
        // Redress database from another program's, both before anything is written: the
        // PRAGMAs below switch the file to WAL, which would change another program's file.
        if (auto read = sql::exec(m_db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
            !read) {
            // Busy (a restore holds it) or read-only (a leftover -shm) is not damage.
            const QString explained = explainLockError(m_location, read.error());
            return fail(explained != read.error()
                            ? explained
                            : Text::tr("%1 is not a Redress database (it is not a SQLite database "
                                       "file, or it is damaged); nothing was changed")
                                  .arg(m_location.filePath));
        }
        auto version = schemaVersion();
        if (!version)
            return Error{version.error()};
        if (version.value() == 0 && mode == Mode::MustExist)
            return fail(noDatabase(m_location));
        // A database made before files were created owner-only, or copied in by hand, is
        // made private the first time Redress opens it: it holds personal data about children.
        if (version.value() > 0)
            for (const QString& path : m_location.sqliteFiles())
                if (QFileInfo::exists(path))
                    safeoutput::makePrivate(path);
        // WAL lets readers work while one writer saves; FULL sync so a power cut loses no
        // committed case.
        for (const auto* pragma : {"PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON",
                                   "PRAGMA synchronous = FULL"}) {
            auto applied = sql::exec(m_db, QString::fromLatin1(pragma));
            if (!applied)
                return fail(explainLockError(m_location, applied.error()));
        }
    } else {
        // A writer waits a bounded time for another's locks, then is told so plainly
        // (transaction()); a runaway statement is stopped rather than holding locks all day.
        const QStringList settings = {
            QStringLiteral("SET client_min_messages TO warning"),
            QStringLiteral("SET lock_timeout = '%1s'").arg(lockTimeoutSeconds),
            QStringLiteral("SET statement_timeout = '%1s'").arg(statementTimeoutSeconds)};
        for (const QString& setting : settings)
            if (auto applied = sql::exec(m_db, setting); !applied)
                return Error{applied.error()};
        auto login = sql::scalar(m_db, QStringLiteral("SELECT session_user"));
        if (!login)
            return Error{login.error()};
        m_serverLogin = login->toString();
    }
    return {};
}

sql::PreparedStatements& Database::statements()
{
    if (!m_statements)
        m_statements = std::make_unique<sql::PreparedStatements>(m_db);
    return *m_statements;
}

Result<int> Database::schemaVersion() const
{
    const QStringList tables = m_db.tables(QSql::Tables);
    if (!tables.contains(QStringLiteral("meta"))) {
        if (!tables.isEmpty())
            return fail(
                Text::tr("%1 is a database, but not a Redress one (it has tables of its own and "
                         "no Redress schema version); nothing was changed")
                    .arg(m_location.describe()));
        return 0;
    }
    auto value =
        sql::scalar(m_db, QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"), {},
                    QStringLiteral("0"));
    if (!value)
        return fail(
            Text::tr("%1 cannot be read: it is damaged or incomplete (%2); nothing was changed")
                .arg(m_location.describe(), value.error()));
    bool ok = false;
    const int version = value->toString().toInt(&ok);
    if (!ok)
        return fail(Text::tr("%1 has a damaged schema version \"%2\"")
                        .arg(m_location.describe(), value->toString()));
    return version;
}

Status Database::transaction(const std::function<Status()>& work)
{
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        Status result = work();
        --m_transactionDepth;
        return result;
    }
    Status result = attempt(work);
    QString code = sql::lastFailureCode();
    // PostgreSQL picks one of two deadlocked writers to fail, and a serializable snapshot can
    // be refused: the work is run once more, by when the other has usually finished.
    const auto collided = [&] {
        return code == u"40P01" || code == u"40001";
    };
    if (!result && !isSqlite() && collided()) {
        result = attempt(work);
        code = sql::lastFailureCode();
    }
    if (result || isSqlite())
        return result;
    if (collided())
        return fail(
            Text::tr("Another change to the same records collided with this one twice, so it "
                     "was not saved; nothing was changed. Try again."));
    if (code == u"55P03")
        return fail(
            Text::tr("Someone else is changing the same records (an import, perhaps) and they "
                     "did not come free within %1 seconds; nothing was changed. Try again in a "
                     "moment.")
                .arg(lockTimeoutSeconds));
    if (code == u"57014")
        return fail(Text::tr("The database took longer than %1 minutes over this and stopped it; "
                             "nothing was changed.")
                        .arg(statementTimeoutSeconds / 60));
    return result;
}

Status Database::attempt(const std::function<Status()>& work)
{
    sql::clearFailureCode();
    // IMMEDIATE takes SQLite's write lock up front, so two writers wait for each other
    // instead of failing half-way through.
    const QString begin =
        m_location.isSqlite() ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    if (auto begun = sql::exec(m_db, begin); !begun) {
        const QString explained = explainLockError(m_location, begun.error());
        return fail(explained != begun.error()
                        ? explained
                        : Text::tr("Cannot start a transaction: %1").arg(begun.error()));
    }
    ++m_transactionDepth;
    Status result = work();
    --m_transactionDepth;
    if (!result) {
        (void)sql::exec(m_db, QStringLiteral("ROLLBACK"));
        return result;
    }
    if (auto committed = sql::exec(m_db, QStringLiteral("COMMIT")); !committed) {
        (void)sql::exec(m_db, QStringLiteral("ROLLBACK"));
        return fail(Text::tr("Saving failed and nothing was changed: %1")
                        .arg(explainLockError(m_location, committed.error())));
    }
    return {};
}

} // namespace redress

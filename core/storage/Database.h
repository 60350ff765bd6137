#pragma once

#include "storage/DatabaseLocation.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <functional>
#include <memory>

namespace redress {

namespace sql {
class PreparedStatements;
}

// One open Redress database on one named Qt SQL connection. A connection belongs to the
// thread that opened it: a worker thread opens its own with openAnother().
class Database
{
public:
    enum class Mode
    {
        CreateOrUpgrade, // create the file or schema if missing, upgrade an older one
        MustExist, // as above, but refuse a file or server database with no Redress schema yet
                   // (only init and the desktop app's first run create one)
    };

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens, checks it is a Redress database this version understands, and migrates it to
    // the latest schema. Refuses a file that is not a database and a database written by a
    // newer Redress, leaving both untouched.
    static Result<std::unique_ptr<Database>> open(const DatabaseLocation& location,
                                                  Mode mode = Mode::CreateOrUpgrade);
    // Opens without migrating: for tests that build older schema versions.
    static Result<std::unique_ptr<Database>> openUnmigrated(const DatabaseLocation& location);

    // Another connection to the same database, for use on the calling thread.
    Result<std::unique_ptr<Database>> openAnother() const;
    // Lets go of the connection, so another can have the database to itself (a restore).
    // Queries on a closed database fail with a message; open a new Database to go on.
    void close();

    const DatabaseLocation& location() const { return m_location; }
    bool isSqlite() const { return m_location.isSqlite(); }
    QSqlDatabase& sql() { return m_db; }
    const QSqlDatabase& sql() const { return m_db; }
    // This connection's statements prepared once and run many times (see Sql.h).
    sql::PreparedStatements& statements();

    // The schema version stored in the database (0 for an empty one).
    Result<int> schemaVersion() const;

    // Runs `work` in one transaction, committed if it succeeds and rolled back otherwise.
    // Nested calls join the outer transaction. On PostgreSQL a deadlock or serialization
    // failure runs `work` once more (so it must start from the caller's state each time), and
    // a lock or statement timeout comes back as a plain message.
    Status transaction(const std::function<Status()>& work);

    // PostgreSQL: the login the server sees (session_user), which the server writes as the
    // actor of every audit entry. Empty on SQLite.
    const QString& serverLogin() const { return m_serverLogin; }

    // How long a PostgreSQL writer waits for another's locks, and the longest a statement may
    // run, before it is stopped.
    static constexpr int lockTimeoutSeconds = 20;
    static constexpr int statementTimeoutSeconds = 600;

private:
    Database(DatabaseLocation location, QString connectionName);
    Status connect(Mode mode);
    Status attempt(const std::function<Status()>& work);

    DatabaseLocation m_location;
    QString m_connectionName;
    QSqlDatabase m_db;
    std::unique_ptr<sql::PreparedStatements> m_statements;
    QString m_serverLogin;
    int m_transactionDepth = 0;
};

} // namespace redress

#pragma once

#include "util/Result.h"

#include <QString>
#include <QStringList>

namespace redress {

class Database;

// The versioned schema: numbered migrations in :/migrations, NNNN_name.sql for both dialects
// plus optional NNNN_name.sqlite.sql / NNNN_name.postgresql.sql. Each upgrade runs in one
// transaction with the version bump, and is rolled back whole if any statement fails.
class Schema
{
public:
    static int latestVersion();

    // Migrates from the stored version up to `targetVersion`.
    static Status migrate(Database& database, int targetVersion = latestVersion());

    // The statements of one migration for one dialect, placeholders replaced.
    static Result<QStringList> statements(int version, bool sqlite);

    // Splits a script at the semicolons that end statements, keeping SQLite trigger bodies
    // (BEGIN … END;) and PostgreSQL dollar-quoted bodies whole.
    static QStringList splitStatements(const QString& script);
};

} // namespace redress

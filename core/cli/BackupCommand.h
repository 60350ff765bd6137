#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace redress::cli {

// A consistent copy of the database while people go on working in it: SQLite's VACUUM INTO,
// or pg_dump for PostgreSQL. Never overwrites a file.
class BackupCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    BackupCommand();
    int execute(const QStringList& arguments) override;

private:
    int backupPostgres(const DatabaseLocation& location, const QString& target);
};

} // namespace redress::cli

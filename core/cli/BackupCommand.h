#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace redress::cli {

// A consistent, checked copy of the database while people go on working in it: SQLite's
// VACUUM INTO, or pg_dump for PostgreSQL. The file appears only once it is whole.
class BackupCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    BackupCommand();
    int execute(const QStringList& arguments) override;
};

} // namespace redress::cli

#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace redress::cli {

// Puts a backup made by "backup" back in place of the database, after checking it, while no
// one else has the database open, keeping the database it replaces aside.
class RestoreCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)

public:
    RestoreCommand();
    int execute(const QStringList& arguments) override;
};

} // namespace redress::cli

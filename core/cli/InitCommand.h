#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace redress::cli {

// Creates a database, or upgrades one written by an older Redress, and says which.
class InitCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(InitCommand)

public:
    InitCommand();
    int execute(const QStringList& arguments) override;
};

} // namespace redress::cli

#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace redress::cli {

// Sets up a PostgreSQL database for a team: roles, ownership, schema and rights
// (TeamServer::setup). Run by a DBA.
class ServerSetupCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ServerSetupCommand)

public:
    ServerSetupCommand();
    int execute(const QStringList& arguments) override;
};

// Creates a person's own login in the group of their role. The password comes from the
// REDRESS_NEW_PASSWORD environment variable or the first line of standard input, never
// from the command line (which shell history and process lists keep).
class UsersAddCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(UsersAddCommand)

public:
    UsersAddCommand();
    int execute(const QStringList& arguments) override;
};

} // namespace redress::cli

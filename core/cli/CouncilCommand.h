#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace redress::cli {

// "council set [--name NAME] [--logo FILE | --no-logo]": the council's name and logo on the
// cover of a printed report, as Administration › Year figures › Reports saves them (an
// administrator's change, audited). What is not given stays as it was.
class CouncilSetCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CouncilSetCommand)

public:
    CouncilSetCommand();
    int execute(const QStringList& arguments) override;
};

// "council show": the name and the logo's format and size.
class CouncilShowCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CouncilShowCommand)

public:
    CouncilShowCommand();
    int execute(const QStringList& arguments) override;
};

} // namespace redress::cli

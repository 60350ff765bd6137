#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace redress::cli {

// Fills a database with invented cases (DemoDataGenerator) and says how many of each kind.
class DemoCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    DemoCommand();
    int execute(const QStringList& arguments) override;
};

} // namespace redress::cli

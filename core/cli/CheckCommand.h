#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace redress::cli {

// Checks the database and every case (IntegrityCheck); prints each problem as
// "REF: message" and fails if there is any. --fix-deadlines first recomputes the stored
// deadlines of open cases (DeadlineRefresh), e.g. after a calendar change.
class CheckCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    CheckCommand();
    int execute(const QStringList& arguments) override;
};

} // namespace redress::cli

#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace redress::cli {

// A stage's deadline for a clock started on a date: the same arithmetic the queue uses, for
// checking a date by hand. Reads the database's calendar and profiles when there is one,
// else the shipped defaults; never creates a database.
class DeadlineCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineCommand)

public:
    DeadlineCommand();
    int execute(const QStringList& arguments) override;
};

} // namespace redress::cli

#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace redress::cli {

// Imports a legacy complaint log, all or nothing: each problem as file:row:column: message
// on the error stream, a summary on the output stream, exit 0 only when imported.
class ImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    ImportCommand();
    int execute(const QStringList& arguments) override;
};

// Removes everything one import batch added.
class ImportUndoCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ImportUndoCommand)

public:
    ImportUndoCommand();
    int execute(const QStringList& arguments) override;
};

} // namespace redress::cli

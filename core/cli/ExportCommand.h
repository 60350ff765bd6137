#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace redress::cli {

// Every field of the cases received in a period, as CSV or XLSX that imports back.
class ExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    ExportCommand();
    int execute(const QStringList& arguments) override;
};

} // namespace redress::cli

#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace redress::cli {

// The queue as text: every case, or the open or overdue ones, as a table or as JSON.
class CasesListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CasesListCommand)

public:
    CasesListCommand();
    int execute(const QStringList& arguments) override;
};

} // namespace redress::cli

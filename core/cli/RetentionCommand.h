#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace redress::cli {

// The retention schedule applied from the command line: --dry-run lists the cases past
// retention today and why; --apply (an administrator's) anonymises or deletes them in one
// audited transaction.
class RetentionCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RetentionCommand)

public:
    RetentionCommand();
    int execute(const QStringList& arguments) override;
};

} // namespace redress::cli

#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace redress::cli {

// Restricts a case to named people (--to LOGIN…), or lifts the restriction (--lift): a lead's
// or an administrator's command, audited (CaseRestriction).
class CaseRestrictCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CaseRestrictCommand)

public:
    CaseRestrictCommand();
    int execute(const QStringList& arguments) override;
};

} // namespace redress::cli

#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace redress::cli {

// "settings staff-threshold [N]": the trigger point for staff named in complaints (how many
// complaints in a rolling 12 months bring a member of staff to a lead's attention). Without N
// it says what it is; with N an administrator sets it, audited, as Administration does.
class StaffThresholdCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(StaffThresholdCommand)

public:
    StaffThresholdCommand();
    int execute(const QStringList& arguments) override;
};

} // namespace redress::cli

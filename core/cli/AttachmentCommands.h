#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace redress::cli {

// The files kept with a case, from the command line: "attachment add|list|get|remove --case
// REF". Adding and removing are audited as the person signed in, as on the desktop.
class AttachmentCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentCommand)

public:
    enum class Kind
    {
        Add,
        List,
        Get,
        Remove
    };
    explicit AttachmentCommand(Kind kind);
    int execute(const QStringList& arguments) override;

private:
    Kind m_kind;
};

} // namespace redress::cli

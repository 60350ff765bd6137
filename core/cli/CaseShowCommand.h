#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace redress {
struct Case;
}

namespace redress::cli {

class CaseText;

// One case in full: every stage with its dates, deadlines, extension, suspensions, state and
// outcome; the points with their findings; remedies, learning, costs and links.
class CaseShowCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CaseShowCommand)

public:
    CaseShowCommand();
    int execute(const QStringList& arguments) override;

private:
    void printText(const Case& record, const CaseText& text, const QStringList& restrictedTo);
};

} // namespace redress::cli

#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace redress::cli {

// "kinds list|add|rename|retire|set": the kinds of feedback, and the council's own ones an
// administrator keeps, as Administration › Kinds does, through the same store, audited as
// the person signed in.
class KindsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(KindsCommand)

public:
    enum class Kind
    {
        List,
        Add,
        Rename,
        Retire,
        Set,
    };
    explicit KindsCommand(Kind kind);
    int execute(const QStringList& arguments) override;

private:
    int list(const QCommandLineParser& parser);
    int add(const QCommandLineParser& parser);
    int rename(const QCommandLineParser& parser);
    int retire(const QCommandLineParser& parser);
    int set(const QCommandLineParser& parser);

    Kind m_kind;
};

} // namespace redress::cli

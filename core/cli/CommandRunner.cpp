#include "CommandRunner.h"

#include "cli/AttachmentCommands.h"
#include "cli/BackupCommand.h"
#include "cli/CaseRestrictCommand.h"
#include "cli/CaseShowCommand.h"
#include "cli/CasesListCommand.h"
#include "cli/CheckCommand.h"
#include "cli/CodeReportCommands.h"
#include "cli/CouncilCommand.h"
#include "cli/DeadlineCommand.h"
#include "cli/DemoCommand.h"
#include "cli/ExportCommand.h"
#include "cli/ImportCommand.h"
#include "cli/InitCommand.h"
#include "cli/KindCommands.h"
#include "cli/LetterCommand.h"
#include "cli/ReferenceCommands.h"
#include "cli/ReportCommand.h"
#include "cli/RestoreCommand.h"
#include "cli/RetentionCommand.h"
#include "cli/StaffThresholdCommand.h"
#include "cli/SubjectAccessCommand.h"
#include "cli/TeamCommands.h"
#include "storage/DefaultLocation.h"

#include <QCoreApplication>
#include <cstdio>

namespace redress::cli {

namespace {

// The context lupdate files these messages under, and the one they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CommandRunner)
};

} // namespace

CommandRunner::CommandRunner()
{
    m_commands.push_back(std::make_unique<InitCommand>());
    m_commands.push_back(std::make_unique<DemoCommand>());
    m_commands.push_back(std::make_unique<CasesListCommand>());
    m_commands.push_back(std::make_unique<CaseShowCommand>());
    m_commands.push_back(std::make_unique<CaseRestrictCommand>());
    m_commands.push_back(std::make_unique<DeadlineCommand>());
    m_commands.push_back(std::make_unique<CheckCommand>());
    m_commands.push_back(std::make_unique<BackupCommand>());
    m_commands.push_back(std::make_unique<RestoreCommand>());
    m_commands.push_back(std::make_unique<SubjectAccessCommand>());
    m_commands.push_back(std::make_unique<RetentionCommand>());
    for (auto kind : {AttachmentCommand::Kind::Add, AttachmentCommand::Kind::List,
                      AttachmentCommand::Kind::Get, AttachmentCommand::Kind::Remove})
        m_commands.push_back(std::make_unique<AttachmentCommand>(kind));
    m_commands.push_back(std::make_unique<LetterCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<ImportUndoCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<ReportCommand>(ReportCommand::Kind::Annual));
    m_commands.push_back(std::make_unique<ReportCommand>(ReportCommand::Kind::Quarterly));
    m_commands.push_back(std::make_unique<CodeReportCommand>());
    m_commands.push_back(
        std::make_unique<CodeAssessmentCommand>(CodeAssessmentCommand::Kind::Show));
    m_commands.push_back(std::make_unique<CodeAssessmentCommand>(CodeAssessmentCommand::Kind::Set));
    m_commands.push_back(std::make_unique<ListsShowCommand>());
    m_commands.push_back(std::make_unique<ListsAddCommand>());
    m_commands.push_back(std::make_unique<ServiceAreasAddCommand>());
    m_commands.push_back(std::make_unique<TeamsAddCommand>());
    m_commands.push_back(std::make_unique<TimescalesSetCommand>());
    m_commands.push_back(std::make_unique<StaffThresholdCommand>());
    for (auto kind : {KindsCommand::Kind::List, KindsCommand::Kind::Add, KindsCommand::Kind::Rename,
                      KindsCommand::Kind::Retire, KindsCommand::Kind::Set})
        m_commands.push_back(std::make_unique<KindsCommand>(kind));
    m_commands.push_back(std::make_unique<CouncilSetCommand>());
    m_commands.push_back(std::make_unique<CouncilShowCommand>());
    m_commands.push_back(std::make_unique<ServerSetupCommand>());
    m_commands.push_back(std::make_unique<UsersAddCommand>());
}

CommandRunner::~CommandRunner() = default;

void CommandRunner::setStreams(QTextStream* out, QTextStream* err)
{
    m_out = out;
    m_err = err;
    for (const auto& command : m_commands)
        command->setStreams(out, err);
}

void CommandRunner::setReportDocumentWriter(const ReportDocumentWriter& writer)
{
    for (const auto& command : m_commands)
        if (auto* report = dynamic_cast<ReportCommand*>(command.get()))
            report->setDocumentWriter(writer);
        else if (auto* code = dynamic_cast<CodeReportCommand*>(command.get()))
            code->setDocumentWriter(writer);
}

void CommandRunner::setPdfRenderer(const PdfRenderer& renderer)
{
    for (const auto& command : m_commands)
        if (auto* subjectAccess = dynamic_cast<SubjectAccessCommand*>(command.get()))
            subjectAccess->setPdfRenderer(renderer);
        else if (auto* letter = dynamic_cast<LetterCommand*>(command.get()))
            letter->setPdfRenderer(renderer);
}

void CommandRunner::setSignIn(CredentialStore* store, const AskSignIn& ask)
{
    for (const auto& command : m_commands)
        command->setSignIn(store, ask);
}

void CommandRunner::setShowProgress(bool show)
{
    for (const auto& command : m_commands)
        command->setShowProgress(show);
}

QTextStream& CommandRunner::out()
{
    static QTextStream standard(stdout);
    return m_out ? *m_out : standard;
}

QTextStream& CommandRunner::err()
{
    static QTextStream standard(stderr);
    return m_err ? *m_err : standard;
}

QString CommandRunner::helpText() const
{
    QString text = Text::tr("Usage: redress-cli [--db PATH | --db-url URL] COMMAND [options]\n\n"
                            "Redress, complaints case management, from the command line.\n\n"
                            "Commands:\n");
    qsizetype width = 0;
    for (const auto& command : m_commands)
        width = std::max(width, command->name().size());
    for (const auto& command : m_commands)
        text += QStringLiteral("  ") + command->name().leftJustified(width + 2) +
                command->description() + u'\n';
    text += Text::tr(
                "\nOptions (before or after the command):\n"
                "  --db PATH      The SQLite database file (default: %1)\n"
                "  --db-url URL   A PostgreSQL database: postgresql://user@host:port/database\n"
                "  --verbose      Add the debug messages to the log file (redress-cli.log)\n"
                "  -h, --help     Show this help\n"
                "  --version      Show the version\n\n"
                "Run \"redress-cli COMMAND --help\" for a command's options.\n"
                "Exit codes: 0 done; 1 failed or refused, with nothing changed; 2 the command line "
                "was wrong.\n")
                .arg(defaultDatabasePath());
    return text;
}

int CommandRunner::usageError(const QString& message)
{
    err() << message << u'\n' << Text::tr("Run \"redress-cli --help\" for the commands.")
          << Qt::endl;
    return ExitUsage;
}

int CommandRunner::run(const QStringList& arguments)
{
    QStringList global; // database options given before the command, passed on to it
    qsizetype next = 1;
    for (; next < arguments.size(); ++next) {
        const QString& argument = arguments.at(next);
        if (argument == u"--help" || argument == u"-h" || argument == u"help") {
            out() << helpText();
            out().flush();
            return ExitSuccess;
        }
        if (argument == u"--version") {
            out() << QStringLiteral("redress-cli %1").arg(QStringLiteral(REDRESS_VERSION))
                  << Qt::endl;
            return ExitSuccess;
        }
        if (argument == u"--db" || argument == u"--db-url") {
            if (next + 1 >= arguments.size())
                return usageError(Text::tr("%1 needs a value").arg(argument));
            global << argument << arguments.at(++next);
            continue;
        }
        if (argument.startsWith(u"--db=") || argument.startsWith(u"--db-url=")) {
            global << argument;
            continue;
        }
        if (argument.startsWith(u'-'))
            return usageError(Text::tr("Unknown option \"%1\"").arg(argument));
        break;
    }
    if (next >= arguments.size()) {
        err() << helpText();
        err().flush();
        return ExitUsage;
    }
    const QStringList rest = arguments.mid(next);
    Command* chosen = nullptr;
    qsizetype words = 0;
    for (const auto& command : m_commands) {
        const QStringList name = command->name().split(u' ');
        if (name.size() > words && rest.size() >= name.size() && rest.first(name.size()) == name) {
            chosen = command.get();
            words = name.size();
        }
    }
    if (!chosen) {
        QStringList following; // "cases" alone: say what may follow it
        for (const auto& command : m_commands) {
            const QStringList name = command->name().split(u' ');
            if (name.size() > 1 && name.first() == rest.first())
                following << name.mid(1).join(u' ');
        }
        if (!following.isEmpty())
            return usageError(Text::tr("\"%1\" needs one of: %2")
                                  .arg(rest.first(), following.join(QStringLiteral(", "))));
        return usageError(Text::tr("Unknown command \"%1\"").arg(rest.first()));
    }
    return chosen->execute(global + rest.mid(words));
}

} // namespace redress::cli

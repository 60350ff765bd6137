#pragma once

#include "cli/Command.h"
#include "privacy/SubjectAccess.h"
#include "reporting/ReportDocumentWriter.h"

#include <QStringList>
#include <QTextStream>
#include <memory>
#include <vector>

namespace redress::cli {

// redress-cli's front door: knows every command, reads the options that come before the
// command's name (--db, --db-url, --help, --version), and runs the command with the rest.
// An option given before the command applies as if given after it.
class CommandRunner
{
public:
    CommandRunner();
    ~CommandRunner();

    // nullptr restores stdout / stderr; passed on to every command.
    void setStreams(QTextStream* out, QTextStream* err);
    // PDF and ODT reports, where the program can draw them.
    void setReportDocumentWriter(const ReportDocumentWriter& writer);
    // Readable documents as PDF (a subject access package), where the program can draw them.
    void setPdfRenderer(const PdfRenderer& renderer);
    // Where a team server's password is kept, and how to ask for one (Command::setSignIn).
    void setSignIn(CredentialStore* store, const AskSignIn& ask);
    // Progress lines on the error stream, for a person watching a terminal.
    void setShowProgress(bool show);

    // `arguments` as main() gets them: the program first.
    int run(const QStringList& arguments);

    const std::vector<std::unique_ptr<Command>>& commands() const { return m_commands; }

private:
    QTextStream& out();
    QTextStream& err();
    QString helpText() const;
    int usageError(const QString& message);

    std::vector<std::unique_ptr<Command>> m_commands;
    QTextStream* m_out = nullptr;
    QTextStream* m_err = nullptr;
};

} // namespace redress::cli

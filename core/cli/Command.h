#pragma once

#include "session/ServerSignIn.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "util/Result.h"
#include "util/SafeOutput.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <memory>
#include <optional>

namespace redress::cli {

// What redress-cli returns, so scripts can tell a refusal from a typing mistake.
enum ExitCode
{
    ExitSuccess = 0,
    ExitFailure = 1, // the command ran and failed or refused (nothing was changed)
    ExitUsage = 2,   // the command line was wrong; the command did not run
};

// One redress-cli command. Each is a small class on the same core as the desktop app; its
// output goes to streams a test can swap for strings, so tests run commands in-process.
class Command
{
public:
    virtual ~Command();
    Command(const Command&) = delete;
    Command& operator=(const Command&) = delete;

    // One or two words: "init", "cases list".
    const QString& name() const { return m_name; }
    const QString& description() const { return m_description; }

    // nullptr restores stdout / stderr.
    void setStreams(QTextStream* out, QTextStream* err);
    void setShowProgress(bool show) { m_showProgress = show; }
    // How a team server's password is found when the server asks for one: the credential
    // store to look in and keep it in, and how to ask the person (both may be null: then a
    // server wanting a password it is not given is refused with a message).
    void setSignIn(CredentialStore* store, AskSignIn ask);

    // `arguments` are what follows the command's name (options and positionals).
    virtual int execute(const QStringList& arguments) = 0;

protected:
    Command(QString name, QString description);

    QTextStream& out();
    QTextStream& err();
    bool showProgress() const { return m_showProgress; }

    // Parses `arguments` with the parser's options plus --db, --db-url and --help. Returns
    // an exit code when the command should stop here: help printed (0) or a usage error
    // reported (2). `positionals` names the expected positional arguments, e.g. "REF"; one
    // in brackets ("[LIST]") may be left out, and a last one ending in "…" takes the rest.
    std::optional<int> parse(QCommandLineParser& parser, const QStringList& arguments,
                             const QStringList& positionals = {});

    // The database named by --db or --db-url, else the default file.
    Result<DatabaseLocation> location(const QCommandLineParser& parser) const;
    bool databaseNamed(const QCommandLineParser& parser) const;
    // Opens it; `code` receives the exit code to return when that fails (message printed).
    std::unique_ptr<Database> open(const QCommandLineParser& parser, Database::Mode mode,
                                   int& code);
    // Opens it as the application layer does for the desktop: with the rules in force and
    // `actor` (the operating-system account when empty) signed in.
    std::unique_ptr<Session> openSession(const QCommandLineParser& parser, Database::Mode mode,
                                         int& code, const QString& actor = {});

    // What an output file of this command must not replace: the database it works on and
    // its working files, and `inputs`.
    safeoutput::Rules outputRules(const QCommandLineParser& parser, bool overwrite,
                                  const QStringList& inputs = {}) const;

    // A date typed as YYYY-MM-DD (or dd/mm/yyyy, as people write it in the UK).
    static Result<QDate> parseDate(const QString& text);

    int failure(const QString& message);
    // A refusal from a lower layer, with `message` saying it and what was left undone ("…
    // Nothing was changed."); the reason alone when it already says that itself, so that
    // the sentence is never given twice.
    int refusal(const QString& reason, const QString& message);
    int usageError(const QString& message);

private:
    QString usageLine(const QStringList& positionals) const;

    QString m_name;
    QString m_description;
    QTextStream* m_out = nullptr;
    QTextStream* m_err = nullptr;
    bool m_showProgress = false;
    CredentialStore* m_credentials = nullptr;
    AskSignIn m_askSignIn;
    QCommandLineOption m_dbOption;
    QCommandLineOption m_urlOption;
    QCommandLineOption m_helpOption;
};

} // namespace redress::cli

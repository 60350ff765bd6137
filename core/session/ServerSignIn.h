#pragma once

#include "storage/Database.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

namespace redress {

class CredentialStore;

// What the person is asked when the server wants a password.
struct SignInQuestion
{
    QString server;           // for the person: host and database, no login or password
    QString login;            // the login to offer: the one last used, else the computer's account
    QString problem;          // why they are asked again ("that password was refused"), or empty
    bool canRemember = false; // whether a credential store is there to keep the password in
};

struct SignInAnswer
{
    QString login;
    QString password;
    bool remember = false; // keep the password in the credential store for next time
};

// Asks the person (a dialog, a terminal); nullopt when they gave up.
using AskSignIn = std::function<std::optional<SignInAnswer>(const SignInQuestion&)>;

// Signs a person in to the team's PostgreSQL server as their own login, the way that asks
// least of them: first with no password at all, so that Kerberos (GSSAPI, SSPI on Windows),
// a pgpass file or a trusted connection signs them in without a question; then with the
// password remembered in the credential store; and only then by asking, again after a
// refused password, until it is accepted or the person gives up. An accepted password is kept
// (or replaced) in the store when the person asked for that; one the server refuses is
// asked for afresh. A store that cannot be reached only means nothing is remembered.
class ServerSignIn
{
    Q_DECLARE_TR_FUNCTIONS(ServerSignIn)

public:
    // Either may be null: no store means nothing is remembered; no way to ask means a
    // password the server wants and the store does not have is a plain error.
    ServerSignIn(CredentialStore* store, AskSignIn ask);

    // A database file, or a URL that carries its own password, opens as it is.
    Result<std::unique_ptr<Database>> open(const DatabaseLocation& location, Database::Mode mode);

    // Whether the last open() failed because the person gave up (nothing to report).
    bool wasCancelled() const { return m_cancelled; }
    // What the person should know that did not stop them signing in ("your password could not
    // be remembered on this computer: …"); one sentence each.
    const QStringList& notices() const { return m_notices; }

    // The name a password is kept under: the login, server, port and database.
    static QString credentialKey(const DatabaseLocation& location);
    // Whether a failed connection is the server asking for a password, refusing one, or not
    // knowing the login: what asking the person can put right.
    static bool isPasswordRefusal(const QString& error);
    // Whether the server asked for Kerberos and had no ticket it accepts.
    static bool isKerberosRefusal(const QString& error);

private:
    Result<std::unique_ptr<Database>> openAsked(DatabaseLocation location, Database::Mode mode,
                                                QString problem);
    void remember(const DatabaseLocation& location, bool keep);

    CredentialStore* m_store = nullptr;
    AskSignIn m_ask;
    bool m_cancelled = false;
    QStringList m_notices;
};

} // namespace redress

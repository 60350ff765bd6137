#include "ServerSignIn.h"

#include "session/CredentialStore.h"
#include "session/Session.h"

#include <QRegularExpression>

namespace redress {

CredentialStore::~CredentialStore() = default;

namespace {

QString serverName(const DatabaseLocation& location)
{
    const QString host = location.port == 5432
                             ? location.host
                             : QStringLiteral("%1:%2").arg(location.host).arg(location.port);
    return host + u'/' + location.databaseName;
}

} // namespace

ServerSignIn::ServerSignIn(CredentialStore* store, AskSignIn ask)
    : m_store(store), m_ask(std::move(ask))
{}

QString ServerSignIn::credentialKey(const DatabaseLocation& location)
{
    return QStringLiteral("%1@%2:%3/%4")
        .arg(location.user, location.host)
        .arg(location.port)
        .arg(location.databaseName);
}

bool ServerSignIn::isPasswordRefusal(const QString& error)
{
    // libpq's and the server's words (SQLSTATE 28P01 is "invalid password"); a login the
    // server does not know (the computer's account, tried first) is asked for too. Other
    // refusals (no Kerberos ticket, a login not allowed from this address) are not helped by
    // a password, and are reported as they are.
    static const QRegularExpression unknownRole(QStringLiteral(R"(role "[^"]*" does not exist)"));
    return error.contains(QLatin1String("password authentication failed"), Qt::CaseInsensitive) ||
           error.contains(QLatin1String("no password supplied"), Qt::CaseInsensitive) ||
           error.contains(QLatin1String("28P01")) || unknownRole.match(error).hasMatch();
}

bool ServerSignIn::isKerberosRefusal(const QString& error)
{
    // libpq's words when the server asks for GSSAPI (or SSPI) and no ticket answers it.
    return error.contains(QLatin1String("GSSAPI"), Qt::CaseInsensitive) ||
           error.contains(QLatin1String("SSPI"), Qt::CaseInsensitive);
}

Result<std::unique_ptr<Database>> ServerSignIn::open(const DatabaseLocation& location,
                                                     Database::Mode mode)
{
    m_cancelled = false;
    m_notices.clear();
    if (location.isSqlite() || !location.password.isEmpty())
        return Database::open(location, mode);

    // No password: libpq answers a server that asks for Kerberos (GSSAPI or SSPI) itself, and
    // reads a pgpass file; only a server that wants a password it does not have refuses.
    auto unasked = Database::open(location, mode);
    if (!unasked && isKerberosRefusal(unasked.error()))
        return fail(
            tr("The server %1 signs %2 in with Kerberos, and this computer has no "
               "Kerberos ticket the server accepts. On Windows, sign in to the computer "
               "with your council account; elsewhere, run kinit. (%3)")
                .arg(serverName(location),
                     location.user.isEmpty() ? Session::operatingSystemAccount() : location.user,
                     unasked.error()));
    if (unasked || !isPasswordRefusal(unasked.error()))
        return unasked;

    DatabaseLocation signIn = location;
    if (signIn.user.isEmpty())
        signIn.user = Session::operatingSystemAccount();
    QString problem;
    if (m_store) {
        auto kept = m_store->read(credentialKey(signIn));
        if (!kept) {
            m_notices << tr("The passwords remembered on this computer could not be read: %1")
                             .arg(kept.error());
        } else if (kept->has_value()) {
            signIn.password = **kept;
            auto remembered = Database::open(signIn, mode);
            if (remembered || !isPasswordRefusal(remembered.error()))
                return remembered;
            signIn.password.clear();
            problem = tr("The password remembered on this computer for %1 was refused: it may "
                         "have changed. Type the new one.")
                          .arg(signIn.user);
        }
    }
    return openAsked(std::move(signIn), mode, std::move(problem));
}

Result<std::unique_ptr<Database>> ServerSignIn::openAsked(DatabaseLocation location,
                                                          Database::Mode mode, QString problem)
{
    if (!m_ask)
        return fail(tr("The server %1 asks for a password for %2, and none is remembered on this "
                       "computer. Sign in once where you can type it (the desktop app, or "
                       "redress-cli in a terminal) and ask for it to be remembered, or ask your IT "
                       "team about signing in with Kerberos.")
                        .arg(serverName(location), location.user));
    for (;;) {
        const std::optional<SignInAnswer> answer =
            m_ask(SignInQuestion{serverName(location), location.user, problem, m_store != nullptr});
        if (!answer) {
            m_cancelled = true;
            return fail(tr("Sign-in to %1 was cancelled").arg(serverName(location)));
        }
        location.user = answer->login.trimmed();
        location.password = answer->password;
        if (location.user.isEmpty()) {
            problem = tr("Give your login for the server.");
            continue;
        }
        auto opened = Database::open(location, mode);
        if (opened) {
            remember(location, answer->remember);
            return opened;
        }
        if (!isPasswordRefusal(opened.error()))
            return opened;
        problem = tr("The server refused the login %1 with that password. Check both (is Caps "
                     "Lock on?) and try again.")
                      .arg(location.user);
    }
}

void ServerSignIn::remember(const DatabaseLocation& location, bool keep)
{
    if (!m_store)
        return;
    const QString key = credentialKey(location);
    if (!keep) {
        // Not to be remembered: nor is one kept before, which may be the one just refused.
        // Failing to forget what was perhaps never kept is nothing to tell anyone.
        (void)m_store->remove(key);
        return;
    }
    if (Status written = m_store->write(key, location.password); !written)
        m_notices << tr("Your password could not be remembered on this computer, so you will be "
                        "asked for it next time: %1")
                         .arg(written.error());
}

} // namespace redress

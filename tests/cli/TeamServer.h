#pragma once

#include "CliRun.h"
#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace redress::test {

// A person's login on a team's server and their role there ("officer", "lead", "admin").
struct TeamLogin
{
    QString login;
    QString role;
};

// Makes the PostgreSQL test database a team's server as the DBA would ("server setup"), then
// gives each person their login ("users add … --role", with `addOptions` after it: by default
// no password, as a Kerberos or trusted login has). The first refusal's message, if any.
inline Status setUpTeamServer(const DatabaseLocation& dba, const QList<TeamLogin>& logins,
                              const QStringList& addOptions = {QStringLiteral("--no-password")})
{
    const QStringList server = databaseArguments(dba);
    const CliRun setup =
        runCli(server + QStringList{QStringLiteral("server"), QStringLiteral("setup")});
    if (setup.code != 0)
        return fail(setup.err);
    for (const TeamLogin& person : logins) {
        const CliRun added =
            runCli(server +
                   QStringList{QStringLiteral("users"), QStringLiteral("add"), person.login,
                               QStringLiteral("--role"), person.role} +
                   addOptions);
        if (added.code != 0)
            return fail(added.err);
    }
    return {};
}

// The test database as `login` reaches it: their own server login, no password.
inline DatabaseLocation signedInAs(DatabaseLocation location, const QString& login)
{
    location.user = login;
    location.password.clear();
    return location;
}

} // namespace redress::test

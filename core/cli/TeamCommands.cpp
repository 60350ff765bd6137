#include "TeamCommands.h"

#include "storage/TeamServer.h"

#include <QFile>

namespace redress::cli {

ServerSetupCommand::ServerSetupCommand()
    : Command(QStringLiteral("server setup"),
              tr("Set up a PostgreSQL database for a team: roles, schema and rights (for a DBA)"))
{}

int ServerSetupCommand::execute(const QStringList& arguments)
{
    QCommandLineParser parser;
    if (auto stop = parse(parser, arguments))
        return *stop;
    auto where = location(parser);
    if (!where)
        return usageError(where.error());
    if (where->isSqlite())
        return usageError(tr("Name the PostgreSQL database with --db-url"));
    if (Status done = TeamServer::setup(where.value()); !done)
        return failure(done.error());
    out() << tr("%1 is set up for a team: its tables belong to %2; add each person with "
                "\"redress-cli --db-url URL users add NAME --role officer|lead|admin\"")
                 .arg(where->describe(), TeamServer::ownerRole())
          << Qt::endl;
    return ExitSuccess;
}

UsersAddCommand::UsersAddCommand()
    : Command(QStringLiteral("users add"),
              tr("Create a person's own login on a PostgreSQL server, in the group of their role"))
{}

int UsersAddCommand::execute(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption roleOption(QStringLiteral("role"), tr("officer, lead or admin."),
                                        tr("role"));
    const QCommandLineOption nameOption(QStringLiteral("display-name"),
                                        tr("The name shown in Redress (default: the login)."),
                                        tr("name"));
    const QCommandLineOption noPassword(
        QStringLiteral("no-password"),
        tr("Create the login without a password, for Kerberos or SSPI sign-in."));
    parser.addOptions({roleOption, nameOption, noPassword});
    if (auto stop = parse(parser, arguments, {QStringLiteral("NAME")}))
        return *stop;
    if (!parser.isSet(roleOption))
        return usageError(tr("Give the person's role with --role officer|lead|admin"));
    if (TeamServer::groupRole(parser.value(roleOption)).isEmpty())
        return usageError(
            tr("\"%1\" is not a role: give officer, lead or admin").arg(parser.value(roleOption)));
    auto where = location(parser);
    if (!where)
        return usageError(where.error());
    if (where->isSqlite())
        return usageError(tr("Name the PostgreSQL server's database with --db-url"));

    QString password;
    if (!parser.isSet(noPassword)) {
        password = qEnvironmentVariable("REDRESS_NEW_PASSWORD");
        if (password.isEmpty()) {
            QFile input;
            if (input.open(stdin, QIODevice::ReadOnly | QIODevice::Text))
                password = QString::fromUtf8(input.readLine()).trimmed();
        }
        if (password.isEmpty())
            return usageError(tr("Give the new password in the REDRESS_NEW_PASSWORD environment "
                                 "variable or on standard input (or --no-password)"));
    }
    int code = ExitSuccess;
    auto database = open(parser, Database::Mode::MustExist, code);
    if (!database)
        return code;
    const QString name = parser.positionalArguments().constFirst();
    if (Status added = TeamServer::addUser(*database, name, parser.value(roleOption),
                                           parser.value(nameOption), password);
        !added)
        return failure(added.error());
    out() << tr("Login %1 created in the %2 group").arg(name, parser.value(roleOption)) << Qt::endl;
    return ExitSuccess;
}

} // namespace redress::cli

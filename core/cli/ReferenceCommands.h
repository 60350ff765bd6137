#pragma once

#include "cli/Command.h"
#include "storage/ReferenceData.h"

#include <QCoreApplication>

namespace redress::cli {

// The reference data an administrator keeps, from the command line: what Administration does
// on the desktop, through the same services, checked against the same role and audited as the
// person signed in. Each change is all or nothing.

// "lists show [LIST]": the lists, or one list's values with their codes.
class ListsShowCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ListsShowCommand)

public:
    ListsShowCommand();
    int execute(const QStringList& arguments) override;
};

// "lists add LIST VALUE…": new values at the end of a list (an administrator's change).
class ListsAddCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ListsAddCommand)

public:
    ListsAddCommand();
    int execute(const QStringList& arguments) override;
};

// What adding a team or a service area shares: the database opened for an administrator
// with the organisation as it stands, and the new unit saved and announced.
class OrgUnitAddCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(OrgUnitAddCommand)

protected:
    using Command::Command;

    struct Organisation
    {
        std::unique_ptr<Session> session;
        QList<OrgUnit> units;
    };
    // Null, with `code` the exit code to return, when it cannot be opened, the person signed
    // in is not an administrator or the units cannot be read (each said on the way).
    std::optional<Organisation> openOrganisation(const QCommandLineParser& parser, int& code);
    // Saves `unit`, tells the desktop and prints `added`.
    int addUnit(Session& session, const OrgUnit& unit, const QString& added);
};

// "teams add NAME --service-area NAME": a team in a service area (an administrator's change).
class TeamsAddCommand : public OrgUnitAddCommand
{
    Q_DECLARE_TR_FUNCTIONS(TeamsAddCommand)

public:
    TeamsAddCommand();
    int execute(const QStringList& arguments) override;
};

// "service-areas add NAME [--portfolio NAME]": a service area, for teams and cases to be in.
class ServiceAreasAddCommand : public OrgUnitAddCommand
{
    Q_DECLARE_TR_FUNCTIONS(ServiceAreasAddCommand)

public:
    ServiceAreasAddCommand();
    int execute(const QStringList& arguments) override;
};

// "timescales set --procedure P [--stage N --days D [--extended D]] [--stages N] [--from DATE]":
// a new version of a procedure's timescales, as Administration › Timescales saves it; open cases'
// deadlines are recomputed in the same transaction.
class TimescalesSetCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TimescalesSetCommand)

public:
    TimescalesSetCommand();
    int execute(const QStringList& arguments) override;
};

} // namespace redress::cli

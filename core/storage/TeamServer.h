#pragma once

#include "storage/DatabaseLocation.h"
#include "util/Result.h"

#include <QString>
#include <QStringList>

namespace redress {

class Database;

// A PostgreSQL database shared by a team, set up so the server itself enforces who may do
// what: the tables belong to an owner role nobody signs in as, and each person signs in with
// a login of their own in one of three groups.
//
//   redress_owner    owns the schema; NOLOGIN. Only a DBA acting as it can alter tables or
//                    disable triggers.
//   redress_officer  reads everything; writes cases and their parts; appends to the audit
//                    trail (INSERT and SELECT only, for every group).
//   redress_lead     an officer's rights (a member of redress_officer), and restricts cases
//                    to named people (case_restriction).
//   redress_admin    a lead's rights, and writes reference data: lists, teams, users, the
//                    calendar, timescales and year figures.
class TeamServer
{
public:
    static QString ownerRole() { return QStringLiteral("redress_owner"); }
    // The group role of "officer", "lead" or "admin"; empty for anything else.
    static QString groupRole(const QString& role);

    // Run by a DBA on the database named by `location`: creates the roles (if missing),
    // creates or upgrades the schema as the owner role, hands any tables the DBA owned to it,
    // and grants each group its rights. Safe to run again, e.g. after an upgrade.
    static Status setup(const DatabaseLocation& location);

    // Creates a login `name` in the group of `role` ("officer", "lead", "admin"), with
    // `password` (none when empty: the server then signs it in by Kerberos/SSPI or not at
    // all), and lists it among the users. `database` is a DBA's connection.
    static Status addUser(Database& database, const QString& name, const QString& role,
                          const QString& displayName, const QString& password);

    // The tables each group may write (besides reading all).
    static QStringList caseTables();
    static QStringList referenceTables();
};

} // namespace redress

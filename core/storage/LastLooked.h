#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QString>

namespace redress {

class Database;

// When each person last looked at their own work, kept in the database so that "changed by
// others since you last looked" follows them from computer to computer.
class LastLooked
{
public:
    explicit LastLooked(Database& database) : m_database(database) {}

    // When `username` last looked (UTC); invalid when they never have.
    Result<QDateTime> of(const QString& username) const;
    // Records that `username` looked at `atUtc`.
    Status set(const QString& username, const QDateTime& atUtc);

private:
    Database& m_database;
};

} // namespace redress

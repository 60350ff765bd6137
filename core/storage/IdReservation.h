#pragma once

#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <optional>

namespace redress {

class Database;

// Ids for rows not yet inserted, so that rows which refer to them (a stage's suspensions, a
// point's findings) can be written later in statements of many rows. Each id is the one the
// table would have given the row had it been inserted then: on SQLite the next above the
// largest stored (inside the write transaction nobody else can insert, and SQLite gives a new
// row MAX(id) + 1 itself); on PostgreSQL taken from the table's identity sequence, all tables
// in one round trip. Only for tables whose rows are inserted in the order of their ids.
class IdReservation
{
public:
    // `tables`: the tables take() is asked about, in the order of its counts.
    IdReservation(Database& database, QStringList tables);

    // `counts[i]` new ids of tables[i], each list in ascending order.
    Result<QList<QList<qint64>>> take(const QList<qsizetype>& counts);
    // Rows were inserted with ids of the database's choosing (on SQLite): read the largest ids
    // again before giving more.
    void forget() { m_next.clear(); }

private:
    Result<QList<QList<qint64>>> takeOnSqlite(const QList<qsizetype>& counts);
    Result<QList<QList<qint64>>> takeOnPostgres(const QList<qsizetype>& counts);

    Database& m_database;
    QStringList m_tables;
    QHash<QString, qint64> m_next; // SQLite: the next id of each table, once read
    // PostgreSQL: the one statement reserving them, prepared once (a round trip each time).
    std::optional<QSqlQuery> m_sequences;
};

} // namespace redress

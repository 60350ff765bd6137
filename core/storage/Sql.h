#pragma once

#include "util/Result.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <QVariantList>
#include <memory>
#include <unordered_map>

namespace redress::sql {

// Prepares `statement`, binds `values` positionally and runs it. Values are always bound,
// never spliced into the text. The error names the statement and the driver's message.
Result<QSqlQuery> exec(const QSqlDatabase& db, const QString& statement,
                       const QVariantList& values = {});

// exec() for an INSERT … RETURNING id; gives the new row's id.
Result<qint64> insert(const QSqlDatabase& db, const QString& statement, const QVariantList& values);

// A single value from the first row, or a default when there is no row.
Result<QVariant> scalar(const QSqlDatabase& db, const QString& statement,
                        const QVariantList& values = {}, const QVariant& ifNoRow = {});

// The statements a bulk write runs once per row (an import, the demo generator, every save of
// a case), each prepared once on the connection and run again with new values: preparing
// costs SQLite a parse and plan, and PostgreSQL a round trip, every time. Each call runs its
// statement to the end before returning, so no result is left open to be overwritten by the
// next call of the same statement. Belongs to one Database; cleared before it closes.
class PreparedStatements
{
public:
    explicit PreparedStatements(const QSqlDatabase& db) : m_db(db) {}

    // Runs a statement that returns no rows; gives the number of rows it changed.
    Result<int> run(const QString& statement, const QVariantList& values);
    // An INSERT … RETURNING id; gives the new row's id.
    Result<qint64> insert(const QString& statement, const QVariantList& values);
    // A single value from the first row, or a default when there is no row.
    Result<QVariant> scalar(const QString& statement, const QVariantList& values,
                            const QVariant& ifNoRow = {});
    // Every value of the first row; empty when there is no row.
    Result<QVariantList> row(const QString& statement, const QVariantList& values);
    void clear() { m_queries.clear(); }

private:
    Result<QSqlQuery*> execute(const QString& statement, const QVariantList& values);

    QSqlDatabase m_db;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_queries;
};

// The driver's code for the last statement that failed on this thread (PostgreSQL's SQLSTATE,
// e.g. 40P01 for a deadlock), so a transaction can tell a collision worth retrying from a
// mistake; empty after clearFailureCode() until the next failure.
QString lastFailureCode();
void clearFailureCode();

// Dates travel as ISO text on both dialects; null when invalid.
QVariant date(QDate value);
QDate toDate(const QVariant& value);
// Instants travel as ISO 8601 UTC text with milliseconds.
QVariant timestamp(const QDateTime& value);
QDateTime toTimestamp(const QVariant& value);
// Foreign keys: 0 means none.
QVariant id(qint64 value);
// Flags are 0/1 on both dialects.
inline QVariant flag(bool value)
{
    return QVariant(value ? 1 : 0);
}

} // namespace redress::sql

#pragma once

#include "util/Result.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <QVariantList>

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

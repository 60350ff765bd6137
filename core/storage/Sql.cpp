#include "Sql.h"

#include <QCoreApplication>
#include <QSqlError>

namespace redress::sql {

namespace {
QString firstLine(const QString& statement)
{
    const QString simplified = statement.simplified();
    return simplified.size() > 120 ? simplified.left(117) + QStringLiteral("...") : simplified;
}
} // namespace

Result<QSqlQuery> exec(const QSqlDatabase& db, const QString& statement, const QVariantList& values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    auto failure = [&] {
        return fail(QCoreApplication::translate("Sql", "Database error in \"%1\": %2")
                        .arg(firstLine(statement), query.lastError().text()));
    };
    // PostgreSQL cannot PREPARE schema statements or SET; a statement with nothing to bind
    // runs as it is (it holds no outside data to escape).
    if (values.isEmpty()) {
        if (!query.exec(statement))
            return failure();
        return query;
    }
    if (!query.prepare(statement))
        return failure();
    for (const QVariant& value : values) {
        // A null QString would reach the driver as SQL NULL; an empty text field is ''.
        if (!value.isNull() && value.metaType().id() == QMetaType::QString &&
            value.toString().isNull())
            query.addBindValue(QStringLiteral(""));
        else
            query.addBindValue(value);
    }
    if (!query.exec())
        return failure();
    return query;
}

Result<qint64> insert(const QSqlDatabase& db, const QString& statement, const QVariantList& values)
{
    auto query = exec(db, statement, values);
    if (!query)
        return Error{query.error()};
    if (!query->next())
        return fail(QCoreApplication::translate("Sql", "Database error in \"%1\": no id returned")
                        .arg(firstLine(statement)));
    return query->value(0).toLongLong();
}

Result<QVariant> scalar(const QSqlDatabase& db, const QString& statement,
                        const QVariantList& values, const QVariant& ifNoRow)
{
    auto query = exec(db, statement, values);
    if (!query)
        return Error{query.error()};
    if (!query->next())
        return ifNoRow;
    return query->value(0);
}

QVariant date(QDate value)
{
    if (!value.isValid())
        return QVariant(QMetaType(QMetaType::QString));
    return value.toString(Qt::ISODate);
}

QDate toDate(const QVariant& value)
{
    if (value.isNull())
        return {};
    if (value.metaType().id() == QMetaType::QDate)
        return value.toDate();
    return QDate::fromString(value.toString().left(10), Qt::ISODate);
}

QVariant timestamp(const QDateTime& value)
{
    if (!value.isValid())
        return QVariant(QMetaType(QMetaType::QString));
    return value.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime toTimestamp(const QVariant& value)
{
    if (value.isNull())
        return {};
    if (value.metaType().id() == QMetaType::QDateTime)
        return value.toDateTime().toUTC();
    QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return parsed.toUTC();
}

QVariant id(qint64 value)
{
    if (value <= 0)
        return QVariant(QMetaType(QMetaType::LongLong));
    return value;
}

} // namespace redress::sql

#include "Sql.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlRecord>

namespace redress::sql {

namespace {
QString firstLine(const QString& statement)
{
    const QString simplified = statement.simplified();
    return simplified.size() > 120 ? simplified.left(117) + QStringLiteral("...") : simplified;
}

// A null QString would reach the driver as SQL NULL; an empty text field is ''.
QVariant bindable(const QVariant& value)
{
    if (!value.isNull() && value.metaType().id() == QMetaType::QString && value.toString().isNull())
        return QStringLiteral("");
    return value;
}

thread_local QString lastCode;

QString failure(const QString& statement, const QSqlQuery& query)
{
    lastCode = query.lastError().nativeErrorCode();
    return QCoreApplication::translate("Sql", "Database error in \"%1\": %2")
        .arg(firstLine(statement), query.lastError().text());
}
} // namespace

Result<QSqlQuery> exec(const QSqlDatabase& db, const QString& statement, const QVariantList& values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // PostgreSQL cannot PREPARE schema statements or SET; a statement with nothing to bind
    // runs as it is (it holds no outside data to escape).
    if (values.isEmpty()) {
        if (!query.exec(statement))
            return fail(failure(statement, query));
        return query;
    }
    if (!query.prepare(statement))
        return fail(failure(statement, query));
    for (const QVariant& value : values)
        query.addBindValue(bindable(value));
    if (!query.exec())
        return fail(failure(statement, query));
    return query;
}

Result<QSqlQuery*> PreparedStatements::execute(const QString& statement, const QVariantList& values)
{
    auto it = m_queries.find(statement);
    if (it == m_queries.end()) {
        auto query = std::make_unique<QSqlQuery>(m_db);
        query->setForwardOnly(true);
        if (!query->prepare(statement))
            return fail(failure(statement, *query));
        it = m_queries.emplace(statement, std::move(query)).first;
    }
    QSqlQuery& query = *it->second;
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), bindable(values.at(i)));
    if (!query.exec()) {
        const QString message = failure(statement, query);
        query.finish();
        return fail(message);
    }
    return &query;
}

Result<int> PreparedStatements::run(const QString& statement, const QVariantList& values)
{
    auto query = execute(statement, values);
    if (!query)
        return Error{query.error()};
    const int changed = query.value()->numRowsAffected();
    query.value()->finish();
    return changed;
}

Result<qint64> PreparedStatements::insert(const QString& statement, const QVariantList& values)
{
    auto query = execute(statement, values);
    if (!query)
        return Error{query.error()};
    QSqlQuery& q = *query.value();
    const bool returned = q.next();
    const qint64 id = returned ? q.value(0).toLongLong() : 0;
    q.finish();
    if (!returned)
        return fail(QCoreApplication::translate("Sql", "Database error in \"%1\": no id returned")
                        .arg(firstLine(statement)));
    return id;
}

Result<QVariant> PreparedStatements::scalar(const QString& statement, const QVariantList& values,
                                            const QVariant& ifNoRow)
{
    auto query = execute(statement, values);
    if (!query)
        return Error{query.error()};
    QSqlQuery& q = *query.value();
    const QVariant value = q.next() ? q.value(0) : ifNoRow;
    q.finish();
    return value;
}

Result<QVariantList> PreparedStatements::row(const QString& statement, const QVariantList& values)
{
    auto query = execute(statement, values);
    if (!query)
        return Error{query.error()};
    QSqlQuery& q = *query.value();
    QVariantList result;
    if (q.next()) {
        const int columns = q.record().count();
        result.reserve(columns);
        for (int i = 0; i < columns; ++i)
            result.append(q.value(i));
    }
    q.finish();
    return result;
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

QString lastFailureCode()
{
    return lastCode;
}

void clearFailureCode()
{
    lastCode.clear();
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

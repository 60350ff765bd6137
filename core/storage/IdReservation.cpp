#include "IdReservation.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <utility>

namespace redress {

IdReservation::IdReservation(Database& database, QStringList tables)
    : m_database(database), m_tables(std::move(tables))
{}

Result<QList<QList<qint64>>> IdReservation::take(const QList<qsizetype>& counts)
{
    Q_ASSERT(counts.size() == m_tables.size());
    return m_database.isSqlite() ? takeOnSqlite(counts) : takeOnPostgres(counts);
}

Result<QList<QList<qint64>>> IdReservation::takeOnSqlite(const QList<qsizetype>& counts)
{
    QList<QList<qint64>> ids(m_tables.size());
    for (qsizetype t = 0; t < m_tables.size(); ++t) {
        if (counts.at(t) == 0)
            continue;
        const QString& table = m_tables.at(t);
        auto next = m_next.find(table);
        if (next == m_next.end()) {
            auto largest = m_database.statements().scalar(
                QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM %1").arg(table), {}, 0);
            if (!largest)
                return Error{largest.error()};
            next = m_next.insert(table, largest->toLongLong() + 1);
        }
        ids[t].reserve(counts.at(t));
        for (qsizetype i = 0; i < counts.at(t); ++i)
            ids[t].append(next.value()++);
    }
    return ids;
}

Result<QList<QList<qint64>>> IdReservation::takeOnPostgres(const QList<qsizetype>& counts)
{
    QVariantList values;
    bool any = false;
    for (qsizetype count : counts) {
        values << qint64(count);
        any = any || count > 0;
    }
    QList<QList<qint64>> ids(m_tables.size());
    if (!any)
        return ids;
    // One statement for every table, whatever the counts (a table asked for none gives no
    // rows), so it is prepared once.
    if (!m_sequences) {
        QStringList parts;
        for (qsizetype t = 0; t < m_tables.size(); ++t)
            parts << QStringLiteral("SELECT %1, nextval(pg_get_serial_sequence('%2', 'id')) "
                                    "FROM generate_series(1, CAST(? AS INTEGER))")
                         .arg(t)
                         .arg(m_tables.at(t));
        QSqlQuery query(m_database.sql());
        query.setForwardOnly(true);
        if (!query.prepare(parts.join(QStringLiteral(" UNION ALL "))))
            return fail(query.lastError().text());
        m_sequences.emplace(std::move(query));
    }
    QSqlQuery& rows = *m_sequences;
    for (qsizetype i = 0; i < values.size(); ++i)
        rows.bindValue(int(i), values.at(i));
    if (!rows.exec())
        return fail(rows.lastError().text());
    while (rows.next())
        ids[rows.value(0).toInt()].append(rows.value(1).toLongLong());
    rows.finish();
    for (QList<qint64>& table : ids)
        std::sort(table.begin(), table.end());
    return ids;
}

} // namespace redress

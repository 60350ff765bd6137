#include "LastLooked.h"

#include "storage/Database.h"
#include "storage/Sql.h"

namespace redress {

Result<QDateTime> LastLooked::of(const QString& username) const
{
    auto looked = sql::scalar(
        m_database.sql(),
        QStringLiteral("SELECT looked_at FROM user_last_looked WHERE username = ?"), {username});
    if (!looked)
        return Error{looked.error()};
    return looked->isNull() ? QDateTime() : sql::toTimestamp(looked.value());
}

Status LastLooked::set(const QString& username, const QDateTime& atUtc)
{
    auto written =
        sql::exec(m_database.sql(),
                  QStringLiteral("INSERT INTO user_last_looked (username, looked_at) VALUES (?, ?) "
                                 "ON CONFLICT (username) DO UPDATE SET looked_at = "
                                 "excluded.looked_at"),
                  {username, sql::timestamp(atUtc)});
    if (!written)
        return Error{written.error()};
    return {};
}

} // namespace redress

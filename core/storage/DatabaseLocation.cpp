#include "DatabaseLocation.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace redress {

DatabaseLocation DatabaseLocation::sqliteFile(const QString& path)
{
    DatabaseLocation location;
    location.driver = Driver::Sqlite;
    location.filePath = path;
    return location;
}

Result<DatabaseLocation> DatabaseLocation::fromUrl(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"postgresql" && scheme != u"postgres"))
        return fail(QCoreApplication::translate("DatabaseLocation",
                                                "\"%1\" is not a PostgreSQL URL (expected "
                                                "postgresql://user@host:port/database)")
                        .arg(text));
    DatabaseLocation location;
    location.driver = Driver::Postgres;
    location.host = url.host().isEmpty() ? QStringLiteral("localhost") : url.host();
    location.port = url.port(5432);
    location.user = url.userName();
    location.password = url.password();
    location.databaseName = url.path().mid(1);
    if (location.databaseName.isEmpty())
        return fail(QCoreApplication::translate("DatabaseLocation",
                                                "\"%1\" names no database after the host")
                        .arg(url.toDisplayString(QUrl::RemovePassword)));
    QStringList options;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto& [key, value] : items)
        options << key + u'=' + value;
    location.options = options.join(u';');
    return location;
}

QStringList DatabaseLocation::sqliteFiles() const
{
    if (!isSqlite() || filePath.isEmpty())
        return {};
    return {filePath, filePath + QStringLiteral("-wal"), filePath + QStringLiteral("-shm"),
            filePath + QStringLiteral("-journal")};
}

QString DatabaseLocation::describe() const
{
    if (isSqlite())
        return filePath;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPath(u'/' + databaseName);
    return url.toString();
}

} // namespace redress

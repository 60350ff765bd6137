#pragma once

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QStringList>

namespace redress::test {

// A hash of a file's bytes ("absent" when it is not there), to prove a refusal changed nothing.
inline QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return QByteArrayLiteral("absent");
    if (!file.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("unreadable");
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

// The hashes of a SQLite database and of the working files beside it.
inline QByteArrayList databaseState(const QString& path)
{
    QByteArrayList state;
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        state << fileHash(path + suffix);
    return state;
}

inline bool ownerOnly(const QString& path)
{
    const QFileDevice::Permissions owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ReadUser | QFileDevice::WriteUser;
    return (QFileInfo(path).permissions() & ~(QFileDevice::ExeOwner | QFileDevice::ExeUser)) ==
           owner;
}

} // namespace redress::test

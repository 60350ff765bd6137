#pragma once

// Zip packages built in a test, small on disk, with whatever they should claim: each member
// deflated (qCompress, less zlib's header and checksum) or stored, with a real CRC-32, and
// optionally a declared uncompressed size that is not the real one.

#include <QByteArray>
#include <QList>
#include <QString>

enum class ZipMethod
{
    Deflated,
    Stored
};

struct ZipEntry
{
    QString name;
    QByteArray content;
    ZipMethod method = ZipMethod::Deflated;
    qint64 declaredSize = -1; // -1: the real size
};

inline quint32 zipCrc32(const QByteArray& data)
{
    quint32 crc = 0xFFFFFFFF;
    for (const char c : data) {
        crc ^= quint8(c);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xEDB88320 & (0 - (crc & 1)));
    }
    return ~crc;
}

inline QByteArray zipOf(const QList<ZipEntry>& entries)
{
    auto le16 = [](QByteArray& out, quint32 v) {
        out.append(char(v & 0xFF)).append(char((v >> 8) & 0xFF));
    };
    auto le32 = [&](QByteArray& out, quint32 v) {
        le16(out, v & 0xFFFF);
        le16(out, v >> 16);
    };
    QByteArray zip;
    QByteArray directory;
    for (const ZipEntry& entry : entries) {
        QByteArray packed = entry.content;
        if (entry.method == ZipMethod::Deflated) {
            const QByteArray zlib = qCompress(entry.content, 9);
            packed = zlib.mid(6, zlib.size() - 10);
        }
        const quint16 method = entry.method == ZipMethod::Deflated ? 8 : 0;
        const quint32 crc = zipCrc32(entry.content);
        const auto declared =
            quint32(entry.declaredSize >= 0 ? entry.declaredSize : entry.content.size());
        const QByteArray name = entry.name.toUtf8();
        const auto localAt = quint32(zip.size());
        le32(zip, 0x04034b50);
        le16(zip, 20), le16(zip, 0), le16(zip, method), le16(zip, 0), le16(zip, 0);
        le32(zip, crc), le32(zip, quint32(packed.size())), le32(zip, declared);
        le16(zip, quint32(name.size())), le16(zip, 0);
        zip += name + packed;
        le32(directory, 0x02014b50);
        le16(directory, 20), le16(directory, 20), le16(directory, 0), le16(directory, method);
        le16(directory, 0), le16(directory, 0);
        le32(directory, crc), le32(directory, quint32(packed.size())), le32(directory, declared);
        le16(directory, quint32(name.size())), le16(directory, 0), le16(directory, 0);
        le16(directory, 0), le16(directory, 0);
        le32(directory, 0), le32(directory, localAt);
        directory += name;
    }
    const auto directoryAt = quint32(zip.size());
    zip += directory;
    le32(zip, 0x06054b50);
    le16(zip, 0), le16(zip, 0), le16(zip, quint32(entries.size())),
        le16(zip, quint32(entries.size()));
    le32(zip, quint32(directory.size())), le32(zip, directoryAt), le16(zip, 0);
    return zip;
}

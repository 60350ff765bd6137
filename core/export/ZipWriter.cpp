#include "ZipWriter.h"

#include <array>

namespace redress::exporting {

namespace {

void put16(QByteArray& out, quint32 value)
{
    out.append(char(value & 0xff));
    out.append(char((value >> 8) & 0xff));
}

void put32(QByteArray& out, quint32 value)
{
    put16(out, value & 0xffff);
    put16(out, value >> 16);
}

// 1 January 1980, the earliest a zip can say: a fixed time keeps two exports of the same
// cases byte for byte the same.
constexpr quint32 dosTime = 0;
constexpr quint32 dosDate = (0 << 9) | (1 << 5) | 1;

} // namespace

quint32 ZipWriter::crc32(const QByteArray& data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xffffffffu;
    for (char byte : data)
        crc = table[(crc ^ quint8(byte)) & 0xff] ^ (crc >> 8);
    return crc ^ 0xffffffffu;
}

void ZipWriter::add(const QString& name, const QByteArray& data)
{
    m_members.append({name.toUtf8(), data, crc32(data)});
}

bool ZipWriter::write(QIODevice& device) const
{
    QByteArray central;
    quint32 offset = 0;
    for (const Member& member : m_members) {
        QByteArray local;
        put32(local, 0x04034b50);
        put16(local, 20);      // version needed: 2.0
        put16(local, 1 << 11); // names are UTF-8
        put16(local, 0);       // stored
        put16(local, dosTime);
        put16(local, dosDate);
        put32(local, member.crc);
        put32(local, quint32(member.data.size()));
        put32(local, quint32(member.data.size()));
        put16(local, quint32(member.name.size()));
        put16(local, 0);
        local.append(member.name);
        if (device.write(local) != local.size() || device.write(member.data) != member.data.size())
            return false;

        put32(central, 0x02014b50);
        put16(central, 20);
        put16(central, 20);
        put16(central, 1 << 11);
        put16(central, 0);
        put16(central, dosTime);
        put16(central, dosDate);
        put32(central, member.crc);
        put32(central, quint32(member.data.size()));
        put32(central, quint32(member.data.size()));
        put16(central, quint32(member.name.size()));
        put16(central, 0); // extra
        put16(central, 0); // comment
        put16(central, 0); // disk
        put16(central, 0); // internal attributes
        put32(central, 0); // external attributes
        put32(central, offset);
        central.append(member.name);
        offset += quint32(local.size() + member.data.size());
    }
    QByteArray end;
    put32(end, 0x06054b50);
    put16(end, 0);
    put16(end, 0);
    put16(end, quint32(m_members.size()));
    put16(end, quint32(m_members.size()));
    put32(end, quint32(central.size()));
    put32(end, offset);
    put16(end, 0);
    return device.write(central) == central.size() && device.write(end) == end.size();
}

} // namespace redress::exporting

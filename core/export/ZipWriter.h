#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QString>

namespace redress::exporting {

// A zip archive of stored (uncompressed) members, enough for an OOXML package: QtCore has
// no zip writer, and an export does not need compression to be correct.
class ZipWriter
{
public:
    void add(const QString& name, const QByteArray& data);
    // The whole archive; false when the device could not take all of it.
    bool write(QIODevice& device) const;

    static quint32 crc32(const QByteArray& data);

private:
    struct Member
    {
        QByteArray name;
        QByteArray data;
        quint32 crc = 0;
    };
    QList<Member> m_members;
};

} // namespace redress::exporting

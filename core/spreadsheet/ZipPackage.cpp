#include "ZipPackage.h"

#include "SheetMessages.h"

#include <QFile>
#include <QtEndian>
#include <exception>
#include <orcus/zip_archive.hpp>
#include <orcus/zip_archive_stream.hpp>

namespace redress::spreadsheet::detail {

namespace {

constexpr quint32 endOfDirectorySignature = 0x06054b50;
constexpr quint32 zip64LocatorSignature = 0x07064b50;
constexpr quint32 zip64EndSignature = 0x06064b50;
constexpr quint32 directoryEntrySignature = 0x02014b50;
constexpr qint64 maxMembers = 100'000;

quint16 u16(const QByteArray& data, qsizetype at)
{
    return qFromLittleEndian<quint16>(data.constData() + at);
}
quint32 u32(const QByteArray& data, qsizetype at)
{
    return qFromLittleEndian<quint32>(data.constData() + at);
}
quint64 u64(const QByteArray& data, qsizetype at)
{
    return qFromLittleEndian<quint64>(data.constData() + at);
}

Error damaged(const QString& path)
{
    return fileError(path, Text::tr("the file is not a complete zip package (as XLSX and ODS files "
                                    "are); it may be truncated or damaged"));
}

} // namespace

ZipPackage::~ZipPackage() = default;

Result<QHash<QString, ZipPackage::Member>> ZipPackage::listMembers(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(path, Text::tr("the file cannot be read (%1)").arg(file.errorString()));
    const qint64 size = file.size();
    // The end-of-directory record is 22 bytes plus a comment of at most 65,535.
    const qint64 tailSize = qMin<qint64>(size, 22 + 65535);
    if (tailSize < 22 || !file.seek(size - tailSize))
        return damaged(path);
    const QByteArray tail = file.read(tailSize);
    qsizetype end = -1;
    for (qsizetype at = tail.size() - 22; at >= 0; --at) {
        if (u32(tail, at) == endOfDirectorySignature) {
            end = at;
            break;
        }
    }
    if (end < 0)
        return damaged(path);

    quint64 entries = u16(tail, end + 10);
    quint64 directorySize = u32(tail, end + 12);
    quint64 directoryOffset = u32(tail, end + 16);
    if (entries == 0xFFFF || directorySize == 0xFFFFFFFF || directoryOffset == 0xFFFFFFFF) {
        const qint64 locatorAt = size - tailSize + end - 20;
        if (locatorAt < 0 || !file.seek(locatorAt))
            return damaged(path);
        const QByteArray locator = file.read(20);
        if (locator.size() != 20 || u32(locator, 0) != zip64LocatorSignature)
            return damaged(path);
        const quint64 zip64EndAt = u64(locator, 8);
        if (zip64EndAt > quint64(size) || !file.seek(qint64(zip64EndAt)))
            return damaged(path);
        const QByteArray zip64End = file.read(56);
        if (zip64End.size() != 56 || u32(zip64End, 0) != zip64EndSignature)
            return damaged(path);
        entries = u64(zip64End, 32);
        directorySize = u64(zip64End, 40);
        directoryOffset = u64(zip64End, 48);
    }
    if (directoryOffset + directorySize > quint64(size) || directorySize > 64 * 1024 * 1024)
        return damaged(path);
    if (entries > quint64(maxMembers))
        return fileError(path,
                         Text::tr("the zip package holds %1 files, far more than a spreadsheet "
                                  "does; it is not read")
                             .arg(count(qint64(entries))));
    if (!file.seek(qint64(directoryOffset)))
        return damaged(path);
    const QByteArray directory = file.read(qint64(directorySize));
    if (directory.size() != qsizetype(directorySize))
        return damaged(path);

    QHash<QString, Member> members;
    qsizetype at = 0;
    for (quint64 i = 0; i < entries; ++i) {
        if (at + 46 > directory.size() || u32(directory, at) != directoryEntrySignature)
            return damaged(path);
        Member member;
        member.compressedSize = u32(directory, at + 20);
        member.uncompressedSize = u32(directory, at + 24);
        const quint16 nameLength = u16(directory, at + 28);
        const quint16 extraLength = u16(directory, at + 30);
        const quint16 commentLength = u16(directory, at + 32);
        if (at + 46 + nameLength + extraLength + commentLength > directory.size())
            return damaged(path);
        const QString name = QString::fromUtf8(directory.constData() + at + 46, nameLength);
        // Zip64 keeps the real sizes in an extra field, in this order, for those that are
        // 0xFFFFFFFF in the fixed part.
        for (qsizetype extra = at + 46 + nameLength;
             extra + 4 <= at + 46 + nameLength + extraLength;) {
            const quint16 id = u16(directory, extra);
            const quint16 length = u16(directory, extra + 2);
            if (id == 0x0001) {
                qsizetype field = extra + 4;
                if (member.uncompressedSize == 0xFFFFFFFF && field + 8 <= extra + 4 + length) {
                    member.uncompressedSize = qint64(u64(directory, field));
                    field += 8;
                }
                if (member.compressedSize == 0xFFFFFFFF && field + 8 <= extra + 4 + length)
                    member.compressedSize = qint64(u64(directory, field));
            }
            extra += 4 + length;
        }
        if (member.uncompressedSize < 0 || member.compressedSize < 0)
            return damaged(path);
        members.insert(name, member);
        at += 46 + nameLength + extraLength + commentLength;
    }
    return members;
}

Result<std::unique_ptr<ZipPackage>> ZipPackage::open(const QString& path,
                                                     qint64 maxUncompressedBytes)
{
    auto members = listMembers(path);
    if (!members)
        return Error{members.error()};

    qint64 total = 0;
    for (auto it = members->cbegin(); it != members->cend(); ++it) {
        const Member& member = it.value();
        total += member.uncompressedSize;
        if (member.uncompressedSize > 1024 * 1024 &&
            member.uncompressedSize / qMax<qint64>(member.compressedSize, 1) > maxRatio)
            return fileError(
                path, Text::tr("the part “%1” would unpack from %2 to %3, more than %4 times its "
                               "packed size, as a zip bomb does; the file is not read")
                          .arg(it.key(), megabytes(member.compressedSize),
                               megabytes(member.uncompressedSize), count(maxRatio)));
        if (total > maxUncompressedBytes)
            break;
    }
    if (total > maxUncompressedBytes)
        return fileError(path,
                         Text::tr("the file would unpack to more than %1, the most that can be "
                                  "imported; the file is not read")
                             .arg(megabytes(maxUncompressedBytes)));

    std::unique_ptr<ZipPackage> package(new ZipPackage);
    package->m_path = path;
    package->m_members = std::move(members).value();
    try {
        // FreeXL and orcus take char*: QFile::encodeName gives the local 8-bit name here;
        // on Windows it would need to be UTF-8 for a name outside the ANSI code page.
        package->m_stream =
            std::make_unique<orcus::zip_archive_stream_fd>(QFile::encodeName(path).constData());
        package->m_archive = std::make_unique<orcus::zip_archive>(package->m_stream.get());
        package->m_archive->load();
    } catch (const std::exception& e) {
        return fileError(
            path,
            Text::tr("the zip package cannot be read (%1)").arg(QString::fromLocal8Bit(e.what())));
    }
    return package;
}

Result<std::vector<unsigned char>> ZipPackage::read(const QString& name) const
{
    std::vector<unsigned char> data;
    try {
        if (m_archive->read_file_entry(name.toStdString(), data)) {
            // orcus ends the buffer with a NUL for its own parsers.
            const qint64 declared = m_members.value(name).uncompressedSize;
            if (qint64(data.size()) == declared + 1 && data.back() == 0)
                data.pop_back();
            return data;
        }
    } catch (const std::exception& e) {
        return fileError(m_path, Text::tr("the part “%1” cannot be unpacked (%2); the file may be "
                                          "damaged")
                                     .arg(name, QString::fromLocal8Bit(e.what())));
    }
    return fileError(m_path,
                     Text::tr("the part “%1” is missing; the file may be damaged").arg(name));
}

} // namespace redress::spreadsheet::detail

#include "ZipPackage.h"

#include "SheetMessages.h"

#include <QFile>
#include <QXmlStreamReader>
#include <QtEndian>
#include <zip.h>

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

// libzip reads the package through this callback from a QFile rather than opening the path
// itself. Qt opens a path the same way everywhere in Redress (wide-character calls on Windows,
// so a name outside the ANSI code page works whichever libzip version vcpkg or a distribution
// ships, where zip_open's handling of names has changed between versions); and the file is
// read as libzip asks, neither loaded whole (zip_source_buffer) nor memory-mapped, where a
// file cut short while it is being read would crash the program instead of failing the read.
struct FileSource
{
    QFile* file = nullptr;
    zip_error_t error;
};

zip_int64_t zipSourceCallback(void* userdata, void* data, zip_uint64_t length,
                              zip_source_cmd_t command)
{
    auto* source = static_cast<FileSource*>(userdata);
    QFile& file = *source->file;
    switch (command) {
    case ZIP_SOURCE_OPEN:
        if (!file.isOpen() && !file.open(QIODevice::ReadOnly)) {
            zip_error_set(&source->error, ZIP_ER_OPEN, 0);
            return -1;
        }
        return file.seek(0) ? 0 : -1;
    case ZIP_SOURCE_READ: {
        const qint64 read = file.read(static_cast<char*>(data), qint64(length));
        if (read < 0)
            zip_error_set(&source->error, ZIP_ER_READ, 0);
        return read;
    }
    case ZIP_SOURCE_CLOSE:
        return 0; // kept open until the package is discarded
    case ZIP_SOURCE_STAT: {
        auto* stat = static_cast<zip_stat_t*>(data);
        zip_stat_init(stat);
        stat->size = zip_uint64_t(file.size());
        stat->valid |= ZIP_STAT_SIZE;
        return sizeof(zip_stat_t);
    }
    case ZIP_SOURCE_ERROR:
        return zip_error_to_data(&source->error, data, length);
    case ZIP_SOURCE_FREE:
        zip_error_fini(&source->error);
        delete source;
        return 0;
    case ZIP_SOURCE_SEEK: {
        const zip_int64_t at = zip_source_seek_compute_offset(
            zip_uint64_t(file.pos()), zip_uint64_t(file.size()), data, length, &source->error);
        if (at < 0)
            return -1;
        if (!file.seek(at)) {
            zip_error_set(&source->error, ZIP_ER_SEEK, 0);
            return -1;
        }
        return 0;
    }
    case ZIP_SOURCE_TELL:
        return file.pos();
    case ZIP_SOURCE_SUPPORTS:
        return zip_source_make_command_bitmap(
            ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT, ZIP_SOURCE_ERROR,
            ZIP_SOURCE_FREE, ZIP_SOURCE_SEEK, ZIP_SOURCE_TELL, ZIP_SOURCE_SUPPORTS, -1);
    default:
        zip_error_set(&source->error, ZIP_ER_OPNOTSUPP, 0);
        return -1;
    }
}

QString zipErrorText(zip_error_t* error)
{
    return QString::fromLocal8Bit(zip_error_strerror(error));
}

} // namespace

ZipPackage::~ZipPackage()
{
    if (m_archive)
        zip_discard(m_archive);
}

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
    package->m_maxInflated = maxUncompressedBytes;
    package->m_file = std::make_unique<QFile>(path);
    if (!package->m_file->open(QIODevice::ReadOnly))
        return fileError(
            path, Text::tr("the file cannot be read (%1)").arg(package->m_file->errorString()));

    auto* state = new FileSource{package->m_file.get(), {}};
    zip_error_init(&state->error);
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_function_create(zipSourceCallback, state, &error);
    if (!source) {
        zip_error_fini(&state->error);
        delete state;
        const QString why = zipErrorText(&error);
        zip_error_fini(&error);
        return fileError(path, Text::tr("the zip package cannot be read (%1)").arg(why));
    }
    package->m_archive = zip_open_from_source(source, ZIP_RDONLY, &error);
    if (!package->m_archive) {
        zip_source_free(source); // frees state too
        const QString why = zipErrorText(&error);
        zip_error_fini(&error);
        return fileError(path, Text::tr("the zip package cannot be read (%1); the file may be "
                                        "damaged")
                                   .arg(why));
    }
    zip_error_fini(&error);
    return package;
}

Result<std::unique_ptr<ZipMemberStream>> ZipPackage::stream(const QString& name) const
{
    if (!m_members.contains(name))
        return fileError(m_path,
                         Text::tr("the part “%1” is missing; the file may be damaged").arg(name));
    zip_file_t* file = zip_fopen(m_archive, name.toUtf8().constData(), 0);
    if (!file) {
        const QString why = zipErrorText(zip_get_error(m_archive));
        zip_error_clear(m_archive);
        return fileError(m_path, Text::tr("the part “%1” cannot be unpacked (%2); the file may be "
                                          "damaged")
                                     .arg(name, why));
    }
    std::unique_ptr<ZipMemberStream> stream(new ZipMemberStream);
    stream->m_file = file;
    stream->m_path = m_path;
    stream->m_part = name;
    stream->m_declared = m_members.value(name).uncompressedSize;
    stream->m_limit = m_maxInflated;
    // Unbuffered: QXmlStreamReader reads in pieces of its own, and QIODevice's buffer would
    // only copy them once more.
    stream->open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    return stream;
}

ZipMemberStream::~ZipMemberStream()
{
    if (m_file)
        zip_fclose(m_file);
}

double ZipMemberStream::fraction() const
{
    return m_declared > 0 ? qMin(1.0, double(m_inflated) / double(m_declared)) : 0.0;
}

qint64 ZipMemberStream::readData(char* data, qint64 maxSize)
{
    if (!m_failure.isEmpty())
        return -1;
    const zip_int64_t read = zip_fread(m_file, data, zip_uint64_t(maxSize));
    if (read < 0) {
        m_failure =
            fileError(m_path, Text::tr("the part “%1” cannot be unpacked (%2); the file may "
                                       "be damaged")
                                  .arg(m_part, zipErrorText(zip_file_get_error(m_file))))
                .message;
        return -1;
    }
    m_inflated += read;
    if (m_inflated > m_limit) {
        m_failure =
            fileError(m_path, Text::tr("the part “%1” unpacks to more than %2, the most that "
                                       "can be imported; the file is not read")
                                  .arg(m_part, megabytes(m_limit)))
                .message;
        return -1;
    }
    return read;
}

Error ZipMemberStream::errorFor(const QXmlStreamReader& xml) const
{
    if (!m_failure.isEmpty())
        return Error{m_failure};
    return fileError(m_path, Text::tr("the part “%1” is damaged at line %2 (%3); the file may be "
                                      "truncated")
                                 .arg(m_part, count(xml.lineNumber()), xml.errorString()));
}

} // namespace redress::spreadsheet::detail

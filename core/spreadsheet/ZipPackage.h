#pragma once

#include "util/Result.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

namespace orcus {
class zip_archive;
class zip_archive_stream;
} // namespace orcus

namespace redress::spreadsheet::detail {

// A zip package (XLSX, ODS) whose central directory has been checked before anything is
// unpacked: what every member declares it unpacks to, in all and against its compressed size,
// so a zip bomb is refused instead of read.
class ZipPackage
{
public:
    struct Member
    {
        qint64 compressedSize = 0;
        qint64 uncompressedSize = 0;
    };

    // A member whose content is more than this many times its compressed size (and over
    // 1 MiB) is refused. Deflate cannot exceed about 1,030:1; real spreadsheets stay far
    // below (the 57 MB sheet of sheetjs_large_strings.xlsx is 121:1), bombs sit near the top.
    static constexpr qint64 maxRatio = 400;

    ~ZipPackage();

    // Reads only the central directory; fails when the file is no zip, is truncated, or
    // breaks maxUncompressedBytes or maxRatio.
    static Result<std::unique_ptr<ZipPackage>> open(const QString& path,
                                                    qint64 maxUncompressedBytes);
    // Only the central directory, without the limits: for telling formats apart.
    static Result<QHash<QString, Member>> listMembers(const QString& path);

    bool contains(const QString& name) const { return m_members.contains(name); }
    // The member unpacked; fails with a message naming the file and member.
    Result<std::vector<unsigned char>> read(const QString& name) const;

private:
    ZipPackage() = default;

    QString m_path;
    QHash<QString, Member> m_members;
    std::unique_ptr<orcus::zip_archive_stream> m_stream;
    std::unique_ptr<orcus::zip_archive> m_archive;
};

} // namespace redress::spreadsheet::detail

#pragma once

#include "util/Result.h"

#include <QHash>
#include <QIODevice>
#include <QString>
#include <QStringList>
#include <memory>

class QFile;
class QXmlStreamReader;
struct zip;
struct zip_file;

namespace redress::spreadsheet::detail {

// One part of a zip package, inflated a piece at a time as it is read (QXmlStreamReader reads
// it so), never whole. Reading stops with failure() set when the part inflates to more than
// the limit: the bytes actually produced are counted, not the size the zip declares.
class ZipMemberStream : public QIODevice
{
public:
    ~ZipMemberStream() override;

    bool isSequential() const override { return true; }
    qint64 inflated() const { return m_inflated; }
    // What the zip says the part unpacks to: a hint only, never trusted past the limit.
    qint64 declaredSize() const { return m_declared; }
    // How far through the part (0..1), by the size it declares.
    double fraction() const;
    // Why reading stopped before the end of the part; empty when it did not.
    const QString& failure() const { return m_failure; }

    // The error for a QXmlStreamReader that read this stream and stopped with an error: the
    // stream's own failure when it has one, else where the XML is damaged.
    Error errorFor(const QXmlStreamReader& xml) const;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    friend class ZipPackage;
    ZipMemberStream() = default;

    zip_file* m_file = nullptr;
    QString m_path;
    QString m_part;
    qint64 m_declared = 0;
    qint64 m_limit = 0;
    qint64 m_inflated = 0;
    QString m_failure;
};

// A zip package (XLSX, ODS) whose central directory has been checked before anything is
// unpacked: what every member declares it unpacks to, in all and against its compressed size,
// so a zip bomb is refused instead of read. Members are then streamed through libzip with the
// same limit applied to what they actually inflate to.
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
    // breaks maxUncompressedBytes (declared, in all) or maxRatio. Each member read later may
    // inflate to at most maxUncompressedBytes, whatever it declared.
    static Result<std::unique_ptr<ZipPackage>> open(const QString& path,
                                                    qint64 maxUncompressedBytes);
    // Only the central directory, without the limits: for telling formats apart.
    static Result<QHash<QString, Member>> listMembers(const QString& path);

    bool contains(const QString& name) const { return m_members.contains(name); }
    // The member as a stream, opened for reading; fails with a message naming the file and
    // member.
    Result<std::unique_ptr<ZipMemberStream>> stream(const QString& name) const;

private:
    ZipPackage() = default;

    QString m_path;
    QHash<QString, Member> m_members;
    qint64 m_maxInflated = 0;
    std::unique_ptr<QFile> m_file; // read by libzip through zipSourceCallback
    zip* m_archive = nullptr;
};

} // namespace redress::spreadsheet::detail

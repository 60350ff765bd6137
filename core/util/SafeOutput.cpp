#include "SafeOutput.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <filesystem>
#include <system_error>

#ifdef Q_OS_WIN
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <io.h>
#include <windows.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace redress::safeoutput {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SafeOutput", text);
}

std::filesystem::path nativePath(const QString& path)
{
#ifdef Q_OS_WIN
    return std::filesystem::path(QDir::toNativeSeparators(path).toStdWString());
#else
    return std::filesystem::path(QFile::encodeName(path).toStdString());
#endif
}

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// The canonical path of a file that may not exist yet: its folder's canonical path and its
// name.
QString canonical(const QString& path)
{
    const QFileInfo info(path);
    const QString existing = info.canonicalFilePath();
    if (!existing.isEmpty())
        return existing;
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return QDir::cleanPath((folder.isEmpty() ? info.absolutePath() : folder) + u'/' +
                           info.fileName());
}

bool syncFolder(const QString& folder)
{
#ifdef Q_OS_WIN
    Q_UNUSED(folder);
    return true; // NTFS journals the rename itself; Windows cannot open a folder to flush it
#else
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
#endif
}

QString temporaryTemplate(const QString& target)
{
    const QFileInfo info(target);
    return info.absoluteDir().filePath(u'.' + info.fileName() + QStringLiteral(".XXXXXX.part"));
}

} // namespace

bool sameFile(const QString& a, const QString& b)
{
#if defined(Q_OS_WIN) || defined(Q_OS_DARWIN)
    const Qt::CaseSensitivity sensitivity = Qt::CaseInsensitive;
#else
    const Qt::CaseSensitivity sensitivity = Qt::CaseSensitive;
#endif
    if (canonical(a).compare(canonical(b), sensitivity) == 0)
        return true;
    std::error_code error;
    return std::filesystem::equivalent(nativePath(a), nativePath(b), error) && !error;
}

Status checkTarget(const QString& target, const Rules& rules)
{
    if (target.trimmed().isEmpty())
        return fail(tr("No file was named to write to"));
    for (const QString& database : rules.databaseFiles)
        if (sameFile(target, database))
            return fail(tr("%1 is the database itself (or one of its working files); writing "
                           "there would destroy it. Choose another file name; nothing was "
                           "written.")
                            .arg(shown(target)));
    for (const QString& input : rules.inputFiles)
        if (sameFile(target, input))
            return fail(tr("%1 is the file being read; writing there would destroy it. Choose "
                           "another file name; nothing was written.")
                            .arg(shown(target)));
    std::error_code error;
    const auto status = std::filesystem::status(nativePath(target), error);
    if (!error && std::filesystem::exists(status)) {
        if (std::filesystem::is_directory(status))
            return fail(tr("%1 is a folder; name a file inside it. Nothing was written.")
                            .arg(shown(target)));
        if (!std::filesystem::is_regular_file(status))
            return fail(tr("%1 is not an ordinary file (it is a device or other special file); "
                           "name an ordinary file. Nothing was written.")
                            .arg(shown(target)));
        if (!rules.overwrite)
            return fail(tr("%1 already exists; add --force to replace it, or choose another "
                           "name. Nothing was written.")
                            .arg(shown(target)));
    }
    const QString folder = QFileInfo(target).absolutePath();
    if (!QFileInfo(folder).isDir())
        return fail(tr("The folder %1 does not exist; nothing was written.")
                        .arg(QDir::toNativeSeparators(folder)));
    return {};
}

bool syncFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
#ifdef Q_OS_WIN
    const auto handle = reinterpret_cast<HANDLE>(_get_osfhandle(file.handle()));
    return handle != INVALID_HANDLE_VALUE && FlushFileBuffers(handle);
#else
    return ::fsync(file.handle()) == 0;
#endif
}

bool makePrivate(const QString& path)
{
#ifdef Q_OS_WIN
    Q_UNUSED(path);
    return true;
#else
    const QFileInfo info(path);
    const QFileDevice::Permissions owner =
        info.isDir() ? QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                           QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser
                     : QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                           QFileDevice::WriteUser;
    return QFile::setPermissions(path, owner);
#endif
}

bool makePrivatePath(const QString& folder)
{
    const QString absolute = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    if (QFileInfo(absolute).isDir())
        return true;
    if (!makePrivatePath(QFileInfo(absolute).absolutePath()))
        return false;
    return QDir().mkdir(absolute) && makePrivate(absolute);
}

Status install(const QString& from, const QString& target, bool overwrite)
{
    if (!syncFile(from))
        return fail(tr("%1 could not be flushed to the disk").arg(shown(from)));
    if (overwrite) {
        std::error_code error;
        std::filesystem::rename(nativePath(from), nativePath(target), error);
        if (error)
            return fail(tr("%1 could not be put in place: %2")
                            .arg(shown(target), QString::fromLocal8Bit(error.message())));
    } else if (!QFile::rename(from, target)) {
        // QFile::rename never replaces a file, so one made meanwhile survives.
        return fail(tr("%1 could not be put in place (has a file of that name appeared?); "
                       "nothing was replaced")
                        .arg(shown(target)));
    }
    syncFolder(QFileInfo(target).absolutePath());
    return {};
}

Status writeThrough(const QString& target, bool overwrite,
                    const std::function<Status(const QString& path)>& write)
{
    QString temporary;
    {
        // QTemporaryFile makes its file owner-only, and a QSaveFile the writer may open on it
        // keeps those permissions.
        QTemporaryFile file(temporaryTemplate(target));
        if (!file.open())
            return fail(tr("Cannot write in the folder %1: %2")
                            .arg(QDir::toNativeSeparators(QFileInfo(target).absolutePath()),
                                 file.errorString()));
        file.setAutoRemove(false);
        temporary = file.fileName();
    }
    Status written = write(temporary);
    if (written) {
        makePrivate(temporary);
        written = install(temporary, target, overwrite);
    } else {
        // The writer's message names the temporary file; the user knows only the target.
        written = fail(
            QString(written.error())
                .replace(temporary, target)
                .replace(QDir::toNativeSeparators(temporary), QDir::toNativeSeparators(target)));
    }
    if (!written)
        QFile::remove(temporary);
    else
        makePrivate(target);
    return written;
}

Status writeBytes(const QString& target, bool overwrite, const QByteArray& bytes)
{
    return writeThrough(target, overwrite, [&](const QString& path) -> Status {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(bytes) != bytes.size() || !file.flush())
            return fail(tr("%1 could not be written: %2").arg(shown(path), file.errorString()));
        return {};
    });
}

} // namespace redress::safeoutput

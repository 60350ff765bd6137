#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <functional>

namespace redress::safeoutput {

// What a file Redress writes must never replace.
struct Rules
{
    QStringList databaseFiles; // the open database and its -wal, -shm and -journal
    QStringList inputFiles;    // the files being read, e.g. the log being imported
    bool overwrite = false;    // an existing regular file may be replaced (--force, or asked)
};

// Refuses a target that is one of the protected files (compared as canonical paths, so a
// symbolic link or "./x/../db" is caught; without regard to case on Windows and macOS), that
// exists and is not a regular file (a folder, a device), that exists when overwrite is not
// allowed, or whose folder does not exist.
Status checkTarget(const QString& target, const Rules& rules);

// Writes `target` all or nothing: `write` fills a fresh owner-only file in the same folder,
// which is synced and then renamed over `target`. If anything fails, or the program is killed,
// `target` is as it was and the temporary file is removed (or, after a kill, left under a
// hidden name beginning with a dot).
Status writeThrough(const QString& target, bool overwrite,
                    const std::function<Status(const QString& path)>& write);
Status writeBytes(const QString& target, bool overwrite, const QByteArray& bytes);

// Moves a finished file into place: refuses to replace an existing file unless `overwrite`.
Status install(const QString& from, const QString& target, bool overwrite);

// Flushes a file's bytes to the disk, so a rename that follows cannot outrun them.
bool syncFile(const QString& path);

// Owner-only permissions: 0600 for files, 0700 for folders, on POSIX. On Windows files
// inherit the ACL of the user's profile folder, which already keeps other users out.
bool makePrivate(const QString& path);
// Creates `folder` and any missing parents, each one it creates owner-only.
bool makePrivatePath(const QString& folder);

// The same file, comparing canonical paths (and file identity when both exist).
bool sameFile(const QString& a, const QString& b);

} // namespace redress::safeoutput

#pragma once

#include <QString>
#include <QStringList>

#include "../result.h"

class QFile;
class QFileDevice;

namespace tilltro {

/// The files SQLite and Tilltro keep for the database at `databasePath`: the database itself,
/// "-wal", "-shm", "-journal" and ".lock", as absolute paths in the database's canonical
/// folder. When the database file is a symbolic link, the names beside its target are listed
/// too (SQLite keeps its -wal there). The one list every place that protects or removes these
/// files uses. Empty for an empty `databasePath`.
QStringList companionFiles(const QString& databasePath);

/// Remembers whether the -wal and -shm beside `databasePath` exist now, so that cleanUp() can
/// remove the empty ones SQLite makes when it opens a WAL-mode file, once the connection is
/// closed: a file looked at (a backup checked, a file refused) is left as it was found.
struct SideFiles {
    explicit SideFiles(QString databasePath);
    void cleanUp() const;

    QString path;
    bool hadWal = false;
    bool hadShm = false;
};

/// Whether `path` names one of companionFiles(databasePath): by name in the canonical folder,
/// or, when both exist, as the same file (a symbolic or hard link to it).
bool isCompanionFile(const QString& path, const QString& databasePath);

/// Before anything is written to `path` for the user (an export, a backup, a PDF, a CSV file):
/// refuses, with a message that names the file and says nothing was written,
///  - the database at `databasePath` or one of its companion files (Error::Kind::Invalid),
///  - anything that exists and is not an ordinary file: a folder, a pipe (FIFO), a device, a
///    socket (Invalid),
///  - a symbolic link, unless `allowSymlink` (the person chose the link in a file dialog; then
///    its target must be an ordinary file) (Invalid),
///  - a name in a folder that does not exist (Error::Kind::NotFound).
/// A new name in an existing folder and an existing ordinary file pass. Looks, never opens.
Result<void> checkOutputPath(const QString& path, const QString& databasePath = {},
                             bool allowSymlink = false);

/// Before a file the user named is read (an import, a backup to restore): it must exist and be
/// an ordinary file (symbolic links to one are followed), never a folder, a pipe, a device or
/// a socket. Looks without opening, so a pipe with no writer can never block.
Result<void> checkInputPath(const QString& path);

/// checkInputPath(), then opens `file` for reading without ever blocking on what turns out not
/// to be an ordinary file (O_NONBLOCK until the type is confirmed on the open descriptor).
/// `file` must not be open.
Result<void> openInputFile(QFile& file, const QString& path);

/// Whether a write on `file` that just failed failed for want of space: `savedErrno` (errno,
/// read right after the failed call) is ENOSPC, EDQUOT or EFBIG, or Qt reports a resource
/// error. Qt itself often says only "Unknown error" then.
bool isDiskFull(const QFileDevice& file, int savedErrno);

/// "The disk is full; <path> was not written. ..." for every writer of user files.
Error diskFullError(const QString& path);

/// Whether the file at `databasePath` is a database that Database::create() in another
/// program is making right now, so that it cannot be opened yet: the file is empty (create()
/// makes it empty and writes its first pages when the new schema commits) and was made within
/// the last minute, and its lock file is there or appears, or the file fills, within a moment
/// (waits up to a second for that). Anything else that cannot be opened is not.
bool isDatabaseBeingCreated(const QString& databasePath);

/// "Another program is creating the database <path> right now ..." (Error::Kind::Conflict):
/// for the one of two programs making the same new database at once that did not make it.
Error beingCreatedError(const QString& databasePath);

} // namespace tilltro

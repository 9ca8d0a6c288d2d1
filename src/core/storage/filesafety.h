#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

#include "../result.h"

class QFile;
class QFileDevice;
class QIODevice;

namespace tilltro::storage {

class AuditLog;
class Database;

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

/// Whether the database at `databasePath` owns the file `path`: it is one of
/// companionFiles(databasePath) (the database, its -wal, -shm, -journal or .lock), by name in
/// the canonical folder or, when both exist, as the same file (a symbolic or hard link to it).
/// The one answer to "is this the database's own file?": checkOutputPath() refuses these, so
/// no export, backup, PDF or CSV file is ever written over the database or its journals.
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

/// A file the person chose, for writeAuditedFiles().
struct UserFile {
    QString path;
    /// Whether an existing file of that name is replaced (the person chose it in a save
    /// dialog, which asked). When false it is refused (Error::Kind::Conflict): when the write
    /// starts, and again just before the transaction commits, so one that appears meanwhile is
    /// not overwritten either.
    bool replace = true;
};

/// What writeAuditedFiles() runs inside its transaction: records the audit entries with `log`
/// and writes the content of the i-th file into `out[i]` (its temporary file; see
/// writeBytes()). An error leaves everything as it was.
using AuditedContent =
    std::function<Result<void>(AuditLog& log, const std::vector<QIODevice*>& out)>;

/// Writes files the person chose (an export, a PDF, a register extract, the log as CSV) and
/// records in the audit log that they were handed out: the one way every such file is written.
/// In this order:
///  1. Refuses a read-only database (the entry could not be recorded), a call inside another
///     Database::write() (its commit would not be the one that counts), what
///     checkOutputPath(path, db.path()) refuses (the database's own files, links, pipes,
///     devices, a missing folder) and an existing file that is not to be replaced.
///  2. Opens a temporary file beside each path (QSaveFile) and makes it readable by the owner
///     only (0600, like the database) before a byte is written; a folder that cannot be
///     written fails here.
///  3. In one Database::write(): runs `content` (the entries and the bytes), then flushes and
///     syncs every temporary file to the disk, so a full disk or an I/O error shows while the
///     transaction can still be rolled back, and looks again for files that must not be
///     replaced. Then the transaction commits.
///  4. Only after the commit, renames each temporary file onto its path (atomic).
/// Any failure up to and including the commit rolls back and removes the temporary files:
/// nothing is recorded, and no file at any of the paths is touched.
///
/// Why the file comes last: the entry is committed before the file appears, so there is never
/// a file handed out that the log does not show (a lost entry would hide that personal data
/// left the program: the worst failure for an audit log), and an existing file is replaced
/// only once everything else has succeeded, so a failure never destroys it. The other order
/// (rename inside the transaction, remove again when the commit fails) cannot bring back a
/// replaced file, and its removal may fail too, leaving an unrecorded copy. What remains
/// after the commit is the rename of a complete, synced file inside its own folder, which
/// fails only when the folder or the name changes at that very moment. Then the entry stays
/// (the log says a little more was handed out than was: the safe side), the files of this call
/// already put in place that were new are removed again (all or none; a replaced one cannot
/// come back), and the message says the export is recorded but the file was not written.
///
/// A full disk is said so (diskFullError()). Call outside any transaction, on the thread that
/// uses `db`.
Result<void> writeAuditedFiles(Database& db, const std::vector<UserFile>& files,
                               const AuditedContent& content);

/// writeAuditedFiles() for one file, which replaces an existing one of that name.
Result<void>
writeAuditedFile(Database& db, const QString& path,
                 const std::function<Result<void>(AuditLog& log, QIODevice& out)>& content);

/// Writes `bytes` to `path` as writeAuditedFiles() does (checked, owner-only, atomic, an
/// existing file replaced only on success), without a database and so without an audit entry:
/// for what cannot be recorded (a PDF made while the database is open read-only). Refuses the
/// files of the database at `databasePath` when one is given.
Result<void> writeOwnerOnlyFile(const QString& path, const QByteArray& bytes,
                                const QString& databasePath = {});

/// Writes all of `bytes` to `out` (for AuditedContent); the error names the file and says when
/// the disk is full.
Result<void> writeBytes(QIODevice& out, const QByteArray& bytes);

/// Whether the file at `databasePath` is a database that Database::create() in another
/// program is making right now, so that it cannot be opened yet: the file is empty (create()
/// makes it empty and writes its first pages when the new schema commits) and was made within
/// the last minute, and its lock file is there or appears, or the file fills, within a moment
/// (waits up to a second for that). Anything else that cannot be opened is not.
bool isDatabaseBeingCreated(const QString& databasePath);

/// "Another program is creating the database <path> right now ..." (Error::Kind::Conflict):
/// for the one of two programs making the same new database at once that did not make it.
Error beingCreatedError(const QString& databasePath);

} // namespace tilltro::storage

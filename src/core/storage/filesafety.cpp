#include "filesafety.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDevice>
#include <QFileInfo>
#include <QSaveFile>
#include <QThread>

#include <sqlite3.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

#include "auditlog.h"
#include "database.h"

using namespace Qt::StringLiterals;

namespace tilltro::storage {

namespace {

class FileSafety {
    Q_DECLARE_TR_FUNCTIONS(FileSafety)
};

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

/// `path` with its folder made canonical (symbolic links and "..", resolved) when the folder
/// exists; the last part is kept as it is, so a link there is not followed.
QString inCanonicalFolder(const QString& path)
{
    const QFileInfo info(path);
    const QString folder = QDir(info.absolutePath()).canonicalPath();
    return folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
}

bool sameInode(const struct stat& a, const struct stat& b)
{
    return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

/// Refuses a path that names neither an ordinary file nor a folder (a pipe, a device, a socket)
/// as the file to write (`writing`) or to read.
Error notAnOrdinaryFile(const QString& path, bool writing)
{
    return makeError(Error::Kind::Invalid,
                     writing
                         ? FileSafety::tr("%1 is not an ordinary file (it is a pipe, a device or a "
                                          "socket). Nothing was written; choose a file.")
                               .arg(shown(path))
                         : FileSafety::tr("%1 is not an ordinary file (it is a pipe, a device or a "
                                          "socket); Tilltro reads only ordinary files.")
                               .arg(shown(path)));
}

Error aFolder(const QString& path, bool writing)
{
    return makeError(
        Error::Kind::Invalid,
        writing
            ? FileSafety::tr("%1 is a folder, not a file. Nothing was written.").arg(shown(path))
            : FileSafety::tr("%1 is a folder, not a file.").arg(shown(path)));
}

/// What stands at `path`, of `mode`, when it is not an ordinary file.
Error notAFile(const QString& path, mode_t mode, bool writing)
{
    return S_ISDIR(mode) ? aFolder(path, writing) : notAnOrdinaryFile(path, writing);
}

Error cannotRead(const QString& path, const QString& why)
{
    return makeError(Error::Kind::Io, FileSafety::tr("Cannot read %1: %2").arg(shown(path), why));
}

Error cannotRead(const QString& path, int error)
{
    return cannotRead(path, systemError(error));
}

Error cannotWrite(const QString& path, const QString& why)
{
    return makeError(
        Error::Kind::Io,
        FileSafety::tr("Cannot write %1: %2. Nothing was written.").arg(shown(path), why));
}

/// Something, even a dangling link, at `path`.
bool existsAt(const QString& path)
{
    return QFileInfo::exists(path) || QFileInfo(path).isSymLink();
}

/// Refuses an existing file where `file` must not replace one.
Result<void> checkFree(const UserFile& file)
{
    if (file.replace || !existsAt(file.path))
        return {};
    return makeError(Error::Kind::Conflict,
                     FileSafety::tr("%1 already exists and is never overwritten. Nothing was "
                                    "written; move it, or choose another name or folder.")
                         .arg(shown(file.path)));
}

/// Whether `db` is inside a transaction (a Database::write() running).
bool inTransaction(const Database& db)
{
    if (db.isServer())
        return db.inWrite();
    sqlite3* sqlite = db.sqliteHandle();
    return sqlite && sqlite3_get_autocommit(sqlite) == 0;
}

/// One file of a write: what was asked for and its temporary file.
struct Staged {
    explicit Staged(const UserFile& asked)
        : spec(asked)
        , file(asked.path)
    {
    }
    UserFile spec;
    QSaveFile file; ///< removes its temporary file when destroyed uncommitted
};
using StagedFiles = std::vector<std::unique_ptr<Staged>>;

/// Steps 1 and 2 of writeAuditedFiles(): checks every path, then opens an owner-only
/// temporary file for each.
Result<void> stage(const std::vector<UserFile>& files, const QString& databasePath,
                   StagedFiles& staged)
{
    for (const UserFile& file : files) {
        if (auto checked = checkOutputPath(file.path, databasePath); !checked)
            return checked;
        if (auto free = checkFree(file); !free)
            return free;
    }
    for (const UserFile& file : files) {
        auto& one = staged.emplace_back(std::make_unique<Staged>(file));
        if (!one->file.open(QIODevice::WriteOnly))
            return cannotWrite(file.path, one->file.errorString());
        // Personal data: readable by the owner only, like the database, from the first byte.
        if (!one->file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return cannotWrite(file.path, one->file.errorString());
    }
    return {};
}

/// The end of step 3: every byte on the disk, and the names that must stay free still free.
Result<void> finish(StagedFiles& staged)
{
    for (const auto& one : staged) {
        QSaveFile& file = one->file;
        // A write that failed earlier is remembered by the file; errno then is of no use.
        bool written = file.error() == QFileDevice::NoError && file.flush();
        int error = written ? 0 : errno;
        if (written && ::fsync(file.handle()) != 0) {
            written = false;
            error = errno;
        }
        if (written)
            continue;
        if (isDiskFull(file, error))
            return diskFullError(one->spec.path);
        return cannotWrite(one->spec.path, file.error() != QFileDevice::NoError
                                               ? file.errorString()
                                               : systemError(error));
    }
    for (const auto& one : staged) {
        if (auto free = checkFree(one->spec); !free)
            return free;
    }
    return {};
}

/// Step 4: renames every temporary file onto its path. When one fails, the files put in
/// place before it that were new are removed again. `recorded`: the entries are committed, so
/// the message says so.
Result<void> putInPlace(StagedFiles& staged, bool recorded)
{
    QStringList placed; // new files put in place by this call
    for (const auto& one : staged) {
        const QString& path = one->spec.path;
        const bool existed = existsAt(path);
        if (one->file.commit()) {
            if (!existed)
                placed << path;
            continue;
        }
        const QString why =
            isDiskFull(one->file, errno) ? diskFullError(path).message : one->file.errorString();
        Error error = recorded
                          ? makeError(Error::Kind::Io,
                                      QCoreApplication::translate(
                                          "AuditLog", "The export is recorded in the log, but %1 "
                                                      "could not be written: %2")
                                          .arg(shown(path), why))
                          : cannotWrite(path, why);
        for (const QString& other : std::as_const(placed)) {
            if (!QFile::remove(other)) {
                error.message += u' ' + FileSafety::tr("%1 could not be removed and must be "
                                                       "deleted by hand.")
                                            .arg(shown(other));
            }
        }
        return error;
    }
    return {};
}

} // namespace

QStringList companionFiles(const QString& databasePath)
{
    if (databasePath.trimmed().isEmpty())
        return {};
    QStringList bases{inCanonicalFolder(databasePath)};
    // A database reached through a symbolic link: SQLite keeps its -wal beside the target.
    const QString target = QFileInfo(databasePath).canonicalFilePath();
    if (!target.isEmpty() && !bases.contains(target))
        bases << target;
    QStringList files;
    for (const QString& base : std::as_const(bases)) {
        for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s, u".lock"_s})
            files << base + suffix;
    }
    return files;
}

bool isCompanionFile(const QString& path, const QString& databasePath)
{
    const QStringList companions = companionFiles(databasePath);
    if (companions.isEmpty() || path.trimmed().isEmpty())
        return false;
    if (companions.contains(inCanonicalFolder(path)))
        return true;
    const QString target = QFileInfo(path).canonicalFilePath();
    if (!target.isEmpty() && companions.contains(target))
        return true;
    // The same file under another name (a hard link).
    struct stat named {};
    if (::stat(QFile::encodeName(path).constData(), &named) != 0)
        return false;
    for (const QString& companion : companions) {
        struct stat own {};
        if (::stat(QFile::encodeName(companion).constData(), &own) == 0 && sameInode(own, named))
            return true;
    }
    return false;
}

Result<void> checkOutputPath(const QString& path, const QString& databasePath, bool allowSymlink)
{
    if (path.trimmed().isEmpty())
        return makeError(Error::Kind::Invalid,
                         FileSafety::tr("No file was named. Nothing was written."));
    if (isCompanionFile(path, databasePath)) {
        return makeError(
            Error::Kind::Invalid,
            FileSafety::tr("%1 is the database itself or one of its files; choose another "
                           "name. Nothing was written.")
                .arg(shown(path)));
    }
    const QByteArray native = QFile::encodeName(path);
    struct stat st {};
    if (::lstat(native.constData(), &st) != 0) {
        const int error = errno;
        const QString folder = QFileInfo(path).absolutePath();
        struct stat dir {};
        if ((error == ENOENT || error == ENOTDIR) &&
            (::stat(QFile::encodeName(folder).constData(), &dir) != 0 || !S_ISDIR(dir.st_mode))) {
            return makeError(Error::Kind::NotFound,
                             FileSafety::tr("The folder %1 does not exist. Nothing was written.")
                                 .arg(shown(folder)));
        }
        if (error == ENOENT)
            return {}; // a new name in an existing folder
        return cannotWrite(path, systemError(error));
    }
    if (S_ISLNK(st.st_mode)) {
        if (!allowSymlink || ::stat(native.constData(), &st) != 0) {
            return makeError(
                Error::Kind::Invalid,
                FileSafety::tr("%1 is a symbolic link; Tilltro does not write through links. "
                               "Nothing was written; choose the file itself.")
                    .arg(shown(path)));
        }
    }
    if (!S_ISREG(st.st_mode))
        return notAFile(path, st.st_mode, true);
    return {};
}

Result<void> checkInputPath(const QString& path)
{
    struct stat st {};
    if (path.trimmed().isEmpty() || ::stat(QFile::encodeName(path).constData(), &st) != 0) {
        const int error = path.trimmed().isEmpty() ? ENOENT : errno;
        if (error == ENOENT || error == ENOTDIR) {
            return makeError(Error::Kind::NotFound,
                             FileSafety::tr("The file %1 does not exist.").arg(shown(path)));
        }
        return cannotRead(path, error);
    }
    if (!S_ISREG(st.st_mode))
        return notAFile(path, st.st_mode, false);
    return {};
}

Result<void> openInputFile(QFile& file, const QString& path)
{
    if (auto checked = checkInputPath(path); !checked)
        return checked;
    // Non-blocking until the descriptor is known to be an ordinary file: the name may have been
    // replaced by a pipe since the check.
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return cannotRead(path, errno);
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        const int error = errno;
        ::close(fd);
        return cannotRead(path, error);
    }
    if (!S_ISREG(st.st_mode)) {
        ::close(fd);
        return notAFile(path, st.st_mode, false);
    }
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0)
        ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        const QString why = file.errorString();
        ::close(fd);
        return cannotRead(path, why);
    }
    return {};
}

bool isDiskFull(const QFileDevice& file, int savedErrno)
{
    return savedErrno == ENOSPC || savedErrno == EDQUOT || savedErrno == EFBIG ||
           file.error() == QFileDevice::ResourceError;
}

Error diskFullError(const QString& path)
{
    return makeError(
        Error::Kind::Io,
        FileSafety::tr("The disk is full; nothing was written to %1. Free some space or choose "
                       "another place.")
            .arg(shown(path)));
}

Result<void> writeAuditedFiles(Database& db, const std::vector<UserFile>& files,
                               const AuditedContent& content)
{
    if (db.isReadOnly()) {
        return makeError(Error::Kind::Io,
                         QCoreApplication::translate(
                             "Database", "The database is open read-only; nothing was saved."));
    }
    if (inTransaction(db)) { // the commit below would not be the one that counts
        return makeError(Error::Kind::Invalid,
                         FileSafety::tr("A file cannot be written for the user in the middle of "
                                        "another change to the database. Nothing was written."));
    }
    StagedFiles staged;
    if (auto r = stage(files, db.path(), staged); !r)
        return r;
    auto done = db.write([&]() -> Result<void> {
        std::vector<QIODevice*> out;
        for (const auto& one : staged)
            out.push_back(&one->file);
        AuditLog log(db);
        if (auto r = content(log, out); !r)
            return r;
        return finish(staged);
    });
    if (!done)
        return done; // the temporary files go with `staged`
    return putInPlace(staged, true);
}

Result<void>
writeAuditedFile(Database& db, const QString& path,
                 const std::function<Result<void>(AuditLog& log, QIODevice& out)>& content)
{
    return writeAuditedFiles(db, {UserFile{path}},
                             [&](AuditLog& log, const std::vector<QIODevice*>& out) {
                                 return content(log, *out.front());
                             });
}

Result<void> writeOwnerOnlyFile(const QString& path, const QByteArray& bytes,
                                const QString& databasePath)
{
    StagedFiles staged;
    if (auto r = stage({UserFile{path}}, databasePath, staged); !r)
        return r;
    if (auto r = writeBytes(staged.front()->file, bytes); !r)
        return r;
    if (auto r = finish(staged); !r)
        return r;
    return putInPlace(staged, false);
}

Result<void> writeBytes(QIODevice& out, const QByteArray& bytes)
{
    if (out.write(bytes) == bytes.size())
        return {};
    const int error = errno;
    const auto* file = qobject_cast<const QFileDevice*>(&out);
    const QString name = file ? file->fileName() : QString();
    if (file && isDiskFull(*file, error))
        return diskFullError(name);
    return cannotWrite(name, out.errorString());
}

bool isDatabaseBeingCreated(const QString& databasePath)
{
    if (databasePath.trimmed().isEmpty())
        return false;
    const QString lock = inCanonicalFolder(databasePath) + u".lock"_s;
    const auto started = std::chrono::steady_clock::now();
    for (bool waited = false;; waited = true) {
        const QFileInfo file(databasePath);
        if (!file.isFile() || file.isSymLink())
            return false;
        if (file.size() != 0)
            return waited; // filled while we waited: its creator wrote the schema
        const QDateTime made = file.lastModified();
        if (!made.isValid() || std::abs(made.secsTo(QDateTime::currentDateTime())) > 60)
            return false; // an empty file left long ago, e.g. by an interrupted creation
        if (QFileInfo(lock).isFile())
            return true; // the creator holds the lock while it writes the schema
        // Between making the file and taking the lock: a moment.
        if (std::chrono::steady_clock::now() - started > std::chrono::seconds(1))
            return false;
        QThread::msleep(20);
    }
}

Error beingCreatedError(const QString& databasePath)
{
    return makeError(Error::Kind::Conflict,
                     FileSafety::tr("Another program is creating the database %1 right now "
                                    "(perhaps another import into the same file). Nothing was "
                                    "changed; try again in a moment.")
                         .arg(shown(databasePath)));
}

SideFiles::SideFiles(QString databasePath)
    : path(std::move(databasePath))
    , hadWal(QFileInfo::exists(path + u"-wal"_s))
    , hadShm(QFileInfo::exists(path + u"-shm"_s))
{
}

void SideFiles::cleanUp() const
{
    const QString wal = path + u"-wal"_s;
    if (!hadWal && QFileInfo::exists(wal) && QFileInfo(wal).size() == 0)
        QFile::remove(wal);
    if (!hadShm && !QFileInfo::exists(wal))
        QFile::remove(path + u"-shm"_s);
}

} // namespace tilltro::storage

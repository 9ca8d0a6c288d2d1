#include "filesafety.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDevice>
#include <QFileInfo>
#include <QThread>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace tilltro {

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

Error notAnOrdinaryOutput(const QString& path)
{
    return makeError(
        Error::Kind::Invalid,
        FileSafety::tr("%1 is not an ordinary file (it is a pipe, a device or a socket). "
                       "Nothing was written; choose a file.")
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

Error notAnOrdinaryInput(const QString& path)
{
    return makeError(
        Error::Kind::Invalid,
        FileSafety::tr("%1 is not an ordinary file (it is a pipe, a device or a socket); "
                       "Tilltro reads only ordinary files.")
            .arg(shown(path)));
}

Error cannotRead(const QString& path, int error)
{
    return makeError(Error::Kind::Io,
                     FileSafety::tr("Cannot read %1: %2").arg(shown(path), systemError(error)));
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
        return makeError(Error::Kind::Io,
                         FileSafety::tr("Cannot write %1: %2. Nothing was written.")
                             .arg(shown(path), systemError(error)));
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
    if (S_ISDIR(st.st_mode))
        return aFolder(path, true);
    if (!S_ISREG(st.st_mode))
        return notAnOrdinaryOutput(path);
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
    if (S_ISDIR(st.st_mode))
        return aFolder(path, false);
    if (!S_ISREG(st.st_mode))
        return notAnOrdinaryInput(path);
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
        return S_ISDIR(st.st_mode) ? aFolder(path, false) : notAnOrdinaryInput(path);
    }
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0)
        ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        const QString why = file.errorString();
        ::close(fd);
        return makeError(Error::Kind::Io,
                         FileSafety::tr("Cannot read %1: %2").arg(shown(path), why));
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

} // namespace tilltro

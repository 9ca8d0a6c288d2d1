#include "lockfile.h"

#include <cstring>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <pwd.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace tilltro::storage {

LockFile::LockFile(QString path)
    : m_path(std::move(path))
{
}

LockFile::~LockFile()
{
    release();
}

QString LockFile::currentUserName()
{
    if (const passwd* pw = ::getpwuid(::geteuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    const QString env = qEnvironmentVariable("USER");
    return env.isEmpty() ? u"uid %1"_s.arg(::geteuid()) : env;
}

namespace {

/// The refusal when another process holds the lock. `holder` is what the lock file held: the
/// holder's user, host, process and time, one a line, each line ended. While a lock is being
/// taken the file can be empty, half written or still hold an earlier holder's lines (a holder
/// that crashed leaves its file; the new one rewrites it just after locking): those are never
/// shown, so the message has no blanks and names nobody who does not hold the lock.
QString heldMessage(const QByteArray& holder)
{
    QStringList parts = QString::fromUtf8(holder).split(u'\n');
    // A complete record ends with a line break: four lines and an empty rest.
    const bool complete = parts.size() == 5 && parts.last().isEmpty() &&
                          std::none_of(parts.cbegin(), parts.cend() - 1, [](const QString& part) {
                              return part.trimmed().isEmpty();
                          });
    bool current = complete;
    if (complete) {
        // A process of this machine that no longer exists holds nothing: the lines are stale.
        bool numeric = false;
        const qint64 pid = parts[2].toLongLong(&numeric);
        if (!numeric || pid <= 0)
            current = false;
        else if (parts[1] == QSysInfo::machineHostName() && ::kill(pid_t(pid), 0) != 0 &&
                 errno == ESRCH)
            current = false;
    }
    if (!current) {
        return QCoreApplication::translate(
            "Database", "The database is open in Tilltro, or is being opened right now (who has "
                        "it open could not be read). Close it there first, or try again in a "
                        "moment.");
    }
    return QCoreApplication::translate("Database",
                                       "The database is already open in Tilltro by %1 on %2 "
                                       "(process %3, since %4). Close it there first.")
        .arg(parts[0], parts[1], parts[2], parts[3]);
}

} // namespace

Result<void> LockFile::acquire()
{
    if (isHeld())
        return {};
    // In the canonical folder, so the name checked is the name opened and later removed.
    const QFileInfo named(m_path);
    if (const QString folder = QDir(named.absolutePath()).canonicalPath(); !folder.isEmpty())
        m_path = QDir(folder).filePath(named.fileName());
    const QByteArray native = QFile::encodeName(m_path);
    const QString shown = QDir::toNativeSeparators(m_path);
    const auto notOurs = [&]() {
        return makeError(Error::Kind::Invalid,
                         QCoreApplication::translate(
                             "Database", "The lock file %1 is not an ordinary file of yours (it is "
                                         "a link, a device or another user's file). It was left "
                                         "untouched; remove it and try again.")
                             .arg(shown));
    };
    // The holder unlinks the file before unlocking; retry if we locked a file that was unlinked
    // meanwhile, so two processes can never hold locks on two different inodes.
    for (int attempt = 0; attempt < 5; ++attempt) {
        // Never through a symbolic link (it would truncate the link's target), never blocking
        // on a pipe put there instead.
        const int fd =
            ::open(native.constData(),
                   O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY, 0600);
        if (fd < 0) {
            if (errno == ELOOP)
                return notOurs();
            return makeError(
                Error::Kind::Io,
                QCoreApplication::translate("Database", "Cannot create the lock file %1: %2")
                    .arg(m_path, QString::fromLocal8Bit(std::strerror(errno))));
        }
        // Only an ordinary file, with no other name (a hard link), of this user is ever written.
        struct stat own {};
        if (::fstat(fd, &own) != 0 || !S_ISREG(own.st_mode) || own.st_nlink > 1 ||
            own.st_uid != ::geteuid()) {
            ::close(fd);
            return notOurs();
        }
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            QByteArray holder(512, '\0');
            const ssize_t n = ::pread(fd, holder.data(), holder.size() - 1, 0);
            ::close(fd);
            holder.truncate(n > 0 ? n : 0);
            return makeError(Error::Kind::Conflict, heldMessage(holder));
        }
        struct stat byFd {};
        struct stat byPath {};
        if (::fstat(fd, &byFd) == 0 && ::lstat(native.constData(), &byPath) == 0 &&
            byFd.st_ino == byPath.st_ino && byFd.st_dev == byPath.st_dev) {
            const QByteArray info =
                (currentUserName() + u'\n' + QSysInfo::machineHostName() + u'\n' +
                 QString::number(QCoreApplication::applicationPid()) + u'\n' +
                 QDateTime::currentDateTime().toString(Qt::ISODate) + u'\n')
                    .toUtf8();
            if (::ftruncate(fd, 0) == 0 && ::pwrite(fd, info.constData(), info.size(), 0) >= 0)
                ::fsync(fd);
            m_fd = fd;
            return {};
        }
        ::close(fd);
    }
    return makeError(
        Error::Kind::Conflict,
        QCoreApplication::translate("Database", "Cannot take the lock %1.").arg(m_path));
}

void LockFile::release()
{
    if (m_fd < 0)
        return;
    ::unlink(QFile::encodeName(m_path).constData());
    ::close(m_fd);
    m_fd = -1;
}

} // namespace tilltro::storage

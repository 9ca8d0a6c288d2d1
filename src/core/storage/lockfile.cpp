#include "lockfile.h"

#include <cstring>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

#include <cerrno>
#include <fcntl.h>
#include <pwd.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace tilltro {

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
            const QStringList parts = QString::fromUtf8(holder.left(n > 0 ? n : 0)).split(u'\n');
            const QString user = parts.value(0, u"?"_s);
            const QString host = parts.value(1, u"?"_s);
            const QString pid = parts.value(2, u"?"_s);
            const QString since = parts.value(3);
            return makeError(Error::Kind::Conflict,
                             QCoreApplication::translate(
                                 "Database", "The database is already open in Tilltro by %1 on %2 "
                                             "(process %3, since %4). Close it there first.")
                                 .arg(user, host, pid, since));
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

} // namespace tilltro

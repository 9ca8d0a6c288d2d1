#pragma once

#include <QString>

#include "../result.h"

namespace tilltro::storage {

/// An exclusive lock beside a database file ("<db>.lock") so a second instance cannot edit it.
///
/// The lock is held by the operating system (flock), so a crashed process never leaves a stale
/// lock behind. The file records who holds it (user, host, process, since when) so the refusal
/// can say so.
class LockFile {
public:
    explicit LockFile(QString path);
    ~LockFile();
    LockFile(const LockFile&) = delete;
    LockFile& operator=(const LockFile&) = delete;

    /// Takes the lock or fails with Error::Kind::Conflict naming the holder.
    Result<void> acquire();
    void release();
    bool isHeld() const { return m_fd >= 0; }
    QString path() const { return m_path; }

    /// The current user's login name, as recorded in locks and the audit log.
    static QString currentUserName();

private:
    QString m_path;
    int m_fd = -1;
};

} // namespace tilltro::storage

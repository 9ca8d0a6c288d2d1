#include "backup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <limits>
#include <unistd.h>

#include "../clock.h"
#include "database.h"
#include "erasure.h"
#include "filesafety.h"

using namespace Qt::StringLiterals;

namespace tilltro::storage {

namespace {

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

/// A backup or a restored copy is never written over an existing file.
Error targetExists(const QString& absoluteTarget)
{
    return makeError(Error::Kind::Conflict,
                     QCoreApplication::translate(
                         "Backup",
                         "%1 already exists. Choose another name; an existing file is never "
                         "overwritten.")
                         .arg(native(absoluteTarget)));
}

/// fsync() a file or a folder, so a rename that follows (or has happened) survives power loss.
bool syncPath(const QString& path, bool directory)
{
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_RDONLY | O_CLOEXEC | (directory ? O_DIRECTORY : 0));
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

/// rename() that never replaces an existing `to`: renameat2(RENAME_NOREPLACE) where the file
/// system supports it, else link() + unlink(), which is just as atomic.
bool renameNoReplace(const QString& from, const QString& to, QString* error)
{
    const QByteArray f = QFile::encodeName(from);
    const QByteArray t = QFile::encodeName(to);
    if (::renameat2(AT_FDCWD, f.constData(), AT_FDCWD, t.constData(), RENAME_NOREPLACE) == 0)
        return true;
    if (errno == EINVAL || errno == ENOSYS || errno == ENOTSUP) {
        if (::link(f.constData(), t.constData()) == 0) {
            ::unlink(f.constData());
            return true;
        }
    }
    *error = QString::fromLocal8Bit(std::strerror(errno));
    return false;
}

void removeTemporary(const QString& path)
{
    for (const QString& file : companionFiles(path))
        QFile::remove(file);
}

/// Overwrites the file's bytes with zeros and syncs, before it is deleted. This reaches the disk
/// blocks on ordinary file systems (ext4, xfs); copy-on-write file systems and SSD wear
/// levelling may keep old blocks, which only full-disk encryption covers (docs/data-safety.md).
void overwriteWithZeros(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return;
    const QByteArray zeros(64 * 1024, '\0');
    for (qint64 left = file.size(); left > 0;) {
        const qint64 n = std::min<qint64>(left, zeros.size());
        if (file.write(zeros.constData(), n) != n)
            break;
        left -= n;
    }
    file.flush();
    ::fsync(file.handle());
}

/// "^<name>-YYYYMMDD-HHMMSS(-n)?.tilltro$"; any name when `name` is empty.
QRegularExpression backupPattern(const QString& name)
{
    const QString prefix =
        name.isEmpty() ? u"(.+)"_s : u"(%1)"_s.arg(QRegularExpression::escape(name));
    return QRegularExpression(u"^%1-(\\d{8})-(\\d{6})(?:-(\\d+))?\\.tilltro$"_s.arg(prefix));
}

bool newerFirst(const BackupInfo& a, const BackupInfo& b)
{
    if (a.created != b.created)
        return a.created > b.created;
    if (a.sequence != b.sequence)
        return a.sequence > b.sequence;
    return a.path > b.path;
}

/// Puts a closed copy into WAL mode, as every Tilltro working database is. Runs on the
/// temporary file before it is renamed into place; closing the connection removes the -wal and
/// -shm files again.
Result<void> makeWal(const QString& path)
{
    static std::atomic<int> counter{0};
    const QString name = u"tilltro-copy-%1"_s.arg(++counter);
    QString failure;
    {
        QSqlDatabase copy = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        copy.setDatabaseName(path);
        if (!copy.open()) {
            failure = copy.lastError().text();
        } else {
            QSqlQuery q(copy);
            if (!q.exec(u"PRAGMA journal_mode = WAL"_s) || !q.next() ||
                q.value(0).toString() != "wal"_L1)
                failure = q.lastError().text();
            q.finish();
            copy.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (!failure.isEmpty())
        return makeError(Error::Kind::Io, failure);
    return {};
}

/// backupTo(); a working copy is also put into WAL mode before it appears under its name.
Result<void> writeCopy(Database& db, const QString& target, bool workingCopy)
{
    const QFileInfo targetInfo(target);
    const QString absoluteTarget = targetInfo.absoluteFilePath();
    // Never the database or one of its companion files (a backup named "<db>-journal" would be
    // taken for the database's journal), never a pipe, a device or a missing folder.
    if (auto checked = checkOutputPath(target, db.path()); !checked)
        return checked.error();
    if (targetInfo.exists() || targetInfo.isSymLink())
        return targetExists(absoluteTarget);
    const QDir folder = targetInfo.absoluteDir();
    if (!folder.exists()) {
        return makeError(Error::Kind::NotFound,
                         QCoreApplication::translate("Backup", "The folder %1 does not exist.")
                             .arg(native(folder.absolutePath())));
    }

    // An empty, owner-only file made by us: VACUUM INTO accepts an existing empty file and keeps
    // its permissions, so the copy is never readable by others, not even for a moment.
    QString temporary;
    {
        QTemporaryFile file(folder.filePath(u".%1.XXXXXX.part"_s.arg(targetInfo.fileName())));
        file.setAutoRemove(false);
        if (!file.open()) {
            return makeError(
                Error::Kind::Io,
                QCoreApplication::translate(
                    "Backup", "Cannot write the backup in %1: %2. Nothing was written.")
                    .arg(native(folder.absolutePath()), file.errorString()));
        }
        temporary = file.fileName();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }

    QSqlQuery vacuum(db.connection());
    vacuum.prepare(u"VACUUM INTO ?"_s);
    vacuum.addBindValue(temporary);
    if (!vacuum.exec()) {
        const QSqlError error = vacuum.lastError();
        removeTemporary(temporary);
        const int code = error.nativeErrorCode().toInt() & 0xff;
        if (code == 13) // SQLITE_FULL
            return diskFullError(absoluteTarget);
        return makeError(Error::Kind::Io,
                         QCoreApplication::translate(
                             "Backup",
                             "The backup to %1 could not be written (%2): the disk may be full or "
                             "failing. Nothing was written.")
                             .arg(native(absoluteTarget), error.databaseText()));
    }
    vacuum.finish();
    if (workingCopy) {
        if (auto wal = makeWal(temporary); !wal) {
            removeTemporary(temporary);
            return makeError(Error::Kind::Io,
                             QCoreApplication::translate(
                                 "Backup", "The copy %1 could not be prepared (%2). Nothing "
                                           "was written.")
                                 .arg(native(absoluteTarget), wal.errorMessage()));
        }
    }

    QFile::setPermissions(temporary, QFile::ReadOwner | QFile::WriteOwner);
    if (!syncPath(temporary, false)) {
        removeTemporary(temporary);
        return makeError(Error::Kind::Io,
                         QCoreApplication::translate(
                             "Backup",
                             "The backup to %1 could not be written to the disk. Nothing was "
                             "written.")
                             .arg(native(absoluteTarget)));
    }
    QString renameError;
    if (!renameNoReplace(temporary, absoluteTarget, &renameError)) {
        removeTemporary(temporary);
        if (QFileInfo::exists(absoluteTarget))
            return targetExists(absoluteTarget);
        return makeError(Error::Kind::Io,
                         QCoreApplication::translate(
                             "Backup", "Cannot write the backup %1: %2. Nothing was written.")
                             .arg(native(absoluteTarget), renameError));
    }
    syncPath(folder.absolutePath(), true);
    return {};
}

/// Temporary files of backups that were cut off by a crash or a kill (".<name>.XXXXXX.part",
/// see writeCopy()) and are more than an hour old, so no running backup is disturbed.
void removeStaleTemporaries(const QDir& dir)
{
    static const QRegularExpression pattern(u"^\\..+\\.tilltro\\.[A-Za-z0-9]{6}\\.part$"_s);
    const QDateTime hourAgo = QDateTime::currentDateTimeUtc().addSecs(-3600);
    const QFileInfoList entries =
        dir.entryInfoList({u".*.part"_s}, QDir::Files | QDir::Hidden | QDir::NoSymLinks);
    for (const QFileInfo& entry : entries) {
        if (pattern.match(entry.fileName()).hasMatch() && entry.lastModified().toUTC() < hourAgo)
            QFile::remove(entry.absoluteFilePath());
    }
}

} // namespace

Result<void> backupTo(Database& db, const QString& target)
{
    return writeCopy(db, target, false);
}

QString backupFolderFor(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(u"backups"_s);
}

std::vector<BackupInfo> listBackups(const QString& folder, const QString& databaseName)
{
    std::vector<BackupInfo> backups;
    const QRegularExpression pattern = backupPattern(databaseName);
    const QFileInfoList entries =
        QDir(folder).entryInfoList({u"*.tilltro"_s}, QDir::Files | QDir::NoSymLinks | QDir::Hidden);
    for (const QFileInfo& entry : entries) {
        const QRegularExpressionMatch match = pattern.match(entry.fileName());
        if (!match.hasMatch())
            continue;
        const QDateTime created =
            QDateTime::fromString(match.captured(2) + match.captured(3), u"yyyyMMddHHmmss"_s);
        if (!created.isValid())
            continue;
        backups.push_back({entry.absoluteFilePath(), match.captured(1), created,
                           match.captured(4).toInt(), entry.size()});
    }
    std::sort(backups.begin(), backups.end(), newerFirst);
    return backups;
}

Result<QString> rotateBackups(Database& db, const QString& folder, int keep)
{
    keep = std::max(keep, 1);
    QDir dir(folder);
    if (!dir.exists()) {
        if (!dir.mkpath(u"."_s)) {
            return makeError(Error::Kind::Io, QCoreApplication::translate(
                                                  "Backup", "Cannot create the backup folder %1.")
                                                  .arg(native(folder)));
        }
        QFile::setPermissions(dir.absolutePath(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    const QString name = QFileInfo(db.path()).completeBaseName();
    const QString stamp = Clock::now().toLocalTime().toString(u"yyyyMMdd-HHmmss"_s);
    // Several in one second are numbered on from the highest number in use for that second (a
    // name freed by pruning is never reused), so the numbers keep the order they were made in.
    const QDateTime created = QDateTime::fromString(stamp, u"yyyyMMdd-HHmmss"_s);
    int sequence = 0;
    for (const BackupInfo& b : listBackups(dir.absolutePath(), name)) {
        if (b.created == created)
            sequence = std::max(sequence, std::max(b.sequence, 1));
    }
    const auto pathFor = [&](int n) {
        return dir.absoluteFilePath(n == 0 ? u"%1-%2.tilltro"_s.arg(name, stamp)
                                           : u"%1-%2-%3.tilltro"_s.arg(name, stamp).arg(n));
    };
    QString path = pathFor(sequence == 0 ? 0 : sequence + 1);
    for (int n = sequence + 2; QFileInfo::exists(path) || QFileInfo(path).isSymLink(); ++n)
        path = pathFor(n);
    if (auto written = backupTo(db, path); !written)
        return written.error();
    removeStaleTemporaries(dir);

    // Only now that the new backup is safely in place: drop the oldest beyond `keep`. The new
    // one is never dropped, even if the clock was turned back.
    std::vector<BackupInfo> others = listBackups(dir.absolutePath(), name);
    std::erase_if(others, [&](const BackupInfo& b) { return b.path == path; });
    for (size_t i = size_t(keep - 1); i < others.size(); ++i)
        QFile::remove(others[i].path);
    return path;
}

Result<int> replaceAutomaticBackups(Database& db, const QString& folder)
{
    const QString name = QFileInfo(db.path()).completeBaseName();
    if (listBackups(folder, name).empty())
        return 0;
    auto fresh = rotateBackups(db, folder, std::numeric_limits<int>::max());
    if (!fresh)
        return fresh.error();
    int removed = 0;
    for (const BackupInfo& old : listBackups(folder, name)) {
        if (old.path == fresh.value())
            continue;
        overwriteWithZeros(old.path);
        if (!QFile::remove(old.path)) {
            return makeError(
                Error::Kind::Io,
                QCoreApplication::translate(
                    "Backup", "The old backup %1 could not be deleted; delete it by hand.")
                    .arg(native(old.path)));
        }
        ++removed;
    }
    syncPath(QFileInfo(folder).absoluteFilePath(), true);
    return removed;
}

std::optional<BackupInfo> newestBackupFor(const QString& databasePath)
{
    const QString name = QFileInfo(databasePath).completeBaseName();
    for (const BackupInfo& backup : listBackups(backupFolderFor(databasePath), name)) {
        const SideFiles guard{backup.path};
        bool sound = false;
        {
            auto db = Database::open(backup.path, Database::Access::Inspect);
            sound = db.ok(); // open() has run quick_check
        }
        guard.cleanUp();
        if (sound)
            return backup;
    }
    return std::nullopt;
}

QString restoredCopyPathFor(const QString& databasePath)
{
    const QFileInfo info(databasePath);
    const QString base = QCoreApplication::translate("Backup", "%1 (restored %2)")
                             .arg(info.completeBaseName(),
                                  Clock::now().toLocalTime().toString(u"yyyy-MM-dd HHmmss"_s));
    QString path = info.absoluteDir().filePath(base + u".tilltro"_s);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = info.absoluteDir().filePath(u"%1 %2.tilltro"_s.arg(base).arg(n));
    return path;
}

Result<QString> restoreAsCopy(const QString& backup, const QString& target)
{
    // Only an ordinary file: opening a pipe with no writer would block forever.
    if (auto checked = checkInputPath(backup); !checked)
        return checked.error();
    const QString absoluteTarget = QFileInfo(target).absoluteFilePath();
    if (QFileInfo::exists(target))
        return targetExists(absoluteTarget);
    const SideFiles guard{QFileInfo(backup).absoluteFilePath()};
    Result<void> restored;
    {
        // Read-only: the backup is never changed. Inspect also accepts a backup of an older
        // schema; the copy is updated when it is opened for editing.
        auto source = Database::open(backup, Database::Access::Inspect);
        if (!source) {
            return makeError(source.error().kind, QCoreApplication::translate(
                                                      "Backup", "The backup cannot be restored: %1")
                                                      .arg(source.errorMessage()));
        }
        if (auto sound = source.value()->checkIntegrity(true); !sound) {
            restored =
                makeError(sound.error().kind,
                          QCoreApplication::translate("Backup", "The backup cannot be restored: %1")
                              .arg(sound.errorMessage()));
        } else {
            restored = writeCopy(*source.value(), absoluteTarget, true);
        }
    }
    guard.cleanUp();
    if (!restored)
        return restored.error();
    return absoluteTarget;
}

Result<ReappliedErasures> reapplyErasures(Database& restored, Database& current)
{
    ReappliedErasures result;
    // The backup's newest audit entry, looked up in the current log by id: the same time,
    // action and entity there means the backup is an earlier state of this database.
    QSqlQuery newest = restored.prepare(
        u"SELECT id, at, action, entity FROM audit_log ORDER BY id DESC LIMIT 1"_s);
    if (auto r = Database::exec(newest); !r)
        return r.error();
    qint64 since = 0;
    if (newest.next()) {
        since = newest.value(0).toLongLong();
        QSqlQuery same = current.prepare(
            u"SELECT COUNT(*) FROM audit_log WHERE id = ? AND at = ? AND action = ? AND entity = ?"_s);
        for (int i = 0; i < 4; ++i)
            same.addBindValue(newest.value(i));
        if (auto r = Database::exec(same); !r)
            return r.error();
        if (!same.next() || same.value(0).toInt() != 1)
            return result; // another database, or one whose log has diverged
    }
    newest.finish(); // no statement may stay open when the erasure cleans the file
    result.sameDatabase = true;

    QSqlQuery erased = current.prepare(uR"(SELECT DISTINCT participant_id FROM audit_log
            WHERE id > ? AND action = 'erase' AND entity = 'participant'
              AND participant_id IS NOT NULL ORDER BY participant_id)"_s);
    erased.addBindValue(since);
    if (auto r = Database::exec(erased); !r)
        return r.error();
    std::vector<qint64> candidates;
    while (erased.next())
        candidates.push_back(erased.value(0).toLongLong());
    for (const qint64 id : candidates) {
        QSqlQuery present = restored.prepare(u"SELECT 1 FROM participant WHERE id = ?"_s);
        present.addBindValue(id);
        if (auto r = Database::exec(present); !r)
            return r.error();
        if (present.next())
            result.participantIds.push_back(id);
        present.finish();
    }
    if (!result.participantIds.empty()) {
        if (auto r = eraseParticipants(restored, result.participantIds); !r)
            return r.error();
    }
    return result;
}

} // namespace tilltro::storage

#pragma once

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

#include "../result.h"

namespace tilltro::storage {

class Database;

/// One automatic backup file, as found in a backups folder.
struct BackupInfo {
    QString path;         ///< absolute path of the backup file
    QString databaseName; ///< the base name of the database it was made from ("tilltro")
    QDateTime created;    ///< local time, from the file name
    int sequence = 0;     ///< 0, or n for the n-th extra backup made in the same second
    qint64 size = 0;      ///< bytes
};

/// How many automatic backups rotateBackups() keeps by default.
inline constexpr int DefaultBackupsKept = 5;

/// Writes a consistent copy of `db` to `target` while it is open (VACUUM INTO, which reads one
/// snapshot and works on a read-only connection too). The copy is written to a temporary file
/// in the target's folder, synced, made owner-only (0600) and only then renamed to `target`, so
/// a failure (disk full, no permission) leaves no file behind. Refuses an existing `target`
/// (nothing is ever overwritten) and the database file itself. The backup is a self-contained
/// file (rollback journal, not WAL) that Tilltro opens like any database.
Result<void> backupTo(Database& db, const QString& target);

/// The folder automatic backups of the database at `databasePath` go to: "backups" beside it.
QString backupFolderFor(const QString& databasePath);

/// Makes an automatic backup "<name>-YYYYMMDD-HHMMSS.tilltro" (local time; "-2", "-3"... when
/// several are made in one second) of `db` in `folder`, created owner-only (0700) if missing,
/// then deletes the oldest automatic backups of this database beyond the newest `keep`. Only
/// files that match that pattern for this database's name are ever deleted, and nothing is
/// deleted when the new backup failed. Returns the new backup's path.
Result<QString> rotateBackups(Database& db, const QString& folder, int keep = DefaultBackupsKept);

/// After an erasure: the automatic backups made earlier still hold the erased data. Writes a
/// fresh automatic backup of `db` to `folder`, then overwrites with zeros and deletes every
/// older automatic backup of this database there. Does nothing when there are none. Returns how
/// many were removed. Backups the user made elsewhere (backupTo) are not touched.
Result<int> replaceAutomaticBackups(Database& db, const QString& folder);

/// The automatic backups in `folder`, newest first; only those of `databaseName` when given.
/// Files that do not match the backup name pattern are ignored.
std::vector<BackupInfo> listBackups(const QString& folder, const QString& databaseName = {});

/// The newest automatic backup of the database at `databasePath` (in backupFolderFor()) that
/// opens as a Tilltro database and passes quick_check, or nothing. For "the database is
/// damaged: open the newest backup instead?". Backups are only read, never changed.
std::optional<BackupInfo> newestBackupFor(const QString& databasePath);

/// A free path beside `databasePath` for a restored working copy:
/// "<name> (restored YYYY-MM-DD HHMMSS).tilltro", suffixed when taken.
QString restoredCopyPathFor(const QString& databasePath);

/// Restore: makes `target` a new working copy of `backup`. The backup must open as a Tilltro
/// database and pass a full integrity check first; it is only read, never changed. The copy is
/// written to a temporary file beside `target`, synced, made owner-only and renamed into place;
/// an existing `target` is refused. Returns the absolute path of the copy.
Result<QString> restoreAsCopy(const QString& backup, const QString& target);

/// What reapplyErasures() did.
struct ReappliedErasures {
    /// `restored` is an earlier state of `current` (its newest audit entry is in `current`'s
    /// log): only then are erasures carried over.
    bool sameDatabase = false;
    std::vector<qint64> participantIds; ///< erased again in `restored`
};

/// A restore must never bring back a deltagare who has been erased since the backup was made
/// (GDPR art. 17). When `restored` (a copy made by restoreAsCopy(), open for editing) is an
/// earlier state of `current`, every erasure `current` logged after the backup's newest audit
/// entry is applied to `restored` again (eraseParticipants(): all or nothing, traces removed).
/// Ids are never reused (AUTOINCREMENT), so an id in both logs is the same person. When the
/// backup is of another database, nothing is changed and sameDatabase is false.
Result<ReappliedErasures> reapplyErasures(Database& restored, Database& current);

} // namespace tilltro::storage

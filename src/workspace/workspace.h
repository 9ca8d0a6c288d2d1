#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include "core/analysis/statistics.h"
#include "core/domain/audit.h"
#include "core/domain/caseloadrow.h"
#include "core/domain/consent.h"
#include "core/domain/gallring.h"
#include "core/domain/handledare.h"
#include "core/domain/handlingsplan.h"
#include "core/domain/insats.h"
#include "core/domain/occasion.h"
#include "core/domain/participant.h"
#include "core/domain/serverinfo.h"
#include "core/exchange/jsonexchange.h"
#include "core/instrument/instrument.h"
#include "core/result.h"

namespace tilltro::storage {
class Database;
}

namespace tilltro::workspace {

/// What a database is opened for.
enum class Access {
    Edit,     ///< the lock, migration of an older schema, every use case
    ReadOnly, ///< reading beside an editor; nothing can be changed
    Shared,   ///< reading beside an editor, and recording in the audit log that it was read
    Inspect,  ///< ReadOnly that also accepts an older schema (`tilltro check`, backups)
};

/// When the file's pages are checked: before open() returns, or on a worker thread while the
/// caseload is already shown (startIntegrityCheck(); changes wait for the verdict).
enum class Check { OnOpen, InBackground };

/// An automatic backup offered when a database cannot be opened.
struct BackupChoice {
    QString path;
    QDateTime created;
};

/// What restoreBackup() made.
struct RestoredCopy {
    QString path;        ///< the new working copy (not opened)
    int erasedAgain = 0; ///< deltagare erased since the backup, erased again in the copy
};

/// What erase() did besides erasing.
struct Erased {
    int backupsReplaced = 0; ///< older automatic backups holding the erased data, replaced
    /// Set when the rows are gone but the clean-up of the file is still to be completed.
    QString cleanupPending;
    /// Set when the older automatic backups (which still hold the erased) could not be
    /// replaced; they are left as they were.
    QString backupsFailed;
};

/// One instrument version as listed by Workspace::instruments().
struct InstrumentEntry {
    qint64 rowId = 0; ///< 0: the built-in default, not stored in this database yet
    QString id;
    int version = 0;
    QString name;         ///< in the UI language (else the instrument's main language)
    int occasions = 0;    ///< how many occasions were answered with it
    bool builtIn = false; ///< the version built into this program (Instrument::loadDefault())
    bool forNewOccasions = false; ///< the one new occasions use
    /// Its insats categories and end reasons (Instrument::insatsLists()); whether they are its
    /// own rather than the built-in ones. Empty lists for a version this program cannot read.
    InsatsLists insatsLists;
    bool ownInsatsLists = false;
};

/// What importInstrument() did.
struct ImportedInstrument {
    InstrumentEntry entry;
    bool alreadyStored = false; ///< the same version with the same content was there already
};

/// What becomes of a database file once its deltagare are in the team database
/// (Workspace::moveToTeamDatabase()).
enum class AfterMove {
    KeepReadOnly, ///< the file stays as it was, read-only (it opens read-only from then on)
    EraseLocal,   ///< its deltagare are erased from it and its automatic backups (as erase())
};

/// What moveToTeamDatabase() did.
struct MovedToTeam {
    QStringList codes;        ///< the deltagare now in the team database
    QString localPath;        ///< the file they came from
    bool localErased = false; ///< erased from the file (else it is kept read-only)
};

/// The use cases of one open database, shared by the window and the command line, with no
/// widget in sight (QtCore only; see docs/architecture.md). It owns the Database; every change
/// goes through it, is recorded in the audit log in the same transaction (by the repositories
/// it calls), and is announced by a typed signal that the views subscribe to.
///
/// The storage behind it is a seam: today one SQLite file (core/storage); the shared server
/// storage of team mode is meant to plug in below these same calls.
class Workspace : public QObject {
    Q_OBJECT
public:
    explicit Workspace(QObject* parent = nullptr);
    ~Workspace() override;

    // --- The database -----------------------------------------------------------------------

    /// Creates a new, empty database at `path` (never over an existing file) and opens it.
    Result<void> create(const QString& path);

    /// Whether `location` names a team database (`postgresql://…`, issue 17) rather than a file.
    static bool isTeamDatabase(const QString& location);
    /// Checks the address `uri` of a team database (TLS with a verified certificate over the
    /// network, no password in it), connects and says what it found: the server, TLS, the
    /// login's role and the schema. A refusal says why in words.
    static Result<ServerInfo> checkTeamDatabase(const QString& uri);
    /// The schema version this program writes (storage::Database::SchemaVersion).
    static int schemaVersion();
    /// Opens the database at `path` in place of the open one (which stays open when this
    /// fails). For Edit: refuses a database another program is creating right now, and finishes
    /// the clean-up of an earlier erasure when the file is checked on open (the result's
    /// warning says so). The error's kind says what recovery fits: Conflict (held by another
    /// instance: reading is possible), Invalid (damaged: newestBackup()).
    Result<void> open(const QString& path, Access access = Access::Edit,
                      Check check = Check::OnOpen);
    /// Where the database of a person who has not chosen one lives (the window's first start
    /// creates it there).
    static QString defaultPath();
    /// Takes over an open database (tests, and tools that made one).
    void adopt(std::unique_ptr<storage::Database> db);
    /// Uses a database that the caller keeps (and keeps alive while this workspace uses it):
    /// for tests that prepare their data through storage and then show a widget on it.
    void borrow(storage::Database& db);
    /// Closes the database (views are told by closed()).
    void close();

    bool isOpen() const { return m_db != nullptr; }
    /// The open database is a team database on a server (issue 17).
    bool isTeam() const;
    /// What the connection to the team database found (empty for a file).
    ServerInfo serverInfo() const;
    bool isReadOnly() const;
    /// The canonical path of the open database, or empty.
    QString path() const;
    /// The open database, for the layers that read through storage themselves (report, and
    /// tests). Widgets never include a storage header: they call the workspace.
    storage::Database* database() const { return m_db; }

    /// Checks the open database's pages on a worker thread; integrityChecked() is emitted on
    /// this object's thread when the verdict is in. Changes wait for it. Not for a borrowed
    /// database (nothing happens then).
    void startIntegrityCheck();
    bool integrityCheckPending() const;
    /// The verdict of the last background check (ok while none has failed).
    const Result<void>& integrityVerdict() const { return m_verdict; }

    /// After opening for editing, once the file is known to be sound: finishes an interrupted
    /// erasure and makes the automatic backup. Ok with a warning when either failed.
    Result<void> maintain();

    /// What checkThoroughly() found.
    struct Checked {
        int schemaVersion = 0;        ///< of the file
        int programSchemaVersion = 0; ///< this program's (higher: updated when opened to edit)
    };
    /// Checks every page of the open database (PRAGMA integrity_check, not only quick_check):
    /// `tilltro check`. An error of kind Invalid when the file is damaged.
    Result<Checked> checkThoroughly() const;
    /// Fills the open, new database with fictional deltagare (`tilltro demo`).
    Result<void> fillWithDemoData();

    /// The newest automatic backup of `databasePath` that opens and is sound.
    static std::optional<BackupChoice> newestBackup(const QString& databasePath);
    /// Makes a new working copy of `backup` beside the open database (or beside the backup when
    /// none is open), re-applies the erasures the open database logged since the backup was
    /// made and logs the restore in the copy. The copy is not opened, and is removed again when
    /// any step fails. The backup and the open database are left as they are.
    Result<RestoredCopy> restoreBackup(const QString& backup);
    /// Recovery from a damaged file: the newest sound backup of `damagedPath` as a new working
    /// copy beside the damaged file (which is left as it is). Erasures are re-applied from the
    /// open database only when the backup is an earlier state of it.
    Result<RestoredCopy> recoverFromBackup(const QString& backup, const QString& damagedPath);
    /// Removes a database file that was never used, with its companion files (a restored copy
    /// that could not be opened).
    static void removeDatabaseFiles(const QString& databasePath);
    /// A consistent copy of the open database to `target` (never over an existing file).
    Result<void> backup(const QString& target);
    /// The default name of a backup made today: "<name>-YYYY-MM-DD.tilltro".
    QString suggestedBackupName() const;
    /// The folder the automatic backups of the open database go to.
    QString backupFolder() const;

    /// "Flytta till teamdatabas" (issue 17): every deltagare of the open database file, with
    /// their whole history (sensitive answers and notes included: they stay in the unit's
    /// care), into the team database at `uri` as the login's deltagare, all or nothing there.
    /// Then the local file records the move in its audit log (an export entry per deltagare)
    /// and is kept read-only or has its deltagare erased, as `after` says; this workspace then
    /// has the team database open. Refused, with nothing changed anywhere, when the team
    /// database cannot be opened or refuses any deltagare (e.g. a code already in use there).
    /// Done with a warning when the deltagare are in the team database but the local step
    /// could not be completed (the warning says what is left to do).
    Result<MovedToTeam> moveToTeamDatabase(const QString& uri, AfterMove after);

    // --- Deltagare ------------------------------------------------------------------------------

    /// Whether the caseload comes with its BIP signals (the window, `list --json`) or without
    /// (a plain `tilltro list`, which does not show them: their reads are half its time).
    enum class Signals { With, Without };
    /// The caseload with due dates and, unless asked not to, BIP signals derived for `today`.
    Result<std::vector<CaseloadRow>> caseload(const QDate& today,
                                              Signals which = Signals::With) const;
    /// One deltagare's line of the caseload (its signals for the deltagare view); none when
    /// there is no such deltagare.
    Result<std::optional<CaseloadRow>> caseloadRow(qint64 participantId, const QDate& today) const;
    Result<std::optional<Participant>> participant(qint64 id) const;
    Result<std::optional<Participant>> participantByCode(const QString& code) const;
    Result<QString> suggestCode() const;
    Result<std::vector<Consent>> consents(qint64 participantId) const;
    /// Saves a new or changed deltagare with their consents (new ones added, changed ones
    /// updated; `stored` is what was read) in one transaction. Emits participantAdded() or
    /// participantChanged().
    Result<void> saveParticipant(Participant& participant, std::vector<Consent>& consents,
                                 const std::vector<Consent>& stored);
    /// Removes the end date and reason. Emits participantChanged().
    Result<void> reopenParticipation(qint64 participantId);
    /// Erases the deltagare (GDPR art. 17), all or none, then replaces the automatic backups
    /// that still hold them. An error when nothing was erased; done with a warning when they
    /// are erased but the clean-up of the file or of the backups is still to be completed.
    /// Emits participantsErased().
    Result<Erased> erase(const std::vector<qint64>& participantIds);
    /// The retention period in years (an error, never a guess, when the setting is unreadable).
    Result<int> retentionYears() const;
    Result<std::vector<GallringCandidate>> gallringCandidates(int years, const QDate& today) const;

    // --- Occasions, insatser, plans ---------------------------------------------------------

    Result<std::vector<Occasion>> occasions(qint64 participantId) const;
    Result<std::optional<Occasion>> occasion(qint64 occasionId) const;
    /// Saves an occasion (draft or completed); a new one stores `instrument` (its version)
    /// with its first save. Emits occasionSaved().
    Result<void> saveOccasion(Occasion& occasion, const Instrument& instrument);
    /// The instrument version stored under `instrumentId`.
    Result<Instrument> instrument(qint64 instrumentId) const;
    Result<std::vector<InsatsPeriod>> insatser(qint64 participantId) const;
    /// Emits insatsChanged().
    Result<void> saveInsats(InsatsPeriod& period);
    Result<std::vector<Handlingsplan>> plans(qint64 participantId) const;
    /// Emits planChanged().
    Result<void> savePlan(Handlingsplan& plan);

    // --- Instruments -----------------------------------------------------------------------

    /// The setting that holds the row id of the instrument version new occasions use.
    static constexpr auto InstrumentForNewOccasionsKey = "instrument.forNewOccasions";
    /// Set in a database file whose deltagare were moved to a team database (where to, when):
    /// the file then opens read-only only.
    static constexpr auto MovedToTeamKey = "moved.toTeamDatabase";
    /// Every instrument version stored in the database, in the order stored, and the built-in
    /// default (rowId 0) when it is not stored yet.
    Result<std::vector<InstrumentEntry>> instruments() const;
    /// Reads an instrument definition from `path` (an ordinary file of at most 4 MB), validates
    /// it and stores it, recorded in the audit log in the same transaction. Refused (nothing
    /// stored) when invalid (the message names the file, the field and the reason) or when the
    /// database holds a different instrument of the same id and version. Importing a version
    /// already stored with the same content changes nothing. Emits instrumentsChanged() when
    /// stored.
    Result<ImportedInstrument> importInstrument(const QString& path);
    /// Makes new occasions use the instrument version stored at `rowId` (0: the built-in
    /// default, stored first), recorded in the audit log. Old occasions keep theirs. Emits
    /// instrumentsChanged().
    Result<void> setInstrumentForNewOccasions(qint64 rowId);
    /// The instrument new occasions use: the stored version chosen, else the built-in default.
    Result<Instrument> instrumentForNewOccasions() const;
    /// The insats categories and end reasons offered for new records: those of the instrument
    /// new occasions use (Instrument::insatsLists()), else the built-in ones. Cached until the
    /// database or its chosen instrument changes.
    const InsatsLists& insatsLists() const;
    /// The label of insats category `key` in `language`: from insatsLists(), else from the
    /// built-in list, else the key itself (a record is shown as it was written).
    QString insatsCategoryLabel(const QString& key, const QString& language) const;
    /// The same for end reason `key`.
    QString endReasonLabel(const QString& key, const QString& language) const;

    // --- Statistics ------------------------------------------------------------------------

    /// The unit's statistics over `filter` (anonymous: see analysis/statistics.h).
    Result<analysis::UnitStatistics> statistics(const analysis::StatisticsFilter& filter) const;
    /// The indicator keys and Tilltro options the statistics are named by.
    Result<analysis::StatisticsContext> statisticsContext() const;
    /// Writes what holds no personal data (an anonymous statistics summary, its PDF or CSV) to
    /// a file the user named: checked, owner-only, atomic, an existing file replaced only on
    /// success. Refuses the open database's own files. Not recorded in the audit log: nothing
    /// about a deltagare leaves.
    Result<void> writeAnonymousFile(const QString& path, const QByteArray& bytes) const;
    /// Reads a file the user named (a statistics summary to merge): an ordinary file (never a
    /// pipe or a device), refused when larger than `maxBytes`.
    static Result<QByteArray> readUserFile(const QString& path, qint64 maxBytes);

    // --- Handledare and settings ------------------------------------------------------------

    Result<std::vector<Handledare>> handledare() const;
    Result<std::optional<Handledare>> handledareById(qint64 id) const;
    Result<std::optional<Handledare>> currentUser() const;
    /// Adds a handledare (when `handledare.id` is 0) and makes them the one using this
    /// database. Emits handledareChanged().
    Result<void> setCurrentUser(Handledare& handledare);
    Result<std::optional<QString>> setting(const QString& key) const;
    /// Saves several settings in one transaction.
    Result<void> saveSettings(const std::vector<std::pair<QString, QString>>& values);

    // --- Exchange and the audit log ---------------------------------------------------------

    /// Imports an exchange file, all or nothing. Emits participantsImported().
    Result<exchange::ImportSummary> importFile(const QString& path,
                                               const exchange::ImportOptions& options = {});
    /// Writes an exchange file (each exported deltagare recorded in the audit log).
    Result<exchange::ExportSummary> exportFile(const QString& path,
                                               const exchange::ExportOptions& options);
    Result<std::vector<AuditEntry>> auditLog(qint64 participantId = 0) const;
    /// Reads the log for a review (one deltagare's when participantId > 0, else all) and hands
    /// it to `deliver`, inside the transaction that records the review: it is never shown
    /// unrecorded, and when `deliver` fails nothing is recorded.
    Result<void>
    reviewAuditLog(qint64 participantId,
                   const std::function<Result<void>(const std::vector<AuditEntry>&)>& deliver);
    /// The log (one deltagare's, or all) as CSV to `path`, the export itself recorded.
    Result<int> exportAuditLog(const QString& path, qint64 participantId = 0);

Q_SIGNALS:
    /// A database was opened (or another one in place of the first).
    void opened();
    /// The database was closed; nothing of it may stay on screen.
    void closed();
    void participantAdded(qint64 participantId);
    void participantChanged(qint64 participantId);
    void participantsErased(const QList<qint64>& participantIds);
    void participantsImported(const QStringList& codes);
    /// Every save of an occasion, drafts saved as they are typed too. `listed` is true when
    /// what lists show of it changed: a new occasion, or its date or state (completed).
    void occasionSaved(qint64 participantId, qint64 occasionId, bool listed);
    void insatsChanged(qint64 participantId);
    void planChanged(qint64 participantId);
    void handledareChanged();
    /// An instrument version was imported, or another chosen for new occasions.
    void instrumentsChanged();
    /// The background check reported; see integrityVerdict().
    void integrityChecked();

private:
    Result<void> requireOpen() const;
    /// Refuses with `what` when the open database is a team database (a file's task).
    Result<void> requireFile(const QString& what) const;
    /// The caseload, or one deltagare's row of it (participantId not 0).
    Result<std::vector<CaseloadRow>> caseloadRows(const QDate& today, qint64 participantId,
                                                  Signals which) const;
    Result<RestoredCopy> restoreBackupBeside(const QString& backup, const QString& beside);
    /// The row id chosen for new occasions, or 0 when none is (the built-in default).
    Result<qint64> chosenInstrumentRowId() const;

    std::unique_ptr<storage::Database> m_owned;
    storage::Database* m_db = nullptr; ///< m_owned, or a borrowed database
    Result<void> m_verdict;
    /// Bumped on every open/close, so a late verdict of a closed database is ignored.
    quint64 m_generation = 0;
    /// insatsLists() of the open database; none until asked for, and after a change.
    mutable std::optional<InsatsLists> m_insatsLists;
};

} // namespace tilltro::workspace

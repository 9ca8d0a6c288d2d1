#include "workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>
#include <string_view>

#include "core/analysis/caseload.h"
#include "core/analysis/signals.h"
#include "core/clock.h"
#include "core/storage/auditlog.h"
#include "core/storage/backup.h"
#include "core/storage/caseloadrepository.h"
#include "core/storage/database.h"
#include "core/storage/demodata.h"
#include "core/storage/erasure.h"
#include "core/storage/filesafety.h"
#include "core/storage/handledarerepository.h"
#include "core/storage/insatsrepository.h"
#include "core/storage/instrumentrepository.h"
#include "core/storage/occasionrepository.h"
#include "core/storage/participantrepository.h"
#include "core/storage/planrepository.h"
#include "core/storage/serverconnection.h"
#include "core/storage/statisticsrepository.h"

using namespace tilltro::storage;

using namespace Qt::StringLiterals;

namespace tilltro::workspace {

namespace {

Database::Access storageAccess(Access access)
{
    switch (access) {
    case Access::Edit:
        return Database::Access::ReadWrite;
    case Access::ReadOnly:
        return Database::Access::ReadOnly;
    case Access::Shared:
        return Database::Access::Shared;
    case Access::Inspect:
        return Database::Access::Inspect;
    }
    return Database::Access::ReadOnly;
}

/// The instrument new occasions use, read once: the signals and the statistics name Tilltro's
/// options and the indicators by it.
const Result<Instrument>& defaultInstrument()
{
    static const Result<Instrument> instrument = Instrument::loadDefault();
    return instrument;
}

/// Joins the warnings of the steps of one use case, each on its own line.
QString joined(const QStringList& warnings)
{
    return warnings.join(u'\n');
}

} // namespace

Workspace::Workspace(QObject* parent)
    : QObject(parent)
{
}

Workspace::~Workspace() = default;

Result<void> Workspace::requireOpen() const
{
    if (m_db)
        return {};
    return makeError(Error::Kind::Invalid, tr("No database is open."));
}

bool Workspace::isReadOnly() const
{
    return !m_db || m_db->isReadOnly();
}

QString Workspace::path() const
{
    return m_db ? m_db->path() : QString();
}

// --- The database ---------------------------------------------------------------------------

Result<void> Workspace::create(const QString& path)
{
    if (isTeamDatabase(path)) {
        return makeError(Error::Kind::Unsupported,
                         tr("%1 is a team database: it is set up on the server with the scripts "
                            "in sql/team/ (docs/team-mode.md), not created by Tilltro.")
                             .arg(path));
    }
    auto db = Database::create(path);
    if (!db)
        return db.error();
    adopt(std::move(db).value());
    return {};
}

bool Workspace::isTeamDatabase(const QString& location)
{
    return storage::isServerUri(location);
}

Result<ServerInfo> Workspace::checkTeamDatabase(const QString& uri)
{
    auto address = storage::parseServerUri(uri);
    if (!address)
        return address.error();
    return storage::checkServer(address.value());
}

int Workspace::schemaVersion()
{
    return Database::SchemaVersion;
}

Result<void> Workspace::open(const QString& path, Access access, Check check)
{
    // A team database (issue 17): the same use cases on the unit's server.
    if (isTeamDatabase(path)) {
        auto db = Database::connectServer(path, storageAccess(access));
        if (!db)
            return db.error();
        adopt(std::move(db).value());
        return {};
    }
    const auto verify =
        check == Check::OnOpen ? Database::Verify::OnOpen : Database::Verify::Deferred;
    auto db = Database::open(path, storageAccess(access), verify);
    if (!db) {
        // Another program making this database right now (e.g. an import into a new file):
        // its file is still empty, which is not "not a Tilltro database".
        if (access == Access::Edit && db.error().kind == Error::Kind::Invalid &&
            isDatabaseBeingCreated(path))
            return beingCreatedError(path);
        return db.error();
    }
    if (access == Access::Edit) {
        // Its deltagare were moved to a team database (moveToTeamDatabase()): kept as it was.
        auto moved = SettingsRepository(*db.value()).value(QString::fromLatin1(MovedToTeamKey));
        if (moved && moved.value()) {
            return makeError(Error::Kind::Conflict,
                             tr("The deltagare of %1 were moved to the team database %2. The "
                                "file is kept as it was, read-only.")
                                 .arg(QDir::toNativeSeparators(path), *moved.value()));
        }
    }
    QString warning;
    if (access == Access::Edit && check == Check::OnOpen) {
        // An earlier erasure that could not clean the file completely (disk full, killed):
        // every open for editing finishes it. Checked in the background, maintain() does.
        auto finished = finishPendingErasure(*db.value());
        if (!finished)
            return finished.error();
        if (finished.value())
            warning = tr("Completed the clean-up of an earlier erasure.");
    }
    adopt(std::move(db).value());
    return Result<void>().withWarning(warning);
}

QString Workspace::defaultPath()
{
    return Database::defaultPath();
}

void Workspace::adopt(std::unique_ptr<Database> db)
{
    const bool wasOpen = m_db != nullptr;
    ++m_generation;
    m_insatsLists.reset();
    m_db = nullptr;
    m_owned = std::move(db);
    m_db = m_owned.get();
    m_verdict = {};
    if (m_db)
        Q_EMIT opened();
    else if (wasOpen)
        Q_EMIT closed();
}

void Workspace::borrow(Database& db)
{
    adopt(nullptr);
    ++m_generation;
    m_insatsLists.reset();
    m_db = &db;
    Q_EMIT opened();
}

void Workspace::close()
{
    adopt(nullptr);
}

void Workspace::startIntegrityCheck()
{
    // Only on a database of its own: the database joins the worker before it goes, which a
    // borrowed one may do after this workspace is gone.
    if (!m_owned)
        return;
    const quint64 generation = m_generation;
    m_db->startIntegrityCheck([this, generation](const Result<void>& verdict) {
        // On the worker thread: hand the verdict to this object's thread. (The database joins
        // its worker before it is destroyed, and ~QObject drops events still posted to us.)
        QMetaObject::invokeMethod(
            this,
            [this, generation, verdict] {
                if (generation != m_generation)
                    return; // another database has been opened since
                m_verdict = verdict;
                Q_EMIT integrityChecked();
            },
            Qt::QueuedConnection);
    });
}

bool Workspace::integrityCheckPending() const
{
    return m_db && m_db->integrityCheckPending();
}

bool Workspace::isTeam() const
{
    return m_db && m_db->isServer();
}

ServerInfo Workspace::serverInfo() const
{
    return m_db ? m_db->serverInfo() : ServerInfo{};
}

Result<void> Workspace::requireFile(const QString& what) const
{
    if (!isTeam())
        return {};
    return makeError(Error::Kind::Unsupported, what);
}

Result<MovedToTeam> Workspace::moveToTeamDatabase(const QString& uri, AfterMove after)
{
    if (auto open = requireOpen(); !open)
        return open.error();
    if (isTeam() || m_db->isReadOnly()) {
        return makeError(Error::Kind::Invalid,
                         tr("Only a database file opened for editing can be moved into a team "
                            "database."));
    }
    auto team = Database::connectServer(uri);
    if (!team)
        return team.error();
    auto me = HandledareRepository(*team.value()).currentUser();
    if (!me)
        return me.error();
    if (!me.value())
        return makeError(Error::Kind::Invalid,
                         tr("The login is not connected to a handledare in the team database."));
    auto participants = ParticipantRepository(*m_db).all();
    if (!participants)
        return participants.error();
    if (participants->empty())
        return makeError(Error::Kind::Invalid, tr("The database has no deltagare to move."));

    // Everything, as it is: the team database is the unit's own storage, not a recipient.
    exchange::ExportOptions everything;
    everything.includeSensitive = true;
    auto document = exchange::buildDocument(*m_db, everything);
    if (!document)
        return document.error();
    exchange::ImportOptions asMine;
    asMine.assignTo = me.value()->id;
    auto imported = exchange::importBytes(*team.value(), document.value(), asMine);
    if (!imported)
        return imported.error(); // all or nothing: the team database is as it was

    MovedToTeam moved;
    moved.codes = imported->codes;
    moved.localPath = m_db->path();
    QStringList warnings;
    // The file says where its deltagare went, in its own log, before anything else happens to it.
    const QString details = u"moved to team database %1"_s.arg(team.value()->path());
    auto logged = m_db->write([&]() -> Result<void> {
        if (after == AfterMove::KeepReadOnly) {
            if (auto r = SettingsRepository(*m_db).setValue(
                    QString::fromLatin1(MovedToTeamKey),
                    u"%1 (%2)"_s.arg(team.value()->path(),
                                     QLocale().toString(Clock::now(), QLocale::ShortFormat)));
                !r)
                return r;
        }
        AuditLog log(*m_db);
        for (const Participant& p : participants.value()) {
            if (auto r =
                    log.record(AuditAction::Export, AuditEntity::Participant, p.id, p.id, details);
                !r)
                return r;
        }
        return {};
    });
    if (!logged) {
        warnings << tr("The move could not be recorded in the file: %1").arg(logged.errorMessage());
    }

    if (after == AfterMove::EraseLocal) {
        std::vector<qint64> ids;
        for (const Participant& p : participants.value())
            ids.push_back(p.id);
        auto erased = erase(ids);
        if (!erased) {
            warnings << tr("The deltagare are in the team database, but could not be erased from "
                           "%1: %2 Erase them there, or remove the file.")
                            .arg(QDir::toNativeSeparators(moved.localPath), erased.errorMessage());
        } else {
            moved.localErased = true;
            for (const QString& pending : {erased->cleanupPending, erased->backupsFailed}) {
                if (!pending.isEmpty())
                    warnings << pending;
            }
        }
    }
    adopt(std::move(team).value()); // the file is closed here
    if (!moved.localErased) {
        // Kept as it was, but never edited again by mistake: it opens read-only from now on.
        if (!QFile::setPermissions(moved.localPath, QFile::ReadOwner)) {
            warnings << tr("%1 could not be made read-only; it still holds the deltagare.")
                            .arg(QDir::toNativeSeparators(moved.localPath));
        }
    }
    return Result<MovedToTeam>(moved).withWarning(joined(warnings));
}

Result<void> Workspace::maintain()
{
    // A team database's backups and clean-up are the server's (docs/team-mode.md).
    if (!m_db || m_db->isReadOnly() || m_db->isServer())
        return {};
    QStringList warnings;
    if (auto pending = finishPendingErasure(*m_db); !pending)
        warnings << pending.errorMessage();
    if (auto made = rotateBackups(*m_db, backupFolderFor(m_db->path())); !made)
        warnings << tr("The automatic backup failed: %1").arg(made.errorMessage());
    return Result<void>().withWarning(joined(warnings));
}

Result<Workspace::Checked> Workspace::checkThoroughly() const
{
    if (auto open = requireOpen(); !open)
        return open.error();
    const int version = m_db->schemaVersion();
    if (auto sound = m_db->checkIntegrity(true); !sound)
        return sound.error();
    return Checked{version, Database::SchemaVersion};
}

Result<void> Workspace::fillWithDemoData()
{
    if (auto open = requireOpen(); !open)
        return open;
    if (auto file = requireFile(tr("Fictional deltagare go into a database file of their own, "
                                   "never into a team database."));
        !file)
        return file;
    if (auto filled = storage::fillWithDemoData(*m_db); !filled)
        return filled;
    Q_EMIT participantsImported({}); // many at once; the views read them all again
    return {};
}

std::optional<BackupChoice> Workspace::newestBackup(const QString& databasePath)
{
    const auto found = newestBackupFor(databasePath);
    if (!found)
        return std::nullopt;
    return BackupChoice{found->path, found->created};
}

Result<RestoredCopy> Workspace::restoreBackup(const QString& backup)
{
    // The copy goes beside the database in use (or the backup when none is open), under a new
    // name: restoring never replaces a file.
    return restoreBackupBeside(backup, m_db && !m_db->isServer() ? m_db->path() : backup);
}

Result<RestoredCopy> Workspace::recoverFromBackup(const QString& backup, const QString& damagedPath)
{
    return restoreBackupBeside(backup, damagedPath);
}

Result<RestoredCopy> Workspace::restoreBackupBeside(const QString& backup, const QString& beside)
{
    const QString target = restoredCopyPathFor(beside);
    auto copy = restoreAsCopy(backup, target);
    if (!copy)
        return copy.error();
    // Erasures made since the backup must not be undone by it, and the restore is logged in
    // the copy. If either fails, the copy is removed and nothing else has changed.
    const auto prepare = [&]() -> Result<int> {
        auto restored = Database::open(copy.value());
        if (!restored)
            return restored.error();
        int erased = 0;
        if (m_db && !m_db->isServer()) {
            auto reapplied = reapplyErasures(*restored.value(), *m_db);
            if (!reapplied)
                return reapplied.error();
            erased = int(reapplied->participantIds.size());
        }
        const QString details =
            u"backup of %1; erasures applied again: %2"_s
                .arg(QFileInfo(backup).lastModified().toUTC().toString(Qt::ISODate))
                .arg(erased);
        auto logged = restored.value()->write([&] {
            return AuditLog(*restored.value())
                .record(AuditAction::Restore, AuditEntity::Database, 0, 0, details);
        });
        if (!logged)
            return logged.error();
        return erased;
    };
    const auto prepared = prepare(); // the copy is closed again here
    if (!prepared) {
        removeDatabaseFiles(copy.value());
        return prepared.error();
    }
    return RestoredCopy{copy.value(), prepared.value()};
}

void Workspace::removeDatabaseFiles(const QString& databasePath)
{
    for (const QString& file : companionFiles(databasePath))
        QFile::remove(file);
}

Result<void> Workspace::backup(const QString& target)
{
    if (auto open = requireOpen(); !open)
        return open;
    if (auto file = requireFile(tr("A team database is backed up on its server by the IT "
                                   "department (docs/team-mode.md), not copied to a file here."));
        !file)
        return file;
    return backupTo(*m_db, target);
}

QString Workspace::suggestedBackupName() const
{
    const QString base = m_db ? QFileInfo(m_db->path()).completeBaseName() : u"tilltro"_s;
    return base + u'-' + Clock::today().toString(Qt::ISODate) + u".tilltro"_s;
}

QString Workspace::backupFolder() const
{
    return m_db && !m_db->isServer() ? backupFolderFor(m_db->path()) : QString();
}

// --- Deltagare --------------------------------------------------------------------------------

Result<std::vector<CaseloadRow>> Workspace::caseload(const QDate& today, Signals which) const
{
    return caseloadRows(today, 0, which);
}

Result<std::optional<CaseloadRow>> Workspace::caseloadRow(qint64 participantId,
                                                          const QDate& today) const
{
    auto rows = caseloadRows(today, participantId, Signals::With);
    if (!rows)
        return rows.error();
    if (rows->empty())
        return std::optional<CaseloadRow>();
    return std::optional<CaseloadRow>(std::move(rows->front()));
}

Result<std::vector<CaseloadRow>> Workspace::caseloadRows(const QDate& today, qint64 participantId,
                                                         Signals which) const
{
    if (auto open = requireOpen(); !open)
        return open.error();
    auto rows = CaseloadRepository(*m_db).load(today, participantId);
    if (!rows)
        return rows;
    analysis::deriveDue(rows.value(), today);
    if (which == Signals::Without)
        return rows;
    const auto& instrument = defaultInstrument();
    if (!instrument)
        return instrument.error();
    auto inputs = StatisticsRepository(*m_db).signalInputs(instrument.value(), participantId);
    if (!inputs)
        return inputs.error();
    const analysis::JobOriented jobOriented(insatsLists());
    for (CaseloadRow& row : rows.value()) {
        analysis::SignalInput& in = inputs.value()[row.participantId];
        in.jobOrientedCategory = jobOriented;
        in.nextDue = row.nextDue;
        in.hasConsent = row.hasConsent;
        const analysis::SignalResult result = analysis::signalsFor(in, today);
        row.bipSignals = result.signals;
        row.daysWithoutInsats = result.daysWithoutInsats;
        row.handledareChanges = result.handledareChanges;
    }
    return rows;
}

Result<std::optional<Participant>> Workspace::participant(qint64 id) const
{
    if (auto open = requireOpen(); !open)
        return open.error();
    return ParticipantRepository(*m_db).byId(id);
}

Result<std::optional<Participant>> Workspace::participantByCode(const QString& code) const
{
    if (auto open = requireOpen(); !open)
        return open.error();
    return ParticipantRepository(*m_db).byCode(code);
}

Result<QString> Workspace::suggestCode() const
{
    if (auto open = requireOpen(); !open)
        return open.error();
    return ParticipantRepository(*m_db).suggestCode();
}

Result<std::vector<Consent>> Workspace::consents(qint64 participantId) const
{
    if (auto open = requireOpen(); !open)
        return open.error();
    return ParticipantRepository(*m_db).consents(participantId);
}

Result<void> Workspace::saveParticipant(Participant& participant, std::vector<Consent>& consents,
                                        const std::vector<Consent>& stored)
{
    if (auto open = requireOpen(); !open)
        return open;
    ParticipantRepository repo(*m_db);
    const QDate today = Clock::today();
    Participant saved = participant;
    std::vector<Consent> savedConsents = consents;
    const bool isNew = saved.id == 0;
    // One transaction: the deltagare and its consents are saved together or not at all.
    auto written = m_db->write([&]() -> Result<void> {
        if (isNew) {
            if (auto r = repo.insert(saved); !r)
                return r;
        }
        // The consents before the deltagare's own row: a change of handledare (a team
        // database's handover()) may take the deltagare out of sight, and the consents must be
        // saved while they are still in it.
        for (Consent& consent : savedConsents) {
            consent.participantId = saved.id;
            if (consent.id == 0) {
                if (auto r = repo.addConsent(consent); !r)
                    return r;
                continue;
            }
            const auto before = std::find_if(stored.begin(), stored.end(),
                                             [&](const Consent& c) { return c.id == consent.id; });
            if (before == stored.end() || *before != consent) {
                if (auto r = repo.updateConsent(consent); !r)
                    return r;
            }
        }
        if (!isNew)
            return repo.update(saved, today);
        return {};
    });
    if (!written)
        return written; // rolled back: the caller keeps what was entered
    participant = saved;
    consents = savedConsents;
    if (isNew)
        Q_EMIT participantAdded(saved.id);
    else
        Q_EMIT participantChanged(saved.id);
    return {};
}

Result<void> Workspace::reopenParticipation(qint64 participantId)
{
    auto found = participant(participantId);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(Error::Kind::NotFound, tr("This participant no longer exists."));
    Participant p = *found.value();
    p.endDate = QDate();
    p.endReason.clear();
    if (auto r = ParticipantRepository(*m_db).update(p, Clock::today()); !r)
        return r;
    Q_EMIT participantChanged(participantId);
    return {};
}

Result<Erased> Workspace::erase(const std::vector<qint64>& participantIds)
{
    if (auto open = requireOpen(); !open)
        return open.error();
    if (auto file = requireFile(tr("In a team database the administratör erases a deltagare on "
                                   "the server (tilltro_erase), where it is done once for the "
                                   "whole unit and its backups. Nothing was erased."));
        !file)
        return file.error();
    if (participantIds.empty())
        return Erased{};
    Erased done;
    auto erased = eraseParticipants(*m_db, participantIds);
    if (!erased) {
        // All or none: when one is still there, nothing was erased. Otherwise the rows are gone
        // and only the clean-up of the file is left (the message says so).
        if (erased.error().kind == Error::Kind::NotFound)
            return erased.error();
        auto still = ParticipantRepository(*m_db).byId(participantIds.front());
        if (!still || still.value())
            return erased.error();
        done.cleanupPending = erased.errorMessage();
    }
    Q_EMIT participantsErased(QList<qint64>(participantIds.begin(), participantIds.end()));
    // Older automatic backups still hold the people erased: replace them.
    if (auto replaced = replaceAutomaticBackups(*m_db, backupFolderFor(m_db->path())); !replaced)
        done.backupsFailed = replaced.errorMessage();
    else
        done.backupsReplaced = replaced.value();
    QStringList warnings;
    for (const QString& warning : {done.cleanupPending, done.backupsFailed}) {
        if (!warning.isEmpty())
            warnings << warning;
    }
    return Result<Erased>(done).withWarning(joined(warnings));
}

Result<int> Workspace::retentionYears() const
{
    if (auto open = requireOpen(); !open)
        return open.error();
    return storage::retentionYears(*m_db);
}

Result<std::vector<GallringCandidate>> Workspace::gallringCandidates(int years,
                                                                     const QDate& today) const
{
    if (auto open = requireOpen(); !open)
        return open.error();
    return storage::gallringCandidates(*m_db, years, today);
}

// --- Occasions, insatser, plans -----------------------------------------------------------------

Result<std::vector<Occasion>> Workspace::occasions(qint64 participantId) const
{
    if (auto open = requireOpen(); !open)
        return open.error();
    return OccasionRepository(*m_db).forParticipant(participantId);
}

Result<std::optional<Occasion>> Workspace::occasion(qint64 occasionId) const
{
    if (auto open = requireOpen(); !open)
        return open.error();
    return OccasionRepository(*m_db).byId(occasionId);
}

Result<void> Workspace::saveOccasion(Occasion& occasion, const Instrument& instrument)
{
    if (auto open = requireOpen(); !open)
        return open;
    Occasion toSave = occasion;
    // What lists show of an occasion: that it exists, its date, whether it is completed.
    bool listed = toSave.id == 0;
    if (!listed) {
        auto stored = OccasionRepository(*m_db).byId(toSave.id);
        listed = !stored || !stored.value() || stored.value()->date != toSave.date ||
                 stored.value()->state != toSave.state;
    }
    if (toSave.instrumentId == 0) {
        // A new occasion: the instrument version it is made with is stored with its first save.
        auto instrumentId = InstrumentRepository(*m_db).ensureStored(instrument);
        if (!instrumentId)
            return instrumentId.error();
        toSave.instrumentId = instrumentId.value();
    }
    if (auto saved = OccasionRepository(*m_db).save(toSave); !saved)
        return saved;
    occasion = toSave;
    Q_EMIT occasionSaved(occasion.participantId, occasion.id, listed);
    return {};
}

Result<Instrument> Workspace::instrument(qint64 instrumentId) const
{
    if (auto open = requireOpen(); !open)
        return open.error();
    return InstrumentRepository(*m_db).load(instrumentId);
}

// --- Instruments ------------------------------------------------------------------------------

namespace {

/// An instrument definition is a few dozen kilobytes; a larger file is not one.
constexpr qint64 MaxInstrumentBytes = 4 * 1024 * 1024;

QString uiLanguage()
{
    return QLocale().name().left(2);
}

/// The audit details of an instrument version: its id and version, never personal data.
QString instrumentDetails(const QString& id, int version)
{
    return u"%1 version %2"_s.arg(id).arg(version);
}

} // namespace

// One setting, read by the storage layer too (the printed plan names insats categories with it).
static_assert(std::string_view(Workspace::InstrumentForNewOccasionsKey) ==
              std::string_view(InstrumentRepository::ForNewOccasionsKey));

Result<qint64> Workspace::chosenInstrumentRowId() const
{
    return InstrumentRepository(*m_db).chosenForNewOccasions();
}

Result<std::vector<InstrumentEntry>> Workspace::instruments() const
{
    if (auto open = requireOpen(); !open)
        return open.error();
    auto stored = InstrumentRepository(*m_db).list();
    if (!stored)
        return stored.error();
    auto chosen = chosenInstrumentRowId();
    if (!chosen)
        return chosen.error();
    const auto& builtIn = defaultInstrument();
    const QString language = uiLanguage();
    std::vector<InstrumentEntry> entries;
    bool builtInStored = false;
    for (const StoredInstrument& row : stored.value()) {
        InstrumentEntry entry;
        entry.rowId = row.rowId;
        entry.id = row.id;
        entry.version = row.version;
        entry.occasions = row.occasions;
        auto parsed = Instrument::fromJson(row.json);
        // A stored version this program cannot read is still listed (by its id): its occasions
        // exist, and the message says why it cannot be used.
        entry.name = parsed ? parsed->name(language) : row.id;
        if (parsed) {
            entry.insatsLists = parsed->insatsLists();
            entry.ownInsatsLists = parsed->hasOwnInsatsLists();
        }
        entry.builtIn = builtIn && builtIn->id() == row.id && builtIn->version() == row.version;
        builtInStored = builtInStored || entry.builtIn;
        entry.forNewOccasions =
            chosen.value() == row.rowId || (chosen.value() == 0 && entry.builtIn);
        entries.push_back(std::move(entry));
    }
    if (builtIn && !builtInStored) {
        InstrumentEntry entry;
        entry.id = builtIn->id();
        entry.version = builtIn->version();
        entry.name = builtIn->name(language);
        entry.insatsLists = builtIn->insatsLists();
        entry.builtIn = true;
        entry.forNewOccasions = chosen.value() == 0;
        entries.push_back(std::move(entry));
    }
    return entries;
}

Result<ImportedInstrument> Workspace::importInstrument(const QString& path)
{
    if (auto open = requireOpen(); !open)
        return open.error();
    const QString shownPath = QDir::toNativeSeparators(path);
    auto bytes = readUserFile(path, MaxInstrumentBytes);
    if (!bytes)
        return bytes.error();
    auto parsed = Instrument::fromJson(bytes.value());
    if (!parsed) {
        Error error = parsed.error();
        error.message = tr("%1: %2").arg(shownPath, error.message);
        return error;
    }
    const Instrument& instrument = parsed.value();
    InstrumentRepository repo(*m_db);
    ImportedInstrument imported;
    auto written = m_db->write([&]() -> Result<void> {
        auto existing = repo.findRowId(instrument.id(), instrument.version());
        if (!existing)
            return existing.error();
        auto rowId = repo.ensureStored(instrument);
        if (!rowId)
            return rowId.error();
        imported.alreadyStored = existing.value().has_value();
        imported.entry.rowId = rowId.value();
        if (imported.alreadyStored)
            return {};
        return AuditLog(*m_db).record(AuditAction::Import, AuditEntity::Instrument, rowId.value(),
                                      0, instrumentDetails(instrument.id(), instrument.version()));
    });
    if (!written) {
        Error error = written.error();
        if (error.kind == Error::Kind::Conflict)
            error.message = tr("%1: %2").arg(shownPath, error.message);
        return error;
    }
    auto listed = instruments();
    if (listed) {
        for (const InstrumentEntry& entry : listed.value()) {
            if (entry.rowId == imported.entry.rowId)
                imported.entry = entry;
        }
    }
    if (!imported.alreadyStored) {
        m_insatsLists.reset();
        Q_EMIT instrumentsChanged();
    }
    return imported;
}

Result<void> Workspace::setInstrumentForNewOccasions(qint64 rowId)
{
    if (auto open = requireOpen(); !open)
        return open;
    InstrumentRepository repo(*m_db);
    auto written = m_db->write([&]() -> Result<void> {
        qint64 chosen = rowId;
        if (chosen == 0) {
            const auto& builtIn = defaultInstrument();
            if (!builtIn)
                return builtIn.error();
            auto stored = repo.ensureStored(builtIn.value());
            if (!stored)
                return stored.error();
            chosen = stored.value();
        }
        // Only a version this program can read and use is chosen (load() validates it).
        auto instrument = repo.load(chosen);
        if (!instrument)
            return instrument.error();
        if (auto r = SettingsRepository(*m_db).setValue(
                QString::fromLatin1(InstrumentForNewOccasionsKey), QString::number(chosen));
            !r)
            return r;
        return AuditLog(*m_db).record(
            AuditAction::Update, AuditEntity::Instrument, chosen, 0,
            u"for new occasions: "_s + instrumentDetails(instrument->id(), instrument->version()));
    });
    if (!written)
        return written;
    m_insatsLists.reset();
    Q_EMIT instrumentsChanged();
    return {};
}

Result<Instrument> Workspace::instrumentForNewOccasions() const
{
    if (auto open = requireOpen(); !open)
        return open.error();
    auto chosen = chosenInstrumentRowId();
    if (!chosen)
        return chosen.error();
    if (chosen.value() == 0)
        return defaultInstrument();
    return InstrumentRepository(*m_db).load(chosen.value());
}

const InsatsLists& Workspace::insatsLists() const
{
    if (!m_insatsLists) {
        // A database that cannot say which instrument it uses still offers the built-in lists:
        // the records themselves keep whatever key they were made with.
        if (!m_db)
            return InsatsLists::defaults();
        const auto instrument = instrumentForNewOccasions();
        if (!instrument)
            return InsatsLists::defaults();
        m_insatsLists = instrument.value().insatsLists();
    }
    return *m_insatsLists;
}

QString Workspace::insatsCategoryLabel(const QString& key, const QString& language) const
{
    if (insatsLists().category(key))
        return insatsLists().categoryLabel(key, language);
    return InsatsLists::defaults().categoryLabel(key, language);
}

QString Workspace::endReasonLabel(const QString& key, const QString& language) const
{
    if (insatsLists().endReason(key))
        return insatsLists().endReasonLabel(key, language);
    return InsatsLists::defaults().endReasonLabel(key, language);
}

// --- Statistics -------------------------------------------------------------------------------

Result<analysis::StatisticsContext> Workspace::statisticsContext() const
{
    const auto& instrument = defaultInstrument();
    if (!instrument)
        return instrument.error();
    analysis::StatisticsContext context = analysis::statisticsContext(instrument.value());
    context.insatsLists = insatsLists();
    return context;
}

Result<analysis::UnitStatistics>
Workspace::statistics(const analysis::StatisticsFilter& filter) const
{
    if (auto open = requireOpen(); !open)
        return open.error();
    const auto& instrument = defaultInstrument();
    if (!instrument)
        return instrument.error();
    const auto context = statisticsContext();
    if (!context)
        return context.error();
    const auto participants = StatisticsRepository(*m_db).participants(
        instrument.value(), context.value(), filter.from, filter.to);
    if (!participants)
        return participants.error();
    return analysis::unitStatistics(participants.value(), context.value(), filter);
}

Result<void> Workspace::writeAnonymousFile(const QString& path, const QByteArray& bytes) const
{
    return writeOwnerOnlyFile(path, bytes, m_db ? m_db->path() : QString());
}

Result<QByteArray> Workspace::readUserFile(const QString& path, qint64 maxBytes)
{
    QFile file;
    if (auto opened = openInputFile(file, path); !opened)
        return opened.error();
    if (file.size() > maxBytes) {
        return makeError(Error::Kind::Invalid,
                         tr("%1 is larger than %2 MB: it is not a file this program wrote.")
                             .arg(QDir::toNativeSeparators(path))
                             .arg(maxBytes / (1024 * 1024)));
    }
    QByteArray bytes = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError || bytes.size() > maxBytes) {
        return makeError(
            Error::Kind::Io,
            tr("%1 could not be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return bytes;
}

Result<std::vector<InsatsPeriod>> Workspace::insatser(qint64 participantId) const
{
    if (auto open = requireOpen(); !open)
        return open.error();
    return InsatsRepository(*m_db).forParticipant(participantId);
}

Result<void> Workspace::saveInsats(InsatsPeriod& period)
{
    if (auto open = requireOpen(); !open)
        return open;
    if (auto saved = InsatsRepository(*m_db).save(period); !saved)
        return saved;
    Q_EMIT insatsChanged(period.participantId);
    return {};
}

Result<std::vector<Handlingsplan>> Workspace::plans(qint64 participantId) const
{
    if (auto open = requireOpen(); !open)
        return open.error();
    return PlanRepository(*m_db).forParticipant(participantId);
}

Result<void> Workspace::savePlan(Handlingsplan& plan)
{
    if (auto open = requireOpen(); !open)
        return open;
    if (auto saved = PlanRepository(*m_db).save(plan); !saved)
        return saved;
    Q_EMIT planChanged(plan.participantId);
    return {};
}

// --- Handledare and settings --------------------------------------------------------------------

Result<std::vector<Handledare>> Workspace::handledare() const
{
    if (auto open = requireOpen(); !open)
        return open.error();
    return HandledareRepository(*m_db).all();
}

Result<std::optional<Handledare>> Workspace::handledareById(qint64 id) const
{
    if (auto open = requireOpen(); !open)
        return open.error();
    return HandledareRepository(*m_db).byId(id);
}

Result<std::optional<Handledare>> Workspace::currentUser() const
{
    if (auto open = requireOpen(); !open)
        return open.error();
    return HandledareRepository(*m_db).currentUser();
}

Result<void> Workspace::setCurrentUser(Handledare& handledare)
{
    if (auto open = requireOpen(); !open)
        return open;
    HandledareRepository repo(*m_db);
    Handledare chosen = handledare;
    auto written = m_db->write([&]() -> Result<void> {
        if (chosen.id == 0) {
            if (auto r = repo.insert(chosen); !r)
                return r;
        }
        return repo.setCurrentUser(chosen.id);
    });
    if (!written)
        return written;
    handledare = chosen;
    Q_EMIT handledareChanged();
    return {};
}

Result<std::optional<QString>> Workspace::setting(const QString& key) const
{
    if (auto open = requireOpen(); !open)
        return open.error();
    return SettingsRepository(*m_db).value(key);
}

Result<void> Workspace::saveSettings(const std::vector<std::pair<QString, QString>>& values)
{
    if (auto open = requireOpen(); !open)
        return open;
    SettingsRepository settings(*m_db);
    return m_db->write([&]() -> Result<void> {
        for (const auto& [key, value] : values) {
            if (auto r = settings.setValue(key, value); !r)
                return r;
        }
        return {};
    });
}

// --- Exchange and the audit log -----------------------------------------------------------------

Result<exchange::ImportSummary> Workspace::importFile(const QString& path,
                                                      const exchange::ImportOptions& options)
{
    if (auto open = requireOpen(); !open)
        return open.error();
    exchange::ImportOptions chosen = options;
    if (m_db->isServer()) {
        // Into a team database: the deltagare become the login's (storage enforces it too).
        auto me = currentUser();
        if (!me)
            return me.error();
        if (!me.value())
            return makeError(
                Error::Kind::Invalid,
                tr("The login is not connected to a handledare in the team database."));
        chosen.assignTo = me.value()->id;
    }
    auto imported = exchange::importFile(*m_db, path, chosen);
    if (imported)
        Q_EMIT participantsImported(imported->codes);
    return imported;
}

Result<exchange::ExportSummary> Workspace::exportFile(const QString& path,
                                                      const exchange::ExportOptions& options)
{
    if (auto open = requireOpen(); !open)
        return open.error();
    return exchange::exportToFile(*m_db, path, options);
}

Result<std::vector<AuditEntry>> Workspace::auditLog(qint64 participantId) const
{
    if (auto open = requireOpen(); !open)
        return open.error();
    AuditLog log(*m_db);
    return participantId > 0 ? log.forParticipant(participantId) : log.all();
}

Result<void> Workspace::reviewAuditLog(
    qint64 participantId,
    const std::function<Result<void>(const std::vector<AuditEntry>&)>& deliver)
{
    if (auto open = requireOpen(); !open)
        return open;
    return AuditLog(*m_db).readForExport(participantId, deliver);
}

Result<int> Workspace::exportAuditLog(const QString& path, qint64 participantId)
{
    if (auto open = requireOpen(); !open)
        return open.error();
    return exportAuditLogCsv(*m_db, path, participantId);
}

} // namespace tilltro::workspace

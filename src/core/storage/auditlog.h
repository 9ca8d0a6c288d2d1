#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

#include "../domain/audit.h"
#include "../result.h"

namespace tilltro::storage {

class Database;

/// The append-only audit log. record() must be called inside the Database::write() of the
/// change it records, so the two commit or fail together.
class AuditLog {
public:
    explicit AuditLog(Database& db)
        : m_db(db)
    {
    }

    /// Appends an entry: `action` on `entity` (its id, 0 for none) about deltagare
    /// `participantId` (0 for none), now, by the current OS user. `details` is a fixed code,
    /// never personal data (auditDetailsText() words it).
    Result<void> record(AuditAction action, AuditEntity entity, qint64 entityId,
                        qint64 participantId, const QString& details = {});
    /// One deltagare's entries, oldest first.
    Result<std::vector<AuditEntry>> forParticipant(qint64 participantId) const;
    /// Every entry of the database, oldest first (for a log review).
    Result<std::vector<AuditEntry>> all() const;
    /// The newest entry about one deltagare, if any (participantCode is not read).
    Result<std::optional<AuditEntry>> newestForParticipant(qint64 participantId) const;

    /// Reads the log for a log review (one deltagare's when participantId > 0, else the whole
    /// log) and hands it to `deliver` (which writes or prints it), all inside one transaction
    /// that also records the export ("export", entity "auditlog"; details: the scope and how
    /// many entries, never personal data). The entry read does not include the export entry
    /// itself. When `deliver` fails, nothing is recorded. Refused on a read-only database,
    /// where the export could not be recorded; nothing is delivered then.
    Result<void>
    readForExport(qint64 participantId,
                  const std::function<Result<void>(const std::vector<AuditEntry>&)>& deliver);

    // For the JSON exchange (src/core/exchange):
    /// Appends an entry from another database's history (an import) with its time, user,
    /// action, entity and details as given; entity_id stays empty because ids are local to a
    /// database. Like record(), call it inside the Database::write() of the import.
    Result<void> restoreEntry(qint64 participantId, const AuditEntry& entry);

private:
    Result<std::vector<AuditEntry>> select(qint64 participantId) const;

    Database& m_db;
};

/// Writes auditLogCsv() of the log (one deltagare's when participantId > 0, else all) to
/// `path` through writeAuditedFiles(): owner-only, the export recorded in the same transaction
/// as reading the log (see AuditLog::readForExport()), the file put in place (replacing one of
/// that name) only after that transaction has committed; a failure leaves an existing file as
/// it was. Refuses what checkOutputPath() refuses (the database's own files, links, pipes,
/// devices) and a read-only database. Returns the number of entries written.
Result<int> exportAuditLogCsv(Database& db, const QString& path, qint64 participantId = 0);

} // namespace tilltro::storage

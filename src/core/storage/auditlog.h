#pragma once

#include <QDateTime>
#include <QString>

#include <vector>

#include "../result.h"

namespace tilltro {

class Database;

struct AuditEntry {
    qint64 id = 0;
    QDateTime at;
    QString osUser;
    QString action; ///< create, update, delete, erase, export, import, ...
    QString entity; ///< participant, occasion, plan, ...
    qint64 entityId = 0;
    qint64 participantId = 0;
    QString details; ///< never personal data: it outlives an erasure
};

/// The append-only audit log. record() must be called inside the Database::write() of the
/// change it records, so the two commit or fail together.
class AuditLog {
public:
    explicit AuditLog(Database& db)
        : m_db(db)
    {
    }

    Result<void> record(const QString& action, const QString& entity, qint64 entityId,
                        qint64 participantId, const QString& details = {});
    Result<std::vector<AuditEntry>> forParticipant(qint64 participantId) const;

    // For the JSON exchange (src/core/exchange):
    /// Appends an entry from another database's history (an import) with its time, user,
    /// action, entity and details as given; entity_id stays empty because ids are local to a
    /// database. Like record(), call it inside the Database::write() of the import.
    Result<void> restoreEntry(qint64 participantId, const AuditEntry& entry);

private:
    Database& m_db;
};

} // namespace tilltro

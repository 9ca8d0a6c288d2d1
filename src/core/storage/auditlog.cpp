#include "auditlog.h"

#include "../clock.h"
#include "database.h"
#include "sqlvalues.h"

using namespace Qt::StringLiterals;

namespace tilltro {

Result<void> AuditLog::record(const QString& action, const QString& entity, qint64 entityId,
                              qint64 participantId, const QString& details)
{
    QSqlQuery q = m_db.prepare(
        uR"(INSERT INTO audit_log (at, os_user, action, entity, entity_id, participant_id, details)
            VALUES (?, ?, ?, ?, ?, ?, ?))"_s);
    q.addBindValue(sql::timestamp(Clock::now()));
    q.addBindValue(LockFile::currentUserName());
    q.addBindValue(action);
    q.addBindValue(entity);
    q.addBindValue(sql::id(entityId));
    q.addBindValue(sql::id(participantId));
    q.addBindValue(sql::text(details));
    return Database::exec(q);
}

Result<std::vector<AuditEntry>> AuditLog::forParticipant(qint64 participantId) const
{
    QSqlQuery q =
        m_db.prepare(uR"(SELECT id, at, os_user, action, entity, entity_id, participant_id, details
            FROM audit_log WHERE participant_id = ? ORDER BY id)"_s);
    q.addBindValue(participantId);
    if (auto r = Database::exec(q); !r)
        return r.error();
    std::vector<AuditEntry> entries;
    while (q.next()) {
        entries.push_back({q.value(0).toLongLong(), sql::toTimestamp(q.value(1)),
                           q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                           q.value(5).toLongLong(), q.value(6).toLongLong(),
                           q.value(7).toString()});
    }
    return entries;
}

Result<void> AuditLog::restoreEntry(qint64 participantId, const AuditEntry& entry)
{
    QSqlQuery q = m_db.prepare(
        uR"(INSERT INTO audit_log (at, os_user, action, entity, entity_id, participant_id, details)
            VALUES (?, ?, ?, ?, NULL, ?, ?))"_s);
    q.addBindValue(sql::timestamp(entry.at));
    q.addBindValue(sql::text(entry.osUser));
    q.addBindValue(sql::text(entry.action));
    q.addBindValue(sql::text(entry.entity));
    q.addBindValue(sql::id(participantId));
    q.addBindValue(sql::text(entry.details));
    return Database::exec(q);
}

} // namespace tilltro

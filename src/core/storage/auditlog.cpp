#include "auditlog.h"

#include <QCoreApplication>

#include "../clock.h"
#include "database.h"
#include "filesafety.h"
#include "sqlvalues.h"

using namespace Qt::StringLiterals;

namespace tilltro::storage {

namespace {

Error readOnlyLogExport()
{
    return makeError(Error::Kind::Invalid,
                     QCoreApplication::translate(
                         "AuditLog", "The database is open read-only. Exporting the log is "
                                     "recorded in the log, so it needs the database open for "
                                     "editing."));
}

} // namespace

Result<void> AuditLog::record(AuditAction action, AuditEntity entity, qint64 entityId,
                              qint64 participantId, const QString& details)
{
    // A team database's triggers record every change of these rows themselves, in the same
    // transaction and with the login (sql/team/team.sql); the program adds what the server
    // cannot see: exports, prints, extracts, imports, instruments.
    if (m_db.isServer() &&
        (action == AuditAction::Create || action == AuditAction::Update ||
         action == AuditAction::Delete) &&
        (entity == AuditEntity::Participant || entity == AuditEntity::Occasion ||
         entity == AuditEntity::Insats || entity == AuditEntity::Plan ||
         entity == AuditEntity::Consent || entity == AuditEntity::Handledare))
        return {};
    QSqlQuery q = m_db.prepare(
        uR"(INSERT INTO audit_log (at, os_user, action, entity, entity_id, participant_id, details)
            VALUES (?, ?, ?, ?, ?, ?, ?))"_s);
    q.addBindValue(sql::timestamp(Clock::now()));
    q.addBindValue(LockFile::currentUserName());
    q.addBindValue(auditActionKey(action));
    q.addBindValue(auditEntityKey(entity));
    q.addBindValue(sql::id(entityId));
    q.addBindValue(sql::id(participantId));
    q.addBindValue(sql::text(details));
    return Database::exec(q);
}

Result<std::vector<AuditEntry>> AuditLog::forParticipant(qint64 participantId) const
{
    return select(participantId);
}

Result<std::vector<AuditEntry>> AuditLog::all() const
{
    return select(0);
}

Result<std::optional<AuditEntry>> AuditLog::newestForParticipant(qint64 participantId) const
{
    QSqlQuery q =
        m_db.prepare(uR"(SELECT id, at, os_user, action, entity, entity_id, participant_id, details
            FROM audit_log WHERE participant_id = ? ORDER BY id DESC LIMIT 1)"_s);
    q.addBindValue(participantId);
    if (auto r = Database::exec(q); !r)
        return r.error();
    if (!q.next())
        return std::optional<AuditEntry>();
    return std::optional<AuditEntry>(AuditEntry{q.value(0).toLongLong(),
                                                sql::toTimestamp(q.value(1)),
                                                q.value(2).toString(),
                                                q.value(3).toString(),
                                                q.value(4).toString(),
                                                q.value(5).toLongLong(),
                                                q.value(6).toLongLong(),
                                                q.value(7).toString(),
                                                {}});
}

Result<std::vector<AuditEntry>> AuditLog::select(qint64 participantId) const
{
    // The code is joined in for the reader; the log itself holds only ids.
    QString sql = uR"(SELECT a.id, a.at, a.os_user, a.action, a.entity, a.entity_id,
            a.participant_id, a.details, p.code
        FROM audit_log a LEFT JOIN participant p ON p.id = a.participant_id)"_s;
    if (participantId > 0)
        sql += u" WHERE a.participant_id = ?"_s;
    sql += u" ORDER BY a.id"_s;
    QSqlQuery q = m_db.prepare(sql);
    if (participantId > 0)
        q.addBindValue(participantId);
    if (auto r = Database::exec(q); !r)
        return r.error();
    std::vector<AuditEntry> entries;
    while (q.next()) {
        entries.push_back({q.value(0).toLongLong(), sql::toTimestamp(q.value(1)),
                           q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                           q.value(5).toLongLong(), q.value(6).toLongLong(), q.value(7).toString(),
                           q.value(8).toString()});
    }
    return entries;
}

Result<void>
AuditLog::readForExport(qint64 participantId,
                        const std::function<Result<void>(const std::vector<AuditEntry>&)>& deliver)
{
    // Every export is recorded: nothing is delivered where it cannot be.
    if (m_db.isReadOnly())
        return readOnlyLogExport();
    return m_db.write([&]() -> Result<void> {
        auto entries = select(participantId);
        if (!entries)
            return entries.error();
        const QString details =
            (participantId > 0 ? u"participant log, %1 entries"_s : u"whole log, %1 entries"_s)
                .arg(entries.value().size());
        if (auto r = record(AuditAction::Export, AuditEntity::AuditLog, 0, participantId, details);
            !r)
            return r;
        return deliver(entries.value());
    });
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

Result<int> exportAuditLogCsv(Database& db, const QString& path, qint64 participantId)
{
    if (db.isReadOnly())
        return readOnlyLogExport();
    int count = 0;
    auto done = writeAuditedFile(db, path, [&](AuditLog& log, QIODevice& out) {
        return log.readForExport(participantId,
                                 [&](const std::vector<AuditEntry>& entries) -> Result<void> {
                                     count = int(entries.size());
                                     return writeBytes(out, auditLogCsv(entries));
                                 });
    });
    if (!done)
        return done.error();
    return count;
}

} // namespace tilltro::storage

#include "erasure.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

#include "../clock.h"
#include "auditlog.h"
#include "database.h"
#include "handledarerepository.h"
#include "sqlvalues.h"

using namespace Qt::StringLiterals;

namespace tilltro::storage {

namespace {

/// Set in the transaction that erases, cleared once the file has been cleaned: an erasure
/// interrupted between the two (a crash, a full disk, a reader) is finished later.
constexpr auto PendingKey = "erasure_cleanup_pending";

Result<bool> cleanupPending(Database& db)
{
    QSqlQuery q = db.prepare(u"SELECT 1 FROM app_setting WHERE key = ?"_s);
    q.addBindValue(QString::fromLatin1(PendingKey));
    if (auto r = Database::exec(q); !r)
        return r.error();
    return q.next();
}

Result<int> count(Database& db, const QString& sql, qint64 participantId)
{
    QSqlQuery q = db.prepare(sql);
    q.addBindValue(participantId);
    if (auto r = Database::exec(q); !r)
        return r.error();
    return q.next() ? q.value(0).toInt() : 0;
}

/// Every text stored about the deltagare (identity and free texts), to look for in the audit
/// log. Every parameter is the participant id.
const char* const PersonalTexts = R"(
    SELECT code FROM participant WHERE id = ?
    UNION ALL SELECT name FROM participant WHERE id = ?
    UNION ALL SELECT personnummer FROM participant WHERE id = ?
    UNION ALL SELECT substr(personnummer, 3) FROM participant WHERE id = ?
    UNION ALL SELECT party FROM consent WHERE participant_id = ?
    UNION ALL SELECT notes FROM occasion WHERE participant_id = ?
    UNION ALL SELECT e.before_value FROM occasion_edit e JOIN occasion o ON o.id = e.occasion_id
        WHERE o.participant_id = ?
    UNION ALL SELECT e.after_value FROM occasion_edit e JOIN occasion o ON o.id = e.occasion_id
        WHERE o.participant_id = ?
    UNION ALL SELECT title FROM insats WHERE participant_id = ?
    UNION ALL SELECT goal_text FROM plan WHERE participant_id = ?
    UNION ALL SELECT d.what FROM delmal d JOIN plan p ON p.id = d.plan_id WHERE p.participant_id = ?
    UNION ALL SELECT d.why FROM delmal d JOIN plan p ON p.id = d.plan_id WHERE p.participant_id = ?
    UNION ALL SELECT d.follow_up FROM delmal d JOIN plan p ON p.id = d.plan_id
        WHERE p.participant_id = ?
    UNION ALL SELECT d.responsible_name FROM delmal d JOIN plan p ON p.id = d.plan_id
        WHERE p.participant_id = ?
    UNION ALL SELECT a.what FROM activity a JOIN delmal d ON d.id = a.delmal_id
        JOIN plan p ON p.id = d.plan_id WHERE p.participant_id = ?
    UNION ALL SELECT a.who FROM activity a JOIN delmal d ON d.id = a.delmal_id
        JOIN plan p ON p.id = d.plan_id WHERE p.participant_id = ?)";

/// Audit entries hold no personal data, and Tilltro never writes any there; but entries
/// imported from another database carry that database's text. Any entry about the deltagare
/// whose details contain one of their stored texts has its details replaced by "redacted". The
/// entry itself (id, time, user, action) stays. The audit log refuses UPDATE, so this is a
/// DELETE and an INSERT of the same row, inside the erasing transaction.
Result<void> redactAuditDetails(Database& db, qint64 participantId)
{
    const QString sql = QString::fromLatin1(PersonalTexts);
    QSqlQuery texts = db.prepare(sql);
    for (qsizetype i = 0, n = sql.count(u'?'); i < n; ++i)
        texts.addBindValue(participantId);
    if (auto r = Database::exec(texts); !r)
        return r;
    QStringList personal;
    while (texts.next()) {
        const QString text = texts.value(0).toString().trimmed();
        if (text.size() >= 4)
            personal << text;
    }
    texts.finish();

    QSqlQuery entries =
        db.prepare(u"SELECT id, at, os_user, action, entity, entity_id, details FROM audit_log "
                   u"WHERE participant_id = ? AND details <> ''"_s);
    entries.addBindValue(participantId);
    if (auto r = Database::exec(entries); !r)
        return r;
    std::vector<std::vector<QVariant>> redact;
    while (entries.next()) {
        const QString details = entries.value(6).toString();
        const bool leaks = std::any_of(personal.begin(), personal.end(), [&](const QString& t) {
            return details.contains(t, Qt::CaseInsensitive);
        });
        if (leaks) {
            redact.push_back({entries.value(0), entries.value(1), entries.value(2),
                              entries.value(3), entries.value(4), entries.value(5)});
        }
    }
    entries.finish();
    for (const auto& row : redact) {
        QSqlQuery remove = db.prepare(u"DELETE FROM audit_log WHERE id = ?"_s);
        remove.addBindValue(row[0]);
        if (auto r = Database::exec(remove); !r)
            return r;
        QSqlQuery insert = db.prepare(
            uR"(INSERT INTO audit_log (id, at, os_user, action, entity, entity_id, participant_id,
                details) VALUES (?, ?, ?, ?, ?, ?, ?, 'redacted'))"_s);
        for (const QVariant& value : row)
            insert.addBindValue(value);
        insert.addBindValue(participantId);
        if (auto r = Database::exec(insert); !r)
            return r;
    }
    return {};
}

Result<void> eraseOne(Database& db, qint64 participantId)
{
    QSqlQuery exists = db.prepare(u"SELECT 1 FROM participant WHERE id = ?"_s);
    exists.addBindValue(participantId);
    if (auto r = Database::exec(exists); !r)
        return r;
    if (!exists.next()) {
        return makeError(Error::Kind::NotFound,
                         QCoreApplication::translate(
                             "Erasure", "The deltagare no longer exists; nothing was erased."));
    }
    exists.finish();

    // Counts only: the audit entry must hold no personal data, since it outlives the erasure.
    QStringList details;
    const std::pair<const char*, QString> counted[] = {
        {"occasions", u"SELECT COUNT(*) FROM occasion WHERE participant_id = ?"_s},
        {"insatser", u"SELECT COUNT(*) FROM insats WHERE participant_id = ?"_s},
        {"plans", u"SELECT COUNT(*) FROM plan WHERE participant_id = ?"_s},
        {"consents", u"SELECT COUNT(*) FROM consent WHERE participant_id = ?"_s},
    };
    for (const auto& [what, sql] : counted) {
        auto n = count(db, sql, participantId);
        if (!n)
            return n.error();
        details << u"%1=%2"_s.arg(QLatin1StringView(what)).arg(n.value());
    }

    if (auto r = redactAuditDetails(db, participantId); !r)
        return r;

    // Every table about a deltagare references participant(id) ON DELETE CASCADE, and the
    // tables below those (answer, occasion_edit, delmal, activity) cascade from their parents.
    QSqlQuery remove = db.prepare(u"DELETE FROM participant WHERE id = ?"_s);
    remove.addBindValue(participantId);
    if (auto r = Database::exec(remove); !r)
        return r;
    if (remove.numRowsAffected() != 1) {
        return makeError(Error::Kind::NotFound,
                         QCoreApplication::translate(
                             "Erasure", "The deltagare no longer exists; nothing was erased."));
    }
    return AuditLog(db).record(AuditAction::Erase, AuditEntity::Participant, participantId,
                               participantId, details.join(u' '));
}

} // namespace

Result<void> removeErasedTraces(Database& db)
{
    QSqlQuery q(db.connection());
    // VACUUM builds the new file in a temporary database first: keep that in memory, so no
    // plaintext copy of the whole caseload is ever written to the temporary folder.
    if (!q.exec(u"PRAGMA temp_store = MEMORY"_s))
        return Database::sqlError(q);
    const bool vacuumed = q.exec(u"VACUUM"_s);
    const QSqlError vacuumError = q.lastError();
    QSqlQuery reset(db.connection());
    static_cast<void>(reset.exec(u"PRAGMA temp_store = DEFAULT"_s));
    if (!vacuumed) {
        const bool full = (vacuumError.nativeErrorCode().toInt() & 0xff) == 13; // SQLITE_FULL
        const QString why =
            full ? QCoreApplication::translate(
                       "Erasure",
                       "there is not enough free disk space (it needs about as much as the "
                       "database file's size)")
                 : vacuumError.databaseText();
        return makeError(Error::Kind::Io,
                         QCoreApplication::translate(
                             "Erasure",
                             "Erased data could not yet be cleared from the unused parts of the "
                             "database file: %1. This is completed when the database is next "
                             "opened for editing with enough free space.")
                             .arg(why));
    }
    if (!q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s) || !q.next())
        return Database::sqlError(q);
    if (q.value(0).toInt() != 0) { // busy: another connection still reads an older snapshot
        return makeError(Error::Kind::Conflict,
                         QCoreApplication::translate(
                             "Erasure",
                             "Another program is reading the database, so traces of erased data "
                             "stay in its work file (-wal) until it is closed. Close other "
                             "programs using the database, or close Tilltro, to complete the "
                             "erasure."));
    }
    q.finish();
    auto cleared = db.write([&]() -> Result<void> {
        QSqlQuery done = db.prepare(u"DELETE FROM app_setting WHERE key = ?"_s);
        done.addBindValue(QString::fromLatin1(PendingKey));
        return Database::exec(done);
    });
    if (!cleared)
        return cleared;
    QSqlQuery again(db.connection());
    static_cast<void>(again.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    return {};
}

Result<bool> finishPendingErasure(Database& db)
{
    if (db.isReadOnly())
        return false;
    auto pending = cleanupPending(db);
    if (!pending)
        return pending.error();
    if (!pending.value())
        return false;
    if (auto cleared = removeErasedTraces(db); !cleared)
        return cleared.error();
    return true;
}

Result<void> eraseParticipant(Database& db, qint64 participantId)
{
    return eraseParticipants(db, {participantId});
}

Result<void> eraseParticipants(Database& db, const std::vector<qint64>& participantIds)
{
    std::vector<qint64> ids = participantIds;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    if (ids.empty())
        return {};

    QSqlQuery fk(db.connection());
    if (!fk.exec(u"PRAGMA foreign_keys"_s) || !fk.next() || fk.value(0).toInt() != 1) {
        // Without foreign keys the cascade would not run and rows would be left behind.
        return makeError(
            Error::Kind::Io,
            QCoreApplication::translate(
                "Erasure", "Foreign keys are off on this connection; nothing was erased."));
    }
    fk.finish();

    auto erased = db.write([&]() -> Result<void> {
        for (qint64 id : ids) {
            if (auto r = eraseOne(db, id); !r)
                return r;
        }
        QSqlQuery pending = db.prepare(uR"(INSERT INTO app_setting (key, value) VALUES (?, '1')
            ON CONFLICT (key) DO UPDATE SET value = excluded.value)"_s);
        pending.addBindValue(QString::fromLatin1(PendingKey));
        return Database::exec(pending);
    });
    if (!erased)
        return erased;
    if (auto cleared = removeErasedTraces(db); !cleared) {
        return makeError(cleared.error().kind,
                         QCoreApplication::translate("Erasure", "The deltagare has been erased. %1")
                             .arg(cleared.errorMessage()));
    }
    return {};
}

Result<int> retentionYears(Database& db)
{
    auto stored = SettingsRepository(db).value(QString::fromLatin1(RetentionYearsKey));
    if (!stored) {
        return makeError(
            stored.error().kind,
            QCoreApplication::translate("Erasure", "The retention period could not be read: %1")
                .arg(stored.errorMessage()));
    }
    if (!stored.value())
        return DefaultRetentionYears;
    // Never a default in place of what is stored: a longer period taken for 5 years would erase
    // deltagare still within it.
    bool ok = false;
    const int years = stored.value()->toInt(&ok);
    if (!ok || years < 1) {
        return makeError(Error::Kind::Invalid,
                         QCoreApplication::translate(
                             "Erasure", "The retention period stored in the database (%1) is not "
                                        "a whole number of years (1 or more). Set it again in "
                                        "Settings; nothing can be erased until then.")
                             .arg(*stored.value()));
    }
    return years;
}

Result<std::vector<GallringCandidate>> gallringCandidates(Database& db, int years,
                                                          const QDate& today)
{
    if (years < 0) {
        return makeError(
            Error::Kind::Invalid,
            QCoreApplication::translate("Erasure", "The retention period cannot be negative."));
    }
    const QDate day = today.isValid() ? today : Clock::today();
    const QDate cutoff = day.addYears(-years);
    QSqlQuery q = db.prepare(uR"(SELECT id, code,
            CASE WHEN protected_identity = 1 THEN '' ELSE name END, end_date, end_reason
        FROM participant WHERE end_date IS NOT NULL AND end_date < ?
        ORDER BY end_date, code)"_s);
    q.addBindValue(sql::date(cutoff));
    if (auto r = Database::exec(q); !r)
        return r.error();
    std::vector<GallringCandidate> candidates;
    while (q.next()) {
        candidates.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                              sql::toDate(q.value(3)), q.value(4).toString()});
    }
    return candidates;
}

} // namespace tilltro::storage

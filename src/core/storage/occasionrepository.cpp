#include "occasionrepository.h"

#include <QCoreApplication>

#include "../clock.h"
#include "auditlog.h"
#include "database.h"
#include "lockfile.h"
#include "rowversion.h"
#include "sqlrows.h"
#include "sqlvalues.h"

using namespace Qt::StringLiterals;

namespace tilltro::storage {

namespace {

QString selectColumns(const Database& db)
{
    return u"SELECT id, participant_id, instrument_id, occasion_date, handledare_id, state, notes, "
           u"completed_at, deltagare_absent, no_insats, "_s +
           rowVersionColumn(db) + u" FROM occasion "_s;
}

Occasion fromRow(const QSqlQuery& q)
{
    Occasion o;
    o.id = q.value(0).toLongLong();
    o.participantId = q.value(1).toLongLong();
    o.instrumentId = q.value(2).toLongLong();
    o.date = sql::toDate(q.value(3));
    o.handledareId = q.value(4).toLongLong();
    o.state = fromCode<OccasionState>(q.value(5).toString()).value_or(OccasionState::Draft);
    o.notes = q.value(6).toString();
    o.completedAt = sql::toTimestamp(q.value(7));
    o.deltagareAbsent = q.value(8).toBool();
    o.noInsats = q.value(9).toBool();
    o.rowVersion = q.value(10).toLongLong();
    return o;
}

QString describe(const Answer& a)
{
    if (a.value)
        return QString::number(*a.value);
    return a.code;
}

QString staleWhat()
{
    return QCoreApplication::translate("Occasion", "this mättillfälle");
}

/// What differs between the stored occasion and the one being saved, for a stale save.
QStringList differences(const Occasion& stored, const Occasion& yours)
{
    QStringList list;
    const auto words = [](const char* label) {
        return QCoreApplication::translate("Occasion", label);
    };
    addDifference(list, words(QT_TRANSLATE_NOOP("Occasion", "Date")),
                  stored.date.toString(Qt::ISODate), yours.date.toString(Qt::ISODate));
    const auto state = [&](OccasionState st) {
        return st == OccasionState::Completed ? words(QT_TRANSLATE_NOOP("Occasion", "completed"))
                                              : words(QT_TRANSLATE_NOOP("Occasion", "draft"));
    };
    addDifference(list, words(QT_TRANSLATE_NOOP("Occasion", "State")), state(stored.state),
                  state(yours.state));
    // Said, not shown: the notes are the handledare's, and a refusal may be read aloud or on
    // the meeting screen.
    if (stored.notes != yours.notes)
        list << words(QT_TRANSLATE_NOOP("Occasion", "• The notes differ."));
    addDifference(list, words(QT_TRANSLATE_NOOP("Occasion", "The deltagare did not take part")),
                  stored.deltagareAbsent ? words(QT_TRANSLATE_NOOP("Occasion", "yes"))
                                         : words(QT_TRANSLATE_NOOP("Occasion", "no")),
                  yours.deltagareAbsent ? words(QT_TRANSLATE_NOOP("Occasion", "yes"))
                                        : words(QT_TRANSLATE_NOOP("Occasion", "no")));
    QStringList keys;
    for (const auto& [key, answer] : stored.answers) {
        const auto other = yours.answers.find(key);
        if (other == yours.answers.end() ? !answer.isEmpty() : !(other->second == answer))
            keys << key;
    }
    for (const auto& [key, answer] : yours.answers) {
        if (!answer.isEmpty() && !stored.answers.contains(key))
            keys << key;
    }
    if (!keys.isEmpty())
        list
            << words(QT_TRANSLATE_NOOP("Occasion", "• Answers differ: %1")).arg(keys.join(u", "_s));
    return list;
}

} // namespace

Result<void> OccasionRepository::recordEdits(const Occasion& before, const Occasion& after)
{
    const QVariant at = sql::timestamp(Clock::now());
    const QString user = LockFile::currentUserName();
    auto log = [&](const QString& field, const QVariant& was, const QVariant& now) {
        QSqlQuery q = m_db.prepare(uR"(INSERT INTO occasion_edit
            (occasion_id, edited_at, edited_by, field, before_value, after_value)
            VALUES (?, ?, ?, ?, ?, ?))"_s);
        q.addBindValue(after.id);
        q.addBindValue(at);
        q.addBindValue(user);
        q.addBindValue(field);
        q.addBindValue(was);
        q.addBindValue(now);
        return Database::exec(q);
    };
    std::map<QString, std::pair<QString, QString>> changes;
    for (const auto& [key, answer] : before.answers)
        changes[key].first = describe(answer);
    for (const auto& [key, answer] : after.answers)
        changes[key].second = describe(answer);
    for (const auto& [key, change] : changes) {
        if (change.first != change.second) {
            if (auto r = log(key, change.first, change.second); !r)
                return r;
        }
    }
    if (before.notes != after.notes) {
        if (auto r = log(u"notes"_s, before.notes, after.notes); !r)
            return r;
    }
    if (before.date != after.date) {
        if (auto r = log(u"date"_s, sql::date(before.date), sql::date(after.date)); !r)
            return r;
    }
    if (before.deltagareAbsent != after.deltagareAbsent) {
        const auto flag = [](bool absent) { return absent ? u"1"_s : u"0"_s; };
        if (auto r = log(u"deltagareAbsent"_s, flag(before.deltagareAbsent),
                         flag(after.deltagareAbsent));
            !r)
            return r;
    }
    if (before.noInsats != after.noInsats) {
        const auto flag = [](bool none) { return none ? u"1"_s : u"0"_s; };
        if (auto r = log(u"noInsats"_s, flag(before.noInsats), flag(after.noInsats)); !r)
            return r;
    }
    return {};
}

Result<void> OccasionRepository::save(Occasion& o)
{
    if (!o.date.isValid()) {
        return makeError(Error::Kind::Invalid,
                         QCoreApplication::translate("Occasion", "The occasion needs a date."));
    }
    const bool isNew = o.id == 0;
    auto result = m_db.write([&]() -> Result<void> {
        const QVariant now = sql::timestamp(Clock::now());
        QDateTime lastSaved;
        if (!isNew) {
            QSqlQuery saved = m_db.prepare(u"SELECT updated_at FROM occasion WHERE id = ?"_s);
            saved.addBindValue(o.id);
            if (auto r = Database::exec(saved); !r)
                return r;
            if (saved.next())
                lastSaved = sql::toTimestamp(saved.value(0));
            saved.finish();
            auto before = byId(o.id);
            if (!before)
                return before.error();
            if (!before.value()) {
                return makeError(
                    Error::Kind::NotFound,
                    QCoreApplication::translate("Occasion", "The occasion no longer exists."));
            }
            if (m_db.isServer() && before.value()->rowVersion != o.rowVersion)
                return staleSave(m_db, staleWhat(), "occasion", o.id,
                                 differences(*before.value(), o));
            if (before.value()->state == OccasionState::Completed) {
                if (auto r = recordEdits(*before.value(), o); !r)
                    return r;
            }
        }
        if (o.state == OccasionState::Completed && !o.completedAt.isValid())
            o.completedAt = Clock::now();
        QSqlQuery q = m_db.prepare(
            isNew ? uR"(INSERT INTO occasion (participant_id, instrument_id, occasion_date,
                      handledare_id, state, notes, completed_at, deltagare_absent, no_insats,
                      created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id)"_s
                  : uR"(UPDATE occasion SET participant_id = ?, instrument_id = ?,
                      occasion_date = ?, handledare_id = ?, state = ?, notes = ?,
                      completed_at = ?, deltagare_absent = ?, no_insats = ?, updated_at = ?
                      WHERE id = ?)"_s +
                        rowVersionGuard(m_db));
        q.addBindValue(o.participantId);
        q.addBindValue(o.instrumentId);
        q.addBindValue(sql::date(o.date));
        q.addBindValue(sql::id(o.handledareId));
        q.addBindValue(codeOf(o.state));
        q.addBindValue(sql::text(o.notes));
        q.addBindValue(sql::timestamp(o.completedAt));
        q.addBindValue(o.deltagareAbsent ? 1 : 0);
        q.addBindValue(o.noInsats ? 1 : 0);
        q.addBindValue(now);
        if (isNew)
            q.addBindValue(now);
        else
            q.addBindValue(o.id);
        if (!isNew && m_db.isServer())
            q.addBindValue(o.rowVersion);
        if (isNew) {
            auto id = Database::execInsert(q);
            if (!id)
                return id.error();
            o.id = id.value();
            o.rowVersion = m_db.isServer() ? 1 : 0; // the server's trigger starts every row at 1
        } else if (auto r = execVersioned(m_db, q, o.rowVersion, staleWhat(), "occasion", o.id);
                   !r) {
            return r;
        }

        QSqlQuery clear = m_db.prepare(u"DELETE FROM answer WHERE occasion_id = ?"_s);
        clear.addBindValue(o.id);
        if (auto r = Database::exec(clear); !r)
            return r;
        QSqlQuery insert = m_db.prepare(
            u"INSERT INTO answer (occasion_id, question_key, value, code) VALUES (?, ?, ?, ?)"_s);
        for (const auto& [key, answer] : o.answers) {
            if (answer.isEmpty())
                continue;
            insert.bindValue(0, o.id);
            insert.bindValue(1, key);
            insert.bindValue(2, answer.value ? QVariant(*answer.value)
                                             : QVariant(QMetaType::fromType<int>()));
            insert.bindValue(3, sql::text(answer.code));
            if (auto r = Database::exec(insert); !r)
                return r;
        }
        if (!isNew && o.state == OccasionState::Draft) {
            auto continues = continuesDraftSession(o, lastSaved);
            if (!continues)
                return continues.error();
            if (continues.value())
                return {}; // one entry per editing session, not one per autosave
        }
        return AuditLog(m_db).record(isNew ? AuditAction::Create : AuditAction::Update,
                                     AuditEntity::Occasion, o.id, o.participantId, codeOf(o.state));
    });
    if (!result && isNew)
        o.id = 0; // the insert was rolled back: saving again must insert again
    return result;
}

Result<bool> OccasionRepository::continuesDraftSession(const Occasion& o,
                                                       const QDateTime& lastSaved) const
{
    if (!lastSaved.isValid())
        return false;
    const qint64 gap = lastSaved.secsTo(Clock::now());
    if (gap < 0 || gap >= DraftSessionGapSecs)
        return false;
    auto newest = AuditLog(m_db).newestForParticipant(o.participantId);
    if (!newest)
        return newest.error();
    if (!newest.value())
        return false;
    const AuditEntry& e = *newest.value();
    // A session is logged again at least every DraftSessionGapSecs, however steadily it goes
    // on: the log shows when a draft was being edited, not only when that began.
    const qint64 sinceLogged = e.at.secsTo(Clock::now());
    if (sinceLogged < 0 || sinceLogged >= DraftSessionGapSecs)
        return false;
    return (e.action == "create"_L1 || e.action == "update"_L1) && e.entity == "occasion"_L1 &&
           e.entityId == o.id && e.details == codeOf(OccasionState::Draft) &&
           e.osUser == LockFile::currentUserName();
}

Result<std::optional<Occasion>> OccasionRepository::byId(qint64 id) const
{
    QSqlQuery q = m_db.prepare(selectColumns(m_db) + u"WHERE id = ?"_s);
    q.addBindValue(id);
    auto found = readFirstRow(q, fromRow);
    if (!found || !found.value())
        return found;
    Occasion& o = *found.value();
    QSqlQuery a =
        m_db.prepare(u"SELECT question_key, value, code FROM answer WHERE occasion_id = ?"_s);
    a.addBindValue(id);
    if (auto r = Database::exec(a); !r)
        return r.error();
    while (a.next()) {
        o.answers[a.value(0).toString()] =
            Answer{a.value(1).isNull() ? std::nullopt : std::optional<int>(a.value(1).toInt()),
                   a.value(2).toString()};
    }
    return found;
}

Result<std::vector<Occasion>> OccasionRepository::forParticipant(qint64 participantId) const
{
    QSqlQuery q = m_db.prepare(selectColumns(m_db) +
                               u"WHERE participant_id = ? ORDER BY occasion_date, id"_s);
    q.addBindValue(participantId);
    auto read = readRows(q, fromRow);
    if (!read)
        return read;
    std::vector<Occasion>& list = read.value();
    const std::map<qint64, size_t> index = positionsById(list);
    QSqlQuery a = m_db.prepare(uR"(SELECT a.occasion_id, a.question_key, a.value, a.code
        FROM answer a JOIN occasion o ON o.id = a.occasion_id WHERE o.participant_id = ?)"_s);
    a.addBindValue(participantId);
    if (auto r = Database::exec(a); !r)
        return r.error();
    while (a.next()) {
        const auto it = index.find(a.value(0).toLongLong());
        if (it == index.end())
            continue;
        list[it->second].answers[a.value(1).toString()] =
            Answer{a.value(2).isNull() ? std::nullopt : std::optional<int>(a.value(2).toInt()),
                   a.value(3).toString()};
    }
    return read;
}

Result<std::vector<OccasionEdit>> OccasionRepository::edits(qint64 occasionId) const
{
    QSqlQuery q = m_db.prepare(uR"(SELECT edited_at, edited_by, field, before_value, after_value
        FROM occasion_edit WHERE occasion_id = ? ORDER BY id)"_s);
    q.addBindValue(occasionId);
    return readRows(q, [](const QSqlQuery& row) {
        return OccasionEdit{sql::toTimestamp(row.value(0)), row.value(1).toString(),
                            row.value(2).toString(), row.value(3).toString(),
                            row.value(4).toString()};
    });
}

Result<void> OccasionRepository::remove(qint64 id)
{
    return m_db.write([&]() -> Result<void> {
        auto existing = byId(id);
        if (!existing)
            return existing.error();
        if (!existing.value())
            return {};
        QSqlQuery q = m_db.prepare(u"DELETE FROM occasion WHERE id = ?"_s);
        q.addBindValue(id);
        if (auto r = Database::exec(q); !r)
            return r;
        return AuditLog(m_db).record(AuditAction::Delete, AuditEntity::Occasion, id,
                                     existing.value()->participantId);
    });
}

Result<void> OccasionRepository::restoreEdit(qint64 occasionId, const OccasionEdit& edit)
{
    const auto nullable = [](const QString& text) {
        return text.isNull() ? QVariant(QMetaType::fromType<QString>()) : sql::text(text);
    };
    QSqlQuery q = m_db.prepare(uR"(INSERT INTO occasion_edit
        (occasion_id, edited_at, edited_by, field, before_value, after_value)
        VALUES (?, ?, ?, ?, ?, ?))"_s);
    q.addBindValue(occasionId);
    q.addBindValue(sql::timestamp(edit.at));
    q.addBindValue(sql::text(edit.by));
    q.addBindValue(sql::text(edit.field));
    q.addBindValue(nullable(edit.before));
    q.addBindValue(nullable(edit.after));
    return m_db.write([&]() { return Database::exec(q); });
}

} // namespace tilltro::storage

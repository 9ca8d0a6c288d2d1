#include "participantrepository.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include "../analysis/occasionrules.h"
#include "../clock.h"
#include "../domain/personnummer.h"
#include "../instrument/instrument.h"
#include "auditlog.h"
#include "database.h"
#include "rowversion.h"
#include "sqlrows.h"
#include "sqlvalues.h"

using namespace Qt::StringLiterals;

namespace tilltro::storage {

namespace {

QString selectColumns(const Database& db)
{
    return u"SELECT id, code, name, personnummer, protected_identity, goal_type, start_date, "
           u"handledare_id, end_date, end_reason, "_s +
           rowVersionColumn(db) + u" FROM participant "_s;
}

Participant fromRow(const QSqlQuery& q)
{
    Participant p;
    p.id = q.value(0).toLongLong();
    p.code = q.value(1).toString();
    p.name = q.value(2).toString();
    p.personnummer = q.value(3).toString();
    p.protectedIdentity = q.value(4).toBool();
    p.goalType = fromCode<GoalType>(q.value(5).toString()).value_or(GoalType::Arbete);
    p.startDate = sql::toDate(q.value(6));
    p.handledareId = q.value(7).toLongLong();
    p.endDate = sql::toDate(q.value(8));
    p.endReason = q.value(9).toString();
    p.rowVersion = q.value(10).toLongLong();
    return p;
}

void bindFields(QSqlQuery& q, const Participant& p)
{
    q.addBindValue(p.code);
    q.addBindValue(sql::text(p.name));
    q.addBindValue(sql::nullableText(p.personnummer));
    q.addBindValue(p.protectedIdentity ? 1 : 0);
    q.addBindValue(codeOf(p.goalType));
    q.addBindValue(sql::date(p.startDate));
    q.addBindValue(sql::id(p.handledareId));
    q.addBindValue(sql::date(p.endDate));
    q.addBindValue(sql::text(p.endReason));
}

} // namespace

Result<void> ParticipantRepository::validate(Participant& p) const
{
    p.code = p.code.trimmed();
    p.name = p.name.trimmed();
    if (p.code.isEmpty())
        return makeError(Error::Kind::Invalid,
                         QCoreApplication::translate("Participant", "A deltagare needs a code."));
    if (p.code.size() > 40)
        return makeError(
            Error::Kind::Invalid,
            QCoreApplication::translate("Participant", "The code is longer than 40 characters."));
    if (!p.personnummer.trimmed().isEmpty()) {
        auto pnr = Personnummer::parse(p.personnummer);
        if (!pnr) {
            return makeError(
                Error::Kind::Invalid,
                QCoreApplication::translate("Participant", "The personnummer is not valid: %1")
                    .arg(pnr.errorMessage()));
        }
        p.personnummer = pnr->normalized();
    } else {
        p.personnummer.clear();
    }
    if (p.endDate.isValid() && p.startDate.isValid() && p.endDate < p.startDate)
        return makeError(
            Error::Kind::Invalid,
            QCoreApplication::translate("Participant", "The end date is before the start date."));
    if (p.endDate.isValid() && p.endReason.isEmpty())
        return makeError(
            Error::Kind::Invalid,
            QCoreApplication::translate("Participant", "Choose why the participation ended."));
    if (p.endDate.isValid() && !isInstrumentKey(p.endReason))
        return makeError(
            Error::Kind::Invalid,
            QCoreApplication::translate("Participant", "%1 is not the key of an end reason.")
                .arg(p.endReason));
    if (!p.endDate.isValid())
        p.endReason.clear();
    if (p.id != 0 && (p.startDate.isValid() || p.endDate.isValid())) {
        // The participation holds its occasions (an import adds them after the deltagare).
        QSqlQuery dates = m_db.prepare(
            u"SELECT MIN(occasion_date), MAX(occasion_date) FROM occasion WHERE participant_id = ?"_s);
        dates.addBindValue(p.id);
        if (auto r = Database::exec(dates); !r)
            return r;
        if (dates.next()) {
            const std::vector<QDate> held{sql::toDate(dates.value(0)), sql::toDate(dates.value(1))};
            if (auto fits = analysis::checkParticipationDates(p.startDate, p.endDate, held); !fits)
                return fits;
        }
    }

    QSqlQuery q = m_db.prepare(u"SELECT id FROM participant WHERE code = ? AND id <> ?"_s);
    q.addBindValue(p.code);
    q.addBindValue(p.id);
    if (auto r = Database::exec(q); !r)
        return r;
    if (q.next()) {
        return makeError(Error::Kind::Conflict,
                         QCoreApplication::translate(
                             "Participant", "The code %1 is already used by another deltagare.")
                             .arg(p.code));
    }
    if (!p.personnummer.isEmpty()) {
        QSqlQuery pq =
            m_db.prepare(u"SELECT id FROM participant WHERE personnummer = ? AND id <> ?"_s);
        pq.addBindValue(p.personnummer);
        pq.addBindValue(p.id);
        if (auto r = Database::exec(pq); !r)
            return r;
        // Deliberately does not say who: the other person may have a protected identity.
        if (pq.next()) {
            return makeError(
                Error::Kind::Conflict,
                QCoreApplication::translate(
                    "Participant",
                    "Another deltagare is already registered with this personnummer."));
        }
    }
    return {};
}

Result<void> ParticipantRepository::openAssignment(qint64 participantId, qint64 handledareId,
                                                   const QDate& from)
{
    QSqlQuery close = m_db.prepare(
        u"UPDATE handledare_assignment SET to_date = ? WHERE participant_id = ? AND to_date IS NULL"_s);
    close.addBindValue(sql::date(from));
    close.addBindValue(participantId);
    if (auto r = Database::exec(close); !r)
        return r;
    if (handledareId <= 0)
        return {};
    QSqlQuery open = m_db.prepare(uR"(INSERT INTO handledare_assignment
        (participant_id, handledare_id, from_date) VALUES (?, ?, ?))"_s);
    open.addBindValue(participantId);
    open.addBindValue(handledareId);
    open.addBindValue(sql::date(from));
    return Database::exec(open);
}

Result<void> ParticipantRepository::insert(Participant& p)
{
    p.id = 0;
    auto result = m_db.write([&]() -> Result<void> {
        if (auto valid = validate(p); !valid)
            return valid;
        QSqlQuery q = m_db.prepare(uR"(INSERT INTO participant
            (code, name, personnummer, protected_identity, goal_type, start_date, handledare_id,
             end_date, end_reason, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id)"_s);
        bindFields(q, p);
        const QVariant now = sql::timestamp(Clock::now());
        q.addBindValue(now);
        q.addBindValue(now);
        auto id = Database::execInsert(q);
        if (!id)
            return id.error();
        p.id = id.value();
        p.rowVersion = m_db.isServer() ? 1 : 0; // the server's trigger starts every row at 1
        // A team database opens the first assignment itself (its trigger), with rights a
        // handledare does not have.
        const QDate from = p.startDate.isValid() ? p.startDate : Clock::today();
        if (!m_db.isServer()) {
            if (auto r = openAssignment(p.id, p.handledareId, from); !r)
                return r;
        }
        return AuditLog(m_db).record(AuditAction::Create, AuditEntity::Participant, p.id, p.id);
    });
    if (!result)
        p.id = 0; // rolled back
    return result;
}

Result<void> ParticipantRepository::update(Participant& p, const QDate& changeDate)
{
    return m_db.write([&]() -> Result<void> {
        auto before = byId(p.id);
        if (!before)
            return before.error();
        if (!before.value())
            return makeError(
                Error::Kind::NotFound,
                QCoreApplication::translate("Participant", "The deltagare no longer exists."));
        if (auto valid = validate(p); !valid)
            return valid;
        const auto differences = [&] {
            const Participant& s = *before.value();
            const auto date = [](const QDate& d) { return d.toString(Qt::ISODate); };
            QStringList list;
            const auto words = [](const char* label) {
                return QCoreApplication::translate("Participant", label);
            };
            addDifference(list, words(QT_TRANSLATE_NOOP("Participant", "Code")), s.code, p.code);
            // The personnummer, and the name of a protected identity, are said to differ, never
            // shown: a refusal may be read on a shared screen.
            if (s.protectedIdentity || p.protectedIdentity) {
                if (s.name != p.name)
                    list << words(QT_TRANSLATE_NOOP("Participant", "• The name differs."));
            } else {
                addDifference(list, words(QT_TRANSLATE_NOOP("Participant", "Name")), s.name,
                              p.name);
            }
            if (s.personnummer != p.personnummer)
                list << words(QT_TRANSLATE_NOOP("Participant", "• The personnummer differs."));
            addDifference(list, words(QT_TRANSLATE_NOOP("Participant", "Protected identity")),
                          s.protectedIdentity ? words(QT_TRANSLATE_NOOP("Participant", "yes"))
                                              : words(QT_TRANSLATE_NOOP("Participant", "no")),
                          p.protectedIdentity ? words(QT_TRANSLATE_NOOP("Participant", "yes"))
                                              : words(QT_TRANSLATE_NOOP("Participant", "no")));
            addDifference(list, words(QT_TRANSLATE_NOOP("Participant", "Goal")), codeOf(s.goalType),
                          codeOf(p.goalType));
            addDifference(list, words(QT_TRANSLATE_NOOP("Participant", "Start date")),
                          date(s.startDate), date(p.startDate));
            addDifference(list, words(QT_TRANSLATE_NOOP("Participant", "End date")),
                          date(s.endDate), date(p.endDate));
            addDifference(list, words(QT_TRANSLATE_NOOP("Participant", "End reason")), s.endReason,
                          p.endReason);
            if (s.handledareId != p.handledareId)
                list << words(
                    QT_TRANSLATE_NOOP("Participant", "• The responsible handledare has changed."));
            return list;
        };
        const QString what = QCoreApplication::translate("Participant", "this deltagare");
        if (m_db.isServer() && before.value()->rowVersion != p.rowVersion)
            return staleSave(m_db, what, "participant", p.id, differences());
        QSqlQuery q = m_db.prepare(uR"(UPDATE participant SET code = ?, name = ?,
            personnummer = ?, protected_identity = ?, goal_type = ?, start_date = ?,
            handledare_id = ?, end_date = ?, end_reason = ?, updated_at = ? WHERE id = ?)"_s +
                                   rowVersionGuard(m_db));
        const bool handedOver = before.value()->handledareId != p.handledareId;
        // A team database moves a deltagare to another handledare through its one audited
        // handover() only, after the rest is saved (then the deltagare may be out of sight).
        Participant stored = p;
        if (m_db.isServer())
            stored.handledareId = before.value()->handledareId;
        bindFields(q, stored);
        q.addBindValue(sql::timestamp(Clock::now()));
        q.addBindValue(p.id);
        if (m_db.isServer())
            q.addBindValue(p.rowVersion);
        if (auto r = execVersioned(m_db, q, p.rowVersion, what, "participant", p.id); !r)
            return r;
        if (handedOver && m_db.isServer()) {
            if (p.handledareId <= 0) {
                return makeError(
                    Error::Kind::Invalid,
                    QCoreApplication::translate(
                        "Participant", "In a team database a deltagare always has a handledare."));
            }
            QSqlQuery handover = m_db.prepare(u"SELECT handover(?, ?)"_s);
            handover.addBindValue(p.id);
            handover.addBindValue(p.handledareId);
            if (auto r = Database::exec(handover); !r) // the server records it in the log
                return r;
            handover.finish();
            ++p.rowVersion; // handover() changed the row once more
            return {};
        }
        if (handedOver) {
            if (auto r = openAssignment(p.id, p.handledareId, changeDate); !r)
                return r;
        }
        return AuditLog(m_db).record(AuditAction::Update, AuditEntity::Participant, p.id, p.id);
    });
}

Result<std::optional<Participant>> ParticipantRepository::byId(qint64 id) const
{
    QSqlQuery q = m_db.prepare(selectColumns(m_db) + u"WHERE id = ?"_s);
    q.addBindValue(id);
    return readFirstRow(q, fromRow);
}

Result<std::optional<Participant>> ParticipantRepository::byCode(const QString& code) const
{
    QSqlQuery q = m_db.prepare(selectColumns(m_db) + u"WHERE code = ?"_s);
    q.addBindValue(code.trimmed());
    return readFirstRow(q, fromRow);
}

Result<std::vector<Participant>> ParticipantRepository::all() const
{
    QSqlQuery q = m_db.prepare(selectColumns(m_db) + u"ORDER BY code"_s);
    return readRows(q, fromRow);
}

Result<QString> ParticipantRepository::suggestCode() const
{
    QSqlQuery q = m_db.prepare(u"SELECT code FROM participant WHERE code LIKE 'D-%'"_s);
    if (auto r = Database::exec(q); !r)
        return r.error();
    static const QRegularExpression pattern(u"^D-(\\d{1,9})$"_s);
    int highest = 0;
    while (q.next()) {
        const auto match = pattern.match(q.value(0).toString());
        if (match.hasMatch())
            highest = std::max(highest, match.captured(1).toInt());
    }
    return u"D-%1"_s.arg(highest + 1, 4, 10, QLatin1Char('0'));
}

Result<std::vector<HandledareAssignment>>
ParticipantRepository::assignments(qint64 participantId) const
{
    QSqlQuery q = m_db.prepare(uR"(SELECT id, handledare_id, from_date, to_date
        FROM handledare_assignment WHERE participant_id = ? ORDER BY from_date, id)"_s);
    q.addBindValue(participantId);
    return readRows(q, [](const QSqlQuery& row) {
        return HandledareAssignment{row.value(0).toLongLong(), row.value(1).toLongLong(),
                                    sql::toDate(row.value(2)), sql::toDate(row.value(3))};
    });
}

Result<void> ParticipantRepository::addConsent(Consent& consent)
{
    if (consent.scope.trimmed().isEmpty() || !consent.given.isValid())
        return makeError(Error::Kind::Invalid,
                         QCoreApplication::translate("Participant",
                                                     "A consent needs what it covers and a date."));
    return m_db.write([&]() -> Result<void> {
        QSqlQuery q = m_db.prepare(uR"(INSERT INTO consent
            (participant_id, scope, party, given_date, recorded_by, withdrawn_date)
            VALUES (?, ?, ?, ?, ?, ?) RETURNING id)"_s);
        q.addBindValue(consent.participantId);
        q.addBindValue(sql::text(consent.scope));
        q.addBindValue(sql::text(consent.party));
        q.addBindValue(sql::date(consent.given));
        q.addBindValue(sql::text(consent.recordedBy));
        q.addBindValue(sql::date(consent.withdrawn));
        auto id = Database::execInsert(q);
        if (!id)
            return id.error();
        consent.id = id.value();
        return AuditLog(m_db).record(AuditAction::Create, AuditEntity::Consent, consent.id,
                                     consent.participantId);
    });
}

Result<void> ParticipantRepository::updateConsent(const Consent& consent)
{
    return m_db.write([&]() -> Result<void> {
        QSqlQuery q = m_db.prepare(uR"(UPDATE consent SET scope = ?, party = ?, given_date = ?,
            recorded_by = ?, withdrawn_date = ? WHERE id = ?)"_s);
        q.addBindValue(sql::text(consent.scope));
        q.addBindValue(sql::text(consent.party));
        q.addBindValue(sql::date(consent.given));
        q.addBindValue(sql::text(consent.recordedBy));
        q.addBindValue(sql::date(consent.withdrawn));
        q.addBindValue(consent.id);
        if (auto r = Database::execOneRow(
                q, QCoreApplication::translate(
                       "Participant", "The consent no longer exists, or is no longer yours to "
                                      "change; nothing was saved."));
            !r)
            return r;
        return AuditLog(m_db).record(AuditAction::Update, AuditEntity::Consent, consent.id,
                                     consent.participantId);
    });
}

Result<std::vector<Consent>> ParticipantRepository::consents(qint64 participantId) const
{
    QSqlQuery q = m_db.prepare(uR"(SELECT id, participant_id, scope, party, given_date,
        recorded_by, withdrawn_date FROM consent WHERE participant_id = ? ORDER BY given_date, id)"_s);
    q.addBindValue(participantId);
    return readRows(q, [](const QSqlQuery& row) {
        return Consent{row.value(0).toLongLong(), row.value(1).toLongLong(),
                       row.value(2).toString(),   row.value(3).toString(),
                       sql::toDate(row.value(4)), row.value(5).toString(),
                       sql::toDate(row.value(6))};
    });
}

Result<void>
ParticipantRepository::restoreAssignments(qint64 participantId,
                                          const std::vector<HandledareAssignment>& periods)
{
    int open = 0;
    for (const HandledareAssignment& period : periods) {
        if (period.handledareId <= 0 || !period.from.isValid()) {
            return makeError(
                Error::Kind::Invalid,
                QCoreApplication::translate(
                    "Participant", "A handledare period needs a handledare and a start date."));
        }
        if (period.to.isValid() && period.to < period.from) {
            return makeError(Error::Kind::Invalid,
                             QCoreApplication::translate(
                                 "Participant", "A handledare period ends before it starts."));
        }
        if (!period.to.isValid() && ++open > 1) {
            return makeError(Error::Kind::Invalid,
                             QCoreApplication::translate(
                                 "Participant",
                                 "Only one handledare period can be open (without an end date)."));
        }
    }
    return m_db.write([&]() -> Result<void> {
        QSqlQuery clear =
            m_db.prepare(u"DELETE FROM handledare_assignment WHERE participant_id = ?"_s);
        clear.addBindValue(participantId);
        if (auto r = Database::exec(clear); !r)
            return r;
        QSqlQuery insert = m_db.prepare(uR"(INSERT INTO handledare_assignment
            (participant_id, handledare_id, from_date, to_date) VALUES (?, ?, ?, ?))"_s);
        for (const HandledareAssignment& period : periods) {
            insert.bindValue(0, participantId);
            insert.bindValue(1, period.handledareId);
            insert.bindValue(2, sql::date(period.from));
            insert.bindValue(3, sql::date(period.to));
            if (auto r = Database::exec(insert); !r)
                return r;
        }
        return {};
    });
}

} // namespace tilltro::storage

#include "insatsrepository.h"

#include <QCoreApplication>

#include "../instrument/instrument.h"
#include "auditlog.h"
#include "database.h"
#include "sqlrows.h"
#include "sqlvalues.h"

using namespace Qt::StringLiterals;

namespace tilltro::storage {

Result<void> InsatsRepository::save(InsatsPeriod& p)
{
    if (!p.start.isValid()) {
        return makeError(Error::Kind::Invalid,
                         QCoreApplication::translate("Insats", "An insats needs a start date."));
    }
    if (!isInstrumentKey(p.category)) {
        return makeError(Error::Kind::Invalid, QCoreApplication::translate(
                                                   "Insats", "Choose the category of the insats."));
    }
    if (p.end.isValid() && p.end < p.start) {
        return makeError(Error::Kind::Invalid, QCoreApplication::translate(
                                                   "Insats", "The insats ends before it starts."));
    }
    const bool isNew = p.id == 0;
    auto result = m_db.write([&]() -> Result<void> {
        QSqlQuery q = m_db.prepare(
            isNew ? uR"(INSERT INTO insats (participant_id, category, title, provider, start_date,
                      end_date) VALUES (?, ?, ?, ?, ?, ?) RETURNING id)"_s
                  : uR"(UPDATE insats SET participant_id = ?, category = ?, title = ?,
                      provider = ?, start_date = ?, end_date = ? WHERE id = ?)"_s);
        q.addBindValue(p.participantId);
        q.addBindValue(p.category);
        q.addBindValue(sql::text(p.title));
        q.addBindValue(sql::text(p.provider));
        q.addBindValue(sql::date(p.start));
        q.addBindValue(sql::date(p.end));
        if (!isNew)
            q.addBindValue(p.id);
        if (isNew) {
            auto id = Database::execInsert(q);
            if (!id)
                return id.error();
            p.id = id.value();
        } else if (auto r = Database::execOneRow(
                       q, QCoreApplication::translate(
                              "Insats", "The insats no longer exists, or is no longer yours to "
                                        "change; nothing was saved."));
                   !r) {
            return r;
        }
        return AuditLog(m_db).record(isNew ? AuditAction::Create : AuditAction::Update,
                                     AuditEntity::Insats, p.id, p.participantId);
    });
    if (!result && isNew)
        p.id = 0; // rolled back
    return result;
}

Result<void> InsatsRepository::remove(qint64 id)
{
    return m_db.write([&]() -> Result<void> {
        QSqlQuery owner = m_db.prepare(u"SELECT participant_id FROM insats WHERE id = ?"_s);
        owner.addBindValue(id);
        if (auto r = Database::exec(owner); !r)
            return r;
        if (!owner.next())
            return {};
        const qint64 participantId = owner.value(0).toLongLong();
        QSqlQuery q = m_db.prepare(u"DELETE FROM insats WHERE id = ?"_s);
        q.addBindValue(id);
        if (auto r = Database::execOneRow(
                q, QCoreApplication::translate("Insats",
                                               "The insats is no longer yours to change; nothing "
                                               "was removed."));
            !r)
            return r;
        return AuditLog(m_db).record(AuditAction::Delete, AuditEntity::Insats, id, participantId);
    });
}

Result<std::vector<InsatsPeriod>> InsatsRepository::forParticipant(qint64 participantId) const
{
    QSqlQuery q = m_db.prepare(uR"(SELECT id, participant_id, category, title, provider,
        start_date, end_date FROM insats WHERE participant_id = ? ORDER BY start_date, id)"_s);
    q.addBindValue(participantId);
    return readRows(q, [](const QSqlQuery& row) {
        return InsatsPeriod{row.value(0).toLongLong(), row.value(1).toLongLong(),
                            row.value(2).toString(),   row.value(3).toString(),
                            row.value(4).toString(),   sql::toDate(row.value(5)),
                            sql::toDate(row.value(6))};
    });
}

} // namespace tilltro::storage

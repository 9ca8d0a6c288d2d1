#include "caseloadrepository.h"

#include "database.h"
#include "sqlrows.h"
#include "sqlvalues.h"

using namespace Qt::StringLiterals;

namespace tilltro::storage {

Result<std::vector<CaseloadRow>> CaseloadRepository::load(const QDate& today,
                                                          qint64 participantId) const
{
    QSqlQuery q = m_db.prepare(uR"(
        SELECT p.id, p.code,
               CASE WHEN p.protected_identity = 1 THEN '' ELSE p.name END,
               p.protected_identity, COALESCE(h.name, ''), p.start_date, p.end_date,
               (SELECT MAX(o.occasion_date) FROM occasion o
                 WHERE o.participant_id = p.id AND o.state = 'completed'),
               EXISTS (SELECT 1 FROM occasion o
                 WHERE o.participant_id = p.id AND o.state = 'draft'),
               EXISTS (SELECT 1 FROM consent c
                 WHERE c.participant_id = p.id AND c.scope = 'registrering'
                   AND c.given_date <= ?
                   AND (c.withdrawn_date IS NULL OR c.withdrawn_date > ?)),
               (SELECT pl.next_meeting FROM plan pl WHERE pl.participant_id = p.id
                 ORDER BY pl.created_at DESC, pl.id DESC LIMIT 1)
        FROM participant p LEFT JOIN handledare h ON h.id = p.handledare_id
        WHERE ? = 0 OR p.id = ?
        ORDER BY p.code)"_s);
    q.addBindValue(sql::date(today));
    q.addBindValue(sql::date(today));
    q.addBindValue(participantId);
    q.addBindValue(participantId);
    return readRows(q, [](const QSqlQuery& r) {
        CaseloadRow row;
        row.participantId = r.value(0).toLongLong();
        row.code = r.value(1).toString();
        row.name = r.value(2).toString();
        row.protectedIdentity = r.value(3).toBool();
        row.handledare = r.value(4).toString();
        row.startDate = sql::toDate(r.value(5));
        row.endDate = sql::toDate(r.value(6));
        row.lastOccasion = sql::toDate(r.value(7));
        row.hasDraft = r.value(8).toBool();
        row.hasConsent = r.value(9).toBool();
        row.nextMeeting = sql::toDate(r.value(10));
        return row;
    });
}

} // namespace tilltro::storage

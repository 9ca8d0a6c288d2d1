#include "planrepository.h"

#include <QCoreApplication>

#include <map>

#include "../clock.h"
#include "auditlog.h"
#include "database.h"
#include "rowversion.h"
#include "sqlrows.h"
#include "sqlvalues.h"

using namespace Qt::StringLiterals;

namespace tilltro::storage {

Result<void> PlanRepository::save(Handlingsplan& plan)
{
    const bool isNew = plan.id == 0;
    const Handlingsplan before = plan;
    const QString what = QCoreApplication::translate("Handlingsplan", "this handlingsplan");
    auto result = m_db.write([&]() -> Result<void> {
        const QVariant now = sql::timestamp(Clock::now());
        if (!isNew && m_db.isServer()) {
            // Made from the version stored now? Else someone else saved in between.
            QSqlQuery stored = m_db.prepare(
                u"SELECT row_version, goal_text, next_meeting FROM plan WHERE id = ?"_s);
            stored.addBindValue(plan.id);
            if (auto r = Database::exec(stored); !r)
                return r;
            if (!stored.next()) {
                return makeError(Error::Kind::NotFound,
                                 QCoreApplication::translate(
                                     "Handlingsplan", "The handlingsplan no longer exists."));
            }
            if (stored.value(0).toLongLong() != plan.rowVersion) {
                QStringList differences;
                addDifference(differences, QCoreApplication::translate("Handlingsplan", "Goal"),
                              stored.value(1).toString(), plan.goalText);
                addDifference(differences,
                              QCoreApplication::translate("Handlingsplan", "Next meeting"),
                              stored.value(2).toString(), plan.nextMeeting.toString(Qt::ISODate));
                stored.finish();
                return staleSave(m_db, what, "plan", plan.id, differences);
            }
            stored.finish();
        }
        QSqlQuery q = m_db.prepare(
            isNew ? uR"(INSERT INTO plan (participant_id, occasion_id, goal_type, goal_text,
                      next_meeting, updated_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id)"_s
                  : uR"(UPDATE plan SET participant_id = ?, occasion_id = ?, goal_type = ?,
                      goal_text = ?, next_meeting = ?, updated_at = ? WHERE id = ?)"_s +
                        rowVersionGuard(m_db));
        q.addBindValue(plan.participantId);
        q.addBindValue(sql::id(plan.occasionId));
        q.addBindValue(codeOf(plan.goalType));
        q.addBindValue(sql::text(plan.goalText));
        q.addBindValue(sql::date(plan.nextMeeting));
        q.addBindValue(now);
        q.addBindValue(isNew ? now : QVariant(plan.id));
        if (!isNew && m_db.isServer())
            q.addBindValue(plan.rowVersion);
        if (isNew) {
            auto id = Database::execInsert(q);
            if (!id)
                return id.error();
            plan.id = id.value();
            plan.rowVersion = m_db.isServer() ? 1 : 0; // the server's trigger starts rows at 1
        } else {
            if (auto r = execVersioned(m_db, q, plan.rowVersion, what, "plan", plan.id); !r)
                return r;
            QSqlQuery clear = m_db.prepare(u"DELETE FROM delmal WHERE plan_id = ?"_s);
            clear.addBindValue(plan.id);
            if (auto r = Database::exec(clear); !r)
                return r;
        }
        QSqlQuery dq = m_db.prepare(uR"(INSERT INTO delmal (plan_id, position, what, why,
            indicators, target_level, responsible, responsible_name, start_date, target_date,
            status, follow_up) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id)"_s);
        QSqlQuery aq = m_db.prepare(uR"(INSERT INTO activity (delmal_id, position, what, who,
            due_date, done) VALUES (?, ?, ?, ?, ?, ?) RETURNING id)"_s);
        int position = 0;
        for (Delmal& d : plan.delmal) {
            auto delmalId = insertRow(
                dq,
                {plan.id, position++, sql::text(d.what), sql::text(d.why),
                 sql::text(d.indicators.join(u',')),
                 d.targetLevel ? QVariant(*d.targetLevel) : QVariant(QMetaType::fromType<int>()),
                 codeOf(d.responsible), sql::text(d.responsibleName), sql::date(d.start),
                 sql::date(d.target), codeOf(d.status), sql::text(d.followUp)});
            if (!delmalId)
                return delmalId.error();
            d.id = delmalId.value();
            int activityPosition = 0;
            for (Activity& a : d.activities) {
                auto activityId =
                    insertRow(aq, {d.id, activityPosition++, sql::text(a.what), sql::text(a.who),
                                   sql::date(a.when), a.done ? 1 : 0});
                if (!activityId)
                    return activityId.error();
                a.id = activityId.value();
            }
        }
        return AuditLog(m_db).record(isNew ? AuditAction::Create : AuditAction::Update,
                                     AuditEntity::Plan, plan.id, plan.participantId);
    });
    if (!result)
        plan = before; // rolled back: no ids of rows that do not exist
    return result;
}

Result<std::vector<Handlingsplan>> PlanRepository::forParticipant(qint64 participantId) const
{
    QSqlQuery q = m_db.prepare(u"SELECT id, participant_id, occasion_id, goal_type, goal_text, "
                               u"next_meeting, "_s +
                               rowVersionColumn(m_db) +
                               u" FROM plan WHERE participant_id = ? ORDER BY created_at, id"_s);
    q.addBindValue(participantId);
    auto read = readRows(q, [](const QSqlQuery& row) {
        Handlingsplan p;
        p.id = row.value(0).toLongLong();
        p.participantId = row.value(1).toLongLong();
        p.occasionId = row.value(2).toLongLong();
        p.goalType = fromCode<GoalType>(row.value(3).toString()).value_or(GoalType::Arbete);
        p.goalText = row.value(4).toString();
        p.nextMeeting = sql::toDate(row.value(5));
        p.rowVersion = row.value(6).toLongLong();
        return p;
    });
    if (!read)
        return read;
    std::vector<Handlingsplan>& plans = read.value();
    const std::map<qint64, size_t> planIndex = positionsById(plans);
    QSqlQuery dq = m_db.prepare(uR"(SELECT d.id, d.plan_id, d.what, d.why, d.indicators,
        d.target_level, d.responsible, d.responsible_name, d.start_date, d.target_date, d.status,
        d.follow_up FROM delmal d JOIN plan p ON p.id = d.plan_id
        WHERE p.participant_id = ? ORDER BY d.plan_id, d.position)"_s);
    dq.addBindValue(participantId);
    if (auto r = Database::exec(dq); !r)
        return r.error();
    std::map<qint64, std::pair<size_t, size_t>> delmalIndex;
    while (dq.next()) {
        Delmal d;
        d.id = dq.value(0).toLongLong();
        const size_t pi = planIndex.at(dq.value(1).toLongLong());
        d.what = dq.value(2).toString();
        d.why = dq.value(3).toString();
        d.indicators = dq.value(4).toString().split(u',', Qt::SkipEmptyParts);
        if (!dq.value(5).isNull())
            d.targetLevel = dq.value(5).toInt();
        d.responsible =
            fromCode<Responsible>(dq.value(6).toString()).value_or(Responsible::Deltagare);
        d.responsibleName = dq.value(7).toString();
        d.start = sql::toDate(dq.value(8));
        d.target = sql::toDate(dq.value(9));
        d.status =
            fromCode<DelmalStatus>(dq.value(10).toString()).value_or(DelmalStatus::EjPaborjat);
        d.followUp = dq.value(11).toString();
        delmalIndex[d.id] = {pi, plans[pi].delmal.size()};
        plans[pi].delmal.push_back(std::move(d));
    }
    QSqlQuery aq = m_db.prepare(uR"(SELECT a.id, a.delmal_id, a.what, a.who, a.due_date, a.done
        FROM activity a JOIN delmal d ON d.id = a.delmal_id JOIN plan p ON p.id = d.plan_id
        WHERE p.participant_id = ? ORDER BY a.delmal_id, a.position)"_s);
    aq.addBindValue(participantId);
    if (auto r = Database::exec(aq); !r)
        return r.error();
    while (aq.next()) {
        const auto [pi, di] = delmalIndex.at(aq.value(1).toLongLong());
        plans[pi].delmal[di].activities.push_back({aq.value(0).toLongLong(), aq.value(2).toString(),
                                                   aq.value(3).toString(), sql::toDate(aq.value(4)),
                                                   aq.value(5).toBool()});
    }
    return read;
}

} // namespace tilltro::storage

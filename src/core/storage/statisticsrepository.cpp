#include "statisticsrepository.h"

#include <QHash>

#include "../instrument/instrument.h"
#include "database.h"
#include "sqlrows.h"
#include "sqlvalues.h"

using namespace Qt::StringLiterals;

namespace tilltro::storage {

namespace {

/// Every insats period (no title or provider: free text is not read here), by participant.
Result<std::unordered_map<qint64, std::vector<InsatsPeriod>>> insatserByParticipant(Database& db)
{
    QSqlQuery q = db.prepare(uR"(SELECT participant_id, id, category, start_date, end_date
        FROM insats ORDER BY participant_id, start_date, id)"_s);
    q.setForwardOnly(true);
    if (auto r = Database::exec(q); !r)
        return r.error();
    std::unordered_map<qint64, std::vector<InsatsPeriod>> map;
    while (q.next()) {
        InsatsPeriod p;
        p.participantId = q.value(0).toLongLong();
        p.id = q.value(1).toLongLong();
        p.category =
            fromCode<InsatsCategory>(q.value(2).toString()).value_or(InsatsCategory::Jobbinriktad);
        p.start = sql::toDate(q.value(3));
        p.end = sql::toDate(q.value(4));
        map[p.participantId].push_back(p);
    }
    return map;
}

Result<std::unordered_map<qint64, std::vector<HandledareAssignment>>>
assignmentsByParticipant(Database& db)
{
    QSqlQuery q = db.prepare(uR"(SELECT participant_id, id, handledare_id, from_date, to_date
        FROM handledare_assignment ORDER BY participant_id, from_date, id)"_s);
    q.setForwardOnly(true);
    if (auto r = Database::exec(q); !r)
        return r.error();
    std::unordered_map<qint64, std::vector<HandledareAssignment>> map;
    while (q.next()) {
        HandledareAssignment a;
        a.id = q.value(1).toLongLong();
        a.handledareId = q.value(2).toLongLong();
        a.from = sql::toDate(q.value(3));
        a.to = sql::toDate(q.value(4));
        map[q.value(0).toLongLong()].push_back(a);
    }
    return map;
}

/// "?, ?, ?" for `n` values.
QString placeholders(qsizetype n)
{
    QString list;
    for (qsizetype i = 0; i < n; ++i)
        list += i == 0 ? u"?"_s : u", ?"_s;
    return list;
}

} // namespace

Result<std::unordered_map<qint64, analysis::SignalInput>>
StatisticsRepository::signalInputs(const Instrument& instrument) const
{
    auto insatser = insatserByParticipant(m_db);
    if (!insatser)
        return insatser.error();
    auto assignments = assignmentsByParticipant(m_db);
    if (!assignments)
        return assignments.error();

    std::unordered_map<qint64, analysis::SignalInput> inputs;
    {
        QSqlQuery q = m_db.prepare(uR"(SELECT p.id, p.start_date, p.end_date,
            (SELECT MIN(o.occasion_date) FROM occasion o
              WHERE o.participant_id = p.id AND o.state = 'draft')
            FROM participant p)"_s);
        q.setForwardOnly(true);
        if (auto r = Database::exec(q); !r)
            return r.error();
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            analysis::SignalInput& in = inputs[id];
            in.startDate = sql::toDate(q.value(1));
            in.endDate = sql::toDate(q.value(2));
            in.oldestDraft = sql::toDate(q.value(3));
            if (auto it = insatser->find(id); it != insatser->end())
                in.insatser = std::move(it->second);
            if (auto it = assignments->find(id); it != assignments->end())
                in.assignments = std::move(it->second);
        }
    }

    // Tilltro and Målmedvetenhet of every completed occasion, oldest first.
    QSqlQuery q = m_db.prepare(uR"(SELECT o.participant_id, o.id, o.occasion_date,
            a.question_key, a.value, a.code
        FROM occasion o JOIN answer a ON a.occasion_id = o.id
        WHERE o.state = 'completed' AND a.question_key IN (?, ?)
        ORDER BY o.participant_id, o.occasion_date, o.id)"_s);
    q.setForwardOnly(true);
    q.addBindValue(QString::fromLatin1(analysis::TilltroKey));
    q.addBindValue(QString::fromLatin1(analysis::MalmedvetenhetKey));
    if (auto r = Database::exec(q); !r)
        return r.error();
    qint64 lastOccasion = 0;
    const QString malmedvetenhet = QString::fromLatin1(analysis::MalmedvetenhetKey);
    while (q.next()) {
        const auto it = inputs.find(q.value(0).toLongLong());
        if (it == inputs.end())
            continue;
        auto& points = it->second.completed;
        const qint64 occasionId = q.value(1).toLongLong();
        if (occasionId != lastOccasion || points.empty()) {
            points.push_back({sql::toDate(q.value(2)), {}, false, {}});
            lastOccasion = occasionId;
        }
        Answer answer;
        if (!q.value(4).isNull())
            answer.value = q.value(4).toInt();
        answer.code = q.value(5).toString();
        if (q.value(3).toString() == malmedvetenhet) {
            if (answer.value && instrument.accepts(malmedvetenhet, answer))
                points.back().malmedvetenhet = answer.value;
        } else if (const auto level = analysis::tilltroLevel(instrument, answer)) {
            points.back().tilltro = level;
            points.back().tilltroLow = analysis::isLowTilltro(instrument, *level);
        }
    }
    return inputs;
}

Result<std::vector<analysis::StatisticsParticipant>>
StatisticsRepository::participants(const Instrument& instrument,
                                   const analysis::StatisticsContext& context, const QDate& from,
                                   const QDate& to) const
{
    auto insatser = insatserByParticipant(m_db);
    if (!insatser)
        return insatser.error();
    auto assignments = assignmentsByParticipant(m_db);
    if (!assignments)
        return assignments.error();

    const QVariant fromValue = sql::date(from.isValid() ? from : QDate(1900, 1, 1));
    const QVariant toValue = sql::date(to);
    std::vector<analysis::StatisticsParticipant> list;
    std::unordered_map<qint64, std::size_t> position;
    {
        QSqlQuery q = m_db.prepare(uR"(SELECT p.id, COALESCE(p.handledare_id, 0), p.start_date,
                p.end_date, p.end_reason, c.in_period, c.last_before_end
            FROM participant p LEFT JOIN (
                SELECT participant_id,
                       SUM(CASE WHEN occasion_date >= ? AND occasion_date <= ? THEN 1 ELSE 0 END)
                           AS in_period,
                       MAX(CASE WHEN occasion_date <= ? THEN occasion_date END) AS last_before_end
                FROM occasion WHERE state = 'completed' GROUP BY participant_id
            ) c ON c.participant_id = p.id
            ORDER BY p.id)"_s);
        q.setForwardOnly(true);
        q.addBindValue(fromValue);
        q.addBindValue(toValue);
        q.addBindValue(toValue);
        if (auto r = Database::exec(q); !r)
            return r.error();
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            analysis::StatisticsParticipant p;
            p.handledareId = q.value(1).toLongLong();
            p.startDate = sql::toDate(q.value(2));
            p.endDate = sql::toDate(q.value(3));
            p.endReason = fromCode<EndReason>(q.value(4).toString()).value_or(EndReason::Annat);
            p.occasionsInPeriod = q.value(5).toInt();
            p.lastCompletedBeforeEnd = sql::toDate(q.value(6));
            if (auto it = insatser->find(id); it != insatser->end())
                p.insatser = std::move(it->second);
            if (auto it = assignments->find(id); it != assignments->end())
                p.assignments = std::move(it->second);
            position[id] = list.size();
            list.push_back(std::move(p));
        }
    }

    // Which column of a StatisticsOccasion each question key fills.
    enum class Column { Deltagare, Handledare, Tilltro };
    QHash<QString, std::pair<Column, std::size_t>> columns;
    QStringList keys;
    for (std::size_t i = 0; i < context.indicatorKeys.size(); ++i) {
        for (const Respondent r : {Respondent::Deltagare, Respondent::Handledare}) {
            if (const Question* question =
                    instrument.questionForIndicator(context.indicatorKeys[i], r)) {
                columns.insert(
                    question->key,
                    {r == Respondent::Deltagare ? Column::Deltagare : Column::Handledare, i});
                keys << question->key;
            }
        }
    }
    columns.insert(QString::fromLatin1(analysis::TilltroKey), {Column::Tilltro, 0});
    keys << QString::fromLatin1(analysis::TilltroKey);

    // The first and the latest completed occasion of each deltagare in the period, with the
    // answers statistics read. MATERIALIZED keeps SQLite from re-planning the join into a
    // scan of every answer.
    QSqlQuery q = m_db.prepare(uR"(WITH ranked AS (
            SELECT id, participant_id, occasion_date,
                   ROW_NUMBER() OVER (PARTITION BY participant_id
                                      ORDER BY occasion_date, id) AS from_first,
                   ROW_NUMBER() OVER (PARTITION BY participant_id
                                      ORDER BY occasion_date DESC, id DESC) AS from_latest
            FROM occasion
            WHERE state = 'completed' AND occasion_date >= ? AND occasion_date <= ?),
        ends AS MATERIALIZED (
            SELECT id, participant_id, occasion_date FROM ranked
            WHERE from_first = 1 OR from_latest = 1)
        SELECT e.participant_id, e.id, e.occasion_date, a.question_key, a.value, a.code
        FROM ends e JOIN answer a ON a.occasion_id = e.id
        WHERE a.question_key IN ()"_s +
                               placeholders(keys.size()) +
                               u") ORDER BY e.participant_id, e.occasion_date, e.id"_s);
    q.setForwardOnly(true);
    q.addBindValue(fromValue);
    q.addBindValue(toValue);
    for (const QString& key : keys)
        q.addBindValue(key);
    if (auto r = Database::exec(q); !r)
        return r.error();
    const std::size_t indicatorCount = context.indicatorKeys.size();
    qint64 lastOccasion = 0;
    while (q.next()) {
        const auto it = position.find(q.value(0).toLongLong());
        if (it == position.end())
            continue;
        auto& occasions = list[it->second].occasions;
        const qint64 occasionId = q.value(1).toLongLong();
        if (occasionId != lastOccasion || occasions.empty()) {
            analysis::StatisticsOccasion o;
            o.date = sql::toDate(q.value(2));
            o.deltagare.resize(indicatorCount);
            o.handledare.resize(indicatorCount);
            occasions.push_back(std::move(o));
            lastOccasion = occasionId;
        }
        const QString key = q.value(3).toString();
        Answer answer;
        if (!q.value(4).isNull())
            answer.value = q.value(4).toInt();
        answer.code = q.value(5).toString();
        const auto column = columns.value(key);
        analysis::StatisticsOccasion& o = occasions.back();
        if (column.first == Column::Tilltro) {
            o.tilltro = analysis::tilltroLevel(instrument, answer);
        } else if (answer.value && instrument.accepts(key, answer)) {
            (column.first == Column::Deltagare ? o.deltagare : o.handledare)[column.second] =
                answer.value;
        }
    }
    return list;
}

} // namespace tilltro::storage

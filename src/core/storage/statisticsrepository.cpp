#include "statisticsrepository.h"

#include <algorithm>
#include <utility>

#include "../instrument/instrument.h"
#include "database.h"
#include "statement.h"

using namespace Qt::StringLiterals;

namespace tilltro::storage {

namespace {

/// The rows of `sql` (its first column the participant id, `?1` a participant id or 0 for
/// all) read by `read`, by participant.
template <typename Read>
auto byParticipant(Database& db, const char* sql, qint64 participantId, Read read)
    -> Result<std::unordered_map<qint64, std::vector<decltype(read(std::declval<Statement&>()))>>>
{
    using Row = decltype(read(std::declval<Statement&>()));
    Statement q(db, sql);
    q.bind(1, participantId);
    std::unordered_map<qint64, std::vector<Row>> map;
    while (q.next())
        map[q.int64(0)].push_back(read(q));
    if (auto r = q.error(); !r)
        return r.error();
    return map;
}

/// Every insats period (no title or provider: free text is not read here), by participant; of
/// one participant when `participantId` is not 0. In the order they were made: nothing here
/// needs them sorted (sorting in SQL cost more than the read).
Result<std::unordered_map<qint64, std::vector<InsatsPeriod>>>
insatserByParticipant(Database& db, qint64 participantId = 0)
{
    return byParticipant(db,
                         "SELECT participant_id, id, category, start_date, end_date FROM insats "
                         "WHERE ?1 = 0 OR participant_id = ?1",
                         participantId, [](const Statement& q) {
                             InsatsPeriod p;
                             p.participantId = q.int64(0);
                             p.id = q.int64(1);
                             p.category = q.string(2);
                             p.start = q.date(3);
                             p.end = q.date(4);
                             return p;
                         });
}

/// The handledare assignments, by participant, in the order they were made (rowid), which is
/// what handledareChanges() wants for equal dates; it sorts by date itself.
Result<std::unordered_map<qint64, std::vector<HandledareAssignment>>>
assignmentsByParticipant(Database& db, qint64 participantId = 0)
{
    return byParticipant(db,
                         "SELECT participant_id, id, handledare_id, from_date, to_date "
                         "FROM handledare_assignment WHERE ?1 = 0 OR participant_id = ?1",
                         participantId, [](const Statement& q) {
                             HandledareAssignment a;
                             a.id = q.int64(1);
                             a.handledareId = q.int64(2);
                             a.from = q.date(3);
                             a.to = q.date(4);
                             return a;
                         });
}

/// How these reads judge the answers they need, worked out once from the instrument rather
/// than per row (at BIP scale they read some 150,000): a number counts when its question is
/// numeric and the number within its scale and no code goes with it (Instrument::accepts());
/// a Tilltro code gives its level (analysis::tilltroLevel()).
class AnswerJudge {
public:
    explicit AnswerJudge(const Instrument& instrument)
        : m_tilltro(instrument)
    {
    }

    /// The number in `valueColumn` if `question` accepts it (the code in `codeColumn` empty).
    static std::optional<int> number(const Question* question, const Statement& q, int valueColumn,
                                     int codeColumn)
    {
        if (!question || question->scale.type != Scale::Type::Numeric || q.isNull(valueColumn) ||
            !q.text(codeColumn).isEmpty())
            return std::nullopt;
        const int v = q.integer(valueColumn);
        if (v < question->scale.min || v > question->scale.max)
            return std::nullopt;
        return v;
    }
    /// The Tilltro level of the code in `codeColumn`; none for a number, a non-answer or an
    /// unknown code.
    std::optional<int> tilltroLevel(const Statement& q, int valueColumn, int codeColumn) const
    {
        return q.isNull(valueColumn) ? m_tilltro.level(q.text(codeColumn)) : std::nullopt;
    }
    bool isLow(int level) const { return m_tilltro.isLow(level); }

private:
    analysis::TilltroScale m_tilltro;
};

} // namespace

// These reads go through Statement, on a file SQLite's C API: at BIP scale they return some
// 150,000 values, and reading them through QSqlQuery (a QVariant, and a QString for every
// text, per value) took four times as long as SQLite itself (docs/performance.md).

Result<std::unordered_map<qint64, analysis::SignalInput>>
StatisticsRepository::signalInputs(const Instrument& instrument, qint64 participantId) const
{
    auto insatser = insatserByParticipant(m_db, participantId);
    if (!insatser)
        return insatser.error();
    auto assignments = assignmentsByParticipant(m_db, participantId);
    if (!assignments)
        return assignments.error();

    std::unordered_map<qint64, analysis::SignalInput> inputs;
    {
        Statement q(m_db, "SELECT p.id, p.start_date, p.end_date, "
                          "(SELECT MIN(o.occasion_date) FROM occasion o "
                          "  WHERE o.participant_id = p.id AND o.state = 'draft') "
                          "FROM participant p WHERE ?1 = 0 OR p.id = ?1");
        q.bind(1, participantId);
        while (q.next()) {
            const qint64 id = q.int64(0);
            analysis::SignalInput& in = inputs[id];
            in.startDate = q.date(1);
            in.endDate = q.date(2);
            in.oldestDraft = q.date(3);
            if (auto it = insatser->find(id); it != insatser->end())
                in.insatser = std::move(it->second);
            if (auto it = assignments->find(id); it != assignments->end())
                in.assignments = std::move(it->second);
        }
        if (auto r = q.error(); !r)
            return r.error();
    }

    // Tilltro and Målmedvetenhet of every completed occasion: one row each, with NULLs where
    // one is not answered (an occasion with neither still dates a change of handledare). In
    // the order they come; each deltagare's are put in date order below (sorting in SQL took
    // half the time of this read).
    const AnswerJudge judge(instrument);
    const Question* malmedvetenhet =
        instrument.question(QString::fromLatin1(analysis::MalmedvetenhetKey));
    Statement q(m_db, "SELECT o.participant_id, o.occasion_date, t.value, t.code, "
                      "       m.value, m.code "
                      "FROM occasion o "
                      "LEFT JOIN answer t ON t.occasion_id = o.id AND t.question_key = ?1 "
                      "LEFT JOIN answer m ON m.occasion_id = o.id AND m.question_key = ?2 "
                      "WHERE o.state = 'completed' AND (?3 = 0 OR o.participant_id = ?3)");
    q.bind(1, QString::fromLatin1(analysis::TilltroKey));
    q.bind(2, QString::fromLatin1(analysis::MalmedvetenhetKey));
    q.bind(3, participantId);
    while (q.next()) {
        const auto it = inputs.find(q.int64(0));
        if (it == inputs.end())
            continue;
        analysis::TrendPoint point;
        point.date = q.date(1);
        point.tilltro = judge.tilltroLevel(q, 2, 3);
        point.tilltroLow = point.tilltro && judge.isLow(*point.tilltro);
        point.malmedvetenhet = AnswerJudge::number(malmedvetenhet, q, 4, 5);
        it->second.completed.push_back(point);
    }
    for (auto& [id, in] : inputs) {
        std::stable_sort(in.completed.begin(), in.completed.end(),
                         [](const auto& a, const auto& b) { return a.date < b.date; });
    }
    if (auto r = q.error(); !r)
        return r.error();
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

    const QDate fromDay = from.isValid() ? from : QDate(1900, 1, 1);
    std::vector<analysis::StatisticsParticipant> list;
    std::unordered_map<qint64, std::size_t> position;
    {
        Statement q(
            m_db,
            "SELECT p.id, COALESCE(p.handledare_id, 0), p.start_date, p.end_date, p.end_reason, "
            "       c.in_period, c.last_before_end, "
            "       (SELECT pl.next_meeting FROM plan pl WHERE pl.participant_id = p.id "
            "          AND substr(pl.created_at, 1, 10) <= ?2 "
            "        ORDER BY pl.created_at DESC, pl.id DESC LIMIT 1) "
            "FROM participant p LEFT JOIN ("
            "    SELECT participant_id,"
            "           SUM(CASE WHEN occasion_date >= ?1 AND occasion_date <= ?2 THEN 1 ELSE 0 "
            "               END) AS in_period,"
            "           MAX(CASE WHEN occasion_date <= ?2 THEN occasion_date END) "
            "               AS last_before_end"
            "    FROM occasion WHERE state = 'completed' GROUP BY participant_id"
            ") c ON c.participant_id = p.id "
            "ORDER BY p.id");
        q.bind(1, fromDay);
        q.bind(2, to);
        while (q.next()) {
            const qint64 id = q.int64(0);
            analysis::StatisticsParticipant p;
            p.handledareId = q.int64(1);
            p.startDate = q.date(2);
            p.endDate = q.date(3);
            p.endReason = q.string(4);
            p.occasionsInPeriod = q.integer(5);
            p.lastCompletedBeforeEnd = q.date(6);
            p.nextMeeting = q.date(7);
            if (auto it = insatser->find(id); it != insatser->end())
                p.insatser = std::move(it->second);
            if (auto it = assignments->find(id); it != assignments->end())
                p.assignments = std::move(it->second);
            position[id] = list.size();
            list.push_back(std::move(p));
        }
        if (auto r = q.error(); !r)
            return r.error();
    }

    // Which column of a StatisticsOccasion each question key fills.
    enum class Column { Deltagare, Handledare, Tilltro };
    struct Target {
        QByteArray key;
        Column column;
        std::size_t index;
        const Question* question;
    };
    std::vector<Target> targets;
    for (std::size_t i = 0; i < context.indicatorKeys.size(); ++i) {
        for (const Respondent r : {Respondent::Deltagare, Respondent::Handledare}) {
            if (const Question* question =
                    instrument.questionForIndicator(context.indicatorKeys[i], r)) {
                targets.push_back(
                    {question->key.toUtf8(),
                     r == Respondent::Deltagare ? Column::Deltagare : Column::Handledare, i,
                     question});
            }
        }
    }
    targets.push_back({QByteArray(analysis::TilltroKey), Column::Tilltro, 0, nullptr});
    const AnswerJudge judge(instrument);
    QString keyList;
    for (std::size_t i = 0; i < targets.size(); ++i)
        keyList += (i == 0 ? u"?"_s : u", ?"_s) + QString::number(i + 3);

    // The first and the latest completed occasion of each deltagare in the period, and the
    // first and the latest of those the deltagare took part in (an index seek each), with the
    // answers statistics read and no others.
    const QByteArray sql =
        ("WITH ends AS MATERIALIZED ("
         "  SELECT p.id AS participant_id,"
         "    (SELECT o.id FROM occasion o WHERE o.participant_id = p.id"
         "       AND o.state = 'completed' AND o.occasion_date >= ?1 AND o.occasion_date <= ?2"
         "       ORDER BY o.occasion_date, o.id LIMIT 1) AS first_id,"
         "    (SELECT o.id FROM occasion o WHERE o.participant_id = p.id"
         "       AND o.state = 'completed' AND o.occasion_date >= ?1 AND o.occasion_date <= ?2"
         "       ORDER BY o.occasion_date DESC, o.id DESC LIMIT 1) AS latest_id,"
         "    (SELECT o.id FROM occasion o WHERE o.participant_id = p.id"
         "       AND o.state = 'completed' AND o.occasion_date >= ?1 AND o.occasion_date <= ?2"
         "       AND o.deltagare_absent = 0"
         "       ORDER BY o.occasion_date, o.id LIMIT 1) AS present_first_id,"
         "    (SELECT o.id FROM occasion o WHERE o.participant_id = p.id"
         "       AND o.state = 'completed' AND o.occasion_date >= ?1 AND o.occasion_date <= ?2"
         "       AND o.deltagare_absent = 0"
         "       ORDER BY o.occasion_date DESC, o.id DESC LIMIT 1) AS present_latest_id"
         "  FROM participant p) "
         "SELECT e.participant_id, o.id, o.occasion_date, o.deltagare_absent,"
         "       a.question_key, a.value, a.code "
         "FROM ends e JOIN occasion o ON o.id IN (e.first_id, e.latest_id, e.present_first_id,"
         "                                      e.present_latest_id) "
         "JOIN answer a ON a.occasion_id = o.id "
         "WHERE a.question_key IN ("_ba +
         keyList.toUtf8() + ")");
    Statement q(m_db, sql.constData());
    q.bind(1, fromDay);
    q.bind(2, to);
    for (std::size_t i = 0; i < targets.size(); ++i)
        q.bind(int(i) + 3, QString::fromUtf8(targets[i].key));
    const std::size_t indicatorCount = context.indicatorKeys.size();
    std::vector<std::size_t> touched;
    while (q.next()) {
        const auto it = position.find(q.int64(0));
        if (it == position.end())
            continue;
        auto& occasions = list[it->second].occasions;
        const qint64 occasionId = q.int64(1);
        // At most four occasions each: a look along them is cheaper than a map.
        auto found = std::find_if(occasions.begin(), occasions.end(),
                                  [&](const auto& o) { return o.id == occasionId; });
        if (found == occasions.end()) {
            if (occasions.empty())
                touched.push_back(it->second);
            analysis::StatisticsOccasion o;
            o.id = occasionId;
            o.date = q.date(2);
            o.deltagareAbsent = q.integer(3) != 0;
            o.deltagare.resize(indicatorCount);
            o.handledare.resize(indicatorCount);
            occasions.push_back(std::move(o));
            found = occasions.end() - 1;
        }
        analysis::StatisticsOccasion& o = *found;
        const QByteArrayView key = q.text(4);
        const auto target = std::find_if(targets.begin(), targets.end(),
                                         [&](const Target& t) { return key == t.key; });
        if (target == targets.end())
            continue;
        if (target->column == Column::Tilltro) {
            o.tilltro = judge.tilltroLevel(q, 5, 6);
        } else if (const auto value = AnswerJudge::number(target->question, q, 5, 6)) {
            (target->column == Column::Deltagare ? o.deltagare : o.handledare)[target->index] =
                value;
        }
    }
    if (auto r = q.error(); !r)
        return r.error();
    // Oldest first, as the rows came in any order.
    for (const std::size_t i : touched) {
        auto& occasions = list[i].occasions;
        if (occasions.size() > 1) {
            std::sort(occasions.begin(), occasions.end(), [](const auto& a, const auto& b) {
                return a.date != b.date ? a.date < b.date : a.id < b.id;
            });
        }
    }
    return list;
}

} // namespace tilltro::storage

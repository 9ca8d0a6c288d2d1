#include "insatsanalysis.h"

#include "../instrument/instrument.h"

#include <algorithm>
#include <cstddef>

namespace tilltro::analysis {

namespace {

/// A period boundary: on `day` one period begins (+1) or has ended (-1); `job`: of the
/// job-oriented category.
struct Boundary {
    qint64 day = 0; ///< Julian day
    int delta = 0;
    bool job = false;
};

} // namespace

JobOriented::JobOriented(const QString& key)
    : m_keys{key}
{
}

JobOriented::JobOriented(const InsatsLists& lists)
    : m_keys{lists.jobOrientedCategory()}
{
    for (const InsatsCategoryDef& builtIn : InsatsLists::defaults().categories) {
        if (builtIn.jobOriented && !lists.category(builtIn.key) && builtIn.key != m_keys.front())
            m_keys.push_back(builtIn.key);
    }
}

bool JobOriented::contains(const QString& category) const
{
    return std::find(m_keys.begin(), m_keys.end(), category) != m_keys.end();
}

InsatsSummary analyseInsatser(const std::vector<InsatsPeriod>& periods, const QDate& from,
                              const QDate& to, const JobOriented& jobOriented)
{
    InsatsSummary summary;
    if (!from.isValid() || !to.isValid() || to < from)
        return summary;

    const qint64 first = from.toJulianDay();
    const qint64 last = to.toJulianDay();

    std::vector<Boundary> boundaries;
    boundaries.reserve(periods.size() * 2);
    for (const InsatsPeriod& p : periods) {
        if (!p.start.isValid())
            continue;
        const qint64 start = std::max(p.start.toJulianDay(), first);
        const qint64 end = std::min(p.end.isValid() ? p.end.toJulianDay() : last, last);
        if (start > end) // outside the window, or ends before it starts
            continue;
        const bool job = jobOriented.contains(p.category);
        summary.categories.insert(p.category);
        summary.includesJobOriented = summary.includesJobOriented || job;
        boundaries.push_back({start, +1, job});
        boundaries.push_back({end + 1, -1, job}); // the day after its last day
    }

    std::sort(boundaries.begin(), boundaries.end(),
              [](const Boundary& a, const Boundary& b) { return a.day < b.day; });

    int job = 0; // running periods of the job-oriented category
    int total = 0;
    qint64 uncovered = 0;

    // The days [a, b] all have the counts in `running` / `total`.
    const auto account = [&](qint64 a, qint64 b) {
        if (a > b)
            return;
        if (total == 0) {
            uncovered += b - a + 1;
            if (!summary.gaps.empty() && summary.gaps.back().second.toJulianDay() + 1 == a)
                summary.gaps.back().second = QDate::fromJulianDay(b);
            else
                summary.gaps.emplace_back(QDate::fromJulianDay(a), QDate::fromJulianDay(b));
            return;
        }
        if (total >= 2)
            summary.parallel = true;
        if (job > 0 && total - job > 0)
            summary.parallelWithJobOriented = true;
    };

    qint64 cursor = first;
    for (std::size_t i = 0; i < boundaries.size();) {
        const qint64 day = boundaries[i].day;
        account(cursor, std::min(day - 1, last));
        for (; i < boundaries.size() && boundaries[i].day == day; ++i) {
            job += boundaries[i].job ? boundaries[i].delta : 0;
            total += boundaries[i].delta;
        }
        cursor = day;
    }
    account(cursor, last);

    summary.daysWithout = static_cast<int>(uncovered);
    return summary;
}

RecentInsatser analyseRecentInsatser(const std::vector<InsatsPeriod>& periods,
                                     const Participant& participant, const QDate& day,
                                     const JobOriented& jobOriented)
{
    RecentInsatser recent;
    if (!day.isValid())
        return recent;
    const QDate& start = participant.startDate;
    const QDate& end = participant.endDate;

    const bool ended = end.isValid() && end < day;
    const QDate to = ended ? end : day;
    QDate from = to.addMonths(-3);
    if (start.isValid() && start > from)
        from = start;
    if (from > to) // starts after `day`, or ends before it starts
        return recent;

    recent.from = from;
    recent.to = to;
    recent.ended = ended;
    recent.summary = analyseInsatser(periods, from, to, jobOriented);
    return recent;
}

std::set<QString> activeCategoriesOn(const std::vector<InsatsPeriod>& periods, const QDate& day)
{
    std::set<QString> result;
    if (!day.isValid())
        return result;
    for (const InsatsPeriod& p : periods) {
        if (p.isRunningOn(day))
            result.insert(p.category);
    }
    return result;
}

} // namespace tilltro::analysis

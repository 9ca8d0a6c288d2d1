#include "insatsanalysis.h"

#include <algorithm>
#include <array>
#include <cstddef>

namespace tilltro::analysis {

namespace {

constexpr std::size_t CategoryCount = 4;

std::size_t categoryIndex(InsatsCategory category)
{
    return static_cast<std::size_t>(category);
}

/// A period boundary: on `day` one period of `category` begins (+1) or has ended (-1).
struct Boundary {
    qint64 day = 0; ///< Julian day
    int delta = 0;
    InsatsCategory category = InsatsCategory::Jobbinriktad;
};

} // namespace

InsatsSummary analyseInsatser(const std::vector<InsatsPeriod>& periods, const QDate& from,
                              const QDate& to)
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
        summary.categories.insert(p.category);
        boundaries.push_back({start, +1, p.category});
        boundaries.push_back({end + 1, -1, p.category}); // the day after its last day
    }
    summary.includesJobOriented = summary.categories.contains(InsatsCategory::Jobbinriktad);

    std::sort(boundaries.begin(), boundaries.end(),
              [](const Boundary& a, const Boundary& b) { return a.day < b.day; });

    std::array<int, CategoryCount> running{};
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
        const int job = running[categoryIndex(InsatsCategory::Jobbinriktad)];
        if (job > 0 && total - job > 0)
            summary.parallelWithJobOriented = true;
    };

    qint64 cursor = first;
    for (std::size_t i = 0; i < boundaries.size();) {
        const qint64 day = boundaries[i].day;
        account(cursor, std::min(day - 1, last));
        for (; i < boundaries.size() && boundaries[i].day == day; ++i) {
            running[categoryIndex(boundaries[i].category)] += boundaries[i].delta;
            total += boundaries[i].delta;
        }
        cursor = day;
    }
    account(cursor, last);

    summary.daysWithout = static_cast<int>(uncovered);
    return summary;
}

RecentInsatser analyseRecentInsatser(const std::vector<InsatsPeriod>& periods,
                                     const Participant& participant, const QDate& day)
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
    recent.summary = analyseInsatser(periods, from, to);
    return recent;
}

std::set<InsatsCategory> activeCategoriesOn(const std::vector<InsatsPeriod>& periods,
                                            const QDate& day)
{
    std::set<InsatsCategory> result;
    if (!day.isValid())
        return result;
    for (const InsatsPeriod& p : periods) {
        if (p.isRunningOn(day))
            result.insert(p.category);
    }
    return result;
}

} // namespace tilltro::analysis

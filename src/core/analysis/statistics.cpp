#include "statistics.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "../instrument/instrument.h"
#include "insatsanalysis.h"
#include "signals.h"

namespace tilltro::analysis {

namespace {

/// The first day of "from the beginning": earlier than any participation.
const QDate EarliestDay(1900, 1, 1);

std::optional<int> countFigure(int n)
{
    return n == 0 || n >= MinimumGroup ? std::optional<int>(n) : std::nullopt;
}

std::optional<double> shareFigure(int part, int whole)
{
    return whole >= MinimumGroup ? std::optional<double>(double(part) / whole) : std::nullopt;
}

/// The part of a participation inside the period; none when they do not overlap.
std::optional<std::pair<QDate, QDate>> windowOf(const StatisticsParticipant& p,
                                                const StatisticsFilter& filter)
{
    const QDate periodFrom = filter.from.isValid() ? filter.from : EarliestDay;
    const QDate from = p.startDate.isValid() ? std::max(p.startDate, periodFrom) : periodFrom;
    const QDate to = p.endDate.isValid() ? std::min(p.endDate, filter.to) : filter.to;
    if (!to.isValid() || from > to)
        return std::nullopt;
    return std::make_pair(from, to);
}

std::vector<HandledareAssignment> sortedAssignments(const StatisticsParticipant& p)
{
    std::vector<HandledareAssignment> sorted = p.assignments;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto& a, const auto& b) { return a.from < b.from; });
    return sorted;
}

bool responsibleInPeriod(const StatisticsParticipant& p, const StatisticsFilter& filter,
                         const QDate& from)
{
    if (p.assignments.empty())
        return p.handledareId == filter.handledareId;
    return std::any_of(p.assignments.begin(), p.assignments.end(), [&](const auto& a) {
        return a.handledareId == filter.handledareId && a.from <= filter.to &&
               (!a.to.isValid() || a.to >= from);
    });
}

bool handledareChangedIn(const StatisticsParticipant& p, const QDate& from, const QDate& to)
{
    const auto sorted = sortedAssignments(p);
    for (std::size_t i = 1; i < sorted.size(); ++i) {
        if (sorted[i].handledareId != sorted[i - 1].handledareId && sorted[i].from >= from &&
            sorted[i].from <= to)
            return true;
    }
    return false;
}

using Ratings = std::vector<std::optional<int>> StatisticsOccasion::*;

IndicatorChange changeOf(const QString& key, std::vector<int> changes)
{
    IndicatorChange c;
    c.key = key;
    const int n = static_cast<int>(changes.size());
    c.n = countFigure(n);
    if (n < MinimumGroup)
        return c;
    std::sort(changes.begin(), changes.end());
    c.q1 = quantile(changes, 0.25);
    c.median = quantile(changes, 0.5);
    c.q3 = quantile(changes, 0.75);
    const auto improved =
        std::count_if(changes.begin(), changes.end(), [](int v) { return v > 0; });
    const auto worsened =
        std::count_if(changes.begin(), changes.end(), [](int v) { return v < 0; });
    c.improved = double(improved) / n;
    c.worsened = double(worsened) / n;
    c.unchanged = double(n - improved - worsened) / n;
    return c;
}

std::vector<IndicatorChange>
indicatorChanges(const std::vector<const StatisticsParticipant*>& group,
                 const StatisticsContext& context, Ratings ratings)
{
    std::vector<IndicatorChange> result;
    for (std::size_t i = 0; i < context.indicatorKeys.size(); ++i) {
        std::vector<int> changes;
        for (const StatisticsParticipant* p : group) {
            if (p->occasions.size() < 2)
                continue;
            const auto& first = p->occasions.front().*ratings;
            const auto& latest = p->occasions.back().*ratings;
            if (i < first.size() && i < latest.size() && first[i] && latest[i])
                changes.push_back(*latest[i] - *first[i]);
        }
        result.push_back(changeOf(context.indicatorKeys[i], std::move(changes)));
    }
    return result;
}

GroupChange groupChange(const std::vector<const StatisticsParticipant*>& group,
                        const StatisticsContext& context)
{
    return {countFigure(static_cast<int>(group.size())),
            indicatorChanges(group, context, &StatisticsOccasion::deltagare)};
}

std::vector<InsatsCategory> categoriesOf(const std::set<InsatsCategory>& categories)
{
    return {categories.begin(), categories.end()};
}

// --- Merging ---------------------------------------------------------------------------------

/// Sums the known values; none when none is known.
std::optional<int> sumKnown(const std::vector<std::optional<int>>& values)
{
    std::optional<int> sum;
    for (const auto& v : values) {
        if (v)
            sum = sum.value_or(0) + *v;
    }
    return sum ? countFigure(*sum) : std::nullopt;
}

/// Σ value·weight / Σ weight over the pairs where both are known, if Σ weight is large enough.
struct WeightedMean {
    double sum = 0;
    int weight = 0;
    void add(const std::optional<double>& value, const std::optional<int>& w)
    {
        if (value && w && *w > 0) {
            sum += *value * *w;
            weight += *w;
        }
    }
    std::optional<double> result() const
    {
        return weight >= MinimumGroup ? std::optional<double>(sum / weight) : std::nullopt;
    }
};

std::vector<IndicatorChange>
mergeIndicators(const std::vector<const std::vector<IndicatorChange>*>& lists)
{
    std::vector<QString> keys;
    for (const auto* list : lists) {
        for (const auto& c : *list) {
            if (std::find(keys.begin(), keys.end(), c.key) == keys.end())
                keys.push_back(c.key);
        }
    }
    std::vector<IndicatorChange> merged;
    for (const QString& key : keys) {
        std::vector<std::optional<int>> ns;
        WeightedMean median, q1, q3, improved, unchanged, worsened;
        for (const auto* list : lists) {
            for (const auto& c : *list) {
                if (c.key != key)
                    continue;
                ns.push_back(c.n);
                median.add(c.median, c.n);
                q1.add(c.q1, c.n);
                q3.add(c.q3, c.n);
                improved.add(c.improved, c.n);
                unchanged.add(c.unchanged, c.n);
                worsened.add(c.worsened, c.n);
            }
        }
        IndicatorChange c;
        c.key = key;
        c.n = sumKnown(ns);
        if (c.n && *c.n >= MinimumGroup) {
            c.median = median.result();
            c.q1 = q1.result();
            c.q3 = q3.result();
            c.improved = improved.result();
            c.unchanged = unchanged.result();
            c.worsened = worsened.result();
        }
        merged.push_back(c);
    }
    return merged;
}

GroupChange mergeGroups(const std::vector<const GroupChange*>& groups)
{
    std::vector<std::optional<int>> participants;
    std::vector<const std::vector<IndicatorChange>*> lists;
    for (const GroupChange* g : groups) {
        participants.push_back(g->participants);
        lists.push_back(&g->indicators);
    }
    return {sumKnown(participants), mergeIndicators(lists)};
}

} // namespace

StatisticsContext statisticsContext(const Instrument& instrument)
{
    StatisticsContext context;
    for (const Indicator& indicator : instrument.indicators())
        context.indicatorKeys.push_back(indicator.key);
    if (const Question* q = instrument.question(QString::fromLatin1(TilltroKey))) {
        for (const ScaleOption& option : q->scale.options)
            context.tilltroOptions.push_back(option.key);
    }
    return context;
}

double quantile(const std::vector<int>& sorted, double p)
{
    const double position = p * double(sorted.size() - 1);
    const auto below = static_cast<std::size_t>(std::floor(position));
    const std::size_t above = std::min(below + 1, sorted.size() - 1);
    const double fraction = position - double(below);
    return sorted[below] + fraction * (sorted[above] - sorted[below]);
}

UnitStatistics unitStatistics(const std::vector<StatisticsParticipant>& participants,
                              const StatisticsContext& context, const StatisticsFilter& filter)
{
    UnitStatistics s;
    s.from = filter.from;
    s.to = filter.to;

    std::vector<const StatisticsParticipant*> group, changed, unchangedHandledare;
    std::map<int, std::vector<const StatisticsParticipant*>> byTilltro;
    std::map<std::vector<InsatsCategory>, std::vector<const StatisticsParticipant*>> endedBy;
    int occasions = 0, twoOccasions = 0, parallel = 0, parallelJob = 0, overdue = 0;
    for (const StatisticsParticipant& p : participants) {
        const auto window = windowOf(p, filter);
        if (!window)
            continue;
        const auto [from, to] = *window;
        if (filter.handledareId != 0 && !responsibleInPeriod(p, filter, from))
            continue;
        const InsatsSummary insatser = analyseInsatser(p.insatser, from, to);
        if (filter.category && !insatser.categories.contains(*filter.category))
            continue;

        group.push_back(&p);
        occasions += p.occasionsInPeriod;
        if (p.occasionsInPeriod >= 2)
            ++twoOccasions;
        parallel += insatser.parallel ? 1 : 0;
        parallelJob += insatser.parallelWithJobOriented ? 1 : 0;
        (handledareChangedIn(p, from, to) ? changed : unchangedHandledare).push_back(&p);
        if (!p.occasions.empty() && p.occasions.front().tilltro)
            byTilltro[*p.occasions.front().tilltro].push_back(&p);

        const bool runningAtEnd = !p.endDate.isValid() || p.endDate > filter.to;
        const QDate due = nextOccasionDue(p.lastCompletedBeforeEnd, p.startDate);
        if (runningAtEnd && due.isValid() && due < filter.to)
            ++overdue;
        if (p.endDate.isValid() && p.endDate <= filter.to &&
            (!filter.from.isValid() || p.endDate >= filter.from)) {
            const QDate start = p.startDate.isValid() ? p.startDate : EarliestDay;
            endedBy[categoriesOf(analyseInsatser(p.insatser, start, p.endDate).categories)]
                .push_back(&p);
        }
    }

    const int n = static_cast<int>(group.size());
    s.participants = countFigure(n);
    if (n < MinimumGroup) {
        // Nothing about fewer than five deltagare, not even how many occasions they had.
        s.occasions = n == 0 ? std::optional<int>(0) : std::nullopt;
        s.withTwoOccasions = s.occasions;
        s.overdue = s.occasions;
    } else {
        s.occasions = countFigure(occasions);
        s.withTwoOccasions = countFigure(twoOccasions);
        s.overdue = countFigure(overdue);
    }
    s.parallelShare = shareFigure(parallel, n);
    s.parallelWithJobOrientedShare = shareFigure(parallelJob, n);
    s.handledareChangeShare = shareFigure(static_cast<int>(changed.size()), n);
    s.indicators = indicatorChanges(group, context, &StatisticsOccasion::deltagare);
    s.handledareIndicators = indicatorChanges(group, context, &StatisticsOccasion::handledare);
    s.withHandledareChange = groupChange(changed, context);
    s.withoutHandledareChange = groupChange(unchangedHandledare, context);

    int withTilltro = 0;
    for (const auto& [level, members] : byTilltro)
        withTilltro += static_cast<int>(members.size());
    const int options = static_cast<int>(context.tilltroOptions.size());
    for (int level = options; level >= 1; --level) {
        const auto it = byTilltro.find(level);
        const std::vector<const StatisticsParticipant*> members =
            it == byTilltro.end() ? std::vector<const StatisticsParticipant*>() : it->second;
        TilltroGroup t;
        t.key = context.tilltroOptions[std::size_t(options - level)];
        t.group = groupChange(members, context);
        t.share = t.group.participants ? shareFigure(static_cast<int>(members.size()), withTilltro)
                                       : std::nullopt;
        s.tilltro.push_back(t);
    }

    for (const auto& [combination, members] : endedBy) {
        OutcomeRow row;
        row.combination = combination;
        const int ended = static_cast<int>(members.size());
        row.ended = countFigure(ended);
        if (ended >= MinimumGroup) {
            int arbete = 0, studier = 0;
            for (const StatisticsParticipant* p : members) {
                arbete += p->endReason == EndReason::Arbete ? 1 : 0;
                studier += p->endReason == EndReason::Studier ? 1 : 0;
            }
            row.arbete = countFigure(arbete);
            row.studier = countFigure(studier);
            row.other = countFigure(ended - arbete - studier);
        }
        s.outcomes.push_back(row);
    }
    return s;
}

UnitStatistics mergeStatistics(const std::vector<UnitStatistics>& summaries)
{
    UnitStatistics m;
    m.sources = 0;
    if (summaries.empty())
        return m;
    bool fromBeginning = false;
    std::vector<std::optional<int>> participants, occasions, two, overdue;
    WeightedMean parallel, parallelJob, change;
    std::vector<const std::vector<IndicatorChange>*> indicators, handledareIndicators;
    std::vector<const GroupChange*> withChange, withoutChange;
    for (const UnitStatistics& s : summaries) {
        m.sources += s.sources;
        fromBeginning = fromBeginning || !s.from.isValid();
        if (s.from.isValid() && (!m.from.isValid() || s.from < m.from))
            m.from = s.from;
        if (s.to.isValid() && (!m.to.isValid() || s.to > m.to))
            m.to = s.to;
        participants.push_back(s.participants);
        occasions.push_back(s.occasions);
        two.push_back(s.withTwoOccasions);
        overdue.push_back(s.overdue);
        parallel.add(s.parallelShare, s.participants);
        parallelJob.add(s.parallelWithJobOrientedShare, s.participants);
        change.add(s.handledareChangeShare, s.participants);
        indicators.push_back(&s.indicators);
        handledareIndicators.push_back(&s.handledareIndicators);
        withChange.push_back(&s.withHandledareChange);
        withoutChange.push_back(&s.withoutHandledareChange);
    }
    if (fromBeginning)
        m.from = QDate();
    m.participants = sumKnown(participants);
    m.occasions = sumKnown(occasions);
    m.withTwoOccasions = sumKnown(two);
    m.overdue = sumKnown(overdue);
    m.parallelShare = parallel.result();
    m.parallelWithJobOrientedShare = parallelJob.result();
    m.handledareChangeShare = change.result();
    m.indicators = mergeIndicators(indicators);
    m.handledareIndicators = mergeIndicators(handledareIndicators);
    m.withHandledareChange = mergeGroups(withChange);
    m.withoutHandledareChange = mergeGroups(withoutChange);

    // Tilltro groups by option key, in the order the first summary gives them.
    std::vector<QString> keys;
    for (const UnitStatistics& s : summaries) {
        for (const TilltroGroup& t : s.tilltro) {
            if (std::find(keys.begin(), keys.end(), t.key) == keys.end())
                keys.push_back(t.key);
        }
    }
    int withTilltro = 0;
    for (const QString& key : keys) {
        std::vector<const GroupChange*> groups;
        for (const UnitStatistics& s : summaries) {
            for (const TilltroGroup& t : s.tilltro) {
                if (t.key == key)
                    groups.push_back(&t.group);
            }
        }
        TilltroGroup t;
        t.key = key;
        t.group = mergeGroups(groups);
        withTilltro += t.group.participants.value_or(0);
        m.tilltro.push_back(t);
    }
    for (TilltroGroup& t : m.tilltro) {
        if (t.group.participants)
            t.share = shareFigure(*t.group.participants, withTilltro);
    }

    std::map<std::vector<InsatsCategory>, std::vector<const OutcomeRow*>> outcomes;
    for (const UnitStatistics& s : summaries) {
        for (const OutcomeRow& row : s.outcomes)
            outcomes[row.combination].push_back(&row);
    }
    for (const auto& [combination, rows] : outcomes) {
        std::vector<std::optional<int>> ended, arbete, studier, other;
        for (const OutcomeRow* row : rows) {
            ended.push_back(row->ended);
            arbete.push_back(row->arbete);
            studier.push_back(row->studier);
            other.push_back(row->other);
        }
        OutcomeRow row;
        row.combination = combination;
        row.ended = sumKnown(ended);
        if (row.ended && *row.ended >= MinimumGroup) {
            row.arbete = sumKnown(arbete);
            row.studier = sumKnown(studier);
            row.other = sumKnown(other);
        }
        m.outcomes.push_back(row);
    }
    return m;
}

} // namespace tilltro::analysis

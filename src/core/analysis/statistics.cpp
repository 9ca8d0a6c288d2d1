#include "statistics.h"

#include <QCoreApplication>

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

/// Shares of a partition of `whole` deltagare into `counts`: each shown where shownCells()
/// allows, and only when the whole has at least MinimumGroup.
std::vector<std::optional<double>> partitionShares(const std::vector<int>& counts, int whole)
{
    const std::vector<bool> shown = shownCells(counts);
    std::vector<std::optional<double>> shares(counts.size());
    for (std::size_t i = 0; i < counts.size(); ++i) {
        if (shown[i])
            shares[i] = shareFigure(counts[i], whole);
    }
    return shares;
}

/// The count of cell `index` of a partition, when shownCells() allows.
std::optional<int> partitionCount(const std::vector<int>& counts, std::size_t index)
{
    return shownCells(counts)[index] ? std::optional<int>(counts[index]) : std::nullopt;
}

/// A group that may not be shown: nothing about it, not even its indicators' n.
void hideGroup(GroupChange& group)
{
    group.participants.reset();
    for (IndicatorChange& c : group.indicators)
        c = IndicatorChange{c.key, {}, {}, {}, {}, {}, {}, {}};
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
    const auto shares =
        partitionShares({int(improved), int(n - improved - worsened), int(worsened)}, n);
    c.improved = shares[0];
    c.unchanged = shares[1];
    c.worsened = shares[2];
    return c;
}

std::vector<IndicatorChange>
indicatorChanges(const std::vector<const StatisticsParticipant*>& group,
                 const StatisticsContext& context, Ratings ratings)
{
    // Each one's first and latest occasion of the series: the deltagare's own ratings compare
    // the occasions they took part in.
    const bool own = ratings == &StatisticsOccasion::deltagare;
    std::vector<std::pair<const StatisticsOccasion*, const StatisticsOccasion*>> ends;
    ends.reserve(group.size());
    for (const StatisticsParticipant* p : group) {
        const StatisticsOccasion* first = nullptr;
        const StatisticsOccasion* latest = nullptr;
        for (const StatisticsOccasion& o : p->occasions) {
            if (own && o.deltagareAbsent)
                continue;
            if (!first)
                first = &o;
            latest = &o;
        }
        if (first && latest != first)
            ends.emplace_back(first, latest);
    }
    std::vector<IndicatorChange> result;
    for (std::size_t i = 0; i < context.indicatorKeys.size(); ++i) {
        std::vector<int> changes;
        for (const auto& [from, to] : ends) {
            const auto& first = from->*ratings;
            const auto& latest = to->*ratings;
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

/// The keys of `categories` in the order of `lists` (unlisted keys last, by key): the order of
/// the map it is a key of is the order of the outcome table's rows.
std::vector<std::pair<std::size_t, QString>> combinationOf(const std::set<QString>& categories,
                                                           const InsatsLists& lists)
{
    std::vector<std::pair<std::size_t, QString>> combination;
    for (const QString& key : categories)
        combination.emplace_back(lists.categoryPosition(key), key);
    std::sort(combination.begin(), combination.end());
    return combination;
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

/// The deltagare behind a share of `whole`: exact, since a summary writes the share in full.
int countOf(double share, int whole)
{
    return int(std::lround(share * whole));
}

/// A partition merged from several summaries: the counts of the summaries that show every cell
/// of it, with the whole they make up.
struct MergedPartition {
    std::vector<int> counts;
    int whole = 0;
    /// Every summary with deltagare in the group showed every cell: only then are the merged
    /// shares of the whole the merged summary states (its n), as a reader will take them.
    bool complete = true;
    explicit MergedPartition(std::size_t cells)
        : counts(cells, 0)
    {
    }
    /// Adds one summary's shares of `n`, if it shows them all.
    void add(const std::vector<std::optional<double>>& shares, const std::optional<int>& n)
    {
        if (!n || *n <= 0)
            return;
        if (std::any_of(shares.begin(), shares.end(), [](const auto& share) { return !share; })) {
            complete = false;
            return;
        }
        for (std::size_t i = 0; i < shares.size(); ++i)
            counts[i] += countOf(*shares[i], *n);
        whole += *n;
    }
    std::vector<std::optional<double>> shares() const
    {
        return complete ? partitionShares(counts, whole)
                        : std::vector<std::optional<double>>(counts.size());
    }
    std::optional<int> count(std::size_t index) const
    {
        return complete && whole >= MinimumGroup ? partitionCount(counts, index)
                                                 : std::optional<int>();
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
        WeightedMean median, q1, q3;
        MergedPartition directions(3);
        for (const auto* list : lists) {
            for (const auto& c : *list) {
                if (c.key != key)
                    continue;
                ns.push_back(c.n);
                median.add(c.median, c.n);
                q1.add(c.q1, c.n);
                q3.add(c.q3, c.n);
                directions.add({c.improved, c.unchanged, c.worsened}, c.n);
            }
        }
        IndicatorChange c;
        c.key = key;
        c.n = sumKnown(ns);
        if (c.n && *c.n >= MinimumGroup) {
            c.median = median.result();
            c.q1 = q1.result();
            c.q3 = q3.result();
            const auto shares = directions.shares();
            c.improved = shares[0];
            c.unchanged = shares[1];
            c.worsened = shares[2];
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
    context.instrumentKey = instrument.id();
    context.instrumentVersion = instrument.version();
    context.insatsLists = instrument.insatsLists();
    for (const Indicator& indicator : instrument.indicators())
        context.indicatorKeys.push_back(indicator.key);
    if (const Question* q = instrument.question(QString::fromLatin1(TilltroKey))) {
        for (const ScaleOption& option : q->scale.options)
            context.tilltroOptions.push_back(option.key);
    }
    return context;
}

std::vector<bool> shownCells(const std::vector<int>& counts)
{
    std::vector<bool> shown(counts.size(), true);
    int hidden = 0;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        if (counts[i] > 0 && counts[i] < MinimumGroup) {
            shown[i] = false;
            hidden += counts[i];
        }
    }
    // The group's size minus the cells shown gives the hidden ones together: they must hold
    // MinimumGroup or more, or nothing.
    while (hidden > 0 && hidden < MinimumGroup) {
        std::optional<std::size_t> smallest;
        for (std::size_t i = 0; i < counts.size(); ++i) {
            if (shown[i] && counts[i] > 0 && (!smallest || counts[i] < counts[*smallest]))
                smallest = i;
        }
        if (!smallest)
            break;
        shown[*smallest] = false;
        hidden += counts[*smallest];
    }
    return shown;
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
    s.instrumentKey = context.instrumentKey;
    s.instrumentVersion = context.instrumentVersion;
    s.filteredByHandledare = filter.handledareId != 0;
    s.filteredCategory = filter.category;

    std::vector<const StatisticsParticipant*> group, changed, unchangedHandledare;
    std::map<int, std::vector<const StatisticsParticipant*>> byTilltro;
    std::map<std::vector<std::pair<std::size_t, QString>>,
             std::vector<const StatisticsParticipant*>>
        endedBy;
    const JobOriented jobOriented(context.insatsLists);
    int occasions = 0, twoOccasions = 0, parallel = 0, parallelJob = 0, overdue = 0;
    for (const StatisticsParticipant& p : participants) {
        const auto window = windowOf(p, filter);
        if (!window)
            continue;
        const auto [from, to] = *window;
        if (filter.handledareId != 0 && !responsibleInPeriod(p, filter, from))
            continue;
        const InsatsSummary insatser = analyseInsatser(p.insatser, from, to, jobOriented);
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
        const QDate due = nextOccasionDue(p.lastCompletedBeforeEnd, p.startDate, p.nextMeeting);
        if (runningAtEnd && due.isValid() && due < filter.to)
            ++overdue;
        if (p.endDate.isValid() && p.endDate <= filter.to &&
            (!filter.from.isValid() || p.endDate >= filter.from)) {
            const QDate start = p.startDate.isValid() ? p.startDate : EarliestDay;
            endedBy[combinationOf(
                        analyseInsatser(p.insatser, start, p.endDate, jobOriented).categories,
                        context.insatsLists)]
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
        s.withTwoOccasions = partitionCount({twoOccasions, n - twoOccasions}, 0);
        s.overdue = partitionCount({overdue, n - overdue}, 0);
    }
    s.parallelShare = partitionShares({parallel, n - parallel}, n)[0];
    s.parallelWithJobOrientedShare = partitionShares({parallelJob, n - parallelJob}, n)[0];
    s.indicators = indicatorChanges(group, context, &StatisticsOccasion::deltagare);
    s.handledareIndicators = indicatorChanges(group, context, &StatisticsOccasion::handledare);
    s.withHandledareChange = groupChange(changed, context);
    s.withoutHandledareChange = groupChange(unchangedHandledare, context);
    const int changedCount = static_cast<int>(changed.size());
    const std::vector<bool> continuity = shownCells({changedCount, n - changedCount});
    s.handledareChangeShare = continuity[0] ? shareFigure(changedCount, n) : std::nullopt;
    const bool tooFew = n > 0 && n < MinimumGroup;
    if (!continuity[0] || tooFew)
        hideGroup(s.withHandledareChange);
    if (!continuity[1] || tooFew)
        hideGroup(s.withoutHandledareChange);

    // The Tilltro groups and those without a Tilltro at their first occasion partition the
    // deltagare: hidden together, so that none can be worked out from the others.
    int withTilltro = 0;
    for (const auto& [level, members] : byTilltro)
        withTilltro += static_cast<int>(members.size());
    const int options = static_cast<int>(context.tilltroOptions.size());
    std::vector<int> cells;
    for (int level = options; level >= 1; --level) {
        const auto it = byTilltro.find(level);
        cells.push_back(it == byTilltro.end() ? 0 : static_cast<int>(it->second.size()));
    }
    cells.push_back(n - withTilltro);
    const std::vector<bool> shownTilltro = shownCells(cells);
    const bool totalShown = shownTilltro.back() && n >= MinimumGroup;
    s.withTilltro = totalShown ? countFigure(withTilltro) : std::nullopt;
    for (int level = options; level >= 1; --level) {
        const std::size_t index = std::size_t(options - level);
        const auto it = byTilltro.find(level);
        const std::vector<const StatisticsParticipant*> members =
            it == byTilltro.end() ? std::vector<const StatisticsParticipant*>() : it->second;
        TilltroGroup t;
        t.key = context.tilltroOptions[index];
        t.group = groupChange(members, context);
        if (!shownTilltro[index] || (n > 0 && n < MinimumGroup)) {
            hideGroup(t.group);
        } else if (totalShown) {
            t.share = shareFigure(static_cast<int>(members.size()), withTilltro);
        }
        s.tilltro.push_back(t);
    }

    for (const auto& [combination, members] : endedBy) {
        OutcomeRow row;
        for (const auto& category : combination)
            row.combination.push_back(category.second);
        const int ended = static_cast<int>(members.size());
        row.ended = countFigure(ended);
        if (ended >= MinimumGroup) {
            int arbete = 0, studier = 0;
            for (const StatisticsParticipant* p : members) {
                const EndOutcome outcome = context.insatsLists.outcomeOf(p->endReason);
                arbete += outcome == EndOutcome::Arbete ? 1 : 0;
                studier += outcome == EndOutcome::Studier ? 1 : 0;
            }
            const std::vector<int> reasons{arbete, studier, ended - arbete - studier};
            row.arbete = partitionCount(reasons, 0);
            row.studier = partitionCount(reasons, 1);
            row.other = partitionCount(reasons, 2);
        }
        s.outcomes.push_back(row);
    }
    return s;
}

Result<void> mergeableSummaries(const std::vector<UnitStatistics>& summaries)
{
    for (std::size_t i = 0; i < summaries.size(); ++i) {
        for (std::size_t j = i + 1; j < summaries.size(); ++j) {
            if (summaries[i] == summaries[j]) {
                return makeError(Error::Kind::Invalid,
                                 QCoreApplication::translate(
                                     "Statistics",
                                     "Summaries %1 and %2 are the same: merged, their deltagare "
                                     "would be counted twice.")
                                     .arg(i + 1)
                                     .arg(j + 1));
            }
        }
    }
    for (const UnitStatistics& s : summaries) {
        if (s.instrumentKey != summaries.front().instrumentKey) {
            return makeError(Error::Kind::Invalid,
                             QCoreApplication::translate(
                                 "Statistics", "The summaries are of different instruments (%1 and "
                                               "%2): their indicators do not mean the same.")
                                 .arg(summaries.front().instrumentKey, s.instrumentKey));
        }
    }
    return {};
}

UnitStatistics mergeStatistics(const std::vector<UnitStatistics>& summaries)
{
    UnitStatistics m;
    m.sources = 0;
    if (summaries.empty())
        return m;
    m.instrumentKey = summaries.front().instrumentKey;
    m.instrumentVersion = summaries.front().instrumentVersion;
    m.filteredCategory = summaries.front().filteredCategory;
    bool fromBeginning = false;
    std::vector<std::optional<int>> participants, occasions, withTilltro;
    MergedPartition two(2), overdue(2), parallel(2), parallelJob(2), change(2);
    const auto pair = [](const std::optional<int>& part, const std::optional<int>& whole) {
        std::vector<std::optional<double>> shares(2);
        if (part && whole && *whole > 0) {
            shares[0] = double(*part) / *whole;
            shares[1] = double(*whole - *part) / *whole;
        }
        return shares;
    };
    const auto complement = [](const std::optional<double>& share) {
        return share ? std::optional<double>(1.0 - *share) : std::nullopt;
    };
    std::vector<const std::vector<IndicatorChange>*> indicators, handledareIndicators;
    std::vector<const GroupChange*> withChange, withoutChange;
    for (const UnitStatistics& s : summaries) {
        m.sources += s.sources;
        m.filteredByHandledare = m.filteredByHandledare || s.filteredByHandledare;
        if (s.filteredCategory != summaries.front().filteredCategory)
            m.filteredCategory.reset();
        if (s.instrumentVersion != m.instrumentVersion)
            m.instrumentVersion = 0; // several versions
        fromBeginning = fromBeginning || !s.from.isValid();
        if (s.from.isValid() && (!m.from.isValid() || s.from < m.from))
            m.from = s.from;
        if (s.to.isValid() && (!m.to.isValid() || s.to > m.to))
            m.to = s.to;
        participants.push_back(s.participants);
        occasions.push_back(s.occasions);
        withTilltro.push_back(s.withTilltro);
        two.add(pair(s.withTwoOccasions, s.participants), s.participants);
        overdue.add(pair(s.overdue, s.participants), s.participants);
        parallel.add({s.parallelShare, complement(s.parallelShare)}, s.participants);
        parallelJob.add(
            {s.parallelWithJobOrientedShare, complement(s.parallelWithJobOrientedShare)},
            s.participants);
        change.add({s.handledareChangeShare, complement(s.handledareChangeShare)}, s.participants);
        indicators.push_back(&s.indicators);
        handledareIndicators.push_back(&s.handledareIndicators);
        withChange.push_back(&s.withHandledareChange);
        withoutChange.push_back(&s.withoutHandledareChange);
    }
    if (fromBeginning)
        m.from = QDate();
    m.participants = sumKnown(participants);
    m.occasions = sumKnown(occasions);
    m.withTilltro = sumKnown(withTilltro);
    m.withTwoOccasions = two.count(0);
    m.overdue = overdue.count(0);
    m.parallelShare = parallel.shares()[0];
    m.parallelWithJobOrientedShare = parallelJob.shares()[0];
    m.handledareChangeShare = change.shares()[0];
    m.indicators = mergeIndicators(indicators);
    m.handledareIndicators = mergeIndicators(handledareIndicators);
    m.withHandledareChange = mergeGroups(withChange);
    m.withoutHandledareChange = mergeGroups(withoutChange);
    if (m.withHandledareChange.participants && m.withoutHandledareChange.participants) {
        const std::vector<bool> shown = shownCells(
            {*m.withHandledareChange.participants, *m.withoutHandledareChange.participants});
        if (!shown[0])
            hideGroup(m.withHandledareChange);
        if (!shown[1])
            hideGroup(m.withoutHandledareChange);
    }

    // Tilltro groups by option key, in the order the summaries give them. A share is of the
    // deltagare counted in the merged groups.
    std::vector<QString> keys;
    for (const UnitStatistics& s : summaries) {
        for (const TilltroGroup& t : s.tilltro) {
            if (std::find(keys.begin(), keys.end(), t.key) == keys.end())
                keys.push_back(t.key);
        }
    }
    std::vector<int> cells;
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
        cells.push_back(t.group.participants.value_or(0));
        m.tilltro.push_back(t);
    }
    // The groups and their whole (withTilltro) are exact only when every summary showed all of
    // them; otherwise the groups' sizes are sums of what was shown, and no share is given.
    bool allShown = true;
    for (const UnitStatistics& s : summaries) {
        if (s.participants.value_or(1) == 0)
            continue;
        allShown = allShown && s.withTilltro &&
                   std::all_of(s.tilltro.begin(), s.tilltro.end(), [](const TilltroGroup& t) {
                       return t.group.participants.has_value();
                   });
    }
    int counted = 0;
    for (int c : cells)
        counted += c;
    if (!allShown || !m.withTilltro || *m.withTilltro != counted)
        m.withTilltro.reset();
    std::vector<int> tilltroCells = cells;
    if (m.participants && m.withTilltro)
        tilltroCells.push_back(*m.participants - *m.withTilltro);
    const std::vector<bool> shownTilltro = shownCells(tilltroCells);
    for (std::size_t i = 0; i < m.tilltro.size(); ++i) {
        TilltroGroup& t = m.tilltro[i];
        if (!shownTilltro[i])
            hideGroup(t.group);
        else if (t.group.participants && m.withTilltro && shownTilltro.back())
            t.share = shareFigure(*t.group.participants, *m.withTilltro);
    }

    // In the order first met: each summary's rows are in its instrument's order.
    std::vector<std::pair<std::vector<QString>, std::vector<const OutcomeRow*>>> outcomes;
    for (const UnitStatistics& s : summaries) {
        for (const OutcomeRow& row : s.outcomes) {
            // The same categories are one row, whatever order each unit's list gives them.
            const auto sameSet = [](std::vector<QString> a, std::vector<QString> b) {
                std::sort(a.begin(), a.end());
                std::sort(b.begin(), b.end());
                return a == b;
            };
            auto it = std::find_if(outcomes.begin(), outcomes.end(), [&](const auto& o) {
                return sameSet(o.first, row.combination);
            });
            if (it == outcomes.end())
                it = outcomes.insert(outcomes.end(), {row.combination, {}});
            it->second.push_back(&row);
        }
    }
    for (const auto& [combination, rows] : outcomes) {
        std::vector<std::optional<int>> ended;
        std::vector<int> reasons(3, 0);
        int endedWithReasons = 0;
        for (const OutcomeRow* row : rows) {
            ended.push_back(row->ended);
            // A row counts towards the reasons only when it shows all three.
            if (row->ended && row->arbete && row->studier && row->other) {
                reasons[0] += *row->arbete;
                reasons[1] += *row->studier;
                reasons[2] += *row->other;
                endedWithReasons += *row->ended;
            }
        }
        OutcomeRow row;
        row.combination = combination;
        row.ended = sumKnown(ended);
        if (endedWithReasons >= MinimumGroup) {
            row.arbete = partitionCount(reasons, 0);
            row.studier = partitionCount(reasons, 1);
            row.other = partitionCount(reasons, 2);
        }
        m.outcomes.push_back(row);
    }
    return m;
}

} // namespace tilltro::analysis

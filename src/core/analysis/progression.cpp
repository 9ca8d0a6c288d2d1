#include "progression.h"

#include <algorithm>

namespace tilltro::analysis {

namespace {

std::optional<int> valueOf(const Instrument& instrument, const Question* question,
                           const Occasion& occasion)
{
    if (!question)
        return std::nullopt;
    const auto it = occasion.answers.find(question->key);
    if (it == occasion.answers.end() || !it->second.value)
        return std::nullopt;
    // A number outside the scale (a damaged row) is no value rather than a point off the chart.
    if (!instrument.accepts(question->key, it->second))
        return std::nullopt;
    return it->second.value;
}

std::optional<int> difference(std::optional<int> to, std::optional<int> from)
{
    if (!to || !from)
        return std::nullopt;
    return *to - *from;
}

void count(DirectionCounts& counts, Direction direction)
{
    switch (direction) {
    case Direction::Improved:
        ++counts.improved;
        break;
    case Direction::Unchanged:
        ++counts.unchanged;
        break;
    case Direction::Worsened:
        ++counts.worsened;
        break;
    case Direction::Unknown:
        ++counts.unknown;
        break;
    }
}

OccasionRef refTo(const std::vector<Occasion>& occasions, int index)
{
    const Occasion& o = occasions[size_t(index)];
    return OccasionRef{o.id, o.date, index};
}

} // namespace

IndicatorScale indicatorScale(const Instrument& instrument)
{
    for (const Question& q : instrument.questions()) {
        if (!q.indicator.isEmpty() && q.scale.type == Scale::Type::Numeric)
            return IndicatorScale{q.scale.min, q.scale.max};
    }
    return {};
}

std::vector<int> indicatorOrder(const Instrument& instrument, bool bipSignificantFirst)
{
    const auto& indicators = instrument.indicators();
    std::vector<int> order(indicators.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    if (bipSignificantFirst) {
        std::stable_partition(order.begin(), order.end(),
                              [&](int i) { return indicators[size_t(i)].bipSignificant; });
    }
    return order;
}

std::vector<std::optional<int>> indicatorValues(const Instrument& instrument,
                                                const Occasion& occasion, Respondent respondent)
{
    std::vector<std::optional<int>> values;
    values.reserve(instrument.indicators().size());
    for (const Indicator& indicator : instrument.indicators()) {
        values.push_back(valueOf(
            instrument, instrument.questionForIndicator(indicator.key, respondent), occasion));
    }
    return values;
}

Direction directionOf(std::optional<int> change)
{
    if (!change)
        return Direction::Unknown;
    if (*change > 0)
        return Direction::Improved;
    if (*change < 0)
        return Direction::Worsened;
    return Direction::Unchanged;
}

bool inSeriesOf(const Occasion& occasion, Respondent respondent)
{
    return respondent != Respondent::Deltagare || !occasion.deltagareAbsent;
}

std::vector<int> defaultOverlay(const std::vector<Occasion>& occasions, bool includeDrafts)
{
    std::vector<int> counted;
    for (size_t i = 0; i < occasions.size(); ++i) {
        if ((includeDrafts || occasions[i].state == OccasionState::Completed) &&
            inSeriesOf(occasions[i], Respondent::Deltagare)) {
            counted.push_back(int(i));
        }
    }
    if (counted.size() > 2)
        counted.erase(counted.begin() + 1, counted.end() - 1);
    return counted;
}

Progression progression(const Instrument& instrument, const std::vector<Occasion>& occasions,
                        const ProgressionOptions& options)
{
    std::vector<int> counted;
    for (size_t i = 0; i < occasions.size(); ++i) {
        if ((options.includeDrafts || occasions[i].state == OccasionState::Completed) &&
            inSeriesOf(occasions[i], options.respondent)) {
            counted.push_back(int(i));
        }
    }

    Progression result;
    result.countedOccasions = int(counted.size());
    const Occasion* first = nullptr;
    const Occasion* previous = nullptr;
    const Occasion* latest = nullptr;
    if (!counted.empty()) {
        first = &occasions[size_t(counted.front())];
        latest = &occasions[size_t(counted.back())];
        result.firstOccasion = refTo(occasions, counted.front());
        result.latestOccasion = refTo(occasions, counted.back());
    }
    if (counted.size() >= 2) {
        previous = &occasions[size_t(counted[counted.size() - 2])];
        result.previousOccasion = refTo(occasions, counted[counted.size() - 2]);
    }
    const bool twoOrMore = counted.size() >= 2;

    const auto& indicators = instrument.indicators();
    for (int index : indicatorOrder(instrument, options.bipSignificantFirst)) {
        const Indicator& indicator = indicators[size_t(index)];
        const Question* question =
            instrument.questionForIndicator(indicator.key, options.respondent);
        IndicatorProgress row;
        row.indicatorIndex = index;
        row.indicatorKey = indicator.key;
        row.bipSignificant = indicator.bipSignificant;
        if (first)
            row.first = valueOf(instrument, question, *first);
        if (previous)
            row.previous = valueOf(instrument, question, *previous);
        if (latest)
            row.latest = valueOf(instrument, question, *latest);
        row.changeSincePrevious = difference(row.latest, row.previous);
        if (twoOrMore)
            row.changeSinceFirst = difference(row.latest, row.first);
        row.sincePrevious = directionOf(row.changeSincePrevious);
        row.sinceFirst = directionOf(row.changeSinceFirst);
        count(result.countsSincePrevious, row.sincePrevious);
        count(result.countsSinceFirst, row.sinceFirst);
        result.rows.push_back(std::move(row));
    }
    return result;
}

} // namespace tilltro::analysis

#pragma once

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

#include "../domain/occasion.h"
#include "../instrument/instrument.h"

namespace tilltro::analysis {

// Change per indicator between mättillfällen: the logic behind the change table and the input
// of the radar chart. Plain values, no SQL.
//
// There is deliberately no total score here: BIP supports change per indicator, not an average
// of all axes (see DOMAIN.md), so nothing in this file adds indicators together.
//
// Values are read through the question that rates the indicator for the chosen respondent
// (Instrument::questionForIndicator), by that question's key, so an occasion made with an older
// instrument version that used the same keys reads the same. A value counts only when it is a
// number the instrument accepts (Instrument::accepts); a non-answer ("vet_ej", ...), an empty or
// missing answer and an out-of-scale number all give "no value" (std::nullopt), never 0. Higher
// is better on every indicator (the shared scale runs from "not at all" to "fully").

/// The numeric scale all indicator questions share (the instrument validates that they do).
struct IndicatorScale {
    int min = 1;
    int max = 10;
    friend bool operator==(const IndicatorScale&, const IndicatorScale&) = default;
};

/// The scale of the questions that rate an indicator. A validated instrument always has one;
/// for a default-constructed (empty) instrument it is the default 1..10.
IndicatorScale indicatorScale(const Instrument& instrument);

/// Indices into instrument.indicators() in display order: instrument order, or with
/// `bipSignificantFirst` the BIP-significant indicators first (each group keeps instrument
/// order).
std::vector<int> indicatorOrder(const Instrument& instrument, bool bipSignificantFirst);

/// The value `respondent` gave each indicator at `occasion`, indexed like
/// instrument.indicators() (the radar chart's axes). An indicator the respondent has no
/// question for, or did not give a number for, is std::nullopt. Ignores the occasion's state.
std::vector<std::optional<int>> indicatorValues(const Instrument& instrument,
                                                const Occasion& occasion, Respondent respondent);

enum class Direction { Improved, Unchanged, Worsened, Unknown };

/// The direction of a change: Unknown when there is no change (one side had no value).
Direction directionOf(std::optional<int> change);

/// How many indicators moved in each direction. Every row counts exactly once, so the four
/// add up to the number of indicators. A count, never a sum of values.
struct DirectionCounts {
    int improved = 0;
    int unchanged = 0;
    int worsened = 0;
    int unknown = 0;
    friend bool operator==(const DirectionCounts&, const DirectionCounts&) = default;
};

/// Which occasion a column of the change table shows.
struct OccasionRef {
    qint64 id = 0;
    QDate date;
    int index = -1; ///< position in the list passed to progression()
    friend bool operator==(const OccasionRef&, const OccasionRef&) = default;
};

/// One row of the change table.
struct IndicatorProgress {
    int indicatorIndex = -1; ///< into instrument.indicators()
    QString indicatorKey;
    bool bipSignificant = false;
    std::optional<int> first;    ///< at the first counted occasion
    std::optional<int> previous; ///< at the counted occasion before the latest
    std::optional<int> latest;   ///< at the latest counted occasion
    /// latest - previous, when both have a value.
    std::optional<int> changeSincePrevious;
    /// latest - first, when both have a value and they are two different occasions.
    std::optional<int> changeSinceFirst;
    Direction sincePrevious = Direction::Unknown;
    Direction sinceFirst = Direction::Unknown;
};

struct ProgressionOptions {
    Respondent respondent = Respondent::Deltagare;
    /// Also count draft occasions (e.g. to preview the one being filled in). By default only
    /// completed occasions count: a draft may be half-filled.
    bool includeDrafts = false;
    /// Rows for BIP-significant indicators first (see indicatorOrder()).
    bool bipSignificantFirst = false;
};

/// The change table.
///
/// The columns are occasions, not "the last value there was": `latest` is the latest counted
/// occasion's value even when that is a non-answer, so a column never mixes dates. With one
/// counted occasion it is both first and latest, there is no previous, and no change (a
/// comparison of an occasion with itself is not a change); with two, first and previous are the
/// same occasion.
struct Progression {
    std::optional<OccasionRef> firstOccasion;
    std::optional<OccasionRef> previousOccasion;
    std::optional<OccasionRef> latestOccasion;
    int countedOccasions = 0;
    std::vector<IndicatorProgress> rows; ///< one per indicator, in the requested order
    DirectionCounts countsSincePrevious;
    DirectionCounts countsSinceFirst;
};

/// Whether `occasion` belongs to `respondent`'s series: every occasion is the handledare's, but
/// one the deltagare did not take part in (Occasion::deltagareAbsent) is not the deltagare's.
/// The radar, the change table and the statistics leave such occasions out of the deltagare's
/// series, so "since last time" compares two times the deltagare was there.
bool inSeriesOf(const Occasion& occasion, Respondent respondent);

/// The occasions the radar (the deltagare's ratings) shows before the user picks any: the first
/// and the latest counted occasion the deltagare took part in (just the one when there is one,
/// none when there is none), as indices into `occasions` (oldest first), first first.
std::vector<int> defaultOverlay(const std::vector<Occasion>& occasions, bool includeDrafts = false);

/// Builds the change table from `occasions`, which must be oldest first (the order the
/// occasion list shows); occasions are taken in the order given, dates are not re-sorted.
/// Drafts are skipped unless options.includeDrafts; occasions not in the respondent's series
/// (inSeriesOf(): for the deltagare, those they did not take part in) are always skipped.
Progression progression(const Instrument& instrument, const std::vector<Occasion>& occasions,
                        const ProgressionOptions& options = {});

} // namespace tilltro::analysis

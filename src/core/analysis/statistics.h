#pragma once

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

#include "../domain/insats.h"
#include "../domain/participant.h"
#include "../instrument/instrument.h"
#include "../result.h"

namespace tilltro {
class Instrument;
}

namespace tilltro::analysis {

// Statistics for the unit: how deltagare moved over a period, and the BIP conditions around
// it (parallel insatser, handledare continuity, tilltro, outcomes). Pure: the storage layer
// loads StatisticsParticipant values, this file counts.
//
// Anonymity: no figure rests on fewer than MinimumGroup deltagare. Everything suppressed is
// std::nullopt ("färre än 5"). Nothing here holds a name, a code or free text.
// - A group of deltagare (all of them, a Tilltro group, an outcome row) is shown by its size
//   when that is 0 or at least MinimumGroup; a median or quartile only over a group that size.
// - Where figures split a group into parts (improved / unchanged / worsened; with and without a
//   change of handledare; the Tilltro groups; work / studies / other; parallel or not; overdue
//   or not), each part is a cell, shown as a count or a share only when shownCells() allows it:
//   a share of 1 of 20 is a figure about one deltagare. Cells that would give each other away
//   by subtraction from the group's size are hidden together.

inline constexpr int MinimumGroup = 5;

/// BIP: about 18 % of the deltagare had a job-oriented insats in parallel with another.
inline constexpr double BipParallelWithJobOrientedShare = 0.18;

/// One completed occasion, as far as statistics read it.
struct StatisticsOccasion {
    QDate date;
    /// Per indicator, indexed like StatisticsContext::indicatorKeys: the deltagare's and the
    /// handledare's rating; none for a non-answer or no answer.
    std::vector<std::optional<int>> deltagare;
    std::vector<std::optional<int>> handledare;
    std::optional<int> tilltro; ///< tilltroLevel(); none for a non-answer
    /// The deltagare did not take part (Occasion::deltagareAbsent): not in the deltagare's
    /// series, so their change runs between the occasions they took part in.
    bool deltagareAbsent = false;
    qint64 id = 0; ///< the occasion's row, for the loader to tell occasions apart; 0 when unknown
};

/// One deltagare, as far as statistics read it. No name, code or free text.
struct StatisticsParticipant {
    qint64 handledareId = 0; ///< the responsible handledare now
    QDate startDate;
    QDate endDate;
    QString endReason; ///< the key of the end reason; empty while it runs
    std::vector<InsatsPeriod> insatser;
    std::vector<HandledareAssignment> assignments;
    /// Completed occasions inside the period, oldest first. Only the first and the last, and
    /// the first and the last the deltagare took part in (the deltagare's change), are read,
    /// so a loader may leave out the others.
    std::vector<StatisticsOccasion> occasions;
    int occasionsInPeriod = 0;    ///< completed occasions inside the period, all of them
    QDate lastCompletedBeforeEnd; ///< the latest completed occasion up to the period's end
    /// The next meeting agreed in the newest plan made up to the period's end (invalid: none);
    /// with lastCompletedBeforeEnd it gives the due date (nextOccasionDue()), as in the caseload.
    QDate nextMeeting;
};

/// What the figures are named by: the instrument's indicator keys (in instrument order) and its
/// tilltro options (best first; level n is tilltroOptions[size - n]).
struct StatisticsContext {
    std::vector<QString> indicatorKeys;
    std::vector<QString> tilltroOptions;
    QString instrumentKey; ///< the instrument's id ("skapa-bip")
    int instrumentVersion = 0;
    /// Its insats categories (which is job-oriented, their order in the outcome table) and end
    /// reasons (which count as work or studies).
    InsatsLists insatsLists = InsatsLists::defaults();
};

/// The context of `instrument`: its indicator keys, its Tilltro options and its insats lists.
StatisticsContext statisticsContext(const Instrument& instrument);

/// Which deltagare and occasions count.
struct StatisticsFilter {
    QDate from; ///< first day of the period; invalid: from the beginning
    QDate to;   ///< last day of the period (required)
    /// Only deltagare this handledare was responsible for at some time in the period; 0 = all.
    qint64 handledareId = 0;
    /// Only deltagare who had an insats of this category (its key) in the period.
    std::optional<QString> category;
};

/// The change of one indicator between each deltagare's first and latest occasion in the
/// period, over the deltagare who have a value at both (two different occasions).
struct IndicatorChange {
    QString key;
    std::optional<int> n;
    /// Of the changes (latest − first): median and quartiles (linear interpolation between the
    /// closest ranks, as Excel's QUARTILE.INC and R's default).
    std::optional<double> median, q1, q3;
    /// Shares 0–1 of the n deltagare.
    std::optional<double> improved, unchanged, worsened;
    friend bool operator==(const IndicatorChange&, const IndicatorChange&) = default;
};

/// A group of deltagare and the change of each indicator within it.
struct GroupChange {
    std::optional<int> participants;
    std::vector<IndicatorChange> indicators; ///< the deltagare's own ratings
    friend bool operator==(const GroupChange&, const GroupChange&) = default;
};

/// The deltagare with one tilltro at their first occasion in the period.
struct TilltroGroup {
    QString key; ///< the option key ("ja_absolut", ...)
    GroupChange group;
    std::optional<double> share; ///< of the deltagare with a tilltro at the first occasion
    friend bool operator==(const TilltroGroup&, const TilltroGroup&) = default;
};

/// The participations that ended in the period with one combination of insats categories (all
/// the categories they had during the participation, by key in the order of the instrument's
/// list, unlisted keys last; empty: no insats at all).
struct OutcomeRow {
    std::vector<QString> combination;
    std::optional<int> ended;
    std::optional<int> arbete, studier, other;
    friend bool operator==(const OutcomeRow&, const OutcomeRow&) = default;
};

struct UnitStatistics {
    QDate from;
    QDate to;
    /// How many summaries were merged into this one (1 for one database).
    int sources = 1;
    /// The instrument the indicators and Tilltro options are of; version 0 after merging
    /// summaries of several versions.
    QString instrumentKey;
    int instrumentVersion = 0;
    /// What the deltagare were narrowed to (no names: whether one handledare was chosen).
    bool filteredByHandledare = false;
    std::optional<QString> filteredCategory; ///< a category key
    /// Deltagare whose participation overlaps the period (after the filter).
    std::optional<int> participants;
    /// Completed occasions in the period of those deltagare.
    std::optional<int> occasions;
    /// Deltagare with at least two completed occasions in the period.
    std::optional<int> withTwoOccasions;
    /// Shares of `participants`: with parallel insatser in the period, with a job-oriented one
    /// in parallel with another category, with a change of handledare in the period.
    std::optional<double> parallelShare;
    std::optional<double> parallelWithJobOrientedShare;
    std::optional<double> handledareChangeShare;
    /// Running participations whose next occasion was overdue on the period's last day.
    std::optional<int> overdue;
    std::vector<IndicatorChange> indicators;           ///< the deltagare's ratings
    std::vector<IndicatorChange> handledareIndicators; ///< the handledare's ratings
    GroupChange withHandledareChange;
    GroupChange withoutHandledareChange;
    /// Deltagare with a Tilltro at their first occasion in the period: what the Tilltro
    /// groups' shares are of.
    std::optional<int> withTilltro;
    std::vector<TilltroGroup> tilltro; ///< best option first
    std::vector<OutcomeRow> outcomes;
    friend bool operator==(const UnitStatistics&, const UnitStatistics&) = default;
};

/// Computes the statistics, anonymity applied (see the top of this file).
UnitStatistics unitStatistics(const std::vector<StatisticsParticipant>& participants,
                              const StatisticsContext& context, const StatisticsFilter& filter);

/// Combines summaries of the same instrument (each already anonymous) into one, and applies the
/// anonymity again:
/// - counts add up exactly; a count one summary suppressed is left out, so the sum covers the
///   summaries that gave it;
/// - the cells of a partition (see shownCells()) are recombined exactly from each summary's
///   shares and the size of its group, over the summaries that show every cell of it;
/// - a median or quartile is the mean of the summaries' values weighted by their n: an
///   approximation, since the summaries do not hold the individual changes;
/// - a Tilltro group's share is of the deltagare counted in the merged groups.
/// The period is the union of the periods. Check that they are of one instrument first
/// (mergeableSummaries()).
/// Refuses (Error::Kind::Invalid) summaries of different instruments (their indicators and
/// Tilltro options do not mean the same), and the same summary given twice (its deltagare would
/// count twice). Summaries of several versions of one instrument merge
/// by key.
Result<void> mergeableSummaries(const std::vector<UnitStatistics>& summaries);
UnitStatistics mergeStatistics(const std::vector<UnitStatistics>& summaries);

/// Which cells of a partition of a group may be shown, for `counts` of deltagare in each:
/// a cell of 1 to MinimumGroup − 1 is hidden; and while the hidden cells together hold fewer
/// than MinimumGroup (so that the group's size minus the shown cells would give them away),
/// the smallest shown cell that is not 0 is hidden too (the first of equals). A cell of 0 is
/// always shown.
std::vector<bool> shownCells(const std::vector<int>& counts);

/// Quantile `p` (0–1) of sorted `values`, by linear interpolation (QUARTILE.INC). Requires a
/// non-empty, sorted vector.
double quantile(const std::vector<int>& sorted, double p);

} // namespace tilltro::analysis

#pragma once

#include <QDate>

#include <set>
#include <utility>
#include <vector>

#include "../domain/insats.h"
#include "../domain/participant.h"

namespace tilltro {
struct InsatsLists;
}

namespace tilltro::analysis {

/// Which insats categories count as job-oriented (BIP's jobbinriktad): the one category `lists`
/// marks, and for a key `lists` does not have (a record made under the built-in list before the
/// unit chose its own) the built-in list's mark, so that choosing a list never turns the
/// insatser already recorded into non-job-oriented ones. Or exactly one `key`.
class JobOriented {
public:
    JobOriented(const QString& key);       // NOLINT(google-explicit-constructor): a key is one
    JobOriented(const InsatsLists& lists); // NOLINT(google-explicit-constructor)

    bool contains(const QString& category) const;

private:
    std::vector<QString> m_keys;
};

/// What a participant's insatser looked like over a window of days, in the terms BIP found to
/// matter: gaps (days without any insats make people regress) and parallel insatser (skills,
/// health and social insatser help only in parallel with a job-oriented one).
///
/// Every day is a whole calendar day; a period covers its start and end days inclusive.
struct InsatsSummary {
    /// Category keys of the periods active on at least one day in [from, to].
    std::set<QString> categories;
    /// Two or more periods (of any categories, also the same one) run on at least one common
    /// day in [from, to].
    bool parallel = false;
    /// A period of a job-oriented category (JobOriented, BIP's jobbinriktad) is active on at
    /// least one day in [from, to].
    bool includesJobOriented = false;
    /// On at least one day in [from, to] a jobbinriktad period runs together with a period of
    /// another category (BIP: skills, health and social insatser work only in parallel with a
    /// job-oriented one). Two jobbinriktad periods together do not count; neither does a
    /// non-jobbinriktad period that follows a jobbinriktad one without overlapping it.
    bool parallelWithJobOriented = false;
    /// Days in [from, to] (inclusive) covered by no period.
    int daysWithout = 0;
    /// The uncovered stretches as (first day, last day), inclusive, in date order. They never
    /// touch or overlap; their lengths sum to daysWithout.
    std::vector<std::pair<QDate, QDate>> gaps;
};

/// Summarises `periods` over the window [from, to] (both inclusive); the periods of category
/// `jobOriented` are the job-oriented ones.
///
/// - A period whose `end` is invalid is still running and counts as running to `to`.
/// - Periods are clipped to the window; one that ends before `from` or starts after `to`
///   is ignored, as is one without a valid start or whose end is before its start.
/// - An invalid window (either date invalid, or `to` before `from`) gives an empty summary:
///   no categories, all flags false, daysWithout 0, no gaps.
///
/// Runs in O(n log n) in the number of periods (a sweep over the sorted period boundaries),
/// independent of the length of the window.
InsatsSummary analyseInsatser(const std::vector<InsatsPeriod>& periods, const QDate& from,
                              const QDate& to, const JobOriented& jobOriented);

/// A participant's insatser over the last three months of their participation up to a day.
struct RecentInsatser {
    /// The window looked at, both inclusive; both invalid when there is none.
    QDate from;
    QDate to;
    /// The window ends at the participant's end date, before the day asked about: the
    /// participation had ended, so these are the last three months of it.
    bool ended = false;
    /// analyseInsatser() over [from, to]; empty when there is no window.
    InsatsSummary summary;
};

/// Summarises `periods` over the last three months of `participant`'s participation up to `day`
/// (today, or the date of an occasion), so that days outside the participation never count as
/// gaps:
///
/// - the window ends on `day`, or on the end date if the participation ended before `day`;
/// - it starts three months (QDate::addMonths(-3)) before its end, or on the start date if that
///   is later. An unrecorded (invalid) start date does not shorten it;
/// - there is no window (from and to invalid, empty summary) if `day` is invalid, or the
///   participation starts after `day`, or it ends before it starts.
RecentInsatser analyseRecentInsatser(const std::vector<InsatsPeriod>& periods,
                                     const Participant& participant, const QDate& day,
                                     const JobOriented& jobOriented);

/// The categories of the periods running on `day`: start and end days are included, and a
/// period without an end runs on every day from its start. Empty for an invalid day.
std::set<QString> activeCategoriesOn(const std::vector<InsatsPeriod>& periods, const QDate& day);

} // namespace tilltro::analysis

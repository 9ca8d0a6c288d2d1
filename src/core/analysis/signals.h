#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QString>

#include <optional>
#include <vector>

#include "../domain/insats.h"
#include "../domain/participant.h"
#include "../domain/signal.h"
#include "insatsanalysis.h"

namespace tilltro {
class Instrument;
struct Answer;
} // namespace tilltro

namespace tilltro::analysis {

/// The instrument keys of the handledare's two BIP-significant judgements that are not
/// indicators: Tilltro (a choice, best option first) and Målmedvetenhet (the 1–10 scale).
inline constexpr auto TilltroKey = "tilltro";
inline constexpr auto MalmedvetenhetKey = "malmedvetenhet";

/// Tilltro as a level: 1 for the instrument's last (worst) option up to the number of options
/// for the first (best). None for a non-answer, an empty answer or an unknown option.
std::optional<int> tilltroLevel(const Instrument& instrument, const Answer& answer);

/// Low tilltro: a level in the lower half of the options ("Tveksamt" and "Nej" of four).
bool isLowTilltro(const Instrument& instrument, int level);

/// Tilltro's options as levels, worked out once from the instrument: for reads of many answers
/// (tilltroLevel() and isLowTilltro() look the question up each time).
class TilltroScale {
public:
    explicit TilltroScale(const Instrument& instrument);
    /// The level of an option key (UTF-8): the number of options for the first (best) down to
    /// 1 for the last; none for any other key, a non-answer or an empty one.
    std::optional<int> level(QByteArrayView code) const;
    bool isLow(int level) const;

private:
    std::vector<QByteArray> m_options; ///< best first, UTF-8
};

/// The handledare's judgements at one completed occasion.
struct TrendPoint {
    QDate date;
    std::optional<int> tilltro;        ///< tilltroLevel()
    bool tilltroLow = false;           ///< isLowTilltro()
    std::optional<int> malmedvetenhet; ///< 1–10, none for a non-answer
};

/// What signalsFor() looks at for one deltagare.
struct SignalInput {
    QDate startDate;
    QDate endDate; ///< invalid while the participation runs
    std::vector<InsatsPeriod> insatser;
    /// Which insats categories are job-oriented (JobOriented: from the instrument's lists).
    JobOriented jobOrientedCategory = JobOriented(QString());
    std::vector<HandledareAssignment> assignments; ///< in the order they were made
    std::vector<TrendPoint> completed;             ///< completed occasions, oldest first
    QDate nextDue;                                 ///< see analysis::deriveDue()
    bool hasConsent = false;
    QDate oldestDraft; ///< date of the oldest draft occasion; invalid when there is none
};

struct SignalResult {
    SignalSet signals;
    /// Days without any insats from the start of the participation to today (inclusive); 0
    /// without a start date.
    int daysWithoutInsats = 0;
    /// Changes of responsible handledare in all (analysis::handledareChanges()).
    int handledareChanges = 0;
};

/// The signals of one deltagare on `today`. An ended participation has none: the signals are
/// about what the handledare can still do. The rules, one per BipSignal:
///
/// - NoInsats: no insats period runs on `today`.
/// - NotParallel / NoJobOriented: over the last three months of the participation
///   (analyseRecentInsatser()) there were insatser, but never two on the same day / none of
///   them of the job-oriented category (jobbinriktad). With no insats at all in those months only
///   NoInsats speaks.
/// - HandledareChanged: an assignment to a different handledare began after the latest
///   completed occasion (or, before the first occasion, at any time after the first
///   assignment).
/// - LowTilltro: tilltro at the latest completed occasion that has a level is low.
/// - TilltroFalling: of the last three completed occasions with a tilltro level, each is lower
///   than the one before.
/// - MalmedvetenhetFalling: of the last two completed occasions with a value, the later is
///   lower.
/// - Overdue: nextDue is before today. DueSoon: nextDue is today or within the next 14 days.
/// - NoConsent: no current consent for registration.
/// - UnfinishedDraft: a draft occasion dated before today.
SignalResult signalsFor(const SignalInput& input, const QDate& today);

/// The word of a signal, translated ("Ingen insats").
QString signalWord(BipSignal signal);

/// One sentence on the BIP finding behind a signal, translated: the tooltip and the handbook.
QString signalExplanation(BipSignal signal);

} // namespace tilltro::analysis

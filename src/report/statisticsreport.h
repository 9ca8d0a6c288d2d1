#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

#include "core/analysis/statistics.h"
#include "core/result.h"

namespace tilltro {
class Instrument;
}

namespace tilltro::report {

/// How the statistics name what their keys stand for, and what they were filtered by.
struct StatisticsLabels {
    std::function<QString(const QString&)> indicator; ///< an indicator key → its label
    std::function<QString(const QString&)> tilltro;   ///< a Tilltro option key → its label
    std::function<QString(const QString&)> category;  ///< an insats category key → its label
    /// What the figures were narrowed to ("Handledare: Anna Berg"), one line each; may be
    /// empty. Never a deltagare's name or code.
    QStringList filters;
};

/// Labels from `instrument` and insats `lists` in `language` (falling back to the key).
StatisticsLabels statisticsLabels(const Instrument& instrument, const InsatsLists& lists,
                                  const QString& language);
/// The same with the built-in instrument (Instrument::loadDefault()) in the UI language.
StatisticsLabels statisticsLabels(const InsatsLists& lists);

/// A share as people read it: "40 %" (locale digits), or "färre än 5" when suppressed.
QString shareText(const std::optional<double>& share);
/// A count, or "färre än 5".
QString countText(const std::optional<int>& count);
/// A share or count that is a part of a group of `whole`: the figure, or why there is none
/// (exchange::missingPartText(): "–", "dold" or "färre än 5").
QString partText(const std::optional<double>& share, const std::optional<int>& whole);
QString partText(const std::optional<int>& count, const std::optional<int>& whole);
/// What "dold" means, one sentence, for under a table.
QString hiddenExplanation();
/// "–": a figure about no deltagare at all (n 0), which is nothing to hide.
QString noneText();
/// The row of figures of `change` as shown in a table: n, median, "q1 – q3", up, the same,
/// down; "–" for each when n is 0, "färre än 5" where suppressed.
QStringList indicatorCells(const analysis::IndicatorChange& change);
/// A change on the scale ("+1", "−0.5", "0"), or "färre än 5".
QString changeText(const std::optional<double>& change);
/// "2026-01-01 – 2026-12-05", or "från början – 2026-12-05".
QString periodText(const analysis::UnitStatistics& statistics);

/// The statistics PDF for a steering group (PDF/A-1b, A4): one page of key figures and charts
/// (the change of each indicator as diverging bars), then one page per indicator (box plots of
/// its change by group). Every suppressed figure reads "färre än 5"; nothing names a deltagare.
/// GUI thread (fonts).
Result<QByteArray> renderStatisticsPdf(const analysis::UnitStatistics& statistics,
                                       const StatisticsLabels& labels);

} // namespace tilltro::report

#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

#include "../analysis/statistics.h"
#include "../result.h"

namespace tilltro::exchange {

// The anonymous statistics summary as JSON (docs/statistics.md, docs/statistics.schema.json):
// what `tilltro stats --json` writes and `tilltro stats-merge` reads. A suppressed figure is
// null; shares are fractions 0–1.

inline constexpr auto StatisticsFormat = "tilltro-statistics";
inline constexpr int StatisticsFormatVersion = 1;

/// The summary as indented JSON (UTF-8, ending in a newline).
QByteArray statisticsJson(const analysis::UnitStatistics& statistics);

/// Reads a summary written by statisticsJson(). Refuses (Error::Kind::Invalid, naming the
/// path and the problem) anything else: not JSON, another format or version, a missing or
/// mistyped member, a share outside 0–1, a negative count, and a figure that breaks the
/// anonymity (a count of 1–4, or a share or quartile over fewer than 5 deltagare), so a
/// summary that is not anonymous is never merged.
Result<analysis::UnitStatistics> readStatisticsJson(const QByteArray& bytes);

/// The summary as CSV (UTF-8, comma-separated, one figure per line: figure, group, indicator,
/// value); a suppressed figure reads "färre än 5" (translated). `indicatorLabel` names an
/// indicator by its key, `tilltroLabel` a Tilltro option; both may return the key.
QString statisticsCsv(const analysis::UnitStatistics& statistics,
                      const std::function<QString(const QString&)>& indicatorLabel,
                      const std::function<QString(const QString&)>& tilltroLabel);

/// "färre än 5" (translated): how a suppressed group reads everywhere.
QString suppressedText();
/// "dold" (translated): a part of a group that is shown, hidden because it, or a part it could
/// be worked out from, holds fewer than 5 deltagare (see analysis::shownCells()).
QString hiddenText();
/// A suppressed part of a group of `whole` deltagare: "–" when the group has none, hiddenText()
/// when the group is shown, suppressedText() when the group is not either.
QString missingPartText(const std::optional<int>& whole);

} // namespace tilltro::exchange

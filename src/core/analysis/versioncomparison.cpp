#include "versioncomparison.h"

#include <QCoreApplication>

#include <algorithm>
#include <set>

#include "../instrument/instrument.h"

namespace tilltro::analysis {

namespace {
QStringList indicatorKeys(const Instrument& instrument)
{
    QStringList keys;
    for (const Indicator& indicator : instrument.indicators())
        keys << indicator.key;
    return keys;
}
} // namespace

VersionComparison compareVersions(const std::vector<const Instrument*>& instruments)
{
    VersionComparison comparison;
    std::set<QString> firstSet;
    bool seenFirst = false;
    for (const Instrument* instrument : instruments) {
        if (!instrument)
            continue;
        const QStringList keys = indicatorKeys(*instrument);
        const std::set<QString> these(keys.begin(), keys.end());
        if (!seenFirst) {
            seenFirst = true;
            firstSet = these;
            comparison.sharedIndicators = keys;
            continue;
        }
        // Differ: one version has an indicator another lacks, either way round.
        if (these != firstSet)
            comparison.differ = true;
        comparison.sharedIndicators.removeIf(
            [&](const QString& key) { return these.find(key) == these.end(); });
    }
    return comparison;
}

QString versionComparisonText(const VersionComparison& comparison)
{
    if (!comparison.differ)
        return {};
    return QCoreApplication::translate(
        "Analysis",
        "The assessments were made with different versions of the instrument; only the %n "
        "indicator(s) found in all of them are compared.",
        nullptr, int(comparison.sharedIndicators.size()));
}

std::vector<qint64> comparedInstrumentIds(const std::vector<Occasion>& occasions)
{
    std::vector<qint64> ids;
    for (const Occasion& occasion : occasions) {
        if (occasion.state != OccasionState::Completed || occasion.deltagareAbsent)
            continue;
        if (std::find(ids.begin(), ids.end(), occasion.instrumentId) == ids.end())
            ids.push_back(occasion.instrumentId);
    }
    return ids;
}

} // namespace tilltro::analysis

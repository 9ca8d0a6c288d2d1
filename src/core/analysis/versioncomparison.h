#pragma once

#include <QString>
#include <QStringList>

#include <vector>

#include "../domain/occasion.h"

namespace tilltro {
class Instrument;
}

namespace tilltro::analysis {

/// What can be compared between occasions answered with different instrument versions: the
/// radar and the change table read answers by indicator, so only the indicators every version
/// has are compared.
struct VersionComparison {
    /// Some version has an indicator that another lacks (the versions' indicator sets differ).
    bool differ = false;
    /// The indicator keys every version has, in the order of the first version.
    QStringList sharedIndicators;
};

/// Compares the indicator sets of `instruments` (the versions the compared occasions were
/// answered with; the same version may appear more than once, null entries are skipped). Fewer
/// than two distinct versions never differ. Pure.
VersionComparison compareVersions(const std::vector<const Instrument*>& instruments);

/// The one sentence that says so, in the UI language ("The assessments were made with different
/// versions of the instrument; only the 6 indicators found in all of them are compared."); empty
/// when the versions do not differ.
QString versionComparisonText(const VersionComparison& comparison);

/// The instrument row ids of the occasions the change table counts (completed, the deltagare
/// took part), each once, in the order of `occasions`.
std::vector<qint64> comparedInstrumentIds(const std::vector<Occasion>& occasions);

} // namespace tilltro::analysis

#pragma once

#include <QDate>
#include <QString>

#include "participant.h"

namespace tilltro {

/// How many years after a participation ended its data is kept by default (gallring).
inline constexpr int DefaultRetentionYears = 5;
/// The app_setting key of the retention period in years (set in the settings dialog).
inline constexpr auto RetentionYearsKey = "gallring_years";

/// A deltagare whose participation ended long enough ago to be erased (gallring).
struct GallringCandidate {
    qint64 participantId = 0;
    QString code;
    QString name; ///< empty when the identity is protected (show the code instead)
    QDate endDate;
    QString endReason; ///< the key of the end reason
};

} // namespace tilltro

#pragma once

#include <QDate>

#include "../result.h"

namespace tilltro::storage {

class Database;

struct DemoOptions {
    int participants = 12;
    int handledare = 3;
    int minOccasions = 1;
    int maxOccasions = 6;
    quint32 seed = 20261124;
    QDate today; ///< defaults to Clock::today()
    bool withPlans = true;
    /// Per cent of the deltagare whose handledare changes halfway through (benchmarks: BIP's 40).
    int handoverPercent = 0;
    /// Per cent of the deltagare whose participation has ended, after their latest occasion,
    /// with a reason (work, studies, ...).
    int endedPercent = 0;
};

/// Fills `db` with fictional deltagare (Swedish names, quarterly occasions with both parts
/// answered, insatser, a handlingsplan each, consent; one with protected identity), all in one
/// transaction. Deterministic for a given seed and day. Also used to build the BIP-scale
/// benchmark database.
Result<void> fillWithDemoData(Database& db, const DemoOptions& options = {});

} // namespace tilltro::storage

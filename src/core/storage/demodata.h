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
};

/// Fills `db` with fictional deltagare (Swedish names, quarterly occasions with both parts
/// answered, insatser, a handlingsplan each, consent; one with protected identity), all in one
/// transaction. Deterministic for a given seed and day. Also used to build the BIP-scale
/// benchmark database.
Result<void> fillWithDemoData(Database& db, const DemoOptions& options = {});

} // namespace tilltro::storage

#pragma once

#include <QDate>

#include <unordered_map>
#include <vector>

#include "../analysis/signals.h"
#include "../analysis/statistics.h"
#include "../result.h"

namespace tilltro {
class Instrument;
}

namespace tilltro::storage {

class Database;

/// What the BIP signals and the unit's statistics read, for every deltagare at once: a few
/// queries over whole tables instead of one per deltagare. Reads no name, code, free text or
/// sensitive answer (only the indicator ratings, Tilltro and Målmedvetenhet).
class StatisticsRepository {
public:
    explicit StatisticsRepository(Database& db)
        : m_db(db)
    {
    }

    /// Per participant id: insatser, handledare assignments, completed occasions (Tilltro and
    /// Målmedvetenhet, oldest first) and the oldest draft. nextDue and hasConsent are left for
    /// the caller (the caseload has them). Only that deltagare when `participantId` is not 0.
    Result<std::unordered_map<qint64, analysis::SignalInput>>
    signalInputs(const Instrument& instrument, qint64 participantId = 0) const;

    /// Every deltagare with the completed occasions in [from, to] (from invalid: from the
    /// beginning): the count, and the first and the latest with their indicator ratings and
    /// Tilltro, named as in `context` (its indicator keys are the instrument's).
    Result<std::vector<analysis::StatisticsParticipant>>
    participants(const Instrument& instrument, const analysis::StatisticsContext& context,
                 const QDate& from, const QDate& to) const;

private:
    Database& m_db;
};

} // namespace tilltro::storage

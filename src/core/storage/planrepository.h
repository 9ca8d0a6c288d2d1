#pragma once

#include <vector>

#include "../domain/handlingsplan.h"
#include "../result.h"

namespace tilltro::storage {

class Database;

class PlanRepository {
public:
    explicit PlanRepository(Database& db)
        : m_db(db)
    {
    }

    /// Inserts (id 0) or replaces the plan with its delmål and activities, in order, in one
    /// transaction; sets the ids.
    Result<void> save(Handlingsplan& plan);
    /// A participant's plans, oldest first, with delmål and activities.
    Result<std::vector<Handlingsplan>> forParticipant(qint64 participantId) const;

private:
    Database& m_db;
};

} // namespace tilltro::storage

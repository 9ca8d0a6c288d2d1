#pragma once

#include <vector>

#include "../domain/insats.h"
#include "../result.h"

namespace tilltro::storage {

class Database;

class InsatsRepository {
public:
    explicit InsatsRepository(Database& db)
        : m_db(db)
    {
    }

    /// Inserts (id 0) or updates. Refuses a period without a start or ending before it starts.
    Result<void> save(InsatsPeriod& period);
    Result<void> remove(qint64 id);
    /// A participant's periods by start date.
    Result<std::vector<InsatsPeriod>> forParticipant(qint64 participantId) const;

private:
    Database& m_db;
};

} // namespace tilltro::storage

#pragma once

#include <QDate>

#include <optional>
#include <vector>

#include "../domain/occasion.h"
#include "../result.h"

namespace tilltro {

class Database;

/// One recorded change to a completed occasion.
struct OccasionEdit {
    QDateTime at;
    QString by;    ///< operating-system user
    QString field; ///< question key, "notes" or "date"
    QString before;
    QString after;
};

class OccasionRepository {
public:
    explicit OccasionRepository(Database& db)
        : m_db(db)
    {
    }

    /// Inserts (id 0) or updates the occasion with all its answers, in one transaction.
    /// Saving over a completed occasion records every changed answer and the notes in the edit
    /// history (who, when, before, after).
    Result<void> save(Occasion& occasion);
    Result<std::optional<Occasion>> byId(qint64 id) const;
    /// All occasions of a participant, oldest first, answers included.
    Result<std::vector<Occasion>> forParticipant(qint64 participantId) const;
    Result<void> remove(qint64 id);
    /// The recorded changes to a completed occasion, oldest first.
    Result<std::vector<OccasionEdit>> edits(qint64 occasionId) const;

    // For the JSON exchange (src/core/exchange):
    /// Appends `edit` to the history of `occasionId` as given (time, user, field, before and
    /// after are kept; a null before/after is stored as NULL): an import carries the history of
    /// another database.
    Result<void> restoreEdit(qint64 occasionId, const OccasionEdit& edit);

private:
    Result<void> recordEdits(const Occasion& before, const Occasion& after);
    Database& m_db;
};

} // namespace tilltro

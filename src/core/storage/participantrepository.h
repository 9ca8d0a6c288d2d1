#pragma once

#include <QDate>

#include <optional>
#include <vector>

#include "../domain/consent.h"
#include "../domain/participant.h"
#include "../result.h"

namespace tilltro::storage {

class Database;

class ParticipantRepository {
public:
    explicit ParticipantRepository(Database& db)
        : m_db(db)
    {
    }

    /// Validates (code required; personnummer, when given, valid and not used by another
    /// participant; code unique), stores the normalised personnummer, records the first
    /// handledare assignment from the start date (or today), and sets `p.id`.
    Result<void> insert(Participant& p);
    /// As insert(); a changed responsible handledare closes the current assignment on
    /// `changeDate` and opens a new one.
    Result<void> update(Participant& p, const QDate& changeDate);

    Result<std::optional<Participant>> byId(qint64 id) const;
    Result<std::optional<Participant>> byCode(const QString& code) const;
    Result<std::vector<Participant>> all() const; ///< by code
    /// A free code "D-0001", "D-0002", ... one above the highest such code in use.
    Result<QString> suggestCode() const;

    Result<std::vector<HandledareAssignment>> assignments(qint64 participantId) const;

    Result<void> addConsent(Consent& consent);
    Result<void> updateConsent(const Consent& consent);
    Result<std::vector<Consent>> consents(qint64 participantId) const;

    // For the JSON exchange (src/core/exchange):
    /// Replaces the handledare history of a participant with `periods`, as given, in that order
    /// (an import carries the history of another database). Each period needs a handledare and
    /// a start, may not end before it starts, and at most one may be open (no end).
    Result<void> restoreAssignments(qint64 participantId,
                                    const std::vector<HandledareAssignment>& periods);

private:
    Result<void> validate(Participant& p) const;
    Result<void> openAssignment(qint64 participantId, qint64 handledareId, const QDate& from);
    Database& m_db;
};

} // namespace tilltro::storage

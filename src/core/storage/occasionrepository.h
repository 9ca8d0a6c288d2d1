#pragma once

#include <QDate>

#include <optional>
#include <vector>

#include "../domain/occasion.h"
#include "../result.h"

namespace tilltro::storage {

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

    /// A draft saved again within this many seconds of its previous save continues the same
    /// editing session (see save()).
    static constexpr qint64 DraftSessionGapSecs = 30 * 60;

    /// Inserts (id 0) or updates the occasion with all its answers, in one transaction.
    /// Saving over a completed occasion records every changed answer and the notes in the edit
    /// history (who, when, before, after).
    /// Every save is recorded in the audit log in the same transaction, except a draft's
    /// autosaves within one editing session: a draft saved again by the same user less than
    /// DraftSessionGapSecs after its previous save, when the newest log entry about the
    /// deltagare is that draft's (nothing else was recorded about them in between), is covered
    /// by that entry, as long as that entry is less than DraftSessionGapSecs old (a long session
    /// is logged again every DraftSessionGapSecs). The log stays append-only.
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
    /// Whether saving the draft `o`, last saved at `lastSaved`, continues the editing session
    /// whose entry is the newest in the log about the deltagare.
    Result<bool> continuesDraftSession(const Occasion& o, const QDateTime& lastSaved) const;
    Database& m_db;
};

} // namespace tilltro::storage

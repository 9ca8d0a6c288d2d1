#pragma once

#include <QDate>
#include <QString>

#include <vector>

#include "../domain/gallring.h"
#include "../domain/participant.h"
#include "../result.h"

namespace tilltro::storage {

class Database;

/// The retention period stored in the database's settings; DefaultRetentionYears when none is
/// stored. An Error (never the default) when the setting cannot be read or is not a whole number
/// of at least 1: erasing by a guessed period could erase deltagare still within theirs.
Result<int> retentionYears(Database& db);

/// Erasure (GDPR art. 17): deletes the deltagare and every row about them (occasions, answers,
/// edit history, consent, handledare history, insatser, plans, delmål, activities) in one
/// transaction, and records one "erase" audit entry holding only ids and counts. Earlier audit
/// entries stay (they hold ids, never personal data). Then removeErasedTraces(), so the erased
/// name, code, personnummer and free texts no longer occur anywhere in the database file or its
/// -wal file. NotFound when there is no such deltagare; nothing changes then.
///
/// When the deletion committed but the clean-up did not complete (another program still reads
/// the database, or there is no space for VACUUM), the result is an Error whose message starts
/// "The deltagare has been erased." and says what is left to do; the rows are gone either way.
Result<void> eraseParticipant(Database& db, qint64 participantId);

/// As eraseParticipant() for several deltagare, all in one transaction: all are erased or none.
Result<void> eraseParticipants(Database& db, const std::vector<qint64>& participantIds);

/// Clears what erased rows leave in the file: secure_delete zeroes a deleted row where it lies,
/// but b-tree rebalancing can leave older copies of a row in the unused space of other pages,
/// and the WAL holds old page images. So: VACUUM (rebuilds every page from the live rows, its
/// temporary copy kept in memory), then wal_checkpoint(TRUNCATE). Conflict when another
/// connection's open read keeps the WAL from being emptied (it is emptied when the last one
/// closes). Called by the erase functions; finishPendingErasure() repeats it when they could
/// not complete it.
Result<void> removeErasedTraces(Database& db);

/// Finishes an erasure whose clean-up did not complete (the program was killed or the disk was
/// full between the deletion and removeErasedTraces(); the erasing transaction leaves a mark
/// for this). Call it after opening a database for editing. True when it cleaned up; false when
/// nothing was pending or the database is read-only.
Result<bool> finishPendingErasure(Database& db);

/// The deltagare whose participation ended more than `years` years before `today` (end date
/// strictly before today minus `years`), oldest end first. Running participations never are.
Result<std::vector<GallringCandidate>>
gallringCandidates(Database& db, int years = DefaultRetentionYears, const QDate& today = QDate());

} // namespace tilltro::storage

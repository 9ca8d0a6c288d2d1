#pragma once

#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include "../result.h"

namespace tilltro::storage {

class Database;

// Optimistic versioning of a team database (issue 17, docs/team-mode.md "Concurrent edits").
// On the server, participant, occasion and plan carry row_version, which a trigger bumps on
// every change. A save says which version it was made from; when another handledare saved in
// between, the save changes nothing and the error shows both versions. A database file has
// one editor at a time (its lock), so there the version is always 0 and never checked.

/// "row_version" on a team database, "0" on a file: the column a SELECT reads the version by.
QString rowVersionColumn(const Database& db);

/// The condition and the read-back an UPDATE of a versioned row ends with on a team database:
/// " AND row_version = ? RETURNING row_version" (bind the version read last); empty on a file.
QString rowVersionGuard(const Database& db);

/// Runs the UPDATE `q` made with rowVersionGuard() and moves `version` on to the row's new
/// one. A team database that updated no row (someone saved in between) gives the error of
/// staleSave(`what`, ...) with `differences`.
Result<void> execVersioned(Database& db, QSqlQuery& q, qint64& version, const QString& what,
                           const char* entity, qint64 id, const QStringList& differences = {});

/// The refusal of a save made from an older version (Error::Kind::Stale): who last saved the
/// row `id` of `entity` (its audit key: "participant", "occasion", "plan") and when, from the
/// audit log, and each difference as "field: stored → yours". Nothing was saved or overwritten.
Error staleSave(Database& db, const QString& what, const char* entity, qint64 id,
                const QStringList& differences);

/// "label: stored → yours" when `stored` and `yours` differ (texts shortened to a line).
void addDifference(QStringList& differences, const QString& label, const QString& stored,
                   const QString& yours);

} // namespace tilltro::storage

#pragma once

#include <QStringList>

namespace tilltro::schema {

/// The schema version this program writes (`PRAGMA user_version`).
///  1: the first released schema.
///  2: plan.next_meeting, occasion.deltagare_absent (issue 14).
///  3: insats.category without a fixed list, occasion.no_insats (issue 16).
inline constexpr int Version = 3;

/// The statements that create the current schema in an empty database: those of version 1
/// followed by every migration step, so a new file and a migrated one have the same schema,
/// to the letter (Database compares them with what the file holds).
QStringList createStatements();

/// The statements that create the schema of `version` (1..Version) in an empty database.
QStringList statementsFor(int version);

/// Steps that migrate from version `from` to `from + 1`. Empty for versions that need none.
QStringList migrationSteps(int from);

} // namespace tilltro::schema

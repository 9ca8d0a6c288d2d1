#pragma once

#include <QString>
#include <QStringList>

#include "../result.h"

namespace tilltro::storage::dialect {

// The one place where Tilltro's SQLite schema and its PostgreSQL 15 spelling differ (issue 17).
// schema.cpp stays the single definition of the schema, written for SQLite; the functions here
// turn its statements into PostgreSQL ones, statement by statement, so a new migration step
// reaches both backends with the same version number. Every difference is listed in
// dialect.cpp. A statement the translation does not understand is refused with an Error that
// names it, never passed on half translated: tst_dialect runs it on the real schema, so a step
// that needs a new rule fails there, not on a municipality's server.
//
// The messages are for the developer who wrote the statement (they never reach a user), so they
// are English and not translated.

/// Where PostgreSQL keeps what SQLite keeps in `PRAGMA user_version` and `PRAGMA
/// application_id`: a table with exactly one row.
inline constexpr auto SchemaInfoTable = "schema_info";

/// The PostgreSQL statements that do what `sqlite` (statements of schema.cpp) does, in order.
/// Error::Kind::Unsupported names the first statement no rule covers.
Result<QStringList> postgresStatements(const QStringList& sqlite);

/// The statements that create the current schema (schema::createStatements()) in an empty
/// PostgreSQL database, ending with the schema_info table holding schema::Version.
Result<QStringList> postgresCreateStatements();

/// The statements that migrate a PostgreSQL database from schema version `from` to `from + 1`
/// (schema::migrationSteps()), ending with the update of schema_info. Run them in one
/// transaction (PostgreSQL's DDL is transactional).
Result<QStringList> postgresMigrationSteps(int from);

/// The query that reads the schema version of a PostgreSQL database (one row, one integer).
QString postgresVersionQuery();

/// `statements` as one SQL script for psql: each followed by ";" and a blank line.
QString sqlScript(const QStringList& statements);

} // namespace tilltro::storage::dialect

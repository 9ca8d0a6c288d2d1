#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>

#include "../result.h"
#include "lockfile.h"

namespace tilltro {

/// A Tilltro database file (SQLite through Qt's QSQLITE driver) and its one named connection.
///
/// Closes the traps of the driver: it never creates a file except in create(); it checks the
/// SQLite header and the application_id before trusting a file; runs quick_check on open; sets
/// foreign_keys, WAL, synchronous=FULL, secure_delete and busy_timeout; starts write
/// transactions with BEGIN IMMEDIATE; migrates old schemas in one transaction; refuses newer ones
/// without touching the file; takes a lock file so only one instance edits a database; and
/// checkpoints the WAL on close. Not thread-safe: use from one thread.
class Database {
public:
    /// The schema this program writes. Every released version has a fixture in tests/data.
    static constexpr int SchemaVersion = 1;
    /// PRAGMA application_id of every Tilltro database ("TLTR").
    static constexpr qint32 ApplicationId = 0x544C5452;

    /// ReadWrite takes the lock and migrates an older schema. ReadOnly reads a current schema
    /// without a lock (e.g. while the window has it open). Inspect is ReadOnly that also accepts
    /// an older schema, for `tilltro check`; only schema-independent queries may be run then.
    enum class Access { ReadWrite, ReadOnly, Inspect };

    /// Creates a new database at `path` (the file must not exist; its folder is created with
    /// 0700 if missing, the file is 0600) with the current schema.
    static Result<std::unique_ptr<Database>> create(const QString& path);
    /// Opens an existing database. Refuses a missing file, a file that is not a Tilltro
    /// database, a damaged one, one from a newer version and one locked by another instance,
    /// each with a message for a person, leaving the file as it was.
    static Result<std::unique_ptr<Database>> open(const QString& path,
                                                  Access access = Access::ReadWrite);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_access != Access::ReadWrite; }
    QSqlDatabase connection() const;
    /// A prepared query on this connection. Storage code only.
    QSqlQuery prepare(const QString& sql) const;

    /// Runs `body` in a write transaction (BEGIN IMMEDIATE, or a savepoint when nested) and
    /// commits when it succeeds; rolls back when it fails, so a failure changes nothing.
    Result<void> write(const std::function<Result<void>()>& body);

    /// Runs PRAGMA quick_check (or integrity_check when `full`); ok when the file is sound.
    Result<void> checkIntegrity(bool full = false) const;
    int schemaVersion() const;

    /// Turns a failed query into an Error for a person (disk full, read-only, busy...).
    static Error sqlError(const QSqlQuery& query);
    /// Executes a prepared query; on failure returns sqlError(query).
    static Result<void> exec(QSqlQuery& query);
    /// The user's default database location (QStandardPaths::AppDataLocation/tilltro.db).
    static QString defaultPath();

private:
    Database(QString path, Access access);
    Result<void> openConnection(bool forCreate);
    Result<void> verifyAndPrepare();
    Result<void> exec(const QString& sql);

    QString m_path;
    Access m_access;
    QString m_connectionName;
    std::unique_ptr<LockFile> m_lock;
    int m_transactionDepth = 0;
};

} // namespace tilltro

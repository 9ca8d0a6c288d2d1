#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <thread>

#include "../domain/serverinfo.h"
#include "../result.h"
#include "lockfile.h"
#include "schema.h"

struct sqlite3;

namespace tilltro::storage {

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
    static constexpr int SchemaVersion = schema::Version;
    /// PRAGMA application_id of every Tilltro database ("TLTR").
    static constexpr qint32 ApplicationId = 0x544C5452;

    /// ReadWrite takes the lock and migrates an older schema. ReadOnly reads a current schema
    /// without a lock (e.g. while the window has it open). Inspect is ReadOnly that also accepts
    /// an older schema, for `tilltro check`; only schema-independent queries may be run then.
    ///
    /// Shared reads beside an editor (the window) without the lock and may only append to the
    /// audit log: for the commands that read and record that they did (export-json, export-pdf,
    /// extract, audit-log). It needs the current schema and never migrates.
    enum class Access { ReadWrite, ReadOnly, Inspect, Shared };

    /// When the file's pages are checked (PRAGMA quick_check). OnOpen checks before open()
    /// returns. Deferred does not: a command that only reads relies on SQLite reporting damage
    /// on the pages it reads (an error of kind Invalid, "damaged"); the window calls
    /// startIntegrityCheck() and shows the caseload meanwhile. An old schema is always checked
    /// before it is migrated.
    enum class Verify { OnOpen, Deferred };

    /// Creates a new database at `path` (the file must not exist; its folder is created with
    /// 0700 if missing, the file is 0600) with the current schema.
    static Result<std::unique_ptr<Database>> create(const QString& path);
    /// Connects to the team database at `uri` (a postgresql:// address, issue 17) through Qt's
    /// QPSQL driver: the address is held to parseServerUri()'s rules (TLS with a verified
    /// certificate, no password), and the database must be a Tilltro team database of this
    /// program's schema version (the municipality's IT migrates it: docs/team-mode.md) that the
    /// login may work in as a handledare. Refused with a message for a person otherwise.
    static Result<std::unique_ptr<Database>> connectServer(const QString& uri,
                                                           Access access = Access::ReadWrite);

    /// Opens an existing database. Refuses a missing file, a file that is not a Tilltro
    /// database, a damaged one, one from a newer version and one locked by another instance,
    /// each with a message for a person, leaving the file as it was.
    static Result<std::unique_ptr<Database>>
    open(const QString& path, Access access = Access::ReadWrite, Verify verify = Verify::OnOpen);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// The file's canonical path, or the team database's address.
    QString path() const { return m_path; }
    /// A team database on a PostgreSQL server rather than a file.
    bool isServer() const { return m_server.has_value(); }
    /// What the connection found (server, TLS, login, role); empty for a file.
    ServerInfo serverInfo() const { return m_server.value_or(ServerInfo{}); }
    /// True when nothing may be changed (Shared may append to the audit log only, and is not
    /// read-only in this sense).
    bool isReadOnly() const { return m_access == Access::ReadOnly || m_access == Access::Inspect; }
    QSqlDatabase connection() const;
    /// The SQLite connection under the Qt one (nullptr when there is none, as for a team
    /// database). Storage code only:
    /// for reads of many rows at once (a value through QVariant costs several times more than
    /// the read itself) and for connection options.
    sqlite3* sqliteHandle() const;
    /// A prepared query on this connection. Storage code only.
    QSqlQuery prepare(const QString& sql) const;

    /// Runs `body` in a write transaction (BEGIN IMMEDIATE; BEGIN on a team database; a
    /// savepoint when nested) and
    /// commits when it succeeds; rolls back when it fails, so a failure changes nothing.
    /// While a background integrity check runs, waits for its verdict first (so an edit made
    /// meanwhile is saved once the file is known to be sound) and refuses when it found damage.
    Result<void> write(const std::function<Result<void>()>& body);

    /// True inside write()'s body.
    bool inWrite() const { return m_transactionDepth > 0; }

    /// Runs PRAGMA quick_check on a second, read-only connection in a worker thread. Until the
    /// verdict, write() waits for it; after a failed verdict, write() refuses with its message.
    /// `done` is called once with the verdict, on the worker thread. Call at most once.
    void startIntegrityCheck(std::function<void(const Result<void>&)> done = {});
    /// True while a background check has not reported.
    bool integrityCheckPending() const;

    /// Runs PRAGMA quick_check (or integrity_check when `full`); ok when the file is sound.
    Result<void> checkIntegrity(bool full = false) const;
    int schemaVersion() const;

    /// Turns a failed query into an Error for a person (disk full, read-only, busy...).
    static Error sqlError(const QSqlQuery& query);
    /// Executes a prepared query; on failure returns sqlError(query).
    static Result<void> exec(QSqlQuery& query);
    /// Executes the prepared UPDATE or DELETE `query` of one row; when it changed none (the row
    /// is gone, or out of sight in a team database: handed over, a share ended), Error::Kind::
    /// NotFound with `gone`. Never "saved" when nothing was.
    static Result<void> execOneRow(QSqlQuery& query, const QString& gone);
    /// Executes the prepared INSERT `query`, whose SQL ends in "RETURNING id" (both SQLite and
    /// PostgreSQL say the new row's id so), and returns that id. The query may be run again.
    static Result<qint64> execInsert(QSqlQuery& query);
    /// The user's default database location (QStandardPaths::AppDataLocation/tilltro.db).
    static QString defaultPath();

private:
    Database(QString path, Access access);
    Result<void> openConnection(bool forCreate);
    Result<void> verifyAndPrepare(Verify verify);
    /// Refuses a file whose tables, indexes, views and triggers are not exactly those this
    /// program's schema makes: planted SQL never runs.
    Result<void> verifySchema() const;
    /// Sets a SQLite connection option (sqlite3_db_config) on the open connection.
    bool configure(int option, int value) const;
    /// Once the file is known to be sound, closing may fold the WAL into it again.
    void markVerified();
    Result<void> exec(const QString& sql);
    /// A team database: connects again after the connection was lost (a server restart, a
    /// fail-over), outside a transaction only. True when connected.
    bool reconnect() const;

    QString m_path;
    Access m_access;
    QString m_connectionName;
    std::unique_ptr<LockFile> m_lock;
    class FileUse;
    std::unique_ptr<FileUse> m_file; ///< this process's descriptor of the file (and its flock)
    bool m_verified = false;         ///< every page checked: closing may checkpoint into the file
    int m_transactionDepth = 0;
    std::shared_future<Result<void>> m_integrity; ///< the background check's verdict, if any
    std::thread m_integrityThread;
    std::optional<ServerInfo> m_server; ///< set for a team database
};

} // namespace tilltro::storage

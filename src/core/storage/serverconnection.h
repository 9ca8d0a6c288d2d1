#pragma once

#include <QString>

class QSqlError;

#include "../domain/serverinfo.h"
#include "../result.h"

namespace tilltro::storage {

// Team mode's connection to a unit's PostgreSQL server (issue 17, docs/team-mode.md): the
// address as a libpq URI, the rules Tilltro holds it to before it connects, and what a
// connection finds (server, TLS, schema, the login's role). Through Qt's QPSQL driver, so
// authentication is libpq's own (Kerberos/GSSAPI, client certificates, ~/.pgpass, a service
// file, PGPASSWORD): Tilltro never asks for, takes or stores a password.

/// Where a team database is: `postgresql://[user@]host[:port]/dbname[?param=value&...]`.
struct ServerAddress {
    QString uri; ///< as given, for messages (it holds no password)
    /// A name or address, or a socket folder (starts with '/'); or several names separated by
    /// commas (`?host=db1,db2`): a primary and its streaming replica, tried in order.
    QString host;
    int port = 5432;
    QString database;
    QString user;        ///< empty: libpq's default (the operating-system user)
    QString sslMode;     ///< "verify-full" unless a socket (then as given, else libpq's)
    QString sslRootCert; ///< the CA that must have signed the server's certificate; may be empty
    QString service;     ///< a pg_service.conf service name; may be empty
    /// libpq's target_session_attrs: "read-write" (or "primary") where several hosts are
    /// named, so that after a fail-over Tilltro connects to the one that takes changes.
    QString targetSessionAttrs;

    /// A socket on this machine: the one case where TLS is not required.
    bool isLocalSocket() const { return host.startsWith(u'/'); }
    /// The "key=value;..." options for QSqlDatabase::setConnectOptions().
    QString connectOptions() const;
};

/// Whether `text` names a team database (`postgresql://` or `postgres://`) rather than a file.
bool isServerUri(const QString& text);

/// Parses and checks `uri`. Refused (Error::Kind::Invalid, saying why): not a postgresql://
/// URI, a password in it ("Tilltro stores no password" and where libpq looks instead), no
/// database name, a port that is not 1–65535, a parameter Tilltro does not pass on, and over
/// TCP any sslmode but verify-full (the server's certificate must be signed by a trusted CA
/// and name the host); left out over TCP, sslmode is verify-full.
Result<ServerAddress> parseServerUri(const QString& uri);

/// Adds a QPSQL connection named `connectionName` for `address` and opens it. On failure the
/// error says why in words (as checkServer()); the caller removes the connection either way.
/// Error::Kind::Unsupported when Qt's PostgreSQL driver is not installed.
Result<void> openServerConnection(const QString& connectionName, const ServerAddress& address);

/// What the open connection `connectionName` finds: server, TLS, login, role, schema. An
/// error when the database is not a Tilltro team database, or of a newer schema.
Result<ServerInfo> describeServer(const QString& connectionName, const ServerAddress& address);

/// Whether `error` (of a query on a QPSQL connection) says the connection itself was lost
/// (the server restarted or failed over, the network went away), rather than the statement
/// failing.
bool isConnectionLost(const QSqlError& error);

/// Connects to `address` (a connection of its own, closed again), and says what it found. A
/// server certificate that does not verify, a refused login, a database that is not a team
/// database of this program, or of a newer schema, is an error saying so in words, with
/// libpq's message after it.
Result<ServerInfo> checkServer(const ServerAddress& address);

} // namespace tilltro::storage

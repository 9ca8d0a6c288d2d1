#include "serverconnection.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include "database.h"
#include "schema.h"

using namespace Qt::StringLiterals;

namespace tilltro::storage {

namespace {

Error refused(const QString& uri, const QString& why)
{
    return makeError(Error::Kind::Invalid,
                     QCoreApplication::translate("ServerConnection", "%1: %2").arg(uri, why));
}

/// libpq's message in words a handledare and an IT department can act on, with libpq's own
/// after it.
Error connectionError(const ServerAddress& address, const QSqlError& error)
{
    const QString detail = error.text().trimmed();
    const QString lower = detail.toLower();
    QString why;
    if (lower.contains(u"certificate verify failed"_s) || lower.contains(u"server certificate"_s) ||
        lower.contains(u"root certificate"_s)) {
        why = QCoreApplication::translate(
            "ServerConnection",
            "the server's certificate could not be verified, so Tilltro did not connect. "
            "Ask your IT department for the certificate authority (sslrootcert=) or check "
            "the host name.");
    } else if (lower.contains(u"password authentication failed"_s) ||
               lower.contains(u"no password supplied"_s) ||
               lower.contains(u"authentication failed"_s)) {
        why = QCoreApplication::translate(
            "ServerConnection",
            "the server did not accept the login. Tilltro stores no password: the login "
            "comes from Kerberos, a client certificate, ~/.pgpass or a service file.");
    } else if (lower.contains(u"connection refused"_s) || lower.contains(u"timeout expired"_s) ||
               lower.contains(u"could not translate host name"_s) ||
               lower.contains(u"no route to host"_s) ||
               lower.contains(u"network is unreachable"_s)) {
        why = QCoreApplication::translate(
            "ServerConnection",
            "the server did not answer: it may be down, or not reachable from this network. "
            "Try again in a while, or ask your IT department.");
    } else if (lower.contains(u"does not exist"_s)) {
        why = QCoreApplication::translate("ServerConnection",
                                          "the server has no such database or user.");
    } else if (lower.contains(u"no pg_hba.conf entry"_s) || lower.contains(u"ssl off"_s)) {
        why = QCoreApplication::translate(
            "ServerConnection",
            "the server does not let this login in from here (its pg_hba.conf).");
    } else {
        why = QCoreApplication::translate("ServerConnection", "could not connect.");
    }
    return makeError(Error::Kind::Io, QCoreApplication::translate("ServerConnection", "%1: %2 (%3)")
                                          .arg(address.uri, why, detail));
}

} // namespace

bool isServerUri(const QString& text)
{
    return text.startsWith(u"postgresql://"_s, Qt::CaseInsensitive) ||
           text.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

QString ServerAddress::connectOptions() const
{
    QStringList options;
    if (!sslMode.isEmpty())
        options << u"sslmode="_s + sslMode;
    if (!sslRootCert.isEmpty())
        options << u"sslrootcert="_s + sslRootCert;
    if (!service.isEmpty())
        options << u"service="_s + service;
    if (!targetSessionAttrs.isEmpty())
        options << u"target_session_attrs="_s + targetSessionAttrs;
    options << u"application_name=Tilltro"_s << u"connect_timeout=10"_s;
    return options.join(u';');
}

Result<ServerAddress> parseServerUri(const QString& uri)
{
    if (!isServerUri(uri)) {
        return refused(uri, QCoreApplication::translate(
                                "ServerConnection",
                                "is not the address of a team database (postgresql://host/"
                                "database)."));
    }
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid())
        return refused(uri,
                       QCoreApplication::translate("ServerConnection", "is not a valid address: %1")
                           .arg(url.errorString()));
    if (!url.password().isEmpty()) {
        return refused(u"postgresql://…"_s,
                       QCoreApplication::translate(
                           "ServerConnection",
                           "the address holds a password. Tilltro stores no password: remove "
                           "it and let the login come from Kerberos, a client certificate, "
                           "~/.pgpass or a service file."));
    }
    ServerAddress address;
    address.uri = uri;
    address.user = url.userName();
    address.database = url.path().mid(1);
    const QUrlQuery query(url);
    // Only what Tilltro knows how to hold to; anything else is said, never silently dropped.
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == "sslmode"_L1)
            address.sslMode = value;
        else if (key == "sslrootcert"_L1)
            address.sslRootCert = value;
        else if (key == "host"_L1)
            address.host = value; // libpq's way to name a socket folder
        else if (key == "service"_L1)
            address.service = value;
        else if (key == "port"_L1)
            address.port = value.toInt(); // checked below with the URL's own port
        else if (key == "target_session_attrs"_L1)
            address.targetSessionAttrs = value;
        else
            return refused(uri,
                           QCoreApplication::translate("ServerConnection",
                                                       "Tilltro does not pass on the parameter %1.")
                               .arg(key));
    }
    if (address.host.isEmpty())
        address.host = url.host();
    if (address.host.isEmpty() && address.service.isEmpty())
        return refused(uri, QCoreApplication::translate("ServerConnection", "names no server."));
    if (address.database.isEmpty() && address.service.isEmpty())
        return refused(
            uri, QCoreApplication::translate("ServerConnection",
                                             "names no database (postgresql://host/database)."));
    if (url.port() != -1)
        address.port = url.port();
    if (address.port < 1 || address.port > 65535)
        return refused(
            uri, QCoreApplication::translate("ServerConnection", "the port must be 1 to 65535."));
    if (address.host.contains(u',')) {
        // A primary and its replicas: after a fail-over, the one that takes changes.
        if (address.targetSessionAttrs.isEmpty())
            address.targetSessionAttrs = u"read-write"_s;
        if (address.host.split(u',').contains(QString()))
            return refused(uri, QCoreApplication::translate(
                                    "ServerConnection", "the list of hosts has an empty name."));
    }
    if (!address.targetSessionAttrs.isEmpty() && address.targetSessionAttrs != "read-write"_L1 &&
        address.targetSessionAttrs != "primary"_L1) {
        return refused(uri, QCoreApplication::translate(
                                "ServerConnection",
                                "target_session_attrs=%1: Tilltro saves changes, so it connects "
                                "only to read-write or primary.")
                                .arg(address.targetSessionAttrs));
    }
    if (!address.isLocalSocket()) {
        // Over the network only TLS with a verified server certificate that names the host.
        if (address.sslMode.isEmpty())
            address.sslMode = u"verify-full"_s;
        if (address.sslMode != "verify-full"_L1) {
            return refused(uri, QCoreApplication::translate(
                                    "ServerConnection",
                                    "sslmode=%1 is not allowed over the network: use "
                                    "sslmode=verify-full, so that the server's certificate is "
                                    "verified.")
                                    .arg(address.sslMode));
        }
    }
    return address;
}

Result<void> openServerConnection(const QString& connectionName, const ServerAddress& address)
{
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
        return makeError(Error::Kind::Unsupported,
                         QCoreApplication::translate(
                             "ServerConnection",
                             "Qt's PostgreSQL driver is not installed (on Debian: the package "
                             "libqt6sql6-psql)."));
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
    db.setHostName(address.host);
    db.setPort(address.port);
    db.setDatabaseName(address.database);
    if (!address.user.isEmpty())
        db.setUserName(address.user);
    db.setConnectOptions(address.connectOptions());
    if (!db.open())
        return connectionError(address, db.lastError());
    return {};
}

bool isConnectionLost(const QSqlError& error)
{
    if (error.type() == QSqlError::ConnectionError)
        return true;
    // SQLSTATE class 08 (connection exception) and 57P01..57P03 (the server shut down or is
    // starting); libpq reports a connection that died with no SQLSTATE at all.
    const QString state = error.nativeErrorCode();
    if (state.startsWith(u"08"_s) || state == "57P01"_L1 || state == "57P02"_L1 ||
        state == "57P03"_L1)
        return true;
    const QString text = error.databaseText().toLower();
    return text.contains(u"server closed the connection"_s) ||
           text.contains(u"no connection to the server"_s) ||
           text.contains(u"connection to server"_s) || text.contains(u"terminating connection"_s);
}

Result<ServerInfo> describeServer(const QString& connectionName, const ServerAddress& address)
{
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    Result<ServerInfo> result = ServerInfo{};
    ServerInfo info;
    QSqlQuery q(db);
    if (q.exec(u"SELECT current_setting('server_version'), session_user, "
               u"coalesce((SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()), "
               u"false), coalesce((SELECT version FROM pg_stat_ssl "
               u"WHERE pid = pg_backend_pid()), '')"_s) &&
        q.next()) {
        info.serverVersion = q.value(0).toString();
        info.login = q.value(1).toString();
        info.tls = q.value(2).toBool();
        info.tlsVersion = q.value(3).toString();
    }
    q.finish();
    for (const auto& [group, word] : {std::pair{u"tilltro_handledare"_s, u"handledare"_s},
                                      std::pair{u"tilltro_samordnare"_s, u"samordnare"_s},
                                      std::pair{u"tilltro_admin"_s, u"administratör"_s}}) {
        q.prepare(u"SELECT pg_has_role(session_user, ?, 'member')"_s);
        q.addBindValue(group);
        if (info.role.isEmpty() && q.exec() && q.next() && q.value(0).toBool())
            info.role = word;
        q.finish();
    }
    if (q.exec(u"SELECT application_id, version FROM schema_info"_s) && q.next()) {
        if (q.value(0).toLongLong() != Database::ApplicationId) {
            result = makeError(
                Error::Kind::Invalid,
                QCoreApplication::translate("ServerConnection",
                                            "%1: the database is not a Tilltro team database.")
                    .arg(address.uri));
        }
        info.schemaVersion = q.value(1).toInt();
    } else if (info.role != "samordnare"_L1) {
        // The samordnare reads no table; anyone else reads schema_info.
        result = makeError(
            Error::Kind::Invalid,
            QCoreApplication::translate("ServerConnection",
                                        "%1: the database is not a Tilltro team database (it has "
                                        "no schema_info the login may read).")
                .arg(address.uri));
    }
    q.finish();
    if (result && info.schemaVersion && *info.schemaVersion > schema::Version) {
        result =
            makeError(Error::Kind::Unsupported,
                      QCoreApplication::translate(
                          "ServerConnection", "%1: the team database has schema version %2; this "
                                              "Tilltro knows %3. Update Tilltro.")
                          .arg(address.uri)
                          .arg(*info.schemaVersion)
                          .arg(schema::Version));
    }
    if (info.role == "handledare"_L1 &&
        q.exec(u"SELECT name FROM handledare WHERE db_user = session_user"_s) && q.next())
        info.handledareName = q.value(0).toString();
    q.finish();
    if (result)
        result = info;
    return result;
}

Result<ServerInfo> checkServer(const ServerAddress& address)
{
    const QString name = u"tilltro-server-check-"_s + QUuid::createUuid().toString();
    Result<ServerInfo> result = ServerInfo{};
    if (auto opened = openServerConnection(name, address); !opened) {
        result = opened.error();
    } else {
        result = describeServer(name, address);
        QSqlDatabase::database(name, false).close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace tilltro::storage

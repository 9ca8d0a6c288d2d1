#pragma once

#include <QString>

#include <optional>

namespace tilltro {

/// What a connection to a team database found (storage::checkServer(), issue 17).
struct ServerInfo {
    QString serverVersion;  ///< PostgreSQL's, e.g. "15.18"
    bool tls = false;       ///< the connection is encrypted
    QString tlsVersion;     ///< e.g. "TLSv1.3"; empty without TLS
    QString login;          ///< the session's user
    QString role;           ///< "handledare", "samordnare", "administratör", or empty: none
    QString handledareName; ///< the login's handledare row, for a handledare
    std::optional<int> schemaVersion; ///< none where the role may not read it (samordnare)
};

} // namespace tilltro

#pragma once

// Helpers shared by the data-safety tests (backup, erasure, crash safety).

#include <QCryptographicHash>
#include <QDir>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

#include <csignal>
#include <sys/resource.h>

#include "core/storage/database.h"

namespace tilltro::test {

/// A digest of every row of every table: equal digests mean equal content, whatever the bytes
/// of the file (checkpoints, page layout) look like.
inline QByteArray contentDigest(Database& db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery tables(db.connection());
    tables.exec(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString& table : names) {
        hash.addData(table.toUtf8());
        QSqlQuery rows(db.connection());
        rows.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table));
        while (rows.next()) {
            for (int i = 0; i < rows.record().count(); ++i) {
                hash.addData(rows.value(i).toString().toUtf8());
                hash.addData(QByteArrayView("\x1f", 1));
            }
            hash.addData(QByteArrayView("\x1e", 1));
        }
    }
    return hash.result();
}

inline int countRows(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

/// The file names in `folder` (hidden ones too), sorted.
inline QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

/// Limits the size of every file this process writes (RLIMIT_FSIZE) while it lives: writes
/// beyond it fail as on a full disk. SQLite sees EFBIG rather than ENOSPC, so it reports an
/// I/O error (SQLITE_IOERR_WRITE), not SQLITE_FULL. SIGXFSZ is ignored meanwhile.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        ::getrlimit(RLIMIT_FSIZE, &m_old);
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_old;
        limit.rlim_cur = bytes;
        m_ok = ::setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;
    bool ok() const { return m_ok; }

private:
    rlimit m_old{};
    void (*m_oldHandler)(int) = nullptr;
    bool m_ok = false;
};

} // namespace tilltro::test

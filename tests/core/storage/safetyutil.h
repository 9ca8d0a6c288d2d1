#pragma once

// Helpers shared by the data-safety tests (backup, erasure, crash safety).

#include <QCryptographicHash>
#include <QDir>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

#include <QSqlDriver>

#include <csignal>
#include <cstring>
#include <dlfcn.h>
#include <functional>
#include <sys/resource.h>
#include <utility>

#include "core/storage/database.h"

namespace tilltro::test {
using namespace tilltro::storage;

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

/// Makes every COMMIT on `db` fail while it lives (SQLite's commit hook turns it into a
/// rollback), first running `atCommit` once: the moment after the last statement of a
/// transaction and before its commit. With `fail` false the commits succeed, and `atCommit`
/// only marks that moment. ok() is false when SQLite's library cannot be reached.
class FailingCommit {
public:
    explicit FailingCommit(Database& db, std::function<void()> atCommit = {}, bool fail = true)
        : m_atCommit(std::move(atCommit))
        , m_fail(fail)
    {
        const QVariant handle = db.connection().driver()->handle();
        if (std::strcmp(handle.typeName(), "sqlite3*") != 0)
            return;
        m_handle = *static_cast<void* const*>(handle.constData());
        void* library = ::dlopen("libsqlite3.so.0", RTLD_LAZY | RTLD_NOLOAD);
        void* symbol = library ? ::dlsym(library, "sqlite3_commit_hook") : nullptr;
        if (!m_handle || !symbol)
            return;
        std::memcpy(&m_setHook, &symbol, sizeof m_setHook);
        m_setHook(m_handle, &FailingCommit::hook, this);
    }
    ~FailingCommit()
    {
        if (m_setHook)
            m_setHook(m_handle, nullptr, nullptr);
    }
    FailingCommit(const FailingCommit&) = delete;
    FailingCommit& operator=(const FailingCommit&) = delete;
    bool ok() const { return m_setHook != nullptr; }

private:
    using SetHook = void* (*)(void*, int (*)(void*), void*);
    static int hook(void* self)
    {
        auto* failing = static_cast<FailingCommit*>(self);
        if (failing->m_atCommit)
            std::exchange(failing->m_atCommit, {})();
        return failing->m_fail ? 1 : 0; // non-zero: the commit becomes a rollback
    }

    std::function<void()> m_atCommit;
    bool m_fail = true;
    void* m_handle = nullptr;
    SetHook m_setHook = nullptr;
};

/// Makes every later COMMIT that records an export (action "export" in the audit log) fail, in
/// this and in any other program that opens the file: a trigger adds a row that breaks a
/// deferred foreign key, which SQLite checks only at COMMIT.
inline bool failCommitsRecordingAnExport(Database& db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("CREATE TABLE test_trap_parent (id INTEGER PRIMARY KEY)")) &&
           q.exec(QStringLiteral("CREATE TABLE test_trap (parent INTEGER REFERENCES "
                                 "test_trap_parent (id) DEFERRABLE INITIALLY DEFERRED)")) &&
           q.exec(QStringLiteral("CREATE TRIGGER test_trap_export AFTER INSERT ON audit_log "
                                 "WHEN NEW.action = 'export' "
                                 "BEGIN INSERT INTO test_trap (parent) VALUES (1); END"));
}

} // namespace tilltro::test

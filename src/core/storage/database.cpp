#include "database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>
#include <QtEndian>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <map>
#include <mutex>
#include <optional>

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "dialect.h"
#include "filesafety.h"
#include "schema.h"
#include "serverconnection.h"

using namespace Qt::StringLiterals;

namespace tilltro::storage {

namespace {

std::atomic<int> connectionCounter{0};

/// What the first 100 bytes of a file say about it, read without opening it with SQLite.
struct Header {
    bool isSqlite = false;
    qint32 userVersion = 0;
    qint32 applicationId = 0;
};

Result<Header> readHeader(int fd, const QString& path)
{
    QByteArray bytes(100, '\0');
    const ssize_t n = ::pread(fd, bytes.data(), bytes.size(), 0);
    if (n < 0) {
        return makeError(
            Error::Kind::Io,
            QCoreApplication::translate("Database", "Cannot read %1: %2")
                .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(std::strerror(errno))));
    }
    bytes.truncate(n);
    Header header;
    if (bytes.size() < 100 || !bytes.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return header;
    header.isSqlite = true;
    header.userVersion = qFromBigEndian<qint32>(bytes.constData() + 60);
    header.applicationId = qFromBigEndian<qint32>(bytes.constData() + 68);
    return header;
}

Error notTilltro(const QString& path)
{
    return makeError(Error::Kind::Invalid,
                     QCoreApplication::translate(
                         "Database", "%1 is not a Tilltro database. The file has not been changed.")
                         .arg(QDir::toNativeSeparators(path)));
}

Error newerVersion(const QString& path, int version)
{
    return makeError(Error::Kind::Unsupported,
                     QCoreApplication::translate(
                         "Database",
                         "%1 was made by a newer version of Tilltro (database version %2; this "
                         "version understands up to %3). Update Tilltro to open it. The file has "
                         "not been changed.")
                         .arg(QDir::toNativeSeparators(path))
                         .arg(version)
                         .arg(Database::SchemaVersion));
}

/// One object of sqlite_schema: type, name, table and the SQL that made it.
struct SchemaObject {
    QString type;
    QString name;
    QString table;
    QString sql;
    bool operator==(const SchemaObject&) const = default;
};

/// sqlite_schema (by its older name, known to every SQLite version), or nullopt when it could
/// not be read: an unreadable schema is never taken for an empty one.
std::optional<std::vector<SchemaObject>> readSchema(QSqlDatabase connection)
{
    std::vector<SchemaObject> objects;
    QSqlQuery query(connection);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"_s))
        return std::nullopt;
    while (query.next()) {
        objects.push_back({query.value(0).toString(), query.value(1).toString(),
                           query.value(2).toString(), query.value(3).toString()});
    }
    if (query.lastError().isValid())
        return std::nullopt;
    return objects;
}

/// What this program's own statements make for schema `version` (1..SchemaVersion), read back
/// from an empty in-memory database once per version.
const std::vector<SchemaObject>& expectedSchema(int version)
{
    static const std::vector<std::vector<SchemaObject>> expected = [] {
        std::vector<std::vector<SchemaObject>> all;
        for (int v = 1; v <= Database::SchemaVersion; ++v) {
            const QString name = u"tilltro-expected-schema"_s;
            std::vector<SchemaObject> objects;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
                db.setDatabaseName(u":memory:"_s);
                if (db.open()) {
                    QSqlQuery query(db);
                    // One transaction: the schema is not re-read after every statement.
                    query.exec(u"BEGIN"_s);
                    for (const QString& statement : schema::statementsFor(v))
                        query.exec(statement);
                    query.exec(u"COMMIT"_s);
                    objects = readSchema(db).value_or(std::vector<SchemaObject>{});
                }
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
            all.push_back(std::move(objects));
        }
        return all;
    }();
    static const std::vector<SchemaObject> none;
    if (version < 1 || version > int(expected.size()))
        return none;
    return expected[size_t(version - 1)];
}

Error hotJournal(const QString& path)
{
    return makeError(Error::Kind::Conflict,
                     QCoreApplication::translate(
                         "Database",
                         "A change to %1 was interrupted (for example by a power cut) and is still "
                         "pending in %1-journal. It will be undone, and the database brought back "
                         "to its state before that change, when the database is next opened for "
                         "editing. Until then it cannot be read. The files have not been changed.")
                         .arg(QDir::toNativeSeparators(path)));
}

/// PRAGMA quick_check (or integrity_check) on `connection`, worded for a person.
Result<void> runIntegrityCheck(QSqlDatabase connection, const QString& path, bool full)
{
    QSqlQuery query(connection);
    if (!query.exec(full ? u"PRAGMA integrity_check"_s : u"PRAGMA quick_check"_s)) {
        // Only SQLite's own verdict says damaged; busy, an I/O error or lack of memory mean the
        // check could not run (Database::sqlError() words those).
        const int code = query.lastError().nativeErrorCode().toInt() & 0xff;
        if (code != SQLITE_CORRUPT && code != SQLITE_NOTADB)
            return Database::sqlError(query);
        return makeError(
            Error::Kind::Invalid,
            QCoreApplication::translate(
                "Database", "%1 is damaged or not a database (%2). The file has not been changed.")
                .arg(QDir::toNativeSeparators(path), query.lastError().databaseText()));
    }
    QStringList problems;
    while (query.next())
        problems << query.value(0).toString();
    if (problems != QStringList{u"ok"_s}) {
        return makeError(
            Error::Kind::Invalid,
            QCoreApplication::translate("Database",
                                        "%1 is damaged: %2. The file has not been changed.")
                .arg(QDir::toNativeSeparators(path), problems.mid(0, 3).join(u"; "_s)));
    }
    return {};
}

/// Every database file this process has open, by device and inode, with one descriptor kept
/// open until the last Database on it is gone. Closing any descriptor of a file drops all of the
/// process's POSIX locks on it, SQLite's own included, so the program never opens and closes
/// the file itself while SQLite has it open: the header is read, and the editor's flock taken,
/// through this one descriptor. One editor per file per process.
std::mutex g_openFilesMutex;

struct OpenFile {
    int fd = -1;
    int users = 0;
    bool editing = false;
};

std::map<std::pair<dev_t, ino_t>, OpenFile>& openFiles()
{
    static std::map<std::pair<dev_t, ino_t>, OpenFile> files;
    return files;
}

} // namespace

/// A Database's use of its file in the registry above.
class Database::FileUse {
public:
    ~FileUse()
    {
        const std::lock_guard guard(g_openFilesMutex);
        auto it = openFiles().find(m_key);
        if (it == openFiles().end())
            return;
        if (m_editing) {
            ::flock(it->second.fd, LOCK_UN);
            it->second.editing = false;
        }
        if (--it->second.users == 0) {
            ::close(it->second.fd);
            openFiles().erase(it);
        }
    }

    /// Registers a use of the file at `canonical`, opening this process's descriptor of it when
    /// it is the first.
    static Result<std::unique_ptr<FileUse>> take(const QString& canonical, const QString& shown)
    {
        const QByteArray native = QFile::encodeName(canonical);
        struct stat st {};
        if (::stat(native.constData(), &st) != 0) {
            return makeError(Error::Kind::Io,
                             QCoreApplication::translate("Database", "Cannot read %1: %2")
                                 .arg(QDir::toNativeSeparators(shown),
                                      QString::fromLocal8Bit(std::strerror(errno))));
        }
        const std::pair key{st.st_dev, st.st_ino};
        const std::lock_guard guard(g_openFilesMutex);
        OpenFile& file = openFiles()[key];
        if (file.fd < 0) {
            file.fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NOCTTY);
            if (file.fd < 0) {
                const int error = errno;
                openFiles().erase(key);
                return makeError(Error::Kind::Io,
                                 QCoreApplication::translate("Database", "Cannot read %1: %2")
                                     .arg(QDir::toNativeSeparators(shown),
                                          QString::fromLocal8Bit(std::strerror(error))));
            }
        }
        ++file.users;
        std::unique_ptr<FileUse> use(new FileUse);
        use->m_key = key;
        use->m_fd = file.fd;
        return use;
    }

    /// Locks the file itself for editing (flock on the shared descriptor), whatever name it
    /// was reached by: refused while another program, or another Database in this one, edits it.
    Result<void> edit(const QString& shown)
    {
        const std::lock_guard guard(g_openFilesMutex);
        OpenFile& file = openFiles()[m_key];
        if (file.editing || ::flock(file.fd, LOCK_EX | LOCK_NB) != 0) {
            return makeError(Error::Kind::Conflict,
                             QCoreApplication::translate(
                                 "Database",
                                 "%1 is already open for editing in Tilltro under another name. "
                                 "Close it there first.")
                                 .arg(QDir::toNativeSeparators(shown)));
        }
        file.editing = true;
        m_editing = true;
        return {};
    }

    int fd() const { return m_fd; }

private:
    FileUse() = default;

    std::pair<dev_t, ino_t> m_key{};
    bool m_editing = false;
    int m_fd = -1;
};

namespace {

} // namespace

Database::Database(QString path, Access access)
    : m_path(std::move(path))
    , m_access(access)
    , m_connectionName(u"tilltro-%1"_s.arg(++connectionCounter))
{
}

Database::~Database()
{
    if (m_integrityThread.joinable())
        m_integrityThread.join();
    if (!m_verified && m_integrity.valid() && m_integrity.get())
        markVerified(); // the background check passed
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            // A file that has not been checked in full keeps its WAL as it is: closing does not
            // fold it into the main file (no_ckpt_on_close stays set).
            if (m_access == Access::ReadWrite && m_verified) {
                QSqlQuery checkpoint(db);
                checkpoint.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    // m_file goes after the connection: its descriptor is closed only once nothing in this
    // process has the file open.
}

sqlite3* Database::sqliteHandle() const
{
    const QVariant handle = connection().driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    // openConnection() has checked that the handle belongs to the library this program links.
    return *static_cast<sqlite3* const*>(handle.constData());
}

bool Database::configure(int option, int value) const
{
    sqlite3* sqlite = sqliteHandle();
    int now = -1;
    return sqlite && sqlite3_db_config(sqlite, option, value, &now) == SQLITE_OK && now == value;
}

void Database::markVerified()
{
    if (m_verified)
        return;
    m_verified = true;
    if (m_access == Access::ReadWrite)
        configure(SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0);
}

QString Database::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"tilltro.db"_s);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QSqlQuery Database::prepare(const QString& sql) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    // A team database's driver prepares on the server: that is where a lost connection shows
    // first. Outside a transaction nothing is lost by connecting again and going on.
    if (!query.prepare(sql) && isServer() && m_transactionDepth == 0 &&
        isConnectionLost(query.lastError()) && reconnect()) {
        query = QSqlQuery(connection());
        query.setForwardOnly(true);
        query.prepare(sql);
    }
    return query;
}

namespace {

/// sqlError() for a team database: by PostgreSQL's SQLSTATE.
Error postgresError(const QSqlError& error)
{
    const QString state = error.nativeErrorCode();
    if (isConnectionLost(error)) {
        return makeError(Error::Kind::Io,
                         QCoreApplication::translate(
                             "Database",
                             "The connection to the team database was lost (%1); the change was "
                             "not saved. Tilltro connects again when you try once more.")
                             .arg(error.databaseText().trimmed()));
    }
    if (state.startsWith(u"23"_s)) {
        return makeError(Error::Kind::Conflict,
                         QCoreApplication::translate(
                             "Database", "The change conflicts with data already stored (%1).")
                             .arg(error.databaseText().trimmed()));
    }
    if (state == "42501"_L1) {
        return makeError(Error::Kind::Io,
                         QCoreApplication::translate(
                             "Database",
                             "The team database does not allow this for your login; nothing was "
                             "changed (%1).")
                             .arg(error.databaseText().trimmed()));
    }
    if (state == "40001"_L1 || state == "40P01"_L1 || state == "55P03"_L1) {
        return makeError(
            Error::Kind::Conflict,
            QCoreApplication::translate(
                "Database", "The database is busy in another program. Try again in a moment."));
    }
    if (state == "53100"_L1) {
        return makeError(Error::Kind::Io,
                         QCoreApplication::translate(
                             "Database",
                             "The team database's disk is full; the change was not saved. Tell "
                             "its IT department."));
    }
    return makeError(
        Error::Kind::Io,
        QCoreApplication::translate("Database", "Database error: %1").arg(error.text()));
}

} // namespace

Error Database::sqlError(const QSqlQuery& query)
{
    const QSqlError error = query.lastError();
    if (query.driver() && query.driver()->dbmsType() == QSqlDriver::PostgreSQL)
        return postgresError(error);
    const int code = error.nativeErrorCode().toInt() & 0xff; // primary result code
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return makeError(
            Error::Kind::Conflict,
            QCoreApplication::translate(
                "Database", "The database is busy in another program. Try again in a moment."));
    case 8: // SQLITE_READONLY
        return makeError(Error::Kind::Io,
                         QCoreApplication::translate(
                             "Database", "The database is read-only; the change was not saved."));
    case 13: // SQLITE_FULL
        return makeError(Error::Kind::Io,
                         QCoreApplication::translate(
                             "Database",
                             "The disk is full; the change was not saved. Free some space and try "
                             "again."));
    case 10: // SQLITE_IOERR
        return makeError(Error::Kind::Io,
                         QCoreApplication::translate(
                             "Database",
                             "The database file could not be written (%1); the change was not "
                             "saved.")
                             .arg(error.databaseText()));
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return makeError(Error::Kind::Invalid, QCoreApplication::translate(
                                                   "Database", "The database file is damaged (%1).")
                                                   .arg(error.databaseText()));
    case 19: // SQLITE_CONSTRAINT
        return makeError(Error::Kind::Conflict,
                         QCoreApplication::translate(
                             "Database", "The change conflicts with data already stored (%1).")
                             .arg(error.databaseText()));
    default:
        return makeError(
            Error::Kind::Io,
            QCoreApplication::translate("Database", "Database error: %1").arg(error.text()));
    }
}

Result<void> Database::exec(QSqlQuery& query)
{
    if (!query.exec())
        return sqlError(query);
    return {};
}

Result<void> Database::execOneRow(QSqlQuery& query, const QString& gone)
{
    if (!query.exec())
        return sqlError(query);
    if (query.numRowsAffected() == 0)
        return makeError(Error::Kind::NotFound, gone);
    return {};
}

Result<qint64> Database::execInsert(QSqlQuery& query)
{
    if (!query.exec())
        return sqlError(query);
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.finish(); // the statement is done: a transaction may commit
    if (id <= 0) {
        return makeError(
            Error::Kind::Io,
            QCoreApplication::translate("Database", "The database did not say the new row's id."));
    }
    return id;
}

Result<void> Database::exec(const QString& sql)
{
    QSqlQuery query(connection());
    if (!query.exec(sql))
        return sqlError(query);
    return {};
}

Result<std::unique_ptr<Database>> Database::create(const QString& path)
{
    const QFileInfo info(path);
    if (info.exists()) {
        return makeError(Error::Kind::Conflict,
                         QCoreApplication::translate(
                             "Database",
                             "%1 already exists. Choose another name; an existing file is never "
                             "overwritten.")
                             .arg(QDir::toNativeSeparators(path)));
    }
    QDir dir = info.absoluteDir();
    if (!dir.exists()) {
        if (!dir.mkpath(u"."_s)) {
            return makeError(Error::Kind::Io,
                             QCoreApplication::translate("Database", "Cannot create the folder %1.")
                                 .arg(QDir::toNativeSeparators(dir.path())));
        }
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    {
        // Create the empty file ourselves so it is owner-only from the first byte; SQLite gives
        // its -wal and -shm files the same permissions.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            return makeError(Error::Kind::Io,
                             QCoreApplication::translate("Database", "Cannot create %1: %2")
                                 .arg(QDir::toNativeSeparators(path), file.errorString()));
        }
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }

    std::unique_ptr<Database> db(new Database(info.absoluteFilePath(), Access::ReadWrite));
    const QString dbPath = db->m_path;
    auto fail = [&](const Error& error) -> Result<std::unique_ptr<Database>> {
        db.reset();
        // Not the lock file: ours was removed on release, and another program's stays.
        for (const QString& file : companionFiles(dbPath)) {
            if (!file.endsWith(u".lock"_s))
                QFile::remove(file);
        }
        return error;
    };
    auto use = FileUse::take(dbPath, path);
    if (!use)
        return fail(use.error());
    db->m_file = std::move(use).value();
    db->m_lock = std::make_unique<LockFile>(db->m_path + u".lock"_s);
    if (auto locked = db->m_lock->acquire(); !locked)
        return fail(locked.error());
    if (auto locked = db->m_file->edit(path); !locked)
        return fail(locked.error());
    if (auto opened = db->openConnection(true); !opened)
        return fail(opened.error());
    db->markVerified(); // new and empty: nothing to check

    // application_id is written before WAL mode so even an unclean first close leaves a file
    // that is recognisably ours.
    auto created = db->write([&]() -> Result<void> {
        if (auto r = db->exec(u"PRAGMA application_id = %1"_s.arg(ApplicationId)); !r)
            return r;
        for (const QString& statement : schema::createStatements()) {
            if (auto r = db->exec(statement); !r)
                return r;
        }
        return db->exec(u"PRAGMA user_version = %1"_s.arg(SchemaVersion));
    });
    if (!created)
        return fail(created.error());
    if (auto wal = db->exec(u"PRAGMA journal_mode = WAL"_s); !wal)
        return fail(wal.error());
    return db;
}

Result<std::unique_ptr<Database>> Database::connectServer(const QString& uri, Access access)
{
    auto address = parseServerUri(uri);
    if (!address)
        return address.error();
    // A server database is never "inspected" as an old file is: IT migrates it.
    std::unique_ptr<Database> db(
        new Database(address->uri, access == Access::Inspect ? Access::ReadOnly : access));
    if (auto opened = openServerConnection(db->m_connectionName, address.value()); !opened)
        return opened.error();
    auto info = describeServer(db->m_connectionName, address.value());
    if (!info)
        return info.error();
    if (info->role != "handledare"_L1) {
        const QString who = info->role.isEmpty()
                                ? QCoreApplication::translate("Database", "has no Tilltro role")
                                : QCoreApplication::translate("Database", "is %1").arg(info->role);
        return makeError(Error::Kind::Unsupported,
                         QCoreApplication::translate(
                             "Database",
                             "%1: the login %2 %3 in the team database. Tilltro works in a team "
                             "database as a handledare; the samordnare's statistics and the "
                             "administratör's tasks are functions on the server "
                             "(docs/team-mode.md).")
                             .arg(address->uri, info->login, who));
    }
    if (info->handledareName.isEmpty()) {
        return makeError(Error::Kind::Invalid,
                         QCoreApplication::translate(
                             "Database",
                             "%1: the login %2 is not connected to an active handledare in the "
                             "team database. Ask its administratör to connect it "
                             "(handledare.db_user).")
                             .arg(address->uri, info->login));
    }
    if (!info->schemaVersion || *info->schemaVersion != SchemaVersion) {
        return makeError(Error::Kind::Unsupported,
                         QCoreApplication::translate(
                             "Database",
                             "%1: the team database has schema version %2; this Tilltro works "
                             "with version %3. Its IT department migrates it (docs/team-mode.md); "
                             "nothing was changed.")
                             .arg(address->uri)
                             .arg(info->schemaVersion.value_or(0))
                             .arg(SchemaVersion));
    }
    db->m_server = info.value();
    return db;
}

bool Database::reconnect() const
{
    QSqlDatabase db = connection();
    db.close();
    return db.open();
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, Access access, Verify verify)
{
    const QFileInfo named(path);
    if (!named.exists()) {
        return makeError(Error::Kind::NotFound,
                         QCoreApplication::translate("Database", "The database %1 does not exist.")
                             .arg(QDir::toNativeSeparators(path)));
    }
    if (!named.isFile())
        return notTilltro(path);
    // One name for one file: through a symbolic link, the file it points at, so that the lock,
    // the -wal and -shm, the backups folder and every clean-up follow the real file.
    const QString canonical = named.canonicalFilePath();
    const QFileInfo info(canonical);

    // This process's one descriptor of the file (see FileUse).
    auto use = FileUse::take(canonical, path);
    if (!use)
        return use.error();

    // Refuse what we can from the raw header, before SQLite touches the file.
    auto header = readHeader(use.value()->fd(), path);
    if (!header)
        return header.error();
    if (!header->isSqlite || header->applicationId != ApplicationId)
        return notTilltro(path);
    if (header->userVersion > SchemaVersion)
        return newerVersion(path, header->userVersion);

    // An interrupted change in rollback mode (e.g. in a backup file): only an editor may roll it
    // back; reading past it would read a half-made change, and SQLite would refuse anyway.
    if (access != Access::ReadWrite && QFileInfo(canonical + u"-journal"_s).size() > 0)
        return hotJournal(canonical);

    if (access == Access::ReadWrite && !info.isWritable()) {
        return makeError(Error::Kind::Io,
                         QCoreApplication::translate(
                             "Database", "%1 is read-only. Open it read-only to look at it.")
                             .arg(QDir::toNativeSeparators(path)));
    }
    if (access == Access::ReadWrite || access == Access::Shared) {
        // Each name of a file gets its own -wal from SQLite: two journals for one file lose
        // changes, so a file with a second name (a hard link) is never written.
        struct stat st {};
        if (::stat(QFile::encodeName(canonical).constData(), &st) == 0 && st.st_nlink > 1) {
            return makeError(
                Error::Kind::Invalid,
                QCoreApplication::translate(
                    "Database", "%1 has %2 names (hard links) in the file system. Tilltro does not "
                                "change a database that has more than one name, because changes "
                                "made through the names could be lost. Remove the other names, "
                                "or make a backup and open that. The file has not been changed.")
                    .arg(QDir::toNativeSeparators(path))
                    .arg(qulonglong(st.st_nlink)));
        }
    }

    std::unique_ptr<Database> db(new Database(canonical, access));
    db->m_file = std::move(use).value();
    if (access == Access::ReadWrite) {
        // The lock file says who holds it; then the file itself is locked, whatever name it
        // was reached by.
        db->m_lock = std::make_unique<LockFile>(db->m_path + u".lock"_s);
        if (auto locked = db->m_lock->acquire(); !locked)
            return locked.error();
        if (auto locked = db->m_file->edit(path); !locked)
            return locked.error();
    }
    // A guest (Shared) that finds no WAL may fold its own audit entry into the file when it is
    // the last to close; a WAL left by someone else is the editor's to check and fold.
    const bool walEmpty = QFileInfo(canonical + u"-wal"_s).size() == 0;
    // A refused file is left as it was found, neighbours included: SQLite may have made an
    // empty -wal and -shm beside it, which go again.
    const SideFiles sideFiles(canonical);
    const auto refuse = [&](const Error& error) -> Result<std::unique_ptr<Database>> {
        db.reset();
        sideFiles.cleanUp();
        return error;
    };
    if (auto opened = db->openConnection(false); !opened)
        return refuse(opened.error());
    if (auto ready = db->verifyAndPrepare(verify); !ready)
        return refuse(ready.error());
    if (access == Access::Shared && walEmpty)
        db->configure(SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0);
    return db;
}

Result<void> Database::openConnection(bool forCreate)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(m_path);
    // QSQLITE would create a missing file; the caller has checked that it exists (or, for
    // create(), has just made it empty).
    Q_UNUSED(forCreate);
    if (m_access == Access::ReadOnly || m_access == Access::Inspect)
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
    if (!db.open()) {
        return makeError(Error::Kind::Io,
                         QCoreApplication::translate("Database", "Cannot open %1: %2")
                             .arg(QDir::toNativeSeparators(m_path), db.lastError().text()));
    }
    // A database file may come from anywhere (a USB stick, a restored backup): no SQL stored
    // in it is trusted, the schema cannot be written to, no extension can be loaded, and until
    // it is known to be sound, closing never folds its WAL into the main file.
    // The handle belongs to the SQLite Qt's driver uses; calling into another copy of the
    // library with it would be undefined. Debian's Qt uses the system library, which this
    // program links: check once, before configure() touches the handle.
    QSqlQuery version(db);
    const bool sameLibrary =
        version.exec(u"SELECT sqlite_version()"_s) && version.next() &&
        version.value(0).toString() == QString::fromLatin1(sqlite3_libversion());
    version.finish();
    const bool defended = sameLibrary && configure(SQLITE_DBCONFIG_DEFENSIVE, 1) &&
                          configure(SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0) &&
                          configure(SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0) &&
                          configure(SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1);
    if (!defended) {
        return makeError(Error::Kind::Unsupported,
                         QCoreApplication::translate(
                             "Database", "The SQLite library cannot be set up safely to open %1.")
                             .arg(QDir::toNativeSeparators(m_path)));
    }
    // None of these writes to the file.
    for (const auto& pragma : {u"PRAGMA trusted_schema = OFF"_s, u"PRAGMA foreign_keys = ON"_s,
                               u"PRAGMA busy_timeout = 5000"_s, u"PRAGMA synchronous = FULL"_s,
                               u"PRAGMA secure_delete = ON"_s}) {
        if (auto r = exec(pragma); !r)
            return r;
    }
    // A guest beside the editor never checkpoints: that is the editor's work.
    if (m_access == Access::Shared) {
        if (auto r = exec(u"PRAGMA wal_autocheckpoint = 0"_s); !r)
            return r;
    }
    return {};
}

namespace {

/// "table", "index", "view" or "trigger", in the UI language.
QString objectKind(const QString& type)
{
    if (type == "table"_L1)
        return QCoreApplication::translate("Database", "table");
    if (type == "index"_L1)
        return QCoreApplication::translate("Database", "index");
    if (type == "view"_L1)
        return QCoreApplication::translate("Database", "view");
    if (type == "trigger"_L1)
        return QCoreApplication::translate("Database", "trigger");
    return type;
}

} // namespace

Result<void> Database::verifySchema() const
{
    const std::optional<std::vector<SchemaObject>> read = readSchema(connection());
    const std::vector<SchemaObject>& expected = expectedSchema(schemaVersion());
    if (!read || expected.empty()) {
        return makeError(Error::Kind::Invalid,
                         QCoreApplication::translate("Database",
                                                     "The structure of %1 could not be read, so "
                                                     "it was not used. The file has not been "
                                                     "changed.")
                             .arg(QDir::toNativeSeparators(m_path)));
    }
    const std::vector<SchemaObject>& actual = *read;
    if (actual == expected)
        return {};
    // Say what differs: the first object missing, added or changed.
    QString difference;
    for (const SchemaObject& object : actual) {
        const auto same = std::find_if(expected.begin(), expected.end(), [&](const auto& e) {
            return e.type == object.type && e.name == object.name;
        });
        if (same == expected.end()) {
            difference = QCoreApplication::translate("Database", "an extra %1 \"%2\"")
                             .arg(objectKind(object.type), object.name);
            break;
        }
        if (!(*same == object)) {
            difference = QCoreApplication::translate("Database", "a changed %1 \"%2\"")
                             .arg(objectKind(object.type), object.name);
            break;
        }
    }
    if (difference.isEmpty()) {
        for (const SchemaObject& object : expected) {
            if (std::find(actual.begin(), actual.end(), object) == actual.end()) {
                difference = QCoreApplication::translate("Database", "no %1 \"%2\"")
                                 .arg(objectKind(object.type), object.name);
                break;
            }
        }
    }
    return makeError(Error::Kind::Invalid,
                     QCoreApplication::translate(
                         "Database",
                         "%1 is not a database Tilltro wrote: its structure differs from the one "
                         "Tilltro makes (%2). It was not used, so nothing stored in it has run. "
                         "The file has not been changed.")
                         .arg(QDir::toNativeSeparators(m_path), difference));
}

Result<void> Database::verifyAndPrepare(Verify verify)
{
    QSqlQuery query(connection());
    if (!query.exec(u"PRAGMA application_id"_s) || !query.next() ||
        query.value(0).toInt() != ApplicationId) {
        return notTilltro(m_path);
    }
    // An unfinished statement keeps a read transaction open, and journal_mode cannot change
    // inside one (a file in rollback mode, e.g. a VACUUM INTO backup, would fail to open).
    query.finish();
    const int version = schemaVersion();
    if (version > SchemaVersion)
        return newerVersion(m_path, version);
    if (version < 1)
        return notTilltro(m_path);
    // Before anything else is read: exactly the tables, indexes and triggers Tilltro makes
    // for the file's version (an older file is compared with the statements of its version).
    if (auto ours = verifySchema(); !ours)
        return ours;
    if (verify == Verify::OnOpen) {
        if (auto sound = checkIntegrity(); !sound)
            return sound;
        markVerified();
    }
    if (m_access == Access::Inspect)
        return {};
    if (m_access == Access::ReadOnly || m_access == Access::Shared) {
        if (version < SchemaVersion) {
            return makeError(Error::Kind::Unsupported,
                             QCoreApplication::translate(
                                 "Database",
                                 "%1 is from an older version of Tilltro and must be updated "
                                 "before it can be read; open it for editing once.")
                                 .arg(QDir::toNativeSeparators(m_path)));
        }
        return {};
    }

    // Nothing is written to a file that has not been checked: switching a file in rollback mode
    // (a backup) to WAL writes to it, and so does a migration.
    QSqlQuery mode(connection());
    const bool inWal = mode.exec(u"PRAGMA journal_mode"_s) && mode.next() &&
                       mode.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) == 0;
    mode.finish();
    if (!m_verified && (!inWal || version < SchemaVersion)) {
        if (auto sound = checkIntegrity(); !sound)
            return sound;
        markVerified();
    }
    if (auto wal = exec(u"PRAGMA journal_mode = WAL"_s); !wal)
        return wal;
    if (version < SchemaVersion) {
        // One transaction for all steps; the version is written last, so a failure anywhere
        // leaves the file at its old version with its old content.
        auto migrated = write([&]() -> Result<void> {
            for (int from = version; from < SchemaVersion; ++from) {
                for (const QString& statement : schema::migrationSteps(from)) {
                    if (auto r = exec(statement); !r)
                        return r;
                }
            }
            return exec(u"PRAGMA user_version = %1"_s.arg(SchemaVersion));
        });
        if (!migrated) {
            return makeError(migrated.error().kind,
                             QCoreApplication::translate(
                                 "Database",
                                 "Updating the database from version %1 failed; it was left as "
                                 "it was. %2")
                                 .arg(version)
                                 .arg(migrated.error().message));
        }
    }
    return {};
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (isServer())
        return query.exec(dialect::postgresVersionQuery()) && query.next() ? query.value(0).toInt()
                                                                           : -1;
    if (query.exec(u"PRAGMA user_version"_s) && query.next())
        return query.value(0).toInt();
    return -1;
}

Result<void> Database::checkIntegrity(bool full) const
{
    if (isServer())
        return {}; // the server keeps its own pages (data checksums, its IT's checks)
    return runIntegrityCheck(connection(), m_path, full);
}

void Database::startIntegrityCheck(std::function<void(const Result<void>&)> done)
{
    std::promise<Result<void>> verdict;
    m_integrity = verdict.get_future().share();
    if (isServer()) {
        // Nothing to check here: the server keeps its pages.
        verdict.set_value(Result<void>());
        if (done)
            done(Result<void>());
        return;
    }
    // The worker's own connection: a QSqlDatabase belongs to the thread that made it.
    m_integrityThread = std::thread([path = m_path, name = QString(m_connectionName + u"-check"_s),
                                     verdict = std::move(verdict),
                                     done = std::move(done)]() mutable {
        // Behind the thread that shows the caseload when both want the same core (Linux: a
        // thread's own nice value).
        ::setpriority(PRIO_PROCESS, pid_t(::syscall(SYS_gettid)), 10);
        Result<void> result;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(path);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            if (!db.open()) {
                result = makeError(Error::Kind::Io,
                                   QCoreApplication::translate("Database", "Cannot open %1: %2")
                                       .arg(QDir::toNativeSeparators(path), db.lastError().text()));
            } else {
                QSqlQuery timeout(db);
                timeout.exec(u"PRAGMA busy_timeout = 5000"_s);
                result = runIntegrityCheck(db, path, false);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        verdict.set_value(result);
        if (done)
            done(result);
    });
}

bool Database::integrityCheckPending() const
{
    return m_integrity.valid() &&
           m_integrity.wait_for(std::chrono::seconds(0)) != std::future_status::ready;
}

Result<void> Database::write(const std::function<Result<void>()>& body)
{
    if (isReadOnly())
        return makeError(Error::Kind::Io,
                         QCoreApplication::translate(
                             "Database", "The database is open read-only; nothing was saved."));
    if (m_integrity.valid()) {
        // An edit made while the file is being checked waits for the verdict (a fraction of a
        // second), so it is saved once the file is known to be sound, and never into a damaged
        // one.
        if (const Result<void>& sound = m_integrity.get(); !sound)
            return sound.error();
    }
    const bool outermost = m_transactionDepth == 0;
    const QString savepoint = u"sp%1"_s.arg(m_transactionDepth);
    // SQLite: take the write lock now, not at the first write (no deadlock between readers
    // that both want to write). PostgreSQL locks rows as they are written.
    const QString begin = isServer() ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s;
    auto begun = exec(outermost ? begin : u"SAVEPOINT "_s + savepoint);
    if (!begun && outermost && isServer() && reconnect())
        begun = exec(begin); // the connection was lost since the last change: nothing is lost
    if (!begun)
        return begun;
    ++m_transactionDepth;
    Result<void> result = body();
    --m_transactionDepth;
    if (result) {
        auto committed = exec(outermost ? u"COMMIT"_s : u"RELEASE "_s + savepoint);
        if (committed)
            return {};
        result = committed;
    }
    // A failed rollback leaves nothing more to do: SQLite rolls back on close anyway.
    if (outermost) {
        static_cast<void>(exec(u"ROLLBACK"_s));
    } else {
        static_cast<void>(exec(u"ROLLBACK TO "_s + savepoint));
        static_cast<void>(exec(u"RELEASE "_s + savepoint));
    }
    return result;
}

} // namespace tilltro::storage

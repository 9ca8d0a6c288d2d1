// Fuzz target: opening a damaged database file (docs/fuzzing.md). The input is a Tilltro
// database file (the seeds are small valid ones the program made). Besides the driver's own
// mutations, each input is damaged once more in one of four ways chosen by a hash of its bytes:
// not at all; bytes of random pages (mostly not page 1: b-tree headers, cell pointers, whole
// pages zeroed or copied over, the file cut short); bytes of the stored rows (the far end of
// pages other than page 1: values quick_check does not judge); or rows of sqlite_schema (a
// table's, an index's or a trigger's SQL text altered, truncated or replaced, a root page, type
// or name changed, a row deleted or added), written with PRAGMA writable_schema on a copy
// through a connection of its own.
//
// The file is then opened with Database::open() in each access mode (ReadWrite, ReadOnly,
// Inspect), each time from a fresh copy of the same bytes, and when it opens the caseload
// (CaseloadRepository) and the audit log are read. An input that is damaged more is also
// opened as it came, read-only, so the seeds themselves are opened and read too.
//
// Invariants: no crash and no undefined behaviour (the sanitizers see those in the asan build);
// an open that is refused has a message and leaves the file, and its -wal, byte for byte as they
// were (a -wal may appear only empty: see unchanged()). An open may succeed on a damaged file
// (quick_check only sees what it checks); then the reads may fail, with a message, but not crash.
//
// Seeds: TILLTRO_FUZZ_MAKE_SEEDS=DIR fuzz_database /dev/null writes them into DIR (see
// tests/data/fuzz/README.md) and exits.

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtEndian>
#include <QVariant>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/storage/auditlog.h"
#include "core/storage/backup.h"
#include "core/storage/caseloadrepository.h"
#include "core/storage/database.h"
#include "core/storage/demodata.h"
#include "fuzzsupport.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::storage;

namespace {

tilltro::fuzz::Outcomes outcomes("fuzz_database");

struct State {
    tilltro::fuzz::Application app{"fuzz_database"};
    QTemporaryDir dir;
    QString path; ///< where each copy is opened
    int connections = 0;
};

State* g_state = nullptr;

/// Seeded from the input, so an input is always damaged the same way.
using tilltro::fuzz::Random;

/// A raw QSQLITE connection of its own (no Database): for making seeds and damaging schemas.
class RawConnection {
public:
    explicit RawConnection(const QString& path)
        : m_name(u"fuzz-raw-%1"_s.arg(++g_state->connections))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool exec(const QString& sql) const
    {
        QSqlQuery query(db());
        return query.exec(sql);
    }

private:
    QString m_name;
    bool m_open = false;
};

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    FUZZ_CHECK(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    FUZZ_CHECK(file.write(bytes) == bytes.size());
}

/// The database file and what SQLite and Tilltro keep beside it, gone.
void removeAll(const QString& path)
{
    for (const QString& suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s, u".lock"_s})
        QFile::remove(path + suffix);
}

// ----- damage -----

/// The page size the header claims, when it is one SQLite allows; else 1024.
std::size_t pageSizeOf(const QByteArray& bytes)
{
    if (bytes.size() < 100)
        return 1024;
    const unsigned raw = qFromBigEndian<quint16>(bytes.constData() + 16);
    const std::size_t size = raw == 1 ? 65536 : raw;
    if (size < 512 || size > 65536 || (size & (size - 1)) != 0)
        return 1024;
    return size;
}

void put16(QByteArray& bytes, std::size_t at, unsigned value)
{
    if (at + 2 <= std::size_t(bytes.size())) {
        bytes[qsizetype(at)] = char((value >> 8) & 0xff);
        bytes[qsizetype(at + 1)] = char(value & 0xff);
    }
}

/// Damages one to three pages, mostly not page 1.
void damagePages(QByteArray& bytes, Random& random)
{
    const std::size_t pageSize = pageSizeOf(bytes);
    const std::size_t pages = std::max<std::size_t>(1, std::size_t(bytes.size()) / pageSize);
    const std::size_t count = 1 + random.below(3);
    for (std::size_t n = 0; n < count && !bytes.isEmpty(); ++n) {
        const std::size_t page =
            pages > 1 && random.below(5) != 0 ? 1 + random.below(pages - 1) : 0; // 0-based
        const std::size_t start = page * pageSize;
        if (start >= std::size_t(bytes.size()))
            continue;
        const std::size_t end = std::min(start + pageSize, std::size_t(bytes.size()));
        const std::size_t header = start + (page == 0 ? 100 : 0); // the b-tree page header
        const auto at = [&](std::size_t offset) { return std::min(offset, end - 1); };
        if (end < header + 12) { // a file cut inside page 1's headers: any byte of it
            bytes[qsizetype(start + random.below(end - start))] = char(random.below(256));
            continue;
        }
        switch (random.below(10)) {
        case 0: // a random byte anywhere in the page
            bytes[qsizetype(start + random.below(end - start))] = char(random.below(256));
            break;
        case 1: // a bit of the page header (type, first freeblock, cells, content start...)
            bytes[qsizetype(at(header + random.below(12)))] ^= char(1 << random.below(8));
            break;
        case 2: { // a page type: leaf and interior table/index pages, and nonsense
            static constexpr char types[] = {'\x02', '\x05', '\x0a', '\x0d', '\x00', '\xff'};
            bytes[qsizetype(at(header))] = types[random.below(sizeof types)];
            break;
        }
        case 3: { // a 16-bit field of the header or a cell pointer: edges of the page
            const unsigned values[] = {0u,
                                       1u,
                                       unsigned(pageSize - 1),
                                       unsigned(pageSize),
                                       unsigned(pageSize + 1),
                                       0xffffu,
                                       unsigned(random.below(65536))};
            const std::size_t field = header + 1 + 2 * random.below(8);
            put16(bytes, at(field), values[random.below(std::size(values))]);
            break;
        }
        case 4: { // an interior page's right child, or a 32-bit number in the page
            const std::size_t offset =
                at(header + (random.below(2) == 0 ? 8 : random.below(end - header)));
            const quint32 values[] = {0u, 1u, quint32(pages), quint32(pages + 1), 0xffffffffu};
            const quint32 value = values[random.below(std::size(values))];
            for (int i = 0; i < 4 && offset + std::size_t(i) < end; ++i)
                bytes[qsizetype(offset) + i] = char((value >> (24 - 8 * i)) & 0xff);
            break;
        }
        case 5: // the whole page zeroed
            std::fill(bytes.begin() + qsizetype(start), bytes.begin() + qsizetype(end), '\0');
            break;
        case 6: { // another page copied over it (two pages claiming the same rows)
            const std::size_t from = random.below(pages) * pageSize;
            if (from + (end - start) <= std::size_t(bytes.size()) && from != start)
                bytes.replace(qsizetype(start), qsizetype(end - start),
                              bytes.mid(qsizetype(from), qsizetype(end - start)));
            break;
        }
        case 7: // the file cut short: at this page, or inside it
            bytes.truncate(
                qsizetype(random.below(2) == 0 ? start : start + random.below(end - start)));
            break;
        case 8: { // a run of random bytes in the page's cell area
            const std::size_t from = start + random.below(end - start);
            const std::size_t length = std::min<std::size_t>(1 + random.below(32), end - from);
            for (std::size_t i = 0; i < length; ++i)
                bytes[qsizetype(from + i)] = char(random.below(256));
            break;
        }
        default: { // a field of the database header (page 1): page count, freelist, versions
            static constexpr std::size_t fields[] = {18, 19, 20, 28, 32, 36, 40,
                                                     44, 52, 56, 64, 92, 96};
            const std::size_t offset = fields[random.below(std::size(fields))];
            if (offset + 4 <= std::size_t(bytes.size()))
                bytes[qsizetype(offset + random.below(4))] = char(random.below(256));
            break;
        }
        }
    }
}

/// Changes one to four bytes in the cell content area (the far end) of pages other than page 1:
/// mostly the values of rows, which quick_check does not judge, so the file still opens and the
/// reads meet odd text, numbers and record headers.
void damageRows(QByteArray& bytes, Random& random)
{
    const std::size_t pageSize = pageSizeOf(bytes);
    const std::size_t pages = std::size_t(bytes.size()) / pageSize;
    if (pages < 2)
        return;
    const std::size_t count = 1 + random.below(4);
    for (std::size_t n = 0; n < count; ++n) {
        const std::size_t start = (1 + random.below(pages - 1)) * pageSize;
        const std::size_t at = start + pageSize / 2 + random.below(pageSize / 2);
        static constexpr char values[] = {'\0', '\x01', '\x7f', '\x80', '\xc3', '\xff',
                                          '0',  '9',    '-',    '\'',   'T',    ' '};
        bytes[qsizetype(at)] =
            random.below(2) == 0 ? values[random.below(sizeof values)] : char(random.below(256));
    }
}

/// SQL pieces that make a schema row say something else.
const std::vector<QString>& sqlPieces()
{
    static const std::vector<QString> pieces = {
        u"participant"_s,
        u"occasion"_s,
        u"audit_log"_s,
        u"answer"_s,
        u"rowid"_s,
        u"NULL"_s,
        u"TEXT"_s,
        u"INTEGER"_s,
        u"BLOB"_s,
        u" CHECK(0)"_s,
        u" UNIQUE"_s,
        u" PRIMARY KEY"_s,
        u" NOT NULL"_s,
        u" REFERENCES nowhere(x)"_s,
        u" DEFAULT (1/0)"_s,
        u" COLLATE nocase"_s,
        u" COLLATE nosuch"_s,
        u" AUTOINCREMENT"_s,
        u" WITHOUT ROWID"_s,
        u"("_s,
        u")"_s,
        u","_s,
        u"'"_s,
        u"\""_s,
        u"--"_s,
        u"/*"_s,
        u";"_s,
        u" AS (randomblob(1000000000))"_s,
        u" GENERATED ALWAYS AS (abs(-9223372036854775808)) VIRTUAL"_s,
        u" STRICT"_s,
        u" WHERE 1/0"_s,
        u"x"_s,
        u"\u00e5"_s};
    return pieces;
}

/// Whole statements to put in a schema row instead of its own.
const std::vector<QString>& sqlStatements()
{
    static const std::vector<QString> statements = {
        u"CREATE TABLE participant(x)"_s,
        u"CREATE TABLE participant(id INTEGER PRIMARY KEY, code TEXT UNIQUE, name TEXT)"_s,
        u"CREATE VIEW participant AS SELECT 1 AS id"_s,
        u"CREATE VIEW audit_log AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 "
        u"FROM c) SELECT x AS id FROM c"_s,
        u"CREATE TRIGGER fuzz AFTER INSERT ON audit_log BEGIN DELETE FROM participant; END"_s,
        u"CREATE TRIGGER fuzz BEFORE DELETE ON participant BEGIN SELECT RAISE(ABORT, 'no'); END"_s,
        u"CREATE INDEX fuzz ON participant(nosuchcolumn)"_s,
        u"CREATE INDEX fuzz ON participant(code) WHERE 1/0"_s,
        u"CREATE TABLE fuzz(a CHECK(a > 0)) WITHOUT ROWID"_s,
        u"CREATE VIRTUAL TABLE fuzz USING fts5(a)"_s,
        u"CREATE VIRTUAL TABLE fuzz USING nosuchmodule(a)"_s,
        u"CREATE TABLE occasion(id INTEGER PRIMARY KEY, participant_id INTEGER REFERENCES "
        u"participant(id), date TEXT GENERATED ALWAYS AS (1/0) VIRTUAL)"_s,
        u""_s,
        u"not sql at all"_s,
        u"CREATE TABLE"_s,
    };
    return statements;
}

struct SchemaRow {
    qint64 rowid = 0;
    QString type;
    QString name;
    QString tableName;
    qint64 rootPage = 0;
    QString sql;
};

/// Alters one to three rows of sqlite_schema in the file at `path` (which must hold a copy).
void damageSchema(const QString& path, Random& random)
{
    RawConnection raw(path);
    if (!raw.isOpen() || !raw.exec(u"PRAGMA writable_schema = ON"_s))
        return;
    std::vector<SchemaRow> rows;
    {
        QSqlQuery read(raw.db());
        if (!read.exec(u"SELECT rowid, type, name, tbl_name, rootpage, sql FROM sqlite_schema"_s))
            return; // the driver's mutations already broke it
        while (read.next()) {
            rows.push_back({read.value(0).toLongLong(), read.value(1).toString(),
                            read.value(2).toString(), read.value(3).toString(),
                            read.value(4).toLongLong(), read.value(5).toString()});
        }
    }
    if (rows.empty())
        return;
    const auto& pieces = sqlPieces();
    const auto& statements = sqlStatements();
    const std::size_t count = 1 + random.below(3);
    for (std::size_t n = 0; n < count; ++n) {
        SchemaRow& row = rows[random.below(rows.size())];
        const SchemaRow& other = rows[random.below(rows.size())];
        const QString piece = pieces[random.below(pieces.size())];
        QString column = u"sql"_s;
        QVariant value;
        switch (random.below(12)) {
        case 0: // cut short
            value = row.sql.left(qsizetype(random.below(std::size_t(row.sql.size()) + 1)));
            break;
        case 1: // a piece put in
        case 2:
            value = QString(row.sql).insert(
                qsizetype(random.below(std::size_t(row.sql.size()) + 1)), piece);
            break;
        case 3: { // a word replaced by a piece
            const QStringList words = row.sql.split(u' ');
            QStringList changed = words;
            if (!changed.isEmpty())
                changed[qsizetype(random.below(std::size_t(changed.size())))] = piece;
            value = changed.join(u' ');
            break;
        }
        case 4: // another statement altogether
            value = statements[random.below(statements.size())];
            break;
        case 5: // another row's statement
            value = other.sql;
            break;
        case 6: { // a root page elsewhere: none, page 1, another's, past the end
            column = u"rootpage"_s;
            const qint64 roots[] = {0, 1, other.rootPage, 100000, -1, row.rootPage + 1};
            value = roots[random.below(std::size(roots))];
            break;
        }
        case 7: { // another type
            column = u"type"_s;
            const QString types[] = {u"table"_s, u"index"_s, u"view"_s, u"trigger"_s, u"x"_s};
            value = types[random.below(std::size(types))];
            break;
        }
        case 8: // another row's name or table
            column = random.below(2) == 0 ? u"name"_s : u"tbl_name"_s;
            value = random.below(2) == 0 ? other.name : other.tableName;
            break;
        case 9: { // the row gone
            QSqlQuery remove(raw.db());
            remove.prepare(u"DELETE FROM sqlite_schema WHERE rowid = ?"_s);
            remove.addBindValue(row.rowid);
            static_cast<void>(remove.exec());
            continue;
        }
        default: { // a row added
            const QString sql = statements[random.below(statements.size())];
            const QString type = sql.startsWith(u"CREATE TRIGGER"_s) ? u"trigger"_s
                                 : sql.startsWith(u"CREATE VIEW"_s)  ? u"view"_s
                                 : sql.startsWith(u"CREATE INDEX"_s) ? u"index"_s
                                                                     : u"table"_s;
            QSqlQuery add(raw.db());
            add.prepare(u"INSERT INTO sqlite_schema(type, name, tbl_name, rootpage, sql) "
                        u"VALUES (?, ?, ?, ?, ?)"_s);
            add.addBindValue(type);
            add.addBindValue(random.below(2) == 0 ? u"fuzz"_s : other.name);
            add.addBindValue(random.below(2) == 0 ? u"participant"_s : other.tableName);
            add.addBindValue(type == u"table"_s || type == u"index"_s ? other.rootPage : 0);
            add.addBindValue(sql);
            static_cast<void>(add.exec());
            continue;
        }
        }
        QSqlQuery update(raw.db());
        update.prepare(u"UPDATE sqlite_schema SET %1 = ? WHERE rowid = ?"_s.arg(column));
        update.addBindValue(value);
        update.addBindValue(row.rowid);
        static_cast<void>(update.exec());
    }
}

// ----- the invariants -----

/// What a refused open() must not change: the file and its -wal.
struct Fingerprint {
    QByteArray file;
    std::optional<QByteArray> wal; ///< none when there is no -wal
};

Fingerprint fingerprint(const QString& path)
{
    const auto hash = [](const QString& p) {
        return QCryptographicHash::hash(readFile(p), QCryptographicHash::Sha256);
    };
    Fingerprint print{hash(path), std::nullopt};
    if (QFileInfo::exists(path + u"-wal"_s))
        print.wal = hash(path + u"-wal"_s);
    return print;
}

/// The file byte for byte as it was; a -wal that was there, too, and none where there was none
/// (Database removes the empty -wal and -shm SQLite makes when it reads a file in WAL mode).
bool unchanged(const Fingerprint& before, const Fingerprint& after)
{
    if (after.file != before.file)
        return false;
    return after.wal == before.wal;
}

const char* modeName(Database::Access access)
{
    switch (access) {
    case Database::Access::ReadWrite:
        return "read-write";
    case Database::Access::ReadOnly:
        return "read-only";
    case Database::Access::Inspect:
        return "inspect";
    case Database::Access::Shared:
        return "shared";
    }
    return "?";
}

/// Which check refused the file, in a word or two (for the outcome counts).
std::string refusalOf(const Error& error)
{
    const QString& m = error.message;
    if (m.contains(u"not a Tilltro database"_s))
        return "not Tilltro";
    if (m.contains(u"newer version"_s))
        return "newer";
    if (m.contains(u"damaged"_s))
        return "damaged";
    switch (error.kind) {
    case Error::Kind::Invalid:
        return "invalid";
    case Error::Kind::NotFound:
        return "not found";
    case Error::Kind::Conflict:
        return "conflict";
    case Error::Kind::Unsupported:
        return "unsupported";
    case Error::Kind::Io:
        return "I/O";
    case Error::Kind::Stale:
        return "stale";
    }
    return "?";
}

void openAndRead(State& s, const QByteArray& bytes, Database::Access access,
                 const char* prefix = "")
{
    removeAll(s.path);
    writeFile(s.path, bytes);
    const Fingerprint before = fingerprint(s.path);
    std::string outcome = prefix + std::string(modeName(access));
    {
        auto db = Database::open(s.path, access);
        if (!db) {
            FUZZ_CHECK(!db.errorMessage().isEmpty());
            const Fingerprint after = fingerprint(s.path);
            if (!unchanged(before, after)) {
                std::fprintf(stderr, "fuzz_database: %s open refused (%s), yet %s changed\n",
                             modeName(access), qPrintable(db.errorMessage()),
                             after.file != before.file ? "the file" : "its -wal");
            }
            FUZZ_CHECK(unchanged(before, after));
            outcomes.count((outcome + ": refused, " + refusalOf(db.error())).c_str());
            return;
        }
        auto caseload = CaseloadRepository(*db.value()).load(tilltro::fuzz::fixedToday());
        auto log = AuditLog(*db.value()).all();
        if (caseload)
            FUZZ_CHECK(caseload->size() < 100000);
        FUZZ_CHECK(caseload || !caseload.errorMessage().isEmpty());
        FUZZ_CHECK(log || !log.errorMessage().isEmpty());
        outcome += caseload && log ? ": opened, read" : ": opened, reads refused";
    }
    outcomes.count(outcome.c_str());
}

// ----- seeds -----

/// Rewrites the database at `path` with 1024-byte pages (VACUUM keeps application_id and
/// user_version), so a seed stays small; `wal` says whether it ends in WAL mode.
void compact(const QString& path, bool wal)
{
    RawConnection raw(path);
    FUZZ_CHECK(raw.isOpen());
    FUZZ_CHECK(raw.exec(u"PRAGMA journal_mode = DELETE"_s));
    FUZZ_CHECK(raw.exec(u"PRAGMA page_size = 1024"_s));
    FUZZ_CHECK(raw.exec(u"VACUUM"_s));
    if (wal)
        FUZZ_CHECK(raw.exec(u"PRAGMA journal_mode = WAL"_s));
}

void makeSeeds(const QString& folder)
{
    FUZZ_CHECK(QDir().mkpath(folder));
    const auto seedPath = [&](const QString& name) {
        const QString path = QDir(folder).filePath(name);
        removeAll(path);
        return path;
    };
    const auto fill = [](Database& db, int participants, bool plans) {
        DemoOptions demo;
        demo.participants = participants;
        demo.handledare = 2;
        demo.minOccasions = 1;
        demo.maxOccasions = 2;
        demo.withPlans = plans;
        demo.today = tilltro::fuzz::fixedToday();
        FUZZ_CHECK(fillWithDemoData(db, demo).ok());
    };
    { // the schema alone
        const QString path = seedPath(u"empty.tilltro"_s);
        FUZZ_CHECK(Database::create(path).ok());
        compact(path, true);
    }
    { // two deltagare with occasions, plans and audit entries
        const QString path = seedPath(u"two-participants.tilltro"_s);
        {
            auto db = Database::create(path);
            FUZZ_CHECK(db.ok());
            fill(*db.value(), 2, true);
        }
        compact(path, true);
    }
    { // four, no plans; then a backup of it (rollback journal mode, as VACUUM INTO writes)
        const QString path = seedPath(u"four-participants.tilltro"_s);
        const QString backup = seedPath(u"backup.tilltro"_s);
        {
            auto db = Database::create(path);
            FUZZ_CHECK(db.ok());
            fill(*db.value(), 4, false);
            FUZZ_CHECK(backupTo(*db.value(), backup).ok());
        }
        compact(path, true);
        compact(backup, false);
    }
    for (const QString& name : QDir(folder).entryList({u"*.tilltro"_s}, QDir::Files)) {
        const QString path = QDir(folder).filePath(name);
        for (const QString& suffix : {u"-wal"_s, u"-shm"_s, u"-journal"_s, u".lock"_s})
            QFile::remove(path + suffix);
    }
    std::fprintf(stderr, "fuzz_database: seeds written to %s\n", qPrintable(folder));
}

void initialize()
{
    tilltro::fuzz::fixClock();
    auto* created = new State;
    FUZZ_CHECK(created->dir.isValid());
    created->path = created->dir.filePath(u"fuzz.tilltro"_s);
    g_state = created;
    // Closed at exit before Qt SQL's own globals go (see fuzz_exchange.cpp).
    std::atexit([] {
        delete g_state;
        g_state = nullptr;
    });
    if (const QString folder = qEnvironmentVariable("TILLTRO_FUZZ_MAKE_SEEDS"); !folder.isEmpty()) {
        makeSeeds(folder);
        std::exit(0);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (!g_state)
        initialize();
    State& s = *g_state;
    QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));

    std::uint64_t hash = 14695981039346656037ULL; // FNV-1a
    for (std::size_t i = 0; i < size; ++i)
        hash = (hash ^ data[i]) * 1099511628211ULL;
    Random random(hash);
    const int damage = int(random.below(4));
    if (damage != 0) // the input as it is, too: once, read-only (a seed opens and is read)
        openAndRead(s, bytes, Database::Access::ReadOnly, "as given, ");
    switch (damage) {
    case 0: // as it is: the driver's mutations alone
        outcomes.count("damage: none more");
        break;
    case 1:
        damagePages(bytes, random);
        outcomes.count("damage: pages");
        break;
    case 2:
        damageRows(bytes, random);
        outcomes.count("damage: rows");
        break;
    default:
        removeAll(s.path);
        writeFile(s.path, bytes);
        damageSchema(s.path, random);
        QFile::remove(s.path + u"-wal"_s); // what the schema connection did not check in
        {
            const QByteArray damaged = readFile(s.path);
            // Unchanged when the driver's mutations had already made the schema unreadable.
            outcomes.count(damaged == bytes ? "damage: sqlite_schema (could not)"
                                            : "damage: sqlite_schema");
            bytes = damaged;
        }
        break;
    }

    for (const auto access :
         {Database::Access::ReadWrite, Database::Access::ReadOnly, Database::Access::Inspect})
        openAndRead(s, bytes, access);
    removeAll(s.path);
    return 0;
}

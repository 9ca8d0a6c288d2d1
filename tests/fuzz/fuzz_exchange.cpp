// Fuzz target: the JSON exchange importer (docs/fuzzing.md). The input is an exchange document.
// Each input goes through exchange::importBytes() (byte scan, structure check, every field,
// then the real import) into one database made at start: a small demo caseload, so a document
// meets handledare to match, a stored instrument to reuse and codes that conflict.
//
// Every import runs inside an outer transaction that is always rolled back (Database::write
// nests the import's own transaction as a savepoint). So each input meets the same database: a
// document that imports once would otherwise conflict on its codes with every later mutation
// of it, and the import path past the conflict check would only ever be reached once.
//
// Invariants: a failed import (refused, conflict, cancelled) leaves every table's row count as
// it was, and every 16th time the whole content (a full export) too; a successful one adds one
// participant per code it reports; the rollback restores the database; the progress callback
// counts up within its total, and a cancel always fails the import; the byte scanner gives the
// same verdict whether the bytes come in one piece or in two.

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <vector>

#include "core/exchange/exchangedocument.h"
#include "core/exchange/jsonexchange.h"
#include "core/json/jsonguard.h"
#include "core/storage/database.h"
#include "core/storage/demodata.h"
#include "fuzzsupport.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::storage;

namespace {

tilltro::fuzz::Outcomes outcomes("fuzz_exchange");

/// The database every input is imported into, made once.
struct State {
    tilltro::fuzz::Application app{"fuzz_exchange"};
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    QString countSql;
    std::vector<qint64> baseline;     ///< rows per table
    std::size_t participantTable = 0; ///< index of table "participant" in baseline
    QByteArray baselineDocument;      ///< everything, as a full export
    long long inputs = 0;
    bool reportedIo = false;
};

State* g_state = nullptr;

std::vector<qint64> rowCounts(State& s)
{
    QSqlQuery query = s.db->prepare(s.countSql);
    FUZZ_CHECK(query.exec() && query.next());
    std::vector<qint64> counts;
    for (int i = 0; i < query.record().count(); ++i)
        counts.push_back(query.value(i).toLongLong());
    return counts;
}

QByteArray wholeContent(State& s)
{
    exchange::ExportOptions options;
    options.includeSensitive = true;
    auto document = exchange::buildDocument(*s.db, options);
    FUZZ_CHECK(document.ok());
    return document.value();
}

void initialize()
{
    tilltro::fuzz::fixClock();
    auto* created = new State;
    State& state = *created;
    FUZZ_CHECK(state.dir.isValid());
    auto db = Database::create(state.dir.filePath(u"fuzz.tilltro"_s));
    FUZZ_CHECK(db.ok());
    state.db = std::move(db).value();
    DemoOptions demo;
    demo.participants = 2;
    demo.handledare = 2;
    demo.minOccasions = 1;
    demo.maxOccasions = 2;
    demo.today = tilltro::fuzz::fixedToday();
    FUZZ_CHECK(fillWithDemoData(*state.db, demo).ok());

    // One query counting the rows of every table, whatever the schema version has.
    QSqlQuery tables = state.db->prepare(
        u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name"_s);
    FUZZ_CHECK(tables.exec());
    QStringList counts;
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        if (table == u"participant"_s)
            state.participantTable = std::size_t(counts.size());
        counts << u"(SELECT count(*) FROM \"%1\")"_s.arg(table);
    }
    FUZZ_CHECK(counts.size() >= 10 &&
               counts[qsizetype(state.participantTable)].contains(u"\"participant\""_s));
    state.countSql = u"SELECT "_s + counts.join(u", "_s);
    state.baseline = rowCounts(state);
    state.baselineDocument = wholeContent(state);
    g_state = created;
    // Closed at exit before Qt SQL's own globals go (registered after they were made), which
    // a static State would outlive.
    std::atexit([] {
        delete g_state;
        g_state = nullptr;
    });
}

/// The byte scanner must not depend on where the bytes are cut into chunks.
void checkScannerChunks(const QByteArray& input)
{
    const json::JsonLimits limits = exchange::detail::importLimits();
    json::JsonByteScanner whole(limits);
    const bool wholeOk = whole.feed(input);
    json::JsonByteScanner split(limits);
    const qsizetype cut = input.isEmpty() ? 0 : qsizetype(std::uint8_t(input[0])) % input.size();
    const bool splitOk = split.feed(input.constData(), cut) &&
                         split.feed(input.constData() + cut, input.size() - cut);
    FUZZ_CHECK(wholeOk == splitOk);
    if (!wholeOk)
        FUZZ_CHECK(whole.problem()->message == split.problem()->message);
}

const char* outcomeOf(const Error& error)
{
    switch (error.kind) {
    case Error::Kind::Invalid:
        return error.message.contains(u"not valid JSON"_s) ? "refused: not JSON"
                                                           : "refused: invalid";
    case Error::Kind::NotFound:
        return "refused: not found";
    case Error::Kind::Conflict:
        return "refused: conflict";
    case Error::Kind::Unsupported:
        return "refused: unsupported";
    case Error::Kind::Io:
        return "failed: I/O or SQL error";
    case Error::Kind::Stale:
        return "refused: saved by someone else";
    }
    return "?";
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
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    checkScannerChunks(input);

    // Every 8th input is cancelled at one of its first progress calls.
    std::uint32_t hash = 2166136261u;
    for (std::size_t i = 0; i < size; ++i)
        hash = (hash ^ data[i]) * 16777619u;
    const int cancelAt = hash % 8 == 0 ? int(hash / 8 % 4) + 1 : -1;
    int calls = 0;
    int lastDone = 0;
    bool cancelled = false;
    exchange::ImportOptions options;
    options.progress = [&](int done, int total) {
        FUZZ_CHECK(done >= 0 && total >= 0);
        if (total > 0) {
            FUZZ_CHECK(done <= total && done >= lastDone);
            lastDone = done;
        }
        if (++calls == cancelAt)
            cancelled = true;
        return !cancelled;
    };

    const bool fullCheck = s.inputs++ % 16 == 0;
    auto outer = s.db->write([&]() -> Result<void> {
        auto imported = exchange::importBytes(*s.db, input, options);
        const std::vector<qint64> counts = rowCounts(s);
        if (imported) {
            FUZZ_CHECK(!cancelled);
            FUZZ_CHECK(counts[s.participantTable] ==
                       s.baseline[s.participantTable] + imported->codes.size());
            outcomes.count("imported");
        } else {
            FUZZ_CHECK(!imported.errorMessage().isEmpty());
            FUZZ_CHECK(counts == s.baseline);
            if (fullCheck)
                FUZZ_CHECK(wholeContent(s) == s.baselineDocument);
            outcomes.count(cancelled ? "cancelled" : outcomeOf(imported.error()));
            if (imported.error().kind == Error::Kind::Io && !s.reportedIo) {
                s.reportedIo = true;
                std::fprintf(stderr, "fuzz_exchange: first I/O or SQL error: %s\n",
                             qPrintable(imported.errorMessage()));
            }
        }
        return makeError(Error::Kind::Invalid, u"rolled back by the fuzz target"_s);
    });
    FUZZ_CHECK(!outer.ok());
    FUZZ_CHECK(rowCounts(s) == s.baseline);
    return 0;
}

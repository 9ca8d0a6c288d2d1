// Team mode under load (issue 17, docs/performance.md): many handledare saving at once against
// one PostgreSQL server, with the optimistic versioning of sql/team/team.sql.
//
//   bench_team_load --port P --rootcert FILE --socket DIR [--clients 50] [--seconds 60]
//                   [--think-ms 10]
//
// Run by bench/team-load.sh, which starts the server, loads the schema and fills the data
// (logins h01…hNN with password pw-<login>, the samordnare `sam`). Each client is a thread with
// its own connection as its own handledare login over TLS (sslmode=verify-full against
// --rootcert). It opens an occasion or a plan of its own deltagare, or of one shared with or by
// it, waits up to --think-ms, and saves with the protocol of docs/team-mode.md ("Concurrent
// edits"): bump the occasion (plan) with `WHERE id = ? AND row_version = ?`, then write its
// answers (delmål) in the same transaction; 0 rows is a conflict and changes nothing.
//
// After the run, as the superuser over --socket, every acknowledged save is looked up: for each
// row the acknowledged versions must be 2, 3, … with none twice, the row's row_version the
// highest of them, and its notes and answers (goal text and delmål) the values of that save.
// Anything else is a lost save. Before the run: the caseload of one handledare (RLS applied) and
// the samordnare's statistics functions, timed. Exit 0 when nothing was lost and no save failed.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <functional>
#include <latch>
#include <map>
#include <mutex>
#include <random>
#include <thread>
#include <vector>

#include "benchutil.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;
using namespace tilltro;

namespace {

using bench::out;
using Clock = std::chrono::steady_clock;

/// The answers every occasion has in the generated data (bench/team-load.sh): q01 … q20.
constexpr int AnswersPerOccasion = 20;

struct Options {
    QString host = u"127.0.0.1"_s;
    int port = 0;
    QString rootCert;
    QString socketDir;
    int clients = 50;
    int seconds = 60;
    int thinkMs = 10;
};

/// A row a client may save: an occasion (with its answers) or a plan (with its delmål).
struct Target {
    bool occasion = true;
    qint64 id = 0;
};

/// A save the server acknowledged: the version it returned and the value written.
struct Ack {
    qint64 version = 0;
    qint64 token = 0;
};

struct ClientResult {
    qint64 attempted = 0;
    qint64 succeeded = 0;
    qint64 conflicts = 0;
    qint64 errors = 0;
    QString firstError;
    std::vector<double> saveMs;     // acknowledged saves
    std::vector<double> conflictMs; // saves answered with a conflict
    std::map<qint64, std::vector<Ack>> occasionAcks;
    std::map<qint64, std::vector<Ack>> planAcks;
    int ownTargets = 0;
    int sharedTargets = 0;
};

QString loginOf(int client)
{
    return u"h%1"_s.arg(client + 1, 2, 10, QLatin1Char('0'));
}

/// A connection as `login` over TLS that must verify, or over the socket as the superuser.
QSqlDatabase open(const QString& name, const Options& o, const QString& login, QString* error)
{
    static std::mutex addMutex; // the driver registry is set up once, not raced
    QSqlDatabase db;
    {
        const std::lock_guard lock(addMutex);
        db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    }
    db.setDatabaseName(u"tilltro"_s);
    db.setUserName(login);
    if (login == u"postgres"_s) {
        db.setHostName(o.socketDir);
    } else {
        db.setHostName(o.host);
        db.setPassword(u"pw-"_s + login);
        db.setConnectOptions(u"sslmode=verify-full;sslrootcert="_s + o.rootCert);
    }
    db.setPort(o.port);
    if (!db.open())
        *error = login + u": "_s + db.lastError().text();
    return db;
}

double msSince(Clock::time_point t)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

bool exec(QSqlQuery& q, QString* error)
{
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

void saveUntil(QSqlDatabase& db, int client, const Options& o, const std::vector<Target>& own,
               const std::vector<Target>& shared, Clock::time_point deadline, ClientResult& r);

/// One client: connects, lists what it may save, waits for the start, saves until `deadline`.
void runClient(int client, const Options& o, std::latch& ready, std::latch& go,
               const Clock::time_point* deadline, ClientResult& r)
{
    const QString name = u"client%1"_s.arg(client);
    {
        QString error;
        QSqlDatabase db = open(name, o, loginOf(client), &error);
        std::vector<Target> own;
        std::vector<Target> shared;
        if (error.isEmpty()) {
            // Through the client's own eyes (row-level security): its deltagare and those
            // shared with it; "shared" is any deltagare with a share, given or received.
            QSqlQuery list(db);
            list.prepare(uR"(
                SELECT true, o.id, EXISTS (SELECT 1 FROM participant_share s
                                           WHERE s.participant_id = o.participant_id)
                FROM occasion o
                UNION ALL
                SELECT false, pl.id, EXISTS (SELECT 1 FROM participant_share s
                                             WHERE s.participant_id = pl.participant_id)
                FROM plan pl
                ORDER BY 1, 2)"_s);
            if (exec(list, &error)) {
                while (list.next()) {
                    const Target t{list.value(0).toBool(), list.value(1).toLongLong()};
                    (list.value(2).toBool() ? shared : own).push_back(t);
                }
            }
        }
        if (error.isEmpty() && (own.empty() || shared.empty()))
            error = loginOf(client) + u": no own or no shared deltagare to save"_s;
        r.ownTargets = int(own.size());
        r.sharedTargets = int(shared.size());
        if (!error.isEmpty()) {
            r.errors = 1;
            r.firstError = error;
        }
        ready.count_down();
        go.wait();
        saveUntil(db, client, o, own, shared, *deadline, r);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

/// The client's saves until `deadline`, on `db`; its statements are gone when this returns.
void saveUntil(QSqlDatabase& db, int client, const Options& o, const std::vector<Target>& own,
               const std::vector<Target>& shared, Clock::time_point deadline, ClientResult& r)
{
    {
        QString error;
        QSqlQuery openOccasion(db);
        openOccasion.prepare(u"SELECT row_version, notes FROM occasion WHERE id = ?::bigint"_s);
        QSqlQuery openAnswers(db);
        openAnswers.prepare(
            u"SELECT question_key, value, code FROM answer WHERE occasion_id = ?::bigint"_s);
        QSqlQuery openPlan(db);
        openPlan.prepare(u"SELECT row_version, goal_text FROM plan WHERE id = ?::bigint"_s);
        QSqlQuery openDelmal(db);
        openDelmal.prepare(
            u"SELECT id, what, follow_up FROM delmal WHERE plan_id = ?::bigint ORDER BY position"_s);
        QSqlQuery bumpOccasion(db);
        bumpOccasion.prepare(uR"(UPDATE occasion SET notes = ?::text, updated_at = tilltro_now()
                                 WHERE id = ?::bigint AND row_version = ?::bigint
                                 RETURNING row_version)"_s);
        QSqlQuery clearAnswers(db);
        clearAnswers.prepare(u"DELETE FROM answer WHERE occasion_id = ?::bigint"_s);
        QSqlQuery writeAnswers(db);
        writeAnswers.prepare(uR"(INSERT INTO answer (occasion_id, question_key, value)
                                 SELECT ?::bigint, 'q' || lpad(k::text, 2, '0'), ?::integer
                                 FROM generate_series(1, 20) k)"_s);
        QSqlQuery bumpPlan(db);
        bumpPlan.prepare(uR"(UPDATE plan SET goal_text = ?::text, updated_at = tilltro_now()
                             WHERE id = ?::bigint AND row_version = ?::bigint
                             RETURNING row_version)"_s);
        QSqlQuery writeDelmal(db);
        writeDelmal.prepare(u"UPDATE delmal SET follow_up = ?::text WHERE plan_id = ?::bigint"_s);

        std::mt19937 rng(unsigned(4000 + client));
        std::uniform_int_distribution<int> percent(0, 99);
        std::uniform_int_distribution<int> think(0, std::max(0, o.thinkMs));
        qint64 seq = 0;
        while (r.errors == 0 && Clock::now() < deadline) {
            // 30 % of the saves are of shared deltagare, where another handledare may be saving
            // too; of the rest, the client's own.
            const auto& pool = percent(rng) < 30 ? shared : own;
            const Target t = pool[std::uniform_int_distribution<size_t>(0, pool.size() - 1)(rng)];
            const qint64 token = qint64(client + 1) * 10'000'000 + ++seq;
            const QString text = u"save %1"_s.arg(token);

            // Open: the row and what hangs on it, as the program shows it.
            QSqlQuery& openRow = t.occasion ? openOccasion : openPlan;
            QSqlQuery& openChildren = t.occasion ? openAnswers : openDelmal;
            openRow.addBindValue(t.id);
            openChildren.addBindValue(t.id);
            error.clear();
            if (!exec(openRow, &error) || !exec(openChildren, &error) || !openRow.next()) {
                r.errors++;
                r.firstError = error.isEmpty() ? u"row %1 not visible"_s.arg(t.id) : error;
                break;
            }
            const qint64 version = openRow.value(0).toLongLong();
            while (openChildren.next()) {
            }
            if (o.thinkMs > 0)
                std::this_thread::sleep_for(std::chrono::milliseconds(think(rng)));

            // Save: bump the row on the version opened, then its children, in one transaction.
            r.attempted++;
            const auto started = Clock::now();
            if (!db.transaction()) {
                r.errors++;
                r.firstError = db.lastError().text();
                break;
            }
            QSqlQuery& bump = t.occasion ? bumpOccasion : bumpPlan;
            bump.addBindValue(text);
            bump.addBindValue(t.id);
            bump.addBindValue(version);
            bool ok = exec(bump, &error);
            if (ok && !bump.next()) {
                // 0 rows: someone saved first. Nothing was written; the program would now show
                // both versions.
                db.rollback();
                r.conflicts++;
                r.conflictMs.push_back(msSince(started));
                continue;
            }
            const qint64 newVersion = ok ? bump.value(0).toLongLong() : 0;
            if (ok && t.occasion) {
                clearAnswers.addBindValue(t.id);
                writeAnswers.addBindValue(t.id);
                writeAnswers.addBindValue(int(token));
                ok = exec(clearAnswers, &error) && exec(writeAnswers, &error) &&
                     writeAnswers.numRowsAffected() == AnswersPerOccasion;
            } else if (ok) {
                writeDelmal.addBindValue(text);
                writeDelmal.addBindValue(t.id);
                ok = exec(writeDelmal, &error);
            }
            if (ok && !db.commit()) {
                error = db.lastError().text();
                ok = false;
            }
            if (!ok) {
                db.rollback();
                r.errors++;
                r.firstError = error.isEmpty() ? u"answers not written"_s : error;
                break;
            }
            r.succeeded++;
            r.saveMs.push_back(msSince(started));
            (t.occasion ? r.occasionAcks : r.planAcks)[t.id].push_back({newVersion, token});
        }
    }
}

/// Times `sql` as `login`, `runs` times; prints the median and 90th percentile.
bool timeQuery(const Options& o, const QString& login, const char* what, const QString& sql,
               int runs)
{
    const QString name = u"timed-"_s + login;
    bool ok = true;
    {
        QString error;
        QSqlDatabase db = open(name, o, login, &error);
        std::vector<double> times;
        int rows = 0;
        for (int i = 0; error.isEmpty() && i < runs; ++i) {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            QElapsedTimer timer;
            timer.start();
            if (!q.exec(sql)) {
                error = q.lastError().text();
                break;
            }
            rows = 0;
            while (q.next())
                ++rows;
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        if (!error.isEmpty()) {
            out() << what << ": failed: " << error << Qt::endl;
            ok = false;
        } else {
            const auto s = bench::stats(times);
            out() << what << " (as " << login << ", " << rows << " rows): median " << s.median
                  << " ms, p90 " << s.p90 << ", max " << s.max << " over " << runs << " runs"
                  << Qt::endl;
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

/// `what` timed `runs` times (after one run to warm up), printed as timeQuery() does.
bool timeStep(const char* what, const QString& login, int runs,
              const std::function<Result<int>()>& step)
{
    std::vector<double> times;
    int rows = 0;
    for (int i = 0; i <= runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto done = step();
        if (!done) {
            out() << what << ": failed: " << done.errorMessage() << Qt::endl;
            return false;
        }
        rows = done.value();
        if (i > 0)
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    const auto s = bench::stats(times);
    out() << what << " (as " << login << ", " << rows << " rows): median " << s.median
          << " ms, p90 " << s.p90 << ", max " << s.max << " over " << runs << " runs" << Qt::endl;
    return true;
}

/// The program's own reads on the server, through the workspace as the window makes them
/// (storage's repositories on QPSQL, row-level security applied): opening the team database,
/// the caseload with its BIP signals, one deltagare's occasions and plans, the statistics.
bool timeWorkspace(const Options& o)
{
    const QString login = loginOf(0);
    // libpq reads the password from the environment, as from ~/.pgpass: Tilltro never has it.
    qputenv("PGPASSWORD", u"pw-%1"_s.arg(login).toUtf8());
    const QString uri =
        u"postgresql://%1@127.0.0.1:%2/tilltro?sslrootcert=%3"_s.arg(login).arg(o.port).arg(
            o.rootCert);
    tilltro::workspace::Workspace ws;
    bool ok = timeStep("workspace: open the team database", login, 10, [&]() -> Result<int> {
        ws.close();
        if (auto opened = ws.open(uri); !opened)
            return opened.error();
        return 1;
    });
    if (!ok)
        return false;
    const QDate today = QDate::currentDate();
    qint64 someone = 0;
    ok = timeStep("workspace: caseload with BIP signals", login, 20,
                  [&]() -> Result<int> {
                      auto rows = ws.caseload(today);
                      if (!rows)
                          return rows.error();
                      if (!rows->empty())
                          someone = rows->front().participantId;
                      return int(rows->size());
                  }) &&
         ok;
    ok = timeStep("workspace: one deltagare's occasions and plans", login, 20,
                  [&]() -> Result<int> {
                      auto occasions = ws.occasions(someone);
                      if (!occasions)
                          return occasions.error();
                      auto plans = ws.plans(someone);
                      if (!plans)
                          return plans.error();
                      return int(occasions->size() + plans->size());
                  }) &&
         ok;
    ok = timeStep("workspace: the handledare's statistics (2024)", login, 10,
                  [&]() -> Result<int> {
                      tilltro::analysis::StatisticsFilter filter;
                      filter.from = QDate(2024, 1, 1);
                      filter.to = QDate(2024, 12, 31);
                      auto statistics = ws.statistics(filter);
                      if (!statistics)
                          return statistics.error();
                      return 1;
                  }) &&
         ok;
    qunsetenv("PGPASSWORD");
    return ok;
}

/// Every acknowledged save against what the server holds. Returns the number of saves lost.
qint64 verify(const Options& o, const std::vector<ClientResult>& results, qint64 succeeded)
{
    std::map<qint64, std::vector<Ack>> occasions;
    std::map<qint64, std::vector<Ack>> plans;
    for (const auto& r : results) {
        for (const auto& [id, acks] : r.occasionAcks)
            occasions[id].insert(occasions[id].end(), acks.begin(), acks.end());
        for (const auto& [id, acks] : r.planAcks)
            plans[id].insert(plans[id].end(), acks.begin(), acks.end());
    }
    qint64 lost = 0;
    qint64 serverBumps = 0;
    {
        QString error;
        QSqlDatabase db = open(u"verify"_s, o, u"postgres"_s, &error);
        if (!error.isEmpty()) {
            out() << "verification: " << error << Qt::endl;
            QSqlDatabase::removeDatabase(u"verify"_s);
            return -1;
        }
        // What the server holds, for every row changed since it was generated (row_version > 1).
        struct Held {
            qint64 version = 0;
            QString text;
            qint64 children = 0;
            qint64 childrenWithText = 0;
        };
        auto load = [&](const QString& sql) {
            std::map<qint64, Held> held;
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (!q.exec(sql)) {
                out() << "verification: " << q.lastError().text() << Qt::endl;
                return held;
            }
            while (q.next()) {
                held[q.value(0).toLongLong()] = {q.value(1).toLongLong(), q.value(2).toString(),
                                                 q.value(3).toLongLong(), q.value(4).toLongLong()};
            }
            return held;
        };
        const auto heldOccasions = load(uR"(
            SELECT o.id, o.row_version, o.notes, count(a.question_key),
                   count(*) FILTER (WHERE 'save ' || a.value = o.notes)
            FROM occasion o LEFT JOIN answer a ON a.occasion_id = o.id
            WHERE o.row_version > 1 GROUP BY o.id)"_s);
        const auto heldPlans = load(uR"(
            SELECT p.id, p.row_version, p.goal_text, count(d.id),
                   count(*) FILTER (WHERE d.follow_up = p.goal_text)
            FROM plan p LEFT JOIN delmal d ON d.plan_id = p.id
            WHERE p.row_version > 1 GROUP BY p.id)"_s);

        auto check = [&](const char* kind, std::map<qint64, std::vector<Ack>>& acked,
                         const std::map<qint64, Held>& held) {
            for (auto& [id, acks] : acked) {
                std::sort(acks.begin(), acks.end(),
                          [](const Ack& a, const Ack& b) { return a.version < b.version; });
                // Versions 2, 3, … each acknowledged once: two saves told "saved" on the same
                // version would mean one overwrote the other unseen.
                for (size_t i = 0; i < acks.size(); ++i) {
                    if (acks[i].version != qint64(i) + 2) {
                        out() << "LOST: " << kind << " " << id << " acknowledged versions not 2.."
                              << acks.size() + 1 << Qt::endl;
                        lost++;
                        break;
                    }
                }
                const auto h = held.find(id);
                const Ack& last = acks.back();
                const bool childrenOk =
                    kind[0] == 'o'
                        ? h != held.end() && h->second.children == AnswersPerOccasion &&
                              h->second.childrenWithText == AnswersPerOccasion
                        : h != held.end() && h->second.childrenWithText == h->second.children;
                if (h == held.end() || h->second.version != last.version ||
                    h->second.text != u"save %1"_s.arg(last.token) || !childrenOk) {
                    out() << "LOST: " << kind << " " << id << ": the last acknowledged save ("
                          << last.version << ", " << last.token << ") is not what the server holds"
                          << Qt::endl;
                    lost++;
                }
            }
            for (const auto& [id, h] : held) {
                serverBumps += h.version - 1;
                if (!acked.contains(id)) {
                    out() << "UNACCOUNTED: " << kind << " " << id << " changed without an"
                          << " acknowledged save" << Qt::endl;
                    lost++;
                }
            }
        };
        check("occasion", occasions, heldOccasions);
        check("plan", plans, heldPlans);
    }
    QSqlDatabase::removeDatabase(u"verify"_s);
    // Every version the server gave out belongs to a save the client was told succeeded.
    if (serverBumps != succeeded) {
        out() << "UNACCOUNTED: the server bumped " << serverBumps << " versions, clients were told "
              << succeeded << " saves succeeded" << Qt::endl;
        lost += std::max<qint64>(1, std::abs(serverBumps - succeeded));
    }
    return lost;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Team mode load benchmark (run by bench/team-load.sh)."_s);
    parser.addHelpOption();
    const QCommandLineOption portOption(u"port"_s, u"server port on 127.0.0.1"_s, u"port"_s);
    const QCommandLineOption rootOption(u"rootcert"_s, u"the server's CA certificate"_s, u"file"_s);
    const QCommandLineOption socketOption(u"socket"_s, u"superuser socket folder"_s, u"dir"_s);
    const QCommandLineOption clientsOption(u"clients"_s, u"concurrent clients"_s, u"n"_s, u"50"_s);
    const QCommandLineOption secondsOption(u"seconds"_s, u"length of the run"_s, u"s"_s, u"60"_s);
    const QCommandLineOption thinkOption(u"think-ms"_s, u"longest pause between open and save"_s,
                                         u"ms"_s, u"10"_s);
    parser.addOptions(
        {portOption, rootOption, socketOption, clientsOption, secondsOption, thinkOption});
    parser.process(app);

    Options o;
    o.port = parser.value(portOption).toInt();
    o.rootCert = parser.value(rootOption);
    o.socketDir = parser.value(socketOption);
    o.clients = parser.value(clientsOption).toInt();
    o.seconds = parser.value(secondsOption).toInt();
    o.thinkMs = parser.value(thinkOption).toInt();
    if (o.port <= 0 || o.rootCert.isEmpty() || o.socketDir.isEmpty() || o.clients < 1 ||
        o.clients > 99 || o.seconds < 1 || o.thinkMs < 0) {
        out() << "usage: bench_team_load --port P --rootcert FILE --socket DIR [--clients 1-99]"
                 " [--seconds S] [--think-ms MS]"
              << Qt::endl;
        return 1;
    }
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
        out() << "the Qt PostgreSQL driver is missing (Debian: libqt6sql6-psql)" << Qt::endl;
        return 1;
    }

    // At BIP scale, before the load: the program's reads through the workspace, and for
    // comparison the caseload's SQL alone through row-level security (storage::CaseloadRepository
    // in PostgreSQL's spelling); the samordnare's statistics functions.
    bool ok = timeWorkspace(o);
    ok = timeQuery(o, loginOf(0), "caseload open", uR"(
        SELECT p.id, p.code,
               CASE WHEN p.protected_identity = 1 THEN '' ELSE p.name END,
               p.protected_identity, COALESCE(h.name, ''), p.start_date, p.end_date,
               (SELECT MAX(o.occasion_date) FROM occasion o
                 WHERE o.participant_id = p.id AND o.state = 'completed'),
               EXISTS (SELECT 1 FROM occasion o
                 WHERE o.participant_id = p.id AND o.state = 'draft'),
               EXISTS (SELECT 1 FROM consent c
                 WHERE c.participant_id = p.id AND c.scope = 'registrering'
                   AND c.given_date <= to_char(current_date, 'YYYY-MM-DD')
                   AND (c.withdrawn_date IS NULL
                        OR c.withdrawn_date > to_char(current_date, 'YYYY-MM-DD'))),
               (SELECT pl.next_meeting FROM plan pl WHERE pl.participant_id = p.id
                 ORDER BY pl.created_at DESC, pl.id DESC LIMIT 1)
        FROM participant p LEFT JOIN handledare h ON h.id = p.handledare_id
        ORDER BY p.code)"_s,
                   20) &&
         ok;
    ok = timeQuery(o, u"sam"_s, "statistics: team_unit_summary (a year)",
                   u"SELECT * FROM team_unit_summary('2024-01-01', '2024-12-31')"_s, 10) &&
         ok;
    ok = timeQuery(o, u"sam"_s, "statistics: team_caseload", u"SELECT * FROM team_caseload()"_s,
                   10) &&
         ok;

    std::vector<ClientResult> results(size_t(o.clients));
    std::latch ready(o.clients);
    std::latch go(1);
    Clock::time_point deadline;
    std::vector<std::thread> threads;
    for (int c = 0; c < o.clients; ++c) {
        threads.emplace_back(runClient, c, std::cref(o), std::ref(ready), std::ref(go), &deadline,
                             std::ref(results[size_t(c)]));
    }
    ready.wait();
    const auto started = Clock::now();
    deadline = started + std::chrono::seconds(o.seconds);
    go.count_down();
    for (auto& t : threads)
        t.join();
    const double elapsed = msSince(started) / 1000.0;

    qint64 attempted = 0, succeeded = 0, conflicts = 0, errors = 0;
    std::vector<double> saveMs;
    std::vector<double> conflictMs;
    int own = 0, shared = 0;
    for (const auto& r : results) {
        attempted += r.attempted;
        succeeded += r.succeeded;
        conflicts += r.conflicts;
        errors += r.errors;
        saveMs.insert(saveMs.end(), r.saveMs.begin(), r.saveMs.end());
        conflictMs.insert(conflictMs.end(), r.conflictMs.begin(), r.conflictMs.end());
        own += r.ownTargets;
        shared += r.sharedTargets;
        if (!r.firstError.isEmpty())
            out() << "ERROR: " << r.firstError << Qt::endl;
    }
    std::sort(saveMs.begin(), saveMs.end());
    auto pct = [](const std::vector<double>& v, double p) {
        return v.empty() ? 0.0 : v[std::min(v.size() - 1, size_t(double(v.size()) * p))];
    };
    const qint64 lost = verify(o, results, succeeded);

    out() << Qt::endl
          << o.clients << " clients for " << elapsed << " s (think up to " << o.thinkMs
          << " ms between open and save); per client on average " << own / o.clients << " own and "
          << shared / o.clients << " shared rows (occasions and plans)" << Qt::endl
          << "saves attempted:    " << attempted << Qt::endl
          << "saves succeeded:    " << succeeded << Qt::endl
          << "conflicts reported: " << conflicts << " (0 rows: stale version, nothing written)"
          << Qt::endl
          << "saves failed:       " << errors << Qt::endl
          << "saves lost:         " << (lost < 0 ? u"not verified"_s : QString::number(lost))
          << Qt::endl
          << "save latency:       median " << pct(saveMs, 0.5) << " ms, p95 " << pct(saveMs, 0.95)
          << " ms, max " << (saveMs.empty() ? 0.0 : saveMs.back()) << " ms" << Qt::endl
          << "conflict answer:    median " << bench::stats(conflictMs).median << " ms" << Qt::endl
          << "throughput:         " << double(succeeded) / elapsed << " saves/s" << Qt::endl;
    // A save that failed with an error stops its client, so at most one per error.
    const bool accounted = attempted - succeeded - conflicts <= errors;
    if (!accounted)
        out() << "UNACCOUNTED: saves neither succeeded, in conflict nor failed" << Qt::endl;
    return ok && accounted && lost == 0 && errors == 0 ? 0 : 1;
}

// Helper for tst_crashsafety: writes to a database until it is killed (SIGKILL).
//
//   tst_crashhelper occasions DB
//       saves completed occasions with answers for participant 1, one transaction each, forever;
//       after each save has returned, prints "<n> <occasion id>" and flushes.
//   tst_crashhelper bulk DB PREFIX COUNT
//       prints "begin", then inserts COUNT participants PREFIX-00001... in ONE Database::write(),
//       then prints "committed <ms>".
//   tst_crashhelper backups DB FOLDER
//       makes rotating backups (keep 3) into FOLDER forever, printing each path when written.
//   tst_crashhelper erase DB
//       erases the participants whose code starts with "ER-", one by one, printing each code
//       once eraseParticipant() has returned.
//
// What occasion n holds is occasionFor(n), so the test can check every acknowledged one.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>

#include <cstdio>

#include "core/domain/occasion.h"
#include "core/storage/backup.h"
#include "core/storage/database.h"
#include "core/storage/erasure.h"
#include "core/storage/occasionrepository.h"
#include "core/storage/participantrepository.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::storage;

namespace {

const QStringList AnswerKeys{u"d_mojligheter"_s, u"d_klara_jobb"_s, u"d_samarbete"_s,
                             u"d_halsa"_s,       u"d_vardagen"_s,   u"d_kompetens"_s,
                             u"d_lon"_s,         u"d_soker"_s,      u"malmedvetenhet"_s};

int fail(const QString& message)
{
    std::fprintf(stderr, "%s\n", message.toUtf8().constData());
    return 3;
}

int saveOccasions(Database& db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(u"SELECT id FROM instrument ORDER BY id LIMIT 1"_s) || !q.next())
        return fail(u"no instrument"_s);
    const qint64 instrumentId = q.value(0).toLongLong();
    q.finish();
    OccasionRepository repo(db);
    for (qint64 n = 1;; ++n) {
        Occasion o;
        o.participantId = 1;
        o.instrumentId = instrumentId;
        o.date = QDate(2026, 1, 1).addDays(int(n % 300));
        o.state = OccasionState::Completed;
        o.notes = u"crash-%1 "_s.arg(n).repeated(int(n % 7) * 20 + 1);
        for (int i = 0; i < AnswerKeys.size(); ++i)
            o.answers[AnswerKeys[i]] = Answer::number(int((n + i) % 10) + 1);
        o.answers[u"tilltro"_s] = Answer::choice(u"goda_mojligheter"_s);
        if (auto r = repo.save(o); !r)
            return fail(r.errorMessage());
        std::printf("%lld %lld\n", static_cast<long long>(n), static_cast<long long>(o.id));
        std::fflush(stdout);
    }
}

int bulkInsert(Database& db, const QString& prefix, int count)
{
    std::printf("begin\n");
    std::fflush(stdout);
    QElapsedTimer timer;
    timer.start();
    ParticipantRepository repo(db);
    auto written = db.write([&]() -> Result<void> {
        for (int i = 1; i <= count; ++i) {
            Participant p;
            p.code = u"%1-%2"_s.arg(prefix).arg(i, 5, 10, QLatin1Char('0'));
            p.name = u"Massimport %1"_s.arg(i);
            p.startDate = QDate(2026, 1, 1);
            if (auto r = repo.insert(p); !r)
                return r;
        }
        return {};
    });
    if (!written)
        return fail(written.errorMessage());
    std::printf("committed %lld\n", static_cast<long long>(timer.elapsed()));
    std::fflush(stdout);
    return 0;
}

int makeBackups(Database& db, const QString& folder)
{
    for (;;) {
        auto made = rotateBackups(db, folder, 3);
        if (!made)
            return fail(made.errorMessage());
        std::printf("%s\n", made.value().toUtf8().constData());
        std::fflush(stdout);
    }
}

int eraseAll(Database& db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(u"SELECT id, code FROM participant WHERE code LIKE 'ER-%' ORDER BY code"_s))
        return fail(u"query failed"_s);
    std::vector<std::pair<qint64, QString>> people;
    while (q.next())
        people.emplace_back(q.value(0).toLongLong(), q.value(1).toString());
    q.finish();
    for (const auto& [id, code] : people) {
        if (auto r = eraseParticipant(db, id); !r)
            return fail(r.errorMessage());
        std::printf("%s\n", code.toUtf8().constData());
        std::fflush(stdout);
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return fail(u"usage: tst_crashhelper occasions|bulk DB [PREFIX COUNT]"_s);
    auto db = Database::open(args[2]);
    if (!db)
        return fail(db.errorMessage());
    if (args[1] == "occasions"_L1)
        return saveOccasions(*db.value());
    if (args[1] == "bulk"_L1 && args.size() == 5)
        return bulkInsert(*db.value(), args[3], args[4].toInt());
    if (args[1] == "backups"_L1 && args.size() == 4)
        return makeBackups(*db.value(), args[3]);
    if (args[1] == "erase"_L1)
        return eraseAll(*db.value());
    return fail(u"unknown mode"_s);
}

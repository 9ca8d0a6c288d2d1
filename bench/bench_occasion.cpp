// Saving a completed occasion on a BIP-scale database (docs/performance.md).
//
//   bench_occasion PATH [runs]
//
// PATH is a database made by `bench_caseload generate` (it is written to: use a copy). Each run
// saves one new completed occasion with every question answered, in one durable transaction
// (synchronous=FULL), exactly as the occasion form does, and times the whole save.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <vector>

#include "core/clock.h"
#include "core/instrument/instrument.h"
#include "core/storage/database.h"
#include "core/storage/instrumentrepository.h"
#include "core/storage/occasionrepository.h"
#include "core/storage/participantrepository.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::storage;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        out << "usage: bench_occasion PATH [runs]" << Qt::endl;
        return 1;
    }
    const int runs = args.size() > 2 ? args[2].toInt() : 200;
    auto db = Database::open(args[1]);
    if (!db) {
        out << db.errorMessage() << Qt::endl;
        return 2;
    }
    auto instrument = Instrument::loadDefault();
    const qint64 instrumentId =
        InstrumentRepository(*db.value()).ensureStored(instrument.value()).value();
    const auto participants = ParticipantRepository(*db.value()).all().value();

    std::vector<double> times;
    OccasionRepository repo(*db.value());
    for (int i = 0; i < runs; ++i) {
        Occasion o;
        o.participantId = participants[size_t(i * 37) % participants.size()].id;
        o.instrumentId = instrumentId;
        o.date = Clock::today();
        o.state = OccasionState::Completed;
        o.notes = u"Uppföljning av praktiken; nästa steg överenskommet."_s;
        for (const Question& q : instrument->questions()) {
            if (q.scale.type == Scale::Type::Numeric)
                o.answers[q.key] = Answer::number(q.scale.min + (i % (q.scale.max - q.scale.min)));
            else
                o.answers[q.key] = Answer::choice(q.scale.options.front().key);
        }
        QElapsedTimer timer;
        timer.start();
        if (auto r = repo.save(o); !r) {
            out << r.errorMessage() << Qt::endl;
            return 2;
        }
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    out << "save completed occasion (" << instrument->questions().size()
        << " answers, one transaction, synchronous=FULL): median " << times[times.size() / 2]
        << " ms, p90 " << times[times.size() * 9 / 10] << " ms, max " << times.back() << " ms over "
        << runs << " saves" << Qt::endl;
    return 0;
}

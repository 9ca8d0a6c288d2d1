// Handlingsplan PDF benchmark on the BIP-scale database (docs/performance.md).
//
//   bench_report prepare PATH          add deltagare B-0001: 8 completed occasions, a plan of
//                                      10 delmål with activities (PATH from bench_caseload)
//   bench_report measure PATH [runs]   time `tilltro export-pdf` for B-0001, whole process,
//                                      and where the time goes inside one process
//   bench_report render PATH [runs]    only lay out and draw, repeatedly (for a profiler)
//
// The whole-process figure is what a user or a script waits for: start, QApplication on the
// offscreen platform, open (integrity check, lock), read, lay out, draw, write, audit, exit.

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

#include "benchutil.h"
#include "core/instrument/instrument.h"
#include "core/storage/database.h"
#include "core/storage/handledarerepository.h"
#include "core/storage/instrumentrepository.h"
#include "core/storage/occasionrepository.h"
#include "core/storage/participantrepository.h"
#include "core/storage/planrepository.h"
#include "report/handlingsplanreport.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::storage;

namespace {

const auto Code = u"B-0001"_s;

using bench::out;
using bench::Stats;
using bench::stats;

int prepare(const QString& path)
{
    auto opened = Database::open(path);
    if (!opened) {
        out() << opened.errorMessage() << Qt::endl;
        return 2;
    }
    Database& db = *opened.value();
    if (auto existing = ParticipantRepository(db).byCode(Code); existing && existing.value()) {
        out() << Code << " is already there" << Qt::endl;
        return 0;
    }
    auto instrument = Instrument::loadDefault();
    if (!instrument)
        return 2;
    auto done = db.write([&]() -> Result<void> {
        auto instrumentId = InstrumentRepository(db).ensureStored(instrument.value());
        if (!instrumentId)
            return instrumentId.error();
        auto handledare = HandledareRepository(db).all();
        if (!handledare || handledare.value().empty())
            return makeError(Error::Kind::NotFound, u"no handledare"_s);
        Participant p;
        p.code = Code;
        p.name = u"Benjamin Bänkström"_s;
        p.startDate = QDate(2024, 11, 1);
        p.handledareId = handledare.value().front().id;
        if (auto r = ParticipantRepository(db).insert(p); !r)
            return r;
        qint64 latest = 0;
        for (int k = 0; k < 8; ++k) {
            Occasion o;
            o.participantId = p.id;
            o.instrumentId = instrumentId.value();
            o.date = p.startDate.addMonths(3 * k).addDays(7);
            o.handledareId = p.handledareId;
            o.state = OccasionState::Completed;
            for (const Question& q : instrument->questions()) {
                if (q.scale.type == Scale::Type::Numeric)
                    o.answers[q.key] =
                        Answer::number(std::clamp(2 + k + int(q.key.size() % 3), 1, 10));
                else
                    o.answers[q.key] = Answer::choice(q.scale.options.front().key);
            }
            o.notes = u"Samtal om hur det går. Nästa steg bestämt tillsammans."_s;
            if (auto r = OccasionRepository(db).save(o); !r)
                return r;
            latest = o.id;
        }
        Handlingsplan plan;
        plan.participantId = p.id;
        plan.occasionId = latest;
        plan.goalText = u"Arbete inom lager och logistik, heltid"_s;
        for (int i = 0; i < 10; ++i) {
            Delmal d;
            d.what = u"Delmål %1: praktik och jobbsökande i steg"_s.arg(i + 1);
            d.why = u"Ska ge erfarenhet, referenser och självförtroende inför arbete."_s;
            d.indicators = {instrument->indicators()[size_t(i) % 8].key};
            d.targetLevel = 8;
            d.responsible = i % 2 ? Responsible::Handledare : Responsible::Deltagare;
            d.start = QDate(2026, 9, 1);
            d.target = QDate(2026, 12, 1);
            d.status = DelmalStatus::Pagar;
            d.followUp = u"Följs upp vid nästa skattning."_s;
            d.activities = {
                {0, u"Boka möte med arbetsgivaren"_s, u"Handledaren"_s, QDate(2026, 9, 15), true},
                {0, u"Skicka in CV"_s, u"Deltagaren"_s, QDate(2026, 10, 1), false}};
            plan.delmal.push_back(d);
        }
        return PlanRepository(db).save(plan);
    });
    if (!done) {
        out() << done.errorMessage() << Qt::endl;
        return 2;
    }
    out() << "added " << Code << ": 8 occasions, 10 delmål" << Qt::endl;
    return 0;
}

int measure(const QString& path, int runs)
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"plan.pdf"_s);
    const QStringList args{
        u"export-pdf"_s, u"--database"_s, path, u"--participant"_s, Code, u"--output"_s, pdf};
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);

    std::vector<double> whole;
    for (int i = 0; i < runs + 1; ++i) {
        QProcess process;
        process.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral(TILLTRO_EXECUTABLE), args);
        process.waitForFinished(60000);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (process.exitCode() != 0) {
            out() << "export-pdf failed: " << process.readAllStandardError() << Qt::endl;
            return 2;
        }
        if (i > 0) // the first run warms the file cache
            whole.push_back(ms);
    }
    const Stats w = stats(whole);
    out() << "tilltro export-pdf, whole process, median of " << runs << ": "
          << QString::number(w.median, 'f', 1) << " ms (min " << QString::number(w.min, 'f', 1)
          << ", max " << QString::number(w.max, 'f', 1) << ")" << Qt::endl;

    // Where the time goes, in this process (already started, fonts warm after the first run).
    std::vector<double> open, build, render, save;
    for (int i = 0; i < std::max(3, runs / 3); ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto lap = [&timer] { return double(timer.nsecsElapsed()) / 1e6; };
        auto db = Database::open(path);
        if (!db)
            return 2;
        const double opened = lap();
        auto p = ParticipantRepository(*db.value()).byCode(Code);
        if (!p || !p.value())
            return 2;
        auto doc = report::HandlingsplanDocument::build(*db.value(), p.value()->id);
        if (!doc)
            return 2;
        const double built = lap();
        auto bytes = report::renderPdf(doc.value());
        if (!bytes)
            return 2;
        const double rendered = lap();
        if (!report::savePdf(*db.value(), doc.value(), bytes.value(), pdf))
            return 2;
        const double saved = lap();
        open.push_back(opened);
        build.push_back(built - opened);
        render.push_back(rendered - built);
        save.push_back(saved - rendered);
    }
    const auto ms = [](const std::vector<double>& v) -> QString {
        return QString::number(stats(v).median, 'f', 1) + u" ms"_s;
    };
    out() << "in process, median: open " << ms(open) << ", read " << ms(build)
          << ", lay out + draw " << ms(render) << ", write + audit " << ms(save) << Qt::endl;
    return 0;
}

/// Lays out and draws the document `runs` times in this process (for a profiler).
int render(const QString& path, int runs)
{
    auto db = Database::open(path, Database::Access::ReadOnly);
    if (!db)
        return 2;
    auto p = ParticipantRepository(*db.value()).byCode(Code);
    if (!p || !p.value())
        return 2;
    auto doc = report::HandlingsplanDocument::build(*db.value(), p.value()->id);
    if (!doc)
        return 2;
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!report::renderPdf(doc.value()))
            return 2;
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    out() << "lay out + draw, median of " << runs << ": "
          << QString::number(stats(times).median, 'f', 1) << " ms (first "
          << QString::number(times.front(), 'f', 1) << " ms)" << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() >= 3 && args[1] == "prepare"_L1)
        return prepare(args[2]);
    if (args.size() >= 3 && args[1] == "render"_L1)
        return render(args[2], args.size() > 3 ? args[3].toInt() : 50);
    if (args.size() >= 3 && args[1] == "measure"_L1)
        return measure(args[2], args.size() > 3 ? args[3].toInt() : 15);
    out() << "usage: bench_report prepare PATH | measure PATH [runs] | render PATH [runs]"
          << Qt::endl;
    return 1;
}

// Data-safety benchmark on the BIP-scale database (docs/performance.md): the log review, the
// register extract, erasure and gallring, as a handledare or an IT department meets them.
//
//   bench_safety PATH [runs]
//
// PATH is a database made by `bench_caseload generate` (it is changed: use a copy). First the
// audit log is padded to 200,000 entries (years of use) unless it already has that many, and
// 400 participations are ended (today; the measurements then run with the clock eight years
// on), so that a gallring finds them. Then:
//
//  - log: reading the whole log (AuditLog::all) and opening the whole-database log window up to
//    its first paint; one deltagare's log window;
//  - extract: writeRegisterExtract() of one deltagare of the generated caseload (JSON + PDF);
//  - gallring: listing the candidates, and opening the gallring window;
//  - erase: erasing one deltagare, including the VACUUM and checkpoint that clear the file;
//  - gallring erase: erasing the 400 candidates together (one transaction, one VACUUM).

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <functional>
#include <vector>

#include "benchutil.h"
#include "core/clock.h"
#include "core/storage/auditlog.h"
#include "core/storage/database.h"
#include "core/storage/erasure.h"
#include "core/storage/participantrepository.h"
#include "dialogs/auditlogdialog.h"
#include "dialogs/gallringdialog.h"
#include "report/handlingsplanreport.h"
#include "report/registerextract.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::storage;
using namespace tilltro::gui;

namespace {

constexpr int LogEntries = 200000;
constexpr int EndedCount = 400;

using bench::out;

double elapsedMs(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

void print(const QString& what, std::vector<double> times)
{
    const auto s = bench::stats(std::move(times));
    out() << u"%1  median %2 ms  p90 %3 ms  min %4 ms  max %5 ms"_s.arg(what, -34)
                 .arg(s.median, 0, 'f', 1)
                 .arg(s.p90, 0, 'f', 1)
                 .arg(s.min, 0, 'f', 1)
                 .arg(s.max, 0, 'f', 1)
          << Qt::endl;
}

std::vector<double> repeat(int runs, const std::function<void()>& body)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        body();
        times.push_back(elapsedMs(timer));
    }
    return times;
}

/// Shows `dialog` and waits for its first paint.
void showAndPaint(QWidget& dialog)
{
    dialog.resize(760, 480);
    dialog.show();
    QApplication::processEvents();
    dialog.grab(); // forces a full paint, as the first expose would
}

bool prepare(Database& db)
{
    AuditLog log(db);
    auto entries = log.all();
    if (!entries)
        return false;
    const int missing = LogEntries - int(entries->size());
    if (missing > 0) {
        out() << "padding the audit log with " << missing << " entries…" << Qt::endl;
        auto padded = db.write([&]() -> Result<void> {
            for (int i = 0; i < missing; ++i) {
                if (auto r = log.record(AuditAction::Update, AuditEntity::Occasion, 1 + i % 14000,
                                        1 + i % 4000, u"completed"_s);
                    !r)
                    return r;
            }
            return {};
        });
        if (!padded) {
            out() << padded.errorMessage() << Qt::endl;
            return false;
        }
    }
    ParticipantRepository participants(db);
    auto all = participants.all();
    if (!all)
        return false;
    // Participations cannot end before their latest assessment, so they end today, and the
    // measurements run eight years on (main() moves the clock): then they ended long ago.
    const QDate today = Clock::today();
    int ended = 0;
    for (const Participant& p : all.value())
        ended += p.endDate.isValid() ? 1 : 0;
    if (ended < EndedCount) {
        out() << "ending " << EndedCount - ended << " more participations today…" << Qt::endl;
        auto done = db.write([&]() -> Result<void> {
            int n = ended;
            for (Participant p : all.value()) {
                if (n == EndedCount)
                    break;
                if (p.endDate.isValid())
                    continue;
                p.endDate = today;
                p.endReason = u"arbete"_s;
                if (auto r = participants.update(p, today); !r)
                    return r;
                ++n;
            }
            return {};
        });
        if (!done) {
            out() << done.errorMessage() << Qt::endl;
            return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        out() << "usage: bench_safety PATH [runs]   (PATH: a copy of a bench_caseload database)"
              << Qt::endl;
        return 1;
    }
    const int runs = args.size() > 2 ? std::max(1, args[2].toInt()) : 5;
    auto opened = Database::open(args[1]);
    if (!opened) {
        out() << opened.errorMessage() << Qt::endl;
        return 2;
    }
    Database& db = *opened.value();
    workspace::Workspace ws; // the windows read through it
    ws.borrow(db);
    if (!prepare(db))
        return 2;
    // Eight years on: the participations ended above are long past the retention period.
    Clock::setFixedForTests(QDateTime::currentDateTime().addYears(8));
    report::warmUp();

    ParticipantRepository participants(db);
    auto all = participants.all();
    const qint64 someone = all->at(all->size() / 2).id;
    out() << "audit log: " << AuditLog(db).all()->size() << " entries; " << all->size()
          << " deltagare" << Qt::endl;

    print(u"log: read whole log"_s, repeat(runs, [&] { (void)AuditLog(db).all(); }));
    print(u"log: whole-database window, painted"_s, repeat(runs, [&] {
              AuditLogDialog dialog(ws, 0, QString());
              showAndPaint(dialog);
          }));
    print(u"log: one deltagare's window, painted"_s, repeat(runs, [&] {
              AuditLogDialog dialog(ws, someone, u"D"_s);
              showAndPaint(dialog);
          }));

    QTemporaryDir folder;
    int extractRun = 0;
    print(u"extract: JSON + PDF, one deltagare"_s, repeat(runs, [&] {
              const QString dir = folder.filePath(QString::number(++extractRun));
              QDir().mkpath(dir);
              if (auto r = report::writeRegisterExtract(db, someone, dir); !r)
                  out() << r.errorMessage() << Qt::endl;
          }));

    print(u"gallring: list candidates"_s,
          repeat(runs, [&] { (void)gallringCandidates(db, DefaultRetentionYears); }));
    print(u"gallring: window, painted"_s, repeat(runs, [&] {
              GallringDialog dialog(ws, [](const std::vector<qint64>&) { return false; });
              showAndPaint(dialog);
          }));

    auto candidates = gallringCandidates(db, DefaultRetentionYears);
    std::vector<qint64> ids;
    for (const GallringCandidate& c : candidates.value())
        ids.push_back(c.participantId);
    if (ids.size() < size_t(runs) + 1) {
        out() << "too few gallring candidates" << Qt::endl;
        return 2;
    }
    std::vector<double> single;
    for (int i = 0; i < runs; ++i) {
        const qint64 id = ids.back();
        ids.pop_back();
        QElapsedTimer timer;
        timer.start();
        if (auto r = eraseParticipant(db, id); !r)
            out() << r.errorMessage() << Qt::endl;
        single.push_back(elapsedMs(timer));
    }
    print(u"erase: one deltagare (with VACUUM)"_s, single);

    QElapsedTimer timer;
    timer.start();
    if (auto r = eraseParticipants(db, ids); !r)
        out() << r.errorMessage() << Qt::endl;
    print(u"gallring erase: %1 together"_s.arg(ids.size()), {elapsedMs(timer)});
    return 0;
}

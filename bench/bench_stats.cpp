// Statistics and signals on a BIP-scale database (docs/performance.md, issue 15).
//
//   bench_stats PATH [runs]   times, in this process, on the database at PATH (made by
//                             `bench_caseload generate`):
//                             - all statistics for the whole period (Workspace::statistics),
//                               and for one handledare and for the last year;
//                             - the caseload with its BIP signals (Workspace::caseload), and
//                               the signals' own share of it (the same load without them is
//                               CaseloadRepository + deriveDue).
// The whole `tilltro stats` process is timed from the shell (see docs/performance.md).

#include <QCoreApplication>
#include <QElapsedTimer>

#include <functional>
#include <vector>

#include "benchutil.h"
#include "core/analysis/caseload.h"
#include "core/clock.h"
#include "core/instrument/instrument.h"
#include "core/storage/caseloadrepository.h"
#include "core/storage/database.h"
#include "core/storage/statisticsrepository.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;
using namespace tilltro;

namespace {

using bench::out;

void report(const char* what, const std::function<bool()>& run, int runs)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!run()) {
            out() << what << ": failed" << Qt::endl;
            return;
        }
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    const auto s = bench::stats(times);
    out() << what << ": median " << s.median << " ms, min " << s.min << ", max " << s.max
          << " over " << runs << " runs" << Qt::endl;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        out() << "usage: bench_stats PATH [runs]" << Qt::endl;
        return 1;
    }
    const int runs = args.size() > 2 ? args[2].toInt() : 10;
    auto db = storage::Database::open(args[1]);
    if (!db) {
        out() << db.errorMessage() << Qt::endl;
        return 2;
    }
    workspace::Workspace ws;
    ws.borrow(*db.value());
    const QDate today = Clock::today();

    analysis::StatisticsFilter all;
    all.to = today;
    const auto first = ws.statistics(all);
    if (!first) {
        out() << first.errorMessage() << Qt::endl;
        return 2;
    }
    out() << "participants " << first->participants.value_or(-1) << ", occasions "
          << first->occasions.value_or(-1) << ", with a handledare change "
          << first->withHandledareChange.participants.value_or(-1) << ", ended rows "
          << first->outcomes.size() << Qt::endl;

    report(
        "statistics, whole period", [&] { return ws.statistics(all).ok(); }, runs);
    analysis::StatisticsFilter lastYear = all;
    lastYear.from = today.addYears(-1);
    report(
        "statistics, last year", [&] { return ws.statistics(lastYear).ok(); }, runs);
    const auto handledare = ws.handledare();
    if (handledare && !handledare->empty()) {
        analysis::StatisticsFilter one = all;
        one.handledareId = handledare->front().id;
        report(
            "statistics, one handledare", [&] { return ws.statistics(one).ok(); }, runs);
    }
    report(
        "caseload with signals (Workspace::caseload)", [&] { return ws.caseload(today).ok(); },
        runs);
    const auto instrument = Instrument::loadDefault();
    report(
        "signal inputs alone (StatisticsRepository::signalInputs)",
        [&] {
            return storage::StatisticsRepository(*db.value()).signalInputs(instrument.value()).ok();
        },
        runs);
    report(
        "caseload without signals (repository + deriveDue)",
        [&] {
            auto rows = storage::CaseloadRepository(*db.value()).load(today);
            if (rows)
                analysis::deriveDue(rows.value(), today);
            return rows.ok();
        },
        runs);
    return 0;
}

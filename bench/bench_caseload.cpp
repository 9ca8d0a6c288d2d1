// Caseload benchmark on a BIP-scale database (docs/performance.md).
//
//   bench_caseload generate PATH [participants]   build the database (default 4,000 deltagare,
//                                                 300 handledare, ~14,000 occasions)
//   bench_caseload measure PATH [runs]            open + load model, filter keystrokes, memory
//
// Measure runs in its own process so the peak memory is that of opening and using the caseload.

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTableView>
#include <QTextStream>

#include <algorithm>
#include <sys/resource.h>
#include <vector>

#include "benchutil.h"
#include "core/analysis/caseload.h"
#include "core/clock.h"
#include "core/storage/caseloadrepository.h"
#include "core/storage/database.h"
#include "core/storage/demodata.h"
#include "models/caseloadfilter.h"
#include "models/caseloadmodel.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::storage;
using namespace tilltro::gui;

namespace {

using bench::out;

double median(std::vector<double> v)
{
    return bench::stats(std::move(v)).median;
}

double peakMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

int generate(const QString& path, int participants)
{
    QElapsedTimer timer;
    timer.start();
    auto db = Database::create(path);
    if (!db) {
        out() << db.errorMessage() << Qt::endl;
        return 2;
    }
    DemoOptions options;
    options.participants = participants;
    options.handledare = std::max(3, participants * 300 / 4000);
    options.seed = 4000;
    // As in BIP: 40 % changed handledare; a quarter of the participations have ended.
    options.handoverPercent = 40;
    options.endedPercent = 25;
    if (auto r = fillWithDemoData(*db.value(), options); !r) {
        out() << r.errorMessage() << Qt::endl;
        return 2;
    }
    out() << "generated " << participants << " participants in " << timer.elapsed() << " ms"
          << Qt::endl;
    return 0;
}

/// Each keystroke of typing `text`, then deleting it again, timed on a sorted proxy with a view.
std::vector<double> timeKeystrokes(CaseloadFilter& filter, QTableView& view, const QString& text)
{
    std::vector<double> times;
    QElapsedTimer timer;
    auto step = [&](const QString& s) {
        timer.start();
        filter.setSearchText(s);
        QCoreApplication::processEvents();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    };
    for (int i = 1; i <= text.size(); ++i)
        step(text.left(i));
    for (int i = int(text.size()) - 1; i >= 0; --i)
        step(text.left(i));
    Q_UNUSED(view);
    return times;
}

int measure(const QString& path, int runs)
{
    const QDate today = Clock::today();
    std::vector<double> openTimes;
    size_t rowCount = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto db = Database::open(path);
        if (!db) {
            out() << db.errorMessage() << Qt::endl;
            return 2;
        }
        // As the window loads it: through the workspace, with due dates and BIP signals.
        workspace::Workspace ws;
        ws.borrow(*db.value());
        auto rows = ws.caseload(today);
        if (!rows)
            return 2;
        CaseloadModel model;
        model.setRows(std::move(rows).value());
        openTimes.push_back(double(timer.nsecsElapsed()) / 1e6);
        rowCount = size_t(model.rowCount());
    }
    out() << "rows: " << rowCount << Qt::endl;
    // As the window opens it (DatabaseActions::openDatabase): for editing, the pages checked
    // in the background while the caseload is read and shown.
    std::vector<double> windowTimes;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        workspace::Workspace ws;
        if (auto opened = ws.open(path, workspace::Access::Edit, workspace::Check::InBackground);
            !opened) {
            out() << opened.errorMessage() << Qt::endl;
            return 2;
        }
        auto rows = ws.caseload(today);
        if (!rows)
            return 2;
        CaseloadModel model;
        model.setRows(std::move(rows).value());
        windowTimes.push_back(double(timer.nsecsElapsed()) / 1e6);
        // Let the background check finish before the next open.
        while (ws.integrityCheckPending())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
    out() << "open as the window does (check in the background) + load caseload model: median "
          << median(windowTimes) << " ms over " << runs << " runs (min "
          << *std::min_element(windowTimes.begin(), windowTimes.end()) << ", max "
          << *std::max_element(windowTimes.begin(), windowTimes.end()) << ")" << Qt::endl;
    out() << "open + load caseload model: median " << median(openTimes) << " ms over " << runs
          << " runs (min " << *std::min_element(openTimes.begin(), openTimes.end()) << ", max "
          << *std::max_element(openTimes.begin(), openTimes.end()) << ")" << Qt::endl;

    auto db = Database::open(path);
    workspace::Workspace ws;
    ws.borrow(*db.value());
    auto rows = ws.caseload(today).value();
    for (int scale : {1, 10}) {
        std::vector<CaseloadRow> scaled;
        scaled.reserve(rows.size() * size_t(scale));
        for (int copy = 0; copy < scale; ++copy) {
            for (CaseloadRow r : rows) {
                if (copy > 0)
                    r.code += u"-%1"_s.arg(copy);
                scaled.push_back(std::move(r));
            }
        }
        CaseloadModel model;
        CaseloadFilter filter;
        filter.setCaseload(&model);
        QTableView view;
        view.setModel(&filter);
        view.setSortingEnabled(true);
        view.sortByColumn(CaseloadModel::NextColumn, Qt::AscendingOrder);
        view.resize(1100, 700);
        view.show();
        model.setRows(std::move(scaled));
        QCoreApplication::processEvents();
        std::vector<double> all;
        for (const auto& text : {u"andersson"_s, u"d-01"_s, u"lars berg"_s}) {
            auto t = timeKeystrokes(filter, view, text);
            all.insert(all.end(), t.begin(), t.end());
        }
        if (qEnvironmentVariableIsSet("BENCH_VERBOSE")) {
            for (double t : all)
                out() << t << ' ';
            out() << Qt::endl;
        }
        out() << "filter keystroke at " << model.rowCount() << " rows: median " << median(all)
              << " ms, max " << *std::max_element(all.begin(), all.end()) << " ms over "
              << all.size() << " keystrokes" << Qt::endl;
    }
    out() << "peak memory (max RSS): " << peakMiB() << " MiB" << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() >= 3 && args[1] == "generate"_L1)
        return generate(args[2], args.size() > 3 ? args[3].toInt() : 4000);
    if (args.size() >= 3 && args[1] == "measure"_L1)
        return measure(args[2], args.size() > 3 ? args[3].toInt() : 15);
    out() << "usage: bench_caseload generate PATH [participants] | measure PATH [runs]" << Qt::endl;
    return 1;
}

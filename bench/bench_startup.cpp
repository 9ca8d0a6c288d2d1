// Whole-process start-up times on a BIP-scale database (docs/performance.md), as a user or a
// script meets them:
//
//   bench_startup PATH [runs]
//
// - window: `tilltro --database PATH` (offscreen) from process start until the caseload is
//   first painted (the program says so on the `tilltro.startup` logging category), then the
//   process is ended;
// - list: `tilltro list --database PATH`, start to exit, its output read.
//
// Each is run once to warm the file cache, then `runs` times; medians are printed. A fresh HOME
// per run keeps the window's remembered state (size, open tabs) out of it.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <vector>

#include "benchutil.h"

using namespace Qt::StringLiterals;
using namespace tilltro;

namespace {

using bench::out;

QProcessEnvironment environment(const QString& home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_RUNTIME_DIR"_s, home);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/.config"_s);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/.local/share"_s);
    env.remove(u"DISPLAY"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"QT_LOGGING_RULES"_s, u"tilltro.startup.debug=true"_s);
    return env;
}

/// Milliseconds from start until the caseload is painted, or -1. With `steps`, prints when
/// each line of the program's start-up log arrived.
double timeWindow(const QString& database, bool steps = false)
{
    QTemporaryDir home;
    QProcess process;
    process.setProcessEnvironment(environment(home.path()));
    QByteArray seen;
    QElapsedTimer timer;
    timer.start();
    process.setReadChannel(QProcess::StandardError);
    process.start(QStringLiteral(TILLTRO_EXECUTABLE), {u"--database"_s, database});
    double shown = -1;
    while (shown < 0 && timer.elapsed() < 20000) {
        if (!process.waitForReadyRead(20000))
            break;
        const QByteArray lines = process.readAllStandardError();
        seen += lines;
        if (steps) {
            for (const QByteArray& line : lines.split('\n')) {
                if (line.startsWith("tilltro.startup"))
                    out() << "  " << double(timer.nsecsElapsed()) / 1e6 << " ms  "
                          << QString::fromUtf8(line) << Qt::endl;
            }
        }
        if (seen.contains("caseload shown"))
            shown = double(timer.nsecsElapsed()) / 1e6;
    }
    process.kill();
    process.waitForFinished();
    if (shown < 0)
        out() << "window: no 'caseload shown' line; the program said: "
              << QString::fromLocal8Bit(seen + process.readAllStandardError()) << Qt::endl;
    return shown;
}

double timeList(const QString& database)
{
    QTemporaryDir home;
    QProcess process;
    process.setProcessEnvironment(environment(home.path()));
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(TILLTRO_EXECUTABLE), {u"list"_s, u"--database"_s, database});
    if (!process.waitForFinished(20000) || process.exitCode() != 0) {
        out() << "list failed: " << QString::fromLocal8Bit(process.readAllStandardError())
              << Qt::endl;
        return -1;
    }
    const double elapsed = double(timer.nsecsElapsed()) / 1e6;
    if (process.readAllStandardOutput().count('\n') < 1)
        return -1;
    return elapsed;
}

void report(const char* what, const std::vector<double>& times)
{
    const bench::Stats s = bench::stats(times);
    out() << what << ", whole process, median of " << times.size() << ": " << s.median
          << " ms (p90 " << s.p90 << ", min " << s.min << ", max " << s.max << ")" << Qt::endl;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        out() << "usage: bench_startup PATH [runs]" << Qt::endl;
        return 1;
    }
    const QString database = args.at(1);
    const int runs = args.size() > 2 ? args.at(2).toInt() : 15;
    if (timeWindow(database) < 0 || timeList(database) < 0)
        return 2; // also the warm-up
    out() << "window start-up, step by step (one run):" << Qt::endl;
    timeWindow(database, true);
    std::vector<double> window;
    std::vector<double> list;
    for (int i = 0; i < runs; ++i) {
        // Alternated, so that drift in the machine's load touches both alike.
        window.push_back(timeWindow(database));
        list.push_back(timeList(database));
        if (window.back() < 0 || list.back() < 0)
            return 2;
    }
    report("window: start to caseload shown", window);
    report("tilltro list", list);
    return 0;
}

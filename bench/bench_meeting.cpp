// The meeting on the BIP-scale database (docs/performance.md, issue 14).
//
//   bench_meeting PATH [runs]
//
// PATH is a database made by `bench_caseload generate`, with deltagare BENCH-16 added by
// `bench_participantview` (16 completed occasions, a plan of 20 delmål); it is written to (a
// draft occasion and the next meeting are saved): use a copy. Times, with the database open as
// the window has it (4,000 deltagare):
//
//  - open: constructing the meeting window for BENCH-16 in meeting mode and showing it at
//    1280×800 up to its first paint (the deltagare's questions);
//  - each step: going on to it (saving the step left) up to its first paint;
//  - an answer: a digit typed on a question up to the draft saved in the database.

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QMetaEnum>
#include <QTest>

#include <map>

#include <vector>

#include "benchutil.h"
#include "meeting/meetingwindow.h"
#include "widgets/ratingrow.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::gui;

namespace {

using bench::out;

/// Waits for `widget`'s next paint (the event loop has drawn it).
class PaintWatcher : public QObject {
public:
    explicit PaintWatcher(QWidget* widget) { widget->installEventFilter(this); }
    bool painted = false;

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return false;
    }
};

double untilPainted(QWidget* window, const QElapsedTimer& timer)
{
    PaintWatcher watcher(window);
    window->update();
    for (int i = 0; i < 500 && !watcher.painted; ++i)
        QApplication::processEvents(QEventLoop::AllEvents, 10);
    return double(timer.nsecsElapsed()) / 1e6;
}

void print(const QString& what, const std::vector<double>& times)
{
    const auto s = bench::stats(times);
    out() << what << ": median " << s.median << " ms (p90 " << s.p90 << ", min " << s.min
          << ", max " << s.max << ") over " << times.size() << " runs" << Qt::endl;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        out() << "usage: bench_meeting PATH [runs]" << Qt::endl;
        return 1;
    }
    const int runs = args.size() > 2 ? std::max(1, args[2].toInt()) : 10;
    workspace::Workspace ws;
    if (auto opened = ws.open(args[1]); !opened) {
        out() << opened.errorMessage() << Qt::endl;
        return 2;
    }
    const auto found = ws.participantByCode(u"BENCH-16"_s);
    if (!found || !found.value()) {
        out() << "no deltagare BENCH-16: run bench_participantview on the database first"
              << Qt::endl;
        return 2;
    }
    const qint64 id = found.value()->id;

    std::vector<double> open;
    std::map<MeetingWindow::Step, std::vector<double>> steps;
    std::vector<double> answer;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto* meeting = new MeetingWindow(ws, id, true);
        if (!meeting->ok()) {
            out() << meeting->errorMessage() << Qt::endl;
            return 2;
        }
        meeting->setAttribute(Qt::WA_DeleteOnClose, false);
        meeting->setGeometry(0, 0, 1280, 800);
        meeting->show();
        open.push_back(untilPainted(meeting, timer));

        // A digit on the first question, until the draft is in the database.
        auto* row = meeting->page()->findChild<RatingRow*>();
        timer.restart();
        QTest::keyClick(row, run % 2 ? Qt::Key_6 : Qt::Key_7);
        if (!meeting->saveNow())
            return 2;
        answer.push_back(double(timer.nsecsElapsed()) / 1e6);

        for (MeetingWindow::Step step : meeting->steps()) {
            if (step == MeetingWindow::Step::Answers)
                continue;
            timer.restart();
            meeting->goTo(step);
            steps[step].push_back(untilPainted(meeting, timer));
        }
        meeting->goTo(MeetingWindow::Step::Answers);
        meeting->close();
        delete meeting;
    }
    out() << "bench_meeting on " << args[1] << " (BENCH-16: 16 occasions, 20 delmål)" << Qt::endl;
    print(u"open meeting mode, to first paint"_s, open);
    print(u"an answer typed, to saved"_s, answer);
    for (const auto& [step, times] : steps) {
        print(u"step %1, to first paint"_s.arg(QString::fromLatin1(
                  QMetaEnum::fromType<MeetingWindow::Step>().valueToKey(int(step)))),
              times);
    }
    return 0;
}

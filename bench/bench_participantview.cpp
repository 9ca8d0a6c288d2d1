// Deltagare view benchmark on the BIP-scale database (docs/performance.md).
//
//   bench_participantview PATH [runs]
//
// PATH is a database made by `bench_caseload generate` (it is written to: use a copy). Unless
// it is already there, deltagare BENCH-16 is added in one transaction: 16 completed quarterly
// occasions with every question answered, two insatser and a handlingsplan of 20 delmål (half
// of them with an indicator and a target level, each with activities). Then, with the database
// open as the window has it:
//
//  - open: constructing a ParticipantView for BENCH-16 and showing it at 1280×800, timed up to
//    "laid out" (layouts activated) and up to "first paint done" (the event loop has painted
//    the window, radar included);
//  - toggle: unticking and ticking one occasion (3 vs 2 charted, alternating), timed up to the
//    chart's repaint by the event loop, per toggle;
//  - where the time goes: the parts of an open one by one outside the view, and the steps of a
//    toggle one by one on the view's own chart.

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QLocale>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "benchutil.h"
#include "chart/radarchart.h"
#include "core/analysis/progression.h"
#include "core/instrument/instrument.h"
#include "core/storage/database.h"
#include "core/storage/handledarerepository.h"
#include "core/storage/insatsrepository.h"
#include "core/storage/instrumentrepository.h"
#include "core/storage/occasionrepository.h"
#include "core/storage/participantrepository.h"
#include "core/storage/planrepository.h"
#include "models/plandocument.h"
#include "widgets/participantview.h"
#include "widgets/planeditor.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::storage;
using namespace tilltro::gui;

namespace {

const auto Code = u"BENCH-16"_s;
constexpr int OccasionCount = 16;
constexpr int DelmalCount = 20;
constexpr int MaxWaitMs = 5000;

using bench::out;
using bench::Stats;
using bench::stats;

void print(const QString& what, const std::vector<double>& times, const QString& unit = u"runs"_s)
{
    const Stats s = stats(times);
    out() << what << ": median " << s.median << " ms (p90 " << s.p90 << ", min " << s.min
          << ", max " << s.max << ") over " << times.size() << ' ' << unit << Qt::endl;
}

double ms(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

/// CPU time of the whole process so far (to tell our work from other load on the machine).
double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

/// Counts the paint events a widget receives.
class PaintCounter : public QObject {
public:
    explicit PaintCounter(QWidget* widget)
        : QObject(widget)
    {
        widget->installEventFilter(this);
    }
    int count = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

/// Runs the event loop until `counter` has seen more than `before` paint events; false on
/// timeout.
bool waitForPaint(const PaintCounter& counter, int before)
{
    QElapsedTimer guard;
    guard.start();
    while (counter.count <= before) {
        if (guard.elapsed() > MaxWaitMs)
            return false;
        QCoreApplication::processEvents();
    }
    return true;
}

Result<qint64> prepare(Database& db)
{
    auto existing = ParticipantRepository(db).byCode(Code);
    if (!existing)
        return existing.error();
    if (existing.value()) {
        out() << Code << " is already there" << Qt::endl;
        return existing.value()->id;
    }
    auto instrument = Instrument::loadDefault();
    if (!instrument)
        return instrument.error();
    qint64 participantId = 0;
    auto done = db.write([&]() -> Result<void> {
        auto instrumentId = InstrumentRepository(db).ensureStored(instrument.value());
        if (!instrumentId)
            return instrumentId.error();
        auto handledare = HandledareRepository(db).all();
        if (!handledare || handledare.value().empty())
            return makeError(Error::Kind::NotFound, u"no handledare"_s);
        Participant p;
        p.code = Code;
        p.name = u"Bänk Sextonsson"_s;
        p.startDate = QDate(2022, 11, 1);
        p.handledareId = handledare.value().front().id;
        if (auto r = ParticipantRepository(db).insert(p); !r)
            return r;
        participantId = p.id;

        qint64 latest = 0;
        for (int k = 0; k < OccasionCount; ++k) {
            Occasion o;
            o.participantId = p.id;
            o.instrumentId = instrumentId.value();
            o.date = p.startDate.addMonths(3 * k).addDays(7);
            o.handledareId = p.handledareId;
            o.state = OccasionState::Completed;
            int n = 0;
            for (const Question& q : instrument->questions()) {
                ++n;
                if (q.scale.type == Scale::Type::Numeric) {
                    const int span = q.scale.max - q.scale.min + 1;
                    const int v = q.scale.min + (k / 2 + n % 3 + (k % 3 == 2 ? 1 : 0)) % span;
                    o.answers[q.key] = Answer::number(std::clamp(v, q.scale.min, q.scale.max));
                } else {
                    const auto& options = q.scale.options;
                    o.answers[q.key] = Answer::choice(options[size_t(k) % options.size()].key);
                }
            }
            o.notes = u"Samtal om hur det går. Nästa steg bestämt tillsammans."_s;
            if (auto r = OccasionRepository(db).save(o); !r)
                return r;
            latest = o.id;
        }

        InsatsPeriod praktik{0,
                             p.id,
                             u"jobbinriktad"_s,
                             u"Praktik på lager"_s,
                             u"Lagerbolaget AB"_s,
                             QDate(2025, 3, 1),
                             QDate(2025, 9, 1)};
        InsatsPeriod svenska{0,
                             p.id,
                             u"kompetenshojande"_s,
                             u"Svenska för yrkeslivet"_s,
                             u"Komvux"_s,
                             QDate(2026, 1, 15),
                             {}};
        for (InsatsPeriod* period : {&praktik, &svenska}) {
            if (auto r = InsatsRepository(db).save(*period); !r)
                return r;
        }

        Handlingsplan plan;
        plan.participantId = p.id;
        plan.occasionId = latest;
        plan.goalText = u"Arbete inom lager och logistik, heltid"_s;
        const auto& indicators = instrument->indicators();
        for (int i = 0; i < DelmalCount; ++i) {
            Delmal d;
            d.what = u"Delmål %1: praktik, studier och jobbsökande i små steg"_s.arg(i + 1);
            d.why = u"Ska ge erfarenhet, referenser och självförtroende inför arbete."_s;
            if (i % 2 == 0) {
                d.indicators = {indicators[size_t(i / 2) % indicators.size()].key};
                d.targetLevel = 6 + i % 4;
            }
            d.responsible = i % 3 == 0   ? Responsible::Handledare
                            : i % 3 == 1 ? Responsible::Deltagare
                                         : Responsible::Annan;
            if (d.responsible == Responsible::Annan)
                d.responsibleName = u"Arbetsförmedlingen"_s;
            d.start = QDate(2026, 9, 1);
            d.target = QDate(2026, 12, 1).addDays(7 * i);
            d.status = i % 5 == 4 ? DelmalStatus::Uppnatt : DelmalStatus::Pagar;
            d.followUp = u"Följs upp vid nästa skattning."_s;
            d.activities = {
                {0, u"Boka möte med arbetsgivaren"_s, u"Handledaren"_s, QDate(2026, 9, 15), true},
                {0, u"Skicka in CV"_s, u"Deltagaren"_s, QDate(2026, 10, 1), i % 2 == 0}};
            if (i % 4 == 0)
                d.activities.push_back(
                    {0, u"Studiebesök"_s, u"Båda"_s, QDate(2026, 10, 20), false});
            plan.delmal.push_back(d);
        }
        return PlanRepository(db).save(plan);
    });
    if (!done)
        return done.error();
    out() << "added " << Code << ": " << OccasionCount << " completed occasions, " << DelmalCount
          << " delmål, 2 insatser" << Qt::endl;
    return participantId;
}

struct OpenTimes {
    double construct = 0;
    double layout = 0; ///< construct + show + layouts activated
    double paint = 0;  ///< ... + first paint by the event loop
};

/// One open: construct, show at 1280×800, lay out, paint; the view is destroyed afterwards.
std::optional<OpenTimes> openOnce(Database& db, qint64 participantId)
{
    workspace::Workspace ws; // the views read through it
    ws.borrow(db);
    OpenTimes t;
    QElapsedTimer timer;
    timer.start();
    auto view = std::make_unique<ParticipantView>(ws, participantId);
    t.construct = ms(timer);
    view->resize(1280, 800);
    view->show();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    t.layout = ms(timer);
    if (!view->ok() || !view->chart())
        return std::nullopt;
    // Installed before the event loop runs: nothing has been painted yet.
    const PaintCounter* counter = new PaintCounter(view->chart()->viewport());
    if (!waitForPaint(*counter, 0))
        return std::nullopt;
    t.paint = ms(timer);
    view.reset();
    QCoreApplication::processEvents();
    return t;
}

/// Median of `runs` calls of `f`, in ms.
double timeMedian(int runs, const std::function<void()>& f)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        f();
        times.push_back(ms(timer));
    }
    return stats(times).median;
}

/// The parts of an open that are not the chart, one by one outside the view.
void openBreakdown(Database& db, qint64 participantId, int runs)
{
    workspace::Workspace ws; // the views read through it
    ws.borrow(db);
    const Instrument instrument = Instrument::loadDefault().value();
    out() << "where an open goes (medians of " << runs << ", each part alone):" << Qt::endl;
    out() << "  Instrument::loadDefault: "
          << timeMedian(runs, [] { (void)Instrument::loadDefault(); }) << " ms" << Qt::endl;
    out() << "  read participant, handledare, 16 occasions, insatser: "
          << timeMedian(runs,
                        [&] {
                            auto p = ParticipantRepository(db).byId(participantId).value();
                            (void)HandledareRepository(db).byId(p->handledareId);
                            (void)OccasionRepository(db).forParticipant(participantId);
                            (void)InsatsRepository(db).forParticipant(participantId);
                        })
          << " ms" << Qt::endl;
    out() << "  PlanEditor construct, hidden (reads plans and occasions, fills 20 delmål): "
          << timeMedian(runs, [&] { PlanEditor editor(ws, participantId, instrument); }) << " ms"
          << Qt::endl;
    out() << "  RadarChartView construct, empty: "
          << timeMedian(runs, [] { chart::RadarChartView view; }) << " ms" << Qt::endl;
}

/// What one toggle does to the chart (ParticipantView::updateChart: setAxes, setSeries,
/// setTargets), step by step on the view's own chart, and the repaint alone.
void toggleBreakdown(ParticipantView& view, const PaintCounter& counter,
                     const std::vector<qint64>& two, const std::vector<qint64>& three, int runs)
{
    chart::RadarChartView* chart = view.chart();
    view.setChartedOccasions(three);
    const auto seriesThree = chart->series();
    view.setChartedOccasions(two);
    const auto seriesTwo = chart->series();
    QCoreApplication::processEvents();

    const Instrument instrument = Instrument::loadDefault().value();
    const auto scale = analysis::indicatorScale(instrument);
    QStringList labels;
    std::vector<bool> significant;
    for (const Indicator& indicator : instrument.indicators()) {
        labels << indicator.label.text(QLocale().name().left(2));
        significant.push_back(indicator.bipSignificant);
    }
    std::vector<chart::RadarTarget> targets;
    for (int i = 0; i < DelmalCount; i += 2)
        targets.push_back({(i / 2) % int(labels.size()), double(6 + i % 4), u"Delmål"_s});

    std::vector<double> axes;
    std::vector<double> series;
    std::vector<double> marks;
    std::vector<double> paint;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        chart->setAxes(labels, significant, scale.min, scale.max);
        axes.push_back(ms(timer));
        timer.start();
        chart->setSeries(i % 2 == 0 ? seriesThree : seriesTwo);
        series.push_back(ms(timer));
        timer.start();
        chart->setTargets(targets);
        marks.push_back(ms(timer));
        QCoreApplication::processEvents();
        // Nothing changed: only the paint.
        const int before = counter.count;
        timer.start();
        chart->viewport()->update();
        if (!waitForPaint(counter, before))
            return;
        paint.push_back(ms(timer));
    }
    out() << "where a toggle goes (medians of " << runs << ", on the view's chart, "
          << chart->width() << "x" << chart->height() << "):" << Qt::endl;
    out() << "  setAxes (same axes; rebuilds all series, relayout): " << stats(axes).median << " ms"
          << Qt::endl;
    out() << "  setSeries (2 or 3 outlines; rebuilds all series, relayout): "
          << stats(series).median << " ms" << Qt::endl;
    out() << "  setTargets (10 target marks; relayout): " << stats(marks).median << " ms"
          << Qt::endl;
    out() << "  repaint of the chart alone (update + event loop, nothing changed): "
          << stats(paint).median << " ms" << Qt::endl;
}

int measure(Database& db, qint64 participantId, int runs)
{
    workspace::Workspace ws; // the views read through it
    ws.borrow(db);
    // The first open in a process also pays one-time costs (fonts, style, Qt Charts): shown
    // apart, not in the medians.
    const auto cold = openOnce(db, participantId);
    if (!cold) {
        out() << "could not open or paint the view for " << Code << Qt::endl;
        return 2;
    }
    out() << "first open in the process (cold): construct " << cold->construct << " ms, + layout "
          << cold->layout << " ms, + first paint " << cold->paint << " ms" << Qt::endl;

    std::vector<double> construct;
    std::vector<double> layout;
    std::vector<double> paint;
    const double cpuOpenStart = cpuMs();
    for (int i = 0; i < runs; ++i) {
        const auto t = openOnce(db, participantId);
        if (!t)
            return 2;
        construct.push_back(t->construct);
        layout.push_back(t->layout);
        paint.push_back(t->paint);
    }
    const double cpuOpen = (cpuMs() - cpuOpenStart) / runs;
    print(u"open: construct ParticipantView"_s, construct);
    print(u"open: construct + show at 1280x800 + layout"_s, layout);
    print(u"open: construct + show at 1280x800 + first paint"_s, paint);

    // Toggle: one view, shown and painted; tick the middle occasion, untick it, ...
    ParticipantView view(ws, participantId);
    view.resize(1280, 800);
    view.show();
    const PaintCounter* counter = new PaintCounter(view.chart()->viewport());
    if (!waitForPaint(*counter, 0))
        return 2;
    const std::vector<qint64> two = view.chartedOccasions();
    if (two.size() != 2) {
        out() << "expected first + latest charted by default, got " << two.size() << Qt::endl;
        return 2;
    }
    const auto occasions = OccasionRepository(db).forParticipant(participantId).value();
    const PlanDocument* plan = view.planEditor()->document();
    out() << "view: " << occasions.size() << " occasions, "
          << (plan ? plan->plan().delmal.size() : 0) << " delmål, "
          << view.chart()->targetMarks().size() << " target marks on the radar" << Qt::endl;
    const std::vector<qint64> three{two.front(), occasions[occasions.size() / 2].id, two.back()};
    std::vector<double> update;
    std::vector<double> redraw;
    const int toggles = std::max(2, runs * 4);
    const double cpuToggleStart = cpuMs();
    for (int i = 0; i < toggles; ++i) {
        QElapsedTimer timer;
        timer.start();
        const int before = counter->count;
        view.setChartedOccasions(i % 2 == 0 ? three : two);
        update.push_back(ms(timer));
        if (!waitForPaint(*counter, before)) {
            out() << "the chart was not repainted after a toggle" << Qt::endl;
            return 2;
        }
        redraw.push_back(ms(timer));
    }
    const double cpuToggle = (cpuMs() - cpuToggleStart) / toggles;
    if (view.chart()->series().size() != 2) {
        out() << "expected 2 outlines after the last toggle, got " << view.chart()->series().size()
              << Qt::endl;
        return 2;
    }
    print(u"toggle: setChartedOccasions (update chart, no paint)"_s, update, u"toggles"_s);
    print(u"toggle: setChartedOccasions + repaint of the chart"_s, redraw, u"toggles"_s);
    out() << "process CPU time: " << cpuOpen << " ms per open (incl. destroying the view), "
          << cpuToggle << " ms per toggle" << Qt::endl;

    openBreakdown(db, participantId, std::max(5, runs));
    toggleBreakdown(view, *counter, two, three, std::max(5, runs));
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Own settings: the splitters start at their defaults, the user's are not touched.
    QCoreApplication::setOrganizationName(u"Tilltro-bench"_s);
    QCoreApplication::setApplicationName(u"bench_participantview"_s);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        out() << "usage: bench_participantview PATH [runs]" << Qt::endl;
        return 1;
    }
    const int runs = args.size() > 2 ? std::max(1, args[2].toInt()) : 20;
    auto db = Database::open(args[1]);
    if (!db) {
        out() << db.errorMessage() << Qt::endl;
        return 2;
    }
    auto participantId = prepare(*db.value());
    if (!participantId) {
        out() << participantId.errorMessage() << Qt::endl;
        return 2;
    }
    return measure(*db.value(), participantId.value(), runs);
}

#include <QLineF>
#include <QStringList>
#include <QTest>

#include <cmath>
#include <numbers>
#include <optional>
#include <vector>

#include "chart/radardata.h"
#include "chart/radargeometry.h"
#include "core/analysis/progression.h"
#include "core/domain/occasion.h"
#include "core/instrument/instrument.h"

using namespace Qt::StringLiterals;
using namespace tilltro::chart;

using Values = std::vector<std::optional<double>>;
using Runs = std::vector<std::vector<int>>;
Q_DECLARE_METATYPE(Values)
Q_DECLARE_METATYPE(Runs)

namespace {

/// The eight axes of the shipped SKAPA instrument.
const QStringList SkapaLabels{u"Möjligheter att få arbete"_s,
                              u"Klara ett jobb"_s,
                              u"Samarbete"_s,
                              u"Hälsa"_s,
                              u"Vardagen"_s,
                              u"Kompetens"_s,
                              u"Realistisk lönenivå"_s,
                              u"Söker arbete"_s};

/// A stand-in for font metrics: 8 px per character, 16 px per line, breaking at spaces (and
/// inside a word longer than the width), like the real measure does.
QSizeF fakeMeasure(const QString& text, double maxWidth)
{
    constexpr double Char = 8;
    constexpr double Line = 16;
    const int perLine = std::max(1, int(maxWidth / Char));
    int lines = 1;
    int used = 0;
    int widest = 0;
    for (const QString& word : text.split(u' ')) {
        int length = int(word.size());
        for (;;) {
            if (used == 0) {
                if (length <= perLine) {
                    used = length;
                    break;
                }
                // A word longer than a line fills it and goes on in the next.
                widest = std::max(widest, perLine);
                length -= perLine;
                ++lines;
            } else if (used + 1 + length <= perLine) {
                used += 1 + length;
                break;
            } else {
                ++lines;
                used = 0;
            }
        }
        widest = std::max(widest, used);
    }
    return {widest * Char, lines * Line};
}

RadarLayoutInput inputFor(const QStringList& labels, const QRectF& rect)
{
    RadarLayoutInput input;
    input.axisCount = int(labels.size());
    input.min = 1;
    input.max = 10;
    input.rect = rect;
    input.measureLabel = [labels](int axis, double width) {
        return fakeMeasure(labels[axis], width);
    };
    return input;
}

/// An occasion of the shipped instrument: the deltagare rates indicator i `base + i`, the
/// handledare `base + 10 - i` (within 1..10 for base 1 and 2); `nonAnswerAxis` gets "vet ej".
tilltro::Occasion occasionAt(const tilltro::Instrument& instrument, qint64 id, const QDate& date,
                             tilltro::OccasionState state, int base, int nonAnswerAxis = -1)
{
    using namespace tilltro;
    Occasion o;
    o.id = id;
    o.participantId = 7;
    o.instrumentId = 100 + id; // a version per occasion, so the lookup can fail for one
    o.date = date;
    o.state = state;
    const auto& indicators = instrument.indicators();
    for (int i = 0; i < int(indicators.size()); ++i) {
        const QString& key = indicators[size_t(i)].key;
        if (const Question* q = instrument.questionForIndicator(key, Respondent::Deltagare)) {
            o.answers[q->key] =
                i == nonAnswerAxis ? Answer::choice(u"vet_ej"_s) : Answer::number(base + i);
        }
        if (const Question* q = instrument.questionForIndicator(key, Respondent::Handledare))
            o.answers[q->key] = Answer::number(base + 10 - i - 2);
    }
    return o;
}

double distance(const QPointF& a, const QPointF& b)
{
    return QLineF(a, b).length();
}

bool near(const QPointF& a, const QPointF& b, double tolerance = 1e-6)
{
    return distance(a, b) <= tolerance;
}

/// The smallest distance from `centre` to any point of `rect`.
double nearestDistance(const QRectF& rect, const QPointF& centre)
{
    const double x = std::clamp(centre.x(), rect.left(), rect.right());
    const double y = std::clamp(centre.y(), rect.top(), rect.bottom());
    return distance(centre, QPointF(x, y));
}

} // namespace

class TestRadarGeometry : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void axisAngle_firstAtTwelveOClock_clockwise()
    {
        QCOMPARE(axisAngle(0, 8), 0.0);
        QCOMPARE(axisAngle(2, 8), 90.0);
        QCOMPARE(axisAngle(4, 8), 180.0);
        QCOMPARE(axisAngle(6, 8), 270.0);
        QCOMPARE(axisAngle(1, 3), 120.0);
    }

    void axisEnds_upRightDownLeft_forFourAxes()
    {
        RadarLayoutInput input;
        input.axisCount = 4;
        input.rect = QRectF(0, 0, 200, 200);
        const RadarGeometry g = radarGeometry(input);
        QCOMPARE(int(g.axisEnds.size()), 4);
        const double r = g.radius;
        QVERIFY(r > 50);
        QVERIFY(near(g.axisEnds[0], g.centre + QPointF(0, -r))); // 12 o'clock
        QVERIFY(near(g.axisEnds[1], g.centre + QPointF(r, 0)));  // 3 o'clock
        QVERIFY(near(g.axisEnds[2], g.centre + QPointF(0, r)));  // 6 o'clock
        QVERIFY(near(g.axisEnds[3], g.centre + QPointF(-r, 0))); // 9 o'clock
    }

    void noLabels_webAndGapRingFillTheRect_centred()
    {
        RadarLayoutInput input;
        input.axisCount = 6;
        input.rect = QRectF(10, 20, 300, 200);
        input.markerSize = 8;
        const RadarGeometry g = radarGeometry(input);
        QVERIFY(near(g.centre, QPointF(160, 120), 0.05));
        // The outer edge of the gap markers touches the short side.
        QVERIFY(std::abs(g.radius + (g.gapRadius - g.radius) + 4 - 100) < 0.05);
        QVERIFY(g.gapRadius > g.radius);
        QCOMPARE(g.plotArea().center(), g.centre);
        QCOMPARE(g.plotArea().width(), 2 * g.radius);
    }

    void pointAt_minAtCentre_maxAtRim_linearBetween_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("fraction");
        QTest::newRow("minimumIsTheCentre") << 1.0 << 0.0;
        QTest::newRow("maximumIsTheRim") << 10.0 << 1.0;
        QTest::newRow("middle") << 5.5 << 0.5;
        QTest::newRow("oneStep") << 2.0 << 1.0 / 9;
        QTest::newRow("belowTheScale_clampedToTheCentre") << -3.0 << 0.0;
        QTest::newRow("aboveTheScale_clampedToTheRim") << 12.0 << 1.0;
    }

    void pointAt_minAtCentre_maxAtRim_linearBetween()
    {
        QFETCH(double, value);
        QFETCH(double, fraction);
        RadarLayoutInput input;
        input.axisCount = 8;
        input.rect = QRectF(0, 0, 400, 400);
        const RadarGeometry g = radarGeometry(input);
        for (int axis = 0; axis < 8; ++axis) {
            const QPointF p = g.pointAt(axis, value);
            QVERIFY(std::abs(distance(p, g.centre) - g.radius * fraction) < 1e-6);
            if (fraction > 0) {
                // On the axis: the same direction as the rim point.
                const QLineF toPoint(g.centre, p);
                const QLineF toRim(g.centre, g.axisEnds[size_t(axis)]);
                QVERIFY(std::abs(toPoint.angleTo(toRim)) < 1e-6 ||
                        std::abs(toPoint.angleTo(toRim) - 360) < 1e-6);
            }
        }
    }

    void rings_onePerScaleStep_straightPolygonsNotCircles()
    {
        RadarLayoutInput input;
        input.axisCount = 8;
        input.rect = QRectF(0, 0, 400, 400);
        const RadarGeometry g = radarGeometry(input);
        QCOMPARE(int(g.rings.size()), 9); // 2, 3, ..., 10 on a 1..10 scale
        for (size_t k = 0; k < g.rings.size(); ++k) {
            const RadarRing& ring = g.rings[k];
            QCOMPARE(ring.value, 2.0 + double(k));
            QCOMPARE(int(ring.polygon.size()), 8);
            for (int axis = 0; axis < 8; ++axis)
                QVERIFY(near(ring.polygon[axis], g.pointAt(axis, ring.value)));
            // A polygon: the middle of an edge is inside the circle through the vertices.
            const QPointF mid = (ring.polygon[0] + ring.polygon[1]) / 2;
            const double vertexRadius = distance(ring.polygon[0], g.centre);
            QVERIFY(distance(mid, g.centre) < vertexRadius * 0.95);
            QVERIFY(std::abs(distance(mid, g.centre) -
                             vertexRadius * std::cos(std::numbers::pi / 8)) < 1e-6);
        }
        QVERIFY(near(g.rings.back().polygon[3], g.axisEnds[3]));
    }

    void rings_stepThatDoesNotDivideTheScale_stillEndsAtTheRim()
    {
        RadarLayoutInput input;
        input.axisCount = 5;
        input.min = 0;
        input.max = 10;
        input.step = 4;
        input.rect = QRectF(0, 0, 300, 300);
        const RadarGeometry g = radarGeometry(input);
        QCOMPARE(int(g.rings.size()), 3);
        QCOMPARE(g.rings[0].value, 4.0);
        QCOMPARE(g.rings[1].value, 8.0);
        QCOMPARE(g.rings[2].value, 10.0);
    }

    void runs_data()
    {
        QTest::addColumn<Values>("values");
        QTest::addColumn<Runs>("runs");
        QTest::addColumn<QList<int>>("gapAxes");
        const std::optional<double> gap;

        QTest::newRow("noGap_oneClosedRun")
            << Values{5, 6, 7, 8, 5, 6} << Runs{{0, 1, 2, 3, 4, 5, 0}} << QList<int>{};
        QTest::newRow("gapInTheMiddle_oneOpenRunAroundTwelve")
            << Values{5, 6, gap, 8, 5, 6} << Runs{{3, 4, 5, 0, 1}} << QList<int>{2};
        QTest::newRow("gapAtTwelve_runStartsAfterIt")
            << Values{gap, 6, 7, 8, 5, 6} << Runs{{1, 2, 3, 4, 5}} << QList<int>{0};
        QTest::newRow("gapAtTheLastAxis_runEndsBeforeIt")
            << Values{5, 6, 7, 8, 5, gap} << Runs{{0, 1, 2, 3, 4}} << QList<int>{5};
        QTest::newRow("twoGaps_twoRuns_neverJoinedThroughAGap")
            << Values{5, 6, gap, 8, 5, gap, 3, 4} << Runs{{3, 4}, {6, 7, 0, 1}} << QList<int>{2, 5};
        QTest::newRow("loneValueBetweenGaps_aRunOfOne")
            << Values{gap, 6, gap, 8, 5, 6} << Runs{{1}, {3, 4, 5}} << QList<int>{0, 2};
        QTest::newRow("allGaps_noRun") << Values{gap, gap, gap} << Runs{} << QList<int>{0, 1, 2};
        QTest::newRow("shorterThanTheAxes_missingAreGaps")
            << Values{5, 6, 7} << Runs{{0, 1, 2}} << QList<int>{3, 4};
    }

    void runs()
    {
        QFETCH(Values, values);
        QFETCH(QList<int>, gapAxes);
        RadarLayoutInput input;
        input.axisCount = std::max(int(values.size()), 3);
        if (QByteArray(QTest::currentDataTag()).startsWith("shorterThan"))
            input.axisCount = 5;
        input.rect = QRectF(0, 0, 300, 300);
        input.series = {values};
        const RadarGeometry g = radarGeometry(input);
        QCOMPARE(int(g.series.size()), 1);
        const RadarSeriesGeometry& s = g.series.front();
        QTEST(s.runs, "runs");
        QList<int> gaps;
        for (const RadarGap& gap : s.gaps)
            gaps << gap.axis;
        QCOMPARE(gaps, gapAxes);
        for (int axis = 0; axis < input.axisCount; ++axis) {
            const bool isGap = gapAxes.contains(axis);
            QCOMPARE(!s.points[size_t(axis)].has_value(), isGap);
            if (!isGap)
                QVERIFY(near(*s.points[size_t(axis)], g.pointAt(axis, *values[size_t(axis)])));
        }
    }

    void fill_bridgesEachGap_neverRunsToTheCentreAtANonAnswer_data()
    {
        QTest::addColumn<Values>("values");
        const std::optional<double> gap;
        QTest::newRow("noGap") << Values{5, 6, 7, 8, 5, 6, 7, 8};
        QTest::newRow("oneGap") << Values{5, 6, gap, 8, 5, 6, 7, 8};
        QTest::newRow("gapAtTwelve") << Values{gap, 6, 7, 8, 5, 6, 7, 4};
        QTest::newRow("gapAtTheLastAxis") << Values{5, 6, 7, 8, 5, 6, 7, gap};
        QTest::newRow("twoGapsApart") << Values{5, 6, gap, 8, 5, gap, 4, 4};
        QTest::newRow("twoGapsSideBySide") << Values{5, 6, gap, gap, 5, 6, 7, 8};
        QTest::newRow("lowNeighbours") << Values{2, 2, gap, 2, 8, 8, 8, 8};
        QTest::newRow("loneValueBetweenGaps") << Values{gap, 6, gap, 8, 5, 6};
        QTest::newRow("shorterThanTheAxes") << Values{5, 6, 7, 8, 5, 6};
    }

    void fill_bridgesEachGap_neverRunsToTheCentreAtANonAnswer()
    {
        QFETCH(Values, values);
        RadarLayoutInput input;
        input.axisCount =
            QByteArray(QTest::currentDataTag()).startsWith("shorterThan") ? 8 : int(values.size());
        input.rect = QRectF(0, 0, 400, 400);
        input.series = {values};
        RadarGeometry g = radarGeometry(input);
        g.translate(QPointF(13, -7)); // the fill moves with everything else
        const RadarSeriesGeometry& s = g.series.front();

        // The vertices are exactly the answered points, in axis order: none at a gap, none at
        // the centre.
        QPolygonF answered;
        for (const auto& point : s.points) {
            if (point)
                answered << *point;
        }
        QCOMPARE(s.fill, answered);
        for (const QPointF& vertex : s.fill)
            QVERIFY(distance(vertex, g.centre) > g.radius * 0.05);

        // Along each unanswered axis the fill reaches out from the centre to the straight line
        // between the neighbours: no notch down to the centre, which would read as a zero.
        for (int axis = 0; axis < input.axisCount; ++axis) {
            if (s.points[size_t(axis)])
                continue;
            const QLineF ray(g.centre, g.axisEnds[size_t(axis)]);
            double crossing = g.radius;
            for (qsizetype k = 0; k < s.fill.size(); ++k) {
                const QLineF edge(s.fill[k], s.fill[(k + 1) % s.fill.size()]);
                QPointF at;
                if (edge.intersects(ray, &at) == QLineF::BoundedIntersection)
                    crossing = std::min(crossing, distance(at, g.centre));
            }
            QVERIFY2(crossing > g.radius * 0.05, qPrintable(u"axis %1"_s.arg(axis)));
            for (const double fraction : {0.02, 0.5, 0.95}) {
                const QPointF inside = ray.pointAt(fraction * crossing / ray.length());
                QVERIFY(s.fill.containsPoint(inside, Qt::WindingFill));
            }
            // Beyond the bridge the gap is open: no fill out to the rim.
            QVERIFY(!s.fill.containsPoint(ray.p2(), Qt::WindingFill));
        }
    }

    void fill_fewerThanThreeValues_noArea()
    {
        const std::optional<double> gap;
        RadarLayoutInput input;
        input.axisCount = 8;
        input.rect = QRectF(0, 0, 300, 300);
        input.series = {Values{gap, 6, gap, gap, gap, 5, gap, gap},
                        Values{gap, gap, gap, gap, gap, gap, gap, gap}, Values{}};
        const RadarGeometry g = radarGeometry(input);
        for (const RadarSeriesGeometry& s : g.series)
            QVERIFY(s.fill.isEmpty());
    }

    void nonAnswer_hollowMarkerOnTheAxisOutsideTheRim_notAtAValue()
    {
        const std::optional<double> gap;
        RadarLayoutInput input = inputFor(SkapaLabels, QRectF(0, 0, 800, 600));
        input.series = {Values{5, 6, gap, 8, 5, 6, 7, 8}};
        const RadarGeometry g = radarGeometry(input);
        QCOMPARE(int(g.series[0].gaps.size()), 1);
        const RadarGap& marker = g.series[0].gaps[0];
        QCOMPARE(marker.axis, 2);
        // On the axis (3 o'clock), beyond the rim: never where any value of the scale would be.
        QVERIFY(std::abs(marker.marker.y() - g.centre.y()) < 1e-6);
        QVERIFY(distance(marker.marker, g.centre) > g.radius + input.markerSize / 2);
        QVERIFY(std::abs(distance(marker.marker, g.centre) - g.gapRadius) < 1e-6);
        // Between the rim and the label.
        QVERIFY(marker.marker.x() + input.markerSize / 2 < g.labels[2].rect.left());
    }

    void nonAnswer_sameAxisInSeveralSeries_markersSideBySide()
    {
        const std::optional<double> gap;
        RadarLayoutInput input;
        input.axisCount = 8;
        input.rect = QRectF(0, 0, 600, 600);
        input.series = {Values{gap, 5, 5, 5, 5, 5, 5, 5}, Values{5, 5, 5, 5, 5, 5, 5, 5},
                        Values{gap, 6, 6, 6, 6, 6, 6, 6}, Values{gap, 7, 7, 7, 7, 7, 7, 7}};
        const RadarGeometry g = radarGeometry(input);
        const QPointF a = g.series[0].gaps[0].marker;
        const QPointF b = g.series[2].gaps[0].marker;
        const QPointF c = g.series[3].gaps[0].marker;
        QVERIFY(g.series[1].gaps.empty());
        // Across the axis (horizontal at 12 o'clock), centred on it, not overlapping.
        QCOMPARE(a.y(), b.y());
        QCOMPARE(b.y(), c.y());
        QVERIFY(std::abs(b.x() - g.centre.x()) < 1e-6);
        QVERIFY(b.x() - a.x() >= input.markerSize);
        QVERIFY(c.x() - b.x() >= input.markerSize);
    }

    void targets_markAcrossTheAxisAtTheLevel()
    {
        RadarLayoutInput input;
        input.axisCount = 8;
        input.rect = QRectF(0, 0, 500, 500);
        input.targets = {{3, 7.0}, {0, 10.0}, {9, 5.0}, {-1, 5.0}};
        const RadarGeometry g = radarGeometry(input);
        QCOMPARE(int(g.targets.size()), 2); // axes 9 and -1 do not exist
        const QLineF mark = g.targets[0];
        QVERIFY(near(mark.center(), g.pointAt(3, 7.0)));
        const QLineF axis(g.centre, g.axisEnds[3]);
        QVERIFY(std::abs(std::abs(mark.angleTo(axis)) - 90) < 1e-6 ||
                std::abs(std::abs(mark.angleTo(axis)) - 270) < 1e-6);
        QVERIFY(mark.length() >= 2 * input.markerSize);
        QVERIFY(near(g.targets[1].center(), g.axisEnds[0]));
    }

    void labels_alignOutwards()
    {
        const RadarGeometry g = radarGeometry(inputFor(SkapaLabels, QRectF(0, 0, 1280, 800)));
        QCOMPARE(int(g.labels.size()), 8);
        // Top: centred above its anchor. Right half: starts at the anchor. Bottom: hangs centred.
        // Left half: ends at the anchor.
        QCOMPARE(g.labels[0].alignment, Qt::AlignHCenter);
        QVERIFY(std::abs(g.labels[0].rect.center().x() - g.labels[0].anchor.x()) < 1e-6);
        QVERIFY(std::abs(g.labels[0].rect.bottom() - g.labels[0].anchor.y()) < 1e-6);
        for (int axis : {1, 2, 3}) {
            QCOMPARE(g.labels[size_t(axis)].alignment, Qt::AlignLeft);
            QVERIFY(std::abs(g.labels[size_t(axis)].rect.left() -
                             g.labels[size_t(axis)].anchor.x()) < 1e-6);
        }
        QCOMPARE(g.labels[4].alignment, Qt::AlignHCenter);
        QVERIFY(std::abs(g.labels[4].rect.top() - g.labels[4].anchor.y()) < 1e-6);
        for (int axis : {5, 6, 7}) {
            QCOMPARE(g.labels[size_t(axis)].alignment, Qt::AlignRight);
            QVERIFY(std::abs(g.labels[size_t(axis)].rect.right() -
                             g.labels[size_t(axis)].anchor.x()) < 1e-6);
        }
        // The side labels are centred on their axis.
        QVERIFY(std::abs(g.labels[2].rect.center().y() - g.centre.y()) < 1e-6);
    }

    void labels_neitherOverlapNorLeaveTheRectNorTouchTheWeb_data()
    {
        QTest::addColumn<QStringList>("labels");
        QTest::addColumn<QRectF>("rect");
        QTest::newRow("skapa_800x600") << SkapaLabels << QRectF(0, 0, 800, 600);
        QTest::newRow("skapa_1280x800") << SkapaLabels << QRectF(0, 0, 1280, 800);
        QTest::newRow("skapa_1920x1080") << SkapaLabels << QRectF(0, 0, 1920, 1080);
        QTest::newRow("skapa_centrePaneOf800x600") << SkapaLabels << QRectF(0, 0, 420, 330);
        QTest::newRow("skapa_tall") << SkapaLabels << QRectF(0, 0, 420, 700);
        QTest::newRow("skapa_offsetRect") << SkapaLabels << QRectF(35, 60, 640, 480);
        QTest::newRow("threeAxes")
            << QStringList{u"Hälsa"_s, u"Vardagen"_s, u"Söker arbete"_s} << QRectF(0, 0, 500, 400);
        QTest::newRow("fiveAxes_longWords")
            << QStringList{u"Arbetsmarknadskunskap"_s, u"Klara ett jobb"_s,
                           u"Möjligheter att få arbete"_s, u"Samarbetsförmåga"_s,
                           u"Realistisk lönenivå"_s}
            << QRectF(0, 0, 640, 480);
        QStringList twelve;
        for (int i = 0; i < 12; ++i)
            twelve << u"Indikator nummer %1"_s.arg(i + 1);
        QTest::newRow("twelveAxes") << twelve << QRectF(0, 0, 900, 700);
    }

    void labels_neitherOverlapNorLeaveTheRectNorTouchTheWeb()
    {
        QFETCH(QStringList, labels);
        QFETCH(QRectF, rect);
        RadarLayoutInput input = inputFor(labels, rect);
        const RadarGeometry g = radarGeometry(input);

        QVERIFY(g.fits);
        QCOMPARE(int(g.labels.size()), int(labels.size()));
        // A web worth looking at: at least a quarter of the short side as radius.
        QVERIFY2(g.radius >= std::min(rect.width(), rect.height()) / 4,
                 qPrintable(u"radius %1"_s.arg(g.radius)));
        const QRectF tolerant = rect.adjusted(-0.01, -0.01, 0.01, 0.01);
        for (const RadarLabel& label : g.labels) {
            QVERIFY2(tolerant.contains(label.rect),
                     qPrintable(u"label %1 leaves the rect"_s.arg(label.axis)));
            // The measured size at the chosen width is the box.
            QCOMPARE(label.rect.size(), fakeMeasure(labels[label.axis], label.wrapWidth));
            // Entirely outside the gap ring: covers neither the web nor a gap marker.
            QVERIFY2(nearestDistance(label.rect, g.centre) >=
                         g.gapRadius + input.markerSize / 2 - 1e-6,
                     qPrintable(u"label %1 touches the web"_s.arg(label.axis)));
            for (const RadarLabel& other : g.labels) {
                if (other.axis != label.axis) {
                    QVERIFY2(
                        !label.rect.intersects(other.rect),
                        qPrintable(u"labels %1 and %2 overlap"_s.arg(label.axis).arg(other.axis)));
                }
            }
        }
        // Everything drawn stays in the rect: the web and the gap ring too.
        const double outer = g.gapRadius + input.markerSize / 2;
        QVERIFY(tolerant.contains(
            QRectF(g.centre - QPointF(outer, outer), QSizeF(2 * outer, 2 * outer))));
    }

    void labels_longLabelBesideTheWeb_wrapsInASmallRect()
    {
        const QStringList labels{u"Hälsa"_s, u"Möjligheter att få arbete"_s, u"Vardagen"_s,
                                 u"Söker arbete"_s};
        const RadarGeometry small = radarGeometry(inputFor(labels, QRectF(0, 0, 420, 330)));
        const RadarGeometry large = radarGeometry(inputFor(labels, QRectF(0, 0, 1920, 1080)));
        // 25 characters: 200 px on one line.
        QVERIFY(small.fits);
        QVERIFY(small.labels[1].rect.height() > 16);
        QVERIFY(small.labels[1].rect.width() < 200);
        QCOMPARE(large.labels[1].rect.height(), 16.0);
    }

    void labels_aboveAndBelowTheWeb_mayBeTwiceAsWide()
    {
        QCOMPARE(wrapFactor(0), 2.0);
        QCOMPARE(wrapFactor(180), 2.0);
        QCOMPARE(wrapFactor(90), 1.0);
        QCOMPARE(wrapFactor(270), 1.0);
        QVERIFY(std::abs(wrapFactor(45) - (2 - std::sqrt(0.5))) < 1e-9);
    }

    void labels_givenWrapWidths_theWidestThatFitsWins()
    {
        RadarLayoutInput input = inputFor(SkapaLabels, QRectF(0, 0, 1280, 800));
        input.wrapWidths = {400, 300};
        const RadarGeometry g = radarGeometry(input);
        QVERIFY(g.fits);
        QCOMPARE(g.labels[2].wrapWidth, 400.0); // beside the web: the candidate itself
        QCOMPARE(g.labels[0].wrapWidth, 800.0); // above it: twice that
    }

    void labels_minimumWrapWidth_noAutomaticCandidateNarrower()
    {
        RadarLayoutInput input = inputFor(SkapaLabels, QRectF(0, 0, 420, 330));
        input.minimumWrapWidth = 100.5;
        const RadarGeometry g = radarGeometry(input);
        for (const RadarLabel& label : g.labels)
            QVERIFY(label.wrapWidth >= 101 * wrapFactor(axisAngle(label.axis, 8)) - 1e-9);
    }

    void labels_rectFarTooSmall_reportedAsNotFitting()
    {
        const RadarGeometry g = radarGeometry(inputFor(SkapaLabels, QRectF(0, 0, 90, 60)));
        QVERIFY(!g.fits);
        QCOMPARE(int(g.labels.size()), 8); // still placed, so a caller can draw something
        QVERIFY(g.radius >= 0);
    }

    void translate_movesEverything_boundsHoldLabelsAndGapRing()
    {
        RadarLayoutInput input = inputFor(SkapaLabels, QRectF(0, 0, 800, 600));
        input.series = {Values{5, std::nullopt, 7, 8, 5, 6, 7, 8}};
        input.targets = {{0, 5.0}};
        const RadarGeometry g = radarGeometry(input);
        const QRectF bounds = g.bounds();
        for (const RadarLabel& label : g.labels)
            QVERIFY(bounds.contains(label.rect));
        QVERIFY(bounds.contains(g.series[0].gaps[0].marker));

        RadarGeometry moved = g;
        const QPointF offset(13.5, -7);
        moved.translate(offset);
        QCOMPARE(moved.centre, g.centre + offset);
        QCOMPARE(moved.bounds(), bounds.translated(offset));
        QCOMPARE(*moved.series[0].points[0], *g.series[0].points[0] + offset);
        QCOMPARE(moved.series[0].gaps[0].marker, g.series[0].gaps[0].marker + offset);
        QCOMPARE(moved.rings[3].polygon[2], g.rings[3].polygon[2] + offset);
        QCOMPARE(moved.targets[0].p1(), g.targets[0].p1() + offset);
        QCOMPARE(moved.labels[4].rect, g.labels[4].rect.translated(offset));
        QVERIFY(near(moved.pointAt(3, 7), g.pointAt(3, 7) + offset));
    }

    // The radar's data (radardata.h): the one builder of the deltagare view and the printed
    // handlingsplan.

    void radarSeriesFor_valuesAsDoublesNonAnswerAGap_latestFilled()
    {
        using namespace tilltro;
        const auto instrument = Instrument::loadDefault();
        QVERIFY2(instrument.ok(), qPrintable(instrument.errorMessage()));
        const std::vector<Occasion> occasions{
            occasionAt(instrument.value(), 1, QDate(2026, 2, 1), OccasionState::Completed, 1),
            occasionAt(instrument.value(), 2, QDate(2026, 5, 1), OccasionState::Completed, 2, 3),
            occasionAt(instrument.value(), 3, QDate(2026, 8, 1), OccasionState::Draft, 2)};
        std::vector<qint64> looked;
        const InstrumentLookup lookup = [&](const Occasion& o) -> Result<const Instrument*> {
            looked.push_back(o.id);
            return &instrument.value();
        };
        RadarSelection selection;
        selection.occasionIds = std::vector<qint64>{3, 2, 1}; // the draft is never drawn
        selection.fillLatest = true;
        const auto series = radarSeriesFor(occasions, selection, lookup);
        QVERIFY2(series.ok(), qPrintable(series.errorMessage()));
        QCOMPARE(series->size(), size_t(2));
        QCOMPARE(looked, (std::vector<qint64>{1, 2}));

        const RadarSeriesData& first = series.value()[0];
        QCOMPARE(first.label, u"2026-02-01"_s);
        QCOMPARE(first.date, QDate(2026, 2, 1));
        QCOMPARE(first.values, (Values{1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0}));
        QCOMPARE(first.style, 0);
        QVERIFY(!first.filled);
        const RadarSeriesData& second = series.value()[1];
        QCOMPARE(second.label, u"2026-05-01"_s);
        // "Vet ej" on Hälsa is a gap, never a value.
        QCOMPARE(second.values, (Values{2.0, 3.0, 4.0, std::nullopt, 6.0, 7.0, 8.0, 9.0}));
        QCOMPARE(second.values, radarValues(analysis::indicatorValues(
                                    instrument.value(), occasions[1], Respondent::Deltagare)));
        QCOMPARE(second.style, 1);
        QVERIFY(second.filled);

        // Without fillLatest (paper) nothing is filled; an empty choice draws nothing.
        selection.fillLatest = false;
        QVERIFY(!radarSeriesFor(occasions, selection, lookup).value().back().filled);
        selection.occasionIds = std::vector<qint64>{};
        QVERIFY(radarSeriesFor(occasions, selection, lookup).value().empty());
    }

    void radarSeriesFor_bothPerspectives_caseWorkerAtTheLatestLast()
    {
        using namespace tilltro;
        const auto instrument = Instrument::loadDefault();
        QVERIFY2(instrument.ok(), qPrintable(instrument.errorMessage()));
        const std::vector<Occasion> occasions{
            occasionAt(instrument.value(), 1, QDate(2026, 2, 1), OccasionState::Completed, 1),
            occasionAt(instrument.value(), 2, QDate(2026, 5, 1), OccasionState::Completed, 2)};
        RadarSelection selection;
        selection.occasionIds = std::vector<qint64>{1, 2};
        selection.bothPerspectives = true;
        const auto series =
            radarSeriesFor(occasions, selection, [&](const Occasion&) -> Result<const Instrument*> {
                return &instrument.value();
            });
        QVERIFY2(series.ok(), qPrintable(series.errorMessage()));
        QCOMPARE(series->size(), size_t(3));
        QCOMPARE(series.value()[0].label, u"Participant 2026-02-01"_s);
        QCOMPARE(series.value()[1].label, u"Participant 2026-05-01"_s);
        const RadarSeriesData& handledare = series.value()[2];
        QCOMPARE(handledare.label, u"Case worker 2026-05-01"_s);
        QCOMPARE(handledare.date, QDate(2026, 5, 1));
        QCOMPARE(handledare.values, (Values{10.0, 9.0, 8.0, 7.0, 6.0, 5.0, 4.0, 3.0}));
        QCOMPARE(handledare.style, 2);
    }

    void radarSeriesFor_deltagareAbsent_noDeltagareSeriesButTheCaseWorkersOfIt()
    {
        using namespace tilltro;
        const auto instrument = Instrument::loadDefault();
        QVERIFY2(instrument.ok(), qPrintable(instrument.errorMessage()));
        std::vector<Occasion> occasions{
            occasionAt(instrument.value(), 1, QDate(2026, 2, 1), OccasionState::Completed, 1),
            occasionAt(instrument.value(), 2, QDate(2026, 5, 1), OccasionState::Completed, 2)};
        // The deltagare did not take part: their part is empty, the handledare's is there.
        occasions[1].deltagareAbsent = true;
        for (const Question* q : instrument.value().questionsFor(Respondent::Deltagare))
            occasions[1].answers.erase(q->key);
        const InstrumentLookup lookup = [&](const Occasion&) -> Result<const Instrument*> {
            return &instrument.value();
        };
        RadarSelection selection;
        selection.occasionIds = std::vector<qint64>{1, 2};
        selection.fillLatest = true;
        auto series = radarSeriesFor(occasions, selection, lookup);
        QVERIFY2(series.ok(), qPrintable(series.errorMessage()));
        QCOMPARE(series->size(), size_t(1)); // no empty series, no legend entry for it
        QCOMPARE(series.value()[0].date, QDate(2026, 2, 1));
        QVERIFY(series.value()[0].filled);

        selection.bothPerspectives = true;
        series = radarSeriesFor(occasions, selection, lookup);
        QVERIFY2(series.ok(), qPrintable(series.errorMessage()));
        QCOMPARE(series->size(), size_t(2));
        QCOMPARE(series.value()[0].label, u"Participant 2026-02-01"_s);
        QCOMPARE(series.value()[1].label, u"Case worker 2026-05-01"_s);
        QCOMPARE(series.value()[1].values,
                 radarValues(analysis::indicatorValues(instrument.value(), occasions[1],
                                                       Respondent::Handledare)));
        QCOMPARE(series.value()[1].style, 1);

        // Only the absent occasion chosen: nothing of the deltagare's.
        selection.occasionIds = std::vector<qint64>{2};
        selection.bothPerspectives = false;
        QVERIFY(radarSeriesFor(occasions, selection, lookup).value().empty());
    }

    void radarSeriesFor_defaultOverlay_firstAndLatestCompleted_data()
    {
        QTest::addColumn<QStringList>("states"); // C: completed, D: draft; ids 1, 2, ...
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("none") << QStringList{} << QList<qint64>{};
        QTest::newRow("onlyDrafts") << QStringList{u"D"_s} << QList<qint64>{};
        QTest::newRow("one") << QStringList{u"C"_s} << QList<qint64>{1};
        QTest::newRow("oneAndADraft") << QStringList{u"D"_s, u"C"_s, u"D"_s} << QList<qint64>{2};
        QTest::newRow("two") << QStringList{u"C"_s, u"C"_s} << QList<qint64>{1, 2};
        QTest::newRow("fourWithADraftLast")
            << QStringList{u"C"_s, u"C"_s, u"C"_s, u"C"_s, u"D"_s} << QList<qint64>{1, 4};
        // A: completed without the deltagare ("deltagaren deltog inte"): not theirs to draw.
        QTest::newRow("absentLast") << QStringList{u"C"_s, u"C"_s, u"A"_s} << QList<qint64>{1, 2};
        QTest::newRow("absentFirst") << QStringList{u"A"_s, u"C"_s, u"C"_s} << QList<qint64>{2, 3};
        QTest::newRow("onlyAbsent") << QStringList{u"A"_s} << QList<qint64>{};
    }

    void radarSeriesFor_defaultOverlay_firstAndLatestCompleted()
    {
        using namespace tilltro;
        QFETCH(QStringList, states);
        QFETCH(QList<qint64>, expected);
        const auto instrument = Instrument::loadDefault();
        QVERIFY2(instrument.ok(), qPrintable(instrument.errorMessage()));
        std::vector<Occasion> occasions;
        for (int i = 0; i < int(states.size()); ++i) {
            occasions.push_back(occasionAt(
                instrument.value(), i + 1, QDate(2026, 1, 1).addMonths(3 * i),
                states[i] == u"D"_s ? OccasionState::Draft : OccasionState::Completed, 1 + i % 2));
            occasions.back().deltagareAbsent = states[i] == u"A"_s;
        }
        const std::vector<qint64> ids(expected.begin(), expected.end());
        QCOMPARE(defaultOverlayIds(occasions), ids);

        // No choice (std::nullopt): the builder draws exactly the default overlay.
        const auto series = radarSeriesFor(
            occasions, RadarSelection{},
            [&](const Occasion&) -> Result<const Instrument*> { return &instrument.value(); });
        QVERIFY2(series.ok(), qPrintable(series.errorMessage()));
        QCOMPARE(series->size(), ids.size());
        for (size_t k = 0; k < ids.size(); ++k) {
            const Occasion& o = occasions[size_t(ids[k] - 1)];
            QCOMPARE(series.value()[k].date, o.date);
            QCOMPARE(series.value()[k].values, radarValues(analysis::indicatorValues(
                                                   instrument.value(), o, Respondent::Deltagare)));
        }
    }

    void radarSeriesFor_instrumentVersionMissing_errorNamingTheOccasion()
    {
        using namespace tilltro;
        const auto instrument = Instrument::loadDefault();
        QVERIFY2(instrument.ok(), qPrintable(instrument.errorMessage()));
        const std::vector<Occasion> occasions{
            occasionAt(instrument.value(), 1, QDate(2026, 2, 1), OccasionState::Completed, 1),
            occasionAt(instrument.value(), 2, QDate(2026, 5, 1), OccasionState::Completed, 2),
            occasionAt(instrument.value(), 3, QDate(2026, 8, 1), OccasionState::Completed, 1)};
        const QString reason = u"The instrument version 102 is missing from the database."_s;
        const InstrumentLookup lookup = [&](const Occasion& o) -> Result<const Instrument*> {
            if (o.instrumentId == 102)
                return makeError(Error::Kind::NotFound, reason);
            return &instrument.value();
        };

        RadarSelection selection;
        selection.occasionIds = std::vector<qint64>{1, 2, 3};
        const auto failed = radarSeriesFor(occasions, selection, lookup);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().kind, Error::Kind::NotFound);
        // The message says which assessment, and why: never drawn through another version.
        QVERIFY2(failed.errorMessage().contains(u"2026-05-01"_s),
                 qPrintable(failed.errorMessage()));
        QVERIFY2(failed.errorMessage().contains(reason), qPrintable(failed.errorMessage()));

        // A null instrument is refused the same way, with a message of its own.
        const auto null =
            radarSeriesFor(occasions, selection, [](const Occasion&) -> Result<const Instrument*> {
                return static_cast<const Instrument*>(nullptr);
            });
        QVERIFY(!null.ok());
        QVERIFY(null.errorMessage().contains(u"2026-02-01"_s));

        // An occasion that is not drawn is not looked up, so it cannot fail the chart: the
        // default overlay (first and latest) draws.
        const auto overlay = radarSeriesFor(occasions, RadarSelection{}, lookup);
        QVERIFY2(overlay.ok(), qPrintable(overlay.errorMessage()));
        QCOMPARE(overlay->size(), size_t(2));
        QCOMPARE(overlay.value()[1].date, QDate(2026, 8, 1));
    }

    void radarAxesAndTargetsFor_theInstrumentsIndicatorsAndTheDelmalsTargets()
    {
        using namespace tilltro;
        const Instrument instrument = Instrument::loadDefault().value();
        const tilltro::chart::RadarAxes axes = tilltro::chart::radarAxesFor(instrument, u"en"_s);
        QCOMPARE(axes.labels.size(), qsizetype(instrument.indicators().size()));
        QCOMPARE(axes.labels.front(), u"Job opportunities"_s);
        QCOMPARE(axes.significant.size(), instrument.indicators().size());
        QVERIFY(axes.significant.front()); // Möjligheter
        QVERIFY(!axes.significant.at(4));  // Vardagen
        QCOMPARE(axes.min, 1.0);
        QCOMPARE(axes.max, 10.0);

        Handlingsplan plan;
        Delmal two;
        two.what = u"Söka jobb och ta hand om hälsan"_s;
        two.indicators = {u"soker"_s, u"halsa"_s, u"no_such_indicator"_s};
        two.targetLevel = 7;
        Delmal none;
        none.what = u"Utan målnivå"_s;
        none.indicators = {u"lon"_s};
        plan.delmal = {two, none};
        const auto targets = tilltro::chart::radarTargetsFor(plan, instrument);
        QCOMPARE(targets.size(), size_t(2)); // no level: no mark; an unknown indicator: none
        QCOMPARE(targets[0].axis, 7);        // soker, the last axis
        QCOMPARE(targets[1].axis, 3);        // halsa
        QCOMPARE(targets[0].level, 7.0);
        QCOMPARE(targets[1].text, two.what);
    }

    void fewerThanThreeAxesOrNoScale_emptyGeometry()
    {
        RadarLayoutInput input;
        input.axisCount = 2;
        input.rect = QRectF(0, 0, 300, 300);
        QVERIFY(radarGeometry(input).rings.empty());
        QCOMPARE(radarGeometry(input).radius, 0.0);
        input.axisCount = 5;
        input.max = input.min;
        QVERIFY(radarGeometry(input).axisEnds.empty());
    }
};

QTEST_GUILESS_MAIN(TestRadarGeometry)
#include "tst_radargeometry.moc"

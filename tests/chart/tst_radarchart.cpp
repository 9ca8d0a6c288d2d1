#include <QBuffer>
#include <QGraphicsItem>
#include <QGraphicsPolygonItem>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <QPdfWriter>
#include <QPolarChart>
#include <QScatterSeries>
#include <QTest>
#include <QToolTip>

#include <cmath>
#include <numbers>
#include <optional>
#include <vector>

#include "chart/palette.h"
#include "chart/radarchart.h"

using namespace Qt::StringLiterals;
using namespace tilltro::chart;

using Values = std::vector<std::optional<double>>;

namespace {

const QStringList SkapaLabels{u"Möjligheter att få arbete"_s,
                              u"Klara ett jobb"_s,
                              u"Samarbete"_s,
                              u"Hälsa"_s,
                              u"Vardagen"_s,
                              u"Kompetens"_s,
                              u"Realistisk lönenivå"_s,
                              u"Söker arbete"_s};
const std::vector<bool> SkapaSignificant{true, true, true, true, false, false, false, true};
const std::optional<double> Gap;

RadarSeriesData occasion(const QString& label, const QDate& date, Values values,
                         bool filled = false)
{
    RadarSeriesData s;
    s.label = label;
    s.date = date;
    s.values = std::move(values);
    s.filled = filled;
    return s;
}

/// Three occasions, the latest filled, a non-answer at Samarbete in the first.
std::vector<RadarSeriesData> threeOccasions()
{
    return {occasion(u"2025-12-01"_s, QDate(2025, 12, 1), {3, 2, Gap, 4, 5, 3, 2, 2}),
            occasion(u"2026-03-03"_s, QDate(2026, 3, 3), {4, 4, 5, 4, 6, 4, 3, 4}),
            occasion(u"2026-06-02"_s, QDate(2026, 6, 2), {6, 7, 6, 5, 7, 6, 5, 8}, true)};
}

void setUpSkapa(RadarChartView& view)
{
    view.setAxes(SkapaLabels, SkapaSignificant, 1, 10);
}

QList<QPointF> pointsOf(const QXYSeries* series)
{
    return series->points();
}

int colourDistance(const QColor& a, const QColor& b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) +
           std::abs(a.blue() - b.blue());
}

/// How close the pixels around `at` (3x3, so antialiasing at a shape's edge does not matter)
/// come to `colour`.
int nearestColourDistance(const QImage& image, const QPoint& at, const QColor& colour)
{
    int best = 3 * 255;
    for (int dy = -1; dy <= 1; ++dy) {
        for (int dx = -1; dx <= 1; ++dx)
            best = std::min(best, colourDistance(image.pixelColor(at + QPoint(dx, dy)), colour));
    }
    return best;
}

QImage render(RadarChartView& view, const QSize& size)
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    view.renderTo(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return image;
}

} // namespace

class TestRadarChart : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void setSeries_oneClosedOutlinePerOccasion_namedByLabel()
    {
        RadarChartView view;
        setUpSkapa(view);
        auto series = threeOccasions();
        series[0].values[2] = 5; // no gaps here
        view.setSeries(series);

        QCOMPARE(view.seriesNames(),
                 (QStringList{u"2025-12-01"_s, u"2026-03-03"_s, u"2026-06-02"_s}));
        for (int i = 0; i < 3; ++i) {
            const auto& items = view.seriesItems(i);
            QCOMPARE(int(items.outline.size()), 1);
            const QList<QPointF> outline = pointsOf(items.outline.front());
            // Closed: eight axes and the first point again at 360°.
            QCOMPARE(outline.size(), 9);
            QCOMPARE(outline.front().x(), 0.0);
            QCOMPARE(outline.back().x(), 8.0);
            QCOMPARE(outline.back().y(), outline.front().y());
            QCOMPARE(items.markers->count(), 8);
            QCOMPARE(items.outline.front()->name(), view.seriesNames()[i]);
        }
        // Only the latest is filled.
        QVERIFY(!view.seriesItems(0).fill);
        QVERIFY(!view.seriesItems(1).fill);
        QVERIFY(view.seriesItems(2).fill);
        QCOMPARE(view.seriesItems(2).fill->polygon(), view.radarGeometry().series[2].fill);
        QCOMPARE(view.polarChart()->series().size(), 3 + 3); // outlines and markers
        QVERIFY(view.gapMarkers().empty());
    }

    void setSeries_again_replacesTheSeries()
    {
        RadarChartView view;
        setUpSkapa(view);
        view.setSeries(threeOccasions());
        view.setSeries({occasion(u"only"_s, {}, {5, 5, 5, 5, 5, 5, 5, 5})});
        QCOMPARE(view.seriesNames(), QStringList{u"only"_s});
        QCOMPARE(view.polarChart()->series().size(), 2); // outline and markers
        view.setSeries({});
        QVERIFY(view.polarChart()->series().isEmpty());
    }

    void series_useOkabeItoColoursPenStylesAndShapes()
    {
        RadarChartView view;
        setUpSkapa(view);
        auto series = threeOccasions();
        series[0].values[2] = 5;
        series[1].style = 5; // a caller may keep an occasion's style while others toggle
        view.setSeries(series);
        for (int i = 0; i < 3; ++i) {
            const SeriesStyle style = seriesStyle(i == 1 ? 5 : i);
            const auto& items = view.seriesItems(i);
            QCOMPARE(items.outline.front()->pen().color(), style.colour);
            QCOMPARE(items.outline.front()->pen().style(), style.pen);
            QCOMPARE(items.markers->color(), style.colour);
        }
        // Neighbours differ in colour, pen and marker.
        QVERIFY(seriesStyle(0).pen != seriesStyle(1).pen);
        QVERIFY(seriesStyle(0).marker != seriesStyle(1).marker);
        QVERIFY(view.seriesItems(0).markers->markerShape() !=
                view.seriesItems(2).markers->markerShape());
    }

    void gap_splitsTheOutline_noLineThroughIt_hollowMarkerInstead()
    {
        RadarChartView view;
        setUpSkapa(view);
        view.setSeries({occasion(u"a"_s, QDate(2026, 3, 3), {5, 6, Gap, 8, 5, Gap, 3, 4}, true)});

        const auto& items = view.seriesItems(0);
        // Runs 3-4 and 6-7-0-1; the second is split again at 12 o'clock: 6, 7, 8 and 0, 1.
        QCOMPARE(int(items.outline.size()), 3);
        QCOMPARE(pointsOf(items.outline[0]), (QList<QPointF>{{3, 8}, {4, 5}}));
        QCOMPARE(pointsOf(items.outline[1]), (QList<QPointF>{{6, 3}, {7, 4}, {8, 5}}));
        QCOMPARE(pointsOf(items.outline[2]), (QList<QPointF>{{0, 5}, {1, 6}}));
        for (const QLineSeries* line : items.outline) {
            for (const QPointF& p : line->points()) {
                QVERIFY(p.x() != 2 && p.x() != 5); // nothing at the gaps
                QVERIFY(p.y() >= 1);               // and never a zero
            }
        }
        QCOMPARE(items.markers->count(), 6);
        // One fill that bridges both gaps between their neighbours, never through the centre.
        QVERIFY(items.fill);
        QCOMPARE(items.fill->polygon(), view.radarGeometry().series[0].fill);
        QCOMPARE(items.fill->polygon().size(), 6);
        QVERIFY(items.fill->polygon().containsPoint(view.radarGeometry().centre, Qt::WindingFill));
        QCOMPARE(int(view.gapMarkers().size()), 2);
        QVERIFY(view.gapMarkers()[0]->toolTip().contains(u"no answer"_s));
    }

    void gap_inAFilledSeries_fillBridgesIt_noNotchToTheCentre()
    {
        RadarChartView view;
        setUpSkapa(view);
        // Hälsa (3, at half past four) unanswered in the latest, filled occasion.
        view.setSeries({occasion(u"a"_s, QDate(2026, 6, 2), {7, 7, 7, Gap, 7, 7, 7, 7}, true)});
        const QImage image = render(view, QSize(800, 600));
        view.polarChart()->resize(QSizeF(800, 600));
        const RadarGeometry& g = view.radarGeometry();
        const QColor tint = view.seriesItems(0).fill->brush().color();
        QCOMPARE(tint.alpha() < 255, true);
        // Beside the unanswered axis, halfway out to the bridge between its neighbours: shaded,
        // as it is everywhere else at that radius. A fill that ran to the centre left it white.
        const double bridge = g.radius * (6.0 / 9.0) * std::cos(std::numbers::pi / 4);
        for (const double offAxis : {-12.0, 12.0}) {
            const double a = (axisAngle(3, 8) + offAxis) * std::numbers::pi / 180;
            const QPointF at = g.centre + QPointF(std::sin(a), -std::cos(a)) * bridge * 0.5;
            const QColor pixel = image.pixelColor(at.toPoint());
            QVERIFY2(pixel != QColor(Qt::white) && pixel.blue() > pixel.red(),
                     qPrintable(pixel.name()));
            const double b = (axisAngle(1, 8) + offAxis) * std::numbers::pi / 180;
            const QPointF answered = g.centre + QPointF(std::sin(b), -std::cos(b)) * bridge * 0.5;
            QVERIFY(colourDistance(image.pixelColor(answered.toPoint()), pixel) < 12);
        }
    }

    void gap_loneValue_markerButNoLine()
    {
        RadarChartView view;
        setUpSkapa(view);
        view.setSeries({occasion(u"a"_s, {}, {Gap, 6, Gap, Gap, Gap, Gap, Gap, Gap})});
        QVERIFY(view.seriesItems(0).outline.empty());
        QCOMPARE(view.seriesItems(0).markers->count(), 1);
        QCOMPARE(int(view.gapMarkers().size()), 7);
    }

    void targets_dashedMarksPresent_unknownAxisIgnored()
    {
        RadarChartView view;
        setUpSkapa(view);
        view.setSeries(threeOccasions());
        view.setTargets({{3, 7, u"Promenera varje dag"_s},
                         {0, 8, u"Praktik på lager"_s},
                         {42, 5, u"no such axis"_s}});
        QCOMPARE(int(view.targetMarks().size()), 2);
        QCOMPARE(int(view.radarGeometry().targets.size()), 2);
        QVERIFY(view.targetMarks()[0]->toolTip().contains(u"Promenera varje dag"_s));
        QVERIFY(view.targetMarks()[0]->toolTip().contains(u'7'));
        // The mark sits at the target level on its axis.
        QVERIFY(view.targetMarks()[0]->boundingRect().contains(view.radarGeometry().pointAt(3, 7)));
        view.setTargets({});
        QVERIFY(view.targetMarks().empty());
    }

    void twoPerspectives_deltagareAndHandledareOnOneRadar()
    {
        RadarChartView view;
        setUpSkapa(view);
        const QDate date(2026, 6, 2);
        view.setSeries({occasion(u"Deltagaren"_s, date, {6, 7, 6, 5, 7, 6, 5, 8}, true),
                        occasion(u"Handledaren"_s, date, {5, 6, 6, Gap, 7, 5, 4, 7})});
        QCOMPARE(view.seriesNames(), (QStringList{u"Deltagaren"_s, u"Handledaren"_s}));
        QVERIFY(view.toolTipFor(1, 0).contains(u"Handledaren"_s));
        QCOMPARE(int(view.gapMarkers().size()), 1);
    }

    void radarValues_coreGapsStayGaps()
    {
        const std::vector<std::optional<int>> core{3, std::nullopt, 10};
        const Values expected{3.0, Gap, 10.0};
        QCOMPARE(radarValues(core), expected);
    }

    void toolTip_exactValueAndDate()
    {
        RadarChartView view;
        setUpSkapa(view);
        view.setSeries(threeOccasions());
        const QString tip = view.toolTipFor(2, 1);
        QVERIFY2(tip.contains(u"Klara ett jobb"_s), qPrintable(tip));
        QVERIFY2(tip.contains(u'7'), qPrintable(tip));
        QVERIFY2(tip.contains(QLocale().toString(QDate(2026, 6, 2), QLocale::ShortFormat)),
                 qPrintable(tip));
        QVERIFY(view.toolTipFor(0, 2).contains(u"no answer"_s));
        QVERIFY(view.toolTipFor(7, 0).isEmpty());
    }

    void render_notBlank_seriesWhereTheGeometrySays_labelsApart_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("800x600") << QSize(800, 600);
        QTest::newRow("1280x800") << QSize(1280, 800);
        QTest::newRow("600x700_legendUnder") << QSize(600, 700);
    }

    void render_notBlank_seriesWhereTheGeometrySays_labelsApart()
    {
        QFETCH(QSize, size);
        RadarChartView view; // never shown
        setUpSkapa(view);
        view.setSeries(threeOccasions());
        view.setTargets({{3, 7, u"Hälsa"_s}});
        const QImage image = render(view, size);

        // Laid out for the image while rendering; check that layout again at the same size.
        view.polarChart()->resize(QSizeF(size));
        const RadarGeometry& g = view.radarGeometry();
        QVERIFY(g.fits);
        QVERIFY(g.radius > std::min(size.width(), size.height()) / 5.0);

        int inked = 0;
        for (int y = 0; y < image.height(); y += 4) {
            for (int x = 0; x < image.width(); x += 4)
                inked += image.pixelColor(x, y) != QColor(Qt::white) ? 1 : 0;
        }
        QVERIFY2(inked > 500, qPrintable(u"%1 inked samples"_s.arg(inked)));

        // Qt Charts puts the points exactly where the geometry says.
        const auto& latest = view.seriesItems(2);
        for (int axis = 0; axis < 8; ++axis) {
            const QPointF expected = g.pointAt(axis, *threeOccasions()[2].values[size_t(axis)]);
            const QPointF drawn = view.polarChart()->mapToPosition(
                QPointF(axis, *threeOccasions()[2].values[size_t(axis)]), latest.markers);
            QVERIFY2(QLineF(expected, drawn).length() < 0.75,
                     qPrintable(u"axis %1: %2,%3 vs %4,%5"_s.arg(axis)
                                    .arg(expected.x())
                                    .arg(expected.y())
                                    .arg(drawn.x())
                                    .arg(drawn.y())));
            // And the pixel there has the latest series' colour (its marker).
            const QColor colour = seriesStyle(2).colour;
            QVERIFY2(nearestColourDistance(image, expected.toPoint(), colour) < 30,
                     qPrintable(u"axis %1: pixel %2, series %3"_s.arg(axis).arg(
                         image.pixelColor(expected.toPoint()).name(), colour.name())));
        }

        // Labels: inside the image, apart from each other and from the legend.
        const QRectF bounds(QPointF(0, 0), QSizeF(size));
        for (const RadarLabel& label : g.labels) {
            QVERIFY(bounds.contains(label.rect));
            QVERIFY(!label.rect.intersects(view.legendRect()));
            for (const RadarLabel& other : g.labels) {
                if (other.axis != label.axis)
                    QVERIFY(!label.rect.intersects(other.rect));
            }
        }
        QVERIFY(bounds.contains(view.legendRect()));
        QVERIFY(!view.legendRect().intersects(g.plotArea()));
    }

    void render_webIsAPolygon_edgeMiddleHasNoRimButTheVertexHas()
    {
        RadarChartView view;
        setUpSkapa(view);
        const QImage image = render(view, QSize(800, 600));
        view.polarChart()->resize(QSizeF(800, 600));
        const RadarGeometry& g = view.radarGeometry();
        // Where a circle would run (between two axes, at the rim's radius) there is nothing;
        // the straight edge runs further in.
        const double half = std::numbers::pi / 8;
        const QPointF onCircle = g.centre + QPointF(std::sin(half), -std::cos(half)) * g.radius;
        QCOMPARE(image.pixelColor(onCircle.toPoint()), QColor(Qt::white));
        const QPointF edgeMiddle = (g.axisEnds[0] + g.axisEnds[1]) / 2;
        QVERIFY(image.pixelColor(edgeMiddle.toPoint()) != QColor(Qt::white));
    }

    void render_highDpiImage_sameLayoutTwiceThePixels()
    {
        RadarChartView view;
        setUpSkapa(view);
        view.setSeries(threeOccasions());
        QImage image(QSize(1600, 1200), QImage::Format_ARGB32);
        image.setDevicePixelRatio(2);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        view.renderTo(&painter, QRectF(0, 0, 800, 600));
        painter.end();
        view.polarChart()->resize(QSizeF(800, 600));
        const RadarGeometry& g = view.radarGeometry();
        for (int axis = 0; axis < 8; ++axis) {
            const QPointF at = g.pointAt(axis, *threeOccasions()[2].values[size_t(axis)]) * 2;
            QVERIFY(nearestColourDistance(image, at.toPoint(), seriesStyle(2).colour) < 30);
        }
    }

    void hover_pointMarker_showsValueAndDate()
    {
        RadarChartView view;
        setUpSkapa(view);
        view.setSeries(threeOccasions());
        view.resize(800, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QPointF at = view.radarGeometry().pointAt(1, 7); // the latest, Klara ett jobb
        QTest::mouseMove(view.viewport(), at.toPoint() + QPoint(20, 20));
        QTest::mouseMove(view.viewport(), at.toPoint());
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(u"Klara ett jobb"_s), qPrintable(QToolTip::text()));
        QVERIFY(QToolTip::text().contains(u"2026-06-02"_s));
    }

    void renderTo_restoresTheViewsOwnLayout()
    {
        RadarChartView view;
        setUpSkapa(view);
        view.setSeries(threeOccasions());
        view.resize(900, 650);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const RadarGeometry before = view.radarGeometry();
        QCOMPARE(view.polarChart()->size(), QSizeF(900, 650));
        render(view, QSize(400, 300));
        QCOMPARE(view.polarChart()->size(), QSizeF(900, 650));
        QCOMPARE(view.radarGeometry().centre, before.centre);
        QCOMPARE(view.radarGeometry().radius, before.radius);
    }

    void shownView_smallestWindowPane_labelsStillFit()
    {
        // The centre pane of an 800x600 window is about this big.
        RadarChartView view;
        setUpSkapa(view);
        view.setSeries(threeOccasions());
        view.setTargets({{0, 8, u"x"_s}});
        view.resize(420, 340);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const RadarGeometry& g = view.radarGeometry();
        QVERIFY(g.fits);
        QVERIFY(g.radius >= 50);
        const QImage grabbed = view.grab().toImage();
        QVERIFY(!grabbed.isNull());
    }

    void renderTo_pdf_vectorOutputWithoutAWidgetOnScreen()
    {
        RadarChartView view;
        setUpSkapa(view);
        view.setSeries(threeOccasions());
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            QPdfWriter pdf(&buffer);
            pdf.setResolution(600);
            QPainter painter(&pdf);
            const QRectF page = painter.viewport();
            view.renderTo(&painter,
                          QRectF(page.topLeft(), QSizeF(page.width(), page.width() * 0.75)),
                          QSizeF(800, 600));
        }
        QVERIFY(buffer.data().startsWith("%PDF"));
        QVERIFY(buffer.data().size() > 2000);
    }

    void noAxes_drawsNothingAndDoesNotCrash()
    {
        RadarChartView view;
        view.setSeries(threeOccasions());
        const QImage image = render(view, QSize(800, 600));
        QVERIFY(!image.isNull());
        QVERIFY(view.radarGeometry().rings.empty());
    }
};

QTEST_MAIN(TestRadarChart)
#include "tst_radarchart.moc"

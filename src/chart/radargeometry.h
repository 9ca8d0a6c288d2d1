#pragma once

#include <QLineF>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QSizeF>
#include <Qt>

#include <functional>
#include <optional>
#include <vector>

namespace tilltro::chart {

// The geometry of the radar (spider) chart as a pure function: no widgets, no scene, no fonts.
// RadarChartView draws what this returns, and the tests check it without a display.
//
// Coordinates are logical pixels with y pointing down (QPainter / QGraphicsScene). Axis i of N
// points at angle 360°·i/N, measured clockwise from 12 o'clock, which is also how QPolarChart
// maps an angular value i on an angular axis 0..N. The radius is linear in the value: the
// scale's minimum is the centre, its maximum the rim.
//
// A non-answer (std::nullopt) is a gap: the outline is broken at that axis (the runs either side
// are drawn separately, never joined through the gap) and a hollow marker sits on the axis just
// OUTSIDE the rim, on the "gap ring" between the rim and the label. Outside, because any place
// inside the web, the centre included, would read as a value (the centre as the lowest one),
// and a non-answer is never a value. Several series with a gap on the same axis get markers side
// by side across the axis, so none hides another. A fill bridges the gap (see
// RadarSeriesGeometry::fill) rather than dipping to the centre.
//
// Labels are placed outside the gap ring so they never cover the web or a marker: a label on an
// axis that points straight up or down is centred on it, one on the right half starts at its
// anchor, one on the left half ends there; above the horizontal the label sits on its anchor,
// below it hangs from it. With that rule every point of a label box is at least as far from the
// centre as its anchor.

/// Measures axis label `axis` wrapped to at most `maxWidth` (logical pixels): the size of the
/// wrapped text's bounding box. Must not depend on anything but its arguments.
using LabelMeasure = std::function<QSizeF(int axis, double maxWidth)>;

/// A delmål target: a level on one axis.
struct RadarTargetLevel {
    int axis = 0;
    double level = 0;
};

struct RadarLayoutInput {
    int axisCount = 0;         ///< N; a radar needs at least 3, fewer gives an empty geometry
    double min = 1;            ///< scale minimum: the centre
    double max = 10;           ///< scale maximum: the rim; must be > min
    double step = 1;           ///< one web ring per step from min + step up to max
    QRectF rect;               ///< everything (web, gap ring, labels) is placed inside this
    LabelMeasure measureLabel; ///< empty: no labels, the web fills the rect
    /// Candidate wrap widths for the labels, widest first. An axis's label is wrapped at the
    /// candidate times wrapFactor() of its angle (at most rect.width()): labels beside the web
    /// cost width, those above and below it only height, so those get up to twice as wide. Of
    /// the candidates whose labels fit, the first (widest, so fewest lines) whose web has at
    /// least 90 % of the largest radius any of them allows wins. Empty: fractions of
    /// rect.width() from 30 % down to a minimum of 56 px.
    std::vector<double> wrapWidths;
    /// With automatic candidates: none narrower than this (e.g. the width at which no label
    /// has to break inside a word); this one is tried last.
    double minimumWrapWidth = 0;
    double markerSize = 9; ///< diameter of a point marker; sizes the gap ring
    double labelGap = 4;   ///< free space between the gap ring and the labels
    /// The values of each series on each axis (index = axis; a shorter vector means gaps).
    std::vector<std::vector<std::optional<double>>> series;
    std::vector<RadarTargetLevel> targets;
};

struct RadarRing {
    double value = 0;
    QPolygonF polygon; ///< one vertex per axis in axis order; not closed (drawPolygon closes it)
};

struct RadarLabel {
    int axis = 0;
    QPointF anchor;          ///< on the axis, outside the gap ring
    QRectF rect;             ///< the label's box (the measured size, placed at the anchor)
    Qt::Alignment alignment; ///< how the text lines align in the box: left, right or centred
    double wrapWidth = 0;    ///< the width the label was measured (and must be drawn) with
};

struct RadarGap {
    int axis = 0;
    QPointF marker; ///< centre of the hollow marker
};

struct RadarSeriesGeometry {
    /// The point per axis, std::nullopt at a gap. Values outside min..max are clamped.
    std::vector<std::optional<QPointF>> points;
    /// The unbroken stretches of the outline as axis indices in drawing order. No gap: one run
    /// 0, 1, ..., N-1, 0 (closed). With gaps: each maximal stretch of consecutive present axes,
    /// going round past axis N-1 to 0 where it continues (e.g. 6, 7, 0, 1 for N = 8); a lone
    /// value between two gaps is a run of one (a marker, no line).
    std::vector<std::vector<int>> runs;
    std::vector<RadarGap> gaps; ///< in axis order
    /// The area a translucent fill covers: the points that have a value, in axis order, each
    /// gap bridged by a straight line between its neighbours. A non-answer is no vertex, so the
    /// fill never runs to the centre there (which would read as the lowest value); the outline
    /// stays broken across the gap. Not closed (drawPolygon closes it); empty with fewer than
    /// three values, which enclose no area.
    QPolygonF fill;
};

struct RadarGeometry {
    QPointF centre;
    double radius = 0;    ///< the rim: where `max` is
    double gapRadius = 0; ///< where gap markers sit (outside the rim)
    int axisCount = 0;
    double min = 1;
    double max = 10;
    std::vector<double> angles;     ///< degrees clockwise from 12 o'clock, per axis
    std::vector<QPointF> axisEnds;  ///< on the rim, per axis
    std::vector<RadarRing> rings;   ///< innermost first; the last is the rim
    std::vector<RadarLabel> labels; ///< per axis, when labels were measured
    std::vector<RadarSeriesGeometry> series;
    std::vector<QLineF> targets; ///< one mark per target, across its axis at its level
    /// The labels lie inside the rect and overlap neither each other nor the web. False only
    /// when the rect is too small for any candidate wrap width; the geometry is still usable.
    bool fits = true;
    double outerRadius = 0; ///< the outer edge of the gap markers

    /// The square the rim is inscribed in: the plot area of a QPolarChart that draws the same.
    QRectF plotArea() const;
    /// Where `value` (clamped to min..max) lies on `axis`.
    QPointF pointAt(int axis, double value) const;
    /// The box of everything drawn: the gap ring and the labels.
    QRectF bounds() const;
    /// Moves everything by `offset` (e.g. to centre the radar and a legend together).
    void translate(const QPointF& offset);
};

/// How much wider than the candidate wrap width a label at `degrees` may be: 2 - |sin|, so 1
/// beside the web (3 and 9 o'clock) and 2 above and below it.
double wrapFactor(double degrees);

/// The angle of `axis` in degrees clockwise from 12 o'clock.
double axisAngle(int axis, int axisCount);

/// Lays out the radar in `input.rect`: the largest web whose labels fit (see RadarGeometry::fits),
/// centred in the space the labels leave.
RadarGeometry radarGeometry(const RadarLayoutInput& input);

} // namespace tilltro::chart

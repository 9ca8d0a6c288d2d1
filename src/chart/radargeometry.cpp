#include "radargeometry.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace tilltro::chart {

namespace {

constexpr double Epsilon = 1e-6;
/// Free space kept between two labels, so touching boxes do not read as one label.
constexpr double LabelSpacing = 2.0;
/// The narrowest wrap width tried automatically: about one longer Swedish word.
constexpr double MinimumWrapWidth = 56.0;
/// A wider label wrap is preferred as long as the web keeps this share of its largest radius.
constexpr double NearlyAsLarge = 0.9;

/// The unit vector of an axis in y-down coordinates.
QPointF direction(double degrees)
{
    const double radians = degrees * std::numbers::pi / 180.0;
    return {std::sin(radians), -std::cos(radians)};
}

/// Across the axis, clockwise: the direction gap markers and target marks spread along.
QPointF across(double degrees)
{
    const double radians = degrees * std::numbers::pi / 180.0;
    return {std::cos(radians), std::sin(radians)};
}

double labelWrapWidth(double candidate, double degrees, const QRectF& rect)
{
    return std::min(candidate * wrapFactor(degrees), rect.width());
}

/// How a label box hangs from its anchor, as fractions of its size: 0 = the box starts at the
/// anchor, 1 = it ends there, 0.5 = centred on it.
struct Hang {
    double x = 0.5;
    double y = 0.5;
    Qt::Alignment alignment = Qt::AlignHCenter;
};

Hang hangFor(const QPointF& d)
{
    Hang hang;
    if (d.x() > Epsilon) {
        hang.x = 0;
        hang.alignment = Qt::AlignLeft;
    } else if (d.x() < -Epsilon) {
        hang.x = 1;
        hang.alignment = Qt::AlignRight;
    }
    if (d.y() < -Epsilon)
        hang.y = 1;
    else if (d.y() > Epsilon)
        hang.y = 0;
    return hang;
}

/// Distances from the rim to the gap markers' centres and to the labels' anchors.
struct Offsets {
    double gap = 0;    ///< rim -> gap marker centre
    double extent = 0; ///< rim -> outer edge of the gap markers
    double label = 0;  ///< rim -> label anchor
};

Offsets offsetsFor(const RadarLayoutInput& input)
{
    const double marker = std::max(0.0, input.markerSize);
    Offsets o;
    o.gap = marker * 1.25;
    o.extent = o.gap + marker / 2;
    o.label = o.extent + std::max(0.0, input.labelGap);
    return o;
}

/// Where everything lies relative to the centre for a rim radius, given the label sizes.
struct Extents {
    double left = 0, right = 0, top = 0, bottom = 0;
};

Extents extentsAt(double radius, const std::vector<double>& angles,
                  const std::vector<QSizeF>& sizes, const Offsets& offsets)
{
    const double circle = radius + offsets.extent;
    Extents e{-circle, circle, -circle, circle};
    for (size_t i = 0; i < sizes.size(); ++i) {
        const QPointF d = direction(angles[i]);
        const Hang hang = hangFor(d);
        const QPointF anchor = d * (radius + offsets.label);
        const double left = anchor.x() - sizes[i].width() * hang.x;
        const double top = anchor.y() - sizes[i].height() * hang.y;
        e.left = std::min(e.left, left);
        e.right = std::max(e.right, left + sizes[i].width());
        e.top = std::min(e.top, top);
        e.bottom = std::max(e.bottom, top + sizes[i].height());
    }
    return e;
}

bool fitsIn(const Extents& e, const QRectF& rect)
{
    return e.right - e.left <= rect.width() + Epsilon &&
           e.bottom - e.top <= rect.height() + Epsilon;
}

/// One candidate layout: rim radius and centre for given label sizes.
struct Placement {
    double radius = 0;
    QPointF centre;
    std::vector<RadarLabel> labels;
    bool fits = false;
};

Placement place(const RadarLayoutInput& input, const std::vector<double>& angles,
                const std::vector<QSizeF>& sizes, double wrapWidth, const Offsets& offsets)
{
    const QRectF& rect = input.rect;
    // The extents grow monotonically with the radius (the rim and every label anchor move
    // outwards), so the largest radius that fits is found by bisection.
    double low = 0;
    double high = std::max(rect.width(), rect.height());
    if (!fitsIn(extentsAt(low, angles, sizes, offsets), rect)) {
        high = 0;
    } else {
        for (int i = 0; i < 60 && high - low > 0.01; ++i) {
            const double mid = (low + high) / 2;
            (fitsIn(extentsAt(mid, angles, sizes, offsets), rect) ? low : high) = mid;
        }
    }
    Placement p;
    p.radius = low;
    // Centre the drawing in the slack the labels leave, in each direction on its own.
    const Extents e = extentsAt(p.radius, angles, sizes, offsets);
    p.centre = QPointF(rect.left() - e.left + (rect.width() - (e.right - e.left)) / 2,
                       rect.top() - e.top + (rect.height() - (e.bottom - e.top)) / 2);

    p.fits = fitsIn(e, rect);
    for (size_t i = 0; i < sizes.size(); ++i) {
        const QPointF d = direction(angles[i]);
        const Hang hang = hangFor(d);
        RadarLabel label;
        label.axis = int(i);
        label.anchor = p.centre + d * (p.radius + offsets.label);
        label.rect = QRectF(QPointF(label.anchor.x() - sizes[i].width() * hang.x,
                                    label.anchor.y() - sizes[i].height() * hang.y),
                            sizes[i]);
        label.alignment = hang.alignment;
        label.wrapWidth = labelWrapWidth(wrapWidth, angles[i], input.rect);
        p.labels.push_back(label);
    }
    const QRectF tolerant = rect.adjusted(-0.01, -0.01, 0.01, 0.01);
    for (size_t i = 0; i < p.labels.size() && p.fits; ++i) {
        if (!tolerant.contains(p.labels[i].rect))
            p.fits = false;
        const QRectF spaced = p.labels[i].rect.adjusted(-LabelSpacing / 2, -LabelSpacing / 2,
                                                        LabelSpacing / 2, LabelSpacing / 2);
        for (size_t j = i + 1; j < p.labels.size() && p.fits; ++j) {
            if (spaced.intersects(p.labels[j].rect.adjusted(-LabelSpacing / 2, -LabelSpacing / 2,
                                                            LabelSpacing / 2, LabelSpacing / 2)))
                p.fits = false;
        }
    }
    return p;
}

std::vector<double> wrapCandidates(const RadarLayoutInput& input)
{
    if (!input.wrapWidths.empty())
        return input.wrapWidths;
    std::vector<double> widths;
    for (double fraction : {0.30, 0.26, 0.22, 0.19, 0.16, 0.13, 0.10}) {
        const double w = std::max(MinimumWrapWidth, std::floor(input.rect.width() * fraction));
        if (w < input.minimumWrapWidth)
            break;
        if (widths.empty() || widths.back() > w)
            widths.push_back(w);
    }
    if (input.minimumWrapWidth > 0 &&
        (widths.empty() || widths.back() > std::ceil(input.minimumWrapWidth)))
        widths.push_back(std::ceil(input.minimumWrapWidth));
    return widths;
}

std::vector<std::vector<int>> runsOf(const std::vector<bool>& present)
{
    const int n = int(present.size());
    std::vector<std::vector<int>> runs;
    const auto gap = std::find(present.begin(), present.end(), false);
    if (gap == present.end()) {
        std::vector<int> closed;
        for (int i = 0; i < n; ++i)
            closed.push_back(i);
        if (n > 0)
            closed.push_back(0);
        if (!closed.empty())
            runs.push_back(std::move(closed));
        return runs;
    }
    // Start just after a gap, so a run that goes round past the last axis stays one run.
    const int start = int(gap - present.begin());
    std::vector<int> current;
    for (int k = 1; k <= n; ++k) {
        const int i = (start + k) % n;
        if (present[size_t(i)]) {
            current.push_back(i);
        } else if (!current.empty()) {
            runs.push_back(std::move(current));
            current.clear();
        }
    }
    return runs;
}

} // namespace

double wrapFactor(double degrees)
{
    return 2.0 - std::abs(direction(degrees).x());
}

double axisAngle(int axis, int axisCount)
{
    return axisCount > 0 ? 360.0 * axis / axisCount : 0.0;
}

QRectF RadarGeometry::plotArea() const
{
    return {centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius};
}

QPointF RadarGeometry::pointAt(int axis, double value) const
{
    const double span = max - min;
    const double fraction = span > 0 ? (std::clamp(value, min, max) - min) / span : 0.0;
    return centre + direction(axisAngle(axis, axisCount)) * (radius * fraction);
}

QRectF RadarGeometry::bounds() const
{
    QRectF box(centre - QPointF(outerRadius, outerRadius),
               QSizeF(2 * outerRadius, 2 * outerRadius));
    for (const RadarLabel& label : labels)
        box = box.united(label.rect);
    return box;
}

void RadarGeometry::translate(const QPointF& offset)
{
    centre += offset;
    for (QPointF& p : axisEnds)
        p += offset;
    for (RadarRing& ring : rings)
        ring.polygon.translate(offset);
    for (RadarLabel& label : labels) {
        label.anchor += offset;
        label.rect.translate(offset);
    }
    for (RadarSeriesGeometry& s : series) {
        for (auto& p : s.points) {
            if (p)
                *p += offset;
        }
        for (RadarGap& gap : s.gaps)
            gap.marker += offset;
        s.fill.translate(offset);
    }
    for (QLineF& line : targets)
        line.translate(offset);
}

RadarGeometry radarGeometry(const RadarLayoutInput& input)
{
    RadarGeometry g;
    if (input.axisCount < 3 || !(input.max > input.min) || !input.rect.isValid())
        return g;
    const int n = input.axisCount;
    g.axisCount = n;
    g.min = input.min;
    g.max = input.max;
    for (int i = 0; i < n; ++i)
        g.angles.push_back(axisAngle(i, n));

    const Offsets offsets = offsetsFor(input);

    // Labels: try each wrap width. Narrower labels always allow a slightly larger web, but
    // break into more lines (in the end inside words), so take the widest whose web is nearly
    // as large as the largest one possible.
    Placement best;
    if (input.measureLabel) {
        std::vector<Placement> placements;
        for (double width : wrapCandidates(input)) {
            std::vector<QSizeF> sizes;
            for (int i = 0; i < n; ++i)
                sizes.push_back(
                    input.measureLabel(i, labelWrapWidth(width, g.angles[size_t(i)], input.rect)));
            placements.push_back(place(input, g.angles, sizes, width, offsets));
        }
        const bool anyFits = std::any_of(placements.begin(), placements.end(),
                                         [](const Placement& p) { return p.fits; });
        double largest = 0;
        for (const Placement& p : placements) {
            if (p.fits || !anyFits)
                largest = std::max(largest, p.radius);
        }
        for (Placement& p : placements) {
            if ((p.fits || !anyFits) && p.radius >= largest * NearlyAsLarge - Epsilon) {
                best = std::move(p);
                break;
            }
        }
    } else {
        best = place(input, g.angles, {}, 0, offsets);
    }
    g.centre = best.centre;
    g.radius = best.radius;
    g.gapRadius = best.radius + offsets.gap;
    g.outerRadius = best.radius + offsets.extent;
    g.labels = std::move(best.labels);
    g.fits = best.fits;

    for (int i = 0; i < n; ++i)
        g.axisEnds.push_back(g.pointAt(i, g.max));

    const double step = input.step > 0 ? input.step : 1.0;
    const auto ring = [&](double value) {
        RadarRing r;
        r.value = value;
        for (int i = 0; i < n; ++i)
            r.polygon << g.pointAt(i, value);
        g.rings.push_back(std::move(r));
    };
    for (int k = 1;; ++k) {
        const double value = input.min + k * step;
        if (value >= input.max - Epsilon * step)
            break;
        ring(value);
    }
    ring(input.max);

    // Gap markers: per axis, the series with a gap there side by side across the axis.
    const size_t seriesCount = input.series.size();
    std::vector<std::vector<size_t>> gappedAt(static_cast<size_t>(n));
    for (size_t s = 0; s < seriesCount; ++s) {
        for (int i = 0; i < n; ++i) {
            const auto& values = input.series[s];
            if (size_t(i) >= values.size() || !values[size_t(i)])
                gappedAt[size_t(i)].push_back(s);
        }
    }
    const double spacing = std::max(0.0, input.markerSize) * 1.4;
    for (size_t s = 0; s < seriesCount; ++s) {
        const auto& values = input.series[s];
        RadarSeriesGeometry sg;
        std::vector<bool> present(static_cast<size_t>(n), false);
        for (int i = 0; i < n; ++i) {
            if (size_t(i) < values.size() && values[size_t(i)]) {
                present[size_t(i)] = true;
                sg.points.emplace_back(g.pointAt(i, *values[size_t(i)]));
            } else {
                sg.points.emplace_back(std::nullopt);
                const auto& here = gappedAt[size_t(i)];
                const auto rank = double(std::find(here.begin(), here.end(), s) - here.begin());
                const double shift = (rank - double(here.size() - 1) / 2) * spacing;
                sg.gaps.push_back(RadarGap{i, g.centre +
                                                  direction(g.angles[size_t(i)]) * g.gapRadius +
                                                  across(g.angles[size_t(i)]) * shift});
            }
        }
        sg.runs = runsOf(present);
        for (const auto& point : sg.points) {
            if (point)
                sg.fill << *point;
        }
        if (sg.fill.size() < 3)
            sg.fill.clear();
        g.series.push_back(std::move(sg));
    }

    const double halfMark = std::max(6.0, input.markerSize * 1.6);
    for (const RadarTargetLevel& target : input.targets) {
        if (target.axis < 0 || target.axis >= n)
            continue;
        const QPointF at = g.pointAt(target.axis, target.level);
        const QPointF t = across(g.angles[size_t(target.axis)]) * halfMark;
        g.targets.emplace_back(at - t, at + t);
    }
    return g;
}

} // namespace tilltro::chart

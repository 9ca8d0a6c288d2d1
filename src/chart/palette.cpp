#include "palette.h"

#include <QPolygonF>

#include <array>
#include <cmath>
#include <numbers>

namespace tilltro::chart {

namespace {

/// A regular polygon with a vertex pointing up (y down), like Qt Charts' pentagon and triangle.
QPolygonF regular(int corners, const QPointF& centre, double radius, double startDegrees = -90)
{
    QPolygonF polygon;
    for (int i = 0; i < corners; ++i) {
        const double a = (startDegrees + 360.0 * i / corners) * std::numbers::pi / 180.0;
        polygon << centre + QPointF(std::cos(a), std::sin(a)) * radius;
    }
    return polygon;
}

} // namespace

SeriesStyle seriesStyle(int index)
{
    // Okabe & Ito (2008), without the yellow that is unreadable on white.
    static constexpr std::array<QRgb, 7> okabeIto{0xff0072b2, 0xffe69f00, 0xff009e73, 0xffd55e00,
                                                  0xffcc79a7, 0xff56b4e9, 0xff000000};
    static constexpr std::array pens{Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine,
                                     Qt::DashDotDotLine};
    static constexpr std::array markers{Marker::Circle, Marker::Square, Marker::Triangle,
                                        Marker::Diamond, Marker::Pentagon};
    const auto i = size_t(index < 0 ? 0 : index);
    return {QColor::fromRgba(okabeIto[i % okabeIto.size()]), pens[i % pens.size()],
            markers[i % markers.size()]};
}

QPainterPath markerPath(Marker marker, const QPointF& centre, double size)
{
    const double r = size / 2;
    QPainterPath path;
    switch (marker) {
    case Marker::Circle:
        path.addEllipse(centre, r, r);
        break;
    case Marker::Square:
        path.addRect(QRectF(centre.x() - r, centre.y() - r, size, size));
        break;
    case Marker::Triangle:
        path.addPolygon(regular(3, centre, r * 1.15));
        break;
    case Marker::Diamond:
        path.addPolygon(regular(4, centre, r * 1.2));
        break;
    case Marker::Pentagon:
        path.addPolygon(regular(5, centre, r * 1.05));
        break;
    }
    path.closeSubpath();
    return path;
}

QPainterPath starPath(const QPointF& centre, double size)
{
    QPolygonF star;
    const double outer = size / 2;
    const double inner = outer * 0.45;
    for (int i = 0; i < 10; ++i) {
        const double a = (-90.0 + 36.0 * i) * std::numbers::pi / 180.0;
        star << centre + QPointF(std::cos(a), std::sin(a)) * (i % 2 ? inner : outer);
    }
    QPainterPath path;
    path.addPolygon(star);
    path.closeSubpath();
    return path;
}

} // namespace tilltro::chart

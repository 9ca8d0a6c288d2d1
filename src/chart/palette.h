#pragma once

#include <QColor>
#include <QPainterPath>
#include <QPointF>
#include <Qt>

namespace tilltro::chart {

/// The shape of a series' point markers. Filled for a value, hollow for a non-answer.
enum class Marker { Circle, Square, Triangle, Diamond, Pentagon };

/// A series style that stays distinguishable without colour: an Okabe–Ito colour (safe for the
/// common forms of colour blindness) together with a pen style and a marker shape, for
/// black-and-white print.
struct SeriesStyle {
    QColor colour;
    Qt::PenStyle pen = Qt::SolidLine;
    Marker marker = Marker::Circle;
};

/// The style of the n-th series (negative counts as 0). Colours cycle every seven, pen styles
/// every five and markers every five series, so the first 35 styles are all different and
/// neighbours always differ in all three.
SeriesStyle seriesStyle(int index);

/// The outline of `marker` centred on `centre`, `size` wide (logical pixels), drawn like
/// QScatterSeries draws the matching shape, so a legend or a hollow marker looks the same.
QPainterPath markerPath(Marker marker, const QPointF& centre, double size);

/// A five-pointed star, the mark of a BIP-significant indicator.
QPainterPath starPath(const QPointF& centre, double size);

} // namespace tilltro::chart

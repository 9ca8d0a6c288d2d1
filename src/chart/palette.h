#pragma once

#include <QColor>
#include <Qt>

namespace tilltro::chart {

/// A series style that stays distinguishable without colour: an Okabe–Ito colour (safe for the
/// common forms of colour blindness) together with a pen style, for black-and-white print.
struct SeriesStyle {
    QColor colour;
    Qt::PenStyle pen = Qt::SolidLine;
};

/// The style of the n-th series; cycles after eight colours (with a different pen each cycle).
SeriesStyle seriesStyle(int index);

} // namespace tilltro::chart

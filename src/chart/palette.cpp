#include "palette.h"

#include <array>

namespace tilltro::chart {

SeriesStyle seriesStyle(int index)
{
    // Okabe & Ito (2008), without the yellow that is unreadable on white.
    static constexpr std::array<QRgb, 7> okabeIto{0xff0072b2, 0xffe69f00, 0xff009e73, 0xffd55e00,
                                                  0xffcc79a7, 0xff56b4e9, 0xff000000};
    static constexpr std::array pens{Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine,
                                     Qt::DashDotDotLine};
    const int i = index < 0 ? 0 : index;
    return {QColor::fromRgba(okabeIto[size_t(i) % okabeIto.size()]), pens[size_t(i) % pens.size()]};
}

} // namespace tilltro::chart

#include "radarchart.h"

#include <QCursor>
#include <QEvent>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsPathItem>
#include <QGraphicsPolygonItem>
#include <QGraphicsScene>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QPolarChart>
#include <QResizeEvent>
#include <QScatterSeries>
#include <QTextLayout>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <functional>
#include <numbers>

#include "palette.h"

namespace tilltro::chart {

namespace {

// Stacking among the chart's own items (Qt Charts: grid 2, lines and areas 4, scatter 7,
// legend 10): the web lies on the spokes under the data, fills over the web but under every
// outline, target marks over the outlines but under the point markers, gap markers, labels and
// legend on top.
constexpr double BackgroundZ = -2;
constexpr double WebZ = 2.5;
constexpr double FillZ = 3.5;
constexpr double TargetZ = 6.5;
constexpr double GapZ = 7.5;
constexpr double LabelZ = 10.5;

constexpr double Margin = 8;         ///< around everything, in logical pixels
constexpr double LegendSpacing = 16; ///< between the radar and the legend
constexpr double SampleWidth = 30;   ///< the line sample in a legend entry
constexpr double SampleGap = 8;      ///< between sample and text
constexpr double LineWidth = 2.5;
constexpr int FillAlpha = 46;

const QColor WebColour(0xc4, 0xc4, 0xc4);
const QColor RimColour(0x8c, 0x8c, 0x8c);
const QColor TextColour(0x20, 0x20, 0x20);
const QColor ScaleTextColour(0x5a, 0x5a, 0x5a);

/// A chart item that paints with a function: the web, labels and legend.
class PaintedItem : public QGraphicsItem {
public:
    using Paint = std::function<void(QPainter*)>;
    PaintedItem(QGraphicsItem* parent, const QRectF& bounds, Paint paint)
        : QGraphicsItem(parent)
        , m_bounds(bounds)
        , m_paint(std::move(paint))
    {
    }
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        m_paint(painter);
        painter->restore();
    }

private:
    QRectF m_bounds;
    Paint m_paint;
};

QScatterSeries::MarkerShape scatterShape(Marker marker)
{
    switch (marker) {
    case Marker::Circle:
        return QScatterSeries::MarkerShapeCircle;
    case Marker::Square:
        return QScatterSeries::MarkerShapeRectangle;
    case Marker::Triangle:
        return QScatterSeries::MarkerShapeTriangle;
    case Marker::Diamond:
        return QScatterSeries::MarkerShapeRotatedRectangle;
    case Marker::Pentagon:
        return QScatterSeries::MarkerShapePentagon;
    }
    return QScatterSeries::MarkerShapeCircle;
}

QPen outlinePen(const SeriesStyle& style)
{
    QPen pen(style.colour, LineWidth, style.pen, Qt::FlatCap, Qt::RoundJoin);
    return pen;
}

/// The angular values of a run of axis indices, split where it passes the end of the angular
/// axis (12 o'clock, value N), since a polar series cannot run past its axis: 6, 7, 0, 1 of
/// eight axes becomes 6, 7, 8 and 0, 1.
std::vector<std::vector<QPointF>> polarStretches(const std::vector<int>& run,
                                                 const std::vector<std::optional<double>>& values,
                                                 int axisCount)
{
    std::vector<std::vector<QPointF>> stretches(1);
    double x = run.empty() ? 0 : run.front();
    for (size_t j = 0; j < run.size(); ++j) {
        if (j > 0)
            x += 1;
        const double value = *values[size_t(run[j])];
        if (x > axisCount) {
            if (stretches.size() == 1)
                stretches.push_back({QPointF(0, stretches.front().back().y())});
            stretches.back().emplace_back(x - axisCount, value);
        } else {
            stretches.front().emplace_back(x, value);
        }
    }
    return stretches;
}

/// Dashes long enough to read as dashes on a mark only a few of them long.
QPen targetPen()
{
    QPen pen(Qt::black, 3, Qt::CustomDashLine, Qt::FlatCap);
    pen.setDashPattern({2.0, 1.2});
    return pen;
}

QString valueText(double value)
{
    return QLocale().toString(value, 'g', 4);
}

} // namespace

/// Wrapped text: the lines as laid out and the box they take.
struct RadarChartView::Wrapped {
    QStringList lines;
    std::vector<double> widths;
    QSizeF size;
    double indent = 0; ///< before the first line (the BIP star)
};

struct RadarChartView::LegendEntry {
    enum class Kind { Series, Significant, NoAnswer, Target };
    Kind kind = Kind::Series;
    int series = -1;
    Wrapped text;
    QRectF rect; ///< the whole entry: sample and text
};

namespace {

/// Breaks `text` into lines at most `width` wide (a word longer than that is broken inside),
/// with `indent` kept free before the first line. The same break is drawn on every device.
void wrapInto(const QString& text, const QFont& font, double width, double indent,
              QStringList& lines, std::vector<double>& widths, QSizeF& size)
{
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    double widest = 0;
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        const double free = lines.isEmpty() ? width - indent : width;
        line.setLineWidth(std::max(1.0, free));
        const QString part = text.mid(line.textStart(), line.textLength()).trimmed();
        const double w = QFontMetricsF(font).horizontalAdvance(part);
        lines << part;
        widths.push_back(w);
        widest = std::max(widest, w + (lines.size() == 1 ? indent : 0.0));
    }
    layout.endLayout();
    const QFontMetricsF fm(font);
    const double height = lines.isEmpty() ? 0 : fm.height() + (lines.size() - 1) * fm.lineSpacing();
    size = QSizeF(std::ceil(widest), std::ceil(height));
}

/// Draws wrapped lines into `rect`, each aligned on its own; returns where the first line's
/// text starts (after the indent).
QPointF drawLines(QPainter* painter, const QRectF& rect, const QFont& font,
                  const QStringList& lines, const std::vector<double>& widths, double indent,
                  Qt::Alignment alignment)
{
    const QFontMetricsF fm(font);
    painter->setFont(font);
    QPointF firstStart;
    for (int k = 0; k < lines.size(); ++k) {
        const double w = widths[size_t(k)] + (k == 0 ? indent : 0.0);
        double x = rect.left();
        if (alignment & Qt::AlignRight)
            x = rect.right() - w;
        else if (alignment & Qt::AlignHCenter)
            x = rect.center().x() - w / 2;
        const double top = rect.top() + k * fm.lineSpacing();
        if (k == 0)
            firstStart = QPointF(x, top);
        painter->drawText(QPointF(x + (k == 0 ? indent : 0.0), top + fm.ascent()), lines[k]);
    }
    return firstStart;
}

} // namespace

std::vector<std::optional<double>> radarValues(const std::vector<std::optional<int>>& values)
{
    std::vector<std::optional<double>> result;
    result.reserve(values.size());
    for (const auto& value : values)
        result.push_back(value ? std::optional<double>(*value) : std::nullopt);
    return result;
}

RadarChartView::RadarChartView(QWidget* parent)
    : QChartView(parent)
    , m_chart(new QPolarChart)
{
    setFrameShape(QFrame::NoFrame);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(minimumSizeHint());

    // The chart's own decorations are all switched off: its legend, background and axis
    // drawing. The axes still map values to positions (the angular 0..N, the radial min..max).
    // The plot area is steered through the layout's contents margins rather than
    // QChart::setPlotArea(), which in Qt 6 stops the chart from laying out anything but the
    // series.
    m_chart->legend()->hide();
    m_chart->setMargins(QMargins(0, 0, 0, 0));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setBackgroundVisible(false);
    m_chart->setPlotAreaBackgroundVisible(false);

    m_angularAxis = new QValueAxis;
    m_radialAxis = new QValueAxis;
    m_chart->addAxis(m_angularAxis, QPolarChart::PolarOrientationAngular);
    m_chart->addAxis(m_radialAxis, QPolarChart::PolarOrientationRadial);
    m_angularAxis->setVisible(false);
    m_radialAxis->setVisible(false);

    setChart(m_chart);
    connect(m_chart, &QGraphicsWidget::geometryChanged, this, &RadarChartView::relayout);

    // For screen readers: the view takes the keyboard focus (Tab reaches it) and carries the
    // name and, as its description, valuesText(); the viewport is not a stop of its own.
    // (In this order: the viewport's policy passes on to the view, its focus proxy.)
    viewport()->setFocusPolicy(Qt::NoFocus);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Radar chart"));
    setAxes({}, {}, 1, 10);
}

RadarChartView::~RadarChartView() = default;

QSize RadarChartView::sizeHint() const
{
    return {640, 480};
}

QSize RadarChartView::minimumSizeHint() const
{
    return {320, 240};
}

void RadarChartView::resizeEvent(QResizeEvent* event)
{
    // The contents margins of the last layout count in the chart's minimum size; without
    // clearing them a shrinking view could not shrink the chart.
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    QChartView::resizeEvent(event);
}

void RadarChartView::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        relayout();
}

void RadarChartView::setAxes(const QStringList& labels, const std::vector<bool>& significant,
                             double min, double max, double step)
{
    m_labels = labels;
    m_significant = significant;
    m_significant.resize(size_t(labels.size()), false);
    m_min = min;
    m_max = max > min ? max : min + 1;
    m_step = step > 0 ? step : 1;
    const int n = int(labels.size());
    m_angularAxis->setRange(0, std::max(1, n));
    m_angularAxis->setTickCount(std::max(2, n + 1));
    m_radialAxis->setRange(m_min, m_max);
    m_radialAxis->setTickCount(int(std::lround((m_max - m_min) / m_step)) + 1);
    rebuildSeries();
}

void RadarChartView::setSeries(std::vector<RadarSeriesData> series)
{
    m_series = std::move(series);
    rebuildSeries();
}

void RadarChartView::setTargets(std::vector<RadarTarget> targets)
{
    m_targets = std::move(targets);
    relayout();
}

QStringList RadarChartView::seriesNames() const
{
    QStringList names;
    for (const RadarSeriesData& s : m_series)
        names << s.label;
    return names;
}

QString RadarChartView::valuesText() const
{
    if (m_series.empty() || m_labels.isEmpty())
        return tr("No assessment is shown.");
    QStringList lines;
    for (const RadarSeriesData& s : m_series) {
        QStringList values;
        for (qsizetype axis = 0; axis < m_labels.size(); ++axis) {
            const auto& value =
                size_t(axis) < s.values.size() ? s.values[size_t(axis)] : std::optional<double>();
            values << tr("%1: %2").arg(
                m_labels[axis],
                value ? tr("%1 of %2").arg(valueText(*value), valueText(m_max)) : tr("no answer"));
        }
        lines << tr("%1: %2.").arg(s.label, values.join(QStringLiteral("; ")));
    }
    return lines.join(u'\n');
}

void RadarChartView::rebuildSeries()
{
    setAccessibleDescription(valuesText());
    for (QAbstractSeries* s : m_chart->series()) {
        m_chart->removeSeries(s);
        delete s;
    }
    m_items.assign(m_series.size(), SeriesItems{});

    const int n = int(m_labels.size());
    if (n < 3) {
        relayout();
        return;
    }
    const auto attach = [&](QAbstractSeries* s) {
        m_chart->addSeries(s);
        s->attachAxis(m_angularAxis);
        s->attachAxis(m_radialAxis);
    };
    const auto styleOf = [&](size_t i) {
        return seriesStyle(m_series[i].style >= 0 ? m_series[i].style : int(i));
    };
    // The unbroken runs of each outline depend only on which values exist, not on the layout.
    // Values outside the scale are drawn at its end (the core never passes such values).
    RadarLayoutInput input;
    input.axisCount = n;
    input.min = m_min;
    input.max = m_max;
    input.rect = QRectF(0, 0, 100, 100);
    std::vector<std::vector<std::optional<double>>> clamped;
    for (const RadarSeriesData& s : m_series) {
        auto values = s.values;
        values.resize(static_cast<size_t>(n));
        for (auto& value : values) {
            if (value)
                value = std::clamp(*value, m_min, m_max);
        }
        clamped.push_back(values);
        input.series.push_back(std::move(values));
    }
    const RadarGeometry shape = tilltro::chart::radarGeometry(input);

    for (size_t i = 0; i < m_series.size(); ++i) {
        const SeriesStyle style = styleOf(i);
        const int index = int(i);
        for (const auto& run : shape.series[i].runs) {
            if (run.size() < 2)
                continue;
            for (const auto& stretch : polarStretches(run, clamped[i], n)) {
                if (stretch.size() < 2)
                    continue;
                auto* line = new QLineSeries;
                line->setName(m_series[i].label);
                line->append(QList<QPointF>(stretch.begin(), stretch.end()));
                line->setPen(outlinePen(style));
                attach(line);
                connect(line, &QXYSeries::hovered, this,
                        [this, index](const QPointF& p, bool on) { showToolTip(index, p, on); });
                m_items[i].outline.push_back(line);
            }
        }
    }
    for (size_t i = 0; i < m_series.size(); ++i) {
        const SeriesStyle style = styleOf(i);
        const int index = int(i);
        auto* markers = new QScatterSeries;
        markers->setName(m_series[i].label);
        markers->setMarkerShape(scatterShape(style.marker));
        markers->setMarkerSize(m_markerSize);
        markers->setColor(style.colour);
        markers->setBorderColor(Qt::white);
        for (int axis = 0; axis < n; ++axis) {
            if (const auto& value = clamped[i][size_t(axis)])
                markers->append(axis, *value);
        }
        attach(markers);
        connect(markers, &QXYSeries::hovered, this,
                [this, index](const QPointF& p, bool on) { showToolTip(index, p, on); });
        m_items[i].markers = markers;
    }
    relayout();
}

RadarChartView::Wrapped RadarChartView::wrapLabel(int axis, const QFont& font, double width) const
{
    Wrapped w;
    QFont f = font;
    const bool significant = m_significant[size_t(axis)];
    f.setBold(significant);
    w.indent = significant ? std::round(QFontMetricsF(f).ascent() * 0.9) + 4 : 0.0;
    wrapInto(m_labels[axis], f, width, w.indent, w.lines, w.widths, w.size);
    return w;
}

double RadarChartView::wholeWordWidth(const QFont& font) const
{
    const int n = int(m_labels.size());
    double base = 0;
    for (int axis = 0; axis < n; ++axis) {
        QFont f = font;
        f.setBold(m_significant[size_t(axis)]);
        const QFontMetricsF fm(f);
        double longest = 0;
        for (const QString& word : m_labels[axis].split(u' ', Qt::SkipEmptyParts))
            longest = std::max(longest, fm.horizontalAdvance(word));
        // The first word may follow the star; +1 keeps rounding from breaking it after all.
        const double needed = longest + wrapLabel(axis, font, 1e6).indent + 1;
        base = std::max(base, needed / wrapFactor(axisAngle(axis, n)));
    }
    return base;
}

void RadarChartView::layoutLegend(const QRectF& area)
{
    // Entries flow left to right and wrap (a legend under the radar) or top to bottom in
    // columns (a legend beside it); `area` is the space they may use.
    const bool vertical = area.height() > area.width();
    const QFontMetricsF fm(m_legendFont);
    const double textWidth =
        std::max(40.0, (vertical ? area.width() : area.width() / 2) - SampleWidth - SampleGap);
    for (LegendEntry& e : m_legend) {
        QString text;
        switch (e.kind) {
        case LegendEntry::Kind::Series:
            text = m_series[size_t(e.series)].label;
            break;
        case LegendEntry::Kind::Significant:
            text = tr("BIP indicator (bold): linked to getting work");
            break;
        case LegendEntry::Kind::NoAnswer:
            text = tr("No answer (hollow marker)");
            break;
        case LegendEntry::Kind::Target:
            text = tr("Sub-goal target (dashed mark)");
            break;
        }
        e.text = {};
        wrapInto(text, m_legendFont, textWidth, 0, e.text.lines, e.text.widths, e.text.size);
        e.rect = QRectF(0, 0, SampleWidth + SampleGap + e.text.size.width(),
                        std::max(e.text.size.height(), fm.height()));
    }
    const double rowGap = std::round(fm.height() * 0.35);
    const double columnGap = 18;
    QRectF bounds;
    if (vertical) {
        double x = 0, y = 0, columnWidth = 0;
        for (LegendEntry& e : m_legend) {
            if (y > 0 && y + e.rect.height() > area.height()) {
                x += columnWidth + columnGap;
                y = 0;
                columnWidth = 0;
            }
            e.rect.moveTopLeft(QPointF(x, y));
            y += e.rect.height() + rowGap;
            columnWidth = std::max(columnWidth, e.rect.width());
            bounds = bounds.united(e.rect);
        }
    } else {
        double x = 0, y = 0, rowHeight = 0;
        std::vector<std::vector<LegendEntry*>> rows(1);
        for (LegendEntry& e : m_legend) {
            if (x > 0 && x + e.rect.width() > area.width()) {
                x = 0;
                y += rowHeight + rowGap;
                rowHeight = 0;
                rows.emplace_back();
            }
            e.rect.moveTopLeft(QPointF(x, y));
            x += e.rect.width() + columnGap;
            rowHeight = std::max(rowHeight, e.rect.height());
            rows.back().push_back(&e);
        }
        // Centre each row.
        for (const auto& row : rows) {
            if (row.empty())
                continue;
            const double width = row.back()->rect.right() - row.front()->rect.left();
            const double shift = std::max(0.0, (area.width() - width) / 2);
            for (LegendEntry* e : row) {
                e->rect.translate(shift, 0);
                bounds = bounds.united(e->rect);
            }
        }
    }
    // Place the block: beside the radar centred vertically, under it at the top of the area.
    const QPointF offset =
        vertical ? QPointF(area.left(),
                           area.top() + std::max(0.0, (area.height() - bounds.height()) / 2))
                 : area.topLeft();
    for (LegendEntry& e : m_legend)
        e.rect.translate(offset);
    m_legendRect = bounds.translated(offset);
}

void RadarChartView::relayout()
{
    if (m_inLayout)
        return;
    m_inLayout = true;
    clearDecorations();
    m_geometry = {};
    m_legend.clear();
    m_legendRect = {};

    const QRectF whole(QPointF(0, 0), m_chart->size());
    const QRectF inner = whole.adjusted(Margin, Margin, -Margin, -Margin);
    const int n = int(m_labels.size());
    if (n < 3 || !inner.isValid()) {
        m_chart->layout()->setContentsMargins(0, 0, 0, 0);
        m_inLayout = false;
        return;
    }

    // Font sizes: large enough to read at arm's length, relative to the view's font.
    const double basePixels = std::max(9, QFontInfo(font()).pixelSize());
    const double shortSide = std::min(inner.width(), inner.height());
    const double preferred = std::clamp(shortSide / 36.0, basePixels, basePixels * 1.5);
    m_legendFont = font();
    m_legendFont.setPixelSize(int(std::round(std::max(basePixels, preferred * 0.9))));

    // Legend entries: the outlines, then what the symbols mean (only those in use).
    for (size_t i = 0; i < m_series.size(); ++i)
        m_legend.push_back(LegendEntry{LegendEntry::Kind::Series, int(i), {}, {}});
    if (std::find(m_significant.begin(), m_significant.end(), true) != m_significant.end())
        m_legend.push_back(LegendEntry{LegendEntry::Kind::Significant, -1, {}, {}});
    const bool anyGap = std::any_of(m_series.begin(), m_series.end(), [n](const auto& s) {
        return int(s.values.size()) < n ||
               std::any_of(s.values.begin(), s.values.begin() + n,
                           [](const auto& v) { return !v.has_value(); });
    });
    if (anyGap)
        m_legend.push_back(LegendEntry{LegendEntry::Kind::NoAnswer, -1, {}, {}});
    const bool anyTarget =
        std::any_of(m_targets.begin(), m_targets.end(),
                    [n](const RadarTarget& t) { return t.axis >= 0 && t.axis < n; });
    if (anyTarget)
        m_legend.push_back(LegendEntry{LegendEntry::Kind::Target, -1, {}, {}});

    RadarLayoutInput input;
    input.axisCount = n;
    input.min = m_min;
    input.max = m_max;
    input.step = m_step;
    // Markers grow a little with the chart, so they stay easy to point at and to tell apart.
    m_markerSize = std::clamp(std::round(shortSide / 64.0), 8.0, 13.0);
    input.markerSize = m_markerSize;
    input.labelGap = 8;
    for (const SeriesItems& items : m_items) {
        if (items.markers)
            items.markers->setMarkerSize(m_markerSize);
    }
    for (const RadarSeriesData& s : m_series)
        input.series.push_back(s.values);
    for (const RadarTarget& t : m_targets)
        input.targets.push_back(RadarTargetLevel{t.axis, t.level});

    struct Attempt {
        RadarGeometry geometry;
        QFont labelFont;
        std::vector<LegendEntry> legend;
        QRectF legendRect;
        bool good = false;
    };
    const auto attempt = [&](bool legendBeside) {
        QRectF radarRect = inner;
        if (!m_legend.empty() && legendBeside) {
            const double width = std::clamp(inner.width() * 0.26, 150.0, 280.0);
            layoutLegend(QRectF(inner.right() - width, inner.top(), width, inner.height()));
            const double shift = inner.right() - m_legendRect.right();
            for (LegendEntry& e : m_legend)
                e.rect.translate(shift, 0);
            m_legendRect.translate(shift, 0);
            radarRect.setRight(m_legendRect.left() - LegendSpacing);
        } else if (!m_legend.empty()) {
            layoutLegend(QRectF(inner.left(), inner.top(), inner.width(), inner.height() * 0.35));
            const double shift = inner.bottom() - m_legendRect.bottom();
            for (LegendEntry& e : m_legend)
                e.rect.translate(0, shift);
            m_legendRect.translate(0, shift);
            radarRect.setBottom(m_legendRect.top() - LegendSpacing);
        }
        input.rect = radarRect;

        // The labels' font shrinks step by step until they fit around a web of a useful size;
        // words are broken inside only as a last resort, at the smallest size.
        Attempt result;
        const std::vector<double> scales{1.0, 0.9, 0.8, 0.7, 0.6};
        for (size_t step = 0; step <= scales.size(); ++step) {
            const bool lastResort = step == scales.size();
            QFont labelFont = font();
            labelFont.setPixelSize(
                int(std::max(8.0, std::round(preferred * scales[lastResort ? step - 1 : step]))));
            input.measureLabel = [&](int axis, double width) {
                return wrapLabel(axis, labelFont, width).size;
            };
            input.minimumWrapWidth = lastResort ? 0.0 : wholeWordWidth(labelFont);
            result.geometry = tilltro::chart::radarGeometry(input);
            result.labelFont = labelFont;
            const double useful = std::min(radarRect.width(), radarRect.height()) * 0.25;
            result.good = result.geometry.fits && result.geometry.radius >= useful;
            if (result.good)
                break;
        }
        input.measureLabel = nullptr;
        result.legend = m_legend;
        result.legendRect = m_legendRect;
        return result;
    };
    // The legend goes beside the radar or under it, whichever leaves the larger web.
    const bool wide = inner.width() >= inner.height();
    Attempt chosen = attempt(wide);
    if (!m_legend.empty()) {
        Attempt other = attempt(!wide);
        if ((other.good && !chosen.good) ||
            (other.good == chosen.good && other.geometry.radius > chosen.geometry.radius * 1.04))
            chosen = std::move(other);
    }
    m_geometry = std::move(chosen.geometry);
    m_labelFont = chosen.labelFont;
    m_legend = std::move(chosen.legend);
    m_legendRect = chosen.legendRect;

    // Centre the radar and the legend together, so the slack is not all on one side.
    if (!m_legend.empty()) {
        const QRectF radar = m_geometry.bounds();
        const bool beside = m_legendRect.left() >= radar.right();
        QPointF radarShift, legendShift;
        if (beside) {
            const double used = radar.width() + LegendSpacing + m_legendRect.width();
            const double left = inner.left() + std::max(0.0, (inner.width() - used) / 2);
            radarShift.setX(left - radar.left());
            legendShift.setX(left + radar.width() + LegendSpacing - m_legendRect.left());
        } else {
            const double used = radar.height() + LegendSpacing + m_legendRect.height();
            const double top = inner.top() + std::max(0.0, (inner.height() - used) / 2);
            radarShift.setY(top - radar.top());
            legendShift.setY(top + radar.height() + LegendSpacing - m_legendRect.top());
        }
        m_geometry.translate(radarShift);
        m_legendRect.translate(legendShift);
        for (LegendEntry& e : m_legend)
            e.rect.translate(legendShift);
    }

    // The polar chart inscribes its circle in the square its content rect leaves, centred:
    // make that square the geometry's plot area. Applied at once, not at the next event loop
    // pass, so that rendering right after (renderTo, tests) draws the series in place.
    QRectF plot = m_geometry.plotArea();
    if (plot.width() < 1)
        plot = QRectF(m_geometry.centre - QPointF(0.5, 0.5), QSizeF(1, 1));
    m_chart->layout()->setContentsMargins(plot.left(), plot.top(), whole.right() - plot.right(),
                                          whole.bottom() - plot.bottom());
    m_chart->layout()->invalidate();
    m_chart->layout()->activate();
    addDecorations();
    m_inLayout = false;
}

void RadarChartView::clearDecorations()
{
    for (QGraphicsItem* item : m_decorations)
        delete item;
    m_decorations.clear();
    m_targetItems.clear();
    m_gapItems.clear();
    for (SeriesItems& items : m_items)
        items.fill = nullptr;
}

void RadarChartView::addDecorations()
{
    const RadarGeometry& g = m_geometry;
    const int n = g.axisCount;
    if (n < 3)
        return;
    const QRectF everything(QPointF(0, 0), m_chart->size());

    auto* background = new PaintedItem(
        m_chart, everything, [everything](QPainter* p) { p->fillRect(everything, Qt::white); });
    background->setZValue(BackgroundZ);
    m_decorations.push_back(background);

    // The web: spokes, and a polygon per scale step with the rim darker.
    auto* web = new PaintedItem(m_chart, g.plotArea().adjusted(-2, -2, 2, 2), [g](QPainter* p) {
        p->setBrush(Qt::NoBrush);
        p->setPen(QPen(WebColour, 1.0));
        for (const QPointF& end : g.axisEnds)
            p->drawLine(g.centre, end);
        for (size_t k = 0; k < g.rings.size(); ++k) {
            const bool rim = k + 1 == g.rings.size();
            p->setPen(QPen(rim ? RimColour : WebColour, rim ? 1.4 : 1.0));
            p->drawPolygon(g.rings[k].polygon);
        }
    });
    web->setZValue(WebZ);
    m_decorations.push_back(web);

    // Scale numbers along the bisector just before 12 o'clock, where no point marker sits;
    // thinned out so they never crowd.
    QFont scaleFont = font();
    scaleFont.setPixelSize(std::max(8, int(std::round(m_labelFont.pixelSize() * 0.75))));
    const QFontMetricsF scaleMetrics(scaleFont);
    const double ringSpacing = g.rings.size() > 0 ? g.radius / double(g.rings.size()) : 0;
    const int stride = ringSpacing > 0
                           ? std::max(1, int(std::ceil(scaleMetrics.height() * 1.15 / ringSpacing)))
                           : 1;
    struct ScaleLabel {
        QRectF rect;
        QString text;
    };
    std::vector<ScaleLabel> scaleLabels;
    const double bisector = -180.0 / n * std::numbers::pi / 180.0;
    const double towardsEdge = std::cos(std::numbers::pi / n);
    for (int k = int(g.rings.size()) - 1; k >= 0; k -= stride) {
        const double fraction = (g.rings[size_t(k)].value - g.min) / (g.max - g.min);
        const double r = g.radius * fraction * towardsEdge;
        const QPointF at = g.centre + QPointF(std::sin(bisector), -std::cos(bisector)) * r;
        const QString text = valueText(g.rings[size_t(k)].value);
        const QSizeF size(scaleMetrics.horizontalAdvance(text) + 4, scaleMetrics.height());
        scaleLabels.push_back(
            {QRectF(at - QPointF(size.width() / 2, size.height() / 2), size), text});
    }
    auto* scale = new PaintedItem(m_chart, g.plotArea(), [scaleLabels, scaleFont](QPainter* p) {
        p->setFont(scaleFont);
        for (const ScaleLabel& l : scaleLabels) {
            p->setPen(Qt::NoPen);
            p->setBrush(QColor(255, 255, 255, 210));
            p->drawRoundedRect(l.rect, 2, 2);
            p->setPen(ScaleTextColour);
            p->drawText(l.rect, Qt::AlignCenter, l.text);
        }
    });
    scale->setZValue(WebZ + 0.1);
    m_decorations.push_back(scale);

    // Axis labels, bold with a star when BIP-significant, drawn with the line breaks that were
    // measured.
    struct Label {
        QRectF rect;
        Qt::Alignment alignment;
        Wrapped text;
        QFont font;
    };
    std::vector<Label> labels;
    for (const RadarLabel& l : g.labels) {
        QFont f = m_labelFont;
        f.setBold(m_significant[size_t(l.axis)]);
        labels.push_back({l.rect, l.alignment, wrapLabel(l.axis, m_labelFont, l.wrapWidth), f});
    }
    auto* labelItem = new PaintedItem(m_chart, everything, [labels](QPainter* p) {
        for (const Label& l : labels) {
            p->setPen(TextColour);
            const QPointF first = drawLines(p, l.rect, l.font, l.text.lines, l.text.widths,
                                            l.text.indent, l.alignment);
            if (l.text.indent > 0) {
                const QFontMetricsF fm(l.font);
                const double size = l.text.indent - 4;
                p->setPen(Qt::NoPen);
                p->setBrush(TextColour);
                p->drawPath(starPath(first + QPointF(size / 2, fm.ascent() * 0.55), size));
            }
        }
    });
    labelItem->setZValue(LabelZ);
    m_decorations.push_back(labelItem);

    // Fills: translucent, bridging gaps (RadarSeriesGeometry::fill), under every outline.
    for (size_t s = 0; s < g.series.size() && s < m_series.size() && s < m_items.size(); ++s) {
        if (!m_series[s].filled || g.series[s].fill.isEmpty())
            continue;
        QColor colour = seriesStyle(m_series[s].style >= 0 ? m_series[s].style : int(s)).colour;
        colour.setAlpha(FillAlpha);
        auto* item = new QGraphicsPolygonItem(g.series[s].fill, m_chart);
        item->setPen(Qt::NoPen);
        item->setBrush(colour);
        item->setFillRule(Qt::WindingFill);
        item->setZValue(FillZ);
        m_decorations.push_back(item);
        m_items[s].fill = item;
    }

    // Gap markers: hollow, in the series' colour and shape, with a tooltip of their own.
    const double markerSize = m_markerSize;
    for (size_t s = 0; s < g.series.size() && s < m_series.size(); ++s) {
        const SeriesStyle style = seriesStyle(m_series[s].style >= 0 ? m_series[s].style : int(s));
        for (const RadarGap& gap : g.series[s].gaps) {
            auto* item =
                new QGraphicsPathItem(markerPath(style.marker, gap.marker, markerSize), m_chart);
            item->setPen(QPen(style.colour, 1.8));
            item->setBrush(Qt::white);
            item->setZValue(GapZ);
            item->setToolTip(toolTipFor(int(s), gap.axis));
            m_decorations.push_back(item);
            m_gapItems.push_back(item);
        }
    }

    // Target marks: dashed across the axis, on a white underlay so they read over any line.
    size_t t = 0;
    for (const RadarTarget& target : m_targets) {
        if (target.axis < 0 || target.axis >= n)
            continue;
        const QLineF line = g.targets[t++];
        const QRectF bounds = QRectF(line.p1(), line.p2()).normalized().adjusted(-5, -5, 5, 5);
        auto* item = new PaintedItem(m_chart, bounds, [line](QPainter* p) {
            p->setPen(QPen(QColor(255, 255, 255, 230), 6, Qt::SolidLine, Qt::FlatCap));
            p->drawLine(line);
            p->setPen(targetPen());
            p->drawLine(line);
        });
        item->setZValue(TargetZ);
        item->setToolTip(target.text.isEmpty()
                             ? tr("Target: %1").arg(valueText(target.level))
                             : tr("%1\nTarget: %2").arg(target.text, valueText(target.level)));
        m_decorations.push_back(item);
        m_targetItems.push_back(item);
    }

    // The legend.
    if (!m_legend.empty()) {
        struct Entry {
            LegendEntry entry;
            SeriesStyle style;
            bool filled = false;
        };
        std::vector<Entry> entries;
        for (const LegendEntry& e : m_legend) {
            Entry entry{e, {}, false};
            if (e.kind == LegendEntry::Kind::Series) {
                const RadarSeriesData& s = m_series[size_t(e.series)];
                entry.style = seriesStyle(s.style >= 0 ? s.style : e.series);
                entry.filled = s.filled;
            }
            entries.push_back(entry);
        }
        const QFont legendFont = m_legendFont;
        auto* legend = new PaintedItem(
            m_chart, m_legendRect.adjusted(-2, -2, 2, 2),
            [entries, legendFont, markerSize](QPainter* p) {
                const QFontMetricsF fm(legendFont);
                for (const Entry& e : entries) {
                    const QRectF& r = e.entry.rect;
                    const QPointF mid(r.left() + SampleWidth / 2, r.top() + fm.height() / 2);
                    const QLineF sample(r.left(), mid.y(), r.left() + SampleWidth, mid.y());
                    switch (e.entry.kind) {
                    case LegendEntry::Kind::Series: {
                        if (e.filled) {
                            QColor fill = e.style.colour;
                            fill.setAlpha(FillAlpha * 2);
                            p->fillRect(QRectF(r.left(), mid.y() - markerSize * 0.8, SampleWidth,
                                               markerSize * 1.6),
                                        fill);
                        }
                        p->setPen(outlinePen(e.style));
                        p->drawLine(sample);
                        p->setPen(QPen(Qt::white, 1));
                        p->setBrush(e.style.colour);
                        p->drawPath(markerPath(e.style.marker, mid, markerSize));
                        break;
                    }
                    case LegendEntry::Kind::Significant:
                        p->setPen(Qt::NoPen);
                        p->setBrush(TextColour);
                        p->drawPath(starPath(mid, fm.ascent() * 0.9));
                        break;
                    case LegendEntry::Kind::NoAnswer:
                        p->setPen(QPen(TextColour, 1.8));
                        p->setBrush(Qt::white);
                        p->drawPath(markerPath(Marker::Circle, mid, markerSize));
                        break;
                    case LegendEntry::Kind::Target: {
                        const QLineF mark(mid.x(), mid.y() - markerSize, mid.x(),
                                          mid.y() + markerSize);
                        p->setPen(targetPen());
                        p->drawLine(mark);
                        break;
                    }
                    }
                    p->setPen(TextColour);
                    drawLines(p,
                              QRectF(r.left() + SampleWidth + SampleGap, r.top(),
                                     r.width() - SampleWidth - SampleGap, r.height()),
                              legendFont, e.entry.text.lines, e.entry.text.widths, 0,
                              Qt::AlignLeft);
                }
            });
        legend->setZValue(LabelZ);
        m_decorations.push_back(legend);
    }
}

QString RadarChartView::toolTipFor(int series, int axis) const
{
    if (series < 0 || size_t(series) >= m_series.size() || axis < 0 || axis >= m_labels.size())
        return {};
    const RadarSeriesData& s = m_series[size_t(series)];
    const auto& values = s.values;
    const QString value =
        size_t(axis) < values.size() && values[size_t(axis)]
            ? tr("%1 of %2").arg(valueText(*values[size_t(axis)]), valueText(m_max))
            : tr("no answer");
    QString tip = tr("%1: %2").arg(m_labels[axis], value);
    const QString date =
        s.date.isValid() ? QLocale().toString(s.date, QLocale::ShortFormat) : QString();
    QStringList context;
    if (!date.isEmpty())
        context << date;
    if (!s.label.isEmpty() && s.label != date)
        context << s.label;
    if (!context.isEmpty())
        tip += u'\n' + context.join(u" · ");
    return tip;
}

void RadarChartView::showToolTip(int series, const QPointF& point, bool state)
{
    if (!state || m_labels.isEmpty()) {
        QToolTip::hideText();
        return;
    }
    // A point marker reports its own point; a line reports where the mouse is on it, so name
    // the nearest axis.
    const int n = int(m_labels.size());
    const int axis = int(std::lround(point.x())) % n;
    QToolTip::showText(QCursor::pos(), toolTipFor(series, axis), this);
}

void RadarChartView::renderTo(QPainter* painter, const QRectF& target, const QSizeF& layoutSize)
{
    const QSizeF size = layoutSize.isValid() && !layoutSize.isEmpty() ? layoutSize : target.size();
    const QSizeF saved = m_chart->size();
    const bool resized = size != saved;
    if (resized) {
        m_chart->layout()->setContentsMargins(0, 0, 0, 0); // see resizeEvent()
        m_chart->resize(size);                             // lays out through geometryChanged
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    scene()->render(painter, target, QRectF(m_chart->pos(), size), Qt::IgnoreAspectRatio);
    painter->restore();
    if (resized) {
        m_chart->layout()->setContentsMargins(0, 0, 0, 0);
        m_chart->resize(saved);
    }
}

} // namespace tilltro::chart

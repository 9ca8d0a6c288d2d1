#pragma once

#include <QChartView>
#include <QDate>
#include <QFont>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

#include "radargeometry.h"

QT_BEGIN_NAMESPACE
class QGraphicsItem;
class QGraphicsPolygonItem;
class QLineSeries;
class QPainter;
class QPolarChart;
class QScatterSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace tilltro::chart {

/// One overlaid outline: an occasion, or one side (deltagare / handledare) of an occasion.
struct RadarSeriesData {
    QString label; ///< legend text, already translated (e.g. "2026-03-03" or "Handledaren")
    QDate date;    ///< shown with the value on hover; may be invalid
    /// The value per axis, in axis order; std::nullopt (or a missing entry) is a non-answer,
    /// drawn as a gap with a hollow marker, never as a zero.
    std::vector<std::optional<double>> values;
    bool filled = false; ///< translucent fill, for the latest occasion
    int style = -1;      ///< seriesStyle() index; -1 = the position in the list
};

/// Core values (analysis::indicatorValues()) as chart values: a non-answer stays a gap.
std::vector<std::optional<double>> radarValues(const std::vector<std::optional<int>>& values);

/// A delmål target: drawn as a dashed mark across `axis` at `level`.
struct RadarTarget {
    int axis = 0;
    double level = 0;
    QString text; ///< the delmål, shown on hover
};

/// The radar (spider) chart: a QPolarChart with the deltagare's ratings per indicator, any
/// number of occasions overlaid, a polygonal web (not Qt's circles), gaps for non-answers,
/// BIP-significant axes marked and delmål targets. Plain values in; no SQL.
///
/// Qt Charts draws the outlines and point markers (and reports hovering); the web and its
/// spokes, the fills (a polar area series would close through the centre at a gap), the axis
/// labels (Qt's angular labels can neither wrap nor be bold one by one), gap markers, target
/// marks and the legend (Qt's legend shows neither pen styles nor marker shapes) are items on
/// the chart placed by radarGeometry(), so what is drawn is what the geometry tests check. On
/// every resize the legend goes beside the radar or under it, whichever leaves the larger web,
/// and the label font shrinks (to 60 % at most) before a label is broken inside a word.
class RadarChartView : public QChartView {
    Q_OBJECT

public:
    /// What stands for one RadarSeriesData in the chart. The chart owns the series.
    struct SeriesItems {
        /// One line series per unbroken stretch of the outline: split at every gap, and where
        /// a stretch passes 12 o'clock (the end of the angular axis).
        std::vector<QLineSeries*> outline;
        QScatterSeries* markers = nullptr; ///< the points that have a value
        /// The translucent area when filled (RadarSeriesGeometry::fill): an item on the chart,
        /// since a polar area series always closes through the centre. Remade on every layout.
        QGraphicsPolygonItem* fill = nullptr;
    };

    explicit RadarChartView(QWidget* parent = nullptr);
    ~RadarChartView() override;

    /// The axes: one label per axis (instrument order), whether each is BIP-significant (bold,
    /// with a star), and the shared scale min (centre) .. max (rim) with a web ring every
    /// `step`. Clears nothing else; series and targets refer to axes by index.
    void setAxes(const QStringList& labels, const std::vector<bool>& significant, double min,
                 double max, double step = 1);
    /// Replaces the overlaid outlines; drawn in this order (the last on top).
    void setSeries(std::vector<RadarSeriesData> series);
    /// Replaces the target marks. Targets on an axis that does not exist are ignored.
    void setTargets(std::vector<RadarTarget> targets);

    QPolarChart* polarChart() const { return m_chart; }
    const std::vector<RadarSeriesData>& series() const { return m_series; }
    /// The legend names of the overlaid outlines, in order.
    QStringList seriesNames() const;
    const SeriesItems& seriesItems(int index) const { return m_items.at(size_t(index)); }
    /// The current layout, in chart (and scene) coordinates.
    const RadarGeometry& radarGeometry() const { return m_geometry; }
    /// The label font size (pixels) the layout settled on; it shrinks in small views.
    int labelPixelSize() const { return m_labelFont.pixelSize(); }
    const std::vector<QGraphicsItem*>& targetMarks() const { return m_targetItems; }
    const std::vector<QGraphicsItem*>& gapMarkers() const { return m_gapItems; }
    /// The legend's box, in chart coordinates.
    QRectF legendRect() const { return m_legendRect; }

    /// The chart in words, for screen readers (the view's accessible description, kept up to
    /// date by setAxes() and setSeries()): one line per outline, its label and the value of
    /// every axis ("no answer" for a gap), e.g. "2026-03-03: Hälsa: 6 of 10; …".
    QString valuesText() const;

    /// What hovering the point of `series` on `axis` shows: indicator, value (or "no
    /// answer"), date and label.
    QString toolTipFor(int series, int axis) const;

    /// Draws the chart into `target` on any painter (a QImage, QPdfWriter, QPrinter...)
    /// without a visible widget; vector output on vector devices. The chart is laid out at
    /// `layoutSize` logical pixels (default: target's size) and scaled into `target`, so a
    /// PDF gets the same proportions and font sizes relative to the chart as the screen.
    /// The view's own layout is restored afterwards.
    void renderTo(QPainter* painter, const QRectF& target, const QSizeF& layoutSize = {});

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct LegendEntry;
    struct Wrapped;

    void rebuildSeries();
    void relayout();
    void clearDecorations();
    void addDecorations();
    void layoutLegend(const QRectF& area);
    Wrapped wrapLabel(int axis, const QFont& font, double width) const;
    /// The narrowest candidate wrap width (see RadarLayoutInput::wrapWidths) at which no
    /// label breaks inside a word.
    double wholeWordWidth(const QFont& font) const;
    void showToolTip(int series, const QPointF& point, bool state);

    QPolarChart* m_chart = nullptr;
    QValueAxis* m_angularAxis = nullptr;
    QValueAxis* m_radialAxis = nullptr;
    QStringList m_labels;
    std::vector<bool> m_significant;
    double m_min = 1;
    double m_max = 10;
    double m_step = 1;
    std::vector<RadarSeriesData> m_series;
    std::vector<RadarTarget> m_targets;
    std::vector<SeriesItems> m_items;

    RadarGeometry m_geometry;
    QFont m_labelFont;
    QFont m_legendFont;
    QRectF m_legendRect;
    double m_markerSize = 9;
    std::vector<LegendEntry> m_legend;
    std::vector<QGraphicsItem*> m_decorations; ///< everything below, owned by the chart
    std::vector<QGraphicsItem*> m_targetItems;
    std::vector<QGraphicsItem*> m_gapItems;
    bool m_inLayout = false;
};

} // namespace tilltro::chart

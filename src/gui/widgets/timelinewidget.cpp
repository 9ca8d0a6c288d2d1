#include "timelinewidget.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

#include "core/analysis/insatsanalysis.h"
#include "core/instrument/instrument.h"

using namespace Qt::StringLiterals;

namespace tilltro::gui {

namespace {

constexpr int LaneHeight = 20;
constexpr int SeriesHeight = 40;
constexpr int LabelWidth = 150;
constexpr int AxisHeight = 18;
constexpr int Margin = 6;

// A colour and a pattern per lane, so that the lanes differ without colour too; an instrument
// with more categories than these reuses them in order (the lane's label still tells them apart).
const QColor LaneColours[] = {QColor(0x1f, 0x6f, 0xb4), QColor(0x2e, 0x8b, 0x57),
                              QColor(0xb0, 0x5a, 0x00), QColor(0x7a, 0x3e, 0x9d),
                              QColor(0x4a, 0x4a, 0x4a), QColor(0x00, 0x6d, 0x6d)};
const Qt::BrushStyle LanePatterns[] = {Qt::SolidPattern,    Qt::Dense3Pattern, Qt::BDiagPattern,
                                       Qt::CrossPattern,    Qt::Dense5Pattern, Qt::HorPattern,
                                       Qt::DiagCrossPattern};

/// The lanes of `d`: its categories, then any category of a period they do not list.
std::vector<TimelineData::Category> lanesOf(const TimelineData& d)
{
    std::vector<TimelineData::Category> lanes = d.categories;
    for (const InsatsPeriod& p : d.insatser) {
        if (std::none_of(lanes.begin(), lanes.end(),
                         [&p](const auto& lane) { return lane.key == p.category; }))
            lanes.push_back({p.category, p.category, false});
    }
    return lanes;
}

QString jobOrientedOf(const TimelineData& d)
{
    for (const auto& c : d.categories) {
        if (c.jobOriented)
            return c.key;
    }
    return {};
}

QString labelOf(const TimelineData& d, const QString& key)
{
    for (const auto& c : d.categories) {
        if (c.key == key)
            return c.label;
    }
    return key;
}

} // namespace

TimelineWidget::TimelineWidget(QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Timeline of insatser and assessments"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setFocusPolicy(Qt::StrongFocus); // a screen reader can reach its description
}

void TimelineWidget::setData(TimelineData data)
{
    m_data = std::move(data);
    setAccessibleDescription(description());
    setToolTip(description());
    update();
}

QSize TimelineWidget::sizeHint() const
{
    return {640, minimumSizeHint().height()};
}

QSize TimelineWidget::minimumSizeHint() const
{
    const int lanes = int(lanesOf(m_data).size()) + 1; // and the days without any insats
    return {LabelWidth + 200,
            2 * Margin + lanes * LaneHeight + 3 * SeriesHeight + 2 * AxisHeight + 8};
}

QString TimelineWidget::description() const
{
    const TimelineData& d = m_data;
    if (!d.from.isValid() || !d.to.isValid())
        return tr("No participation period to show.");
    QStringList lines;
    lines << tr("From %1 to %2.").arg(d.from.toString(Qt::ISODate), d.to.toString(Qt::ISODate));
    for (const InsatsPeriod& p : d.insatser) {
        lines << tr("Insats, %1: %2, %3 to %4.")
                     .arg(InsatsLists::inSentence(labelOf(d, p.category)), p.title,
                          p.start.toString(Qt::ISODate),
                          p.end.isValid() ? p.end.toString(Qt::ISODate) : tr("running"));
    }
    const analysis::InsatsSummary summary =
        analysis::analyseInsatser(d.insatser, d.from, d.to, jobOrientedOf(d));
    lines << tr("%n day(s) without any insats.", nullptr, summary.daysWithout);
    for (const TimelineData::Point& p : d.occasions) {
        const QString none = tr("no answer");
        lines << tr("Assessment %1: %2 %3, goal-directedness %4, belief %5.")
                     .arg(p.date.toString(Qt::ISODate), d.klaraJobbLabel,
                          p.klaraJobb ? QString::number(*p.klaraJobb) : none,
                          p.malmedvetenhet ? QString::number(*p.malmedvetenhet) : none,
                          p.tilltro ? p.tilltroLabel : none);
    }
    return lines.join(u'\n');
}

void TimelineWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const TimelineData& d = m_data;
    const QPalette pal = palette();
    p.fillRect(rect(), pal.base());
    p.setPen(pal.text().color());
    if (!d.from.isValid() || !d.to.isValid() || d.from > d.to) {
        p.drawText(rect(), Qt::AlignCenter, tr("No participation period to show."));
        return;
    }
    const QFontMetrics fm = fontMetrics();
    const int left = Margin + LabelWidth;
    const int right = width() - Margin - 8;
    const qint64 days = std::max<qint64>(1, d.from.daysTo(d.to));
    const auto x = [&](const QDate& date) {
        const qint64 offset = std::clamp<qint64>(d.from.daysTo(date), 0, days);
        return left + double(right - left) * double(offset) / double(days);
    };
    const QColor grid = pal.mid().color();
    const QColor muted = pal.placeholderText().color();

    // The lanes: one per category, then the days without any insats.
    int y = Margin;
    const std::vector<TimelineData::Category> lanes = lanesOf(d);
    for (std::size_t lane = 0; lane < lanes.size(); ++lane) {
        const TimelineData::Category& c = lanes[lane];
        const QColor colour = LaneColours[lane % std::size(LaneColours)];
        const Qt::BrushStyle pattern = LanePatterns[lane % std::size(LanePatterns)];
        p.setPen(pal.text().color());
        p.drawText(QRect(Margin, y, LabelWidth - 6, LaneHeight), Qt::AlignVCenter | Qt::AlignLeft,
                   fm.elidedText(c.label, Qt::ElideRight, LabelWidth - 6));
        // Periods of one category that overlap go on rows of their own within the lane.
        std::vector<const InsatsPeriod*> periods;
        for (const InsatsPeriod& period : d.insatser) {
            if (period.category == c.key && period.start.isValid())
                periods.push_back(&period);
        }
        std::sort(periods.begin(), periods.end(),
                  [](const auto* a, const auto* b) { return a->start < b->start; });
        std::vector<QDate> rowEnds; // the last day taken on each row; invalid: running
        std::vector<std::size_t> rowOf;
        for (const InsatsPeriod* period : periods) {
            std::size_t row = 0;
            while (row < rowEnds.size() &&
                   (!rowEnds[row].isValid() || rowEnds[row] >= period->start))
                ++row;
            if (row == rowEnds.size())
                rowEnds.emplace_back();
            rowEnds[row] = period->end;
            rowOf.push_back(row);
        }
        const double rowHeight =
            double(LaneHeight - 4) / double(std::max<std::size_t>(1, rowEnds.size()));
        for (std::size_t i = 0; i < periods.size(); ++i) {
            const InsatsPeriod& period = *periods[i];
            const QDate end = period.end.isValid() ? std::min(period.end, d.to) : d.to;
            const double top = y + 2 + rowHeight * double(rowOf[i]);
            const QRectF bar(QPointF(x(period.start), top + 0.5),
                             QPointF(std::max(x(end), x(period.start) + 3), top + rowHeight - 0.5));
            p.setPen(QPen(colour, 1));
            p.setBrush(QBrush(colour, pattern));
            p.drawRect(bar);
            if (pattern == Qt::SolidPattern && bar.height() >= fm.height() - 2 &&
                fm.horizontalAdvance(period.title) + 6 < bar.width()) {
                p.setPen(Qt::white);
                p.drawText(bar.adjusted(3, 0, -3, 0), Qt::AlignVCenter | Qt::AlignLeft,
                           period.title);
            }
        }
        y += LaneHeight;
    }
    p.setPen(pal.text().color());
    p.drawText(QRect(Margin, y, LabelWidth - 6, LaneHeight), Qt::AlignVCenter | Qt::AlignLeft,
               tr("No insats"));
    const analysis::InsatsSummary summary =
        analysis::analyseInsatser(d.insatser, d.from, d.to, jobOrientedOf(d));
    for (const auto& [first, last] : summary.gaps) {
        const QRectF gap(QPointF(x(first), y + 3),
                         QPointF(std::max(x(last.addDays(1)), x(first) + 3), y + LaneHeight - 3));
        p.setPen(QPen(QColor(0x8b, 0x00, 0x00), 1));
        p.setBrush(QBrush(QColor(0x8b, 0x00, 0x00), Qt::FDiagPattern));
        p.drawRect(gap);
        const QString text = tr("%n d", nullptr, int(first.daysTo(last) + 1));
        if (fm.horizontalAdvance(text) + 6 < gap.width()) {
            p.setPen(pal.text().color());
            p.fillRect(QRectF(gap.center().x() - fm.horizontalAdvance(text) / 2.0 - 2, gap.top(),
                              fm.horizontalAdvance(text) + 4, gap.height()),
                       pal.base());
            p.drawText(gap, Qt::AlignCenter, text);
        }
    }
    y += LaneHeight + 4;

    // The series: the deltagare's own rating, then the handledare's two judgements.
    struct Series {
        QString label;
        int min;
        int max;
        std::function<std::optional<int>(const TimelineData::Point&)> value;
        std::function<QString(const TimelineData::Point&)> text;
        QColor colour;
    };
    const std::vector<Series> series = {
        {tr("%1 (deltagare)").arg(d.klaraJobbLabel), 1, 10,
         [](const auto& pt) { return pt.klaraJobb; },
         [](const auto& pt) { return QString::number(*pt.klaraJobb); }, QColor(0x1f, 0x6f, 0xb4)},
        {tr("Goal-directedness"), 1, 10, [](const auto& pt) { return pt.malmedvetenhet; },
         [](const auto& pt) { return QString::number(*pt.malmedvetenhet); },
         QColor(0x2e, 0x8b, 0x57)},
        {tr("Belief"), 1, std::max(2, d.tilltroLevels), [](const auto& pt) { return pt.tilltro; },
         [](const auto& pt) { return pt.tilltroLabel; }, QColor(0xb0, 0x5a, 0x00)},
    };

    for (const Series& s : series) {
        p.setPen(pal.text().color());
        p.drawText(QRect(Margin, y, LabelWidth - 6, SeriesHeight),
                   Qt::AlignVCenter | Qt::AlignLeft | Qt::TextWordWrap, s.label);
        p.setPen(QPen(grid, 1, Qt::DotLine));
        p.drawLine(QPointF(left, y + SeriesHeight - 1), QPointF(right, y + SeriesHeight - 1));
        const auto valueY = [&](int v) {
            return y + 6 + double(SeriesHeight - 12) * double(s.max - v) / double(s.max - s.min);
        };
        QPainterPath path;
        bool started = false;
        for (const TimelineData::Point& pt : d.occasions) {
            const auto v = s.value(pt);
            if (!v)
                continue;
            const QPointF at(x(pt.date), valueY(*v));
            started ? path.lineTo(at) : path.moveTo(at);
            started = true;
        }
        p.setPen(QPen(s.colour, 2));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        for (const TimelineData::Point& pt : d.occasions) {
            const auto v = s.value(pt);
            if (!v)
                continue;
            const QPointF at(x(pt.date), valueY(*v));
            p.setPen(QPen(s.colour, 2));
            p.setBrush(pal.base());
            p.drawEllipse(at, 3.5, 3.5);
            p.setPen(pal.text().color());
            p.drawText(QPointF(at.x() + 6,
                               std::clamp(at.y() + fm.ascent() / 2.0 - 1, double(y + fm.ascent()),
                                          double(y + SeriesHeight - 2))),
                       s.text(pt));
        }
        y += SeriesHeight;
    }

    // The occasions across everything, dated on the axis; the axis's ends.
    const int bottom = y;
    p.setPen(QPen(muted, 1, Qt::DashLine));
    for (const TimelineData::Point& pt : d.occasions)
        p.drawLine(QPointF(x(pt.date), Margin), QPointF(x(pt.date), bottom));
    p.setPen(QPen(grid, 1));
    p.drawLine(QPointF(left, bottom), QPointF(right, bottom));
    p.setPen(pal.text().color());
    double lastRight = -1e9;
    for (const TimelineData::Point& pt : d.occasions) {
        const QString text = pt.date.toString(u"yyyy-MM-dd"_s);
        const double w = fm.horizontalAdvance(text);
        const double cx = std::clamp(x(pt.date) - w / 2, double(left) - 20, double(right) - w);
        if (cx < lastRight + 4)
            continue; // dates too close to write both; the description has them all
        p.drawText(QPointF(cx, bottom + fm.ascent() + 2), text);
        lastRight = cx + w;
    }
    p.setPen(muted);
    p.drawText(QRect(Margin, bottom + 2, LabelWidth - 6, AxisHeight), Qt::AlignLeft,
               tr("Assessments"));
}

} // namespace tilltro::gui

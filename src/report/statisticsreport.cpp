#include "statisticsreport.h"

#include <QDate>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

#include "core/analysis/signals.h"
#include "core/domain/insats.h"
#include "core/exchange/statisticsjson.h"
#include "core/instrument/instrument.h"
#include "pagedocument.h"

using namespace Qt::StringLiterals;

namespace tilltro::report {

namespace {

using analysis::IndicatorChange;
using analysis::UnitStatistics;
using CellText = FlowBuilder::CellText;
using CellContent = FlowBuilder::CellContent;

struct Styles {
    TextStyle body{10, false, false, TextColour, 1.25};
    TextStyle muted{9, false, false, MutedColour, 1.25};
    TextStyle title{22, true, false, HeadingColour, 1.1};
    TextStyle heading{14, true, false, HeadingColour, 1.1};
    TextStyle cell{9.5, false, false, TextColour, 1.2};
    TextStyle cellBold{9.5, true, false, TextColour, 1.2};
    TextStyle small{8, false, false, MutedColour, 1.1};
    TextStyle footer{8, false, false, MutedColour, 1.1};
};

// The bars: worsened to the left, unchanged in the middle, improved to the right. Each also
// carries its share as text, and a hatch tells worsened from improved without colour.
const QColor WorsenedColour(0xc2, 0x4e, 0x1a);
const QColor UnchangedColour(0xc8, 0xc8, 0xc8);
const QColor ImprovedColour(0x1f, 0x6f, 0xb4);

struct StatisticsLayout : PagedLayout {
    Styles styles;
    QString period;
};

CellContent cell(const QString& text, const TextStyle& style)
{
    // "färre än 5" in smaller type, so it fits a number's column.
    if (text == exchange::suppressedText() || text == exchange::hiddenText())
        return {CellText{text, TextStyle{7.5, false, false, MutedColour, 1.2}, 0}};
    return {CellText{text, style, 0}};
}

QString percent(double share)
{
    return QLocale().toString(share * 100, 'f', 0) + u"\u00a0%"_s;
}

/// One diverging bar per row: a label, then the bar centred on "unchanged".
struct BarRow {
    QString label;
    IndicatorChange change;
};

/// The start of a chart row: its label on the left and, when its figures are not shown, why
/// in `plot` ("–" for no one, else "färre än 5"). Returns whether the figures are shown.
bool paintRowStart(QPainter* p, const QRectF& labelBox, const BarRow& row, const QRectF& plot,
                   Qt::Alignment alignment, bool shown, const Styles& styles)
{
    p->setPen(TextColour);
    p->setFont(layoutFont(documentFamily(), styles.cell));
    p->drawText(labelBox, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine, row.label);
    p->setFont(layoutFont(documentFamily(), styles.small));
    if (!shown) {
        // On a clear ground: the chart's grid lines run behind.
        const QString text = exchange::missingPartText(row.change.n);
        const QRectF bounds = p->boundingRect(plot, alignment, text).adjusted(-pt(2), 0, pt(2), 0);
        p->fillRect(bounds, Qt::white);
        p->setPen(MutedColour);
        p->drawText(plot, alignment, text);
    }
    return shown;
}

void paintDivergingBars(QPainter* p, const QPointF& at, double width,
                        const std::vector<BarRow>& rows, const Styles& styles)
{
    const double rowHeight = mm(7);
    const double labelWidth = width * 0.28;
    const double textWidth = mm(60);
    const double barLeft = at.x() + labelWidth;
    const double barWidth = width - labelWidth - textWidth - mm(2);
    p->save();
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const double y = at.y() + double(i) * rowHeight;
        const IndicatorChange& c = rows[i].change;
        if (!paintRowStart(p, QRectF(at.x(), y, labelWidth - mm(2), rowHeight), rows[i],
                           QRectF(barLeft, y, barWidth, rowHeight),
                           Qt::AlignVCenter | Qt::AlignLeft,
                           c.improved || c.worsened || c.unchanged, styles))
            continue;
        // One bar of 100 %: down on the left (hatched), the same in the middle, up on the right,
        // and what is hidden of a shown group at the end, dotted.
        const double top = y + mm(1.2);
        const double height = rowHeight - mm(2.4);
        const double down = c.worsened.value_or(0), same = c.unchanged.value_or(0),
                     up = c.improved.value_or(0);
        const QRectF worsened(barLeft, top, down * barWidth, height);
        const QRectF unchanged(worsened.right(), top, same * barWidth, height);
        const QRectF improved(unchanged.right(), top, up * barWidth, height);
        const QRectF hidden(improved.right(), top, std::max(0.0, 1.0 - down - same - up) * barWidth,
                            height);
        p->fillRect(worsened, WorsenedColour);
        p->fillRect(worsened, QBrush(Qt::white, Qt::BDiagPattern));
        p->fillRect(unchanged, UnchangedColour);
        p->fillRect(improved, ImprovedColour);
        p->fillRect(hidden, QBrush(MutedColour, Qt::Dense6Pattern));
        p->setPen(TextColour);
        const auto part = [&](const std::optional<double>& share) { return partText(share, c.n); };
        p->drawText(QRectF(barLeft + barWidth + mm(2), y, textWidth, rowHeight),
                    Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine,
                    Report::tr("down %1 · same %2 · up %3")
                        .arg(part(c.worsened), part(c.unchanged), part(c.improved)));
    }
    p->restore();
}

/// Box plots of the change in each group, on one axis from the scale's −9 to +9.
void paintBoxPlots(QPainter* p, const QPointF& at, double width, const std::vector<BarRow>& rows,
                   const Styles& styles)
{
    const double rowHeight = mm(7);
    const double labelWidth = width * 0.38;
    const double left = at.x() + labelWidth;
    const double axisWidth = width - labelWidth - mm(2);
    constexpr double Min = -9, Max = 9;
    const auto x = [&](double v) { return left + (v - Min) / (Max - Min) * axisWidth; };
    const QFont font = layoutFont(documentFamily(), styles.small);
    p->save();
    const double bottom = at.y() + double(rows.size()) * rowHeight;
    p->setFont(font);
    for (int v = -9; v <= 9; v += 3) {
        p->setPen(QPen(v == 0 ? MutedColour : QColor(0xdd, 0xdd, 0xdd), pt(v == 0 ? 0.8 : 0.4)));
        p->drawLine(QPointF(x(v), at.y()), QPointF(x(v), bottom));
        p->setPen(MutedColour);
        p->drawText(QRectF(x(v) - mm(5), bottom, mm(10), mm(4)), Qt::AlignCenter,
                    v > 0 ? u"+%1"_s.arg(v) : QString::number(v));
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const double y = at.y() + double(i) * rowHeight;
        const IndicatorChange& c = rows[i].change;
        if (!paintRowStart(p, QRectF(at.x(), y, labelWidth - mm(2), rowHeight), rows[i],
                           QRectF(left, y, axisWidth, rowHeight), Qt::AlignCenter,
                           c.q1 && c.median && c.q3, styles))
            continue;
        const QRectF box(QPointF(x(*c.q1), y + mm(1.5)),
                         QPointF(x(*c.q3), y + rowHeight - mm(1.5)));
        p->setPen(QPen(HeadingColour, pt(0.8)));
        p->setBrush(QColor(0xdc, 0xe8, 0xf4));
        p->drawRect(box.width() < pt(1) ? box.adjusted(-pt(0.5), 0, pt(0.5), 0) : box);
        p->setPen(QPen(HeadingColour, pt(2)));
        p->drawLine(QPointF(x(*c.median), box.top()), QPointF(x(*c.median), box.bottom()));
    }
    p->restore();
}

QString combinationText(const std::vector<QString>& combination,
                        const std::function<QString(const QString&)>& label)
{
    if (combination.empty())
        return Report::tr("no insats");
    QStringList names;
    for (const QString& c : combination)
        names << InsatsLists::inSentence(label ? label(c) : c);
    return names.join(u" + "_s);
}

class StatisticsBuilder {
public:
    StatisticsBuilder(FlowBuilder& flow, const Styles& styles, const UnitStatistics& s,
                      const StatisticsLabels& labels)
        : m_flow(flow)
        , m_s(styles)
        , m_stats(s)
        , m_labels(labels)
    {
    }

    void build()
    {
        m_flow.heading(Report::tr("Statistics for the unit"), m_s.title, 0);
        QStringList about{Report::tr("Period: %1").arg(periodText(m_stats))};
        about << m_labels.filters;
        if (m_stats.sources > 1)
            about << Report::tr("Merged from %n summaries.", nullptr, m_stats.sources);
        m_flow.paragraph(about.join(u'\n'), m_s.muted, mm(2));
        m_flow.paragraph(Report::tr("No figure rests on fewer than 5 deltagare; where a group is "
                                    "smaller the figure reads \"%1\". Change is the latest "
                                    "assessment in the period minus the first.")
                                 .arg(exchange::suppressedText()) +
                             u' ' + hiddenExplanation(),
                         m_s.muted, mm(1));
        keyFigures();
        changeBars();
        tilltroAndContinuity();
        outcomes();
        for (std::size_t i = 0; i < m_stats.indicators.size(); ++i)
            indicatorPage(i);
    }

private:
    void keyFigures()
    {
        m_flow.heading(Report::tr("Key figures"), m_s.heading, mm(5));
        const std::vector<std::vector<CellContent>> rows = {
            {cell(Report::tr("Deltagare in the period"), m_s.cell),
             cell(countText(m_stats.participants), m_s.cellBold)},
            {cell(Report::tr("Completed assessments in the period"), m_s.cell),
             cell(countText(m_stats.occasions), m_s.cellBold)},
            {cell(Report::tr("Deltagare with two assessments or more"), m_s.cell),
             cell(partText(m_stats.withTwoOccasions, m_stats.participants), m_s.cellBold)},
            {cell(Report::tr("Overdue assessments at the end of the period"), m_s.cell),
             cell(partText(m_stats.overdue, m_stats.participants), m_s.cellBold)},
            {cell(Report::tr("Parallel insatser"), m_s.cell),
             cell(partText(m_stats.parallelShare, m_stats.participants), m_s.cellBold)},
            {cell(Report::tr("A job-oriented insats in parallel with another (BIP: %1)")
                      .arg(percent(analysis::BipParallelWithJobOrientedShare)),
                  m_s.cell),
             cell(partText(m_stats.parallelWithJobOrientedShare, m_stats.participants),
                  m_s.cellBold)},
            {cell(Report::tr("Changed handledare in the period (BIP: each change lowers the "
                             "job chance by about 22 %)"),
                  m_s.cell),
             cell(partText(m_stats.handledareChangeShare, m_stats.participants), m_s.cellBold)},
        };
        FlowBuilder::TableStyle style;
        style.zebra = QColor(0xf4, 0xf4, 0xf4);
        m_flow.table({{1, Qt::AlignLeft, 0}, {0, Qt::AlignRight, mm(30)}}, {}, rows, style, mm(2),
                     true);
    }

    std::vector<BarRow> indicatorRows(const std::vector<IndicatorChange>& list) const
    {
        std::vector<BarRow> rows;
        for (const IndicatorChange& c : list)
            rows.push_back({m_labels.indicator(c.key), c});
        return rows;
    }

    void changeBars()
    {
        m_flow.heading(Report::tr("Change per indicator, the deltagare's own rating"), m_s.heading,
                       mm(5));
        m_flow.paragraph(Report::tr("Of the deltagare with two assessments in the period: the "
                                    "share who went down (hatched, left), stayed the same "
                                    "(grey) and went up (blue, right)."),
                         m_s.muted, mm(1), 0, 0, true);
        const std::vector<BarRow> rows = indicatorRows(m_stats.indicators);
        const double width = m_flow.width();
        const Styles styles = m_s;
        m_flow.block(
            double(rows.size()) * mm(7),
            [rows, width, styles](QPainter* p, const QPointF& at) {
                paintDivergingBars(p, at, width, rows, styles);
            },
            mm(2));
    }

    void tilltroAndContinuity()
    {
        m_flow.heading(Report::tr("Belief and continuity"), m_s.heading, mm(5));
        std::vector<std::vector<CellContent>> rows;
        for (const analysis::TilltroGroup& t : m_stats.tilltro) {
            rows.push_back(
                {cell(Report::tr("Belief at the first assessment: %1").arg(m_labels.tilltro(t.key)),
                      m_s.cell),
                 cell(partText(t.group.participants, m_stats.participants), m_s.cell),
                 cell(partText(t.share, t.group.participants), m_s.cell)});
        }
        rows.push_back(
            {cell(Report::tr("With a change of handledare"), m_s.cell),
             cell(partText(m_stats.withHandledareChange.participants, m_stats.participants),
                  m_s.cell),
             cell(partText(m_stats.handledareChangeShare, m_stats.participants), m_s.cell)});
        rows.push_back(
            {cell(Report::tr("Without a change of handledare"), m_s.cell),
             cell(partText(m_stats.withoutHandledareChange.participants, m_stats.participants),
                  m_s.cell),
             cell({}, m_s.cell)});
        FlowBuilder::TableStyle style;
        m_flow.table(
            {{1, Qt::AlignLeft, 0}, {0, Qt::AlignRight, mm(25)}, {0, Qt::AlignRight, mm(25)}},
            {cell(Report::tr("Group"), m_s.cellBold), cell(Report::tr("Deltagare"), m_s.cellBold),
             cell(Report::tr("Share"), m_s.cellBold)},
            rows, style, mm(2), true);
    }

    void outcomes()
    {
        m_flow.heading(Report::tr("Ended participations by insatser"), m_s.heading, mm(5));
        if (m_stats.outcomes.empty()) {
            m_flow.paragraph(Report::tr("No participation ended in the period."), m_s.body, mm(1));
            return;
        }
        std::vector<std::vector<CellContent>> rows;
        for (const analysis::OutcomeRow& row : m_stats.outcomes) {
            rows.push_back({cell(combinationText(row.combination, m_labels.category), m_s.cell),
                            cell(countText(row.ended), m_s.cell),
                            cell(partText(row.arbete, row.ended), m_s.cell),
                            cell(partText(row.studier, row.ended), m_s.cell),
                            cell(partText(row.other, row.ended), m_s.cell)});
        }
        FlowBuilder::TableStyle style;
        m_flow.table(
            {{1, Qt::AlignLeft, 0},
             {0, Qt::AlignRight, mm(23)},
             {0, Qt::AlignRight, mm(23)},
             {0, Qt::AlignRight, mm(23)},
             {0, Qt::AlignRight, mm(23)}},
            {cell(Report::tr("Insatser during the participation"), m_s.cellBold),
             cell(Report::tr("Ended"), m_s.cellBold), cell(Report::tr("Work"), m_s.cellBold),
             cell(Report::tr("Studies"), m_s.cellBold), cell(Report::tr("Other"), m_s.cellBold)},
            rows, style, mm(2), true);
    }

    void indicatorPage(std::size_t index)
    {
        const IndicatorChange& all = m_stats.indicators[index];
        const auto find = [&](const std::vector<IndicatorChange>& list) {
            const auto it = std::find_if(list.begin(), list.end(), [&](const IndicatorChange& c) {
                return c.key == all.key;
            });
            return it == list.end() ? IndicatorChange{all.key, {}, {}, {}, {}, {}, {}, {}} : *it;
        };
        std::vector<BarRow> groups = {
            {Report::tr("All, the deltagare's rating"), all},
            {Report::tr("All, the handledare's rating"), find(m_stats.handledareIndicators)},
            {Report::tr("With a change of handledare"),
             find(m_stats.withHandledareChange.indicators)},
            {Report::tr("Without a change of handledare"),
             find(m_stats.withoutHandledareChange.indicators)},
        };
        for (const analysis::TilltroGroup& t : m_stats.tilltro)
            groups.push_back(
                {Report::tr("Belief: %1").arg(m_labels.tilltro(t.key)), find(t.group.indicators)});

        m_flow.pageBreak();
        m_flow.heading(m_labels.indicator(all.key), m_s.title, 0);
        m_flow.paragraph(Report::tr("The change between each deltagare's first and latest "
                                    "assessment in the period. The box spans the middle half "
                                    "(lower to upper quartile), the thick line is the median."),
                         m_s.muted, mm(1), 0, 0, true);
        const double width = m_flow.width();
        const Styles styles = m_s;
        m_flow.block(
            double(groups.size()) * mm(7) + mm(5),
            [groups, width, styles](QPainter* p, const QPointF& at) {
                paintBoxPlots(p, at, width, groups, styles);
            },
            mm(3));
        std::vector<std::vector<CellContent>> rows;
        for (const BarRow& g : groups) {
            std::vector<CellContent> row{cell(g.label, m_s.cell)};
            for (const QString& text : indicatorCells(g.change))
                row.push_back(cell(text, m_s.cell));
            rows.push_back(std::move(row));
        }
        FlowBuilder::TableStyle style;
        style.zebra = QColor(0xf4, 0xf4, 0xf4);
        m_flow.table({{1, Qt::AlignLeft, 0},
                      {0, Qt::AlignRight, mm(14)},
                      {0, Qt::AlignRight, mm(16)},
                      {0, Qt::AlignRight, mm(22)},
                      {0, Qt::AlignRight, mm(20)},
                      {0, Qt::AlignRight, mm(20)},
                      {0, Qt::AlignRight, mm(20)}},
                     {cell(Report::tr("Group"), m_s.cellBold), cell(Report::tr("n"), m_s.cellBold),
                      cell(Report::tr("Median"), m_s.cellBold),
                      cell(Report::tr("Quartiles"), m_s.cellBold),
                      cell(Report::tr("Up"), m_s.cellBold), cell(Report::tr("Same"), m_s.cellBold),
                      cell(Report::tr("Down"), m_s.cellBold)},
                     rows, style, mm(4), true);
    }

    FlowBuilder& m_flow;
    const Styles& m_s;
    const UnitStatistics& m_stats;
    const StatisticsLabels& m_labels;
};

} // namespace

StatisticsLabels statisticsLabels(const Instrument& instrument, const InsatsLists& lists,
                                  const QString& language)
{
    StatisticsLabels labels;
    labels.indicator = [instrument, language](const QString& key) {
        const Indicator* indicator = instrument.indicator(key);
        return indicator ? indicator->label.text(language) : key;
    };
    labels.tilltro = [instrument, language](const QString& key) {
        if (const Question* q = instrument.question(QString::fromLatin1(analysis::TilltroKey))) {
            for (const ScaleOption& option : q->scale.options) {
                if (option.key == key)
                    return option.label.text(language);
            }
        }
        return key;
    };
    labels.category = [lists, language](const QString& key) {
        return lists.categoryLabel(key, language);
    };
    return labels;
}

StatisticsLabels statisticsLabels(const InsatsLists& lists)
{
    const QString language = QLocale().name().left(2);
    const auto instrument = Instrument::loadDefault();
    if (instrument)
        return statisticsLabels(instrument.value(), lists, language);
    const auto asWritten = [](const QString& key) { return key; };
    return {asWritten,
            asWritten,
            [lists, language](const QString& key) { return lists.categoryLabel(key, language); },
            {}};
}

QString shareText(const std::optional<double>& share)
{
    return share ? percent(*share) : exchange::suppressedText();
}

QString countText(const std::optional<int>& count)
{
    return count ? QLocale().toString(*count) : exchange::suppressedText();
}

QString partText(const std::optional<double>& share, const std::optional<int>& whole)
{
    return share ? percent(*share) : exchange::missingPartText(whole);
}

QString partText(const std::optional<int>& count, const std::optional<int>& whole)
{
    return count ? QLocale().toString(*count) : exchange::missingPartText(whole);
}

QString hiddenExplanation()
{
    return Report::tr("\"%1\": a part of a group that is shown, hidden because it, or a part it "
                      "could be worked out from, has fewer than 5 deltagare.")
        .arg(exchange::hiddenText());
}

QString noneText()
{
    return u"\u2013"_s;
}

QStringList indicatorCells(const IndicatorChange& c)
{
    if (c.n == 0)
        return {u"0"_s, noneText(), noneText(), noneText(), noneText(), noneText()};
    return {countText(c.n),
            c.median ? changeText(c.median) : exchange::missingPartText(c.n),
            c.q1 && c.q3 ? changeText(c.q1) + u" \u2013 "_s + changeText(c.q3)
                         : exchange::missingPartText(c.n),
            partText(c.improved, c.n),
            partText(c.unchanged, c.n),
            partText(c.worsened, c.n)};
}

QString changeText(const std::optional<double>& change)
{
    if (!change)
        return exchange::suppressedText();
    const double rounded = std::round(*change * 10) / 10;
    const QString digits = QLocale().toString(std::fabs(rounded), 'g', 3);
    return rounded > 0 ? u"+"_s + digits : rounded < 0 ? u"\u2212"_s + digits : u"0"_s;
}

QString periodText(const UnitStatistics& s)
{
    const QString from =
        s.from.isValid() ? s.from.toString(Qt::ISODate) : Report::tr("from the beginning");
    return from + u" \u2013 "_s + s.to.toString(Qt::ISODate);
}

Result<QByteArray> renderStatisticsPdf(const UnitStatistics& statistics,
                                       const StatisticsLabels& labels)
{
    const QString period = periodText(statistics);
    return renderPdfA(
        {Report::tr("Statistics for the unit %1").arg(period), {}},
        [&](QPagedPaintDevice* device) {
            return paintPages(
                device,
                [&](const QSizeF& pagePoints, const QMarginsF& unprintable) {
                    auto layout = std::make_unique<StatisticsLayout>();
                    layout->geometry = geometryFor(pagePoints, unprintable);
                    layout->period = period;
                    FlowBuilder flow(documentFamily(), layout->geometry.body.width());
                    StatisticsBuilder(flow, layout->styles, statistics, labels).build();
                    layout->pages = paginate(flow.slices(), layout->geometry.body.height());
                    return std::unique_ptr<PagedLayout>(std::move(layout));
                },
                [](QPainter* painter, const PagedLayout& paged, int page) {
                    const auto& layout = static_cast<const StatisticsLayout&>(paged);
                    paintFooter(painter, layout.geometry, layout.styles.footer,
                                {Report::tr("Statistics for the unit"), layout.period,
                                 Report::tr("Anonymous: no figure under 5 deltagare")},
                                page, int(layout.pages.size()));
                });
        },
        Report::tr("The statistics could not be drawn."));
}

} // namespace tilltro::report

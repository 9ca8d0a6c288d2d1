#pragma once

#include <QColor>
#include <QFont>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QPainter;
class QTextLayout;
QT_END_NAMESPACE

namespace tilltro::report {

// A small page-flow engine for printed documents: plain text laid out with QTextLayout (never
// rich text, so every string is drawn exactly as typed), tables whose rows are never cut in
// half and whose header row repeats on every page the table continues on, headings kept with
// what follows, and fixed blocks (a chart, signature lines) painted by a function.
//
// Everything is measured in layout units of a tenth of a point (UnitsPerPoint): fonts are
// pixel-sized in these units, so a 10.5 pt font is 105 units tall and glyph advances are exact
// to a thousandth of an em. paintPage() scales the painter from layout units to the device, so
// one layout serves a PDF, a printer and a print preview alike.

inline constexpr double UnitsPerPoint = 10;

/// Millimetres in layout units.
constexpr double mm(double millimetres)
{
    return millimetres / 25.4 * 72.0 * UnitsPerPoint;
}

/// Points in layout units.
constexpr double pt(double points)
{
    return points * UnitsPerPoint;
}

struct TextStyle {
    double points = 10;
    bool bold = false;
    bool italic = false;
    QColor colour = QColor(0x20, 0x20, 0x20);
    double lineSpacing = 1.15; ///< times the font's line height
};

/// The font of `style` based on `family` (its families and hints), pixel-sized in layout units
/// and unhinted, so measuring and drawing agree on every device.
QFont layoutFont(const QFont& family, const TextStyle& style);

/// Plain text laid out to a width: a list of lines that can be drawn one by one (so a
/// paragraph can flow over a page break). Line breaks in the text start new paragraphs; a word
/// longer than the width is broken inside; each paragraph finds its own direction (Arabic text
/// runs right to left). `boldPrefix` characters at the start are drawn bold (for "Label: text").
class TextBlock {
public:
    TextBlock() = default;
    TextBlock(const QString& text, const QFont& font, double width, Qt::Alignment alignment,
              const QColor& colour, double lineSpacing, int boldPrefix = 0);

    double height() const { return m_height; }
    double width() const { return m_width; }
    /// The widest line as laid out.
    double naturalWidth() const { return m_naturalWidth; }
    int lineCount() const { return int(m_lines.size()); }
    double lineTop(int line) const { return m_lines[size_t(line)].top; }
    double lineBottom(int line) const { return m_lines[size_t(line)].bottom; }
    /// Draws lines [from, to) so that the block's top is at `topLeft` shifted up by `shift`.
    void drawLines(QPainter* painter, const QPointF& topLeft, int from, int to,
                   double shift = 0) const;
    void draw(QPainter* painter, const QPointF& topLeft) const
    {
        drawLines(painter, topLeft, 0, lineCount());
    }
    /// The text of every line, in order (for tests and for searching).
    QStringList lineTexts() const;

private:
    struct Line {
        int paragraph = 0;
        int index = 0; ///< within the paragraph's QTextLayout
        double top = 0;
        double bottom = 0;
        double layoutY = 0; ///< where QTextLayout put it
    };
    std::vector<std::shared_ptr<QTextLayout>> m_paragraphs;
    std::vector<Line> m_lines;
    QColor m_colour;
    double m_height = 0;
    double m_width = 0;
    double m_naturalWidth = 0;
};

/// One cell of a table row (or of a one-cell "row" that holds a paragraph): text blocks
/// stacked with `gap` between them, at `x` in the row, `width` wide.
struct Cell {
    double x = 0;
    double width = 0;
    std::vector<TextBlock> blocks;
    double gap = 0;
};

/// A row: cells side by side, padding above and below, an optional background and rule.
/// Its height is that of the tallest cell plus padding.
struct Row {
    std::vector<Cell> cells;
    double width = 0;
    double padTop = 0;
    double padBottom = 0;
    QColor background; ///< invalid: none
    QColor rule;       ///< a line under the row; invalid: none
    double ruleWidth = 0;
    /// When the row was split over a page, per cell: lines above `skips` were drawn on an
    /// earlier page, lines ending below `limits` (when >= 0) are drawn on a later one.
    std::vector<double> skips;
    std::vector<double> limits;

    double contentHeight() const;
    double height() const;
    void paint(QPainter* painter, const QPointF& topLeft) const;
    /// Splits at `available` height: the first part holds the lines of each cell that end
    /// within it, the second the rest. Returns false when not even one line fits, or when
    /// everything does.
    bool split(double available, Row& first, Row& rest) const;

private:
    double skipOf(size_t cell) const;
    double limitOf(size_t cell) const;
};

/// One unit of the flow: a row (text, table row) or a fixed block painted by a function.
struct Slice {
    double spaceBefore = 0; ///< dropped at the top of a page
    bool keepWithNext = false;
    /// A paragraph may break between any two lines; a table row only when it is taller than
    /// a whole page.
    bool breakable = false;
    int table = -1;               ///< the table this row belongs to (its header repeats), or -1
    bool header = false;          ///< this is the header row of `table`
    bool pageBreakBefore = false; ///< starts a new page (unless the page is still empty)
    Row row;
    double fixedHeight = 0;                               ///< for a painted block
    std::function<void(QPainter*, const QPointF&)> paint; ///< set: a painted block

    double height() const { return paint ? fixedHeight : row.height(); }
};

/// A slice placed on a page, at `y` from the top of the page body.
struct Placed {
    Slice slice;
    double y = 0;
};

using Page = std::vector<Placed>;

/// Flows `slices` into pages with a body `bodyHeight` high: keeps chains of keepWithNext
/// slices together when they fit on a page, never starts a page with spaceBefore, repeats a
/// table's header row when the table continues on a new page, splits breakable slices between
/// lines and any slice taller than a page, and starts a new page before a slice marked
/// pageBreakBefore. Always returns at least one page.
std::vector<Page> paginate(const std::vector<Slice>& slices, double bodyHeight);

/// Builds slices for a column of text `width` wide.
class FlowBuilder {
public:
    FlowBuilder(const QFont& family, double width)
        : m_family(family)
        , m_width(width)
    {
    }

    double width() const { return m_width; }
    const QFont& family() const { return m_family; }
    /// The width `text` takes on one line in `style`.
    double textWidth(const QString& text, const TextStyle& style) const;
    TextBlock text(const QString& text, const TextStyle& style, double width,
                   Qt::Alignment alignment = Qt::AlignLeft, int boldPrefix = 0) const;

    /// A heading, kept with what follows.
    void heading(const QString& text, const TextStyle& style, double spaceBefore);
    /// A paragraph that may break between lines; `indent` from the left. With `keepWithNext`
    /// it stays whole and on the page of what follows (a caption).
    void paragraph(const QString& text, const TextStyle& style, double spaceBefore = 0,
                   double indent = 0, int boldPrefix = 0, bool keepWithNext = false);
    /// A fixed block `height` high painted by `paint` at its top-left (the column's left).
    void block(double height, std::function<void(QPainter*, const QPointF&)> paint,
               double spaceBefore = 0, bool keepWithNext = false);
    /// What is added next starts on a new page (e.g. after a cover page).
    void pageBreak() { m_pageBreak = true; }
    /// The last slice added stays on the page of what follows (e.g. a table and its caption).
    void keepWithNext()
    {
        if (!m_slices.empty())
            m_slices.back().keepWithNext = true;
    }

    struct Column {
        double fraction = 1; ///< of the width left after the fixed columns
        Qt::Alignment alignment = Qt::AlignLeft;
        double fixedWidth = 0; ///< > 0: exactly this wide (layout units), e.g. a number column
    };
    struct CellText {
        QString text;
        TextStyle style;
        int boldPrefix = 0;
    };
    using CellContent = std::vector<CellText>; ///< paragraphs stacked in one cell
    struct TableStyle {
        double padding = pt(3);
        double cellGap = pt(6); ///< between columns
        double paragraphGap = pt(2);
        QColor headerBackground = QColor(0xe8, 0xe8, 0xe8);
        QColor rule = QColor(0xb0, 0xb0, 0xb0);
        double ruleWidth = pt(0.5);
        QColor zebra; ///< background of every other row; invalid: none
    };
    /// A table: the header row (empty: none) repeats on every page the table continues on;
    /// rows are never cut in half unless one is taller than a page. With `keepTogether` the
    /// whole table starts on a new page rather than being split, when it fits on one.
    void table(const std::vector<Column>& columns, const std::vector<CellContent>& header,
               const std::vector<std::vector<CellContent>>& rows, const TableStyle& style,
               double spaceBefore = 0, bool keepTogether = false);

    const std::vector<Slice>& slices() const { return m_slices; }
    std::vector<Slice> takeSlices() { return std::move(m_slices); }

private:
    std::vector<double> columnWidths(const std::vector<Column>& columns,
                                     const std::vector<CellContent>& header,
                                     const std::vector<std::vector<CellContent>>& rows,
                                     const TableStyle& style) const;
    Row makeRow(const std::vector<Column>& columns, const std::vector<double>& widths,
                const std::vector<CellContent>& cells, const TableStyle& style) const;
    void add(Slice slice);

    QFont m_family;
    double m_width = 0;
    int m_tables = 0;
    bool m_pageBreak = false;
    std::vector<Slice> m_slices;
};

} // namespace tilltro::report

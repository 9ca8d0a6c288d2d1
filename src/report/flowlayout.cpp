#include "flowlayout.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

using namespace Qt::StringLiterals;

namespace tilltro::report {

namespace {

constexpr double Epsilon = 0.01;

/// Text as it may be handed to QTextLayout: line breaks in one form, tabs as spaces, and other
/// control characters (which no font draws) visible as the replacement character rather than
/// silently dropped. Nothing else is changed: markup stays markup.
QStringList paragraphsOf(const QString& text)
{
    QString clean;
    clean.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\r') {
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                continue;
            clean += u'\n';
        } else if (c == u'\t') {
            clean += u' ';
        } else if (c == QChar::LineSeparator || c == QChar::ParagraphSeparator) {
            clean += u'\n';
        } else if ((c.unicode() < 0x20 && c != u'\n') || c.unicode() == 0x7f) {
            clean += QChar::ReplacementCharacter;
        } else {
            clean += c;
        }
    }
    return clean.split(u'\n');
}

} // namespace

QFont layoutFont(const QFont& family, const TextStyle& style)
{
    QFont font = family;
    font.setPixelSize(std::max(1, int(std::lround(style.points * UnitsPerPoint))));
    font.setBold(style.bold);
    font.setItalic(style.italic);
    // Unhinted: glyph advances are the design's, identical for measuring and for any device.
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

TextBlock::TextBlock(const QString& text, const QFont& font, double width, Qt::Alignment alignment,
                     const QColor& colour, double lineSpacing, int boldPrefix)
    : m_colour(colour)
    , m_width(width)
{
    const QFontMetricsF metrics(font);
    const QStringList paragraphs = paragraphsOf(text);
    double y = 0;
    for (int p = 0; p < paragraphs.size(); ++p) {
        auto layout = std::make_shared<QTextLayout>(paragraphs[p], font);
        QTextOption option(alignment);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        option.setTextDirection(Qt::LayoutDirectionAuto);
        layout->setTextOption(option);
        layout->setCacheEnabled(true);
        if (p == 0 && boldPrefix > 0) {
            QTextLayout::FormatRange bold;
            bold.start = 0;
            bold.length = std::min<int>(boldPrefix, int(paragraphs[p].size()));
            bold.format.setFontWeight(QFont::Bold);
            layout->setFormats({bold});
        }
        layout->beginLayout();
        double localY = 0;
        for (;;) {
            QTextLine line = layout->createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(std::max(1.0, width));
            line.setLeadingIncluded(true);
            line.setPosition(QPointF(0, localY));
            const double height = line.height() > 0 ? line.height() : metrics.height();
            m_lines.push_back({p, line.lineNumber(), y, y + height, localY});
            m_naturalWidth = std::max(m_naturalWidth, line.naturalTextWidth());
            localY += height * lineSpacing;
            y += height * lineSpacing;
        }
        layout->endLayout();
        if (layout->lineCount() == 0) {
            // Not expected from QTextLayout, but an empty paragraph still takes a line.
            y += metrics.height() * lineSpacing;
        }
        m_paragraphs.push_back(std::move(layout));
    }
    m_height = m_lines.empty() ? 0 : m_lines.back().bottom;
}

void TextBlock::drawLines(QPainter* painter, const QPointF& topLeft, int from, int to,
                          double shift) const
{
    painter->setPen(m_colour);
    for (int i = std::max(0, from); i < std::min(to, lineCount()); ++i) {
        const Line& l = m_lines[size_t(i)];
        const QTextLine line = m_paragraphs[size_t(l.paragraph)]->lineAt(l.index);
        const double top = topLeft.y() + l.top - shift;
        line.draw(painter, QPointF(topLeft.x(), top - l.layoutY));
    }
}

QStringList TextBlock::lineTexts() const
{
    QStringList texts;
    for (const Line& l : m_lines) {
        const QTextLayout& layout = *m_paragraphs[size_t(l.paragraph)];
        const QTextLine line = layout.lineAt(l.index);
        texts << layout.text().mid(line.textStart(), line.textLength());
    }
    return texts;
}

// ----- rows -----

namespace {

/// The lines of a cell in cell coordinates, blocks stacked with the cell's gap.
struct CellLine {
    size_t block = 0;
    int line = 0;
    double blockTop = 0;
    double top = 0;
    double bottom = 0;
};

std::vector<CellLine> cellLines(const Cell& cell)
{
    std::vector<CellLine> lines;
    double y = 0;
    for (size_t b = 0; b < cell.blocks.size(); ++b) {
        const TextBlock& block = cell.blocks[b];
        for (int i = 0; i < block.lineCount(); ++i)
            lines.push_back({b, i, y, y + block.lineTop(i), y + block.lineBottom(i)});
        y += block.height() + cell.gap;
    }
    return lines;
}

bool visible(const CellLine& l, double skip, double limit)
{
    return l.top >= skip - Epsilon && (limit < 0 || l.bottom <= limit + Epsilon);
}

double cellHeight(const Cell& cell, double skip, double limit)
{
    double bottom = skip;
    for (const CellLine& l : cellLines(cell)) {
        if (visible(l, skip, limit))
            bottom = std::max(bottom, l.bottom);
    }
    return bottom - skip;
}

} // namespace

double Row::contentHeight() const
{
    double height = 0;
    for (size_t c = 0; c < cells.size(); ++c)
        height = std::max(height, cellHeight(cells[c], skipOf(c), limitOf(c)));
    return height;
}

double Row::height() const
{
    return padTop + contentHeight() + padBottom;
}

double Row::skipOf(size_t cell) const
{
    return cell < skips.size() ? skips[cell] : 0.0;
}

double Row::limitOf(size_t cell) const
{
    return cell < limits.size() ? limits[cell] : -1.0;
}

void Row::paint(QPainter* painter, const QPointF& topLeft) const
{
    const double h = height();
    if (background.isValid())
        painter->fillRect(QRectF(topLeft, QSizeF(width, h)), background);
    for (size_t c = 0; c < cells.size(); ++c) {
        const Cell& cell = cells[c];
        const double skip = skipOf(c);
        const double limit = limitOf(c);
        const QPointF cellTop = topLeft + QPointF(cell.x, padTop);
        double y = 0;
        for (const TextBlock& block : cell.blocks) {
            int from = block.lineCount();
            int to = 0;
            for (int i = 0; i < block.lineCount(); ++i) {
                const CellLine l{0, i, y, y + block.lineTop(i), y + block.lineBottom(i)};
                if (visible(l, skip, limit)) {
                    from = std::min(from, i);
                    to = std::max(to, i + 1);
                }
            }
            if (from < to)
                block.drawLines(painter, cellTop + QPointF(0, y), from, to, skip);
            y += block.height() + cell.gap;
        }
    }
    if (rule.isValid() && ruleWidth > 0) {
        painter->setPen(QPen(rule, ruleWidth, Qt::SolidLine, Qt::FlatCap));
        const double ruleY = topLeft.y() + h - ruleWidth / 2;
        painter->drawLine(QPointF(topLeft.x(), ruleY), QPointF(topLeft.x() + width, ruleY));
    }
}

bool Row::split(double available, Row& first, Row& rest) const
{
    const double space = available - padTop - padBottom;
    if (space <= 0)
        return false;
    first = *this;
    rest = *this;
    first.limits.assign(cells.size(), -1);
    rest.skips.assign(cells.size(), 0);
    rest.limits.assign(cells.size(), -1);
    bool anyFits = false;
    bool anyLeft = false;
    for (size_t c = 0; c < cells.size(); ++c) {
        const double skip = skipOf(c);
        const double limit = limitOf(c);
        const double cut = skip + space;
        double firstLeft = -1; // top of the first line that does not fit
        for (const CellLine& l : cellLines(cells[c])) {
            if (!visible(l, skip, limit))
                continue;
            if (l.bottom <= cut + Epsilon) {
                anyFits = true;
            } else {
                firstLeft = l.top;
                break;
            }
        }
        if (firstLeft >= 0) {
            anyLeft = true;
            first.limits[c] = firstLeft - Epsilon * 2;
            rest.skips[c] = firstLeft;
            rest.limits[c] = limit;
        } else {
            // Everything of this cell fits in the first part; nothing is left for the rest.
            first.limits[c] = limit;
            rest.skips[c] = std::numeric_limits<double>::max() / 4;
            rest.limits[c] = limit;
        }
    }
    if (!anyFits || !anyLeft)
        return false;
    // The rule belongs under the whole row: only the last part draws it.
    first.rule = QColor();
    return true;
}

// ----- pagination -----

std::vector<Page> paginate(const std::vector<Slice>& input, double bodyHeight)
{
    std::vector<Page> pages(1);
    std::vector<Slice> slices = input;
    std::map<int, Slice> headers;
    double y = 0;
    bool content = false; // anything but a repeated header on the current page

    const auto put = [&](const Slice& s) {
        const double space = content ? s.spaceBefore : 0.0;
        pages.back().push_back({s, y + space});
        y += space + s.height();
        content = true;
    };
    const auto newPageFor = [&](const Slice& s) {
        pages.emplace_back();
        y = 0;
        content = false;
        if (s.table >= 0 && !s.header) {
            if (const auto it = headers.find(s.table); it != headers.end()) {
                Slice header = it->second;
                header.spaceBefore = 0;
                pages.back().push_back({header, 0});
                y = header.height();
            }
        }
    };
    // The height a fresh page offers a slice: the body, less a repeated header.
    const auto freshRoom = [&](const Slice& s) {
        double room = bodyHeight;
        if (s.table >= 0 && !s.header) {
            if (const auto it = headers.find(s.table); it != headers.end())
                room -= it->second.height();
        }
        return room;
    };
    // What of a slice must fit with the heading before it: all of it, or of a paragraph that
    // may break, its first two lines.
    const auto leadHeight = [&](const Slice& s) {
        if (s.paint || !s.breakable)
            return s.height();
        Row a;
        Row b;
        const double twoLines = s.row.padTop + pt(30) + s.row.padBottom;
        return s.row.split(twoLines, a, b) ? a.height() : s.height();
    };

    size_t i = 0;
    while (i < slices.size()) {
        const Slice& s = slices[i];
        if (s.header)
            headers[s.table] = s;
        if (content && s.pageBreakBefore) {
            newPageFor(s);
            continue;
        }
        const double space = content ? s.spaceBefore : 0.0;
        const double room = bodyHeight - y;

        if (content && s.keepWithNext) {
            double need = space + s.height();
            double chain = s.height();
            for (size_t j = i; j + 1 < slices.size() && slices[j].keepWithNext; ++j) {
                const double next = slices[j + 1].spaceBefore + leadHeight(slices[j + 1]);
                need += next;
                chain += next;
            }
            if (need > room + Epsilon && chain <= bodyHeight + Epsilon) {
                newPageFor(s);
                continue;
            }
        }
        if (space + s.height() <= room + Epsilon) {
            put(s);
            ++i;
            continue;
        }
        const bool splittable = !s.paint && (s.breakable || s.height() > freshRoom(s) + Epsilon);
        if (splittable) {
            Row first;
            Row rest;
            if (s.row.split(room - space, first, rest)) {
                Slice head = s;
                head.row = first;
                head.keepWithNext = false;
                put(head);
                Slice tail = s;
                tail.row = rest;
                tail.spaceBefore = 0;
                tail.header = false;
                slices[i] = tail;
                newPageFor(tail);
                continue;
            }
        }
        if (!content) {
            // Taller than a page and not splittable (a painted block): it is clipped.
            put(s);
            ++i;
            continue;
        }
        newPageFor(s);
    }
    return pages;
}

// ----- building -----

void FlowBuilder::add(Slice slice)
{
    if (m_pageBreak) {
        slice.pageBreakBefore = true;
        m_pageBreak = false;
    }
    m_slices.push_back(std::move(slice));
}

TextBlock FlowBuilder::text(const QString& text, const TextStyle& style, double width,
                            Qt::Alignment alignment, int boldPrefix) const
{
    return TextBlock(text, layoutFont(m_family, style), width, alignment, style.colour,
                     style.lineSpacing, boldPrefix);
}

double FlowBuilder::textWidth(const QString& text, const TextStyle& style) const
{
    return QFontMetricsF(layoutFont(m_family, style)).horizontalAdvance(text);
}

void FlowBuilder::heading(const QString& text, const TextStyle& style, double spaceBefore)
{
    Slice s;
    s.spaceBefore = spaceBefore;
    s.keepWithNext = true;
    s.row.width = m_width;
    s.row.padBottom = pt(style.points * 0.35);
    s.row.cells.push_back(Cell{0, m_width, {this->text(text, style, m_width)}, 0});
    add(std::move(s));
}

void FlowBuilder::paragraph(const QString& text, const TextStyle& style, double spaceBefore,
                            double indent, int boldPrefix, bool keepWithNext)
{
    Slice s;
    s.spaceBefore = spaceBefore;
    s.breakable = !keepWithNext;
    s.keepWithNext = keepWithNext;
    s.row.width = m_width;
    const double width = m_width - indent;
    s.row.cells.push_back(
        Cell{indent, width, {this->text(text, style, width, Qt::AlignLeft, boldPrefix)}, 0});
    add(std::move(s));
}

void FlowBuilder::block(double height, std::function<void(QPainter*, const QPointF&)> paint,
                        double spaceBefore, bool keepWithNext)
{
    Slice s;
    s.spaceBefore = spaceBefore;
    s.keepWithNext = keepWithNext;
    s.fixedHeight = height;
    s.paint = std::move(paint);
    add(std::move(s));
}

std::vector<double> FlowBuilder::columnWidths(const std::vector<Column>& columns,
                                              const std::vector<CellContent>& header,
                                              const std::vector<std::vector<CellContent>>& rows,
                                              const TableStyle& style) const
{
    double total = 0;
    double fixed = 0;
    for (const Column& c : columns) {
        if (c.fixedWidth > 0)
            fixed += c.fixedWidth;
        else
            total += c.fraction;
    }
    const double usable =
        std::max(0.0, m_width - style.cellGap * double(columns.size() + 1) - fixed);
    std::vector<double> widths(columns.size());
    std::vector<double> needed(columns.size(), 0.0);
    for (size_t c = 0; c < columns.size(); ++c) {
        if (columns[c].fixedWidth > 0) {
            widths[c] = columns[c].fixedWidth;
            continue;
        }
        widths[c] = usable * columns[c].fraction / (total > 0 ? total : 1);
        // The longest word of the column, so that a short column ("Handledaren") does not
        // break inside a word while a wide one has room to spare. At most half the table:
        // a longer word is broken wherever it stands.
        const auto longestWord = [&](const std::vector<CellContent>& cells) {
            double longest = 0;
            if (c >= cells.size())
                return longest;
            for (const CellText& t : cells[c]) {
                const QFontMetricsF metrics(layoutFont(m_family, t.style));
                for (const QString& word : t.text.split(u' ', Qt::SkipEmptyParts))
                    longest = std::max(longest, metrics.horizontalAdvance(word));
            }
            return longest;
        };
        needed[c] = longestWord(header);
        for (const auto& row : rows)
            needed[c] = std::max(needed[c], longestWord(row));
        needed[c] = std::min(needed[c] + pt(1), usable * 0.5);
    }
    // Widen the columns that need it, taking the room from those with some to spare.
    double deficit = 0;
    double slack = 0;
    for (size_t c = 0; c < columns.size(); ++c) {
        if (columns[c].fixedWidth > 0)
            continue;
        if (widths[c] < needed[c])
            deficit += needed[c] - widths[c];
        else
            slack += widths[c] - needed[c];
    }
    if (deficit > 0 && slack > 0) {
        const double share = std::min(1.0, deficit / slack);
        for (size_t c = 0; c < columns.size(); ++c) {
            if (columns[c].fixedWidth > 0)
                continue;
            if (widths[c] < needed[c]) {
                widths[c] += (needed[c] - widths[c]) * std::min(1.0, slack / deficit);
            } else {
                widths[c] -= (widths[c] - needed[c]) * share;
            }
        }
    }
    return widths;
}

Row FlowBuilder::makeRow(const std::vector<Column>& columns, const std::vector<double>& widths,
                         const std::vector<CellContent>& cells, const TableStyle& style) const
{
    Row row;
    row.width = m_width;
    row.padTop = style.padding;
    row.padBottom = style.padding;
    row.rule = style.rule;
    row.ruleWidth = style.ruleWidth;
    double x = style.cellGap;
    for (size_t c = 0; c < columns.size(); ++c) {
        const double width = widths[c];
        Cell cell{x, width, {}, style.paragraphGap};
        if (c < cells.size()) {
            for (const CellText& t : cells[c]) {
                cell.blocks.push_back(
                    text(t.text, t.style, width, columns[c].alignment, t.boldPrefix));
            }
        }
        row.cells.push_back(std::move(cell));
        x += width + style.cellGap;
    }
    return row;
}

void FlowBuilder::table(const std::vector<Column>& columns, const std::vector<CellContent>& header,
                        const std::vector<std::vector<CellContent>>& rows, const TableStyle& style,
                        double spaceBefore, bool keepTogether)
{
    const int index = m_tables++;
    const std::vector<double> widths = columnWidths(columns, header, rows, style);
    bool first = true;
    if (!header.empty()) {
        Slice s;
        s.spaceBefore = spaceBefore;
        s.keepWithNext = true;
        s.table = index;
        s.header = true;
        s.row = makeRow(columns, widths, header, style);
        s.row.background = style.headerBackground;
        s.row.rule = style.rule.darker(140);
        s.row.ruleWidth = style.ruleWidth * 1.6;
        add(std::move(s));
        first = false;
    }
    for (size_t r = 0; r < rows.size(); ++r) {
        Slice s;
        s.spaceBefore = first ? spaceBefore : 0.0;
        s.table = index;
        s.row = makeRow(columns, widths, rows[r], style);
        if (style.zebra.isValid() && r % 2 == 1)
            s.row.background = style.zebra;
        s.keepWithNext = keepTogether && r + 1 < rows.size();
        add(std::move(s));
        first = false;
    }
}

} // namespace tilltro::report

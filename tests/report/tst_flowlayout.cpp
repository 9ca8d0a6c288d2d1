#include <QGuiApplication>
#include <QTest>

#include "report/flowlayout.h"

using namespace Qt::StringLiterals;
using namespace tilltro::report;

// The page flow without a PDF: what goes on which page, measured in layout units.
class TestFlowLayout : public QObject {
    Q_OBJECT

private:
    static QFont family()
    {
        QFont font;
        font.setFamilies({u"DejaVu Sans"_s});
        return font;
    }

    static TextStyle body() { return TextStyle{10, false, false, Qt::black, 1.2}; }

    /// The lines of cell `c` that `r` shows (a row split over pages shows a part of them).
    static QStringList shownLines(const Row& r, size_t c)
    {
        const Cell& cell = r.cells[c];
        const double skip = c < r.skips.size() ? r.skips[c] : 0.0;
        const double limit = c < r.limits.size() ? r.limits[c] : -1.0;
        QStringList shown;
        double y = 0;
        for (const TextBlock& block : cell.blocks) {
            const QStringList texts = block.lineTexts();
            for (int l = 0; l < block.lineCount(); ++l) {
                if (y + block.lineTop(l) >= skip - 0.01 &&
                    (limit < 0 || y + block.lineBottom(l) <= limit + 0.01))
                    shown << texts[l];
            }
            y += block.height() + cell.gap;
        }
        return shown;
    }

    /// The text of every line shown on `page`, in order.
    static QStringList linesOn(const Page& page)
    {
        QStringList lines;
        for (const Placed& p : page) {
            for (size_t c = 0; c < p.slice.row.cells.size(); ++c)
                lines << shownLines(p.slice.row, c);
        }
        return lines;
    }

    static std::vector<FlowBuilder::CellContent> row(const QString& a, const QString& b)
    {
        return {{FlowBuilder::CellText{a, body()}}, {FlowBuilder::CellText{b, body()}}};
    }

private Q_SLOTS:
    void textBlock_keepsMarkupAsTyped()
    {
        const QString text = u"<b>fet</b> &amp; <img src=\"x\">"_s;
        const TextBlock block(text, layoutFont(family(), body()), mm(170), Qt::AlignLeft, Qt::black,
                              1.2);
        QCOMPARE(block.lineCount(), 1);
        QCOMPARE(block.lineTexts().join(QString()), text);
    }

    void textBlock_longWordBreaksWithinTheWidth()
    {
        const QString word = u"Ö"_s.repeated(300);
        const double width = mm(40);
        const TextBlock block(word, layoutFont(family(), body()), width, Qt::AlignLeft, Qt::black,
                              1.2);
        QVERIFY(block.lineCount() > 3);
        QVERIFY(block.naturalWidth() <= width + 0.5);
        QCOMPARE(block.lineTexts().join(QString()), word);
    }

    void textBlock_lineBreaksStartParagraphs()
    {
        const TextBlock block(u"ett\r\ntvå\rtre\n\nfem\tsex"_s, layoutFont(family(), body()),
                              mm(170), Qt::AlignLeft, Qt::black, 1.2);
        QCOMPARE(block.lineTexts(),
                 (QStringList{u"ett"_s, u"två"_s, u"tre"_s, QString(), u"fem sex"_s}));
        QVERIFY(block.lineTop(1) > block.lineTop(0));
    }

    void paragraph_flowsOverPagesBetweenLines()
    {
        FlowBuilder flow(family(), mm(170));
        QStringList words;
        for (int i = 0; i < 2000; ++i)
            words << u"ord%1"_s.arg(i);
        flow.paragraph(words.join(u' '), body());
        const double bodyHeight = pt(300);
        const auto pages = paginate(flow.slices(), bodyHeight);
        QVERIFY(pages.size() > 2);
        QStringList all;
        for (const Page& page : pages) {
            double bottom = 0;
            for (const Placed& p : page)
                bottom = std::max(bottom, p.y + p.slice.height());
            QVERIFY(bottom <= bodyHeight + 0.1);
            all << linesOn(page);
        }
        // Every word once, in order: nothing lost, nothing doubled at a page break.
        QCOMPARE(all.join(QString()).split(u' ', Qt::SkipEmptyParts), words);
    }

    void table_rowsWholeAndHeaderRepeated()
    {
        FlowBuilder flow(family(), mm(170));
        flow.heading(u"Delmål"_s, TextStyle{14, true}, pt(10));
        std::vector<std::vector<FlowBuilder::CellContent>> rows;
        for (int i = 0; i < 60; ++i) {
            rows.push_back(
                row(u"Rad %1"_s.arg(i),
                    u"En text som tar några rader i en smal kolumn. "_s.repeated(i % 5 + 1)));
        }
        flow.table({{1, Qt::AlignLeft}, {2, Qt::AlignLeft}}, row(u"Nr"_s, u"Vad"_s), rows,
                   FlowBuilder::TableStyle{});
        const auto pages = paginate(flow.slices(), pt(400));
        QVERIFY(pages.size() > 3);
        int seen = 0;
        for (size_t p = 0; p < pages.size(); ++p) {
            const Page& page = pages[p];
            // Every page starts with the header row (the first after the heading).
            const size_t headerAt = p == 0 ? 1 : 0;
            QVERIFY(page.size() > headerAt);
            QVERIFY2(page[headerAt].slice.header, qPrintable(u"page %1"_s.arg(p + 1)));
            QCOMPARE(page[headerAt].slice.row.cells[0].blocks[0].lineTexts(), QStringList{u"Nr"_s});
            for (const Placed& placed : page) {
                if (placed.slice.header || placed.slice.table < 0)
                    continue;
                // A whole row: its own height, no part left out.
                const Row& r = placed.slice.row;
                QVERIFY(r.skips.empty() && r.limits.empty());
                QCOMPARE(r.cells[0].blocks[0].lineTexts(), QStringList{u"Rad %1"_s.arg(seen)});
                ++seen;
            }
        }
        QCOMPARE(seen, 60);
    }

    void table_keptTogetherWhenItFitsOnAPage()
    {
        FlowBuilder flow(family(), mm(170));
        for (int i = 0; i < 14; ++i)
            flow.paragraph(u"Fyllnad %1"_s.arg(i), body());
        flow.heading(u"Förändring"_s, TextStyle{14, true}, pt(10));
        std::vector<std::vector<FlowBuilder::CellContent>> rows;
        for (int i = 0; i < 8; ++i)
            rows.push_back(row(u"Indikator %1"_s.arg(i), u"%1"_s.arg(i)));
        flow.table({{3, Qt::AlignLeft}, {1, Qt::AlignLeft}}, row(u"Indikator"_s, u"Värde"_s), rows,
                   FlowBuilder::TableStyle{}, 0, true);
        const auto pages = paginate(flow.slices(), pt(300));
        QCOMPARE(pages.size(), size_t(2));
        // The heading, the header and all eight rows on the second page.
        QCOMPARE(pages[1].size(), size_t(10));
        QCOMPARE(linesOn(pages[1]).first(), u"Förändring"_s);
    }

    void heading_neverLastOnAPage()
    {
        FlowBuilder flow(family(), mm(170));
        for (int i = 0; i < 30; ++i) {
            flow.heading(u"Rubrik %1"_s.arg(i), TextStyle{14, true}, pt(10));
            flow.paragraph(u"Stycke %1 med lite text som följer rubriken."_s.arg(i), body());
        }
        const auto pages = paginate(flow.slices(), pt(200));
        QVERIFY(pages.size() > 3);
        for (const Page& page : pages) {
            QVERIFY(!page.empty());
            QVERIFY(!page.back().slice.keepWithNext);
            // No space above the first thing on a page.
            QCOMPARE(page.front().y, 0.0);
        }
    }

    void pageBreak_nextSliceStartsANewPage_neverAnEmptyPage()
    {
        FlowBuilder flow(family(), mm(170));
        flow.pageBreak(); // at the start: no empty first page
        flow.paragraph(u"Försättsblad"_s, body());
        flow.pageBreak();
        flow.heading(u"Uppgifter om dig"_s, TextStyle{14, true}, pt(10));
        flow.paragraph(u"Kod D-0001"_s, body());
        flow.table({{1, Qt::AlignLeft}, {1, Qt::AlignLeft}}, {}, {row(u"a"_s, u"b"_s)},
                   FlowBuilder::TableStyle{});
        flow.keepWithNext();
        flow.paragraph(u"Efter tabellen"_s, body());
        QVERIFY(flow.slices()[3].keepWithNext);
        const auto pages = paginate(flow.slices(), pt(400));
        QCOMPARE(pages.size(), size_t(2));
        QCOMPARE(linesOn(pages[0]), QStringList{u"Försättsblad"_s});
        QCOMPARE(linesOn(pages[1]).first(), u"Uppgifter om dig"_s);
        QCOMPARE(pages[1].front().y, 0.0);
    }

    void rowTallerThanAPage_splitBetweenLinesWithoutLoss()
    {
        FlowBuilder flow(family(), mm(170));
        QStringList lines;
        for (int i = 0; i < 120; ++i)
            lines << u"Rad %1 i en mycket lång uppföljning"_s.arg(i);
        std::vector<std::vector<FlowBuilder::CellContent>> rows{row(u"1"_s, lines.join(u'\n')),
                                                                row(u"2"_s, u"Nästa rad"_s)};
        flow.table({{1, Qt::AlignLeft}, {6, Qt::AlignLeft}}, row(u"Nr"_s, u"Vad"_s), rows,
                   FlowBuilder::TableStyle{});
        const double bodyHeight = pt(300);
        const auto pages = paginate(flow.slices(), bodyHeight);
        QVERIFY(pages.size() >= 3);
        QStringList seen;
        for (const Page& page : pages) {
            double bottom = 0;
            for (const Placed& p : page)
                bottom = std::max(bottom, p.y + p.slice.height());
            QVERIFY(bottom <= bodyHeight + 0.1);
            QVERIFY(page.front().slice.header);
            for (const Placed& p : page) {
                if (!p.slice.header)
                    seen << shownLines(p.slice.row, 1);
            }
        }
        lines << u"Nästa rad"_s;
        QCOMPARE(seen, lines);
    }
};

QTEST_MAIN(TestFlowLayout)
#include "tst_flowlayout.moc"

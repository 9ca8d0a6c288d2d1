#include "pagedocument.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPageRanges>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tilltro::report {

namespace {

const QColor RuleColour(0x9a, 0x9a, 0x9a);

} // namespace

QFont documentFamily()
{
    QFont font;
    font.setFamilies({u"DejaVu Sans"_s, u"Noto Sans"_s, u"Liberation Sans"_s, u"Segoe UI"_s,
                      u"Arial"_s, u"Helvetica Neue"_s});
    font.setStyleHint(QFont::SansSerif);
    // No ligatures: with them "fi" in "Sofia" becomes one glyph that text extraction, search and
    // screen readers give back as "ﬁ". Scripts that need shaping (Arabic) are still shaped.
    font.setStyleStrategy(QFont::StyleStrategy(QFont::PreferOutline | QFont::PreferNoShaping));
    // Outlines as designed: hinting is for screen pixels, and the chart's fonts (pixel-sized
    // for its own layout) would otherwise run the fonts' hinting programs for every glyph.
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : u"–"_s;
}

PageGeometry geometryFor(const QSizeF& pagePoints, const QMarginsF& unprintablePoints)
{
    PageGeometry g;
    g.page = QSizeF(pt(pagePoints.width()), pt(pagePoints.height()));
    const double left = std::max(mm(20), pt(unprintablePoints.left()));
    const double right = std::max(mm(20), pt(unprintablePoints.right()));
    const double top = std::max(mm(16), pt(unprintablePoints.top()));
    const double bottom = std::max(mm(22), pt(unprintablePoints.bottom()) + mm(10));
    g.body = QRectF(left, top, g.page.width() - left - right, g.page.height() - top - bottom);
    g.footerTop = g.body.bottom() + mm(5);
    return g;
}

int paintPages(QPagedPaintDevice* device, const LayOutFunction& layOut,
               const DecorateFunction& decorate)
{
    if (!device)
        return 0;
    const QPageLayout pageLayout = device->pageLayout();
    const QRectF full = pageLayout.fullRectPoints();
    const QRectF printable = pageLayout.paintRectPoints();
    const QMarginsF unprintable(printable.left() - full.left(), printable.top() - full.top(),
                                full.right() - printable.right(),
                                full.bottom() - printable.bottom());
    const std::unique_ptr<PagedLayout> layout = layOut(full.size(), unprintable);

    QPainter painter;
    if (!painter.begin(device))
        return 0;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const double sx = device->logicalDpiX() / (72.0 * UnitsPerPoint);
    const double sy = device->logicalDpiY() / (72.0 * UnitsPerPoint);
    const QPageRanges ranges = device->pageRanges();
    const int count = int(layout->pages.size());
    const QRectF& body = layout->geometry.body;
    bool first = true;
    for (int i = 0; i < count; ++i) {
        if (!ranges.isEmpty() && !ranges.contains(i + 1))
            continue;
        if (!first && !device->newPage()) {
            painter.end();
            return 0;
        }
        first = false;
        painter.save();
        painter.scale(sx, sy);
        // The device's origin is the top-left of its printable area.
        painter.translate(-pt(printable.left() - full.left()), -pt(printable.top() - full.top()));
        for (const Placed& placed : layout->pages[size_t(i)]) {
            const QPointF at = body.topLeft() + QPointF(0, placed.y);
            if (placed.slice.paint)
                placed.slice.paint(&painter, at);
            else
                placed.slice.row.paint(&painter, at);
        }
        if (decorate)
            decorate(&painter, *layout, i);
        painter.restore();
    }
    if (!painter.end())
        return 0;
    return count;
}

void paintFooter(QPainter* painter, const PageGeometry& g, const TextStyle& style,
                 const QStringList& left, int index, int pageCount, const QString& pageWords)
{
    const QFont font = layoutFont(documentFamily(), style);
    const double width = g.body.width();
    const QString words = pageWords.isEmpty() ? Report::tr("Page %1 of %2") : pageWords;
    const TextBlock pageText(words.arg(index + 1).arg(pageCount), font, width, Qt::AlignRight,
                             style.colour, style.lineSpacing);
    const TextBlock leftText(left.join(u" · "_s), font, width - pageText.naturalWidth() - pt(12),
                             Qt::AlignLeft, style.colour, style.lineSpacing);
    painter->setPen(QPen(RuleColour, pt(0.5)));
    painter->drawLine(QPointF(g.body.left(), g.footerTop), QPointF(g.body.right(), g.footerTop));
    const QPointF at(g.body.left(), g.footerTop + pt(3));
    leftText.draw(painter, at);
    pageText.draw(painter, at);
}

Result<QByteArray> renderPdfA(const PdfMetadata& metadata,
                              const std::function<int(QPagedPaintDevice*)>& paint,
                              const QString& failure)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setResolution(1200);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0), QPageLayout::Point));
        writer.setTitle(metadata.title);
        const QString author = metadata.author.isEmpty() ? u"Tilltro"_s : metadata.author;
#if QT_VERSION >= QT_VERSION_CHECK(6, 9, 0)
        writer.setAuthor(author);
        writer.setCreator(u"Tilltro"_s);
#else
        // Before Qt 6.9 the creator is also written as the author (XMP dc:creator).
        writer.setCreator(author);
#endif
        if (paint(&writer) == 0)
            return makeError(Error::Kind::Io, failure);
    }
    buffer.close();
    return bytes;
}

QString fileNamePart(const QString& text)
{
    QString part = text;
    static const QString forbidden = u"/\\:*?\"<>|"_s;
    for (QChar& c : part) {
        if (forbidden.contains(c) || c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = u'_';
    }
    return part;
}

} // namespace tilltro::report

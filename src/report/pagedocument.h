#pragma once

#include <QByteArray>
#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QFont>
#include <QMarginsF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

#include "core/result.h"
#include "flowlayout.h"

QT_BEGIN_NAMESPACE
class QPagedPaintDevice;
class QPainter;
QT_END_NAMESPACE

namespace tilltro::report {

// What Tilltro's printed documents (the handlingsplan, the register extract) share: the fonts,
// the A4 page with its margins and footer, painting a flowed layout on any paged device, the
// PDF/A-1b writer. (The files a person is handed are written by core: writeAuditedFiles().)
// GUI thread only where fonts are involved.

/// The translation context of the documents' own words ("Report"): Report::tr("Goal").
class Report {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

/// The documents' colours: text, muted text (dates, notes), headings and warnings.
inline const QColor TextColour(0x1e, 0x1e, 0x1e);
inline const QColor MutedColour(0x55, 0x55, 0x55);
inline const QColor HeadingColour(0x0b, 0x3d, 0x6b);
inline const QColor WarningColour(0x8b, 0x00, 0x00);

/// The document fonts: common TrueType/OpenType families (embeddable), no ligatures (so text
/// extraction gives back "fi", not "ﬁ"), no hinting. Glyphs they lack come from Qt's fallbacks.
QFont documentFamily();

/// A date as printed: ISO 8601, or "–" when there is none.
QString dateText(const QDate& date);

/// The page and where things go on it, in layout units from the top-left of the paper.
struct PageGeometry {
    QSizeF page;
    QRectF body;
    double footerTop = 0;
};

/// A4-style margins (20 mm sides, 16 mm top, the footer in the bottom margin) on a page of
/// `pagePoints`, widened where the device cannot print (`unprintablePoints`).
PageGeometry geometryFor(const QSizeF& pagePoints, const QMarginsF& unprintablePoints);

/// A document laid out for one page size. A document keeps what its painted blocks draw with
/// (a chart, styles) in a derived struct.
struct PagedLayout {
    virtual ~PagedLayout() = default;
    PageGeometry geometry;
    std::vector<Page> pages;
};

/// Lays a document out for a page of `pagePoints` with unprintable edges `unprintablePoints`.
using LayOutFunction = std::function<std::unique_ptr<PagedLayout>(
    const QSizeF& pagePoints, const QMarginsF& unprintablePoints)>;
/// Paints what a page has besides its flowed slices (the footer), page `index` of the layout.
using DecorateFunction = std::function<void(QPainter*, const PagedLayout&, int index)>;

/// Lays out for the page of `device` and paints every page (or the device's page ranges),
/// calling newPage() in between; the painter is begun and ended here, scaled from layout units
/// to the device. Returns the number of pages of the document, or 0 when the device could not
/// be painted on.
int paintPages(QPagedPaintDevice* device, const LayOutFunction& layOut,
               const DecorateFunction& decorate);

/// The footer every page has: a rule, `left` joined with " · " (wrapping when long) and
/// "Page 2 of 3" on the right: `pageWords` with %1 and %2, or the UI language's words when it
/// is empty (a document in another language than the window's gives its own).
void paintFooter(QPainter* painter, const PageGeometry& geometry, const TextStyle& style,
                 const QStringList& left, int index, int pageCount, const QString& pageWords = {});

/// Metadata of a PDF. The title travels with the file: it names a code, never a name.
struct PdfMetadata {
    QString title;
    QString author; ///< empty: "Tilltro"
};

/// An A4 PDF/A-1b (fonts embedded, XMP metadata, sRGB output intent) in memory, painted by
/// `paint` (which returns the page count, 0 on failure). `failure` is the message when drawing
/// failed.
Result<QByteArray> renderPdfA(const PdfMetadata& metadata,
                              const std::function<int(QPagedPaintDevice*)>& paint,
                              const QString& failure);

/// `text` fit for a file name: characters no file system takes, or that change the meaning of a
/// path (/ \ : * ? " < > | and control characters), become '_'.
QString fileNamePart(const QString& text);

} // namespace tilltro::report

#pragma once

#include <QString>

#include "core/result.h"
#include "handlingsplandocument.h"

QT_BEGIN_NAMESPACE
class QPagedPaintDevice;
class QPrinter;
QT_END_NAMESPACE

namespace tilltro::storage {
class Database;
}

namespace tilltro::report {

// The handlingsplan as pages: one layout painted on a PDF writer, a printer or a print preview.
// All painting needs a QApplication (the radar chart is the same RadarChartView as on screen,
// drawn as vectors); it runs on the offscreen platform without a display. GUI thread only.
//
// The usual calls:
//   auto doc = HandlingsplanDocument::build(db, participantId, options);
//   exportPdf(db, doc.value(), path);                  // "Exportera handlingsplan (PDF)…"
//   configurePrinter(&printer, doc.value());           // once, before QPrintPreviewDialog
//   connect(&preview, &QPrintPreviewDialog::paintRequested, [&](QPrinter* p) {
//       print(doc.value(), p); });
//   recordPrinted(db, doc.value());                    // after the dialog was accepted

/// Lays out `doc` for the page size of `device` and paints every page (or the device's page
/// ranges), calling newPage() in between; the painter is begun and ended here. The document's
/// own margins are kept, widened where the device cannot print. Returns the number of pages of
/// the document, or 0 when the device could not be painted on.
int paint(const HandlingsplanDocument& doc, QPagedPaintDevice* device);

/// The number of pages `doc` takes on A4.
int pageCount(const HandlingsplanDocument& doc);

/// `doc` as PDF/A-1b (A4, fonts embedded, title and author metadata: the title names the
/// code, the author is the handledare), in memory.
Result<QByteArray> renderPdf(const HandlingsplanDocument& doc);

/// Writes renderPdf() to `path` with writeOwnerOnlyFile(): atomically, readable by the owner
/// only; on any failure no file is left behind and an existing file stays as it was. An
/// existing file is replaced (the caller asked for this path; the window's save dialog asks
/// first). Refuses the files of the database at `databasePath` when one is given. No audit
/// entry: use exportPdf() for what is handed to a person.
Result<void> writePdf(const HandlingsplanDocument& doc, const QString& path,
                      const QString& databasePath = {});

/// writePdf() and an audit entry "export" (the form and whether sensitive items were included;
/// no personal data) through writeAuditedFiles(): the file is put in place only after the
/// entry is committed, and a failure leaves an existing file as it was and records nothing.
/// Refuses what checkOutputPath() refuses (the database or its companion files, links, pipes,
/// devices). Needs a read-write database.
Result<void> exportPdf(storage::Database& db, const HandlingsplanDocument& doc,
                       const QString& path);

/// exportPdf() in two halves, for a caller that draws on the GUI thread and keeps the database
/// on another (the command line): `pdf` is what renderPdf() returned for `doc`. Any thread that
/// may use `db`; no QApplication needed.
Result<void> savePdf(storage::Database& db, const HandlingsplanDocument& doc, const QByteArray& pdf,
                     const QString& path);

/// Loads what the first paint() would otherwise load on the spot (the font database, the
/// document fonts, Qt Charts), so that it can overlap with reading the data. Optional. GUI
/// thread only.
void warmUp();

/// Sets A4 portrait, full-page mode and the document name (the title) on `printer`. Call once
/// before showing a print or preview dialog; the user may then change the paper, and print()
/// lays out for what was chosen.
void configurePrinter(QPrinter* printer, const HandlingsplanDocument& doc);

/// paint() on a printer: for QPrintPreviewDialog::paintRequested and for printing.
void print(const HandlingsplanDocument& doc, QPrinter* printer);

/// Records the audit entry "print" for `doc` (call when the print dialog was accepted).
Result<void> recordPrinted(storage::Database& db, const HandlingsplanDocument& doc);

} // namespace tilltro::report

#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

#include "core/result.h"

QT_BEGIN_NAMESPACE
class QPagedPaintDevice;
class QPrinter;
QT_END_NAMESPACE

namespace tilltro {
class Instrument;
}

namespace tilltro::report {

// The blank deltagare form, printed before the meeting so that the deltagare can think about
// the questions: the deltagare's part of the instrument, one question per block with its scale
// drawn as boxes to tick, and lines for a name and a date written by hand. It never holds
// personal data and never a handledare question (Tilltro, Målmedvetenhet, Våld, Riskbruk, the
// handledare's ratings). Painted on a PDF writer or a printer like the other documents
// (pagedocument.h). GUI thread only (fonts).
//
//   auto form = BlankForm::build(instrument, {true, u"sv"_s});
//   auto pdf = renderBlankFormPdf(form.value());        // then Workspace::writeAnonymousFile()
//   configurePrinter(&printer, form.value()); print(form.value(), &printer);

struct BlankFormOptions {
    /// Lättläst: the instrument's easy-read wording (where it has one), larger type, more air.
    bool easyRead = false;
    /// "sv" or "en": the language of the whole form, the instrument's texts and the form's own
    /// words alike. Empty: the UI language (QLocale()).
    QString language;
};

/// One question of the form as printed.
struct BlankFormQuestion {
    QString key;
    QString text;
    /// A numeric scale: min..max with its anchors. A choice scale: its options, one box each.
    bool numeric = true;
    int min = 1;
    int max = 10;
    QString minLabel;
    QString maxLabel;
    QStringList options;
    QStringList nonAnswers; ///< "Vet ej", "Vill ej svara": a box each
};

/// The form's contents, in one language: everything painting needs, read from the instrument.
struct BlankForm {
    BlankFormOptions options; ///< `language` resolved (never empty)
    QString instrumentName;
    std::vector<BlankFormQuestion> questions; ///< the deltagare's, in the instrument's order

    /// The deltagare questions of `instrument` in `options.language`; with easyRead, their
    /// easy-read texts (easyReadTexts()) where there are some. Fails only when the instrument's
    /// easy-read sidecar is broken (the message names it).
    static Result<BlankForm> build(const Instrument& instrument, const BlankFormOptions& options);

    /// "SKAPA – … – Deltagarens skattning": the PDF's title and the printed document's name.
    QString title() const;
    /// A file name to suggest: "Blankett SKAPA … (lättläst).pdf", without a folder.
    QString suggestedFileName() const;
};

/// Lays the form out for the page of `device` and paints every page (or the device's page
/// ranges). Returns the number of pages of the form, or 0 when the device could not be
/// painted on.
int paint(const BlankForm& form, QPagedPaintDevice* device);

/// The number of pages the form takes on A4.
int pageCount(const BlankForm& form);

/// The form as PDF/A-1b (A4, fonts embedded), in memory. Write it with
/// Workspace::writeAnonymousFile() (owner-only, atomic): it holds no personal data, so there
/// is no audit entry.
Result<QByteArray> renderPdf(const BlankForm& form);

/// A4 portrait, full page, the document name. Call once before a print dialog.
void configurePrinter(QPrinter* printer, const BlankForm& form);

/// paint() on a printer.
void print(const BlankForm& form, QPrinter* printer);

} // namespace tilltro::report

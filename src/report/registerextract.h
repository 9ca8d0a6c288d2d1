#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

#include "core/instrument/instrument.h"
#include "core/result.h"

namespace tilltro::storage {
class Database;
}

namespace tilltro::report {

// The register extract (registerutdrag, GDPR art. 15: the right of access): everything stored
// about one deltagare, as two files written together into one folder:
//
//   "Registerutdrag D-0012 2026-11-24.json"  the exchange document of that deltagare with the
//                                            sensitive content (docs/exchange-format.md): every
//                                            stored field, the history and the audit log; it
//                                            can be imported into another Tilltro database
//   "Registerutdrag D-0012 2026-11-24.pdf"   the same document to read (PDF/A-1b, A4, in the UI
//                                            language), drawn from that JSON, so the two cannot
//                                            disagree
//
// The extract is for the person themselves, so a protected identity's name and personnummer
// are in it; the PDF's title names only the code. See docs/data-safety.md, "Registerutdrag".

/// The two files of an extract.
struct RegisterExtractFiles {
    QString json;
    QString pdf;
};

struct RegisterExtractOptions {
    /// "sv", "en", ...: the language of instrument texts (question labels, answer options).
    /// Empty: the UI language. The document's own words follow the installed translator.
    QString language;
    /// The organisation named on the cover (settings "organisation_name", else the
    /// responsible handledare's organisation); writeRegisterExtract() fills it in.
    QString organisation;
    /// The name of the JSON file, named on the cover; writeRegisterExtract() fills it in.
    QString jsonFileName;
    /// What names insats categories and end reasons (Workspace::insatsLists()).
    InsatsLists insatsLists = InsatsLists::defaults();
};

/// The paths of the extract of deltagare `code` made on `date` in `folder`:
/// "<folder>/Registerutdrag <code> <date>.json" and ".pdf" (the word in the UI language;
/// characters a file name cannot hold in the code become '_').
RegisterExtractFiles registerExtractPaths(const QString& folder, const QString& code,
                                          const QDate& date);

/// Writes the register extract of deltagare `participantId` into `folder` (which must exist):
/// all or nothing, through writeAuditedFiles(). Both files are written to temporary files
/// (readable by the owner only) in the transaction that records the audit entry "extract"
/// (entity participant; details name the form, never personal data; the entry is in the
/// extract's own log), and put in place together once it has committed. On any failure
/// neither file is there and, unless the failure came after that commit (see
/// writeAuditedFiles()), no entry is recorded. Refuses an existing file of either name
/// (Error::Kind::Conflict; an extract is never overwritten) and the database's own files.
/// Needs a read-write database and a QGuiApplication (fonts); GUI thread.
Result<RegisterExtractFiles> writeRegisterExtract(storage::Database& db, qint64 participantId,
                                                  const QString& folder,
                                                  const RegisterExtractOptions& options = {});

/// The readable PDF of an extract: `exchangeJson` is the exchange document of one deltagare
/// (exchange::buildDocument() with the sensitive content). Every value in it is printed: the
/// details, consents, handledare periods, insatser, every occasion with every answer in words,
/// notes and edits, the handlingsplaner with delmål and activities, and the audit log. Needs a
/// QGuiApplication; no database. For writeRegisterExtract() and tests.
Result<QByteArray> renderRegisterExtractPdf(const QByteArray& exchangeJson,
                                            const RegisterExtractOptions& options = {});

} // namespace tilltro::report

#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>

#include "../result.h"

namespace tilltro::storage {
class Database;
}

namespace tilltro {

/// JSON export and import of one deltagare or a whole database: a full-fidelity exchange
/// between Tilltro databases. The format is documented in docs/exchange-format.md, with a JSON
/// Schema in docs/exchange-format.schema.json.
namespace exchange {

/// The value of "format" in every exchange document.
inline constexpr auto FormatName = "tilltro-exchange";
/// The format this program writes; it reads this one and every older one (OldestFormatVersion
/// on). A document with a higher one is refused as made by a newer Tilltro.
///  1: the first.
///  2: a plan's "nextMeeting" and an occasion's "deltagareAbsent" (both optional on import).
///  3: an occasion's "noInsats" (optional on import); an insats "category" and a participant's
///     "endReason" may be any key, since the instrument may bring its own lists.
inline constexpr int FormatVersion = 3;
inline constexpr int OldestFormatVersion = 1;

// Limits of what an import reads (documented in docs/exchange-format.md). Anything larger is
// refused with a message before it is parsed.
inline constexpr std::int64_t MaxFileBytes = 256 * 1024 * 1024; ///< the whole file
inline constexpr std::int64_t MaxStringBytes = 1024 * 1024;     ///< one text, in UTF-8 bytes
inline constexpr int MaxNumberChars = 100;                      ///< one number, as written
inline constexpr int MaxDepth = 80;                             ///< nested arrays/objects
inline constexpr std::int64_t MaxMembers = 10000;               ///< members of one object
inline constexpr std::int64_t MaxValues = 8 * 1000 * 1000;      ///< values in the document

/// Told the work done so far: `done` of `total` units (`total` 0 = not known yet, e.g. while a
/// file is parsed). Returning false cancels: an import then changes nothing, an export writes no
/// file and no audit entry. Called on the caller's thread; an empty function never cancels.
using Progress = std::function<bool(int done, int total)>;

struct ExportOptions {
    /// The code of the one deltagare to export; empty exports every deltagare.
    QString participantCode;
    /// Include the answers to sensitive questions (Våld, Riskbruk: marked "sensitive" in the
    /// instrument), the notes of occasions and the edits of either. Left out by default, and
    /// the document says "sensitiveIncluded": false.
    bool includeSensitive = false;
    Progress progress;
};

struct ExportSummary {
    QStringList codes; ///< the exported deltagare, by code
    int instruments = 0;
    int handledare = 0;
    bool sensitiveIncluded = false;
};

/// Writes the exchange document to `path` through writeAuditedFiles() (owner-only, atomic, put
/// in place only after the transaction has committed): a failed or cancelled export leaves no
/// file (and an existing file as it was). Records an audit entry "export" per exported
/// deltagare, in one transaction with reading the data, so the file and the log agree. Refuses what
/// checkOutputPath() refuses: the database and its companion files, symbolic links, pipes, devices,
/// a missing folder. A full disk is said so.
Result<ExportSummary> exportToFile(storage::Database& db, const QString& path,
                                   const ExportOptions& options = {});

/// The document exportToFile() would write (same content, a fresh "exportedAt") without
/// writing a file or an audit entry. For checks that the data is unchanged, for tests, and for
/// the register extract (report::writeRegisterExtract(), which records its own audit entry in
/// the same transaction); anything else handed to a person or written to a file must go through
/// exportToFile().
Result<QByteArray> buildDocument(storage::Database& db, const ExportOptions& options = {});

struct ImportOptions {
    Progress progress;
    /// A team database (issue 17): every imported deltagare becomes this handledare's (the
    /// login's), and a handledare of the document the server does not know (by name and
    /// organisation) is recorded as this one, since a handledare creates no handledare rows
    /// there. The handledare history and the audit entries of the document are not restored on
    /// a server, which keeps its own (they stay in the document and in the file it came from).
    qint64 assignTo = 0;
};

struct ImportSummary {
    QStringList codes; ///< the imported deltagare, by code, in document order
    int handledareCreated = 0;
    int handledareMatched = 0;  ///< found in the database by name and organisation
    int handledareAssigned = 0; ///< not on the team database: recorded as ImportOptions::assignTo
    int instrumentsStored = 0;  ///< versions new to the database
    bool sensitiveIncluded = false;
    bool databaseCreated = false; ///< importInto() made a new database
};

/// Adds the deltagare of an exchange document to `db`: all or nothing, in one transaction. Every
/// value is checked first (the errors name the JSON path, e.g.
/// "participants[3].occasions[0].answers.d_halsa.value: must be a whole number from 1 to 10"),
/// then by the same repository rules as the window. A code that is already in the database
/// refuses the whole import (Error::Kind::Conflict, naming the codes); nothing is ever
/// overwritten. Handledare are matched by name and organisation or created; instrument versions
/// are stored unless already there with the same content (different content: Conflict). Records
/// an audit entry "import" per deltagare.
Result<ImportSummary> importBytes(storage::Database& db, const QByteArray& json,
                                  const ImportOptions& options = {});
/// importBytes() of the file at `path`, refusing what is not an ordinary file (a pipe, a device,
/// a folder: checkInputPath(), so nothing blocks) and a file over MaxFileBytes before reading it
/// and a hostile one (a huge string, deep nesting) as soon as the bytes read show it.
Result<ImportSummary> importFile(storage::Database& db, const QString& path,
                                 const ImportOptions& options = {});
/// Imports `inputPath` into the database at `databasePath`: opened for editing when it exists,
/// otherwise created (Database::create) after the document has been read and checked. A
/// database created here is removed again, with any folder made for it, when the import fails.
Result<ImportSummary> importInto(const QString& databasePath, const QString& inputPath,
                                 const ImportOptions& options = {});

} // namespace exchange
} // namespace tilltro

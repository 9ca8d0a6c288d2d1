#include "cli_common.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <optional>

#include "core/clock.h"
// audit-log prints the log inside the transaction that records reading it: AuditEntry,

using namespace Qt::StringLiterals;

namespace tilltro::cli {

namespace {

/// After the rows are gone: says what is still to be done (the clean-up of the file, or of the
/// automatic backups that still hold the erased data), how many of those backups were replaced,
/// and reminds of copies made elsewhere. Returns the exit code.
int afterErasure(const Result<workspace::Erased>& erased, QTextStream& say)
{
    int exitCode = Success;
    if (!erased->cleanupPending.isEmpty()) // erased, but the file's clean-up is still to be done
        exitCode = fail(erased->cleanupPending);
    if (!erased->backupsFailed.isEmpty())
        return fail(erased->backupsFailed);
    if (erased->backupsReplaced > 0) {
        say << QCoreApplication::translate("CommandLine",
                                           "%n older automatic backup(s) holding the erased "
                                           "data were deleted and replaced by a new one.",
                                           nullptr, erased->backupsReplaced)
            << Qt::endl;
    }
    say << QCoreApplication::translate(
               "CommandLine",
               "Copies made outside Tilltro (exports, backups saved elsewhere) must be deleted "
               "by hand.")
        << Qt::endl;
    return exitCode;
}

int runBackup(const QCommandLineParser& parser)
{
    const QString output = parser.value(u"output"_s);
    if (output.isEmpty())
        return fail(QCoreApplication::translate("CommandLine", "backup needs --output FILE."),
                    Usage);
    if (QFileInfo::exists(output) || QFileInfo(output).isSymLink()) {
        return fail(QCoreApplication::translate(
                        "CommandLine",
                        "%1 already exists. Choose another name; an existing file is never "
                        "overwritten.")
                        .arg(QDir::toNativeSeparators(output)));
    }
    // Read-only and without the lock, so a backup can be taken while the window has the
    // database open; VACUUM INTO reads one consistent snapshot. Inspect also accepts a database
    // from an older version (the backup is then of that version too).
    workspace::Workspace ws;
    if (auto opened = ws.open(parser.value(u"database"_s), workspace::Access::Inspect); !opened)
        return fail(opened.errorMessage());
    if (auto written = ws.backup(output); !written)
        return fail(written.errorMessage());
    return done(QCoreApplication::translate("CommandLine", "Backup written to %1.")
                    .arg(QDir::toNativeSeparators(output)));
}

int runErase(const QCommandLineParser& parser)
{
    const QString code = parser.value(u"participant"_s);
    if (code.trimmed().isEmpty())
        return fail(QCoreApplication::translate("CommandLine", "erase needs --participant CODE."),
                    Usage);
    if (!parser.isSet(u"yes"_s)) {
        return fail(QCoreApplication::translate(
                        "CommandLine",
                        "Erasing %1 permanently deletes the deltagare and everything stored about "
                        "them (occasions, answers, notes, plans, insatser, consent). It cannot be "
                        "undone. Nothing was changed; add --yes to erase.")
                        .arg(code.trimmed()),
                    Usage);
    }
    workspace::Workspace ws;
    if (auto opened = openForEditing(ws, parser.value(u"database"_s), out()); !opened)
        return fail(opened.errorMessage());
    auto found = ws.participantByCode(code.trimmed());
    if (!found)
        return fail(found.errorMessage());
    if (!found.value())
        return fail(QCoreApplication::translate("CommandLine",
                                                "No deltagare has the code %1; nothing was erased.")
                        .arg(code.trimmed()));

    const auto erased = ws.erase({found.value()->id});
    if (!erased)
        return fail(erased.errorMessage()); // nothing was erased
    out() << QCoreApplication::translate("CommandLine",
                                         "Erased %1 and everything stored about them.")
                 .arg(code.trimmed())
          << Qt::endl;
    return afterErasure(erased, out());
}

/// The retention period: --years when given (a whole number of at least 1), else the setting.
/// Prints the error and returns nullopt, with the exit code in `exitCode`, when --years is bad
/// (Usage) or the setting cannot be read or is not a sensible number (Failure; never the
/// default in its place).
std::optional<int> chosenYears(const QCommandLineParser& parser, const workspace::Workspace& ws,
                               int& exitCode)
{
    if (parser.isSet(u"years"_s)) {
        bool ok = false;
        const int years = parser.value(u"years"_s).trimmed().toInt(&ok);
        if (!ok || years < 1) {
            exitCode =
                fail(QCoreApplication::translate(
                         "CommandLine", "--years needs a whole number of years (1 or more)."),
                     Usage);
            return std::nullopt;
        }
        return years;
    }
    auto stored = ws.retentionYears();
    if (!stored) {
        exitCode = fail(stored.errorMessage());
        return std::nullopt;
    }
    return stored.value();
}

nlohmann::json candidatesJson(const std::vector<GallringCandidate>& candidates)
{
    nlohmann::json array = nlohmann::json::array();
    for (const GallringCandidate& c : candidates) {
        array.push_back({
            {"code", c.code.toStdString()},
            // gallringCandidates() gives no name for a protected identity.
            {"name",
             c.name.isEmpty() ? nlohmann::json(nullptr) : nlohmann::json(c.name.toStdString())},
            {"endDate", c.endDate.toString(Qt::ISODate).toStdString()},
            {"endReason", c.endReason.toStdString()},
        });
    }
    return array;
}

void printCandidates(const std::vector<GallringCandidate>& candidates)
{
    const QString protectedMarker = QCoreApplication::translate("CommandLine", "[protected]");
    for (const GallringCandidate& c : candidates) {
        out() << c.code << u'\t' << (c.name.isEmpty() ? protectedMarker : c.name) << u'\t'
              << c.endDate.toString(Qt::ISODate) << u'\t' << c.endReason << Qt::endl;
    }
}

int runGallring(const QCommandLineParser& parser)
{
    const bool erase = parser.isSet(u"erase"_s);
    const bool confirmed = parser.isSet(u"yes"_s);
    const bool json = parser.isSet(u"json"_s);
    if (confirmed && !erase) {
        return fail(QCoreApplication::translate("CommandLine", "--yes only goes with --erase."),
                    Usage);
    }
    const QString database = parser.value(u"database"_s);
    // With --json, stdout holds only the JSON; what is said to a person goes to stderr.
    QTextStream& say = json ? err() : out();
    // Listing reads alongside the window; erasing needs the database for editing (and first
    // finishes an earlier erasure that could not clean the file completely).
    workspace::Workspace ws;
    if (auto opened = erase && confirmed ? openForEditing(ws, database, say)
                                         : ws.open(database, workspace::Access::ReadOnly);
        !opened)
        return fail(opened.errorMessage());
    int exitCode = Success;
    const auto years = chosenYears(parser, ws, exitCode);
    if (!years)
        return exitCode;
    const QDate today = Clock::today();
    auto candidates = ws.gallringCandidates(*years, today);
    if (!candidates)
        return fail(candidates.errorMessage());
    const auto& list = candidates.value();
    const QString before = today.addYears(-*years).toString(Qt::ISODate);

    if (json)
        out() << QString::fromStdString(candidatesJson(list).dump(2)) << Qt::endl;
    else
        printCandidates(list);
    say << QCoreApplication::translate(
               "CommandLine", "Retention period: %n year(s), so the limit is %1.", nullptr, *years)
               .arg(before)
        << Qt::endl
        << QCoreApplication::translate("CommandLine", "%n deltagare ended before the limit.",
                                       nullptr, int(list.size()))
        << Qt::endl;
    if (!erase || list.empty())
        return Success;

    QStringList codes;
    std::vector<qint64> ids;
    for (const GallringCandidate& c : list) {
        codes << c.code;
        ids.push_back(c.participantId);
    }
    if (!confirmed) {
        return fail(QCoreApplication::translate(
                        "CommandLine",
                        "Erasing permanently deletes these %n deltagare and everything stored "
                        "about them (%1). It cannot be undone. Nothing was changed; add --yes to "
                        "erase them.",
                        nullptr, int(ids.size()))
                        .arg(codes.join(u", "_s)),
                    Usage);
    }
    const auto erased = ws.erase(ids); // all or none
    if (!erased)
        return fail(erased.errorMessage());
    say << QCoreApplication::translate("CommandLine",
                                       "Erased %n deltagare and everything stored about them: %1.",
                                       nullptr, int(ids.size()))
               .arg(codes.join(u", "_s))
        << Qt::endl;
    return afterErasure(erased, say);
}

nlohmann::json entriesJson(const std::vector<AuditEntry>& entries)
{
    const auto idOrNull = [](qint64 id) {
        return id > 0 ? nlohmann::json(id) : nlohmann::json(nullptr);
    };
    nlohmann::json array = nlohmann::json::array();
    for (const AuditEntry& e : entries) {
        array.push_back({
            {"time", e.at.toUTC().toString(Qt::ISODateWithMs).toStdString()},
            {"user", e.osUser.toStdString()},
            {"action", e.action.toStdString()},
            {"entity", e.entity.toStdString()},
            {"entityId", idOrNull(e.entityId)},
            {"participantId", idOrNull(e.participantId)},
            {"participant", e.participantCode.isEmpty()
                                ? nlohmann::json(nullptr)
                                : nlohmann::json(e.participantCode.toStdString())},
            {"details", e.details.toStdString()},
        });
    }
    return array;
}

int runAuditLog(const QCommandLineParser& parser)
{
    const bool json = parser.isSet(u"json"_s);
    const QString output = parser.value(u"output"_s).trimmed();
    if (parser.isSet(u"output"_s) && output.isEmpty()) {
        return fail(QCoreApplication::translate("CommandLine", "--output needs a file name."),
                    Usage);
    }
    if (json && !output.isEmpty()) {
        return fail(
            QCoreApplication::translate(
                "CommandLine", "--json prints to the screen; --output writes CSV. Choose one."),
            Usage);
    }
    const QString code = parser.value(u"participant"_s).trimmed();
    if (parser.isSet(u"participant"_s) && code.isEmpty()) {
        return fail(QCoreApplication::translate("CommandLine",
                                                "--participant needs the code of a deltagare."),
                    Usage);
    }
    // Shared: reads beside the window; reading the log for a review is itself recorded in it.
    workspace::Workspace ws;
    const auto opened = openShared(ws, parser.value(u"database"_s), code);
    if (!opened)
        return fail(opened.errorMessage());
    const qint64 participantId = opened.value();

    if (!output.isEmpty()) {
        auto written = ws.exportAuditLog(output, participantId);
        if (!written)
            return fail(written.errorMessage());
        return done(QCoreApplication::translate("CommandLine", "Wrote %n log entries to %1.",
                                                nullptr, written.value())
                        .arg(QDir::toNativeSeparators(output)));
    }
    // The text is made inside the transaction that records the export and printed only once it
    // has committed: never shown unrecorded, and the write lock is not held while stdout blocks.
    QString text;
    auto read = ws.reviewAuditLog(
        participantId, [&](const std::vector<AuditEntry>& entries) -> Result<void> {
            if (json) {
                text = QString::fromStdString(entriesJson(entries).dump(2)) + u'\n';
            } else {
                // No byte-order mark on a stream; --output writes the
                // file a spreadsheet opens.
                QByteArray csv = auditLogCsv(entries);
                csv.remove(0, 3);
                text = QString::fromUtf8(csv);
            }
            return {};
        });
    if (!read)
        return fail(read.errorMessage());
    out() << text;
    out().flush();
    if (out().status() != QTextStream::Ok) {
        return fail(QCoreApplication::translate("CommandLine", "The log could not be printed."));
    }
    return Success;
}

} // namespace

std::vector<Subcommand> safetyCommands()
{
    return {
        {u"backup"_s, QT_TRANSLATE_NOOP("CommandLine", "a consistent copy of the database"),
         [](QCommandLineParser& parser) {
             parser.addOption(QCommandLineOption(
                 u"output"_s,
                 QCoreApplication::translate("CommandLine",
                                             "The backup file to write (must not exist)."),
                 u"file"_s));
         },
         runBackup},
        {u"erase"_s, QT_TRANSLATE_NOOP("CommandLine", "erase a deltagare for good"),
         [](QCommandLineParser& parser) {
             parser.addOptions(
                 {QCommandLineOption(u"participant"_s,
                                     QCoreApplication::translate(
                                         "CommandLine", "The code of the deltagare to erase."),
                                     u"code"_s),
                  confirmOption()});
         },
         runErase},
        {u"gallring"_s,
         QT_TRANSLATE_NOOP("CommandLine", "list (or erase) ended participations past retention"),
         [](QCommandLineParser& parser) {
             parser.addOptions(
                 {QCommandLineOption(
                      u"years"_s,
                      QCoreApplication::translate(
                          "CommandLine",
                          "Participations that ended more than this many years ago (default: the "
                          "retention period set in the database, else 5)."),
                      u"n"_s),
                  QCommandLineOption(u"erase"_s, QCoreApplication::translate(
                                                     "CommandLine", "Erase them all, in one go.")),
                  confirmOption(), jsonOption()});
         },
         runGallring},
        {u"audit-log"_s, QT_TRANSLATE_NOOP("CommandLine", "the log, as text, CSV or JSON"),
         [](QCommandLineParser& parser) {
             addParticipantAndOutput(
                 parser, QT_TRANSLATE_NOOP("CommandLine", "Only the entries about this deltagare."),
                 QT_TRANSLATE_NOOP("CommandLine", "Write CSV to this file (default: print CSV)."));
             parser.addOption(jsonOption());
         },
         runAuditLog},
    };
}

} // namespace tilltro::cli

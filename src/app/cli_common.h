#pragma once

// Shared by the subcommands (cli*.cpp). App layer only: each subcommand parses its arguments,
// calls the workspace (the use cases it shares with the window) and prints.

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <QTextStream>

#include <functional>
#include <vector>

#include "core/result.h"
#include "workspace/workspace.h"

namespace tilltro::cli {

enum ExitCode { Success = 0, Usage = 1, Failure = 2 };

QTextStream& out();
QTextStream& err();
/// Prints `message` to stderr and returns `code`.
int fail(const QString& message, int code = Failure);
/// Prints `message` (what was done) to stdout and returns Success.
int done(const QString& message);

/// Opens the database at `path` in `ws` for editing (the lock; checked; an older schema
/// migrated), as every command that changes it does. When that completed the clean-up of an
/// earlier erasure (killed, or the disk was full), says so on `say` (cli_open.cpp).
Result<void> openForEditing(workspace::Workspace& ws, const QString& path, QTextStream& say);

/// Opens the database at `path` in `ws` to read beside the window, recording in the audit log
/// what is read for an export; only the pages read are checked. With a `code`, finds that
/// deltagare: their id, or an error saying no one has that code. Without one: 0 (cli_open.cpp).
Result<qint64> openShared(workspace::Workspace& ws, const QString& path, const QString& code = {});

/// --participant CODE and --output (a file, or what `outputValue` names), described by
/// `participant` and `output` (QT_TRANSLATE_NOOP, "CommandLine"): the options of the commands
/// that write or show what is stored about one deltagare (or about everyone) (cli_open.cpp).
void addParticipantAndOutput(QCommandLineParser& parser, const char* participant,
                             const char* output,
                             const QString& outputValue = QStringLiteral("file"));
QCommandLineOption jsonOption();    ///< --json
QCommandLineOption confirmOption(); ///< --yes, for erasing
/// done() for an export of a deltagare's data (`message` says where it went), with a reminder
/// when answers to sensitive questions and notes were left out (cli_open.cpp).
int doneExporting(const QString& message, bool sensitiveIncluded);

/// One subcommand. The parser already knows --database, --lang and --help; `addOptions` adds
/// the subcommand's own. `run` is called after parsing succeeded and --database was given.
struct Subcommand {
    QString name;
    const char* summary; ///< one line for the general usage (QT_TRANSLATE_NOOP, "CommandLine")
    std::function<void(QCommandLineParser&)> addOptions;
    std::function<int(const QCommandLineParser&)> run;
    bool needsGui = false; ///< draws (fonts, charts): gets a QApplication on the offscreen platform
    bool needsDatabase = true;    ///< refused without --database
    bool drawsWithOutput = false; ///< draws only when --output is given (a PDF)
    /// Takes one word after its name (`tilltro instrument list`), which `run` reads as the
    /// second positional argument and checks itself.
    bool takesAction = false;
};

std::vector<Subcommand> basicCommands();    ///< demo, check, list (cli.cpp)
std::vector<Subcommand> exchangeCommands(); ///< export-json, import-json (cli_exchange.cpp)
std::vector<Subcommand> safetyCommands();   ///< backup, erase, gallring, audit-log (cli_safety.cpp)
std::vector<Subcommand> reportCommands();   ///< export-pdf, extract (cli_report.cpp)
Subcommand extractCommand();                ///< extract: the register extract (cli_extract.cpp)
std::vector<Subcommand> statisticsCommands(); ///< stats, stats-merge (cli_stats.cpp)
std::vector<Subcommand> formCommands();       ///< export-form (cli_form.cpp)
std::vector<Subcommand> instrumentCommands(); ///< instrument list|import|use (cli_instrument.cpp)

} // namespace tilltro::cli

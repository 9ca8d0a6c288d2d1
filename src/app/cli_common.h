#pragma once

// Shared by the subcommands (cli*.cpp). App layer only.

#include <QCommandLineParser>
#include <QString>
#include <QTextStream>

#include <functional>
#include <memory>
#include <vector>

#include "core/result.h"

namespace tilltro {
class Database;
}

namespace tilltro::cli {

enum ExitCode { Success = 0, Usage = 1, Failure = 2 };

QTextStream& out();
QTextStream& err();
/// Prints `message` to stderr and returns `code`.
int fail(const QString& message, int code = Failure);

/// Opens the database at `path` for editing (the lock; checked; an older schema migrated), as
/// every command that changes it does, then finishes an earlier erasure whose clean-up is still
/// pending (killed, or the disk was full) and, when it did, says so on `say`. Refuses a
/// database another program is creating right now with a message saying so (cli_open.cpp).
Result<std::unique_ptr<Database>> openForEditing(const QString& path, QTextStream& say);

/// One subcommand. The parser already knows --database, --lang and --help; `addOptions` adds
/// the subcommand's own. `run` is called after parsing succeeded and --database was given.
struct Subcommand {
    QString name;
    std::function<void(QCommandLineParser&)> addOptions;
    std::function<int(const QCommandLineParser&)> run;
    bool needsGui = false; ///< draws (fonts, charts): gets a QApplication on the offscreen platform
};

std::vector<Subcommand> basicCommands();    ///< demo, check, list (cli.cpp)
std::vector<Subcommand> exchangeCommands(); ///< export-json, import-json (cli_exchange.cpp)
std::vector<Subcommand> safetyCommands();   ///< backup, erase, gallring, audit-log (cli_safety.cpp)
std::vector<Subcommand> reportCommands();   ///< export-pdf, extract (cli_report.cpp)
Subcommand extractCommand();                ///< extract: the register extract (cli_extract.cpp)

} // namespace tilltro::cli

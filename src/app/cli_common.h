#pragma once

// Shared by the subcommands (cli*.cpp). App layer only.

#include <QCommandLineParser>
#include <QString>
#include <QTextStream>

#include <functional>
#include <vector>

namespace tilltro::cli {

enum ExitCode { Success = 0, Usage = 1, Failure = 2 };

QTextStream& out();
QTextStream& err();
/// Prints `message` to stderr and returns `code`.
int fail(const QString& message, int code = Failure);

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

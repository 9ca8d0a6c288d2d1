#pragma once

#include <QStringList>

namespace tilltro::cli {

/// What a command line asks for, decided before any QCoreApplication exists, so that only the
/// window ever needs a display.
struct Invocation {
    enum class Kind {
        Window,  ///< no command: open the window (global and Qt's own options only)
        Command, ///< a known subcommand; its own parser checks the rest
        Help,    ///< --help without a command: the general usage on stdout, exit 0
        Version, ///< --version without a command
        Usage,   ///< an unknown command, a stray argument or option: usage on stderr, exit 1
    };
    Kind kind = Kind::Window;
    QString command;            ///< Command: its name. Usage: what was not understood.
    bool unknownOption = false; ///< Usage: `command` is an option rather than a command
};

/// Classifies `arguments` (argv, program name first). The global options --database and --lang
/// may stand before or after the command; the first other non-option word is the command.
Invocation classify(const QStringList& arguments);

/// Whether that subcommand, given `arguments`, draws (PDF): it then needs a QApplication
/// (offscreen is fine). Some draw only when asked for a PDF (--output).
bool needsGui(const QString& command, const QStringList& arguments);

/// The general usage: how to open the window, every subcommand with one line about it.
QString usageText();

/// Handles Help, Version and Usage invocations: prints and returns the exit code.
/// Needs a QCoreApplication (translators installed).
int runInformational(const Invocation& invocation);

/// Runs a subcommand; returns the exit code: 0 success, 1 bad usage, 2 any other failure.
/// Needs a QCoreApplication (translators installed). Never shows a window.
int run(const QStringList& arguments);

} // namespace tilltro::cli

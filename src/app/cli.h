#pragma once

#include <QStringList>

namespace tilltro::cli {

/// Whether argv names a subcommand (batch work) rather than the window.
bool isSubcommand(const QStringList& arguments);

/// Whether that subcommand draws (PDF): it then needs a QApplication (offscreen is fine).
bool needsGui(const QStringList& arguments);

/// Runs a subcommand; returns the exit code: 0 success, 1 bad usage, 2 any other failure.
/// Needs a QCoreApplication (translators installed). Never shows a window.
int run(const QStringList& arguments);

} // namespace tilltro::cli

// Tilltro: one executable for the window and for batch work on the command line.

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QSettings>

#include <cstdio>
#include <memory>

#include "cli.h"
#include "dialogs/messagebox.h"
#include "i18n.h"
#include "mainwindow.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(u"Tilltro"_s);
    QCoreApplication::setApplicationName(u"Tilltro"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(TILLTRO_VERSION));
}

/// `--lang` is looked for before the application exists so the translators can be installed
/// before any text is produced.
QString requestedLanguage(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == "--lang"_L1 && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (arg.startsWith("--lang="_L1))
            return arg.mid(7);
    }
    return {};
}

bool installLanguage(QCoreApplication& app, const QString& requested)
{
    const QString language = tilltro::app::chooseLanguage(requested);
    if (language.isEmpty()) {
        std::fprintf(stderr, "Unknown language '%s'. Available: %s\n",
                     requested.toLocal8Bit().constData(),
                     tilltro::app::availableLanguages().join(u", "_s).toLocal8Bit().constData());
        return false;
    }
    return tilltro::app::installTranslators(app, language);
}

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

/// Everything but the window: subcommands, --help, --version and usage errors. Never needs a
/// display; the offscreen platform serves the subcommands that draw (PDF).
int runWithoutWindow(int argc, char** argv, const QStringList& arguments,
                     const tilltro::cli::Invocation& invocation)
{
    const bool draws = invocation.kind == tilltro::cli::Invocation::Kind::Command &&
                       tilltro::cli::needsGui(invocation.command, arguments);
    if (draws && !hasDisplay())
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = draws ? std::make_unique<QApplication>(argc, argv)
                                                  : std::make_unique<QCoreApplication>(argc, argv);
    setApplicationIdentity();
    if (!installLanguage(*app, requestedLanguage(argc, argv)))
        return 1;
    if (invocation.kind == tilltro::cli::Invocation::Kind::Command)
        return tilltro::cli::run(QCoreApplication::arguments());
    return tilltro::cli::runInformational(invocation);
}

} // namespace

int main(int argc, char** argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    const tilltro::cli::Invocation invocation = tilltro::cli::classify(args);
    if (invocation.kind != tilltro::cli::Invocation::Kind::Window)
        return runWithoutWindow(argc, argv, args, invocation);

    const bool platformGiven = args.contains(u"-platform"_s) || args.contains(u"--platform"_s);
    if (!hasDisplay() && !platformGiven) {
        // Without this, Qt aborts with "could not connect to display".
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        if (!installLanguage(app, requestedLanguage(argc, argv)))
            return 1;
        std::fprintf(stderr, "%s\n\n%s",
                     QCoreApplication::translate(
                         "main", "The window needs a display, and none was found (DISPLAY is "
                                 "not set). The commands work without one:")
                         .toLocal8Bit()
                         .constData(),
                     tilltro::cli::usageText().toLocal8Bit().constData());
        return 2;
    }

    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setWindowIcon(QIcon(u":/icons/tilltro.svg"_s));
    QGuiApplication::setDesktopFileName(u"se.tilltro.Tilltro"_s);
    // --lang, else the language chosen in Settings, else the system's (Swedish by default).
    QString language = requestedLanguage(argc, argv);
    if (language.isEmpty())
        language = tilltro::app::savedLanguage();
    if (!installLanguage(app, language))
        return 1;
    language = tilltro::app::chooseLanguage(language);

    // classify() has accepted only the global options and Qt's own; Qt's are gone from argv.
    QCommandLineParser parser;
    const QCommandLineOption database(
        u"database"_s, QCoreApplication::translate("main", "The database to open."), u"path"_s);
    const QCommandLineOption lang(u"lang"_s,
                                  QCoreApplication::translate("CommandLine", "The language (%1).")
                                      .arg(tilltro::app::availableLanguages().join(u", "_s)),
                                  u"language"_s);
    parser.addOptions({database, lang});
    parser.process(app);

    auto* window = new tilltro::gui::MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setLanguages(tilltro::app::availableLanguages(), language);
    window->show();

    if (parser.isSet(database)) {
        // An explicitly named file is never created behind the user's back.
        window->openDatabase(parser.value(database));
    } else {
        const QString last = QSettings().value(u"lastDatabase"_s).toString();
        const QString defaultPath = tilltro::workspace::Workspace::defaultPath();
        const auto openOwnFile = [&] {
            if (QFileInfo::exists(defaultPath))
                window->openDatabase(defaultPath);
            else
                window->createDatabase(defaultPath); // first start: the user's own database
        };
        if (tilltro::workspace::Workspace::isTeamDatabase(last)) {
            // The team database worked in last; when it cannot be reached now (the message
            // says why), the user's own file, so that the window is never empty.
            if (!window->openDatabase(last)) {
                openOwnFile();
                // Only for now: the next start tries the team database again, so that one
                // morning without the server does not move the work into the file for good.
                QSettings().setValue(u"lastDatabase"_s, last);
            }
        } else if (!last.isEmpty() && QFileInfo::exists(last)) {
            window->openDatabase(last);
        } else {
            openOwnFile();
        }
    }
    // Settings › Språk: the window closes as on quitting (everything saved, the tabs
    // remembered), the translators are swapped, and a new window opens the same database with
    // its tabs, every text in the new language.
    tilltro::gui::MainWindow::followLanguageRequests(window, [&app](const QString& chosen) {
        return tilltro::app::switchTranslators(app, chosen);
    });
    return QApplication::exec();
}

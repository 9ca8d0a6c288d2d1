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
#include "core/storage/database.h"
#include "dialogs/messagebox.h"
#include "i18n.h"
#include "mainwindow.h"

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
    const QString language = tilltro::chooseLanguage(requested);
    if (language.isEmpty()) {
        std::fprintf(stderr, "Unknown language '%s'. Available: %s\n",
                     requested.toLocal8Bit().constData(),
                     tilltro::availableLanguages().join(u", "_s).toLocal8Bit().constData());
        return false;
    }
    return tilltro::installTranslators(app, language);
}

int runCommandLine(int argc, char** argv, bool gui)
{
    // Subcommands never need a display; the offscreen platform serves any that draw (PDF).
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    std::unique_ptr<QCoreApplication> app = gui ? std::make_unique<QApplication>(argc, argv)
                                                : std::make_unique<QCoreApplication>(argc, argv);
    setApplicationIdentity();
    if (!installLanguage(*app, requestedLanguage(argc, argv)))
        return 1;
    return tilltro::cli::run(QCoreApplication::arguments());
}

} // namespace

int main(int argc, char** argv)
{
    {
        QStringList args;
        for (int i = 0; i < argc; ++i)
            args << QString::fromLocal8Bit(argv[i]);
        if (tilltro::cli::isSubcommand(args))
            return runCommandLine(argc, argv, tilltro::cli::needsGui(args));
    }

    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setWindowIcon(QIcon(u":/icons/tilltro.svg"_s));
    QGuiApplication::setDesktopFileName(u"se.tilltro.Tilltro"_s);
    if (!installLanguage(app, requestedLanguage(argc, argv)))
        return 1;

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Quarterly SKAPA assessments and action plans.\n\nSubcommands: demo, check, list, "
                "export-pdf, export-json, import-json, erase, backup (see the manual)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(
        u"database"_s, QCoreApplication::translate("main", "The database to open."), u"path"_s);
    const QCommandLineOption lang(
        u"lang"_s, QCoreApplication::translate("main", "The language (sv, en)."), u"language"_s);
    parser.addOptions({database, lang});
    parser.process(app);

    tilltro::MainWindow window;
    window.show();

    if (parser.isSet(database)) {
        // An explicitly named file is never created behind the user's back.
        window.openDatabase(parser.value(database));
    } else {
        const QString last = QSettings().value(u"lastDatabase"_s).toString();
        const QString defaultPath = tilltro::Database::defaultPath();
        if (!last.isEmpty() && QFileInfo::exists(last))
            window.openDatabase(last);
        else if (QFileInfo::exists(defaultPath))
            window.openDatabase(defaultPath);
        else
            window.createDatabase(defaultPath); // first start: the user's own database
    }
    return QApplication::exec();
}

#include "cli.h"
#include "cli_common.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>

#include "core/clock.h"
#include "i18n.h"

using tilltro::app::availableLanguages;

using namespace Qt::StringLiterals;

namespace tilltro::cli {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString& message, int code)
{
    err() << message << Qt::endl;
    return code;
}

int done(const QString& message)
{
    out() << message << Qt::endl;
    return Success;
}

namespace {

int runDemo(const QCommandLineParser& parser)
{
    const QString path = parser.value(u"database"_s);
    workspace::Workspace ws;
    if (auto created = ws.create(path); !created)
        return fail(created.errorMessage());
    if (auto filled = ws.fillWithDemoData(); !filled) {
        ws.close();
        QFile::remove(path);
        return fail(QCoreApplication::translate("CommandLine", "Could not create the demo data: %1")
                        .arg(filled.errorMessage()));
    }
    return done(QCoreApplication::translate("CommandLine", "Created %1 with fictional deltagare.")
                    .arg(QDir::toNativeSeparators(path)));
}

/// `check` of a team database: the connection, TLS, the login's role and the schema.
int runTeamCheck(const QString& uri)
{
    const auto checked = workspace::Workspace::checkTeamDatabase(uri);
    if (!checked)
        return fail(checked.errorMessage());
    const ServerInfo& info = checked.value();
    out() << QCoreApplication::translate("CommandLine", "%1: PostgreSQL %2, %3.")
                 .arg(uri, info.serverVersion,
                      info.tls ? QCoreApplication::translate("CommandLine", "encrypted (%1)")
                                     .arg(info.tlsVersion)
                               : QCoreApplication::translate("CommandLine",
                                                             "not encrypted (a local socket)"))
          << Qt::endl;
    const QString role = info.role.isEmpty()
                             ? QCoreApplication::translate("CommandLine", "no Tilltro role")
                             : info.role;
    out() << (info.handledareName.isEmpty()
                  ? QCoreApplication::translate("CommandLine", "Logged in as %1: %2.")
                        .arg(info.login, role)
                  : QCoreApplication::translate("CommandLine", "Logged in as %1: %2 (%3).")
                        .arg(info.login, role, info.handledareName))
          << Qt::endl;
    if (info.schemaVersion)
        out() << QCoreApplication::translate("CommandLine",
                                             "Database version %1 (this program: %2).")
                     .arg(*info.schemaVersion)
                     .arg(workspace::Workspace::schemaVersion())
              << Qt::endl;
    // A login without a Tilltro role can do nothing in the program: that is a failure.
    return info.role.isEmpty() ? Failure : Success;
}

int runCheck(const QCommandLineParser& parser)
{
    const QString path = parser.value(u"database"_s);
    if (workspace::Workspace::isTeamDatabase(path))
        return runTeamCheck(path);
    workspace::Workspace ws;
    if (auto opened = ws.open(path, workspace::Access::Inspect); !opened)
        return fail(opened.errorMessage());
    const auto checked = ws.checkThoroughly();
    if (!checked)
        return fail(checked.errorMessage());
    out() << QCoreApplication::translate(
                 "CommandLine", "%1: database version %2 (this program: %3), integrity ok.")
                 .arg(QDir::toNativeSeparators(path))
                 .arg(checked->schemaVersion)
                 .arg(checked->programSchemaVersion)
          << Qt::endl;
    if (checked->schemaVersion < checked->programSchemaVersion)
        out() << QCoreApplication::translate("CommandLine",
                                             "It will be updated when opened for editing.")
              << Qt::endl;
    return Success;
}

/// The BIP signals as their stored keys ("overdue", "no_insats", ...), for scripts.
nlohmann::json signalKeys(const SignalSet& signals)
{
    nlohmann::json keys = nlohmann::json::array();
    for (const BipSignal signal : signals.toList())
        keys.push_back(codeOf(signal).toStdString());
    return keys;
}

QString isoOrEmpty(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

int runList(const QCommandLineParser& parser)
{
    workspace::Workspace ws;
    if (auto opened = ws.open(parser.value(u"database"_s), workspace::Access::ReadOnly,
                              workspace::Check::InBackground);
        !opened)
        return fail(opened.errorMessage());
    const bool json = parser.isSet(u"json"_s);
    auto rows = ws.caseload(Clock::today(), json ? workspace::Workspace::Signals::With
                                                 : workspace::Workspace::Signals::Without);
    if (!rows)
        return fail(rows.errorMessage());

    if (json) {
        nlohmann::json array = nlohmann::json::array();
        auto dateOrNull = [](const QDate& d) -> nlohmann::json {
            return d.isValid() ? nlohmann::json(d.toString(Qt::ISODate).toStdString())
                               : nlohmann::json(nullptr);
        };
        for (const CaseloadRow& row : rows.value()) {
            array.push_back({
                {"code", row.code.toStdString()},
                {"name", row.protectedIdentity || row.name.isEmpty()
                             ? nlohmann::json(nullptr)
                             : nlohmann::json(row.name.toStdString())},
                {"handledare", row.handledare.toStdString()},
                {"lastOccasion", dateOrNull(row.lastOccasion)},
                {"nextDue", dateOrNull(row.nextDue)},
                {"overdue", row.overdue},
                {"signals", signalKeys(row.bipSignals)},
            });
        }
        out() << QString::fromStdString(array.dump(2)) << Qt::endl;
        return Success;
    }

    const QString protectedMarker = QCoreApplication::translate("CommandLine", "[protected]");
    for (const CaseloadRow& row : rows.value()) {
        const QString name = row.protectedIdentity ? protectedMarker : row.name;
        out() << row.code << u'\t' << name << u'\t' << row.handledare << u'\t'
              << isoOrEmpty(row.lastOccasion) << u'\t' << isoOrEmpty(row.nextDue)
              << (row.overdue ? u"\t"_s + QCoreApplication::translate("CommandLine", "overdue")
                              : QString())
              << Qt::endl;
    }
    return Success;
}

} // namespace

std::vector<Subcommand> basicCommands()
{
    return {
        {u"demo"_s, QT_TRANSLATE_NOOP("CommandLine", "create a database of fictional deltagare"),
         [](QCommandLineParser&) {}, runDemo},
        {u"check"_s, QT_TRANSLATE_NOOP("CommandLine", "schema version and full integrity check"),
         [](QCommandLineParser&) {}, runCheck},
        {u"list"_s, QT_TRANSLATE_NOOP("CommandLine", "one line per deltagare [--json]"),
         [](QCommandLineParser& parser) { parser.addOption(jsonOption()); }, runList},
    };
}

namespace {

std::vector<Subcommand> allCommands()
{
    std::vector<Subcommand> all;
    for (auto&& group : {basicCommands(), exchangeCommands(), safetyCommands(), reportCommands(),
                         statisticsCommands(), formCommands(), instrumentCommands()})
        all.insert(all.end(), group.begin(), group.end());
    return all;
}

const Subcommand* find(const std::vector<Subcommand>& all, const QString& name)
{
    for (const Subcommand& command : all) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

} // namespace

namespace {

/// Options that take a value: the global ones, and Qt's own (QGuiApplication and QApplication
/// strip them from argv before the window's parser sees it).
bool takesValue(const QString& name)
{
    static const QStringList names = {u"database"_s,
                                      u"lang"_s,
                                      u"platform"_s,
                                      u"platformpluginpath"_s,
                                      u"platformtheme"_s,
                                      u"plugin"_s,
                                      u"qwindowgeometry"_s,
                                      u"qwindowicon"_s,
                                      u"qwindowtitle"_s,
                                      u"session"_s,
                                      u"display"_s,
                                      u"geometry"_s,
                                      u"style"_s,
                                      u"stylesheet"_s,
                                      u"title"_s};
    return names.contains(name);
}

/// Qt's own switches that the window accepts.
bool isQtSwitch(const QString& name)
{
    static const QStringList names = {u"reverse"_s, u"widgetcount"_s, u"nograb"_s,
                                      u"dograb"_s,  u"sync"_s,        u"qmljsdebugger"_s};
    return names.contains(name);
}

} // namespace

Invocation classify(const QStringList& arguments)
{
    QStringList words;
    QString unknownOption;
    bool help = false;
    bool version = false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (arg == "--"_L1) {
            words += arguments.mid(i + 1);
            break;
        }
        if (arg.size() < 2 || !arg.startsWith(u'-')) {
            words << arg;
            continue;
        }
        const bool doubleDash = arg.startsWith("--"_L1);
        QString name = arg.mid(doubleDash ? 2 : 1);
        const bool inlineValue = name.contains(u'=');
        name = name.section(u'=', 0, 0);
        // Our own options are spelt with two dashes (QCommandLineParser reads "-lang" as the
        // short options -l -a -n -g); Qt's own take one or two.
        const bool ours = name == "database"_L1 || name == "lang"_L1;
        if (ours && !doubleDash) {
            if (unknownOption.isEmpty())
                unknownOption = arg;
        } else if (takesValue(name)) {
            if (!inlineValue)
                ++i; // its value, whatever it looks like
        } else if (name == "help"_L1 || name == "h"_L1 || name == "?"_L1 || name == "help-all"_L1) {
            help = true;
        } else if (name == "version"_L1 || name == "v"_L1) {
            version = true;
        } else if (!isQtSwitch(name) && unknownOption.isEmpty()) {
            unknownOption = arg;
        }
    }
    if (!words.isEmpty()) {
        if (find(allCommands(), words.first()))
            return {Invocation::Kind::Command, words.first(), false};
        return {Invocation::Kind::Usage, words.first(), false};
    }
    if (help)
        return {Invocation::Kind::Help, {}, false};
    if (version)
        return {Invocation::Kind::Version, {}, false};
    if (!unknownOption.isEmpty())
        return {Invocation::Kind::Usage, unknownOption, true};
    return {};
}

bool needsGui(const QString& name, const QStringList& arguments)
{
    const auto all = allCommands();
    const Subcommand* command = find(all, name);
    if (!command)
        return false;
    const bool output = std::any_of(arguments.begin(), arguments.end(), [](const QString& arg) {
        return arg == "--output"_L1 || arg.startsWith("--output="_L1);
    });
    return command->needsGui || (command->drawsWithOutput && output);
}

QString usageText()
{
    QString text;
    QTextStream stream(&text);
    stream << QCoreApplication::translate("CommandLine", "Usage:") << u'\n'
           << u"  tilltro [--database PATH] [--lang LANGUAGE]\n"_s << u"      "_s
           << QCoreApplication::translate("CommandLine",
                                          "opens the window (the default database if none given)")
           << u"\n  tilltro COMMAND --database PATH [OPTIONS]\n"_s << u"      "_s
           << QCoreApplication::translate("CommandLine",
                                          "batch work, without a window or a display")
           << u"\n\n"_s << QCoreApplication::translate("CommandLine", "Commands:") << u'\n';
    for (const Subcommand& command : allCommands())
        stream << u"  "_s << command.name.leftJustified(13)
               << QCoreApplication::translate("CommandLine", command.summary) << u'\n';
    stream << u'\n'
           << QCoreApplication::translate(
                  "CommandLine",
                  "Global options, before or after the command: --database PATH, --lang %1.")
                  .arg(availableLanguages().join(u'|'))
           << u'\n'
           << QCoreApplication::translate("CommandLine",
                                          "'tilltro COMMAND --help' shows a command's options.")
           << u'\n'
           << QCoreApplication::translate("CommandLine",
                                          "Exit codes: 0 done, 1 bad usage, 2 any other failure.")
           << u'\n';
    return text;
}

int runInformational(const Invocation& invocation)
{
    out().setEncoding(QStringConverter::Utf8);
    err().setEncoding(QStringConverter::Utf8);
    switch (invocation.kind) {
    case Invocation::Kind::Help:
        out() << QCoreApplication::translate(
                     "CommandLine", "Tilltro %1: quarterly SKAPA assessments and action plans.")
                     .arg(QCoreApplication::applicationVersion())
              << u"\n\n"_s << usageText();
        out().flush();
        return Success;
    case Invocation::Kind::Version:
        out() << u"Tilltro "_s << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    case Invocation::Kind::Usage:
        err() << (invocation.unknownOption
                      ? QCoreApplication::translate("CommandLine", "Unknown option: %1")
                      : QCoreApplication::translate("CommandLine", "Unknown command: %1"))
                     .arg(invocation.command)
              << u"\n\n"_s << usageText();
        err().flush();
        return Usage;
    case Invocation::Kind::Window:
    case Invocation::Kind::Command:
        break;
    }
    return Usage;
}

int run(const QStringList& arguments)
{
    out().setEncoding(QStringConverter::Utf8);
    err().setEncoding(QStringConverter::Utf8);
    const Invocation invocation = classify(arguments);
    const auto all = allCommands();
    const Subcommand* command =
        invocation.kind == Invocation::Kind::Command ? find(all, invocation.command) : nullptr;
    if (!command)
        return runInformational(invocation.kind == Invocation::Kind::Command
                                    ? Invocation{Invocation::Kind::Usage, invocation.command}
                                    : invocation);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "Tilltro %1").arg(command->name));
    parser.addHelpOption();
    parser.addPositionalArgument(u"command"_s,
                                 QCoreApplication::translate("CommandLine", "The subcommand."));
    parser.addOption(QCommandLineOption(
        u"database"_s, QCoreApplication::translate("CommandLine", "The database file."),
        u"path"_s));
    parser.addOption(
        QCommandLineOption(u"lang"_s,
                           QCoreApplication::translate("CommandLine", "The language (%1).")
                               .arg(availableLanguages().join(u", "_s)),
                           u"language"_s));
    command->addOptions(parser);
    if (!parser.parse(arguments))
        return fail(parser.errorText(), Usage);
    if (parser.isSet(u"help"_s)) {
        out() << parser.helpText();
        return Success;
    }
    if (parser.positionalArguments().size() != (command->takesAction ? 2 : 1) &&
        !(command->takesAction && parser.positionalArguments().size() == 1)) {
        QStringList stray = parser.positionalArguments();
        stray.removeOne(command->name);
        return fail(QCoreApplication::translate("CommandLine", "Unexpected arguments: %1")
                        .arg(stray.join(u' ')),
                    Usage);
    }
    if (command->needsDatabase && !parser.isSet(u"database"_s)) {
        return fail(QCoreApplication::translate("CommandLine", "%1 needs --database PATH.")
                        .arg(command->name),
                    Usage);
    }
    return command->run(parser);
}

} // namespace tilltro::cli

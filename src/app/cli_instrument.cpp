#include "cli_common.h"

#include <QCoreApplication>
#include <QDir>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;

namespace tilltro::cli {

namespace {

/// The actions of `tilltro instrument`, the word after the command.
const QStringList& instrumentActions()
{
    static const QStringList actions{u"list"_s, u"import"_s, u"use"_s};
    return actions;
}

QString usageLine()
{
    return QCoreApplication::translate("CommandLine",
                                       "Usage: tilltro instrument list [--json] | import --input "
                                       "FILE | use --id ID --database PATH");
}

/// Refuses an option that belongs to another action (e.g. `list --input F`).
int refuseStray(const QCommandLineParser& parser, const QString& action, const QStringList& own)
{
    for (const QString& option : {u"json"_s, u"input"_s, u"id"_s}) {
        if (parser.isSet(option) && !own.contains(option)) {
            return fail(
                QCoreApplication::translate("CommandLine", "instrument %1 does not take --%2.\n%3")
                    .arg(action, option, usageLine()),
                Usage);
        }
    }
    return Success;
}

int runList(workspace::Workspace& ws, bool json)
{
    auto listed = ws.instruments();
    if (!listed)
        return fail(listed.errorMessage());
    if (json) {
        nlohmann::json array = nlohmann::json::array();
        for (const workspace::InstrumentEntry& entry : listed.value()) {
            array.push_back({
                {"rowId", entry.rowId == 0 ? nlohmann::json(nullptr) : nlohmann::json(entry.rowId)},
                {"id", entry.id.toStdString()},
                {"version", entry.version},
                {"name", entry.name.toStdString()},
                {"occasions", entry.occasions},
                {"builtIn", entry.builtIn},
                {"forNewOccasions", entry.forNewOccasions},
            });
        }
        out() << QString::fromStdString(array.dump(2)) << Qt::endl;
        return Success;
    }
    for (const workspace::InstrumentEntry& entry : listed.value()) {
        QStringList notes;
        if (entry.builtIn)
            notes << QCoreApplication::translate("CommandLine", "built in");
        if (entry.forNewOccasions)
            notes << QCoreApplication::translate("CommandLine", "used for new occasions");
        // The built-in default not stored yet has no row id: `use --id 0` chooses it.
        out() << entry.rowId << u'\t' << entry.id << u'\t' << entry.version << u'\t' << entry.name
              << u'\t'
              << QCoreApplication::translate("CommandLine", "%n occasion(s)", nullptr,
                                             entry.occasions)
              << (notes.isEmpty() ? QString() : u'\t' + notes.join(u", "_s)) << Qt::endl;
    }
    return Success;
}

int runImport(workspace::Workspace& ws, const QString& path)
{
    auto imported = ws.importInstrument(path);
    if (!imported)
        return fail(imported.errorMessage());
    const workspace::InstrumentEntry& entry = imported->entry;
    if (imported->alreadyStored) {
        return done(QCoreApplication::translate(
                        "CommandLine", "The database already holds %1 version %2 (number %3), "
                                       "word for word; nothing was changed.")
                        .arg(entry.id)
                        .arg(entry.version)
                        .arg(entry.rowId));
    }
    return done(QCoreApplication::translate(
                    "CommandLine", "Imported %1 version %2 as number %3. New occasions use it "
                                   "after 'tilltro instrument use --id %3'.")
                    .arg(entry.id)
                    .arg(entry.version)
                    .arg(entry.rowId));
}

int runUse(workspace::Workspace& ws, const QString& idText)
{
    bool ok = false;
    const qint64 rowId = idText.toLongLong(&ok);
    if (!ok || rowId < 0) {
        return fail(QCoreApplication::translate(
                        "CommandLine", "--id %1: not a number from 'tilltro instrument list'.")
                        .arg(idText),
                    Usage);
    }
    if (auto chosen = ws.setInstrumentForNewOccasions(rowId); !chosen)
        return fail(chosen.errorMessage());
    auto instrument = ws.instrumentForNewOccasions();
    if (!instrument)
        return fail(instrument.errorMessage());
    return done(
        QCoreApplication::translate(
            "CommandLine", "New occasions use %1 version %2; earlier occasions keep their version.")
            .arg(instrument->id())
            .arg(instrument->version()));
}

int runInstrument(const QCommandLineParser& parser)
{
    const QStringList words = parser.positionalArguments();
    const QString action = words.size() == 2 ? words.at(1) : QString();
    if (!instrumentActions().contains(action)) {
        return fail(
            (action.isEmpty()
                 ? QCoreApplication::translate("CommandLine", "instrument needs an action.")
                 : QCoreApplication::translate("CommandLine", "Unknown instrument action: %1")
                       .arg(action)) +
                u'\n' + usageLine(),
            Usage);
    }
    const QString database = parser.value(u"database"_s);
    workspace::Workspace ws;
    if (action == "list"_L1) {
        if (int stray = refuseStray(parser, action, {u"json"_s}); stray != Success)
            return stray;
        if (auto opened =
                ws.open(database, workspace::Access::ReadOnly, workspace::Check::InBackground);
            !opened)
            return fail(opened.errorMessage());
        return runList(ws, parser.isSet(u"json"_s));
    }
    const bool importing = action == "import"_L1;
    const QString option = importing ? u"input"_s : u"id"_s;
    if (int stray = refuseStray(parser, action, {option}); stray != Success)
        return stray;
    const QString value = parser.value(option);
    if (value.trimmed().isEmpty()) {
        return fail(importing ? QCoreApplication::translate("CommandLine",
                                                            "instrument import needs --input FILE.")
                              : QCoreApplication::translate(
                                    "CommandLine", "instrument use needs --id ID (see 'tilltro "
                                                   "instrument list')."),
                    Usage);
    }
    if (auto opened = openForEditing(ws, database, out()); !opened)
        return fail(opened.errorMessage());
    return importing ? runImport(ws, value) : runUse(ws, value);
}

} // namespace

std::vector<Subcommand> instrumentCommands()
{
    Subcommand instrument{
        u"instrument"_s,
        QT_TRANSLATE_NOOP("CommandLine",
                          "list | import --input FILE | use --id ID: the instrument versions"),
        [](QCommandLineParser& parser) {
            parser.addPositionalArgument(
                u"action"_s,
                QCoreApplication::translate(
                    "CommandLine", "list (the versions in the database), import (a new version "
                                   "from a JSON file) or use (the version new occasions use)."));
            parser.addOptions({
                QCommandLineOption(u"json"_s,
                                   QCoreApplication::translate("CommandLine", "list: print JSON.")),
                QCommandLineOption(
                    u"input"_s,
                    QCoreApplication::translate("CommandLine",
                                                "import: the instrument file (JSON) to read."),
                    u"file"_s),
                QCommandLineOption(
                    u"id"_s,
                    QCoreApplication::translate(
                        "CommandLine",
                        "use: the number from 'instrument list' of the version new occasions "
                        "use (0: the built-in default)."),
                    u"id"_s),
            });
        },
        runInstrument};
    instrument.takesAction = true;
    return {instrument};
}

} // namespace tilltro::cli

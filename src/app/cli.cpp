#include "cli.h"
#include "cli_common.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

#include <nlohmann/json.hpp>

#include <cstdio>

#include "core/analysis/caseload.h"
#include "core/clock.h"
#include "core/storage/caseloadrepository.h"
#include "core/storage/database.h"
#include "core/storage/demodata.h"

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

namespace {

int runDemo(const QString& path)
{
    auto db = Database::create(path);
    if (!db)
        return fail(db.errorMessage());
    if (auto filled = fillWithDemoData(*db.value()); !filled) {
        db.value().reset();
        QFile::remove(path);
        return fail(QCoreApplication::translate("CommandLine", "Could not create the demo data: %1")
                        .arg(filled.errorMessage()));
    }
    out() << QCoreApplication::translate("CommandLine", "Created %1 with fictional deltagare.")
                 .arg(QDir::toNativeSeparators(path))
          << Qt::endl;
    return Success;
}

int runCheck(const QString& path)
{
    auto db = Database::open(path, Database::Access::Inspect);
    if (!db)
        return fail(db.errorMessage());
    const int version = db.value()->schemaVersion();
    if (auto sound = db.value()->checkIntegrity(true); !sound)
        return fail(sound.errorMessage());
    out() << QCoreApplication::translate(
                 "CommandLine", "%1: database version %2 (this program: %3), integrity ok.")
                 .arg(QDir::toNativeSeparators(path))
                 .arg(version)
                 .arg(Database::SchemaVersion)
          << Qt::endl;
    if (version < Database::SchemaVersion)
        out() << QCoreApplication::translate("CommandLine",
                                             "It will be updated when opened for editing.")
              << Qt::endl;
    return Success;
}

QString isoOrEmpty(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

int runList(const QString& path, bool json)
{
    auto db = Database::open(path, Database::Access::ReadOnly);
    if (!db)
        return fail(db.errorMessage());
    const QDate today = Clock::today();
    auto rows = CaseloadRepository(*db.value()).load(today);
    if (!rows)
        return fail(rows.errorMessage());
    analysis::deriveDue(rows.value(), today);

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
    const auto database = [](const QCommandLineParser& parser) {
        return parser.value(u"database"_s);
    };
    return {
        {u"demo"_s, [](QCommandLineParser&) {},
         [database](const QCommandLineParser& p) { return runDemo(database(p)); }},
        {u"check"_s, [](QCommandLineParser&) {},
         [database](const QCommandLineParser& p) { return runCheck(database(p)); }},
        {u"list"_s,
         [](QCommandLineParser& parser) {
             parser.addOption(QCommandLineOption(
                 u"json"_s, QCoreApplication::translate("CommandLine", "Print JSON.")));
         },
         [database](const QCommandLineParser& p) {
             return runList(database(p), p.isSet(u"json"_s));
         }},
    };
}

namespace {

std::vector<Subcommand> allCommands()
{
    std::vector<Subcommand> all;
    for (auto&& group : {basicCommands(), exchangeCommands(), safetyCommands(), reportCommands()})
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

bool isSubcommand(const QStringList& arguments)
{
    return arguments.size() > 1 && find(allCommands(), arguments.at(1)) != nullptr;
}

bool needsGui(const QStringList& arguments)
{
    const auto all = allCommands();
    const Subcommand* command = arguments.size() > 1 ? find(all, arguments.at(1)) : nullptr;
    return command && command->needsGui;
}

int run(const QStringList& arguments)
{
    out().setEncoding(QStringConverter::Utf8);
    err().setEncoding(QStringConverter::Utf8);
    const auto all = allCommands();
    const Subcommand* command = find(all, arguments.value(1));
    if (!command)
        return fail(QCoreApplication::translate("CommandLine", "Unknown command."), Usage);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "Tilltro %1").arg(command->name));
    parser.addHelpOption();
    parser.addPositionalArgument(u"command"_s,
                                 QCoreApplication::translate("CommandLine", "The subcommand."));
    parser.addOption(QCommandLineOption(
        u"database"_s, QCoreApplication::translate("CommandLine", "The database file."),
        u"path"_s));
    parser.addOption(QCommandLineOption(
        u"lang"_s, QCoreApplication::translate("CommandLine", "The language (sv, en)."),
        u"language"_s));
    command->addOptions(parser);
    if (!parser.parse(arguments))
        return fail(parser.errorText(), Usage);
    if (parser.isSet(u"help"_s)) {
        out() << parser.helpText();
        return Success;
    }
    if (parser.positionalArguments().size() != 1) {
        return fail(QCoreApplication::translate("CommandLine", "Unexpected arguments: %1")
                        .arg(parser.positionalArguments().mid(1).join(u' ')),
                    Usage);
    }
    if (!parser.isSet(u"database"_s)) {
        return fail(QCoreApplication::translate("CommandLine", "%1 needs --database PATH.")
                        .arg(command->name),
                    Usage);
    }
    return command->run(parser);
}

} // namespace tilltro::cli

#include "cli.h"

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

namespace {

enum ExitCode { Success = 0, Usage = 1, Failure = 2 };

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

int fail(const QString& message, int code = Failure)
{
    err() << message << Qt::endl;
    return code;
}

const QStringList implemented{u"demo"_s, u"check"_s, u"list"_s};
const QStringList planned{u"export-pdf"_s, u"export-json"_s, u"import-json"_s, u"erase"_s,
                          u"backup"_s};

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

bool isSubcommand(const QStringList& arguments)
{
    return arguments.size() > 1 &&
           (implemented.contains(arguments.at(1)) || planned.contains(arguments.at(1)));
}

int run(const QStringList& arguments)
{
    out().setEncoding(QStringConverter::Utf8);
    err().setEncoding(QStringConverter::Utf8);
    const QString command = arguments.value(1);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "Tilltro %1").arg(command));
    parser.addHelpOption();
    parser.addPositionalArgument(u"command"_s,
                                 QCoreApplication::translate("CommandLine", "The subcommand."));
    QCommandLineOption database(
        u"database"_s, QCoreApplication::translate("CommandLine", "The database file."), u"path"_s);
    QCommandLineOption json(u"json"_s, QCoreApplication::translate("CommandLine", "Print JSON."));
    QCommandLineOption lang(u"lang"_s,
                            QCoreApplication::translate("CommandLine", "The language (sv, en)."),
                            u"language"_s);
    parser.addOptions({database, lang});
    if (command == "list"_L1)
        parser.addOption(json);
    if (planned.contains(command)) {
        // Accept the options these will take, so the answer is "not yet", not "bad usage".
        for (const auto& name : {u"participant"_s, u"output"_s, u"input"_s})
            parser.addOption(QCommandLineOption(name, QString(), u"value"_s));
        for (const auto& name : {u"include-sensitive"_s, u"easy-read"_s, u"yes"_s})
            parser.addOption(QCommandLineOption(name));
    }
    if (!parser.parse(arguments))
        return fail(parser.errorText(), Usage);
    if (parser.isSet(u"help"_s)) {
        out() << parser.helpText();
        return Success;
    }
    if (parser.positionalArguments().size() != 1)
        return fail(QCoreApplication::translate("CommandLine", "Unexpected arguments: %1")
                        .arg(parser.positionalArguments().mid(1).join(u' ')),
                    Usage);
    if (planned.contains(command))
        return fail(QCoreApplication::translate(
                        "CommandLine", "'%1' is not available yet in this version of Tilltro.")
                        .arg(command));
    if (!parser.isSet(database))
        return fail(
            QCoreApplication::translate("CommandLine", "%1 needs --database PATH.").arg(command),
            Usage);
    const QString path = parser.value(database);

    if (command == "demo"_L1)
        return runDemo(path);
    if (command == "check"_L1)
        return runCheck(path);
    return runList(path, parser.isSet(json));
}

} // namespace tilltro::cli

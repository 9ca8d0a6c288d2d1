#include "cli_common.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include "core/exchange/jsonexchange.h"

using namespace Qt::StringLiterals;

namespace tilltro::cli {

namespace {

/// The value of a value option that must be given and not be empty; prints the usage error
/// (exit 1) otherwise.
bool requiredValue(const QCommandLineParser& parser, const QString& command, const QString& option,
                   QString& value)
{
    value = parser.value(option);
    if (!parser.isSet(option) || value.trimmed().isEmpty()) {
        fail(QCoreApplication::translate("CommandLine", "%1 needs --%2.").arg(command, option),
             Usage);
        return false;
    }
    return true;
}

int runExportJson(const QCommandLineParser& parser)
{
    QString output;
    if (!requiredValue(parser, u"export-json"_s, u"output"_s, output))
        return Usage;
    exchange::ExportOptions options;
    if (parser.isSet(u"participant"_s)) {
        options.participantCode = parser.value(u"participant"_s).trimmed();
        if (options.participantCode.isEmpty()) {
            return fail(QCoreApplication::translate("CommandLine",
                                                    "--participant needs the code of a deltagare."),
                        Usage);
        }
    }
    options.includeSensitive = parser.isSet(u"include-sensitive"_s);

    // Shared: reads beside the window, and the export is recorded in the audit log. Only the
    // pages read are checked (SQLite reports damage on them).
    workspace::Workspace ws;
    if (auto opened = openShared(ws, parser.value(u"database"_s)); !opened)
        return fail(opened.errorMessage());
    auto exported = ws.exportFile(output, options);
    if (!exported)
        return fail(exported.errorMessage());

    return doneExporting(QCoreApplication::translate("CommandLine", "Exported %n deltagare to %1.",
                                                     nullptr, int(exported->codes.size()))
                             .arg(QDir::toNativeSeparators(output)),
                         exported->sensitiveIncluded);
}

int runImportJson(const QCommandLineParser& parser)
{
    QString input;
    if (!requiredValue(parser, u"import-json"_s, u"input"_s, input))
        return Usage;
    const QString database = parser.value(u"database"_s);
    // Into an existing database: opened for editing as by every command that changes one. A
    // new one is made by importInto() once the document has been checked.
    auto imported = [&]() -> Result<exchange::ImportSummary> {
        if (!workspace::Workspace::isTeamDatabase(database) && !QFileInfo::exists(database))
            return exchange::importInto(database, input);
        workspace::Workspace ws;
        if (auto opened = openForEditing(ws, database, out()); !opened)
            return opened.error();
        return ws.importFile(input);
    }();
    if (!imported)
        return fail(imported.errorMessage());

    const QString path = QDir::toNativeSeparators(database);
    return done(
        (imported->databaseCreated
             ? QCoreApplication::translate("CommandLine", "Created %1 and imported %n deltagare.",
                                           nullptr, int(imported->codes.size()))
             : QCoreApplication::translate("CommandLine", "Imported %n deltagare into %1.", nullptr,
                                           int(imported->codes.size())))
            .arg(path));
}

} // namespace

std::vector<Subcommand> exchangeCommands()
{
    return {
        {u"export-json"_s, QT_TRANSLATE_NOOP("CommandLine", "export one or every deltagare"),
         [](QCommandLineParser& parser) {
             addParticipantAndOutput(
                 parser,
                 QT_TRANSLATE_NOOP("CommandLine", "Export only the deltagare with this code."),
                 QT_TRANSLATE_NOOP("CommandLine", "The JSON file to write."));
             parser.addOption(QCommandLineOption(
                 u"include-sensitive"_s,
                 QCoreApplication::translate("CommandLine",
                                             "Include answers to sensitive questions and notes.")));
         },
         runExportJson},
        {u"import-json"_s, QT_TRANSLATE_NOOP("CommandLine", "import a JSON file, all or nothing"),
         [](QCommandLineParser& parser) {
             parser.addOption(QCommandLineOption(
                 u"input"_s, QCoreApplication::translate("CommandLine", "The JSON file to read."),
                 u"file"_s));
         },
         runImportJson},
    };
}

} // namespace tilltro::cli

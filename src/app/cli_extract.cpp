#include "cli_common.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QDir>
#include <QLocale>

#include "report/registerextract.h"

using namespace Qt::StringLiterals;

namespace tilltro::cli {

namespace {

int runExtract(const QCommandLineParser& parser)
{
    const QString code = parser.value(u"participant"_s).trimmed();
    const QString folder = parser.value(u"output"_s);
    if (code.isEmpty()) {
        return fail(QCoreApplication::translate("CommandLine", "extract needs --participant CODE."),
                    Usage);
    }
    if (folder.trimmed().isEmpty()) {
        return fail(QCoreApplication::translate("CommandLine", "extract needs --output FOLDER."),
                    Usage);
    }
    // Shared: reads beside the window; the extract is recorded in the audit log, in the same
    // transaction.
    workspace::Workspace ws;
    const auto participantId = openShared(ws, parser.value(u"database"_s), code);
    if (!participantId)
        return fail(participantId.errorMessage());
    report::RegisterExtractOptions options;
    // The language of instrument texts follows the UI; read here, where --lang was applied.
    options.language = QLocale().name().left(2);
    options.insatsLists = ws.insatsLists();
    auto written =
        report::writeRegisterExtract(*ws.database(), participantId.value(), folder, options);
    if (!written)
        return fail(written.errorMessage());
    out()
        << QCoreApplication::translate("CommandLine", "Wrote the register extract of %1:").arg(code)
        << Qt::endl
        << QDir::toNativeSeparators(written->json) << Qt::endl
        << QDir::toNativeSeparators(written->pdf) << Qt::endl;
    return Success;
}

} // namespace

Subcommand extractCommand()
{
    return {u"extract"_s,
            QT_TRANSLATE_NOOP("CommandLine", "a register extract (JSON and PDF) into a folder"),
            [](QCommandLineParser& parser) {
                addParticipantAndOutput(
                    parser, QT_TRANSLATE_NOOP("CommandLine", "The code of the deltagare."),
                    QT_TRANSLATE_NOOP("CommandLine", "The folder to write the two files to (an "
                                                     "existing file is never replaced)."),
                    u"folder"_s);
            },
            runExtract, true};
}

} // namespace tilltro::cli

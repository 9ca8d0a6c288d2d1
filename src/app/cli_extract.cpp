#include "cli_common.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QDir>
#include <QLocale>

#include "core/storage/database.h"
#include "core/storage/participantrepository.h"
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
    auto db = Database::open(parser.value(u"database"_s), Database::Access::Shared,
                             Database::Verify::Deferred);
    if (!db)
        return fail(db.errorMessage());
    auto participant = ParticipantRepository(*db.value()).byCode(code);
    if (!participant)
        return fail(participant.errorMessage());
    if (!participant.value()) {
        return fail(
            QCoreApplication::translate("CommandLine", "No deltagare has the code %1.").arg(code));
    }
    report::RegisterExtractOptions options;
    // The language of instrument texts follows the UI; read here, where --lang was applied.
    options.language = QLocale().name().left(2);
    auto written =
        report::writeRegisterExtract(*db.value(), participant.value()->id, folder, options);
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
            [](QCommandLineParser& parser) {
                parser.addOption(QCommandLineOption(
                    u"participant"_s,
                    QCoreApplication::translate("CommandLine", "The code of the deltagare."),
                    u"code"_s));
                parser.addOption(QCommandLineOption(
                    u"output"_s,
                    QCoreApplication::translate("CommandLine",
                                                "The folder to write the two files to (an "
                                                "existing file is never replaced)."),
                    u"folder"_s));
            },
            runExtract, true};
}

} // namespace tilltro::cli

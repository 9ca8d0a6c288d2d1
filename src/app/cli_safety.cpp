#include "cli_common.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include "core/storage/backup.h"
#include "core/storage/database.h"
#include "core/storage/erasure.h"
#include "core/storage/participantrepository.h"

using namespace Qt::StringLiterals;

namespace tilltro::cli {

namespace {

int runBackup(const QString& database, const QString& output)
{
    if (output.isEmpty())
        return fail(QCoreApplication::translate("CommandLine", "backup needs --output FILE."),
                    Usage);
    if (QFileInfo::exists(output) || QFileInfo(output).isSymLink()) {
        return fail(QCoreApplication::translate(
                        "CommandLine",
                        "%1 already exists. Choose another name; an existing file is never "
                        "overwritten.")
                        .arg(QDir::toNativeSeparators(output)));
    }
    // Read-only and without the lock, so a backup can be taken while the window has the
    // database open; VACUUM INTO reads one consistent snapshot. Inspect also accepts a database
    // from an older version (the backup is then of that version too).
    auto db = Database::open(database, Database::Access::Inspect);
    if (!db)
        return fail(db.errorMessage());
    if (auto written = backupTo(*db.value(), output); !written)
        return fail(written.errorMessage());
    out() << QCoreApplication::translate("CommandLine", "Backup written to %1.")
                 .arg(QDir::toNativeSeparators(output))
          << Qt::endl;
    return Success;
}

int runErase(const QString& database, const QString& code, bool confirmed)
{
    if (code.trimmed().isEmpty())
        return fail(QCoreApplication::translate("CommandLine", "erase needs --participant CODE."),
                    Usage);
    if (!confirmed) {
        return fail(QCoreApplication::translate(
                        "CommandLine",
                        "Erasing %1 permanently deletes the deltagare and everything stored about "
                        "them (occasions, answers, notes, plans, insatser, consent). It cannot be "
                        "undone. Nothing was changed; add --yes to erase.")
                        .arg(code.trimmed()),
                    Usage);
    }
    auto db = Database::open(database);
    if (!db)
        return fail(db.errorMessage());
    // An earlier erasure that could not clean the file completely (disk full, killed): finish it.
    auto finished = finishPendingErasure(*db.value());
    if (!finished)
        return fail(finished.errorMessage());
    if (finished.value())
        out() << QCoreApplication::translate("CommandLine",
                                             "Completed the clean-up of an earlier erasure.")
              << Qt::endl;
    ParticipantRepository participants(*db.value());
    auto found = participants.byCode(code.trimmed());
    if (!found)
        return fail(found.errorMessage());
    if (!found.value())
        return fail(QCoreApplication::translate("CommandLine",
                                                "No deltagare has the code %1; nothing was erased.")
                        .arg(code.trimmed()));

    const auto erased = eraseParticipant(*db.value(), found.value()->id);
    if (!erased) {
        auto still = participants.byCode(code.trimmed());
        if (!still || still.value())
            return fail(erased.errorMessage()); // nothing was erased
    }
    out() << QCoreApplication::translate("CommandLine",
                                         "Erased %1 and everything stored about them.")
                 .arg(code.trimmed())
          << Qt::endl;
    int exitCode = Success;
    if (!erased) // erased, but the clean-up of the file is still to be completed
        exitCode = fail(erased.errorMessage());

    // The automatic backups made before still hold the erased data.
    auto replaced = replaceAutomaticBackups(*db.value(), backupFolderFor(db.value()->path()));
    if (!replaced)
        return fail(replaced.errorMessage());
    if (replaced.value() > 0) {
        out() << QCoreApplication::translate("CommandLine",
                                             "%n older automatic backup(s) holding the erased "
                                             "data were deleted and replaced by a new one.",
                                             nullptr, replaced.value())
              << Qt::endl;
    }
    out() << QCoreApplication::translate(
                 "CommandLine",
                 "Copies made outside Tilltro (exports, backups saved elsewhere) must be deleted "
                 "by hand.")
          << Qt::endl;
    return exitCode;
}

} // namespace

std::vector<Subcommand> safetyCommands()
{
    const auto database = [](const QCommandLineParser& parser) {
        return parser.value(u"database"_s);
    };
    return {
        {u"backup"_s,
         [](QCommandLineParser& parser) {
             parser.addOption(QCommandLineOption(
                 u"output"_s,
                 QCoreApplication::translate("CommandLine",
                                             "The backup file to write (must not exist)."),
                 u"file"_s));
         },
         [database](const QCommandLineParser& p) {
             return runBackup(database(p), p.value(u"output"_s));
         }},
        {u"erase"_s,
         [](QCommandLineParser& parser) {
             parser.addOption(QCommandLineOption(
                 u"participant"_s,
                 QCoreApplication::translate("CommandLine", "The code of the deltagare to erase."),
                 u"code"_s));
             parser.addOption(QCommandLineOption(
                 u"yes"_s,
                 QCoreApplication::translate("CommandLine", "Confirm: erasing cannot be undone.")));
         },
         [database](const QCommandLineParser& p) {
             return runErase(database(p), p.value(u"participant"_s), p.isSet(u"yes"_s));
         }},
    };
}

} // namespace tilltro::cli

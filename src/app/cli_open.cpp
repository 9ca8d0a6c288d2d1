// What the subcommands share: opening a database in the workspace as a command line does, and
// the options and messages more than one of them has.

#include "cli_common.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace tilltro::cli {

Result<void> openForEditing(workspace::Workspace& ws, const QString& path, QTextStream& say)
{
    auto opened = ws.open(path, workspace::Access::Edit);
    if (opened && !opened.warning().isEmpty())
        say << opened.warning() << Qt::endl;
    return opened;
}

Result<qint64> openShared(workspace::Workspace& ws, const QString& path, const QString& code)
{
    if (auto opened = ws.open(path, workspace::Access::Shared, workspace::Check::InBackground);
        !opened)
        return opened.error();
    if (code.isEmpty())
        return qint64(0);
    auto found = ws.participantByCode(code);
    if (!found)
        return found.error();
    if (!found.value()) {
        return makeError(
            Error::Kind::NotFound,
            QCoreApplication::translate("CommandLine", "No deltagare has the code %1.").arg(code));
    }
    return found.value()->id;
}

void addParticipantAndOutput(QCommandLineParser& parser, const char* participant,
                             const char* output, const QString& outputValue)
{
    parser.addOptions(
        {QCommandLineOption(u"participant"_s,
                            QCoreApplication::translate("CommandLine", participant), u"code"_s),
         QCommandLineOption(u"output"_s, QCoreApplication::translate("CommandLine", output),
                            outputValue)});
}

QCommandLineOption jsonOption()
{
    return QCommandLineOption(u"json"_s, QCoreApplication::translate("CommandLine", "Print JSON."));
}

QCommandLineOption confirmOption()
{
    return QCommandLineOption(
        u"yes"_s, QCoreApplication::translate("CommandLine", "Confirm: erasing cannot be undone."));
}

int doneExporting(const QString& message, bool sensitiveIncluded)
{
    done(message);
    if (!sensitiveIncluded) {
        out() << QCoreApplication::translate(
                     "CommandLine", "Answers to sensitive questions and notes were left out; use "
                                    "--include-sensitive to include them.")
              << Qt::endl;
    }
    return Success;
}

} // namespace tilltro::cli

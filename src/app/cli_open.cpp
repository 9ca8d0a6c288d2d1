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

} // namespace tilltro::cli

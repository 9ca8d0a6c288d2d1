#include <QCoreApplication>

#include "cli_common.h"
#include "core/storage/database.h"
#include "core/storage/erasure.h"
#include "core/storage/filesafety.h"

namespace tilltro::cli {

Result<std::unique_ptr<Database>> openForEditing(const QString& path, QTextStream& say)
{
    auto db = Database::open(path, Database::Access::ReadWrite);
    if (!db) {
        // Another program making this database right now (e.g. an import into a new file):
        // its file is still empty, which is not "not a Tilltro database".
        if (db.error().kind == Error::Kind::Invalid && isDatabaseBeingCreated(path))
            return beingCreatedError(path);
        return db.error();
    }
    // An earlier erasure that could not clean the file completely (disk full, killed): every
    // open for editing finishes it, as the window does.
    auto finished = finishPendingErasure(*db.value());
    if (!finished)
        return finished.error();
    if (finished.value()) {
        say << QCoreApplication::translate("CommandLine",
                                           "Completed the clean-up of an earlier erasure.")
            << Qt::endl;
    }
    return db;
}

} // namespace tilltro::cli

#pragma once

#include <QStringList>

namespace tilltro::schema {

/// The statements that create the current schema in an empty database.
QStringList createStatements();

/// Steps that migrate from version `from` to `from + 1`. Empty for versions that need none.
QStringList migrationSteps(int from);

} // namespace tilltro::schema

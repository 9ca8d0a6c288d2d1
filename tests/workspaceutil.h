#pragma once

// For GUI tests that prepare their data through storage and then show a widget: widgets take
// the workspace, the test keeps its Database for set-up and checks.

#include <map>
#include <memory>

#include "workspace/workspace.h"

namespace tilltro::test {
using namespace tilltro::storage;

/// A workspace on `db` (borrowed: the test keeps owning it), one per database object.
inline workspace::Workspace& lend(Database& db)
{
    static std::map<Database*, std::unique_ptr<workspace::Workspace>> lent;
    std::unique_ptr<workspace::Workspace>& ws = lent[&db];
    if (!ws)
        ws = std::make_unique<workspace::Workspace>();
    if (ws->database() != &db)
        ws->borrow(db);
    return *ws;
}

} // namespace tilltro::test

#include "cli_common.h"

using namespace Qt::StringLiterals;

namespace tilltro::cli {

std::vector<Subcommand> exchangeCommands()
{
    return {notYetAvailable(u"export-json"_s, {u"participant"_s, u"output"_s}),
            notYetAvailable(u"import-json"_s, {u"input"_s})};
}

} // namespace tilltro::cli

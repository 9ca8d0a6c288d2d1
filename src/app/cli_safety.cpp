#include "cli_common.h"

using namespace Qt::StringLiterals;

namespace tilltro::cli {

std::vector<Subcommand> safetyCommands()
{
    return {notYetAvailable(u"backup"_s, {u"output"_s}),
            notYetAvailable(u"erase"_s, {u"participant"_s}, {u"yes"_s})};
}

} // namespace tilltro::cli

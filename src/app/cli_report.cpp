#include "cli_common.h"

using namespace Qt::StringLiterals;

namespace tilltro::cli {

std::vector<Subcommand> reportCommands()
{
    return {notYetAvailable(u"export-pdf"_s, {u"participant"_s, u"output"_s},
                            {u"include-sensitive"_s, u"easy-read"_s})};
}

} // namespace tilltro::cli

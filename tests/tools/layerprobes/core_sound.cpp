// Compiled as part of the core layer, this builds: the two probes beside it fail for the
// reason they name, not because a core file cannot be compiled that way at all.
#include <QtCore/QString>

#include "core/result.h"

tilltro::Result<void> probe()
{
    return {};
}

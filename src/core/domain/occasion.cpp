#include "occasion.h"

using namespace Qt::StringLiterals;

namespace tilltro {

QString occasionStateCode(OccasionState state)
{
    return state == OccasionState::Completed ? u"completed"_s : u"draft"_s;
}

std::optional<OccasionState> occasionStateFromCode(const QString& code)
{
    if (code == "completed"_L1)
        return OccasionState::Completed;
    if (code == "draft"_L1)
        return OccasionState::Draft;
    return std::nullopt;
}

} // namespace tilltro

#include "occasion.h"

#include "enumkeys.h"

namespace tilltro {

namespace {
constexpr EnumKeys<OccasionState, 2> stateCodes{{
    {OccasionState::Draft, "draft"},
    {OccasionState::Completed, "completed"},
}};
static_assert(inDeclarationOrder(stateCodes));
} // namespace

QString occasionStateCode(OccasionState state)
{
    return keyOf(stateCodes, state);
}

std::optional<OccasionState> occasionStateFromCode(const QString& code)
{
    return fromKey(stateCodes, code);
}

} // namespace tilltro

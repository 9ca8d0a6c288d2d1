#include "participant.h"

#include "enumkeys.h"

namespace tilltro {

namespace {
constexpr EnumKeys<GoalType, 2> goalCodes{{
    {GoalType::Arbete, "arbete"},
    {GoalType::Studier, "studier"},
}};
/// None is "": a participation that has not ended (the exchange writes null for it).
constexpr EnumKeys<EndReason, 7> endCodes{{
    {EndReason::None, ""},
    {EndReason::Arbete, "arbete"},
    {EndReason::Studier, "studier"},
    {EndReason::AnnanInsats, "annan_insats"},
    {EndReason::Flyttat, "flyttat"},
    {EndReason::Avbrott, "avbrott"},
    {EndReason::Annat, "annat"},
}};
static_assert(inDeclarationOrder(goalCodes) && inDeclarationOrder(endCodes));
} // namespace

QString goalTypeCode(GoalType type)
{
    return keyOf(goalCodes, type);
}

std::optional<GoalType> goalTypeFromCode(const QString& code)
{
    return fromKey(goalCodes, code);
}

QString endReasonCode(EndReason reason)
{
    return keyOf(endCodes, reason);
}

std::optional<EndReason> endReasonFromCode(const QString& code)
{
    return fromKey(endCodes, code);
}

QString Participant::displayName() const
{
    if (protectedIdentity || name.trimmed().isEmpty())
        return code;
    return name;
}

QDate nextOccasionDue(const QDate& lastCompleted, const QDate& startDate)
{
    if (lastCompleted.isValid())
        return lastCompleted.addMonths(3);
    return startDate;
}

} // namespace tilltro

#include "participant.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace tilltro {

namespace {
constexpr std::array goalCodes{std::pair{GoalType::Arbete, "arbete"},
                               std::pair{GoalType::Studier, "studier"}};
constexpr std::array endCodes{
    std::pair{EndReason::None, ""},           std::pair{EndReason::Arbete, "arbete"},
    std::pair{EndReason::Studier, "studier"}, std::pair{EndReason::AnnanInsats, "annan_insats"},
    std::pair{EndReason::Flyttat, "flyttat"}, std::pair{EndReason::Avbrott, "avbrott"},
    std::pair{EndReason::Annat, "annat"}};

template <typename Table, typename E> QString toCode(const Table& table, E value)
{
    for (const auto& [v, code] : table) {
        if (v == value)
            return QString::fromLatin1(code);
    }
    return {};
}

template <typename E, typename Table>
std::optional<E> fromCode(const Table& table, const QString& code)
{
    for (const auto& [v, c] : table) {
        if (code == QLatin1String(c))
            return v;
    }
    return std::nullopt;
}
} // namespace

QString goalTypeCode(GoalType type)
{
    return toCode(goalCodes, type);
}

std::optional<GoalType> goalTypeFromCode(const QString& code)
{
    return fromCode<GoalType>(goalCodes, code);
}

QString endReasonCode(EndReason reason)
{
    return toCode(endCodes, reason);
}

std::optional<EndReason> endReasonFromCode(const QString& code)
{
    return fromCode<EndReason>(endCodes, code);
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

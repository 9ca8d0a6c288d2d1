#include "participant.h"

namespace tilltro {

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

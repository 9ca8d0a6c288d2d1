#include "participant.h"

namespace tilltro {

QString Participant::displayName() const
{
    if (protectedIdentity || name.trimmed().isEmpty())
        return code;
    return name;
}

QDate proposedNextMeeting(const QDate& occasionDate)
{
    return occasionDate.isValid() ? occasionDate.addMonths(3) : QDate();
}

QDate nextOccasionDue(const QDate& lastCompleted, const QDate& startDate,
                      const QDate& agreedNextMeeting)
{
    if (agreedNextMeeting.isValid() &&
        (!lastCompleted.isValid() || agreedNextMeeting > lastCompleted)) {
        return agreedNextMeeting;
    }
    if (lastCompleted.isValid())
        return proposedNextMeeting(lastCompleted);
    return startDate;
}

} // namespace tilltro

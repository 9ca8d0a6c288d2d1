#include "caseload.h"

#include "../domain/participant.h"

namespace tilltro::analysis {

void deriveDue(std::vector<CaseloadRow>& rows, const QDate& today)
{
    for (CaseloadRow& row : rows) {
        row.nextDue = row.isActive()
                          ? nextOccasionDue(row.lastOccasion, row.startDate, row.nextMeeting)
                          : QDate();
        row.overdue = row.isActive() && row.nextDue.isValid() && row.nextDue < today;
    }
}

CaseloadSummary summarize(const std::vector<CaseloadRow>& rows)
{
    CaseloadSummary s;
    s.total = static_cast<int>(rows.size());
    for (const CaseloadRow& row : rows) {
        if (!row.isActive())
            continue;
        ++s.active;
        if (row.overdue)
            ++s.overdue;
        if (!row.hasConsent)
            ++s.withoutConsent;
    }
    return s;
}

} // namespace tilltro::analysis

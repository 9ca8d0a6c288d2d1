#pragma once

#include <QDate>

#include <vector>

#include "../domain/caseloadrow.h"

namespace tilltro::analysis {

/// Sets nextDue (nextOccasionDue(): the agreed next meeting when it is after the last completed
/// occasion, else three months after that occasion, or the start date) and overdue (an active
/// participation whose next occasion is before `today`) on every row.
void deriveDue(std::vector<CaseloadRow>& rows, const QDate& today);

struct CaseloadSummary {
    int total = 0;
    int active = 0;
    int overdue = 0;
    int withoutConsent = 0; ///< active participants without a current registration consent
};

CaseloadSummary summarize(const std::vector<CaseloadRow>& rows);

} // namespace tilltro::analysis

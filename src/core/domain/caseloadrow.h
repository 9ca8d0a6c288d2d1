#pragma once

#include <QDate>
#include <QString>

#include "signal.h"

namespace tilltro {

/// One line of the caseload: what the handledare sees per deltagare. `name` is empty when the
/// identity is protected; the storage layer never hands a protected name to the caseload.
struct CaseloadRow {
    qint64 participantId = 0;
    QString code;
    QString name;
    bool protectedIdentity = false;
    QString handledare;
    QDate startDate;
    QDate endDate;
    QDate lastOccasion; ///< date of the last completed occasion
    QDate nextMeeting;  ///< the next meeting agreed in the newest plan; invalid: none agreed
    bool hasDraft = false;
    bool hasConsent = false; ///< a current consent for registration
    // Derived by analysis::deriveDue():
    QDate nextDue;
    bool overdue = false;
    // Derived by analysis::signalsFor() (the workspace's caseload):
    SignalSet bipSignals;
    int daysWithoutInsats = 0; ///< in the participation so far
    int handledareChanges = 0; ///< in all

    bool isActive() const { return !endDate.isValid(); }
    /// The name, or the code when protected or unnamed.
    QString displayName() const { return name.isEmpty() ? code : name; }
};

} // namespace tilltro

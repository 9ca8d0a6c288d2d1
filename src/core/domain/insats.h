#pragma once

#include <QDate>
#include <QString>

namespace tilltro {

/// A period during which one insats ran for a participant. `end` is invalid while it runs.
struct InsatsPeriod {
    qint64 id = 0;
    qint64 participantId = 0;
    /// The key of its category (InsatsCategoryDef; "jobbinriktad", ...): the instrument's list
    /// gives its label and whether it is job-oriented.
    QString category;
    QString title;
    QString provider;
    QDate start;
    QDate end;

    bool isRunningOn(const QDate& day) const
    {
        return start.isValid() && start <= day && (!end.isValid() || day <= end);
    }

    friend bool operator==(const InsatsPeriod&, const InsatsPeriod&) = default;
};

} // namespace tilltro

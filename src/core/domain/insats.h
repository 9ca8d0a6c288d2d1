#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace tilltro {

/// The BIP insats categories.
enum class InsatsCategory { Jobbinriktad, Kompetenshojande, Halsoinriktad, Social };

QString insatsCategoryCode(InsatsCategory category);
std::optional<InsatsCategory> insatsCategoryFromCode(const QString& code);

/// A period during which one insats ran for a participant. `end` is invalid while it runs.
struct InsatsPeriod {
    qint64 id = 0;
    qint64 participantId = 0;
    InsatsCategory category = InsatsCategory::Jobbinriktad;
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

#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace tilltro {

/// Work or studies: the goal of every participation (DOMAIN.md).
enum class GoalType { Arbete, Studier };

/// Why a participation ended.
enum class EndReason { None, Arbete, Studier, AnnanInsats, Flyttat, Avbrott, Annat };

QString goalTypeCode(GoalType type); ///< stable storage/exchange code
std::optional<GoalType> goalTypeFromCode(const QString& code);
QString endReasonCode(EndReason reason);
std::optional<EndReason> endReasonFromCode(const QString& code);

/// A deltagare. Only `code` is required; name and personnummer are optional so a person can be
/// registered by code only.
struct Participant {
    qint64 id = 0;        ///< 0 until stored
    QString code;         ///< unique, stable, shown instead of the name when protected
    QString name;         ///< may be empty
    QString personnummer; ///< normalised 12-digit form "YYYYMMDD-NNNN", or empty
    bool protectedIdentity = false;
    GoalType goalType = GoalType::Arbete;
    QDate startDate;
    qint64 handledareId = 0; ///< the responsible handledare, 0 = none
    QDate endDate;           ///< invalid while the participation runs
    EndReason endReason = EndReason::None;

    bool isActive() const { return !endDate.isValid(); }

    /// What may be shown outside the edit dialog: the code when identity is protected or no
    /// name was given, otherwise the name.
    QString displayName() const;

    friend bool operator==(const Participant&, const Participant&) = default;
};

/// A period during which one handledare was responsible for a participant. Never overwritten:
/// a change closes the open period and opens a new one (the number of changes matters in BIP).
struct HandledareAssignment {
    qint64 id = 0;
    qint64 handledareId = 0;
    QDate from;
    QDate to; ///< invalid while current
};

/// The earliest date a next assessment is due: three months after the last completed occasion,
/// or the start date when there is none yet. Invalid when neither is known.
QDate nextOccasionDue(const QDate& lastCompleted, const QDate& startDate);

} // namespace tilltro

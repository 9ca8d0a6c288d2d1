#pragma once

#include <QDate>
#include <QString>

#include "enumkeys.h"

#include <optional>

namespace tilltro {

/// Work or studies: the goal of every participation (DOMAIN.md).
enum class GoalType { Arbete, Studier };

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
    /// Why it ended: the key of an end reason (EndReasonDef; "arbete", ...); empty while it runs.
    QString endReason;
    /// The version it was read at in a team database (storage/rowversion.h); 0 in a file.
    qint64 rowVersion = 0;

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

/// The next meeting proposed at an occasion held on `occasionDate`: three months on, the
/// rhythm of BIP's quarterly assessments. Invalid for an invalid date.
QDate proposedNextMeeting(const QDate& occasionDate);

/// The earliest date a next assessment is due: the agreed next meeting (the newest plan's
/// Handlingsplan::nextMeeting) when it is after the last completed occasion; otherwise three
/// months after the last completed occasion (proposedNextMeeting()), or the start date when
/// there is none yet. Invalid when none is known. A next meeting agreed at or before the last
/// completed occasion was that occasion's own (or an older) one and no longer counts.
QDate nextOccasionDue(const QDate& lastCompleted, const QDate& startDate,
                      const QDate& agreedNextMeeting = {});

/// How each is stored and exchanged: one table per enum (codeOf(), fromCode()).
template <> struct EnumCodes<GoalType> {
    static constexpr EnumKeys<GoalType, 2> table{{
        {GoalType::Arbete, "arbete"},
        {GoalType::Studier, "studier"},
    }};
};
static_assert(inDeclarationOrder(EnumCodes<GoalType>::table));

} // namespace tilltro

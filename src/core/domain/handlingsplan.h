#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include "enumkeys.h"

#include <optional>
#include <vector>

#include "participant.h"

namespace tilltro {

enum class DelmalStatus { EjPaborjat, Pagar, Uppnatt, DelvisUppnatt, EjUppnatt };
enum class Responsible { Deltagare, Handledare, Annan };

struct Activity {
    qint64 id = 0;
    QString what;
    QString who;
    QDate when;
    bool done = false;

    friend bool operator==(const Activity&, const Activity&) = default;
};

/// A sub-goal of the plan. `indicators` are instrument indicator keys it should move;
/// `targetLevel` is the level on the shared scale it aims for (drawn on the radar).
struct Delmal {
    qint64 id = 0;
    QString what;
    QString why;
    QStringList indicators;
    std::optional<int> targetLevel;
    Responsible responsible = Responsible::Deltagare;
    QString responsibleName;
    QDate start;
    QDate target;
    DelmalStatus status = DelmalStatus::EjPaborjat;
    QString followUp;
    std::vector<Activity> activities;

    bool isOpen() const
    {
        return status == DelmalStatus::EjPaborjat || status == DelmalStatus::Pagar;
    }
    /// Goes on into the next plan (nextPlan()): open, or only partly achieved.
    bool carriesOver() const { return isOpen() || status == DelmalStatus::DelvisUppnatt; }

    friend bool operator==(const Delmal&, const Delmal&) = default;
};

/// The handlingsplan agreed at an occasion (or without one). Delmål in their display order.
struct Handlingsplan {
    qint64 id = 0;
    qint64 participantId = 0;
    qint64 occasionId = 0; ///< 0 = not tied to an occasion
    GoalType goalType = GoalType::Arbete;
    QString goalText;
    std::vector<Delmal> delmal;
    /// The next meeting as agreed at the occasion; invalid = not agreed. When it is after the
    /// latest completed occasion it is the deltagare's next due date (analysis::deriveDue()).
    QDate nextMeeting;
    /// The version it was read at in a team database (storage/rowversion.h); 0 in a file.
    qint64 rowVersion = 0;

    friend bool operator==(const Handlingsplan&, const Handlingsplan&) = default;
};

/// The plan that follows `current` at a new occasion (the "Ny plan" of the plan editor), for
/// `occasionId` (0 = none). It keeps the goal and carries every delmål that carriesOver(): not
/// started and in progress as they are, partly achieved as in progress (work on it goes on).
/// The copies and their activities have id 0 and no follow-up text: the follow-up belongs to
/// the plan it was written in, which is not changed. Achieved and not achieved delmål stay
/// behind. The next meeting is not carried: it is agreed anew.
Handlingsplan nextPlan(const Handlingsplan& current, qint64 occasionId);

/// How each is stored and exchanged: one table per enum (codeOf(), fromCode()).
template <> struct EnumCodes<DelmalStatus> {
    static constexpr EnumKeys<DelmalStatus, 5> table{{
        {DelmalStatus::EjPaborjat, "ej_paborjat"},
        {DelmalStatus::Pagar, "pagar"},
        {DelmalStatus::Uppnatt, "uppnatt"},
        {DelmalStatus::DelvisUppnatt, "delvis_uppnatt"},
        {DelmalStatus::EjUppnatt, "ej_uppnatt"},
    }};
};
static_assert(inDeclarationOrder(EnumCodes<DelmalStatus>::table));

template <> struct EnumCodes<Responsible> {
    static constexpr EnumKeys<Responsible, 3> table{{
        {Responsible::Deltagare, "deltagare"},
        {Responsible::Handledare, "handledare"},
        {Responsible::Annan, "annan"},
    }};
};
static_assert(inDeclarationOrder(EnumCodes<Responsible>::table));

} // namespace tilltro

#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include "enumkeys.h"

#include <map>
#include <optional>

namespace tilltro {

/// One answer to one instrument question: a numeric value, a choice (option key), or a
/// non-answer code ("vet_ej", "vill_ej_svara", "ej_aktuellt"). A non-answer is never a zero.
struct Answer {
    std::optional<int> value; ///< set for numeric questions
    QString code;             ///< option key for choice questions, or a non-answer code

    bool isEmpty() const { return !value && code.isEmpty(); }
    static Answer number(int v) { return Answer{v, {}}; }
    static Answer choice(QString c) { return Answer{std::nullopt, std::move(c)}; }

    friend bool operator==(const Answer&, const Answer&) = default;
};

enum class OccasionState { Draft, Completed };

/// A quarterly mättillfälle. Answers are keyed by the instrument's question keys; the
/// instrument version is the one the occasion was made with (stored in the database).
struct Occasion {
    qint64 id = 0;
    qint64 participantId = 0;
    qint64 instrumentId = 0; ///< row of the stored instrument version
    QDate date;
    qint64 handledareId = 0;
    OccasionState state = OccasionState::Draft;
    QString notes; ///< the handledare's free text; sensitive
    std::map<QString, Answer> answers;
    QDateTime completedAt;
    /// "Deltagaren deltog inte": the deltagare did not take part, so the occasion has the
    /// handledare's part only. Its deltagare questions are not required and must stay
    /// unanswered (analysis::completeOccasion()); it is left out of the deltagare's radar,
    /// change table and statistics.
    bool deltagareAbsent = false;
    /// The handledare recorded that no insats ran at the occasion ("Typ av insats: ingen" in
    /// BIP), rather than leaving it unsaid. Insats periods say which ones ran.
    bool noInsats = false;
    /// The version it was read at in a team database (storage/rowversion.h); 0 in a file.
    qint64 rowVersion = 0;

    friend bool operator==(const Occasion&, const Occasion&) = default;
};

/// How each is stored and exchanged: one table per enum (codeOf(), fromCode()).
template <> struct EnumCodes<OccasionState> {
    static constexpr EnumKeys<OccasionState, 2> table{{
        {OccasionState::Draft, "draft"},
        {OccasionState::Completed, "completed"},
    }};
};
static_assert(inDeclarationOrder(EnumCodes<OccasionState>::table));

} // namespace tilltro

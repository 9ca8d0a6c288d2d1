#pragma once

#include <QtGlobal>

#include "enumkeys.h"

#include <cstdint>
#include <vector>

namespace tilltro {

/// What the handledare should look at for one deltagare, each grounded in a BIP finding
/// (DOMAIN.md, and the handbook's chapter on signals). Handledare-only: never shown in meeting
/// mode or on the deltagare's printed plan. Computed by analysis::signalsFor().
enum class BipSignal {
    NoInsats,              ///< no insats runs today
    NotParallel,           ///< insatser in the last three months, never two at once
    NoJobOriented,         ///< insatser in the last three months, none of them job-oriented
    HandledareChanged,     ///< the responsible handledare changed since the latest occasion
    LowTilltro,            ///< the handledare's tilltro at the latest occasion is low
    TilltroFalling,        ///< tilltro fell at each of the last two occasions
    MalmedvetenhetFalling, ///< målmedvetenhet fell since the previous occasion
    Overdue,               ///< the next occasion is overdue
    DueSoon,               ///< the next occasion is due within 14 days
    NoConsent,             ///< no current consent for registration
    UnfinishedDraft,       ///< a draft occasion started on an earlier day, not completed
};

inline constexpr int BipSignalCount = 11;

/// How each is written on the command line and in exchange: one table (codeOf(), fromCode()),
/// with the word people read (translated in context "Signal").
template <> struct EnumCodes<BipSignal> {
    static constexpr EnumKeys<BipSignal, BipSignalCount> table{{
        {BipSignal::NoInsats, "no_insats", QT_TRANSLATE_NOOP("Signal", "No insats")},
        {BipSignal::NotParallel, "not_parallel", QT_TRANSLATE_NOOP("Signal", "Not parallel")},
        {BipSignal::NoJobOriented, "no_job_oriented",
         QT_TRANSLATE_NOOP("Signal", "No job-oriented insats")},
        {BipSignal::HandledareChanged, "handledare_changed",
         QT_TRANSLATE_NOOP("Signal", "New handledare")},
        {BipSignal::LowTilltro, "low_tilltro", QT_TRANSLATE_NOOP("Signal", "Low belief")},
        {BipSignal::TilltroFalling, "tilltro_falling",
         QT_TRANSLATE_NOOP("Signal", "Belief falling")},
        {BipSignal::MalmedvetenhetFalling, "malmedvetenhet_falling",
         QT_TRANSLATE_NOOP("Signal", "Goal-directedness falling")},
        {BipSignal::Overdue, "overdue", QT_TRANSLATE_NOOP("Signal", "Overdue")},
        {BipSignal::DueSoon, "due_soon", QT_TRANSLATE_NOOP("Signal", "Due soon")},
        {BipSignal::NoConsent, "no_consent", QT_TRANSLATE_NOOP("Signal", "No consent")},
        {BipSignal::UnfinishedDraft, "unfinished_draft",
         QT_TRANSLATE_NOOP("Signal", "Unfinished draft")},
    }};
};
static_assert(inDeclarationOrder(EnumCodes<BipSignal>::table));

/// A set of signals, one bit each: cheap to keep on every caseload row and to filter by.
class SignalSet {
public:
    void insert(BipSignal s) { m_bits |= bit(s); }
    bool contains(BipSignal s) const { return (m_bits & bit(s)) != 0; }
    bool isEmpty() const { return m_bits == 0; }
    int size() const
    {
        int n = 0;
        for (std::uint32_t b = m_bits; b != 0; b &= b - 1)
            ++n;
        return n;
    }
    /// The signals in declaration order.
    std::vector<BipSignal> toList() const
    {
        std::vector<BipSignal> list;
        for (int i = 0; i < BipSignalCount; ++i) {
            if (contains(BipSignal(i)))
                list.push_back(BipSignal(i));
        }
        return list;
    }
    friend bool operator==(const SignalSet&, const SignalSet&) = default;

private:
    static std::uint32_t bit(BipSignal s) { return std::uint32_t(1) << static_cast<int>(s); }
    std::uint32_t m_bits = 0;
};

} // namespace tilltro

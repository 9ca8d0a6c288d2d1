#pragma once

#include <QDate>
#include <QString>

#include "enumkeys.h"

#include <optional>

namespace tilltro {

/// The BIP insats categories.
enum class InsatsCategory { Jobbinriktad, Kompetenshojande, Halsoinriktad, Social };

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

/// How each is stored and exchanged: one table per enum (codeOf(), fromCode()).
template <> struct EnumCodes<InsatsCategory> {
    static constexpr EnumKeys<InsatsCategory, 4> table{{
        {InsatsCategory::Jobbinriktad, "jobbinriktad"},
        {InsatsCategory::Kompetenshojande, "kompetenshojande"},
        {InsatsCategory::Halsoinriktad, "halsoinriktad"},
        {InsatsCategory::Social, "social"},
    }};
};
static_assert(inDeclarationOrder(EnumCodes<InsatsCategory>::table));

} // namespace tilltro

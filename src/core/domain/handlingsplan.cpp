#include "handlingsplan.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace tilltro {

namespace {
constexpr std::array statusCodes{std::pair{DelmalStatus::EjPaborjat, "ej_paborjat"},
                                 std::pair{DelmalStatus::Pagar, "pagar"},
                                 std::pair{DelmalStatus::Uppnatt, "uppnatt"},
                                 std::pair{DelmalStatus::DelvisUppnatt, "delvis_uppnatt"},
                                 std::pair{DelmalStatus::EjUppnatt, "ej_uppnatt"}};
constexpr std::array responsibleCodes{std::pair{Responsible::Deltagare, "deltagare"},
                                      std::pair{Responsible::Handledare, "handledare"},
                                      std::pair{Responsible::Annan, "annan"}};
} // namespace

QString delmalStatusCode(DelmalStatus status)
{
    for (const auto& [s, code] : statusCodes) {
        if (s == status)
            return QString::fromLatin1(code);
    }
    return {};
}

std::optional<DelmalStatus> delmalStatusFromCode(const QString& code)
{
    for (const auto& [s, c] : statusCodes) {
        if (code == QLatin1String(c))
            return s;
    }
    return std::nullopt;
}

QString responsibleCode(Responsible responsible)
{
    for (const auto& [r, code] : responsibleCodes) {
        if (r == responsible)
            return QString::fromLatin1(code);
    }
    return {};
}

std::optional<Responsible> responsibleFromCode(const QString& code)
{
    for (const auto& [r, c] : responsibleCodes) {
        if (code == QLatin1String(c))
            return r;
    }
    return std::nullopt;
}

} // namespace tilltro

#include "handlingsplan.h"

#include "enumkeys.h"

namespace tilltro {

namespace {
constexpr EnumKeys<DelmalStatus, 5> statusCodes{{
    {DelmalStatus::EjPaborjat, "ej_paborjat"},
    {DelmalStatus::Pagar, "pagar"},
    {DelmalStatus::Uppnatt, "uppnatt"},
    {DelmalStatus::DelvisUppnatt, "delvis_uppnatt"},
    {DelmalStatus::EjUppnatt, "ej_uppnatt"},
}};
constexpr EnumKeys<Responsible, 3> responsibleCodes{{
    {Responsible::Deltagare, "deltagare"},
    {Responsible::Handledare, "handledare"},
    {Responsible::Annan, "annan"},
}};
static_assert(inDeclarationOrder(statusCodes) && inDeclarationOrder(responsibleCodes));
} // namespace

QString delmalStatusCode(DelmalStatus status)
{
    return keyOf(statusCodes, status);
}

std::optional<DelmalStatus> delmalStatusFromCode(const QString& code)
{
    return fromKey(statusCodes, code);
}

QString responsibleCode(Responsible responsible)
{
    return keyOf(responsibleCodes, responsible);
}

std::optional<Responsible> responsibleFromCode(const QString& code)
{
    return fromKey(responsibleCodes, code);
}

} // namespace tilltro

#include "insats.h"

#include "enumkeys.h"

namespace tilltro {

namespace {
constexpr EnumKeys<InsatsCategory, 4> categoryCodes{{
    {InsatsCategory::Jobbinriktad, "jobbinriktad"},
    {InsatsCategory::Kompetenshojande, "kompetenshojande"},
    {InsatsCategory::Halsoinriktad, "halsoinriktad"},
    {InsatsCategory::Social, "social"},
}};
static_assert(inDeclarationOrder(categoryCodes));
} // namespace

QString insatsCategoryCode(InsatsCategory category)
{
    return keyOf(categoryCodes, category);
}

std::optional<InsatsCategory> insatsCategoryFromCode(const QString& code)
{
    return fromKey(categoryCodes, code);
}

} // namespace tilltro

#include "insats.h"

using namespace Qt::StringLiterals;

namespace tilltro {

QString insatsCategoryCode(InsatsCategory category)
{
    switch (category) {
    case InsatsCategory::Jobbinriktad:
        return u"jobbinriktad"_s;
    case InsatsCategory::Kompetenshojande:
        return u"kompetenshojande"_s;
    case InsatsCategory::Halsoinriktad:
        return u"halsoinriktad"_s;
    case InsatsCategory::Social:
        return u"social"_s;
    }
    return {};
}

std::optional<InsatsCategory> insatsCategoryFromCode(const QString& code)
{
    for (auto c : {InsatsCategory::Jobbinriktad, InsatsCategory::Kompetenshojande,
                   InsatsCategory::Halsoinriktad, InsatsCategory::Social}) {
        if (insatsCategoryCode(c) == code)
            return c;
    }
    return std::nullopt;
}

} // namespace tilltro

#include "csv.h"

using namespace Qt::StringLiterals;

namespace tilltro {

QString csvField(QString value)
{
    static const QString formulaStarts = u"=+-@\t\r"_s;
    bool isNumber = false;
    value.toDouble(&isNumber);
    if (!value.isEmpty() && !isNumber && formulaStarts.contains(value.front()))
        value.prepend(u'\'');
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n') ||
        value.contains(u'\r')) {
        value.replace(u"\""_s, u"\"\""_s);
        value = u'"' + value + u'"';
    }
    return value;
}

} // namespace tilltro

#include "jsonreader.h"

#include <QCoreApplication>

#include "jsonguard.h"

namespace tilltro::json {

void refuse(const QString& path, const QString& problem, Error::Kind kind)
{
    throw Refusal{makeError(kind, problemAt(path, problem))};
}

void refuseType(const QString& path, Expected expected)
{
    QString problem;
    switch (expected) {
    case Expected::Object:
        problem = QCoreApplication::translate("JsonInput", "must be an object ({...})");
        break;
    case Expected::Array:
        problem = QCoreApplication::translate("JsonInput", "must be an array ([...])");
        break;
    case Expected::Boolean:
        problem = QCoreApplication::translate("JsonInput", "must be true or false");
        break;
    }
    refuse(path, problem);
}

} // namespace tilltro::json

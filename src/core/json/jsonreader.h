#pragma once

// What the readers of a parsed JSON document share (the instrument loader and the JSON
// exchange): the refusal that stops a read at the first problem, a value with the path that
// names it, and the checks of a value's type, each refused with one wording. Core-internal.
// Run the structure guard (jsonguard.h) before parsing.

#include <QString>

#include "../result.h"

namespace tilltro::json {

/// Thrown by a reader at the first problem and caught where the read began, so a check deep in
/// the tree can stop the whole read in one line. It should never leave the reader's file.
struct Refusal {
    Error error;
};

/// A value in a parsed document (nlohmann::json or nlohmann::ordered_json) and the path that
/// names it in messages.
template <typename Json> struct Field {
    const Json& value;
    QString path;
};

/// Throws Refusal with "path: problem" (see problemAt()).
[[noreturn]] void refuse(const QString& path, const QString& problem,
                         Error::Kind kind = Error::Kind::Invalid);

/// The refusals of a value of the wrong type, "path: must be …".
enum class Expected { Object, Array, Boolean };
[[noreturn]] void refuseType(const QString& path, Expected expected);

/// `f.value` when it is an object; else refuses "path: must be an object ({...})".
template <typename Json> const Json& object(const Field<Json>& f)
{
    if (!f.value.is_object())
        refuseType(f.path, Expected::Object);
    return f.value;
}

/// `f.value` when it is an array; else refuses "path: must be an array ([...])".
template <typename Json> const Json& array(const Field<Json>& f)
{
    if (!f.value.is_array())
        refuseType(f.path, Expected::Array);
    return f.value;
}

/// `f.value` when it is true or false; else refuses "path: must be true or false".
template <typename Json> bool boolean(const Field<Json>& f)
{
    if (!f.value.is_boolean())
        refuseType(f.path, Expected::Boolean);
    return f.value.template get<bool>();
}

/// The member `name` of `object`, or nullptr when it is left out or null.
template <typename Json> const Json* optionalValue(const Json& object, const char* name)
{
    const auto it = object.find(name);
    return it == object.end() || it->is_null() ? nullptr : &*it;
}

} // namespace tilltro::json

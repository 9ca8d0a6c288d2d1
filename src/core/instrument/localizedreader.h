#pragma once

#include <functional>

#include <nlohmann/json.hpp>

#include "../json/jsonreader.h"
#include "instrument.h"

namespace tilltro::instrumentreading {

// What the readers of instrument files (the instrument and its easy-read sidecar) share.

using TextReader = std::function<QString(const json::Field<nlohmann::json>&)>;

/// Texts by language at `f`, {"sv": "...", "en": "..."}, each read (and checked) by `text`.
/// Refuses (json::Refusal, naming the path) anything but an object, an empty object, and a key
/// that is not a language code such as "sv", "en", "se" or "sv-FI".
LocalizedText localizedText(const json::Field<nlohmann::json>& f, const TextReader& text);

} // namespace tilltro::instrumentreading

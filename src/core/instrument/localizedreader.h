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

/// The easy-read wording at `f` for deltagare question `question`, {"text": {...}, "minLabel":
/// {...}, "maxLabel": {...}} (the anchors for a numeric scale only), each text at most 500
/// characters. Refuses it for a handledare question. The same in a sidecar and in an instrument.
EasyReadText easyReadEntry(const json::Field<nlohmann::json>& f, const Question& question);

} // namespace tilltro::instrumentreading

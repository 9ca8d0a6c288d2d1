#pragma once

#include <QByteArray>
#include <QString>

#include <map>

#include "../result.h"
#include "instrument.h"

namespace tilltro {

// Easy-read (lättläst) wording of an instrument's deltagare questions: a shorter question and
// shorter anchors, for the blank form and the meeting window's easy-read mode. Kept in a
// sidecar file beside the instrument (resources/instruments/<id>-v<version>.easyread.json,
// see docs/instrument-format.md), so the instrument's own bytes, which the database compares
// to tell versions apart, never change when the wording is improved.

/// The easy-read wording of one deltagare question. `minLabel` and `maxLabel` are the anchors
/// of a numeric scale (empty for a choice question).
struct EasyReadText {
    LocalizedText text;
    LocalizedText minLabel;
    LocalizedText maxLabel;
    friend bool operator==(const EasyReadText&, const EasyReadText&) = default;
};

/// Easy-read texts by question key.
using EasyReadTexts = std::map<QString, EasyReadText>;

/// Where the sidecar of `instrument` is looked for among the resources:
/// ":/instruments/<id>-v<version>.easyread.json".
QString easyReadPath(const Instrument& instrument);

/// The easy-read texts of `instrument` from its sidecar in the resources (easyReadPath()). An
/// instrument without a sidecar has none: an empty map, not an error. A sidecar that is broken,
/// made for another instrument or version, or names a question that is not one of the
/// instrument's deltagare questions is an error naming the file and the field. Not every
/// deltagare question needs an easy-read text: use the plain one where there is none.
/// Any thread.
Result<EasyReadTexts> easyReadTexts(const Instrument& instrument);

/// The same from the file at `path` (for tests and for a sidecar kept elsewhere): an empty map
/// when nothing is there; refuses a folder, a device or a file over 1 MiB.
Result<EasyReadTexts> easyReadTexts(const Instrument& instrument, const QString& path);

/// Parses and validates sidecar `json` for `instrument`; `path` names it in messages.
Result<EasyReadTexts> parseEasyReadTexts(const Instrument& instrument, const QByteArray& json,
                                         const QString& path);

} // namespace tilltro

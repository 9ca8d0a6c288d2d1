#pragma once

#include <QByteArray>
#include <QString>

#include <map>

#include "../result.h"
#include "instrument.h"

namespace tilltro {

// Easy-read (lättläst) wording of an instrument's deltagare questions (EasyReadText): a shorter
// question and shorter anchors, for the blank form and the meeting window's easy-read mode.
// An instrument may carry it in each question (`easyRead`); the built-in versions keep it in a
// sidecar file beside the instrument (resources/instruments/<id>-v<version>.easyread.json, see
// docs/instrument-format.md), so their bytes, which the database compares to tell versions
// apart, never change when the wording is improved.

/// Easy-read texts by question key.
using EasyReadTexts = std::map<QString, EasyReadText>;

/// Where the sidecar of `instrument` is looked for among the resources:
/// ":/instruments/<id>-v<version>.easyread.json".
QString easyReadPath(const Instrument& instrument);

/// The easy-read texts of `instrument`: its own (Question::easyRead), and for the questions
/// without, those of its sidecar in the resources (easyReadPath()). An instrument with neither
/// has none: an empty map, not an error. A sidecar that is broken,
/// made for another instrument or version, or names a question that is not one of the
/// instrument's deltagare questions is an error naming the file and the field. Not every
/// deltagare question needs an easy-read text: use the plain one where there is none.
/// Any thread.
Result<EasyReadTexts> easyReadTexts(const Instrument& instrument);

/// The same with the sidecar at `path` (for tests and for a sidecar kept elsewhere): no sidecar
/// when nothing is there; refuses a folder, a device or a file over 1 MiB.
Result<EasyReadTexts> easyReadTexts(const Instrument& instrument, const QString& path);

/// Parses and validates sidecar `json` for `instrument` (the sidecar's texts only); `path`
/// names it in messages.
Result<EasyReadTexts> parseEasyReadTexts(const Instrument& instrument, const QByteArray& json,
                                         const QString& path);

} // namespace tilltro

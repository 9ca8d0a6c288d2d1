#pragma once

#include <QString>

namespace tilltro {

/// A CSV field: RFC 4180 quoting, and a leading ' where a spreadsheet would otherwise read the
/// value as a formula (CSV injection). A plain number ("-0.5") is left as it is: it is not a
/// formula, and a spreadsheet should read it as a number.
QString csvField(QString value);

} // namespace tilltro

#pragma once

#include <QString>

namespace tilltro {

/// A case worker. The person using the program is one of them (see SettingsRepository).
struct Handledare {
    qint64 id = 0; ///< 0 until stored
    QString name;
    QString organisation;
    bool active = true;

    friend bool operator==(const Handledare&, const Handledare&) = default;
};

} // namespace tilltro

#pragma once

#include <QObject>
#include <QString>

#include "lock/lockpassword.h"

namespace tilltro::gui {

/// The lock's settings, in the user's QSettings (not the database: the lock protects the
/// program, whichever database it has open): the idle minutes and the password's hash.
/// Changes through here are announced by instance(), so a LockController follows the Settings
/// dialog without anyone wiring the two together.
class LockSettings : public QObject {
    Q_OBJECT
public:
    static constexpr auto IdleMinutesKey = "lock/idleMinutes";
    static constexpr auto PasswordKey = "lock/password";
    static constexpr int DefaultIdleMinutes = 5;
    static constexpr int MaxIdleMinutes = 120;

    /// The one announcer, owned by the application object.
    static LockSettings* instance();

    /// Minutes without input before the program locks; 0 = never. A missing or unusable stored
    /// value gives the default.
    static int idleMinutes();
    /// Stores `minutes` (clamped to 0–MaxIdleMinutes) and announces it.
    static void setIdleMinutes(int minutes);

    enum class PasswordState {
        None,    ///< no password: the lock screen unlocks after a confirmation
        Set,     ///< a well-formed hash is stored
        Damaged, ///< something is stored that is no hash of ours: nothing can unlock
    };
    static PasswordState passwordState();
    /// Hashes `password` (slow, ~0.3 s) and stores it.
    static void setPassword(const QString& password);
    static void removePassword();
    /// Checks `password` against the stored hash (slow, ~0.3 s). Damaged when there is none.
    static lockpassword::Check checkPassword(const QString& password);

    /// For tests: hash with this many iterations instead of the default (0 = the default).
    static void setIterationsForTests(int iterations);

Q_SIGNALS:
    void idleMinutesChanged(int minutes);
    void passwordChanged();

private:
    using QObject::QObject;
};

} // namespace tilltro::gui

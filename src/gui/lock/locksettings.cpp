#include "locksettings.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSettings>

#include <algorithm>

namespace tilltro::gui {

namespace {
int g_iterationsForTests = 0;

QString key(const char* k)
{
    return QString::fromLatin1(k);
}
} // namespace

LockSettings* LockSettings::instance()
{
    static QPointer<LockSettings> one;
    if (!one)
        one = new LockSettings(QCoreApplication::instance());
    return one;
}

int LockSettings::idleMinutes()
{
    bool ok = false;
    const int minutes = QSettings().value(key(IdleMinutesKey), DefaultIdleMinutes).toInt(&ok);
    return ok && minutes >= 0 && minutes <= MaxIdleMinutes ? minutes : DefaultIdleMinutes;
}

void LockSettings::setIdleMinutes(int minutes)
{
    minutes = std::clamp(minutes, 0, MaxIdleMinutes);
    QSettings().setValue(key(IdleMinutesKey), minutes);
    Q_EMIT instance()->idleMinutesChanged(minutes);
}

LockSettings::PasswordState LockSettings::passwordState()
{
    const QSettings settings;
    if (!settings.contains(key(PasswordKey)))
        return PasswordState::None;
    // An empty value counts as damaged too: only removePassword() clears the password.
    return lockpassword::isWellFormed(settings.value(key(PasswordKey)).toString())
               ? PasswordState::Set
               : PasswordState::Damaged;
}

void LockSettings::setPassword(const QString& password)
{
    const QString stored = g_iterationsForTests > 0
                               ? lockpassword::hash(password, g_iterationsForTests)
                               : lockpassword::hash(password);
    QSettings settings;
    settings.setValue(key(PasswordKey), stored);
    settings.sync();
    Q_EMIT instance()->passwordChanged();
}

void LockSettings::removePassword()
{
    QSettings settings;
    settings.remove(key(PasswordKey));
    settings.sync();
    Q_EMIT instance()->passwordChanged();
}

lockpassword::Check LockSettings::checkPassword(const QString& password)
{
    const QSettings settings;
    if (!settings.contains(key(PasswordKey)))
        return lockpassword::Check::Damaged;
    return lockpassword::verify(password, settings.value(key(PasswordKey)).toString());
}

void LockSettings::setIterationsForTests(int iterations)
{
    g_iterationsForTests = iterations;
}

} // namespace tilltro::gui

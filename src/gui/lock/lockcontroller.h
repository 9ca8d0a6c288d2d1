#pragma once

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>
#include <memory>
#include <vector>

class QAction;
class QTimer;
class QWidget;

namespace tilltro::gui {

class LockScreen;

/// Locks the program when the handledare steps out: on Ctrl+L (lockAction()), after
/// LockSettings::idleMinutes() without keyboard, mouse, wheel or touch input, and when the
/// desktop says the session locks or the machine suspends (logind's PrepareForSleep and Lock,
/// the freedesktop and GNOME ScreenSaver's ActiveChanged, where a D-Bus offers them).
///
/// Locked, every window of the program is hidden and one LockScreen is shown instead. A modal
/// dialog that is open (in exec()) is not hidden, which would end it and lose what was typed: its
/// contents are hidden and its title replaced until the unlock. Nothing is closed or saved by
/// locking; the forms keep saving as they go. Unlocking brings back the same windows in the same
/// state (full screen, maximised) with the focus where it was.
///
/// Unlocking asks for the password set in Settings (LockSettings); five wrong tries in a row
/// make the next wait 30 s. Without a password, "Lås upp" asks for a confirmation. When the
/// stored password is damaged, nothing can unlock: the lock screen offers only to quit, which
/// closes the windows the normal way (so the forms save) and ends the program.
///
/// One per application; create it after QApplication, e.g. in the main window's constructor.
class LockController : public QObject {
    Q_OBJECT
public:
    static constexpr int MaxTries = 5;
    static constexpr std::chrono::seconds RetryWait{30};
    /// How long after construction the desktop's signals are connected (not in the start-up).
    static constexpr int DesktopConnectDelayMs = 500;

    explicit LockController(QObject* parent);
    ~LockController() override;

    /// "Loc&k" (sv "L&ås"), Ctrl+L, object name "lockAction"; for a menu or a toolbar. Its
    /// shortcut works in every window of the program, also above a modal dialog.
    QAction* lockAction() const { return m_action; }

    bool isLocked() const { return m_locked; }
    /// Locks now (nothing happens when already locked).
    void lock();

    /// The time without input before locking; 0 = never. Set from LockSettings on
    /// construction and whenever the setting changes; tests set a short one here.
    void setIdleInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds idleInterval() const { return m_idleInterval; }
    /// For tests: the wait after MaxTries wrong passwords (RetryWait by default).
    void setRetryWaitForTests(std::chrono::milliseconds wait) { m_retryWait = wait; }

    /// The lock screen while locked, otherwise nullptr.
    LockScreen* lockScreen() const;

public Q_SLOTS:
    // The desktop's signals (connected over D-Bus where there is one); public for tests.
    void prepareForSleep(bool sleeping);
    void sessionLocked();
    void screenSaverActiveChanged(bool active);

Q_SIGNALS:
    void lockedChanged(bool locked);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct HiddenWindow {
        QPointer<QWidget> window;
        Qt::WindowStates states;
    };
    struct CoveredDialog {
        QPointer<QWidget> dialog;
        QString title;
        QString accessibleName;
        QString accessibleDescription;
        QString toolTip;
        std::vector<QPointer<QWidget>> children; ///< the ones hidden for the lock
    };

    void connectDesktop();
    void restartIdle();
    void idleTimeout();
    /// Hides `window` (or covers it, when modal) unless it is ours or not shown.
    void cover(QWidget* window);
    bool isOurs(const QWidget* widget) const;
    void showLockScreen();
    /// Puts the lock screen on top of the modal windows again (after a late modal dialog).
    void reshowLockScreen();
    void unlockRequested(const QString& password);
    void unlock();
    void quit();

    QAction* m_action = nullptr;
    QTimer* m_idleTimer = nullptr;
    QElapsedTimer m_sinceInput;
    std::chrono::milliseconds m_idleInterval{0};
    std::chrono::milliseconds m_retryWait = RetryWait;
    bool m_locked = false;
    bool m_quitting = false;
    int m_failures = 0;
    QDeadlineTimer m_retryAt;
    std::unique_ptr<LockScreen> m_screen;
    std::vector<HiddenWindow> m_hidden;
    std::vector<CoveredDialog> m_covered;
    QPointer<QWidget> m_activeWindow;
    QPointer<QWidget> m_focusWidget;
};

} // namespace tilltro::gui

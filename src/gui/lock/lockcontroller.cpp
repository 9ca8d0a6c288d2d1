#include "lockcontroller.h"

#include <QAction>
#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDialog>
#include <QKeyEvent>
#include <QScreen>
#include <QTimer>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <unistd.h>

#include "dialogs/messagebox.h"
#include "lock/lockscreen.h"
#include "lock/locksettings.h"

using namespace std::chrono_literals;

namespace tilltro::gui {

namespace {

const QString Login1Service = QStringLiteral("org.freedesktop.login1");
const QString Login1Path = QStringLiteral("/org/freedesktop/login1");
const QString Login1Manager = QStringLiteral("org.freedesktop.login1.Manager");
const QString Login1Session = QStringLiteral("org.freedesktop.login1.Session");

bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
        return true;
    default:
        return false;
    }
}

int secondsLeft(const QDeadlineTimer& deadline)
{
    return std::max(1, int(std::ceil(double(deadline.remainingTime()) / 1000.0)));
}

} // namespace

LockController::LockController(QObject* parent)
    : QObject(parent)
{
    m_action = new QAction(tr("Loc&k"), this);
    m_action->setObjectName(QStringLiteral("lockAction"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    // From every window of the program, not only the one the action's menu is in.
    m_action->setShortcutContext(Qt::ApplicationShortcut);
    m_action->setStatusTip(tr("Hide everything behind a lock screen until it is unlocked"));
    connect(m_action, &QAction::triggered, this, &LockController::lock);

    m_idleTimer = new QTimer(this);
    m_idleTimer->setSingleShot(true);
    connect(m_idleTimer, &QTimer::timeout, this, &LockController::idleTimeout);
    connect(LockSettings::instance(), &LockSettings::idleMinutesChanged, this,
            [this](int minutes) { setIdleInterval(std::chrono::minutes(minutes)); });
    setIdleInterval(std::chrono::minutes(LockSettings::idleMinutes()));

    qApp->installEventFilter(this);
    // The desktop's session lock and suspend, once the window is up: connecting to the buses
    // costs ≈ 3.5 ms of the start-up (docs/performance.md), and nothing locks that early.
    QTimer::singleShot(DesktopConnectDelayMs, this, &LockController::connectDesktop);
}

LockController::~LockController()
{
    if (qApp)
        qApp->removeEventFilter(this);
}

LockScreen* LockController::lockScreen() const
{
    return m_locked ? m_screen.get() : nullptr;
}

void LockController::connectDesktop()
{
    // Where there is no bus (tests, CI, other platforms) these connect to nothing, silently.
    QDBusConnection system = QDBusConnection::systemBus();
    if (system.isConnected()) {
        system.connect(Login1Service, Login1Path, Login1Manager, QStringLiteral("PrepareForSleep"),
                       this, SLOT(prepareForSleep(bool)));
        // The session's own object, which emits Lock (loginctl lock-session, the desktop).
        const QString sessionId = qEnvironmentVariable("XDG_SESSION_ID");
        QDBusMessage call =
            sessionId.isEmpty()
                ? QDBusMessage::createMethodCall(Login1Service, Login1Path, Login1Manager,
                                                 QStringLiteral("GetSessionByPID"))
                : QDBusMessage::createMethodCall(Login1Service, Login1Path, Login1Manager,
                                                 QStringLiteral("GetSession"));
        if (sessionId.isEmpty())
            call << quint32(::getpid());
        else
            call << sessionId;
        auto* watcher = new QDBusPendingCallWatcher(system.asyncCall(call), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this,
                [this](QDBusPendingCallWatcher* finished) {
                    const QDBusPendingReply<QDBusObjectPath> reply = *finished;
                    if (reply.isValid())
                        QDBusConnection::systemBus().connect(Login1Service, reply.value().path(),
                                                             Login1Session, QStringLiteral("Lock"),
                                                             this, SLOT(sessionLocked()));
                    finished->deleteLater();
                });
    }
    QDBusConnection session = QDBusConnection::sessionBus();
    if (session.isConnected()) {
        for (const QString& name : {QStringLiteral("org.freedesktop.ScreenSaver"),
                                    QStringLiteral("org.gnome.ScreenSaver")})
            session.connect(name, QString(), name, QStringLiteral("ActiveChanged"), this,
                            SLOT(screenSaverActiveChanged(bool)));
    }
}

void LockController::prepareForSleep(bool sleeping)
{
    if (sleeping)
        lock();
}

void LockController::sessionLocked()
{
    lock();
}

void LockController::screenSaverActiveChanged(bool active)
{
    if (active)
        lock();
}

void LockController::setIdleInterval(std::chrono::milliseconds interval)
{
    m_idleInterval = std::max(interval, 0ms);
    restartIdle();
}

void LockController::restartIdle()
{
    if (m_locked || m_idleInterval == 0ms) {
        m_idleTimer->stop();
        return;
    }
    m_sinceInput.start();
    m_idleTimer->start(m_idleInterval);
}

void LockController::idleTimeout()
{
    if (m_locked || m_idleInterval == 0ms)
        return;
    const std::chrono::milliseconds idle{m_sinceInput.elapsed()};
    if (idle >= m_idleInterval)
        lock();
    else
        m_idleTimer->start(m_idleInterval - idle);
}

bool LockController::eventFilter(QObject* watched, QEvent* event)
{
    const QEvent::Type type = event->type();
    if (isInput(type)) {
        if (m_locked)
            return false;
        // Ctrl+L where the action's shortcut does not reach (above a modal dialog).
        if (type == QEvent::KeyPress && m_action->isEnabled() &&
            QKeySequence(static_cast<QKeyEvent*>(event)->keyCombination()) ==
                m_action->shortcut()) {
            lock();
            return true;
        }
        // Only a time stamp per event; the timer itself is restarted when it fires.
        m_sinceInput.start();
        if (!m_idleTimer->isActive() && m_idleInterval > 0ms)
            m_idleTimer->start(m_idleInterval);
        return false;
    }
    if (type == QEvent::Show && m_locked && !m_quitting) {
        // A window that opens while locked (a message from a background check, a dialog a
        // timer opened) is covered too, once it is shown.
        auto* widget = qobject_cast<QWidget*>(watched);
        if (widget && widget->isWindow() && !isOurs(widget)) {
            QMetaObject::invokeMethod(
                this,
                [this, window = QPointer<QWidget>(widget)] {
                    if (!window || !m_locked || !window->isVisible())
                        return;
                    const bool modal = window->isModal();
                    cover(window);
                    if (modal)
                        reshowLockScreen();
                },
                Qt::QueuedConnection);
        }
    }
    return false;
}

bool LockController::isOurs(const QWidget* widget) const
{
    for (const QWidget* w = widget; w; w = w->parentWidget())
        if (w == m_screen.get())
            return true;
    return false;
}

void LockController::lock()
{
    if (m_locked || m_quitting)
        return;
    m_locked = true;
    m_idleTimer->stop();
    QToolTip::hideText();
    // Open menus and completions end (a menu's exec() returns as if dismissed).
    for (int i = 0; i < 16 && QApplication::activePopupWidget(); ++i)
        QApplication::activePopupWidget()->close();
    m_activeWindow = QApplication::activeWindow();
    m_focusWidget = QApplication::focusWidget();

    if (!m_screen) {
        m_screen = std::make_unique<LockScreen>();
        connect(m_screen.get(), &LockScreen::unlockRequested, this,
                &LockController::unlockRequested);
        connect(m_screen.get(), &LockScreen::quitRequested, this, &LockController::quit);
    }
    switch (LockSettings::passwordState()) {
    case LockSettings::PasswordState::None:
        m_screen->setMode(LockScreen::Mode::NoPassword);
        break;
    case LockSettings::PasswordState::Set:
        m_screen->setMode(LockScreen::Mode::Password);
        break;
    case LockSettings::PasswordState::Damaged:
        m_screen->setMode(LockScreen::Mode::Damaged);
        break;
    }
    m_screen->clearPassword();
    m_screen->showMessage(QString());

    m_hidden.clear();
    m_covered.clear();
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows)
        cover(window);
    showLockScreen();
    Q_EMIT lockedChanged(true);
}

void LockController::cover(QWidget* window)
{
    if (!window || !window->isVisible() || isOurs(window))
        return;
    switch (window->windowType()) {
    case Qt::Popup:
        window->close();
        return;
    case Qt::ToolTip:
    case Qt::Desktop:
        window->hide();
        return;
    default:
        break;
    }
    if (!window->isModal()) {
        m_hidden.push_back({window, window->windowState()});
        window->hide();
        return;
    }
    // Hiding a dialog in exec() would end it, and what was typed in it would be gone: keep the
    // dialog, hide what it shows and says, and put the lock screen above it.
    CoveredDialog covered{window,
                          window->windowTitle(),
                          window->accessibleName(),
                          window->accessibleDescription(),
                          window->toolTip(),
                          {}};
    for (QWidget* child : window->findChildren<QWidget*>(Qt::FindDirectChildrenOnly)) {
        if (child->isWindow() || child->isHidden())
            continue;
        child->hide();
        covered.children.emplace_back(child);
    }
    window->setWindowTitle(tr("Tilltro — locked"));
    window->setAccessibleName(QString());
    window->setAccessibleDescription(QString());
    window->setToolTip(QString());
    m_covered.push_back(std::move(covered));
}

void LockController::showLockScreen()
{
    // Where the program was: over the active window, or the first one hidden, in its state.
    const HiddenWindow* like = nullptr;
    for (const HiddenWindow& h : m_hidden) {
        if (!h.window)
            continue;
        if (!like || h.window == m_activeWindow)
            like = &h;
    }
    Qt::WindowStates states = Qt::WindowNoState;
    if (like) {
        m_screen->setGeometry(like->window->geometry());
        states = like->states & (Qt::WindowFullScreen | Qt::WindowMaximized);
    } else {
        m_screen->resize(720, 480);
        if (const QScreen* screen = QGuiApplication::primaryScreen())
            m_screen->move(screen->availableGeometry().center() - m_screen->rect().center());
    }
    m_screen->setWindowState(states);
    m_screen->show();
    m_screen->raise();
    m_screen->activateWindow();
    m_screen->focusInput();
}

void LockController::reshowLockScreen()
{
    // The last modal window shown takes the input; showing the lock screen again makes it that.
    m_screen->hide();
    m_screen->show();
    m_screen->raise();
    m_screen->activateWindow();
    m_screen->focusInput();
}

void LockController::unlockRequested(const QString& password)
{
    if (!m_locked)
        return;
    switch (LockSettings::passwordState()) {
    case LockSettings::PasswordState::None:
        if (m_screen->mode() != LockScreen::Mode::NoPassword) {
            m_screen->setMode(LockScreen::Mode::NoPassword);
            break;
        }
        if (MessageBox::question(
                m_screen.get(), tr("Unlock without a password?"),
                tr("No password is set, so anyone at this computer can unlock Tilltro. Set a "
                   "password under File › Settings to protect it.\n\nUnlock now?"),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes) {
            unlock();
            return;
        }
        break;
    case LockSettings::PasswordState::Damaged:
        m_screen->setMode(LockScreen::Mode::Damaged);
        break;
    case LockSettings::PasswordState::Set: {
        if (m_screen->mode() != LockScreen::Mode::Password) {
            m_screen->setMode(LockScreen::Mode::Password);
            break;
        }
        if (!m_retryAt.hasExpired()) {
            const int seconds = secondsLeft(m_retryAt);
            m_screen->clearPassword();
            m_screen->showMessage(tr("Wait %n second(s) before you try again.", nullptr, seconds));
            break;
        }
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const lockpassword::Check check = LockSettings::checkPassword(password);
        QApplication::restoreOverrideCursor();
        if (check == lockpassword::Check::Match) {
            m_failures = 0;
            unlock();
            return;
        }
        if (check == lockpassword::Check::Damaged) {
            m_screen->setMode(LockScreen::Mode::Damaged);
            break;
        }
        m_screen->clearPassword();
        if (++m_failures >= MaxTries) {
            m_failures = 0;
            m_retryAt = QDeadlineTimer(m_retryWait);
            m_screen->showMessage(tr("Wrong password %1 times in a row. Wait %n second(s) before "
                                     "you try again.",
                                     nullptr, secondsLeft(m_retryAt))
                                      .arg(MaxTries));
        } else {
            m_screen->showMessage(tr("Wrong password. Try again."));
        }
        break;
    }
    }
    m_screen->focusInput();
}

void LockController::unlock()
{
    m_locked = false;
    for (const CoveredDialog& covered : m_covered) {
        if (!covered.dialog)
            continue;
        for (const QPointer<QWidget>& child : covered.children)
            if (child)
                child->show();
        covered.dialog->setWindowTitle(covered.title);
        covered.dialog->setAccessibleName(covered.accessibleName);
        covered.dialog->setAccessibleDescription(covered.accessibleDescription);
        covered.dialog->setToolTip(covered.toolTip);
    }
    for (const HiddenWindow& hidden : m_hidden) {
        if (!hidden.window)
            continue;
        hidden.window->setWindowState(hidden.states);
        hidden.window->show();
    }
    m_screen->hide();
    m_screen->clearPassword();
    m_screen->showMessage(QString());
    if (m_activeWindow && m_activeWindow->isVisible()) {
        m_activeWindow->raise();
        m_activeWindow->activateWindow();
    }
    if (m_focusWidget && m_focusWidget->isVisible())
        m_focusWidget->setFocus(Qt::OtherFocusReason);
    m_hidden.clear();
    m_covered.clear();
    restartIdle();
    Q_EMIT lockedChanged(false);
}

void LockController::quit()
{
    if (!m_locked || m_quitting || m_screen->mode() != LockScreen::Mode::Damaged)
        return;
    const bool openDialogs = std::any_of(m_covered.begin(), m_covered.end(),
                                         [](const CoveredDialog& c) { return !c.dialog.isNull(); });
    if (openDialogs &&
        MessageBox::confirm(m_screen.get(), tr("Quit Tilltro?"),
                            tr("Assessments and plans are saved as they are typed and are kept. "
                               "What was typed in an open dialog and not yet saved with OK is "
                               "lost."),
                            tr("&Quit")) != QMessageBox::Yes)
        return;
    m_quitting = true;
    // Dialogs in exec() end first (rejected), so their callers return before the windows close.
    for (const CoveredDialog& covered : m_covered) {
        if (auto* dialog = qobject_cast<QDialog*>(covered.dialog.data()))
            dialog->reject();
        else if (covered.dialog)
            covered.dialog->close();
    }
    QTimer::singleShot(0, this, [this] {
        // Closed the normal way, so the main window saves and closes its forms.
        for (auto it = m_hidden.rbegin(); it != m_hidden.rend(); ++it) {
            if (it->window && !it->window->close()) {
                m_quitting = false;
                m_screen->showMessage(tr("Tilltro could not save everything, so it does not "
                                         "quit. Try again in a moment."));
                return;
            }
        }
        m_screen->allowClose(true);
        m_screen->close();
        QCoreApplication::quit();
    });
}

} // namespace tilltro::gui

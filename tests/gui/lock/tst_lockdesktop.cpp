#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <QPushButton>

#include "dialogs/messagebox.h"
#include "lock/lockcontroller.h"
#include "lock/lockscreen.h"
#include "lock/locksettings.h"

using namespace Qt::StringLiterals;
using namespace tilltro::gui;

namespace {

const QString SessionPath = u"/org/freedesktop/login1/session/_3test"_s;

/// Stands in for systemd-logind: answers which session the program is in.
class FakeLogin1 : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.login1.Manager")
public Q_SLOTS:
    QDBusObjectPath GetSessionByPID(uint) { return QDBusObjectPath(SessionPath); }
    QDBusObjectPath GetSession(const QString&) { return QDBusObjectPath(SessionPath); }
};

} // namespace

// The desktop's signals reach the lock over D-Bus (issue 14). Run inside `dbus-run-session`,
// whose bus stands in for both the session bus and the system bus (logind); without a bus the
// test is skipped, and the controller must then simply do without.
class TestLockDesktop : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QDBusConnection m_fake{u"none"_s}; ///< the desktop's side: owns the names, emits

    static void send(const QString& path, const QString& interface, const QString& name,
                     const QVariantList& arguments, QDBusConnection& from)
    {
        QDBusMessage signal = QDBusMessage::createSignal(path, interface, name);
        signal.setArguments(arguments);
        QVERIFY(from.send(signal));
    }

    void unlock(LockController& controller)
    {
        QVERIFY(controller.isLocked());
        MessageBox::setNextAnswerForTests(QMessageBox::Yes); // no password in these tests
        controller.lockScreen()->findChild<QPushButton*>(u"unlockPushButton"_s)->click();
        MessageBox::resetForTests();
        QVERIFY(!controller.isLocked());
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("no D-Bus session bus (run under dbus-run-session)");
        // Before anything opens the system bus: logind is faked on the private session bus.
        qputenv("DBUS_SYSTEM_BUS_ADDRESS", qgetenv("DBUS_SESSION_BUS_ADDRESS"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QCoreApplication::setOrganizationName(u"TilltroTests"_s);
        QCoreApplication::setApplicationName(u"tst_lockdesktop"_s);
        m_fake = QDBusConnection::connectToBus(QDBusConnection::SessionBus, u"fakeDesktop"_s);
        QVERIFY(m_fake.isConnected());
        QVERIFY(m_fake.registerService(u"org.freedesktop.login1"_s));
        QVERIFY(m_fake.registerService(u"org.freedesktop.ScreenSaver"_s));
        static FakeLogin1 login1;
        QVERIFY(m_fake.registerObject(u"/org/freedesktop/login1"_s, &login1,
                                      QDBusConnection::ExportAllSlots));
    }

    void screenSaver_activeLocks_inactiveDoesNot()
    {
        QWidget window;
        window.show();
        LockController controller(nullptr);
        QTest::qWait(LockController::DesktopConnectDelayMs + 300); // connected, rules on the bus
        send(u"/org/freedesktop/ScreenSaver"_s, u"org.freedesktop.ScreenSaver"_s,
             u"ActiveChanged"_s, {false}, m_fake);
        QTest::qWait(300);
        QVERIFY(!controller.isLocked());
        send(u"/org/freedesktop/ScreenSaver"_s, u"org.freedesktop.ScreenSaver"_s,
             u"ActiveChanged"_s, {true}, m_fake);
        QTRY_VERIFY(controller.isLocked());
        QVERIFY(!window.isVisible());
        unlock(controller);
    }

    void logind_suspendAndSessionLock_lock()
    {
        QWidget window;
        window.show();
        LockController controller(nullptr);
        QTest::qWait(LockController::DesktopConnectDelayMs +
                     300); // the session asked for, Lock connected
        send(u"/org/freedesktop/login1"_s, u"org.freedesktop.login1.Manager"_s,
             u"PrepareForSleep"_s, {false}, m_fake);
        QTest::qWait(300);
        QVERIFY(!controller.isLocked()); // waking up
        send(u"/org/freedesktop/login1"_s, u"org.freedesktop.login1.Manager"_s,
             u"PrepareForSleep"_s, {true}, m_fake);
        QTRY_VERIFY(controller.isLocked());
        unlock(controller);
        send(SessionPath, u"org.freedesktop.login1.Session"_s, u"Lock"_s, {}, m_fake);
        QTRY_VERIFY(controller.isLocked());
        unlock(controller);
        // Another session's Lock is not ours.
        send(u"/org/freedesktop/login1/session/_3other"_s, u"org.freedesktop.login1.Session"_s,
             u"Lock"_s, {}, m_fake);
        QTest::qWait(300);
        QVERIFY(!controller.isLocked());
    }
};

QTEST_MAIN(TestLockDesktop)
#include "tst_lockdesktop.moc"

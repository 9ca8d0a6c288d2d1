#include <QAbstractItemView>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWindow>

#include <algorithm>
#include <chrono>
#include <functional>

#include "core/storage/database.h"
#include "core/storage/demodata.h"
#include "core/storage/participantrepository.h"
#include "dialogs/messagebox.h"
#include "dialogs/participantdialog.h"
#include "dialogs/settingsdialog.h"
#include "i18n.h"
#include "lock/lockcontroller.h"
#include "lock/lockpassworddialog.h"
#include "lock/lockscreen.h"
#include "lock/locksettings.h"
#include "mainwindow.h"
#include "models/caseloadmodel.h"
#include "widgets/occasionform.h"
#include "workspaceutil.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace tilltro;
using namespace tilltro::app;
using namespace tilltro::storage;
using namespace tilltro::gui;

// The lock (issue 14, "when the handledare steps out"): Ctrl+L, idle time and the desktop lock
// hide every personal detail until the password unlocks; nothing typed is lost on the way.
class TestLock : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demoPath;
    QStringList m_markers; ///< every deltagare's name and code in the demo database
    const QString m_password = u"ratt losenord 7"_s; // typed key by key: ASCII

    /// Everything the program shows or tells: every shown window's title, every shown widget's
    /// text, tooltip, accessible name and description, the rows of shown item views, tab
    /// texts, and the accessibility tree (what screen readers and screen sharing read).
    static QStringList shownTexts()
    {
        QStringList texts;
        for (QWindow* window : QGuiApplication::topLevelWindows())
            if (window->isVisible())
                texts << window->title();
        for (QWidget* top : QApplication::topLevelWidgets()) {
            if (!top->isVisible())
                continue;
            QList<QWidget*> widgets = top->findChildren<QWidget*>();
            widgets.prepend(top);
            for (QWidget* w : widgets) {
                if (!w->isVisible())
                    continue;
                texts << w->windowTitle() << w->toolTip() << w->accessibleName()
                      << w->accessibleDescription() << w->statusTip() << w->whatsThis();
                for (const char* property : {"text", "plainText", "title", "currentText"}) {
                    const QVariant value = w->property(property);
                    if (value.isValid())
                        texts << value.toString();
                }
                if (auto* tabs = qobject_cast<QTabBar*>(w))
                    for (int i = 0; i < tabs->count(); ++i)
                        texts << tabs->tabText(i) << tabs->tabToolTip(i);
                if (auto* view = qobject_cast<QAbstractItemView*>(w); view && view->model())
                    collectModel(view->model(), QModelIndex(), texts);
            }
        }
        collectAccessible(QAccessible::queryAccessibleInterface(qApp), texts, 0);
        return texts;
    }

    static void collectModel(const QAbstractItemModel* model, const QModelIndex& parent,
                             QStringList& texts)
    {
        for (int r = 0; r < model->rowCount(parent); ++r) {
            for (int c = 0; c < model->columnCount(parent); ++c) {
                const QModelIndex index = model->index(r, c, parent);
                for (int role :
                     {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole)})
                    texts << index.data(role).toString();
                if (c == 0)
                    collectModel(model, index, texts);
            }
        }
    }

    static void collectAccessible(QAccessibleInterface* node, QStringList& texts, int depth)
    {
        if (!node || !node->isValid() || node->state().invisible || depth > 40)
            return;
        texts << node->text(QAccessible::Name) << node->text(QAccessible::Description)
              << node->text(QAccessible::Value) << node->text(QAccessible::Help);
        for (int i = 0; i < node->childCount(); ++i)
            collectAccessible(node->child(i), texts, depth + 1);
    }

    /// The markers (and `extra`) found in what is shown.
    QStringList leaks(const QStringList& extra = {}) const
    {
        const QString all = shownTexts().join(u'\n');
        QStringList found;
        for (const QString& marker : m_markers + extra)
            if (all.contains(marker))
                found << marker;
        return found;
    }

    static LockScreen* shownLockScreen()
    {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* screen = qobject_cast<LockScreen*>(w); screen && screen->isVisible())
                return screen;
        return nullptr;
    }

    static void typeAndEnter(LockScreen* screen, const QString& password)
    {
        auto* field = screen->findChild<QLineEdit*>(u"lockPasswordLineEdit"_s);
        QVERIFY(field && field->isVisible());
        field->clear();
        QTest::keyClicks(field, password);
        QTest::keyClick(field, Qt::Key_Return);
    }

    static QString lockMessage(LockScreen* screen)
    {
        return screen->findChild<QLabel*>(u"lockMessageLabel"_s)->text();
    }

    /// A main window on a copy of the demo database, shown, with a deltagare's tab open.
    std::unique_ptr<MainWindow> openWindow(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        if (!QFile::copy(m_demoPath, path))
            return nullptr;
        auto window = std::make_unique<MainWindow>();
        window->resize(1100, 700);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()) || !window->openDatabase(path))
            return nullptr;
        return window;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"TilltroTests"_s);
        QCoreApplication::setApplicationName(u"tst_lock"_s);
        QStandardPaths::setTestModeEnabled(true);
        // The lock's settings are the user's: keep them in the test's folder.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"cfg"_s));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"cfg"_s));
        QVERIFY(installTranslators(*qApp, u"sv"_s));
        LockSettings::setIterationsForTests(1000); // the real count takes ~0.3 s per check
        m_demoPath = m_dir.filePath(u"demo.tilltro"_s);
        auto db = Database::create(m_demoPath);
        QVERIFY(db.ok());
        QVERIFY(fillWithDemoData(*db.value()).ok());
        const auto everyone = ParticipantRepository(*db.value()).all();
        QVERIFY(everyone.ok());
        for (const Participant& p : everyone.value()) {
            m_markers << p.code;
            if (!p.name.isEmpty())
                m_markers << p.name;
        }
        QVERIFY(m_markers.size() > 12);
    }

    void init()
    {
        LockSettings::setPassword(m_password);
        QCOMPARE(LockSettings::passwordState(), LockSettings::PasswordState::Set);
    }

    void cleanup()
    {
        MessageBox::resetForTests();
        QSettings().remove(u"lock"_s);
    }

    void ctrlL_hidesEveryPersonalDetail_rightPasswordBringsAllBack()
    {
        auto window = openWindow(u"ctrl-l.tilltro"_s);
        QVERIFY(window);
        LockController& controller = *window->lockController();
        window->addAction(controller.lockAction()); // as the main window's menu will
        const qint64 someone = window->caseloadModel()->rows().front().participantId;
        window->selectParticipant(someone);
        QVERIFY(window->openParticipantView(someone));
        auto* search = window->findChild<QLineEdit*>(u"searchLineEdit"_s);
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        search->setFocus();
        QTRY_VERIFY(search->hasFocus());
        const QString titleBefore = window->windowTitle();
        QVERIFY2(!leaks().isEmpty(), "the walk must see the caseload before locking");
        QStringList accessible;
        collectAccessible(QAccessible::queryAccessibleInterface(qApp), accessible, 0);
        const QString heard = accessible.join(u'\n');
        QVERIFY2(std::any_of(m_markers.begin(), m_markers.end(),
                             [&](const QString& m) { return heard.contains(m); }),
                 "the accessibility walk must reach the deltagare's tab before locking");

        QSignalSpy locked(&controller, &LockController::lockedChanged);
        QCOMPARE(controller.lockAction()->shortcut(), QKeySequence(u"Ctrl+L"_s));
        QCOMPARE(controller.lockAction()->text(), u"L&ås"_s);
        QTest::keyClick(search, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(controller.isLocked());
        QCOMPARE(locked.size(), 1);
        QCOMPARE(locked.front().front().toBool(), true);
        LockScreen* screen = shownLockScreen();
        QVERIFY(screen);
        QCOMPARE(controller.lockScreen(), screen);
        QCOMPARE(screen->windowTitle(), u"Tilltro — låst"_s);
        QCOMPARE(screen->findChild<QLabel*>(u"lockTitleLabel"_s)->text(), u"Tilltro är låst"_s);
        QVERIFY(screen->findChild<QPushButton*>(u"unlockPushButton"_s)->isVisible());
        QVERIFY(!window->isVisible());
        const QStringList found = leaks();
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u", "_s)));
        QTest::keyClick(search, Qt::Key_L, Qt::ControlModifier); // locking again changes nothing
        QCOMPARE(locked.size(), 1);

        typeAndEnter(screen, m_password);
        QVERIFY(!controller.isLocked());
        QCOMPARE(locked.size(), 2);
        QVERIFY(!screen->isVisible());
        QVERIFY(window->isVisible());
        QCOMPARE(window->windowTitle(), titleBefore);
        QVERIFY(window->participantView(someone));
        QTRY_VERIFY(search->hasFocus());
        QVERIFY(!leaks().isEmpty());
        // The field does not keep what was typed for the next lock.
        controller.lock();
        QVERIFY(
            shownLockScreen()->findChild<QLineEdit*>(u"lockPasswordLineEdit"_s)->text().isEmpty());
        typeAndEnter(shownLockScreen(), m_password);
        QVERIFY(!controller.isLocked());
    }

    void fullScreen_comesBackFullScreen()
    {
        auto window = openWindow(u"full.tilltro"_s);
        QVERIFY(window);
        LockController& controller = *window->lockController();
        window->showFullScreen();
        QTRY_VERIFY(window->isFullScreen());
        controller.lock();
        QVERIFY(shownLockScreen()->isFullScreen()); // the lock screen takes its place
        typeAndEnter(shownLockScreen(), m_password);
        QVERIFY(!controller.isLocked());
        QVERIFY(window->isVisible());
        QVERIFY(window->isFullScreen());
    }

    void wrongPassword_staysLockedAndSaysSo_fiveTimesThenWait()
    {
        auto window = openWindow(u"wrong.tilltro"_s);
        QVERIFY(window);
        LockController& controller = *window->lockController();
        controller.setRetryWaitForTests(1500ms);
        controller.lock();
        LockScreen* screen = shownLockScreen();
        QVERIFY(screen);
        auto* message = screen->findChild<QLabel*>(u"lockMessageLabel"_s);
        QCOMPARE(message->textFormat(), Qt::PlainText);
        for (int i = 1; i < LockController::MaxTries; ++i) {
            typeAndEnter(screen, u"<b>fel</b>"_s);
            QVERIFY(controller.isLocked());
            QCOMPARE(lockMessage(screen), u"Fel lösenord. Försök igen."_s);
            QVERIFY(screen->findChild<QLineEdit*>(u"lockPasswordLineEdit"_s)->text().isEmpty());
        }
        typeAndEnter(screen, u"fel igen"_s);
        QVERIFY(controller.isLocked());
        QVERIFY2(lockMessage(screen).contains(u"5 gånger"_s) &&
                     lockMessage(screen).contains(u"sekund"_s),
                 qPrintable(lockMessage(screen)));
        // During the wait even the right password is refused, and the wait is named.
        typeAndEnter(screen, m_password);
        QVERIFY(controller.isLocked());
        QVERIFY2(lockMessage(screen).startsWith(u"Vänta"_s), qPrintable(lockMessage(screen)));
        QVERIFY(leaks().isEmpty());
        QTest::qWait(1600);
        typeAndEnter(screen, m_password);
        QVERIFY(!controller.isLocked());
        QVERIFY(window->isVisible());
    }

    void noPassword_stillHidesEverything_unlockAsksFirst()
    {
        LockSettings::removePassword();
        auto window = openWindow(u"nopassword.tilltro"_s);
        QVERIFY(window);
        LockController& controller = *window->lockController();
        controller.lock();
        LockScreen* screen = shownLockScreen();
        QVERIFY(screen);
        QCOMPARE(screen->mode(), LockScreen::Mode::NoPassword);
        QVERIFY(!screen->findChild<QLineEdit*>(u"lockPasswordLineEdit"_s)->isVisible());
        QVERIFY(leaks().isEmpty());
        auto* unlock = screen->findChild<QPushButton*>(u"unlockPushButton"_s);
        QCOMPARE(unlock->text(), u"Lås &upp"_s);
        MessageBox::setNextAnswerForTests(QMessageBox::No);
        unlock->click();
        QVERIFY(controller.isLocked());
        QVERIFY2(MessageBox::lastTextForTests().contains(u"Inställningar"_s),
                 qPrintable(MessageBox::lastTextForTests()));
        MessageBox::setNextAnswerForTests(QMessageBox::Yes);
        QTest::keyClick(unlock, Qt::Key_Return); // Enter unlocks too
        QVERIFY(!controller.isLocked());
        QVERIFY(window->isVisible());
    }

    void damagedPassword_nothingUnlocks_onlyQuitIsOffered()
    {
        QSettings().setValue(QString::fromLatin1(LockSettings::PasswordKey), u"lösenord123"_s);
        QCOMPARE(LockSettings::passwordState(), LockSettings::PasswordState::Damaged);
        QWidget window;
        auto* secret = new QLabel(u"Hemlig Person"_s, &window);
        Q_UNUSED(secret);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto controller = std::make_unique<LockController>(nullptr);
        controller->lock();
        LockScreen* screen = shownLockScreen();
        QVERIFY(screen);
        QCOMPARE(screen->mode(), LockScreen::Mode::Damaged);
        QVERIFY(!screen->findChild<QLineEdit*>(u"lockPasswordLineEdit"_s)->isVisible());
        QVERIFY(!screen->findChild<QPushButton*>(u"unlockPushButton"_s)->isVisible());
        QVERIFY(screen->findChild<QPushButton*>(u"lockQuitPushButton"_s)->isVisible());
        const QString hint = screen->findChild<QLabel*>(u"lockHintLabel"_s)->text();
        QVERIFY2(hint.contains(u"skadat"_s) && hint.contains(u"Inställningar"_s), qPrintable(hint));
        QVERIFY(leaks({u"Hemlig Person"_s}).isEmpty());
        // Closing the lock screen from the window manager does not uncover anything.
        QVERIFY(!screen->close());
        QVERIFY(screen->isVisible());
        QVERIFY(controller->isLocked());
        QVERIFY(!window.isVisible());
        controller.reset();
    }

    /// The only way out of a damaged password: quitting closes the windows the normal way,
    /// so an open form saves what was typed, and nothing is uncovered on the way.
    void damagedPassword_quit_savesTheOpenFormAndClosesEverything()
    {
        auto window = openWindow(u"quit.tilltro"_s);
        QVERIFY(window);
        LockController& controller = *window->lockController();
        const qint64 someone = window->caseloadModel()->rows().back().participantId;
        window->selectParticipant(someone);
        MessageBox::setNextAnswerForTests(QMessageBox::Yes); // a draft or a missing consent
        QPointer<OccasionForm> form = window->newOccasion();
        MessageBox::resetForTests();
        QVERIFY(form);
        auto* notes = form->findChild<QPlainTextEdit*>(u"notesPlainTextEdit"_s);
        const QString typed = u"Sista-anteckningen-K9"_s;
        notes->setFocus();
        QTest::keyClicks(notes, typed);
        QSettings().setValue(QString::fromLatin1(LockSettings::PasswordKey), u"pbkdf2-sha256$1"_s);
        controller.lock();
        LockScreen* screen = shownLockScreen();
        QVERIFY(screen);
        QCOMPARE(screen->mode(), LockScreen::Mode::Damaged);
        screen->findChild<QPushButton*>(u"lockQuitPushButton"_s)->click();
        QTRY_VERIFY(!screen->isVisible());
        QTRY_VERIFY(form.isNull()); // closed (and deleted) the normal way
        QVERIFY(!window->isVisible());
        QVERIFY(leaks({typed}).isEmpty());
        const auto occasions = window->workspace()->occasions(someone);
        QVERIFY(occasions.ok());
        bool saved = false;
        for (const Occasion& o : occasions.value())
            saved = saved || o.notes.contains(typed);
        QVERIFY2(saved, "the form's note was not saved on the way out");
    }

    void idleTime_locks_inputPostponesIt()
    {
        QWidget window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        LockController controller(nullptr);
        QCOMPARE(controller.idleInterval(), std::chrono::milliseconds(5min)); // the default
        LockSettings::setIdleMinutes(2);                                      // Settings' OK
        QCOMPARE(controller.idleInterval(), std::chrono::milliseconds(2min));
        LockSettings::setIdleMinutes(0);
        QCOMPARE(controller.idleInterval(), 0ms); // never

        controller.setIdleInterval(1000ms);
        for (int i = 0; i < 20; ++i) { // 2 s of typing keeps it open
            QTest::keyClick(&window, Qt::Key_A);
            QTest::qWait(100);
        }
        QVERIFY(!controller.isLocked());
        QTRY_VERIFY_WITH_TIMEOUT(controller.isLocked(), 5000);
        QVERIFY(!window.isVisible());
        typeAndEnter(shownLockScreen(), m_password);
        QVERIFY(!controller.isLocked());
        QVERIFY(window.isVisible());
        controller.setIdleInterval(0ms);
        QTest::qWait(1200);
        QVERIFY(!controller.isLocked());
    }

    void desktopSignals_lock()
    {
        QWidget window;
        window.show();
        LockController controller(nullptr);
        controller.screenSaverActiveChanged(false);
        controller.prepareForSleep(false); // waking up locks nothing
        QVERIFY(!controller.isLocked());
        controller.prepareForSleep(true);
        QVERIFY(controller.isLocked());
        typeAndEnter(shownLockScreen(), m_password);
        controller.screenSaverActiveChanged(true);
        QVERIFY(controller.isLocked());
        typeAndEnter(shownLockScreen(), m_password);
        controller.sessionLocked();
        QVERIFY(controller.isLocked());
        typeAndEnter(shownLockScreen(), m_password);
        QVERIFY(!controller.isLocked());
    }

    void occasionForm_typedNotYetSavedText_stillThereAfterUnlock()
    {
        auto window = openWindow(u"form.tilltro"_s);
        QVERIFY(window);
        LockController& controller = *window->lockController();
        const qint64 someone = window->caseloadModel()->rows().front().participantId;
        window->selectParticipant(someone);
        MessageBox::setNextAnswerForTests(QMessageBox::Yes); // a draft or a missing consent
        OccasionForm* form = window->newOccasion();
        MessageBox::resetForTests();
        QVERIFY(form);
        QVERIFY(QTest::qWaitForWindowExposed(form));
        auto* notes = form->findChild<QPlainTextEdit*>(u"notesPlainTextEdit"_s);
        QVERIFY(notes);
        const QString typed = u"Anteckning-7Q3 om samtalet"_s;
        notes->setFocus();
        QTest::keyClicks(notes, typed);
        QVERIFY(form->hasUnsavedChanges()); // not yet saved: the save waits 300 ms
        QTest::keyClick(notes, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(controller.isLocked());
        QVERIFY(!form->isVisible());
        QVERIFY(leaks({typed}).isEmpty());
        // Locked, the form goes on saving as it goes.
        QTRY_VERIFY(!form->hasUnsavedChanges());
        typeAndEnter(shownLockScreen(), m_password);
        QVERIFY(!controller.isLocked());
        QVERIFY(form->isVisible());
        QVERIFY(notes->toPlainText().contains(typed));
        QVERIFY(form->close());
    }

    void modalDialogInExec_keepsTypedTextAcrossLock()
    {
        auto window = openWindow(u"dialog.tilltro"_s);
        QVERIFY(window);
        LockController& controller = *window->lockController();
        window->addAction(controller.lockAction());
        ParticipantDialog dialog(*window->workspace(), std::nullopt, window.get());
        const QString name = u"Hemlig Hemligsson"_s;
        QStringList failures;
        bool lockScreenOnTop = false;
        bool stillInExecAfterUnlock = false;
        QString nameAfter;
        QString titleWhileLocked;
        const QString titleBefore = dialog.windowTitle();
        QTimer::singleShot(0, &dialog, [&] {
            auto* field = dialog.findChild<QLineEdit*>(u"nameLineEdit"_s);
            field->setFocus();
            QTest::keyClicks(field, name);
            QTest::keyClick(field, Qt::Key_L, Qt::ControlModifier);
            if (!controller.isLocked()) {
                failures << u"Ctrl+L in the dialog did not lock"_s;
                dialog.reject();
                return;
            }
            if (!dialog.isVisible())
                failures << u"the dialog was hidden (its exec() would have ended)"_s;
            failures << leaks({name});
            titleWhileLocked = dialog.windowTitle();
            lockScreenOnTop = QApplication::activeModalWidget() == shownLockScreen();
            typeAndEnter(shownLockScreen(), m_password);
            stillInExecAfterUnlock = dialog.isVisible() && !controller.isLocked();
            nameAfter = field->text();
            dialog.reject();
        });
        const int result = dialog.exec();
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u", "_s)));
        QCOMPARE(result, int(QDialog::Rejected));
        QVERIFY(lockScreenOnTop);
        QVERIFY(stillInExecAfterUnlock);
        QCOMPARE(titleWhileLocked, u"Tilltro — låst"_s);
        QCOMPARE(dialog.windowTitle(), titleBefore);
        QCOMPARE(nameAfter, name);
        QVERIFY(window->isVisible());
    }

    void windowOpenedWhileLocked_isCoveredToo()
    {
        QWidget window;
        window.show();
        LockController controller(nullptr);
        controller.lock();
        QWidget late;
        late.setWindowTitle(u"Sen Person"_s);
        late.show();
        QTRY_VERIFY(!late.isVisible());
        QVERIFY(leaks({u"Sen Person"_s}).isEmpty());
        typeAndEnter(shownLockScreen(), m_password);
        QVERIFY(late.isVisible());
        QVERIFY(window.isVisible());
    }

    void passwordDialog_setChangeRemove()
    {
        LockSettings::removePassword();
        {
            LockPasswordDialog set(LockPasswordDialog::Purpose::Set);
            QVERIFY(!set.findChild<QLineEdit*>(u"currentPasswordLineEdit"_s));
            auto* fresh = set.findChild<QLineEdit*>(u"newPasswordLineEdit"_s);
            auto* repeat = set.findChild<QLineEdit*>(u"repeatPasswordLineEdit"_s);
            auto* error = set.findChild<QLabel*>(u"errorLabel"_s);
            QVERIFY(!fresh->accessibleName().isEmpty() && !repeat->accessibleName().isEmpty());
            QCOMPARE(fresh->echoMode(), QLineEdit::Password);
            fresh->setText(u"kort7"_s);
            repeat->setText(u"kort7"_s);
            set.accept();
            QVERIFY(set.result() != QDialog::Accepted);
            QVERIFY2(error->text().contains(u"8 tecken"_s), qPrintable(error->text()));
            QCOMPARE(LockSettings::passwordState(), LockSettings::PasswordState::None);
            fresh->setText(u"långt nog 1"_s);
            repeat->setText(u"långt nog 2"_s);
            set.accept();
            QVERIFY(set.result() != QDialog::Accepted);
            QVERIFY(error->text().contains(u"inte samma"_s));
            QCOMPARE(LockSettings::passwordState(), LockSettings::PasswordState::None);
            repeat->setText(u"långt nog 1"_s);
            set.accept();
            QCOMPARE(set.result(), int(QDialog::Accepted));
            QCOMPARE(LockSettings::passwordState(), LockSettings::PasswordState::Set);
            QCOMPARE(LockSettings::checkPassword(u"långt nog 1"_s), lockpassword::Check::Match);
        }
        const QString stored =
            QSettings().value(QString::fromLatin1(LockSettings::PasswordKey)).toString();
        QVERIFY(stored.startsWith(u"pbkdf2-sha256$"_s));
        QVERIFY(!stored.contains(u"långt"_s));
        {
            LockPasswordDialog change(LockPasswordDialog::Purpose::Change);
            change.findChild<QLineEdit*>(u"currentPasswordLineEdit"_s)->setText(u"fel fel fel"_s);
            change.findChild<QLineEdit*>(u"newPasswordLineEdit"_s)->setText(u"nytt lösen"_s);
            change.findChild<QLineEdit*>(u"repeatPasswordLineEdit"_s)->setText(u"nytt lösen"_s);
            change.accept();
            QVERIFY(change.result() != QDialog::Accepted);
            QVERIFY(change.findChild<QLabel*>(u"errorLabel"_s)->text().contains(u"fel"_s));
            QCOMPARE(LockSettings::checkPassword(u"långt nog 1"_s), lockpassword::Check::Match);
            change.findChild<QLineEdit*>(u"currentPasswordLineEdit"_s)->setText(u"långt nog 1"_s);
            change.accept();
            QCOMPARE(change.result(), int(QDialog::Accepted));
            QCOMPARE(LockSettings::checkPassword(u"nytt lösen"_s), lockpassword::Check::Match);
        }
        {
            LockPasswordDialog remove(LockPasswordDialog::Purpose::Remove);
            QVERIFY(!remove.findChild<QLineEdit*>(u"newPasswordLineEdit"_s));
            remove.findChild<QLineEdit*>(u"currentPasswordLineEdit"_s)->setText(u"långt nog 1"_s);
            remove.accept();
            QVERIFY(remove.result() != QDialog::Accepted);
            QCOMPARE(LockSettings::passwordState(), LockSettings::PasswordState::Set);
            remove.findChild<QLineEdit*>(u"currentPasswordLineEdit"_s)->setText(u"nytt lösen"_s);
            remove.accept();
            QCOMPARE(remove.result(), int(QDialog::Accepted));
            QCOMPARE(LockSettings::passwordState(), LockSettings::PasswordState::None);
        }
    }

    void settingsDialog_lockGroup_idleMinutesAndPasswordState()
    {
        auto db = Database::create(m_dir.filePath(u"settings.tilltro"_s));
        QVERIFY(db.ok());
        {
            SettingsDialog dialog(test::lend(*db.value()));
            auto* idle = dialog.findChild<QSpinBox*>(u"idleSpinBox"_s);
            QCOMPARE(idle->value(), LockSettings::DefaultIdleMinutes);
            QCOMPARE(idle->minimum(), 0);
            QCOMPARE(idle->maximum(), 120);
            QCOMPARE(idle->specialValueText(), u"aldrig"_s);
            auto* set = dialog.findChild<QPushButton*>(u"setPasswordPushButton"_s);
            auto* remove = dialog.findChild<QPushButton*>(u"removePasswordPushButton"_s);
            QCOMPARE(set->text(), u"Byt lösen&ord…"_s); // init() set one
            QVERIFY(remove->isEnabled());
            for (QWidget* control : {static_cast<QWidget*>(idle), static_cast<QWidget*>(set),
                                     static_cast<QWidget*>(remove)})
                QVERIFY2(!control->accessibleName().isEmpty(), qPrintable(control->objectName()));
            idle->setValue(0);
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(LockSettings::idleMinutes(), 0);
        }
        LockSettings::removePassword();
        {
            SettingsDialog dialog(test::lend(*db.value()));
            QCOMPARE(dialog.findChild<QSpinBox*>(u"idleSpinBox"_s)->value(), 0);
            QCOMPARE(dialog.findChild<QPushButton*>(u"setPasswordPushButton"_s)->text(),
                     u"Ange lösen&ord…"_s);
            QVERIFY(!dialog.findChild<QPushButton*>(u"removePasswordPushButton"_s)->isEnabled());
            dialog.reject();
        }
        // A damaged setting is said, and can be replaced without the (unknowable) old one.
        QSettings().setValue(QString::fromLatin1(LockSettings::PasswordKey), u"trasig"_s);
        {
            SettingsDialog dialog(test::lend(*db.value()));
            QVERIFY(
                dialog.findChild<QLabel*>(u"passwordStateLabel"_s)->text().contains(u"Skadat"_s));
            QCOMPARE(dialog.findChild<QPushButton*>(u"setPasswordPushButton"_s)->text(),
                     u"Ange lösen&ord…"_s);
            dialog.findChild<QPushButton*>(u"removePasswordPushButton"_s)->click();
            QCOMPARE(LockSettings::passwordState(), LockSettings::PasswordState::None);
        }
    }
};

QTEST_MAIN(TestLock)
#include "tst_lock.moc"

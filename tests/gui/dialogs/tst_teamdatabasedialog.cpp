// Arkiv › Anslut till teamdatabas… and Arkiv › Flytta till teamdatabas… (issue 17): the dialogs,
// DatabaseActions' opening of a team database's address and its moving a file's deltagare there. No
// server is needed: every address used here is refused before anything is sent (a password in it,
// sslmode=require) or names a port nothing listens on. The rows named server_… connect for real
// when the team test (tests/team/run-team-tests.sh) gives its throwaway cluster's addresses, as for
// tst_teamworkspace:
//   TILLTRO_TEAM_URI       handledare anna's login (a PGPASSFILE logs in)
//   TILLTRO_TEAM_URI_SARA  the samordnare's
// and TILLTRO_TEAM_REQUIRED=1 makes their absence a failure, never a silent skip.

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

#include "core/storage/database.h"
#include "core/storage/demodata.h"
#include "dialogs/messagebox.h"
#include "dialogs/movetoteamdialog.h"
#include "dialogs/teamdatabasedialog.h"
#include "i18n.h"
#include "mainwindow.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::app;
using namespace tilltro::gui;

namespace {

const auto TeamKey = u"teamDatabases"_s;
const auto RecentKey = u"recentDatabases"_s;
const auto LastKey = u"lastDatabase"_s;

const auto Password = u"hemligt123"_s;
const QString WithPassword = u"postgresql://anna:%1@db.kommun.se/tilltro"_s.arg(Password);
const auto RequireOnly = u"postgresql://anna@db.kommun.se/tilltro?sslmode=require"_s;
// Nothing listens on port 1: refused at once, without a name to look up.
const auto NoServer = u"postgresql://anna@127.0.0.1:1/tilltro"_s;

QString mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] == u'&') {
            if (text[i + 1] != u'&')
                return text[i + 1].toLower();
            ++i;
        }
    }
    return {};
}

/// The Alt+letters of a dialog's labels and buttons, sorted (a letter twice is two controls
/// competing for it).
QStringList mnemonicsOf(const QWidget& dialog)
{
    QStringList keys;
    const auto add = [&keys](const QString& text) {
        if (const QString key = mnemonicOf(text); !key.isEmpty())
            keys << key;
    };
    for (const QLabel* label : dialog.findChildren<QLabel*>())
        add(label->text());
    for (const QAbstractButton* button : dialog.findChildren<QAbstractButton*>())
        add(button->text());
    keys.sort();
    return keys;
}

} // namespace

class TestTeamDatabaseDialog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demoPath;

    static QComboBox* addressBox(QDialog& dialog)
    {
        return dialog.findChild<QComboBox*>(u"addressComboBox"_s);
    }
    static QPushButton* connectButton(QDialog& dialog)
    {
        return dialog.findChild<QDialogButtonBox*>(u"buttonBox"_s)->button(QDialogButtonBox::Ok);
    }
    static QPushButton* checkButton(QDialog& dialog)
    {
        return dialog.findChild<QPushButton*>(u"checkConnectionPushButton"_s);
    }

    /// The address of the team test's server for `variable`, or empty when there is none (the
    /// caller skips; a failure where the team test requires it).
    static QString serverUri(const char* variable) { return qEnvironmentVariable(variable); }
#define REQUIRE_SERVER(uri)                                                                        \
    do {                                                                                           \
        if ((uri).isEmpty()) {                                                                     \
            QVERIFY2(qEnvironmentVariableIsEmpty("TILLTRO_TEAM_REQUIRED"),                         \
                     "no team database given");                                                    \
            QSKIP("no team database (run by tests/team/run-team-tests.sh)");                       \
        }                                                                                          \
    } while (false)

    /// Runs `step` on each modal dialog shown while `trigger` runs, in turn (step gets which
    /// one it is, from 0); a dialog the step leaves open is rejected. Returns how many came.
    static int driveModals(const std::function<void()>& trigger,
                           const std::function<void(QWidget*, int)>& step)
    {
        int count = 0;
        QWidget* last = nullptr;
        QTimer timer;
        timer.setInterval(20);
        QObject::connect(&timer, &QTimer::timeout, [&] {
            QWidget* modal = QApplication::activeModalWidget();
            if (!modal || modal == last || !modal->isVisible())
                return;
            last = modal;
            step(modal, count++);
            if (auto* dialog = qobject_cast<QDialog*>(modal); dialog && dialog->isVisible())
                dialog->reject();
            last = nullptr;
        });
        timer.start();
        trigger();
        timer.stop();
        return count;
    }

    int m_files = 0;

    /// A new database file in the test's folder with `count` deltagare, coded so that no other
    /// test (nor an earlier run against the same server) has them: MV-<pid>-<file>-<n>. Their
    /// codes; `path` gets the file's path.
    QStringList fileWithParticipants(int count, QString& path)
    {
        const int file = ++m_files;
        path = m_dir.filePath(u"move-%1.tilltro"_s.arg(file));
        // The file's own handledare (the window would ask who you are without one); in the team
        // database the deltagare become the login's.
        workspace::Workspace local;
        Handledare me;
        me.name = u"Anna i filen"_s;
        if (!local.create(path) || !local.setCurrentUser(me))
            return {};
        QStringList codes;
        for (int i = 1; i <= count; ++i) {
            Participant p;
            p.code = u"MV-%1-%2-%3"_s.arg(QCoreApplication::applicationPid()).arg(file).arg(i);
            p.name = u"Flyttas <b>%1</b>"_s.arg(i);
            p.startDate = QDate(2026, 2, 1);
            p.handledareId = me.id;
            std::vector<Consent> none;
            if (!local.saveParticipant(p, none, {}))
                return {};
            codes << p.code;
        }
        return codes;
    }

    static QAction* moveAction(MainWindow& window)
    {
        return window.findChild<QAction*>(u"moveToTeamDatabaseAction"_s);
    }
    static QRadioButton* radio(QDialog& dialog, const QString& name)
    {
        return dialog.findChild<QRadioButton*>(name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"TilltroTests"_s);
        QCoreApplication::setApplicationName(u"tst_teamdatabasedialog"_s);
        QStandardPaths::setTestModeEnabled(true);
        // The remembered addresses are the user's settings: keep them in the test's folder.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"cfg"_s));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"cfg"_s));
        QVERIFY(installTranslators(*qApp, u"sv"_s));
        m_demoPath = m_dir.filePath(u"demo.tilltro"_s);
        auto db = storage::Database::create(m_demoPath);
        QVERIFY(db.ok());
        QVERIFY(storage::fillWithDemoData(*db.value()).ok());
    }

    void init()
    {
        QSettings().clear();
    }

    void cleanup()
    {
        MessageBox::resetForTests();
    }

    void dialog_prefilledWithTheAddressesUsedBefore_newestFirst()
    {
        for (int i = 1; i <= 7; ++i)
            TeamDatabaseDialog::rememberAddress(
                u"postgresql://anna@db%1.kommun.se/tilltro"_s.arg(i));
        TeamDatabaseDialog::rememberAddress(u"postgresql://anna@db5.kommun.se/tilltro"_s); // again
        const QStringList expected{u"postgresql://anna@db5.kommun.se/tilltro"_s,
                                   u"postgresql://anna@db7.kommun.se/tilltro"_s,
                                   u"postgresql://anna@db6.kommun.se/tilltro"_s,
                                   u"postgresql://anna@db4.kommun.se/tilltro"_s,
                                   u"postgresql://anna@db3.kommun.se/tilltro"_s};
        QCOMPARE(QSettings().value(TeamKey).toStringList(), expected);
        QCOMPARE(TeamDatabaseDialog::rememberedAddresses(), expected);

        TeamDatabaseDialog dialog;
        QComboBox* box = addressBox(dialog);
        QVERIFY(box && box->isEditable());
        QStringList items;
        for (int i = 0; i < box->count(); ++i)
            items << box->itemText(i);
        QCOMPARE(items, expected);
        QCOMPARE(dialog.address(), expected.first());
        QVERIFY(connectButton(dialog)->isEnabled());
    }

    void dialog_firstTime_emptyWithAnExample()
    {
        TeamDatabaseDialog dialog;
        QCOMPARE(addressBox(dialog)->count(), 0);
        QCOMPARE(dialog.address(), QString());
        QVERIFY(addressBox(dialog)->lineEdit()->placeholderText().startsWith(u"postgresql://"_s));
        QVERIFY(!connectButton(dialog)->isEnabled());
        QVERIFY(!checkButton(dialog)->isEnabled());
    }

    void rememberAddress_withAPassword_storesNothing()
    {
        TeamDatabaseDialog::rememberAddress(WithPassword);
        TeamDatabaseDialog::rememberAddress(u"   "_s);
        QVERIFY(TeamDatabaseDialog::rememberedAddresses().isEmpty());
        QVERIFY(!QSettings().contains(TeamKey));
    }

    void connect_enabledOnlyWithAnAddress()
    {
        TeamDatabaseDialog dialog;
        QCOMPARE(connectButton(dialog)->text(), u"&Anslut"_s);
        QCOMPARE(checkButton(dialog)->text(), u"&Kontrollera anslutning"_s);
        QLineEdit* field = addressBox(dialog)->lineEdit();
        QVERIFY(!connectButton(dialog)->isEnabled());
        QTest::keyClicks(field, u"   "_s);
        QVERIFY(!connectButton(dialog)->isEnabled()); // blanks are no address
        QVERIFY(!checkButton(dialog)->isEnabled());
        QTest::keyClicks(field, NoServer);
        QVERIFY(connectButton(dialog)->isEnabled());
        QVERIFY(checkButton(dialog)->isEnabled());
        QCOMPARE(dialog.address(), NoServer); // without the blanks
        field->clear();
        QVERIFY(!connectButton(dialog)->isEnabled());
    }

    void check_addressWithAPassword_saysWhyAndNeverShowsThePassword()
    {
        TeamDatabaseDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setAddress(WithPassword);
        QTest::mouseClick(checkButton(dialog), Qt::LeftButton);
        auto* result = dialog.findChild<QLabel*>(u"resultLabel"_s);
        QVERIFY(result && result->isVisible());
        QCOMPARE(result->textFormat(), Qt::PlainText);
        const auto expected = workspace::Workspace::checkTeamDatabase(WithPassword);
        QVERIFY(!expected.ok());
        QCOMPARE(result->text(), expected.errorMessage());
        QVERIFY2(result->text().contains(u"lösenord"_s), qPrintable(result->text()));
        QVERIFY2(!result->text().contains(Password), qPrintable(result->text()));
        QCOMPARE(result->accessibleName(), result->text());
        // Checking remembers nothing and closes nothing.
        QVERIFY(TeamDatabaseDialog::rememberedAddresses().isEmpty());
        QVERIFY(dialog.isVisible());

        // The result belongs to the address it was found for.
        dialog.setAddress(RequireOnly);
        QVERIFY(result->isHidden());
        QVERIFY(dialog.resultText().isEmpty());
    }

    void check_sslmodeRequire_isRefusedWithTheReason()
    {
        TeamDatabaseDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setAddress(RequireOnly);
        dialog.checkConnection();
        const auto expected = workspace::Workspace::checkTeamDatabase(RequireOnly);
        QVERIFY(!expected.ok());
        QCOMPARE(dialog.resultText(), expected.errorMessage());
        QVERIFY2(dialog.resultText().contains(u"sslmode=require"_s),
                 qPrintable(dialog.resultText()));
        QVERIFY2(dialog.resultText().contains(u"verify-full"_s), qPrintable(dialog.resultText()));
    }

    void check_byItsMnemonic()
    {
        TeamDatabaseDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        dialog.setAddress(RequireOnly);
        QTest::keyClick(&dialog, Qt::Key_K, Qt::AltModifier); // the button clicks itself shortly
        QTRY_VERIFY2(dialog.resultText().contains(u"sslmode=require"_s),
                     qPrintable(dialog.resultText()));
        // Alt+D goes back to the address.
        QTest::keyClick(&dialog, Qt::Key_D, Qt::AltModifier);
        QTRY_VERIFY(addressBox(dialog)->hasFocus() || addressBox(dialog)->lineEdit()->hasFocus());
    }

    void keyboard_tabReachesEveryControl_eachNamedForAScreenReader()
    {
        TeamDatabaseDialog::rememberAddress(NoServer);
        TeamDatabaseDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QComboBox* box = addressBox(dialog);
        QTRY_VERIFY(box->hasFocus() || box->lineEdit()->hasFocus()); // starts in the field

        const auto owner = [box](QWidget* w) -> QWidget* { return w == box->lineEdit() ? box : w; };
        QList<QWidget*> reached;
        for (int i = 0; i < 8; ++i) {
            QWidget* focused = owner(QApplication::focusWidget());
            if (!reached.contains(focused))
                reached << focused;
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        auto* buttons = dialog.findChild<QDialogButtonBox*>(u"buttonBox"_s);
        const QList<QWidget*> controls{box, checkButton(dialog), connectButton(dialog),
                                       buttons->button(QDialogButtonBox::Cancel)};
        for (QWidget* control : controls) {
            QVERIFY2(reached.contains(control), qPrintable(control->objectName()));
            // Named by itself (a button by its text; on Linux a combo box's accessible name is
            // its text, so the field carries its own name).
            QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(control);
            QVERIFY(accessible);
            QVERIFY2(!accessible->text(QAccessible::Name).isEmpty(),
                     qPrintable(control->objectName()));
        }
        // Nothing else takes the focus (the result and the explanation are read, not used).
        QCOMPARE(reached.size(), controls.size());
        QCOMPARE(box->accessibleName(), u"Teamdatabasens adress"_s);
        QVERIFY(!box->accessibleDescription().isEmpty());
        QCOMPARE(checkButton(dialog)->accessibleName(), u"Kontrollera anslutning"_s);

        // Each Alt+letter reaches one thing.
        QCOMPARE(mnemonicsOf(dialog),
                 (QStringList{u"a"_s, u"d"_s, u"k"_s})); // Anslut, Adress, Kontrollera
    }

    void enterInTheField_connects()
    {
        TeamDatabaseDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(addressBox(dialog)->lineEdit(), NoServer);
        QTest::keyClick(addressBox(dialog)->lineEdit(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.address(), NoServer);
        QCOMPARE(addressBox(dialog)->count(), 0); // typing adds nothing to the list
    }

    void displayName_serverAndDatabase_neverTheParameters_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("shown");
        QTest::newRow("with a CA")
            << u"postgresql://anna@db.kommun.se/tilltro?sslrootcert=/etc/ssl/kommun-ca.pem"_s
            << u"db.kommun.se/tilltro"_s;
        QTest::newRow("another port")
            << u"postgresql://db.kommun.se:5433/enhet_syd"_s << u"db.kommun.se:5433/enhet_syd"_s;
        QTest::newRow("postgres://") << u"postgres://10.1.2.3/tilltro"_s << u"10.1.2.3/tilltro"_s;
        QTest::newRow("a socket") << u"postgresql:///tilltro?host=/var/run/postgresql"_s
                                  << u"/var/run/postgresql/tilltro"_s;
        QTest::newRow("a service") << u"postgresql://?service=tilltro"_s << u"tilltro"_s;
    }

    void displayName_serverAndDatabase_neverTheParameters()
    {
        QFETCH(QString, address);
        QFETCH(QString, shown);
        QCOMPARE(TeamDatabaseDialog::displayName(address), shown);
    }

    void fileMenu_connectRightAfterOpen()
    {
        MainWindow window;
        auto* action = window.findChild<QAction*>(u"connectTeamDatabaseAction"_s);
        QVERIFY(action);
        QCOMPARE(action->text(), u"Anslut till team&databas…"_s);
        QMenu* file = window.menuBar()->findChild<QMenu*>(u"fileMenu"_s);
        QVERIFY(file);
        const QList<QAction*> actions = file->actions();
        const auto open = window.findChild<QAction*>(u"openDatabaseAction"_s);
        QCOMPARE(actions.indexOf(action), actions.indexOf(open) + 1);
        QVERIFY(action->isEnabled()); // also with no database open
    }

    void openDatabase_teamAddressRefused_saysWhyRemembersNothingKeepsTheFile_data()
    {
        QTest::addColumn<QString>("address");
        QTest::newRow("password") << WithPassword;
        QTest::newRow("sslmode=require") << RequireOnly;
        QTest::newRow("no server") << NoServer;
    }

    void openDatabase_teamAddressRefused_saysWhyRemembersNothingKeepsTheFile()
    {
        QFETCH(QString, address);
        MainWindow window;
        QVERIFY(window.openDatabase(m_demoPath));
        const QString title = window.windowTitle();
        QVERIFY(title.contains(u"demo.tilltro"_s));
        const QString file = window.workspace()->path();
        const QStringList recent = QSettings().value(RecentKey).toStringList();
        QCOMPARE(recent, QStringList{QFileInfo(m_demoPath).absoluteFilePath()});

        MessageBox::setNextAnswerForTests(QMessageBox::Ok);
        QVERIFY(!window.openDatabase(address));
        // Said in words, and only the words: no backup or read-only offer for a server.
        QVERIFY(!MessageBox::lastTextForTests().isEmpty());
        QVERIFY(!MessageBox::lastTextForTests().contains(Password));
        QVERIFY2(!MessageBox::lastTextForTests().contains(u"säkerhetskopia"_s),
                 qPrintable(MessageBox::lastTextForTests()));
        QVERIFY(TeamDatabaseDialog::rememberedAddresses().isEmpty());
        QCOMPARE(QSettings().value(RecentKey).toStringList(), recent);
        QCOMPARE(QSettings().value(LastKey).toString(), recent.first());
        // The file stays open.
        QVERIFY(window.workspace()->isOpen());
        QCOMPARE(window.workspace()->path(), file);
        QCOMPARE(window.windowTitle(), title);
    }

    void connectAction_refusedAddress_asksAgainWithTheAddressKept()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(m_demoPath));
        const QString file = window.workspace()->path();
        auto* action = window.findChild<QAction*>(u"connectTeamDatabaseAction"_s);
        MessageBox::setNextAnswerForTests(QMessageBox::Ok);
        QStringList seenAddresses;
        const int shown =
            driveModals([action] { action->trigger(); },
                        [&](QWidget* modal, int round) {
                            auto* dialog = qobject_cast<TeamDatabaseDialog*>(modal);
                            QVERIFY(dialog);
                            seenAddresses << dialog->address();
                            if (round == 0) {
                                dialog->setAddress(RequireOnly);
                                QTest::mouseClick(connectButton(*dialog), Qt::LeftButton);
                            } // round 1: cancelled
                        });
        QCOMPARE(shown, 2);
        QCOMPARE(seenAddresses, (QStringList{QString(), RequireOnly}));
        QVERIFY2(MessageBox::lastTextForTests().contains(u"sslmode=require"_s),
                 qPrintable(MessageBox::lastTextForTests()));
        QVERIFY(TeamDatabaseDialog::rememberedAddresses().isEmpty());
        QCOMPARE(window.workspace()->path(), file);
    }

    void recentMenu_namesATeamDatabaseByServer_andOpeningItFailsCleanly()
    {
        const QString file = QFileInfo(m_demoPath).absoluteFilePath();
        QSettings().setValue(RecentKey, QStringList{NoServer, file});
        MainWindow window;
        QVERIFY(window.openDatabase(m_demoPath)); // moves the file to the top
        auto* recent = window.menuBar()->findChild<QMenu*>(u"recentMenu"_s);
        QVERIFY(recent);
        const QList<QAction*> entries = recent->actions();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[1]->text(), u"&2 Teamdatabas: 127.0.0.1:1/tilltro"_s);

        MessageBox::setNextAnswerForTests(QMessageBox::Ok);
        entries[1]->trigger();
        QVERIFY(!MessageBox::lastTextForTests().isEmpty());
        QVERIFY(TeamDatabaseDialog::rememberedAddresses().isEmpty());
        QCOMPARE(QSettings().value(RecentKey).toStringList(), (QStringList{file, NoServer}));
        QCOMPARE(window.workspace()->path(), QFileInfo(m_demoPath).canonicalFilePath());
    }

    // --- Arkiv › Flytta till teamdatabas… ------------------------------------------------------

    void fileMenu_moveRightAfterConnect_onlyForAFileOpenForEditing()
    {
        MainWindow window;
        QAction* action = moveAction(window);
        QVERIFY(action);
        QCOMPARE(action->text(), u"&Flytta till teamdatabas…"_s);
        QMenu* file = window.menuBar()->findChild<QMenu*>(u"fileMenu"_s);
        const QList<QAction*> actions = file->actions();
        const auto connectAction = window.findChild<QAction*>(u"connectTeamDatabaseAction"_s);
        QCOMPARE(actions.indexOf(action), actions.indexOf(connectAction) + 1);
        QVERIFY(!action->isEnabled()); // no database
        QString path;
        QCOMPARE(fileWithParticipants(1, path).size(), 1);
        QVERIFY(window.openDatabase(path));
        QVERIFY(action->isEnabled());
        QVERIFY(window.workspace()->open(path, workspace::Access::ReadOnly));
        QVERIFY(window.workspace()->isReadOnly());
        QVERIFY(!action->isEnabled()); // a read-only file cannot give its deltagare away
        window.workspace()->close();
        QVERIFY(!action->isEnabled());
    }

    void moveDialog_defaults_keepTheFile_theAddressUsedBefore()
    {
        TeamDatabaseDialog::rememberAddress(NoServer);
        MoveToTeamDialog dialog(2);
        QCOMPARE(dialog.windowTitle(), u"Flytta till teamdatabas"_s);
        QCOMPARE(dialog.address(), NoServer);
        QCOMPARE(connectButton(dialog)->text(), u"&Flytta"_s);
        QVERIFY(connectButton(dialog)->isEnabled());
        QCOMPARE(dialog.afterMove(), workspace::AfterMove::KeepReadOnly);
        QRadioButton* keep = radio(dialog, u"keepReadOnlyRadioButton"_s);
        QRadioButton* erase = radio(dialog, u"eraseLocalRadioButton"_s);
        QVERIFY(keep && erase);
        QVERIFY(keep->isChecked() && !erase->isChecked());
        QCOMPARE(keep->text(), u"&Behåll filen oförändrad och skrivskyddad"_s);
        QCOMPARE(erase->text(), u"&Radera deltagarna ur filen"_s);
        // What moves, and what erasing means, in words.
        auto* explanation = dialog.findChild<QLabel*>(u"explanationLabel"_s);
        QCOMPARE(explanation->textFormat(), Qt::PlainText);
        QVERIFY2(explanation->text().contains(u"De 2 deltagarna"_s),
                 qPrintable(explanation->text()));
        QVERIFY2(explanation->text().contains(u"känsliga"_s, Qt::CaseInsensitive),
                 qPrintable(explanation->text()));
        QCOMPARE(addressBox(dialog)->accessibleDescription(), explanation->text());
        auto* warning = dialog.findChild<QLabel*>(u"eraseWarningLabel"_s);
        QVERIFY2(warning->text().contains(u"ångras"_s), qPrintable(warning->text()));
        QCOMPARE(erase->accessibleDescription(), warning->text());

        erase->setChecked(true);
        QCOMPARE(dialog.afterMove(), workspace::AfterMove::EraseLocal);
        dialog.setAfterMove(workspace::AfterMove::KeepReadOnly);
        QVERIFY(keep->isChecked());
        dialog.setAddress(u"  "_s);
        QVERIFY(!connectButton(dialog)->isEnabled()); // nowhere to move to
    }

    void moveDialog_keyboard_everyControlReachedAndNamed()
    {
        TeamDatabaseDialog::rememberAddress(NoServer);
        MoveToTeamDialog dialog(3);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QComboBox* box = addressBox(dialog);
        QTRY_VERIFY(box->hasFocus() || box->lineEdit()->hasFocus());
        QRadioButton* keep = radio(dialog, u"keepReadOnlyRadioButton"_s);
        QRadioButton* erase = radio(dialog, u"eraseLocalRadioButton"_s);
        auto* buttons = dialog.findChild<QDialogButtonBox*>(u"buttonBox"_s);

        // Tab goes in reading order: the address, its check, the choice, Flytta, Avbryt.
        const auto owner = [box](QWidget* w) -> QWidget* { return w == box->lineEdit() ? box : w; };
        QList<QWidget*> order;
        for (int i = 0; i < 5; ++i) {
            order << owner(QApplication::focusWidget());
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        order.removeAll(erase); // (reached by the arrow keys from the checked one, or Alt+R)
        const QList<QWidget*> expected{box, checkButton(dialog), keep, connectButton(dialog),
                                       buttons->button(QDialogButtonBox::Cancel)};
        QCOMPARE(order.mid(0, expected.size()), expected);
        for (QWidget* control : expected + QList<QWidget*>{erase}) {
            QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(control);
            QVERIFY(accessible);
            QVERIFY2(!accessible->text(QAccessible::Name).isEmpty(),
                     qPrintable(control->objectName()));
        }
        QCOMPARE(erase->accessibleName(), u"Radera deltagarna ur filen"_s);

        // Alt+R chooses erasing, Alt+B keeping; each Alt+letter reaches one thing.
        QTest::keyClick(&dialog, Qt::Key_R, Qt::AltModifier);
        QTRY_VERIFY(erase->isChecked());
        QCOMPARE(dialog.afterMove(), workspace::AfterMove::EraseLocal);
        QTest::keyClick(&dialog, Qt::Key_B, Qt::AltModifier);
        QTRY_VERIFY(keep->isChecked());
        // Behåll, Adress, Flytta, Kontrollera, Radera
        QCOMPARE(mnemonicsOf(dialog), (QStringList{u"b"_s, u"d"_s, u"f"_s, u"k"_s, u"r"_s}));
    }

    void moveAction_emptyFile_saysSoWithoutAsking()
    {
        QString path;
        QVERIFY(fileWithParticipants(0, path).isEmpty());
        MainWindow window;
        QVERIFY(window.openDatabase(path));
        MessageBox::setNextAnswerForTests(QMessageBox::Ok);
        const int shown = driveModals([&] { moveAction(window)->trigger(); }, [](QWidget*, int) {});
        QCOMPARE(shown, 0);
        QVERIFY2(MessageBox::lastTextForTests().contains(u"inga deltagare"_s),
                 qPrintable(MessageBox::lastTextForTests()));
        QCOMPARE(window.workspace()->path(), QFileInfo(path).canonicalFilePath());
    }

    void moveAction_refusedAddress_saysWhy_theFileStaysOpenAndUnchanged()
    {
        QString path;
        const QStringList codes = fileWithParticipants(2, path);
        QCOMPARE(codes.size(), 2);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(path));
        const QString file = window.workspace()->path();
        const QString title = window.windowTitle();
        const QStringList recent = QSettings().value(RecentKey).toStringList();

        MessageBox::setNextAnswerForTests(QMessageBox::Ok);
        QStringList seenAddresses;
        const int shown =
            driveModals([&] { moveAction(window)->trigger(); },
                        [&](QWidget* modal, int round) {
                            auto* dialog = qobject_cast<MoveToTeamDialog*>(modal);
                            QVERIFY2(dialog, qPrintable(modal->objectName()));
                            seenAddresses << dialog->address();
                            QVERIFY(dialog->findChild<QLabel*>(u"explanationLabel"_s)
                                        ->text()
                                        .contains(u"De 2 deltagarna"_s));
                            if (round == 0) {
                                dialog->setAddress(WithPassword);
                                QTest::mouseClick(connectButton(*dialog), Qt::LeftButton);
                            } // round 1: asked again, cancelled
                        });
        QCOMPARE(shown, 2);
        QCOMPARE(seenAddresses, (QStringList{QString(), WithPassword}));
        const QString said = MessageBox::lastTextForTests();
        QVERIFY2(said.contains(u"lösenord"_s), qPrintable(said));
        QVERIFY2(!said.contains(Password), qPrintable(said));
        // Nothing changed: the file open for editing with its deltagare, nothing remembered.
        QCOMPARE(window.workspace()->path(), file);
        QVERIFY(!window.workspace()->isTeam() && !window.workspace()->isReadOnly());
        QCOMPARE(window.windowTitle(), title);
        for (const QString& code : codes) {
            auto kept = window.workspace()->participantByCode(code);
            QVERIFY(kept && kept.value());
        }
        QVERIFY(QFileInfo(file).isWritable());
        QVERIFY(moveAction(window)->isEnabled());
        QVERIFY(TeamDatabaseDialog::rememberedAddresses().isEmpty());
        QCOMPARE(QSettings().value(RecentKey).toStringList(), recent);
    }

    void moveAction_eraseNotConfirmed_asksAgain_movesNothing()
    {
        QString path;
        const QStringList codes = fileWithParticipants(1, path);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(path));
        MessageBox::setNextAnswerForTests(QMessageBox::Cancel); // "Radera ur filen?" Avbryt
        QList<workspace::AfterMove> choices;
        const int shown =
            driveModals([&] { moveAction(window)->trigger(); },
                        [&](QWidget* modal, int round) {
                            auto* dialog = qobject_cast<MoveToTeamDialog*>(modal);
                            QVERIFY(dialog);
                            choices << dialog->afterMove();
                            if (round == 0) {
                                dialog->setAddress(NoServer);
                                radio(*dialog, u"eraseLocalRadioButton"_s)->click();
                                QTest::mouseClick(connectButton(*dialog), Qt::LeftButton);
                            }
                        });
        QCOMPARE(shown, 2);
        // Asked first, by a button that says what it does; the choice kept when asked again.
        QCOMPARE(MessageBox::lastActionForTests(), u"Radera ur filen"_s);
        QVERIFY2(MessageBox::lastTextForTests().contains(u"kan inte ångras"_s),
                 qPrintable(MessageBox::lastTextForTests()));
        QCOMPARE(choices,
                 (QList{workspace::AfterMove::KeepReadOnly, workspace::AfterMove::EraseLocal}));
        QCOMPARE(window.workspace()->path(), QFileInfo(path).canonicalFilePath());
        auto kept = window.workspace()->participantByCode(codes.first());
        QVERIFY(kept && kept.value());
    }

    void server_check_saysWhoIsLoggedInAndHowSafely()
    {
        const QString uri = serverUri("TILLTRO_TEAM_URI");
        REQUIRE_SERVER(uri);
        TeamDatabaseDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setAddress(uri);
        QTest::mouseClick(checkButton(dialog), Qt::LeftButton);
        const QString shown = dialog.resultText();
        QVERIFY2(shown.startsWith(u"Anslutningen fungerar: PostgreSQL "_s), qPrintable(shown));
        QVERIFY2(shown.contains(u"krypterad (TLS"_s), qPrintable(shown));
        QVERIFY2(shown.contains(u"Inloggad som anna: handledare"_s), qPrintable(shown));
        QVERIFY2(shown.contains(u"Databasversion %1"_s.arg(workspace::Workspace::schemaVersion())),
                 qPrintable(shown));
        QVERIFY(TeamDatabaseDialog::rememberedAddresses().isEmpty()); // a check is no connection
    }

    void server_connectAndBackToTheFile_byTheMenus()
    {
        const QString uri = serverUri("TILLTRO_TEAM_URI");
        REQUIRE_SERVER(uri);
        const QString file = QFileInfo(m_demoPath).absoluteFilePath();
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(m_demoPath));
        auto* action = window.findChild<QAction*>(u"connectTeamDatabaseAction"_s);
        auto* backup = window.findChild<QAction*>(u"backupAction"_s);
        QVERIFY(backup->isEnabled());

        // Arkiv › Anslut till teamdatabas…: the address, Anslut.
        MessageBox::setNextAnswerForTests(QMessageBox::Ok); // any message is answered, and seen
        const int shown =
            driveModals([action] { action->trigger(); },
                        [&uri](QWidget* modal, int round) {
                            auto* dialog = qobject_cast<TeamDatabaseDialog*>(modal);
                            QVERIFY2(dialog && round == 0, qPrintable(modal->objectName()));
                            dialog->setAddress(uri);
                            QTest::mouseClick(connectButton(*dialog), Qt::LeftButton);
                        });
        QCOMPARE(shown, 1);
        QVERIFY2(MessageBox::lastTextForTests().isEmpty(),
                 qPrintable(MessageBox::lastTextForTests()));
        QCOMPARE(window.workspace()->path(), uri);
        const QString name = TeamDatabaseDialog::displayName(uri);
        QVERIFY(name.startsWith(u"127.0.0.1:"_s));
        QCOMPARE(window.windowTitle(), u"Tilltro — %1"_s.arg(name));
        QVERIFY(!backup->isEnabled());
        // Remembered for the dialog and Öppna senaste, and where the program starts next time.
        QCOMPARE(TeamDatabaseDialog::rememberedAddresses(), QStringList{uri});
        QCOMPARE(QSettings().value(RecentKey).toStringList(), (QStringList{uri, file}));
        QCOMPARE(QSettings().value(LastKey).toString(), uri);
        TeamDatabaseDialog again;
        QCOMPARE(again.address(), uri);

        // Back to the file by Arkiv › Öppna senaste, and to the server the same way.
        auto* recent = window.menuBar()->findChild<QMenu*>(u"recentMenu"_s);
        QCOMPARE(recent->actions().at(0)->text(), u"&1 Teamdatabas: %1"_s.arg(name));
        recent->actions().at(1)->trigger();
        QCOMPARE(window.workspace()->path(), QFileInfo(m_demoPath).canonicalFilePath());
        QVERIFY(window.windowTitle().contains(u"demo.tilltro"_s));
        QVERIFY(backup->isEnabled());
        recent->actions().at(1)->trigger(); // the list is newest first: the server is second now
        QCOMPARE(window.workspace()->path(), uri);
        QCOMPARE(window.windowTitle(), u"Tilltro — %1"_s.arg(name));
        QVERIFY2(MessageBox::lastTextForTests().isEmpty(),
                 qPrintable(MessageBox::lastTextForTests()));
    }

    void server_loginWithoutAHandledare_refusedAndNotRemembered()
    {
        const QString uri = serverUri("TILLTRO_TEAM_URI_SARA");
        REQUIRE_SERVER(uri);
        MainWindow window;
        QVERIFY(window.openDatabase(m_demoPath));
        MessageBox::setNextAnswerForTests(QMessageBox::Ok);
        bool opened = true;
        driveModals([&] { opened = window.openDatabase(uri); }, [](QWidget*, int) {});
        QVERIFY(!opened);
        QVERIFY2(MessageBox::lastTextForTests().contains(u"handledare"_s),
                 qPrintable(MessageBox::lastTextForTests()));
        QVERIFY(TeamDatabaseDialog::rememberedAddresses().isEmpty());
        QCOMPARE(window.workspace()->path(), QFileInfo(m_demoPath).canonicalFilePath());
    }

    void server_moveByTheMenu_data()
    {
        QTest::addColumn<bool>("erase");
        QTest::newRow("keep the file read-only") << false;
        QTest::newRow("erase them from the file") << true;
    }

    // Flytta till teamdatabas by the menu: the window then works in the team database, with the
    // deltagare as the login's; the file is kept read-only, or has none left.
    void server_moveByTheMenu()
    {
        QFETCH(bool, erase);
        const QString uri = serverUri("TILLTRO_TEAM_URI");
        REQUIRE_SERVER(uri);
        QString path;
        const QStringList codes = fileWithParticipants(2, path);
        QCOMPARE(codes.size(), 2);
        const QString file = QFileInfo(path).absoluteFilePath();
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(path));

        // Every box is answered Yes (Radera ur filen, then what was done), and remembered.
        MessageBox::setNextAnswerForTests(QMessageBox::Yes);
        const int shown =
            driveModals([&] { moveAction(window)->trigger(); },
                        [&](QWidget* modal, int round) {
                            auto* dialog = qobject_cast<MoveToTeamDialog*>(modal);
                            QVERIFY2(dialog && round == 0, qPrintable(modal->objectName()));
                            dialog->setAddress(uri);
                            if (erase) {
                                radio(*dialog, u"eraseLocalRadioButton"_s)->click();
                            }
                            QTest::mouseClick(connectButton(*dialog), Qt::LeftButton);
                        });
        QCOMPARE(shown, 1);
        QCOMPARE(MessageBox::lastActionForTests(), erase ? u"Radera ur filen"_s : QString());
        const QString said = MessageBox::lastTextForTests();
        const QString name = TeamDatabaseDialog::displayName(uri);
        QVERIFY2(said.startsWith(u"2 deltagare flyttades till teamdatabasen %1."_s.arg(name)),
                 qPrintable(said));
        QVERIFY2(said.contains(QDir::toNativeSeparators(file)), qPrintable(said));
        QVERIFY2(said.contains(erase ? u"raderades"_s : u"skrivskyddad"_s), qPrintable(said));

        // The window works in the team database, where they are the login's.
        QVERIFY(window.workspace()->isTeam());
        QCOMPARE(window.workspace()->path(), uri);
        QCOMPARE(window.windowTitle(), u"Tilltro — %1"_s.arg(name));
        auto me = window.workspace()->currentUser();
        QVERIFY(me && me.value());
        for (const QString& code : codes) {
            auto there = window.workspace()->participantByCode(code);
            QVERIFY2(there && there.value(), qPrintable(code));
            QCOMPARE(there.value()->handledareId, me.value()->id);
        }
        QVERIFY(!moveAction(window)->isEnabled());
        // Remembered, for Öppna senaste and the next start.
        QCOMPARE(TeamDatabaseDialog::rememberedAddresses(), QStringList{uri});
        QCOMPARE(QSettings().value(RecentKey).toStringList(), (QStringList{uri, file}));
        QCOMPARE(QSettings().value(LastKey).toString(), uri);

        // The file.
        workspace::Workspace local;
        if (erase) {
            QVERIFY(local.open(path));
            auto rows = local.caseload(QDate::currentDate());
            QVERIFY(rows);
            QVERIFY(rows->empty());
            return;
        }
        const auto edit = local.open(path);
        QVERIFY(!edit);
        QCOMPARE(edit.error().kind, Error::Kind::Conflict);
        // Opened from the window, it offers read-only (answered Yes), with both still there.
        MessageBox::setNextAnswerForTests(QMessageBox::Yes);
        QVERIFY(window.openDatabase(path));
        QVERIFY(window.workspace()->isReadOnly());
        QVERIFY(!window.workspace()->isTeam());
        for (const QString& code : codes) {
            auto kept = window.workspace()->participantByCode(code);
            QVERIFY2(kept && kept.value(), qPrintable(code));
        }
        QVERIFY(!moveAction(window)->isEnabled());
    }
};

QTEST_MAIN(TestTeamDatabaseDialog)
#include "tst_teamdatabasedialog.moc"

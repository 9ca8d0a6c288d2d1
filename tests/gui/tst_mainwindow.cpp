#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include "core/clock.h"
#include "core/exchange/jsonexchange.h"
#include "core/storage/auditlog.h"
#include "core/storage/backup.h"
#include "core/storage/database.h"
#include "core/storage/demodata.h"
#include "core/storage/handledarerepository.h"
#include "core/storage/participantrepository.h"
#include "dialogs/messagebox.h"
#include "dialogs/participantdialog.h"
#include "i18n.h"
#include "mainwindow.h"
#include "models/caseloadfilter.h"
#include "models/caseloadmodel.h"
#include "testutil.h"
#include "widgets/occasionform.h"
#include "widgets/ratingrow.h"
#include "workspace/workspace.h"
#include <QAction>

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::app;
using namespace tilltro::storage;
using namespace tilltro::gui;

class TestMainWindow : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demoPath;

    static QStringList visibleColumn(QTableView* table, int column)
    {
        QStringList values;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            values << table->model()->index(r, column).data().toString();
        return values;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"TilltroTests"_s);
        QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(installTranslators(*qApp, u"sv"_s));
        m_demoPath = m_dir.filePath(u"demo.tilltro"_s);
        auto db = Database::create(m_demoPath);
        QVERIFY(db.ok());
        QVERIFY(fillWithDemoData(*db.value()).ok());
    }

    void cleanup() { MessageBox::resetForTests(); }

    void open_demoDatabase_showsCaseloadInSwedish()
    {
        MainWindow window;
        window.resize(1100, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(m_demoPath));
        auto* table = window.findChild<QTableView*>(u"caseloadTableView"_s);
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 12);
        QCOMPARE(table->model()->headerData(0, Qt::Horizontal).toString(), u"Kod"_s);
        QVERIFY(window.windowTitle().contains(u"demo.tilltro"_s));
        // The protected deltagare shows a marker, never a name.
        const QStringList names = visibleColumn(table, 1);
        QVERIFY(names.contains(u"[skyddad]"_s));
        // Qt's own buttons speak Swedish too (Debian has no qtbase_sv.qm; we carry them).
        QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), u"Avbryt"_s);
    }

    void danish_offeredAndShownWithQtsOwnButtonsInDanish()
    {
        // `--lang da`: offered because tilltro_da.qm is built in, and the window speaks Danish,
        // Qt's standard buttons included (Debian 12 ships qtbase_da.qm; our catalogue carries
        // the same texts for systems without it).
        QVERIFY(availableLanguages().contains(u"da"_s));
        QCOMPARE(chooseLanguage(u"da"_s), u"da"_s);
        const auto useLanguage = [](const QString& lang) { return switchTranslators(*qApp, lang); };
        QVERIFY(useLanguage(u"da"_s));
        const auto restore = qScopeGuard([&] { useLanguage(u"sv"_s); });
        MainWindow window;
        window.resize(1100, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(m_demoPath));
        auto* table = window.findChild<QTableView*>(u"caseloadTableView"_s);
        QVERIFY(table);
        QCOMPARE(table->model()->headerData(1, Qt::Horizontal).toString(), u"Navn"_s);
        QCOMPARE(table->model()->headerData(2, Qt::Horizontal).toString(), u"Sagsbehandler"_s);
        QVERIFY(visibleColumn(table, 1).contains(u"[beskyttet]"_s));
        QCOMPARE(window.menuBar()->actions().constFirst()->text(), u"&Filer"_s);
        QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                                 QDialogButtonBox::Yes | QDialogButtonBox::No);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), u"Annuller"_s);
        QCOMPARE(buttons.button(QDialogButtonBox::Yes)->text(), u"&Ja"_s);
        QCOMPARE(buttons.button(QDialogButtonBox::No)->text(), u"&Nej"_s);
        // What our catalogue does not carry comes from the system's qtbase_da.qm
        // (qt6-translations-l10n, installed by dev.sh): a text field's context menu.
        QCOMPARE(QCoreApplication::translate("QLineEdit", "&Undo"), u"&Fortryd"_s);
    }

    void languageChosenInSettings_windowOpensAgainInIt_withTheSameDatabaseAndTabs()
    {
        const QString path = m_dir.filePath(u"language.tilltro"_s);
        QVERIFY(QFile::copy(m_demoPath, path));
        auto* window = new MainWindow;
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->setLanguages(availableLanguages(), u"sv"_s);
        window->show();
        QVERIFY(window->openDatabase(path));
        QVERIFY(window->openParticipantView(3));
        int switches = 0;
        MainWindow::followLanguageRequests(window, [&switches](const QString& lang) {
            ++switches;
            return switchTranslators(*qApp, lang);
        });
        const auto restore = qScopeGuard([] { switchTranslators(*qApp, u"sv"_s); });
        QPointer<MainWindow> old = window;
        window->requestLanguage(u"sv"_s); // the same: nothing happens
        QApplication::processEvents();
        QCOMPARE(switches, 0);
        window->requestLanguage(u"da"_s);
        QTRY_VERIFY(!old);
        QCOMPARE(switches, 1);
        MainWindow* next = nullptr;
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (auto* candidate = qobject_cast<MainWindow*>(w); candidate && candidate->isVisible())
                next = candidate;
        }
        QVERIFY(next);
        QCOMPARE(next->currentLanguage(), u"da"_s);
        QCOMPARE(next->workspace()->path(), QFileInfo(path).canonicalFilePath());
        QCOMPARE(next->menuBar()->actions().constFirst()->text(), u"&Filer"_s);
        QVERIFY(next->participantView(3)); // the tab came back
        auto* table = next->findChild<QTableView*>(u"caseloadTableView"_s);
        QCOMPARE(table->model()->headerData(2, Qt::Horizontal).toString(), u"Sagsbehandler"_s);
        next->close();
    }

    void unknownLanguage_refusedAndSwedishKept()
    {
        // `--lang xx` is refused (main says which languages there are); nothing is installed.
        QVERIFY(!availableLanguages().contains(u"xx"_s));
        QCOMPARE(chooseLanguage(u"xx"_s), QString());
        QVERIFY(!installTranslators(*qApp, u"xx"_s));
        QDialogButtonBox buttons(QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), u"Avbryt"_s);
    }

    void search_typingFiltersVisibleRowsAsYouType()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(m_demoPath));
        auto* table = window.findChild<QTableView*>(u"caseloadTableView"_s);
        auto* search = window.findChild<QLineEdit*>(u"searchLineEdit"_s);
        QVERIFY(table && search);
        QVERIFY(!search->accessibleName().isEmpty());

        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier); // Ctrl+F focuses the search
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, u"D-000"_s);
        QCOMPARE(table->model()->rowCount(), 9);
        QTest::keyClicks(search, u"4"_s);
        QCOMPARE(visibleColumn(table, 0), QStringList{u"D-0004"_s});
        search->clear();
        QCOMPARE(table->model()->rowCount(), 12);
        QTest::keyClicks(search, u"ingen sådan person"_s);
        QCOMPARE(table->model()->rowCount(), 0);
    }

    void protectedIdentity_nameNeverInCaseloadTextOrTitle()
    {
        auto db = Database::open(m_demoPath, Database::Access::ReadOnly);
        QVERIFY(db.ok());
        const auto hidden = ParticipantRepository(*db.value()).byCode(u"D-0002"_s).value();
        QVERIFY(hidden && hidden->protectedIdentity && !hidden->name.isEmpty());
        const QString name = hidden->name;
        db.value().reset();

        MainWindow window;
        QVERIFY(window.openDatabase(m_demoPath));
        auto* table = window.findChild<QTableView*>(u"caseloadTableView"_s);
        QStringList texts{window.windowTitle(), window.statusBar()->currentMessage()};
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            for (int c = 0; c < table->model()->columnCount(); ++c) {
                const QModelIndex index = table->model()->index(r, c);
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole),
                                 int(Qt::AccessibleTextRole), int(CaseloadModel::SortRole)})
                    texts << index.data(role).toString();
            }
        }
        QVERIFY(!texts.join(u'\n').contains(name));
        auto* search = window.findChild<QLineEdit*>(u"searchLineEdit"_s);
        search->setText(name);
        QCOMPARE(table->model()->rowCount(), 0); // cannot be searched for either
    }

    void registerAndTwoOccasionsByKeyboard_nextDueInCaseload()
    {
        Clock::setFixedForTests(QDateTime(QDate(2026, 8, 3), QTime(9, 0)));
        const QString path = m_dir.filePath(u"fresh.tilltro"_s);
        {
            auto db = Database::create(path);
            QVERIFY(db.ok());
            Handledare me{0, u"Lars Bergström"_s, {}, true};
            QVERIFY(HandledareRepository(*db.value()).insert(me).ok());
            QVERIFY(HandledareRepository(*db.value()).setCurrentUser(me.id).ok());
        }
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openDatabase(path));
        auto* table = window.findChild<QTableView*>(u"caseloadTableView"_s);

        // Ctrl+Shift+D: the dialog suggests the code; type a name and press Enter.
        bool filled = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<ParticipantDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* name = dialog->findChild<QLineEdit*>(u"nameLineEdit"_s);
            name->setFocus();
            QTest::keyClicks(name, u"Sara Berg"_s);
            filled = true;
            QTest::keyClick(name, Qt::Key_Return);
        });
        QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(filled);
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, CaseloadModel::NameColumn).data().toString(),
                 u"Sara Berg"_s);

        auto fillOccasion = [&] {
            // No consent is recorded yet: starting an occasion asks first.
            MessageBox::setNextAnswerForTests(QMessageBox::Yes);
            // The offscreen platform does not hand activation back after a window closes.
            window.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
            MessageBox::resetForTests();
            auto forms = window.findChildren<OccasionForm*>();
            QCOMPARE(forms.size(), 1);
            OccasionForm* form = forms.front();
            QVERIFY(QTest::qWaitForWindowExposed(form));
            form->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(form));
            // The deltagare's part, then Enter on to the handledare's part, then that part.
            for (const QChar c : u"55667788\rV7777777263E3"_s) {
                if (c == u'\r')
                    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
                else
                    QTest::keyClick(QApplication::focusWidget(), c.toLatin1());
            }
            QSignalSpy completed(form, &OccasionForm::completed);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
            QCOMPARE(completed.size(), 1);
            QTRY_COMPARE(window.findChildren<OccasionForm*>().size(), 0);
        };
        fillOccasion();
        Clock::setFixedForTests(QDateTime(QDate(2026, 11, 4), QTime(9, 0)));
        fillOccasion();
        QTRY_COMPARE(table->model()->index(0, CaseloadModel::LastColumn).data().toString(),
                     u"2026-11-04"_s);
        QCOMPARE(table->model()->index(0, CaseloadModel::NextColumn).data().toString(),
                 u"2027-02-04"_s);
        Clock::resetForTests();
    }

    void newOccasion_afterClosingMidway_offersTheDraft()
    {
        const QString path = m_dir.filePath(u"draft.tilltro"_s);
        {
            auto db = Database::create(path);
            QVERIFY(db.ok());
            Participant p;
            p.code = u"D-0001"_s;
            p.startDate = QDate(2026, 1, 1);
            QVERIFY(ParticipantRepository(*db.value()).insert(p).ok());
            Consent c{0, p.id, u"registrering"_s, {}, QDate(2026, 1, 1), {}, {}};
            QVERIFY(ParticipantRepository(*db.value()).addConsent(c).ok());
            Handledare me{0, u"Anna"_s, {}, true};
            QVERIFY(HandledareRepository(*db.value()).insert(me).ok());
            QVERIFY(HandledareRepository(*db.value()).setCurrentUser(me.id).ok());
        }
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openDatabase(path));
        window.selectParticipant(1);
        OccasionForm* form = window.newOccasion();
        QVERIFY(form);
        QVERIFY(QTest::qWaitForWindowExposed(form));
        form->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(form));
        for (const QChar c : u"834"_s)
            QTest::keyClick(QApplication::focusWidget(), c.toLatin1());
        form->close(); // mid-way; saved on the way out
        QTRY_COMPARE(window.findChildren<OccasionForm*>().size(), 0);
        auto* table = window.findChild<QTableView*>(u"caseloadTableView"_s);
        QVERIFY(table->model()
                    ->index(0, CaseloadModel::SignalsColumn)
                    .data()
                    .toString()
                    .contains(u"Utkast"_s));

        MessageBox::setNextAnswerForTests(QMessageBox::Yes); // "continue the draft?"
        OccasionForm* again = window.newOccasion();
        QVERIFY(MessageBox::lastTextForTests().contains(u"2026"_s));
        QVERIFY(again);
        auto* samarbete = again->findChild<RatingRow*>(u"d_samarbeteRatingRow"_s);
        QCOMPARE(samarbete->answer(), Answer::number(4));
        MessageBox::setNextAnswerForTests(QMessageBox::Cancel);
        again->close();
        QTRY_COMPARE(window.findChildren<OccasionForm*>().size(), 0);
        QVERIFY(window.newOccasion() == nullptr); // declining opens nothing
    }

    void importJson_addsEveryoneOnceAndRefusesTheSecondTime()
    {
        const QString file = m_dir.filePath(u"all.json"_s);
        {
            auto source = Database::open(m_demoPath, Database::Access::ReadWrite);
            QVERIFY2(source.ok(), qPrintable(source.errorMessage()));
            QVERIFY(exchange::exportToFile(*source.value(), file).ok());
        }
        const QString target = m_dir.filePath(u"import-target.tilltro"_s);
        {
            auto db = Database::create(target);
            QVERIFY(db.ok());
            Handledare me{0, u"Anna"_s, {}, true};
            QVERIFY(HandledareRepository(*db.value()).insert(me).ok());
            QVERIFY(HandledareRepository(*db.value()).setCurrentUser(me.id).ok());
        }
        MainWindow window;
        QVERIFY(window.openDatabase(target));
        auto* table = window.findChild<QTableView*>(u"caseloadTableView"_s);
        QCOMPARE(table->model()->rowCount(), 0);
        window.importJson(file);
        QCOMPARE(table->model()->rowCount(), 12);

        MessageBox::setNextAnswerForTests(QMessageBox::Ok);
        window.importJson(file); // every code is taken now: all refused, nothing changed
        QVERIFY2(MessageBox::lastTextForTests().contains(u"D-0001"_s),
                 qPrintable(MessageBox::lastTextForTests()));
        QCOMPARE(table->model()->rowCount(), 12);

        const QString broken = m_dir.filePath(u"broken.json"_s);
        QVERIFY(test::writeFile(broken, "{\"format\": \"tilltro-exchange\", \"formatVersion\": "));
        window.importJson(broken);
        QVERIFY(!MessageBox::lastTextForTests().isEmpty());
        QCOMPARE(table->model()->rowCount(), 12);
    }

    void lockedDatabase_openedReadOnlyWithBannerWhenAsked()
    {
        MainWindow first;
        QVERIFY(first.openDatabase(m_demoPath));
        MainWindow second;
        MessageBox::setNextAnswerForTests(QMessageBox::Yes); // "open it read-only instead?"
        QVERIFY(second.openDatabase(m_demoPath));
        QVERIFY(second.database()->isReadOnly());
        QVERIFY(second.findChild<QLabel*>(u"readOnlyBannerLabel"_s)->isVisibleTo(&second));
        QVERIFY(!second.findChild<QAction*>(u"newParticipantAction"_s)->isEnabled());
        QVERIFY(!first.findChild<QLabel*>(u"readOnlyBannerLabel"_s)->isVisibleTo(&first));
    }

    void openEditable_makesAnAutomaticBackup_andDamagedFileOffersIt()
    {
        const QString path = m_dir.filePath(u"backed.tilltro"_s);
        QVERIFY(QFile::copy(m_demoPath, path));
        {
            MainWindow window;
            QVERIFY(window.openDatabase(path));
            QTRY_VERIFY(!listBackups(backupFolderFor(path), u"backed"_s).empty());
        }
        // Damage the file: the newest backup is offered as a new working copy.
        QByteArray bytes = test::readAll(path);
        bytes.truncate(bytes.size() / 2);
        QVERIFY(test::writeFile(path, bytes));
        MainWindow window;
        MessageBox::setNextAnswerForTests(QMessageBox::Yes);
        QVERIFY2(window.openDatabase(path), qPrintable(MessageBox::lastTextForTests()));
        QVERIFY(window.database()->path() != QFileInfo(path).absoluteFilePath());
        // The working copy is beside the damaged file, not among the backups.
        QCOMPARE(QFileInfo(window.database()->path()).absolutePath(),
                 QFileInfo(path).canonicalPath());
        QCOMPARE(window.caseloadModel()->rowCount(), 12);
        QCOMPARE(test::readAll(path), bytes); // the damaged file is left as it was
    }

    void eraseParticipant_goneFromCaseloadAfterConfirmation()
    {
        const QString path = m_dir.filePath(u"erase.tilltro"_s);
        QVERIFY(QFile::copy(m_demoPath, path));
        MainWindow window;
        QVERIFY(window.openDatabase(path));
        window.selectParticipant(4);
        MessageBox::setNextAnswerForTests(QMessageBox::Cancel);
        window.eraseParticipant();
        QCOMPARE(window.caseloadModel()->rowCount(), 12);
        MessageBox::setNextAnswerForTests(QMessageBox::Yes);
        window.eraseParticipant();
        QCOMPARE(window.caseloadModel()->rowCount(), 11);
        for (const CaseloadRow& row : window.caseloadModel()->rows())
            QVERIFY(row.participantId != 4);
    }

    // View › Uppdatera (F5): what was saved behind the window's back (in a team database, by
    // colleagues) shows in the caseload and the open deltagare, without reopening.
    void refresh_showsWhatWasSavedBehindTheWindow()
    {
        const QString path = m_dir.filePath(u"refresh.tilltro"_s);
        QVERIFY(QFile::copy(m_demoPath, path));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(path));
        window.selectParticipant(4);
        window.findChild<QAction*>(u"openParticipantAction"_s)->trigger();
        auto* tabs = window.findChild<QTabWidget*>(u"mainTabWidget"_s);
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 2);
        const int rows = window.caseloadModel()->rowCount();

        // Straight into storage: no signal reaches the window, as with another program.
        storage::Database& db = *window.workspace()->database();
        storage::ParticipantRepository repo(db);
        Participant four = *repo.byId(4).value();
        four.name = u"Namn Ändrat Utanför"_s;
        QVERIFY(repo.update(four, QDate(2026, 11, 1)));
        Participant added;
        added.code = u"D-NY"_s;
        added.startDate = QDate(2026, 11, 1);
        QVERIFY(repo.insert(added));
        QCOMPARE(window.caseloadModel()->rowCount(), rows);
        QVERIFY(!tabs->tabText(1).contains(u"Ändrat"_s));

        auto* refresh = window.findChild<QAction*>(u"refreshAction"_s);
        QCOMPARE(refresh->shortcut(), QKeySequence(Qt::Key_F5));
        QTest::keyClick(&window, Qt::Key_F5);
        QCOMPARE(window.caseloadModel()->rowCount(), rows + 1);
        QVERIFY2(tabs->tabText(1).contains(u"Namn Ändrat Utanför"_s), qPrintable(tabs->tabText(1)));
    }

    void open_notADatabase_showsMessageAndKeepsCurrent()
    {
        const QString junk = m_dir.filePath(u"junk.tilltro"_s);
        QVERIFY(test::writeFile(junk, "inte en databas"));
        MainWindow window;
        QVERIFY(window.openDatabase(m_demoPath));
        MessageBox::setNextAnswerForTests(QMessageBox::Ok);
        QVERIFY(!window.openDatabase(junk));
        QVERIFY(MessageBox::lastTextForTests().contains(u"junk.tilltro"_s));
        QVERIFY(window.database() != nullptr);
        QCOMPARE(window.database()->path(), QFileInfo(m_demoPath).absoluteFilePath());
        QCOMPARE(test::readAll(junk), QByteArray("inte en databas"));
    }

    void open_lockedDatabase_refusedWhileOtherWindowHasIt()
    {
        MainWindow first;
        QVERIFY(first.openDatabase(m_demoPath));
        MainWindow second;
        MessageBox::setNextAnswerForTests(QMessageBox::Ok);
        QVERIFY(!second.openDatabase(m_demoPath));
        QVERIFY(second.database() == nullptr);
    }

    void menus_everyMnemonicIsUniqueWithinItsMenu_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("sv") << u"sv"_s;
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("da") << u"da"_s;
    }

    void menus_everyMnemonicIsUniqueWithinItsMenu()
    {
        // Alt+letter must reach exactly one entry: in the menu bar and in every menu.
        QFETCH(QString, language);
        const auto useLanguage = [](const QString& lang) { return switchTranslators(*qApp, lang); };
        QVERIFY(useLanguage(language));
        const auto restore = qScopeGuard([&] { useLanguage(u"sv"_s); });
        MainWindow window;
        QVERIFY(window.openDatabase(m_demoPath));
        const auto mnemonic = [](const QString& text) -> QChar {
            for (qsizetype i = 0; i + 1 < text.size(); ++i) {
                if (text[i] == u'&') {
                    if (text[i + 1] != u'&')
                        return text[i + 1].toLower();
                    ++i;
                }
            }
            return {};
        };
        const auto check = [&](const QString& where, const QList<QAction*>& actions) {
            QHash<QChar, QString> seen;
            for (const QAction* action : actions) {
                if (action->isSeparator() || !action->isVisible())
                    continue;
                const QChar key = mnemonic(action->text());
                if (key.isNull())
                    continue;
                QVERIFY2(!seen.contains(key),
                         qPrintable(u"%1: \"%2\" and \"%3\" both use Alt+%4"_s.arg(
                             where, seen.value(key), action->text(), key)));
                seen.insert(key, action->text());
            }
        };
        check(u"menu bar"_s, window.menuBar()->actions());
        for (const QMenu* menu : window.menuBar()->findChildren<QMenu*>())
            check(menu->title(), menu->actions());
    }

    void restoreBackup_opensANewCopy_leavingBackupAndCurrentAsTheyWere()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"work.tilltro"_s);
        QVERIFY(QFile::copy(m_demoPath, path));
        const QString backup = dir.filePath(u"manual-backup.tilltro"_s);
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY(backupTo(*db.value(), backup).ok());
        }
        const QByteArray backupHash = test::fileHash(backup);
        MainWindow window;
        QVERIFY(window.openDatabase(path));
        window.selectParticipant(4);
        MessageBox::setNextAnswerForTests(QMessageBox::Yes);
        window.eraseParticipant(); // a change made after the backup
        QCOMPARE(window.caseloadModel()->rowCount(), 11);

        {
            // Work done after the backup: in the current database, not in the restored copy.
            Participant later;
            later.code = u"SENARE"_s;
            later.startDate = QDate(2026, 11, 1);
            QVERIFY(ParticipantRepository(*window.database()).insert(later).ok());
            window.refreshCaseload();
        }

        window.restoreBackup(backup);
        const QString restored = window.database()->path();
        QVERIFY2(restored != QFileInfo(path).absoluteFilePath(),
                 qPrintable(MessageBox::lastTextForTests()));
        QCOMPARE(QFileInfo(restored).absolutePath(), QFileInfo(path).absolutePath());
        QVERIFY2(QFileInfo(restored).fileName().startsWith(u"work ("_s), qPrintable(restored));
        // The state of the backup, except that the erasure made since is not undone.
        QCOMPARE(window.caseloadModel()->rowCount(), 11);
        for (const CaseloadRow& row : window.caseloadModel()->rows()) {
            QVERIFY(row.participantId != 4);
            QVERIFY(row.code != u"SENARE"_s);
        }
        QVERIFY2(window.statusBar()->currentMessage().contains(u"1 deltagare"_s),
                 qPrintable(window.statusBar()->currentMessage()));
        bool logged = false;
        for (const AuditEntry& e : AuditLog(*window.database()).all().value())
            logged = logged || (e.action == u"restore"_s && e.entity == u"database"_s);
        QVERIFY(logged);
        QCOMPARE(test::fileHash(backup), backupHash);
        window.close();
        auto current = Database::open(path, Database::Access::ReadOnly);
        QVERIFY(current.ok());
        QCOMPARE(ParticipantRepository(*current.value()).all().value().size(), size_t(12));
    }

    void restoreBackup_notADatabase_refusedAndCurrentKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"current.tilltro"_s);
        QVERIFY(QFile::copy(m_demoPath, path));
        const QString junk = dir.filePath(u"junk-backup.tilltro"_s);
        QVERIFY(test::writeFile(junk, "SQLite format 3 but not really"));
        MainWindow window;
        QVERIFY(window.openDatabase(path));
        MessageBox::setNextAnswerForTests(QMessageBox::Ok);
        window.restoreBackup(junk);
        QVERIFY(!MessageBox::lastTextForTests().isEmpty());
        QCOMPARE(window.database()->path(), QFileInfo(path).absoluteFilePath());
        // No copy was left behind: only the two files (and the lock and WAL companions).
        const QStringList databases = QDir(dir.path()).entryList({u"*.tilltro"_s}, QDir::Files);
        QCOMPARE(databases, QStringList({u"current.tilltro"_s, u"junk-backup.tilltro"_s}));
        QCOMPARE(test::readAll(junk), QByteArray("SQLite format 3 but not really"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QListWidget>
#include <QMenu>
#include <QPointer>
#include <QSettings>
#include <QShortcut>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <functional>
#include <memory>
#include <set>

#include "core/storage/database.h"
#include "core/storage/demodata.h"
#include "core/storage/planrepository.h"
#include "dialogs/auditlogdialog.h"
#include "dialogs/gallringdialog.h"
#include "dialogs/handbookdialog.h"
#include "dialogs/handledaredialog.h"
#include "dialogs/insatsdialog.h"
#include "dialogs/messagebox.h"
#include "dialogs/participantdialog.h"
#include "dialogs/reportoptionsdialog.h"
#include "dialogs/settingsdialog.h"
#include "i18n.h"
#include "mainwindow.h"
#include "models/caseloadmodel.h"
#include "models/plandocument.h"
#include "widgets/occasionform.h"
#include "widgets/participantview.h"
#include "widgets/planeditor.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::app;
using namespace tilltro::storage;
using namespace tilltro::gui;

namespace {

/// One place where a key sequence is listened for: a QAction (once per widget it is added to)
/// or a QShortcut, with its context and the widget that context is about.
struct Holder {
    const QObject* owner = nullptr; ///< the action or shortcut
    int registration = 0;           ///< which of the owner's key sequences (duplicates count)
    QKeySequence key;
    Qt::ShortcutContext context = Qt::WindowShortcut;
    QPointer<QWidget> widget; ///< where the context applies (a menu resolved to its window)

    QString describe() const
    {
        const auto* action = qobject_cast<const QAction*>(owner);
        const QString name = owner->objectName().isEmpty()
                                 ? (action ? u"\"%1\""_s.arg(action->text()) : u"(unnamed)"_s)
                                 : owner->objectName();
        static const char* const contexts[] = {"Widget", "Window", "Application",
                                               "WidgetWithChildren"};
        return u"%1 %2 [%3 on %4 in %5]"_s.arg(
            QString::fromLatin1(owner->metaObject()->className()), name,
            QString::fromLatin1(contexts[context]),
            widget ? QString::fromLatin1(widget->metaObject()->className()) + u' ' +
                         widget->objectName()
                   : u"-"_s,
            widget ? widget->window()->objectName() + u' ' + widget->window()->windowTitle()
                   : u"-"_s);
    }
};

/// The widgets a menu's actions are reached from: the menu bars, tool bars and widgets the menu
/// hangs in, through submenus. Qt asks these whether a shortcut of a menu's action applies.
void menuHosts(QMenu* menu, QList<QWidget*>& hosts, int depth = 0)
{
    if (depth > 8)
        return;
    for (QObject* object : menu->menuAction()->associatedObjects()) {
        if (auto* parentMenu = qobject_cast<QMenu*>(object))
            menuHosts(parentMenu, hosts, depth + 1);
        else if (auto* widget = qobject_cast<QWidget*>(object))
            hosts << widget;
    }
}

std::vector<Holder> holdersIn(const QList<QWidget*>& roots)
{
    std::set<const QObject*> seen;
    std::vector<Holder> holders;
    for (QWidget* root : roots) {
        for (QAction* action : root->findChildren<QAction*>()) {
            if (!seen.insert(action).second)
                continue;
            QList<QWidget*> widgets;
            for (QObject* object : action->associatedObjects()) {
                if (auto* menu = qobject_cast<QMenu*>(object))
                    menuHosts(menu, widgets);
                else if (auto* widget = qobject_cast<QWidget*>(object))
                    widgets << widget;
            }
            const QList<QKeySequence> keys = action->shortcuts();
            for (int i = 0; i < keys.size(); ++i) {
                if (keys[i].isEmpty())
                    continue;
                for (QWidget* widget : widgets)
                    holders.push_back({action, i, keys[i], action->shortcutContext(), widget});
            }
        }
        for (QShortcut* shortcut : root->findChildren<QShortcut*>()) {
            if (!seen.insert(shortcut).second)
                continue;
            const QList<QKeySequence> keys = shortcut->keys();
            for (int i = 0; i < keys.size(); ++i) {
                if (!keys[i].isEmpty())
                    holders.push_back({shortcut, i, keys[i], shortcut->context(),
                                       qobject_cast<QWidget*>(shortcut->parent())});
            }
        }
    }
    return holders;
}

bool contains(const QWidget* outer, const QWidget* inner)
{
    return outer == inner || outer->isAncestorOf(inner);
}

/// Whether Qt could find both holders for one key press: then it triggers neither and says
/// "Ambiguous shortcut overload". Visibility and enabled state are left out on purpose: what
/// is hidden or disabled now is shown or enabled in another state of the window.
bool compete(const Holder& a, const Holder& b)
{
    if (a.context == Qt::ApplicationShortcut || b.context == Qt::ApplicationShortcut)
        return true;
    if (!a.widget || !b.widget || a.widget->window() != b.widget->window())
        return false;
    if (a.context == Qt::WindowShortcut || b.context == Qt::WindowShortcut)
        return true;
    if (a.context == Qt::WidgetShortcut && b.context == Qt::WidgetShortcut)
        return a.widget == b.widget;
    if (a.context == Qt::WidgetShortcut)
        return contains(b.widget, a.widget);
    if (b.context == Qt::WidgetShortcut)
        return contains(a.widget, b.widget);
    return contains(a.widget, b.widget) || contains(b.widget, a.widget);
}

/// Every pair of holders that compete for the same key, described; empty when none do.
QStringList ambiguities(const QList<QWidget*>& roots)
{
    const std::vector<Holder> holders = holdersIn(roots);
    std::set<QString> found;
    std::set<std::pair<std::pair<const QObject*, int>, std::pair<const QObject*, int>>> pairs;
    for (size_t i = 0; i < holders.size(); ++i) {
        for (size_t j = i + 1; j < holders.size(); ++j) {
            const Holder& a = holders[i];
            const Holder& b = holders[j];
            // One registration added to several widgets is one shortcut, not two.
            if (a.owner == b.owner && a.registration == b.registration)
                continue;
            if (a.key != b.key || !compete(a, b))
                continue;
            // Said once for each two registrations, whatever widgets they were found through.
            auto pair =
                std::minmax(std::pair(a.owner, a.registration), std::pair(b.owner, b.registration));
            if (!pairs.insert({pair.first, pair.second}).second)
                continue;
            found.insert(u"%1: %2 and %3"_s.arg(a.key.toString(QKeySequence::PortableText),
                                                a.describe(), b.describe()));
        }
    }
    return QStringList(found.begin(), found.end());
}

QList<QWidget*> topLevels()
{
    QList<QWidget*> roots;
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (!qobject_cast<QMenu*>(w))
            roots << w;
    }
    return roots;
}

} // namespace

// No two actions or shortcuts hold one key where both apply: Qt then runs neither (Redo by
// Ctrl+Shift+Z did nothing). Checked in the main window with a deltagare's tab and an
// assessment open, and in every dialog; then Undo and Redo are pressed as a user does.
class TestShortcuts : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_database;
    std::unique_ptr<MainWindow> m_window;

    /// The main window with the demo open; closed (saving what is open) after each test.
    MainWindow* openWindow()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get()) || !m_window->openDatabase(m_database))
            return nullptr;
        return m_window.get();
    }

    /// A deltagare of the demo whose newest plan can be edited and has sub-goals.
    qint64 participantWithPlan(MainWindow& window) const
    {
        for (const CaseloadRow& row : window.caseloadModel()->rows()) {
            auto plans = PlanRepository(*window.database()).forParticipant(row.participantId);
            if (plans && !plans.value().empty() && plans.value().back().delmal.size() >= 2)
                return row.participantId;
        }
        return 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"TilltroTests"_s);
        QCoreApplication::setApplicationName(u"tst_shortcuts"_s);
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(installTranslators(*qApp, u"sv"_s));
        m_database = m_dir.filePath(u"demo.tilltro"_s);
        auto db = Database::create(m_database);
        QVERIFY(db.ok());
        QVERIFY(fillWithDemoData(*db.value()).ok());
    }

    void cleanup()
    {
        if (m_window) {
            // Closing saves open plans and closes assessments while the database is open.
            m_window->close();
            QTRY_VERIFY(m_window->findChildren<OccasionForm*>().isEmpty());
            m_window.reset();
        }
        MessageBox::resetForTests();
        QSettings().clear();
    }

    void mainWindow_noKeyHeldTwice_inAnyState()
    {
        MainWindow* window = openWindow();
        QVERIFY(window);
        QStringList problems = ambiguities(topLevels());
        QVERIFY2(problems.isEmpty(), qPrintable(u"Caseload:\n"_s + problems.join(u'\n')));

        // A deltagare's tab, and a second one.
        const auto& rows = window->caseloadModel()->rows();
        QVERIFY(rows.size() >= 2);
        QVERIFY(window->openParticipantView(rows[0].participantId));
        QVERIFY(window->openParticipantView(rows[1].participantId));
        problems = ambiguities(topLevels());
        QVERIFY2(problems.isEmpty(), qPrintable(u"Deltagare tabs:\n"_s + problems.join(u'\n')));

        // An assessment: "continue the draft?" and "no consent" are answered Yes.
        window->selectParticipant(rows[0].participantId);
        MessageBox::setNextAnswerForTests(QMessageBox::Yes);
        OccasionForm* form = window->newOccasion();
        QVERIFY(form);
        QVERIFY(QTest::qWaitForWindowExposed(form));
        problems = ambiguities(topLevels());
        QVERIFY2(problems.isEmpty(), qPrintable(u"Assessment:\n"_s + problems.join(u'\n')));

        // The manual (F1), a window of its own beside them.
        HandbookDialog* handbook = window->showHandbook();
        QVERIFY(handbook);
        problems = ambiguities(topLevels());
        QVERIFY2(problems.isEmpty(), qPrintable(u"Manual:\n"_s + problems.join(u'\n')));
        handbook->close();
        QPointer<OccasionForm> closing(form);
        QVERIFY(form->close());
        QTRY_VERIFY(closing.isNull());
    }

    void dialogs_noKeyHeldTwice()
    {
        MainWindow* window = openWindow();
        QVERIFY(window);
        workspace::Workspace& d = *window->workspace();
        const qint64 someone = window->caseloadModel()->rows().front().participantId;
        InsatsPeriod period;
        period.participantId = someone;
        const std::vector<std::pair<QString, std::function<std::unique_ptr<QDialog>()>>> dialogs{
            {u"ParticipantDialog (new)"_s,
             [&] { return std::make_unique<ParticipantDialog>(d, std::nullopt); }},
            {u"ParticipantDialog (edit)"_s,
             [&] { return std::make_unique<ParticipantDialog>(d, someone); }},
            {u"InsatsDialog"_s, [&] { return std::make_unique<InsatsDialog>(d, period); }},
            {u"HandledareDialog"_s, [&] { return std::make_unique<HandledareDialog>(d); }},
            {u"SettingsDialog"_s, [&] { return std::make_unique<SettingsDialog>(d); }},
            {u"GallringDialog"_s,
             [&] {
                 return std::make_unique<GallringDialog>(
                     d, [](const std::vector<qint64>&) { return false; });
             }},
            {u"AuditLogDialog"_s,
             [&] { return std::make_unique<AuditLogDialog>(d, someone, u"D"_s); }},
            {u"ReportOptionsDialog"_s, [] { return std::make_unique<ReportOptionsDialog>(); }},
        };
        for (const auto& [name, make] : dialogs) {
            std::unique_ptr<QDialog> dialog = make();
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
            const QStringList problems = ambiguities({dialog.get()});
            QVERIFY2(problems.isEmpty(), qPrintable(name + u":\n"_s + problems.join(u'\n')));
        }
    }

    /// The check itself finds what it is for: two window shortcuts on one key, and one action
    /// holding a key twice (as Redo did where QKeySequence::Redo is Ctrl+Shift+Z).
    void check_findsAmbiguities()
    {
        QWidget window;
        window.setObjectName(u"probe"_s);
        auto* child = new QWidget(&window);
        auto* first = new QAction(u"first"_s, &window);
        first->setShortcut(QKeySequence(u"Ctrl+K"_s));
        window.addAction(first);
        QVERIFY(ambiguities({&window}).isEmpty());
        auto* second = new QAction(u"second"_s, child);
        second->setShortcut(QKeySequence(u"Ctrl+K"_s));
        second->setShortcutContext(Qt::WidgetShortcut);
        child->addAction(second);
        QCOMPARE(ambiguities({&window}).size(), 1);
        second->setShortcut(QKeySequence(u"Ctrl+L"_s));
        QVERIFY(ambiguities({&window}).isEmpty());
        auto* twice = new QAction(u"twice"_s, &window);
        twice->setShortcuts({QKeySequence(u"Ctrl+Shift+Z"_s), QKeySequence(u"Ctrl+Shift+Z"_s)});
        window.addAction(twice);
        QCOMPARE(ambiguities({&window}).size(), 1);

        // And Qt agrees: neither is triggered.
        window.show();
        window.activateWindow();
        if (!QTest::qWaitForWindowActive(&window))
            return; // without a window manager to activate it (xvfb), the keys go nowhere
        int triggered = 0;
        connect(twice, &QAction::triggered, this, [&] { ++triggered; });
        QTest::ignoreMessage(QtWarningMsg,
                             "QAction::event: Ambiguous shortcut overload: Ctrl+Shift+Z");
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(triggered, 0);
    }

    /// In a deltagare's plan: a change, Ctrl+Z undoes it, Ctrl+Shift+Z and Ctrl+Y redo it, each
    /// pressed on whatever has the focus.
    void plan_undoAndRedo_byKeys()
    {
        MainWindow* window = openWindow();
        QVERIFY(window);
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        const qint64 id = participantWithPlan(*window);
        QVERIFY2(id, "the demo has a deltagare with a plan of two sub-goals or more");
        ParticipantView* view = window->openParticipantView(id);
        QVERIFY(view);
        window->findChild<QTabWidget*>(u"mainTabWidget"_s)->setCurrentWidget(view);
        auto* editor = view->findChild<PlanEditor*>();
        QVERIFY(editor && editor->document());
        QVERIFY(!editor->isReadOnly());
        PlanDocument* plan = editor->document();
        const int before = plan->delmalCount();

        auto* list = editor->findChild<QListWidget*>(u"delmalListWidget"_s);
        list->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(list->hasFocus());
        editor->selectDelmal(0);
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(plan->delmalCount(), before - 1);

        auto press = [](QKeyCombination key) {
            QWidget* focused = QApplication::focusWidget();
            QVERIFY(focused);
            QTest::keyClick(focused, key.key(), key.keyboardModifiers());
        };
        press(Qt::CTRL | Qt::Key_Z);
        QCOMPARE(plan->delmalCount(), before);
        press(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
        QCOMPARE(plan->delmalCount(), before - 1);
        press(Qt::CTRL | Qt::Key_Z);
        QCOMPARE(plan->delmalCount(), before);
        press(Qt::CTRL | Qt::Key_Y);
        QCOMPARE(plan->delmalCount(), before - 1);
        press(Qt::CTRL | Qt::Key_Z);
        QCOMPARE(plan->delmalCount(), before);
    }
};

QTEST_MAIN(TestShortcuts)
#include "tst_shortcuts.moc"

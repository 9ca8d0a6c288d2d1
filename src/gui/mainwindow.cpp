#include "mainwindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMenu>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QUndoGroup>

#include "caseloadpane.h"
#include "core/clock.h"
#include "databaseactions.h"
#include "dialogs/blankformdialog.h"
#include "dialogs/handbookdialog.h"
#include "dialogs/instrumentdialog.h"
#include "dialogs/messagebox.h"
#include "dialogs/statisticsdialog.h"
#include "dialogs/teamdatabasedialog.h"
#include "lock/lockcontroller.h"
#include "meeting/meetingwindow.h"
#include "models/caseloadfilter.h"
#include "models/caseloadmodel.h"
#include "participantactions.h"
#include "participanttabs.h"
#include "ui_mainwindow.h"
#include "widgets/participantview.h"
#include "widgets/planeditor.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;

// Off by default; QT_LOGGING_RULES="tilltro.startup.debug=true" reports when the caseload is
// first on screen (bench/bench_startup reads it).
Q_LOGGING_CATEGORY(lcStartup, "tilltro.startup", QtWarningMsg)

namespace tilltro::gui {

namespace {
const auto GeometryKey = u"mainWindow/geometry"_s;
const auto StateKey = u"mainWindow/state"_s;
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_ws(new workspace::Workspace(this))
{
    m_ui->setupUi(this);
    m_databaseActions = new DatabaseActions(this, *m_ws, m_ui->recentMenu);
    m_participantActions = new ParticipantActions(this, *m_ws);
    m_tabs = new ParticipantTabs(m_ui->mainTabWidget, *m_ws, this);
    connect(m_tabs, &ParticipantTabs::openOccasionRequested, m_participantActions,
            &ParticipantActions::showForm);
    connect(m_tabs, &ParticipantTabs::currentViewChanged, this, [this](ParticipantView* view) {
        m_ui->closeTabAction->setEnabled(view != nullptr);
        updateActions();
    });
    m_caseload = new CaseloadPane(m_ui->caseloadTableView, m_ui->mainToolBar, *m_ws, this);
    connect(m_caseload, &CaseloadPane::activated, this, &MainWindow::openParticipantView);
    connect(m_caseload, &CaseloadPane::currentChanged, this, &MainWindow::updateActions);
    connect(m_caseload, &CaseloadPane::listChanged, this, [this] {
        updateStatus();
        updateActions();
    });
    m_ui->caseloadTableView->viewport()->installEventFilter(this);

    setUpActions();
    followWorkspace();
    // The lock covers every window of the program (File › Lock, Ctrl+L, idle, the desktop's).
    m_lock = new LockController(this);
    m_ui->fileMenu->insertAction(m_ui->quitAction, m_lock->lockAction());
    m_ui->fileMenu->insertSeparator(m_ui->quitAction);

    QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()))
        sizeForFirstStart();
    restoreState(settings.value(StateKey).toByteArray());
    databaseChanged();
}

void MainWindow::followWorkspace()
{
    using workspace::Workspace;
    connect(m_ws, &Workspace::opened, this, &MainWindow::databaseChanged);
    connect(m_ws, &Workspace::closed, this, &MainWindow::databaseChanged);
    for (auto changed : {&Workspace::participantAdded, &Workspace::participantChanged})
        connect(m_ws, changed, this, &MainWindow::refreshCaseload);
    connect(m_ws, &Workspace::participantsErased, this, [this](const QList<qint64>& ids) {
        if (m_meeting && ids.contains(m_meeting->participantId()))
            m_meeting->discard(); // nothing of theirs is left to save
        for (qint64 id : ids)
            closeParticipantTabOf(id);
        refreshCaseload();
    });
    connect(m_ws, &Workspace::participantsImported, this, &MainWindow::refreshCaseload);
    // A draft saved as it is typed changes nothing the caseload shows; a new, re-dated or
    // completed occasion does.
    connect(m_ws, &Workspace::occasionSaved, this, [this](qint64, qint64, bool listed) {
        if (listed)
            refreshCaseload();
    });
    connect(m_ws, &Workspace::insatsChanged, this, &MainWindow::refreshCaseload);
    // A plan is saved as it is typed; the caseload shows only its agreed next meeting.
    connect(m_ws, &Workspace::planChanged, this, [this](qint64 participantId) {
        const CaseloadRow* shown = caseloadRow(participantId);
        auto fresh = m_ws->caseloadRow(participantId, Clock::today());
        if (shown && fresh && fresh.value() && fresh.value()->nextDue != shown->nextDue)
            refreshCaseload();
    });
    connect(m_ws, &Workspace::handledareChanged, this, &MainWindow::refreshCaseload);
}

storage::Database* MainWindow::database() const
{
    return m_ws->database();
}

bool MainWindow::openDatabase(const QString& path)
{
    return m_databaseActions->openDatabase(path);
}

bool MainWindow::createDatabase(const QString& path)
{
    return m_databaseActions->createDatabase(path);
}

void MainWindow::restoreBackup(const QString& path)
{
    m_databaseActions->restoreBackup(path);
}

void MainWindow::importJson(const QString& path)
{
    m_participantActions->importJson(path);
}

void MainWindow::eraseParticipant()
{
    m_participantActions->eraseParticipant();
}

bool MainWindow::eraseParticipants(const std::vector<qint64>& ids, const QString& title)
{
    return m_participantActions->eraseParticipants(ids, title);
}

OccasionForm* MainWindow::newOccasion()
{
    return m_participantActions->newOccasion();
}

void MainWindow::sizeForFirstStart()
{
    // Room for the caseload and the participant view's chart, table and plan side by side:
    // most of the screen, centred, never less than the 1024×700 everything is laid out for.
    const QScreen* screen = QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    const QSize size(std::min(available.width(), std::max(1024, available.width() * 9 / 10)),
                     std::min(available.height(), std::max(700, available.height() * 9 / 10)));
    resize(size);
    move(available.x() + (available.width() - size.width()) / 2,
         available.y() + (available.height() - size.height()) / 2);
}

MainWindow::~MainWindow()
{
    // Forms and tabs save what is pending while the database and the window's members are
    // still there (a window destroyed without being closed first, e.g. in tests).
    disconnect(m_ws, nullptr, this, nullptr);
    delete m_meeting; // saves what is pending
    m_participantActions->deleteForms();
    closeParticipantTabs();
}

void MainWindow::setUpActions()
{
    m_ui->newDatabaseAction->setShortcut(QKeySequence(u"Ctrl+Shift+N"_s));
    m_ui->openDatabaseAction->setShortcut(QKeySequence::Open);
    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    m_ui->findAction->setShortcut(QKeySequence::Find);
    m_ui->handbookAction->setShortcut(QKeySequence::HelpContents); // F1
    DatabaseActions* db = m_databaseActions;
    connect(m_ui->newDatabaseAction, &QAction::triggered, db, &DatabaseActions::newDatabaseDialog);
    connect(m_ui->openDatabaseAction, &QAction::triggered, db,
            &DatabaseActions::openDatabaseDialog);
    connect(m_ui->connectTeamDatabaseAction, &QAction::triggered, db,
            &DatabaseActions::connectTeamDatabaseDialog);
    connect(m_ui->moveToTeamDatabaseAction, &QAction::triggered, db,
            &DatabaseActions::moveToTeamDatabaseDialog);
    connect(m_ui->backupAction, &QAction::triggered, db, &DatabaseActions::backupDatabase);
    connect(m_ui->restoreBackupAction, &QAction::triggered, db, [db] { db->restoreBackup(); });
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    ParticipantActions* p = m_participantActions;
    connect(m_ui->changeUserAction, &QAction::triggered, p, &ParticipantActions::chooseWhoIAm);
    // What others saved since (a team database) or another program (a file read beside it).
    connect(m_ui->refreshAction, &QAction::triggered, this, [this] {
        if (!m_ws->isOpen())
            return;
        refreshCaseload();
        m_tabs->reloadAll([this](qint64 id) { return caseloadRow(id) != nullptr; });
    });
    m_ui->settingsAction->setShortcut(QKeySequence::Preferences);
    connect(m_ui->settingsAction, &QAction::triggered, p, &ParticipantActions::showSettings);
    connect(m_ui->findAction, &QAction::triggered, this, [this] {
        m_caseload->search()->setFocus(Qt::ShortcutFocusReason);
        m_caseload->search()->selectAll();
    });
    connect(m_ui->showEndedAction, &QAction::toggled, this, [this](bool show) {
        m_caseload->filter()->setShowEnded(show);
        updateStatus();
    });
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_ui->handbookAction, &QAction::triggered, this, &MainWindow::showHandbook);
    connect(m_ui->statisticsAction, &QAction::triggered, this, [this] {
        if (!m_ws->isOpen())
            return;
        StatisticsDialog dialog(*m_ws, this);
        dialog.exec();
    });
    connect(m_ui->mergeStatisticsAction, &QAction::triggered, this,
            [this] { StatisticsDialog::mergeFromFiles(this); });
    connect(m_ui->instrumentAction, &QAction::triggered, this,
            [this] { showInstrumentDialog(*m_ws, this); });

    m_ui->newParticipantAction->setShortcut(QKeySequence(u"Ctrl+Shift+D"_s));
    m_ui->editParticipantAction->setShortcut(QKeySequence(u"Ctrl+E"_s));
    m_ui->newOccasionAction->setShortcut(QKeySequence::New); // Ctrl+N
    m_ui->printAction->setShortcut(QKeySequence::Print);
    const std::pair<QAction*, void (ParticipantActions::*)()> participantEntries[] = {
        {m_ui->newParticipantAction, &ParticipantActions::newParticipant},
        {m_ui->editParticipantAction, &ParticipantActions::editParticipant},
        {m_ui->endParticipantAction, &ParticipantActions::endParticipant},
        {m_ui->reopenParticipantAction, &ParticipantActions::reopenParticipant},
        {m_ui->exportJsonAction, &ParticipantActions::exportJson},
        {m_ui->exportPdfAction, &ParticipantActions::exportPlanPdf},
        {m_ui->printAction, &ParticipantActions::printPlan},
        {m_ui->registerExtractAction, &ParticipantActions::registerExtract},
        {m_ui->eraseParticipantAction, &ParticipantActions::eraseParticipant},
        {m_ui->gallringAction, &ParticipantActions::showGallring},
        {m_ui->participantLogAction, &ParticipantActions::showParticipantLog},
        {m_ui->auditLogAction, &ParticipantActions::showAuditLog},
    };
    for (const auto& [action, slot] : participantEntries)
        connect(action, &QAction::triggered, p, slot);
    connect(m_ui->newOccasionAction, &QAction::triggered, p, &ParticipantActions::newOccasion);
    connect(m_ui->importJsonAction, &QAction::triggered, p, [p] { p->importJson(); });
    connect(m_ui->openOccasionMenu, &QMenu::aboutToShow, p,
            [this, p] { p->fillOpenOccasionMenu(m_ui->openOccasionMenu); });
    connect(m_ui->openParticipantAction, &QAction::triggered, this,
            [this] { openParticipantView(currentParticipantId()); });
    m_ui->meetingModeAction->setShortcut(QKeySequence(Qt::Key_F11));
    m_ui->guidedMeetingAction->setShortcut(QKeySequence(u"Ctrl+Shift+M"_s));
    connect(m_ui->meetingModeAction, &QAction::triggered, this, [this] { startMeeting(true); });
    connect(m_ui->guidedMeetingAction, &QAction::triggered, this, [this] { startMeeting(false); });
    m_ui->closeTabAction->setShortcut(QKeySequence::Close);
    connect(m_ui->closeTabAction, &QAction::triggered, this,
            [this] { m_tabs->close(m_ui->mainTabWidget->currentIndex()); });

    // Edit › Undo/Redo follow the plan of the participant tab shown, and say what they undo.
    QAction* undo = m_tabs->undoGroup()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(u"undoAction"_s);
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_tabs->undoGroup()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(u"redoAction"_s);
    // Ctrl+Shift+Z and Ctrl+Y everywhere, and the platform's own keys, each once: on Linux the
    // platform's Redo is Ctrl+Shift+Z, and an action holding a key twice competes with itself
    // and does nothing ("ambiguous shortcut").
    QList<QKeySequence> redoKeys{QKeySequence(u"Ctrl+Shift+Z"_s), QKeySequence(u"Ctrl+Y"_s)};
    for (const QKeySequence& key : QKeySequence::keyBindings(QKeySequence::Redo)) {
        if (!redoKeys.contains(key))
            redoKeys << key;
    }
    redo->setShortcuts(redoKeys);
    m_ui->editMenu->addAction(undo);
    m_ui->editMenu->addAction(redo);
    QTableView* table = m_ui->caseloadTableView;
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table, &QWidget::customContextMenuRequested, this, &MainWindow::showCaseloadMenu);
}

qint64 MainWindow::currentParticipantId() const
{
    return m_caseload->currentParticipantId();
}

const CaseloadRow* MainWindow::caseloadRow(qint64 participantId) const
{
    return m_caseload->row(participantId);
}

QString MainWindow::displayNameOf(qint64 participantId) const
{
    const CaseloadRow* row = caseloadRow(participantId);
    return row ? row->displayName() : QString();
}

void MainWindow::selectParticipant(qint64 participantId)
{
    m_caseload->select(participantId);
}

CaseloadModel* MainWindow::caseloadModel() const
{
    return m_caseload->model();
}

void MainWindow::updateActions()
{
    const qint64 id = currentParticipantId();
    const CaseloadRow* row = caseloadRow(id);
    const bool active = row && row->isActive();
    const bool open = m_ws->isOpen();
    const bool writable = open && !m_ws->isReadOnly();
    m_ui->newParticipantAction->setEnabled(writable);
    m_ui->exportJsonAction->setEnabled(open);
    // A team database is backed up on its server, by its administrators (docs/team-mode.md).
    m_ui->backupAction->setEnabled(open && !m_ws->isTeam());
    // Only a file open for editing can be moved into a team database (issue 17).
    m_ui->moveToTeamDatabaseAction->setEnabled(writable && !m_ws->isTeam());
    m_ui->exportPdfAction->setEnabled(open && id != 0);
    m_ui->printAction->setEnabled(open && id != 0);
    // Reading would be enough, but the extract is recorded in the log (see the tooltip).
    m_ui->registerExtractAction->setEnabled(writable && id != 0);
    m_ui->eraseParticipantAction->setEnabled(writable && id != 0);
    m_ui->gallringAction->setEnabled(writable);
    m_ui->participantLogAction->setEnabled(open && id != 0);
    m_ui->auditLogAction->setEnabled(open);
    m_ui->statisticsAction->setEnabled(open);
    m_ui->instrumentAction->setEnabled(open);
    m_ui->importJsonAction->setEnabled(writable);
    m_ui->editParticipantAction->setEnabled(writable && id != 0);
    m_ui->newOccasionAction->setEnabled(writable && id != 0);
    m_ui->openOccasionMenu->setEnabled(open && id != 0);
    m_ui->endParticipantAction->setEnabled(writable && id != 0 && active);
    m_ui->reopenParticipantAction->setEnabled(writable && id != 0 && !active);
    m_ui->openParticipantAction->setEnabled(open && id != 0);
    const bool meeting = writable && shownParticipantId() != 0;
    m_ui->meetingModeAction->setEnabled(meeting);
    m_ui->guidedMeetingAction->setEnabled(meeting);
}

void MainWindow::setLanguages(const QStringList& available, const QString& current)
{
    m_languages = available;
    m_language = current;
}

void MainWindow::requestLanguage(const QString& language)
{
    if (language != m_language && m_languages.contains(language))
        Q_EMIT languageChangeRequested(language);
}

void MainWindow::followLanguageRequests(MainWindow* window,
                                        std::function<bool(const QString&)> switchTo)
{
    connect(
        window, &MainWindow::languageChangeRequested, window,
        [window, switchTo](const QString& language) {
            const QString path = window->m_ws->isOpen() ? window->m_ws->path() : QString();
            const QByteArray geometry = window->saveGeometry();
            // Closed as on quitting, but the program goes on.
            QGuiApplication::setQuitOnLastWindowClosed(false);
            const bool closed = window->close();
            QGuiApplication::setQuitOnLastWindowClosed(true);
            if (!closed)
                return;            // a form could not save; it says why, and nothing changes
            window->m_ws->close(); // its lock goes now, not when the window is deleted
            const bool switched = switchTo(language);
            auto* next = new MainWindow;
            next->setAttribute(Qt::WA_DeleteOnClose);
            next->setLanguages(window->m_languages, switched ? language : window->m_language);
            next->restoreGeometry(geometry);
            next->show();
            if (!path.isEmpty())
                next->openDatabase(path);
            followLanguageRequests(next, switchTo);
        },
        Qt::QueuedConnection);
}

MeetingWindow* MainWindow::meetingWindow() const
{
    return m_meeting;
}

qint64 MainWindow::shownParticipantId() const
{
    if (auto* view = qobject_cast<ParticipantView*>(m_ui->mainTabWidget->currentWidget()))
        return view->participantId();
    return currentParticipantId();
}

MeetingWindow* MainWindow::startMeeting(bool shared)
{
    const qint64 id = shownParticipantId();
    if (!m_ws->isOpen() || m_ws->isReadOnly() || id == 0)
        return nullptr;
    if (m_meeting) {
        // One meeting at a time: F11 or Ctrl+Shift+M switch its mode.
        if (m_meeting->participantId() == id)
            m_meeting->setShared(shared);
        m_meeting->present();
        return m_meeting;
    }
    // One editor of the occasion and the plan at a time: the forms save and close, the plan
    // editor saves (it reads the plans again when the meeting changes them).
    if (!m_participantActions->closeForms(id))
        return nullptr;
    if (ParticipantView* view = participantView(id); view && view->planEditor())
        view->planEditor()->saveNow();
    auto* meeting = new MeetingWindow(*m_ws, id, shared);
    if (!meeting->ok()) {
        MessageBox::critical(this, tr("Meeting"), meeting->errorMessage());
        delete meeting;
        return nullptr;
    }
    m_meeting = meeting;
    connect(meeting, &MeetingWindow::finished, this, &MainWindow::meetingFinished);
    connect(meeting, &MeetingWindow::sharedChanged, this, [this, meeting](bool on) {
        hideOtherWindows(on);
        if (!on)
            meeting->raise();
    });
    connect(meeting, &MeetingWindow::printRequested, this,
            [this, meeting](qint64 participantId, bool pdf) {
                // On the shared screen: no options dialog (it names the sensitive questions) and
                // nothing sensitive; the chart as the meeting showed it.
                std::optional<report::ReportOptions> fixed;
                if (meeting->isShared()) {
                    fixed.emplace();
                    fixed->bothPerspectives = meeting->showsBothPerspectives();
                }
                if (pdf)
                    m_participantActions->exportPlanPdfFor(participantId, meeting, fixed);
                else
                    m_participantActions->printPlanFor(participantId, meeting, fixed);
            });
    // The window goes with the database: nothing of it may stay on screen. (Opening another
    // database closes it first: closeForms().)
    connect(m_ws, &workspace::Workspace::closed, meeting, &MeetingWindow::discard);
    if (shared)
        hideOtherWindows(true);
    meeting->present();
    return meeting;
}

void MainWindow::hideOtherWindows(bool hide)
{
    if (hide) {
        for (QWidget* window : QApplication::topLevelWidgets()) {
            if (window == m_meeting || !window->isVisible())
                continue;
            m_hiddenForMeeting << window;
            window->hide();
        }
        return;
    }
    const auto hidden = std::exchange(m_hiddenForMeeting, {});
    for (const QPointer<QWidget>& window : hidden) {
        if (window)
            window->show();
    }
}

void MainWindow::meetingFinished(qint64 participantId)
{
    // The window deletes itself later; a meeting started before that is a new one.
    m_meeting.clear();
    hideOtherWindows(false);
    if (m_ws->isOpen()) {
        if (ParticipantView* view = openParticipantView(participantId))
            view->reload();
    }
    raise();
    activateWindow();
}

void MainWindow::showCaseloadMenu(const QPoint& position)
{
    const QModelIndex index = m_ui->caseloadTableView->indexAt(position);
    if (index.isValid())
        m_ui->caseloadTableView->setCurrentIndex(index);
    QMenu menu(this);
    menu.addAction(m_ui->openParticipantAction);
    menu.setDefaultAction(m_ui->openParticipantAction); // what double-click and Enter do
    menu.addAction(m_ui->newOccasionAction);
    menu.addMenu(m_ui->openOccasionMenu);
    menu.addSeparator();
    menu.addAction(m_ui->editParticipantAction);
    menu.addAction(m_ui->endParticipantAction);
    menu.addAction(m_ui->reopenParticipantAction);
    menu.addAction(m_ui->participantLogAction);
    menu.addAction(m_ui->registerExtractAction);
    menu.addSeparator();
    menu.addAction(m_ui->newParticipantAction);
    menu.exec(m_ui->caseloadTableView->viewport()->mapToGlobal(position));
}

void MainWindow::databaseChanged()
{
    const bool open = m_ws->isOpen();
    m_ui->noDatabaseLabel->setVisible(!open);
    m_ui->readOnlyBannerLabel->setVisible(open && m_ws->isReadOnly());
    m_ui->caseloadTableView->setVisible(open);
    m_caseload->search()->setEnabled(open);
    // In a team database the login says who is working (its handledare row).
    m_ui->changeUserAction->setEnabled(open && !m_ws->isTeam());
    m_ui->settingsAction->setEnabled(open);
    m_ui->refreshAction->setEnabled(open);
    refreshCaseload();
    if (open) {
        m_caseload->showOpened();
        m_tabs->reopen([this](qint64 id) { return caseloadRow(id) != nullptr; });
    }
    updateTitle();
}

void MainWindow::refreshCaseload()
{
    if (const QString error = m_caseload->reload(); !error.isEmpty())
        MessageBox::critical(this, tr("Cannot read the caseload"), error);
}

void MainWindow::updateTitle()
{
    if (!m_ws->isOpen()) {
        setWindowTitle(tr("Tilltro"));
        return;
    }
    const QString path = m_ws->path();
    // A team database by its server and name, a file by its name.
    setWindowTitle(tr("Tilltro — %1")
                       .arg(workspace::Workspace::isTeamDatabase(path)
                                ? TeamDatabaseDialog::displayName(path)
                                : QFileInfo(path).fileName()));
}

void MainWindow::updateStatus()
{
    if (!m_ws->isOpen()) {
        statusBar()->clearMessage();
        return;
    }
    statusBar()->showMessage(m_caseload->summary());
}

HandbookDialog* MainWindow::showHandbook()
{
    // One manual window, beside the work (not modal): it stays open while the user follows it.
    if (!m_handbook) {
        m_handbook = new HandbookDialog(this);
        m_handbook->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_handbook->show();
    m_handbook->raise();
    m_handbook->activateWindow();
    return m_handbook;
}

void MainWindow::showAbout()
{
    QMessageBox box(this);
    box.setWindowTitle(tr("About Tilltro"));
    box.setTextFormat(Qt::PlainText);
    box.setIconPixmap(windowIcon().pixmap(64, 64));
    box.setText(tr("Tilltro %1").arg(QStringLiteral(TILLTRO_VERSION)));
    box.setInformativeText(
        tr("Tilltro helps case workers and participants hold the quarterly SKAPA assessment: "
           "both rate the employability indicators from the Danish BIP research, look at how the "
           "participant has moved, and agree an action plan towards work or studies.\n\n"
           "BIP (Beskæftigelses Indikator Projektet) followed about 4,000 long-term unemployed "
           "people and found seven indicators that predict getting a job — the strongest being "
           "the case worker's own belief that the person will get one.\n\n"
           "All data stays in the database file on this computer."));
    box.exec();
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_caseloadShown && m_ws->isOpen() && event->type() == QEvent::Paint &&
        watched == m_ui->caseloadTableView->viewport()) {
        m_caseloadShown = true;
        // Said once this paint is done.
        QMetaObject::invokeMethod(
            this,
            [this] {
                qCDebug(lcStartup, "caseload shown: %d rows, check %s",
                        int(m_caseload->model()->rowCount()),
                        m_ws->integrityCheckPending() ? "running" : "done");
            },
            Qt::QueuedConnection);
    }
    return QMainWindow::eventFilter(watched, event);
}

bool MainWindow::closeForms()
{
    // The meeting first: it saves into the database that is still open.
    if (m_meeting && !m_meeting->close())
        return false;
    m_tabs->remember();
    if (!m_participantActions->closeForms())
        return false; // a form could not save; it stays open and says why
    closeParticipantTabs();
    return true;
}

ParticipantView* MainWindow::participantView(qint64 participantId) const
{
    return m_tabs->view(participantId);
}

ParticipantView* MainWindow::openParticipantView(qint64 participantId)
{
    return m_tabs->open(participantId);
}

void MainWindow::closeParticipantTabOf(qint64 participantId)
{
    m_tabs->closeOf(participantId);
}

void MainWindow::closeParticipantTabs()
{
    m_tabs->closeAll();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_meeting && !m_meeting->close()) {
        event->ignore();
        return;
    }
    if (!closeForms()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    event->accept();
}

} // namespace tilltro::gui

#include "mainwindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMenu>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QTabBar>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>

#include "core/analysis/caseload.h"
#include "core/clock.h"
#include "databaseactions.h"
#include "dialogs/handbookdialog.h"
#include "dialogs/messagebox.h"
#include "models/caseloadfilter.h"
#include "models/caseloadmodel.h"
#include "participantactions.h"
#include "participanttabs.h"
#include "ui_mainwindow.h"
#include "widgets/occasionform.h"
#include "widgets/participantview.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;

// Off by default; QT_LOGGING_RULES="tilltro.startup.debug=true" reports when the caseload is
// first on screen (bench/bench_startup reads it).
Q_LOGGING_CATEGORY(lcStartup, "tilltro.startup", QtWarningMsg)

namespace tilltro {

namespace {
const auto GeometryKey = u"mainWindow/geometry"_s;
const auto StateKey = u"mainWindow/state"_s;
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_ws(new workspace::Workspace(this))
    , m_caseload(new CaseloadModel(this))
    , m_filter(new CaseloadFilter(this))
{
    m_ui->setupUi(this);
    m_databaseActions = new DatabaseActions(this, *m_ws, m_ui->recentMenu);
    m_participantActions = new ParticipantActions(this, *m_ws);
    m_tabs = new ParticipantTabs(m_ui->mainTabWidget, *m_ws, this);
    connect(m_tabs, &ParticipantTabs::openOccasionRequested, m_participantActions,
            &ParticipantActions::showForm);
    connect(m_tabs, &ParticipantTabs::currentViewChanged, this,
            [this](ParticipantView* view) { m_ui->closeTabAction->setEnabled(view != nullptr); });
    m_filter->setCaseload(m_caseload);

    QTableView* table = m_ui->caseloadTableView;
    table->setModel(m_filter);
    table->sortByColumn(CaseloadModel::CodeColumn, Qt::AscendingOrder);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setHighlightSections(false);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // Column widths from the rows on screen, not from the first thousand of a long caseload
    // (that alone was a sixth of the start-up); the columns stay resizable.
    table->horizontalHeader()->setResizeContentsPrecision(0);
    table->setTabKeyNavigation(false);
    connect(table, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (index.isValid())
            openParticipantView(index.data(CaseloadModel::ParticipantIdRole).toLongLong());
    });
    // Filtering and sorting reset the proxy; keep the chosen deltagare chosen when still shown.
    connect(m_filter, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QModelIndex current = m_ui->caseloadTableView->currentIndex();
        m_currentParticipant =
            current.isValid() ? current.data(CaseloadModel::ParticipantIdRole).toLongLong() : 0;
    });
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] {
        if (m_currentParticipant == 0)
            return;
        for (int row = 0; row < m_filter->rowCount(); ++row) {
            const QModelIndex index = m_filter->index(row, CaseloadModel::CodeColumn);
            if (index.data(CaseloadModel::ParticipantIdRole).toLongLong() == m_currentParticipant) {
                m_ui->caseloadTableView->setCurrentIndex(index);
                m_ui->caseloadTableView->selectRow(row);
                break;
            }
        }
    });

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"searchLineEdit"_s);
    m_search->setPlaceholderText(tr("Search…"));
    m_search->setAccessibleName(tr("Search the caseload"));
    m_search->setToolTip(tr("Filter by code, name or case worker (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(320);
    auto* spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_ui->mainToolBar->addWidget(spacer);
    m_ui->mainToolBar->addWidget(m_search);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setSearchText(text);
        updateStatus();
    });
    // Down from the search field goes straight into the list.
    m_search->installEventFilter(this);
    m_ui->caseloadTableView->viewport()->installEventFilter(this);

    setUpActions();
    followWorkspace();

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
        for (qint64 id : ids)
            closeParticipantTabOf(id);
        refreshCaseload();
    });
    connect(m_ws, &Workspace::participantsImported, this, &MainWindow::refreshCaseload);
    connect(m_ws, &Workspace::occasionSaved, this, &MainWindow::refreshCaseload);
    connect(m_ws, &Workspace::insatsChanged, this, &MainWindow::refreshCaseload);
    connect(m_ws, &Workspace::handledareChanged, this, &MainWindow::refreshCaseload);
}

Database* MainWindow::database() const
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
    connect(m_ui->backupAction, &QAction::triggered, db, &DatabaseActions::backupDatabase);
    connect(m_ui->restoreBackupAction, &QAction::triggered, db, [db] { db->restoreBackup(); });
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    ParticipantActions* p = m_participantActions;
    connect(m_ui->changeUserAction, &QAction::triggered, p, &ParticipantActions::chooseWhoIAm);
    m_ui->settingsAction->setShortcut(QKeySequence::Preferences);
    connect(m_ui->settingsAction, &QAction::triggered, p, &ParticipantActions::showSettings);
    connect(m_ui->findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_ui->showEndedAction, &QAction::toggled, this, [this](bool show) {
        m_filter->setShowEnded(show);
        updateStatus();
    });
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_ui->handbookAction, &QAction::triggered, this, &MainWindow::showHandbook);

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
    connect(table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::updateActions);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &MainWindow::updateActions);
}

qint64 MainWindow::currentParticipantId() const
{
    const QModelIndex current = m_ui->caseloadTableView->currentIndex();
    return current.isValid() ? current.data(CaseloadModel::ParticipantIdRole).toLongLong() : 0;
}

const CaseloadRow* MainWindow::caseloadRow(qint64 participantId) const
{
    for (const CaseloadRow& row : m_caseload->rows()) {
        if (row.participantId == participantId)
            return &row;
    }
    return nullptr;
}

QString MainWindow::displayNameOf(qint64 participantId) const
{
    const CaseloadRow* row = caseloadRow(participantId);
    return row ? row->displayName() : QString();
}

void MainWindow::selectParticipant(qint64 participantId)
{
    auto find = [&]() {
        for (int row = 0; row < m_filter->rowCount(); ++row) {
            const QModelIndex index = m_filter->index(row, CaseloadModel::CodeColumn);
            if (index.data(CaseloadModel::ParticipantIdRole).toLongLong() == participantId)
                return index;
        }
        return QModelIndex();
    };
    QModelIndex index = find();
    if (!index.isValid() && !m_search->text().isEmpty()) {
        m_search->clear();
        index = find();
    }
    if (index.isValid()) {
        m_ui->caseloadTableView->setCurrentIndex(index);
        m_ui->caseloadTableView->selectRow(index.row());
        m_ui->caseloadTableView->scrollTo(index);
    }
    updateActions();
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
    m_ui->backupAction->setEnabled(open);
    m_ui->exportPdfAction->setEnabled(open && id != 0);
    m_ui->printAction->setEnabled(open && id != 0);
    // Reading would be enough, but the extract is recorded in the log (see the tooltip).
    m_ui->registerExtractAction->setEnabled(writable && id != 0);
    m_ui->eraseParticipantAction->setEnabled(writable && id != 0);
    m_ui->gallringAction->setEnabled(writable);
    m_ui->participantLogAction->setEnabled(open && id != 0);
    m_ui->auditLogAction->setEnabled(open);
    m_ui->importJsonAction->setEnabled(writable);
    m_ui->editParticipantAction->setEnabled(writable && id != 0);
    m_ui->newOccasionAction->setEnabled(writable && id != 0);
    m_ui->openOccasionMenu->setEnabled(open && id != 0);
    m_ui->endParticipantAction->setEnabled(writable && id != 0 && active);
    m_ui->reopenParticipantAction->setEnabled(writable && id != 0 && !active);
    m_ui->openParticipantAction->setEnabled(open && id != 0);
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
    m_search->setEnabled(open);
    m_ui->changeUserAction->setEnabled(open);
    m_ui->settingsAction->setEnabled(open);
    refreshCaseload();
    if (open) {
        m_ui->caseloadTableView->resizeColumnsToContents();
        m_ui->caseloadTableView->setFocus();
        if (m_filter->rowCount() > 0)
            m_ui->caseloadTableView->selectRow(0);
        m_tabs->reopen([this](qint64 id) { return caseloadRow(id) != nullptr; });
    }
    updateTitle();
}

void MainWindow::refreshCaseload()
{
    if (!m_ws->isOpen()) {
        m_caseload->setRows({});
        updateStatus();
        updateActions();
        return;
    }
    auto rows = m_ws->caseload(Clock::today());
    if (!rows) {
        MessageBox::critical(this, tr("Cannot read the caseload"), rows.errorMessage());
        return;
    }
    m_caseload->setRows(std::move(rows).value());
    updateStatus();
    updateActions();
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_ws->isOpen() ? tr("Tilltro — %1").arg(QFileInfo(m_ws->path()).fileName())
                                  : tr("Tilltro"));
}

void MainWindow::updateStatus()
{
    if (!m_ws->isOpen()) {
        statusBar()->clearMessage();
        return;
    }
    const auto summary = analysis::summarize(m_caseload->rows());
    QStringList parts;
    parts << tr("%n participant(s)", nullptr, summary.active);
    if (summary.overdue > 0)
        parts << tr("%n overdue", nullptr, summary.overdue);
    if (summary.withoutConsent > 0)
        parts << tr("%n without consent", nullptr, summary.withoutConsent);
    if (!m_filter->searchText().isEmpty())
        parts << tr("%n shown", nullptr, m_filter->rowCount());
    statusBar()->showMessage(parts.join(u" · "_s));
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
                qCDebug(lcStartup, "caseload shown: %d rows, check %s", int(m_caseload->rowCount()),
                        m_ws->integrityCheckPending() ? "running" : "done");
            },
            Qt::QueuedConnection);
    }
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) {
            QTableView* table = m_ui->caseloadTableView;
            table->setFocus(Qt::OtherFocusReason);
            if (!table->currentIndex().isValid() && m_filter->rowCount() > 0)
                table->selectRow(0);
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

bool MainWindow::closeForms()
{
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
    if (!closeForms()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    event->accept();
}

} // namespace tilltro

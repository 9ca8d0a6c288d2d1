#include "mainwindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

#include "core/analysis/caseload.h"
#include "core/clock.h"
#include "core/domain/participant.h"
#include "core/exchange/jsonexchange.h"
#include "core/storage/auditlog.h"
#include "core/storage/backup.h"
#include "core/storage/caseloadrepository.h"
#include "core/storage/database.h"
#include "core/storage/erasure.h"
#include "core/storage/filesafety.h"
#include "core/storage/handledarerepository.h"
#include "core/storage/occasionrepository.h"
#include "core/storage/participantrepository.h"
#include "dialogs/auditlogdialog.h"
#include "dialogs/filedialog.h"
#include "dialogs/gallringdialog.h"
#include "dialogs/handbookdialog.h"
#include "dialogs/handledaredialog.h"
#include "dialogs/messagebox.h"
#include "dialogs/participantdialog.h"
#include "dialogs/reportoptionsdialog.h"
#include "dialogs/settingsdialog.h"
#include "models/caseloadfilter.h"
#include "models/caseloadmodel.h"
#include "report/handlingsplandocument.h"
#include "report/handlingsplanreport.h"
#include "report/registerextract.h"
#include "ui_mainwindow.h"
#include "widgets/occasionform.h"
#include "widgets/participantview.h"
#include <QCheckBox>
#include <QMenu>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QProgressDialog>
#include <QScreen>
#include <QTabBar>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>

using namespace Qt::StringLiterals;

// Off by default; QT_LOGGING_RULES="tilltro.startup.debug=true" reports when the caseload is
// first on screen (bench/bench_startup reads it).
Q_LOGGING_CATEGORY(lcStartup, "tilltro.startup", QtWarningMsg)

namespace tilltro {

namespace {
constexpr int MaxRecent = 8;
const auto RecentKey = u"recentDatabases"_s;
const auto LastKey = u"lastDatabase"_s;
const auto GeometryKey = u"mainWindow/geometry"_s;
const auto StateKey = u"mainWindow/state"_s;
/// Per database path: the participant ids of the open tabs, and the tab shown.
const auto OpenTabsKey = u"mainWindow/openTabs"_s;
const auto CurrentTabKey = u"mainWindow/currentTab"_s;
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_caseload(new CaseloadModel(this))
    , m_filter(new CaseloadFilter(this))
{
    m_ui->setupUi(this);
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
    connect(table, &QTableView::activated, this, &MainWindow::activateRow);
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
    rebuildRecentMenu();

    QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()))
        sizeForFirstStart();
    restoreState(settings.value(StateKey).toByteArray());
    adopt(nullptr);
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

void MainWindow::rememberOpenTabs()
{
    if (!m_db)
        return;
    QList<QVariant> ids;
    for (int i = 1; i < m_ui->mainTabWidget->count(); ++i) {
        if (auto* view = qobject_cast<ParticipantView*>(m_ui->mainTabWidget->widget(i)))
            ids << view->participantId();
    }
    QSettings settings;
    QVariantMap tabs = settings.value(OpenTabsKey).toMap();
    if (ids.isEmpty())
        tabs.remove(m_db->path());
    else
        tabs.insert(m_db->path(), ids);
    settings.setValue(OpenTabsKey, tabs);
    QVariantMap current = settings.value(CurrentTabKey).toMap();
    current.insert(m_db->path(), m_ui->mainTabWidget->currentIndex());
    settings.setValue(CurrentTabKey, current);
}

void MainWindow::reopenTabs()
{
    if (!m_db)
        return;
    const QSettings settings;
    const QList<QVariant> ids = settings.value(OpenTabsKey).toMap().value(m_db->path()).toList();
    for (const QVariant& id : ids) {
        // Only those still in the caseload: erased or unknown ids are passed over quietly.
        if (!displayNameOf(id.toLongLong()).isEmpty())
            openParticipantView(id.toLongLong());
    }
    const int current = settings.value(CurrentTabKey).toMap().value(m_db->path(), 0).toInt();
    m_ui->mainTabWidget->setCurrentIndex(current < m_ui->mainTabWidget->count() ? current : 0);
}

MainWindow::~MainWindow()
{
    // Forms and tabs save what is pending while the database and the window's members are
    // still there (a window destroyed without being closed first, e.g. in tests).
    for (const QPointer<OccasionForm>& form : std::as_const(m_forms)) {
        if (form) {
            disconnect(form, nullptr, this, nullptr);
            delete form.data();
        }
    }
    m_forms.clear();
    while (m_ui->mainTabWidget->count() > 1)
        closeParticipantTab(1);
}

void MainWindow::setUpActions()
{
    m_ui->newDatabaseAction->setShortcut(QKeySequence(u"Ctrl+Shift+N"_s));
    m_ui->openDatabaseAction->setShortcut(QKeySequence::Open);
    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    m_ui->findAction->setShortcut(QKeySequence::Find);
    m_ui->handbookAction->setShortcut(QKeySequence::HelpContents); // F1
    connect(m_ui->newDatabaseAction, &QAction::triggered, this, &MainWindow::newDatabaseDialog);
    connect(m_ui->openDatabaseAction, &QAction::triggered, this, &MainWindow::openDatabaseDialog);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->changeUserAction, &QAction::triggered, this, &MainWindow::chooseWhoIAm);
    m_ui->settingsAction->setShortcut(QKeySequence::Preferences);
    connect(m_ui->settingsAction, &QAction::triggered, this, [this] {
        if (!m_db)
            return;
        SettingsDialog dialog(*m_db, this);
        dialog.exec();
    });
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
    connect(m_ui->newParticipantAction, &QAction::triggered, this, &MainWindow::newParticipant);
    connect(m_ui->editParticipantAction, &QAction::triggered, this, &MainWindow::editParticipant);
    connect(m_ui->newOccasionAction, &QAction::triggered, this, &MainWindow::newOccasion);
    connect(m_ui->endParticipantAction, &QAction::triggered, this, &MainWindow::endParticipant);
    connect(m_ui->reopenParticipantAction, &QAction::triggered, this,
            &MainWindow::reopenParticipant);
    connect(m_ui->openOccasionMenu, &QMenu::aboutToShow, this, &MainWindow::fillOpenOccasionMenu);
    connect(m_ui->exportJsonAction, &QAction::triggered, this, &MainWindow::exportJson);
    connect(m_ui->backupAction, &QAction::triggered, this, &MainWindow::backupDatabase);
    connect(m_ui->restoreBackupAction, &QAction::triggered, this, [this] { restoreBackup(); });
    connect(m_ui->exportPdfAction, &QAction::triggered, this, &MainWindow::exportPlanPdf);
    m_ui->printAction->setShortcut(QKeySequence::Print);
    connect(m_ui->printAction, &QAction::triggered, this, &MainWindow::printPlan);
    connect(m_ui->registerExtractAction, &QAction::triggered, this, &MainWindow::registerExtract);
    connect(m_ui->eraseParticipantAction, &QAction::triggered, this, &MainWindow::eraseParticipant);
    connect(m_ui->gallringAction, &QAction::triggered, this, &MainWindow::showGallring);
    connect(m_ui->participantLogAction, &QAction::triggered, this, &MainWindow::showParticipantLog);
    connect(m_ui->auditLogAction, &QAction::triggered, this, &MainWindow::showAuditLog);
    connect(m_ui->importJsonAction, &QAction::triggered, this, [this] { importJson(); });
    connect(m_ui->openParticipantAction, &QAction::triggered, this,
            [this] { openParticipantView(currentParticipantId()); });
    m_ui->closeTabAction->setShortcut(QKeySequence::Close);
    connect(m_ui->closeTabAction, &QAction::triggered, this,
            [this] { closeParticipantTab(m_ui->mainTabWidget->currentIndex()); });
    connect(m_ui->mainTabWidget, &QTabWidget::tabCloseRequested, this,
            &MainWindow::closeParticipantTab);
    connect(m_ui->mainTabWidget, &QTabWidget::currentChanged, this, &MainWindow::currentTabChanged);
    // The caseload tab cannot be closed.
    m_ui->mainTabWidget->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_ui->mainTabWidget->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);

    // Edit › Undo/Redo follow the plan of the participant tab shown, and say what they undo.
    m_undoGroup = new QUndoGroup(this);
    QAction* undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(u"undoAction"_s);
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
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

QString MainWindow::displayNameOf(qint64 participantId) const
{
    for (const CaseloadRow& row : m_caseload->rows()) {
        if (row.participantId == participantId)
            return row.displayName();
    }
    return {};
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
    bool active = false;
    if (id != 0) {
        for (const CaseloadRow& row : m_caseload->rows()) {
            if (row.participantId == id) {
                active = row.isActive();
                break;
            }
        }
    }
    const bool open = m_db != nullptr;
    const bool writable = open && !m_db->isReadOnly();
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

void MainWindow::fillOpenOccasionMenu()
{
    QMenu* menu = m_ui->openOccasionMenu;
    menu->clear();
    const qint64 id = currentParticipantId();
    if (!m_db || id == 0)
        return;
    auto occasions = OccasionRepository(*m_db).forParticipant(id);
    if (!occasions || occasions.value().empty()) {
        menu->addAction(tr("No assessments yet"))->setEnabled(false);
        return;
    }
    for (auto it = occasions.value().rbegin(); it != occasions.value().rend(); ++it) {
        const QString state = it->state == OccasionState::Completed ? tr("completed") : tr("draft");
        const qint64 occasionId = it->id;
        QAction* action = menu->addAction(u"%1 · %2"_s.arg(it->date.toString(Qt::ISODate), state));
        connect(action, &QAction::triggered, this,
                [this, occasionId] { openOccasion(occasionId); });
    }
}

OccasionForm* MainWindow::showForm(qint64 participantId, qint64 occasionId)
{
    if (QPointer<OccasionForm> existing = m_forms.value(participantId)) {
        if (occasionId == 0 || existing->occasionId() == occasionId) {
            existing->raise();
            existing->activateWindow();
            return existing;
        }
        if (!existing->close())
            return nullptr; // it could not save; it says why
    }
    auto* form = new OccasionForm(*m_db, participantId, occasionId, this);
    if (!form->ok()) {
        MessageBox::critical(this, tr("Cannot open the assessment"), form->errorMessage());
        delete form;
        return nullptr;
    }
    form->setWindowFlag(Qt::Window);
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &OccasionForm::completed, this,
            [this, participantId] { participantChanged(participantId); });
    connect(form, &QObject::destroyed, this,
            [this, participantId] { participantChanged(participantId); });
    m_forms.insert(participantId, form);
    form->show();
    return form;
}

OccasionForm* MainWindow::newOccasion()
{
    const qint64 id = currentParticipantId();
    if (!m_db || id == 0)
        return nullptr;
    if (QPointer<OccasionForm> existing = m_forms.value(id))
        return showForm(id, 0);
    auto occasions = OccasionRepository(*m_db).forParticipant(id);
    if (!occasions) {
        MessageBox::critical(this, tr("Cannot read the assessments"), occasions.errorMessage());
        return nullptr;
    }
    for (const Occasion& o : occasions.value()) {
        if (o.state != OccasionState::Draft)
            continue;
        const auto answer = MessageBox::question(
            this, tr("Continue the draft?"),
            tr("An assessment from %1 was started but not completed. Continue it?")
                .arg(o.date.toString(Qt::ISODate)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
        return answer == QMessageBox::Yes ? showForm(id, o.id) : nullptr;
    }
    const CaseloadRow* row = nullptr;
    for (const CaseloadRow& r : m_caseload->rows()) {
        if (r.participantId == id)
            row = &r;
    }
    if (row && !row->hasConsent) {
        const auto answer = MessageBox::question(
            this, tr("No consent"),
            tr("No current consent for registration is recorded for %1. Start the assessment "
               "anyway?")
                .arg(row->displayName()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return nullptr;
    }
    return showForm(id, 0);
}

OccasionForm* MainWindow::openOccasion(qint64 occasionId)
{
    const qint64 id = currentParticipantId();
    return (m_db && id != 0) ? showForm(id, occasionId) : nullptr;
}

namespace {

/// A progress dialog driven by the core's progress callback; Cancel makes the callback say stop.
class ProgressReporter {
public:
    ProgressReporter(QWidget* parent, const QString& text)
        : m_dialog(text, MainWindow::tr("Cancel"), 0, 0, parent)
    {
        m_dialog.setWindowModality(Qt::WindowModal);
        m_dialog.setMinimumDuration(400);
        m_dialog.setAutoClose(false);
        m_dialog.setAutoReset(false);
    }
    exchange::Progress callback()
    {
        return [this](int done, int total) {
            m_dialog.setMaximum(std::max(total, 0));
            m_dialog.setValue(std::min(done, std::max(total, 0)));
            QCoreApplication::processEvents();
            return !m_dialog.wasCanceled();
        };
    }
    bool cancelled() const { return m_dialog.wasCanceled(); }

private:
    QProgressDialog m_dialog;
};

} // namespace

void MainWindow::exportJson()
{
    if (!m_db)
        return;
    const qint64 id = currentParticipantId();
    QString code;
    QString who = tr("every participant");
    for (const CaseloadRow& row : m_caseload->rows()) {
        if (row.participantId == id) {
            code = row.code;
            who = row.displayName();
        }
    }
    if (!code.isEmpty()) {
        const auto scope = MessageBox::question(
            this, tr("Export (JSON)"),
            tr("Export only %1? Choose No to export every participant.").arg(who),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
        if (scope == QMessageBox::Cancel)
            return;
        if (scope == QMessageBox::No)
            code.clear();
    }
    const auto sensitive = MessageBox::question(
        this, tr("Include sensitive information?"),
        tr("Include the answers about violence and risky use, and the case worker's notes? "
           "They are left out unless you choose Yes."),
        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::No);
    if (sensitive == QMessageBox::Cancel)
        return;
    const QString suggested = QDir(FileDialog::startFolder())
                                  .filePath((code.isEmpty() ? u"tilltro"_s : code) + u".json"_s);
    const QString path =
        FileDialog::saveFileName(this, tr("Export (JSON)"), suggested, tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    ProgressReporter progress(this, tr("Exporting…"));
    exchange::ExportOptions options;
    options.participantCode = code;
    options.includeSensitive = sensitive == QMessageBox::Yes;
    options.progress = progress.callback();
    auto result = exchange::exportToFile(*m_db, path, options);
    if (!result) {
        if (!progress.cancelled())
            MessageBox::critical(this, tr("Export failed"), result.errorMessage());
        return;
    }
    statusBar()->showMessage(
        tr("Exported %n participant(s) to %1.", nullptr, int(result->codes.size()))
            .arg(QDir::toNativeSeparators(path)),
        8000);
}

void MainWindow::importJson(const QString& chosen)
{
    if (!m_db)
        return;
    const QString path =
        !chosen.isEmpty()
            ? chosen
            : FileDialog::openFileName(this, tr("Import (JSON)"), FileDialog::startFolder(),
                                       tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    ProgressReporter progress(this, tr("Importing…"));
    exchange::ImportOptions options;
    options.progress = progress.callback();
    auto result = exchange::importFile(*m_db, path, options);
    if (!result) {
        if (!progress.cancelled()) {
            MessageBox::critical(this, tr("Import failed"),
                                 tr("Nothing was imported. %1").arg(result.errorMessage()));
        }
        return;
    }
    refreshCaseload();
    statusBar()->showMessage(tr("Imported %n participant(s).", nullptr, int(result->codes.size())),
                             8000);
}

std::optional<report::HandlingsplanDocument> MainWindow::chooseReport()
{
    const qint64 id = currentParticipantId();
    if (!m_db || id == 0)
        return std::nullopt;
    // The chart shows what the participant view shows, when it is open.
    report::ReportOptions base;
    if (ParticipantView* view = participantView(id))
        base = view->chartReportOptions();
    ReportOptionsDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    auto doc = report::HandlingsplanDocument::build(*m_db, id, dialog.options(base));
    if (!doc) {
        MessageBox::critical(this, tr("Action plan"), doc.errorMessage());
        return std::nullopt;
    }
    return std::move(doc).value();
}

void MainWindow::exportPlanPdf()
{
    auto doc = chooseReport();
    if (!doc)
        return;
    const QString suggested = QDir(FileDialog::startFolder()).filePath(doc->suggestedFileName());
    const QString path = FileDialog::saveFileName(this, tr("Action plan (PDF)"), suggested,
                                                  tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    auto written =
        m_db->isReadOnly() ? report::writePdf(*doc, path) : report::exportPdf(*m_db, *doc, path);
    if (!written) {
        MessageBox::critical(this, tr("Action plan (PDF)"), written.errorMessage());
        return;
    }
    statusBar()->showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::printPlan()
{
    auto doc = chooseReport();
    if (!doc)
        return;
    QPrinter printer(QPrinter::HighResolution);
    report::configurePrinter(&printer, *doc);
    QPrintPreviewDialog preview(&printer, this);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&doc](QPrinter* p) { report::print(*doc, p); });
    Database* printed = m_db.get();
    if (preview.exec() == QDialog::Accepted && m_db && m_db.get() == printed &&
        !m_db->isReadOnly()) {
        if (auto r = report::recordPrinted(*m_db, *doc); !r)
            statusBar()->showMessage(r.errorMessage(), 8000);
    }
}

void MainWindow::registerExtract()
{
    const qint64 id = currentParticipantId();
    if (!m_db || id == 0 || m_db->isReadOnly())
        return;
    const QString folder = FileDialog::existingDirectory(
        this, tr("Register extract: choose a folder"), FileDialog::startFolder());
    if (folder.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto written = report::writeRegisterExtract(*m_db, id, folder);
    QApplication::restoreOverrideCursor();
    if (!written) {
        MessageBox::critical(this, tr("Register extract"), written.errorMessage());
        return;
    }
    statusBar()->showMessage(tr("Register extract saved in %1: %2 and %3.")
                                 .arg(QDir::toNativeSeparators(folder),
                                      QFileInfo(written->json).fileName(),
                                      QFileInfo(written->pdf).fileName()),
                             15000);
}

void MainWindow::backupDatabase()
{
    if (!m_db)
        return;
    const QFileInfo info(m_db->path());
    const QString suggested = QDir(FileDialog::startFolder())
                                  .filePath(info.completeBaseName() + u"-"_s +
                                            Clock::today().toString(Qt::ISODate) + u".tilltro"_s);
    const QString path = FileDialog::saveFileName(this, tr("Backup"), suggested,
                                                  tr("Tilltro databases (*.tilltro)"));
    if (path.isEmpty())
        return;
    if (auto r = backupTo(*m_db, path); !r) {
        MessageBox::critical(this, tr("Backup failed"), r.errorMessage());
        return;
    }
    statusBar()->showMessage(tr("Backup saved to %1.").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::restoreBackup(const QString& chosen)
{
    QString backup = chosen;
    if (backup.isEmpty()) {
        const QString folder = m_db ? backupFolderFor(m_db->path()) : FileDialog::startFolder();
        backup = FileDialog::openFileName(this, tr("Restore backup"), folder,
                                          tr("Tilltro databases (*.tilltro *.db)"));
    }
    if (backup.isEmpty() || !closeForms())
        return;
    // The copy goes beside the database in use (or the backup when none is open), under a new
    // name: restoring never replaces a file.
    const QString target = restoredCopyPathFor(m_db ? m_db->path() : backup);
    auto copy = restoreAsCopy(backup, target);
    if (!copy) {
        MessageBox::critical(this, tr("Cannot restore the backup"), copy.errorMessage());
        return;
    }
    const auto discard = [&copy] {
        for (const QString& file : companionFiles(copy.value()))
            QFile::remove(file);
    };
    // Erasures made since the backup must not be undone by it, and the restore is logged in
    // the copy. If either fails, the copy is removed and nothing else has changed.
    const auto prepare = [&]() -> Result<int> {
        auto restored = Database::open(copy.value());
        if (!restored)
            return restored.error();
        int erased = 0;
        if (m_db) {
            auto reapplied = reapplyErasures(*restored.value(), *m_db);
            if (!reapplied)
                return reapplied.error();
            erased = int(reapplied->participantIds.size());
        }
        const QString details =
            u"backup of %1; erasures applied again: %2"_s
                .arg(QFileInfo(backup).lastModified().toUTC().toString(Qt::ISODate))
                .arg(erased);
        auto logged = restored.value()->write([&] {
            return AuditLog(*restored.value()).record(u"restore"_s, u"database"_s, 0, 0, details);
        });
        if (!logged)
            return logged.error();
        return erased;
    };
    const auto prepared = prepare(); // the copy is closed again here
    if (!prepared) {
        discard();
        MessageBox::critical(this, tr("Cannot restore the backup"), prepared.errorMessage());
        return;
    }
    const int erasedAgain = prepared.value();
    if (!openDatabase(copy.value())) {
        discard();
        return;
    }
    QString message = tr("The backup was restored as %1. The backup itself is unchanged.")
                          .arg(QDir::toNativeSeparators(copy.value()));
    if (erasedAgain > 0) {
        message += u' ' + tr("%n participant(s) erased after the backup was made were erased again "
                             "in the copy.",
                             nullptr, erasedAgain);
    }
    statusBar()->showMessage(message, 15000);
}

void MainWindow::eraseParticipant()
{
    const qint64 id = currentParticipantId();
    if (!m_db || id == 0)
        return;
    const QString who = displayNameOf(id);
    const auto answer = MessageBox::confirm(
        this, tr("Erase participant"),
        tr("Erase everything stored about %1: assessments, action plans, interventions, "
           "consents and history? This cannot be undone. Only a note that an erasure took place "
           "is kept in the log.")
            .arg(who),
        tr("Erase"));
    if (answer != QMessageBox::Yes)
        return;
    if (eraseParticipants({id}, tr("Erase")))
        statusBar()->showMessage(tr("%1 has been erased.").arg(who), 8000);
}

bool MainWindow::eraseParticipants(const std::vector<qint64>& ids, const QString& title)
{
    if (!m_db || ids.empty())
        return false;
    // Nothing of theirs may stay on screen, nor be saved again after the erasure.
    for (qint64 id : ids) {
        if (QPointer<OccasionForm> form = m_forms.value(id); form && !form->close()) {
            MessageBox::critical(this, title,
                                 tr("An open assessment could not be saved and closed; nothing "
                                    "was erased."));
            return false;
        }
        for (int i = m_ui->mainTabWidget->count() - 1; i > 0; --i) {
            auto* view = qobject_cast<ParticipantView*>(m_ui->mainTabWidget->widget(i));
            if (view && view->participantId() == id)
                closeParticipantTab(i);
        }
    }
    auto erased = tilltro::eraseParticipants(*m_db, ids);
    refreshCaseload();
    if (!erased) {
        // All or none: when one is still there, nothing was erased. Otherwise the rows are gone
        // and only the clean-up of the file is left (the message says so).
        auto still = ParticipantRepository(*m_db).byId(ids.front());
        if (!still || still.value()) {
            MessageBox::critical(this, title, erased.errorMessage());
            return false;
        }
        MessageBox::warning(this, title, erased.errorMessage());
    }
    // Older automatic backups still hold the people erased: replace them.
    if (auto backups = replaceAutomaticBackups(*m_db, backupFolderFor(m_db->path())); !backups)
        MessageBox::warning(this, title, backups.errorMessage());
    return true;
}

void MainWindow::showGallring()
{
    if (!m_db || m_db->isReadOnly())
        return;
    GallringDialog dialog(
        *m_db,
        [this](const std::vector<qint64>& ids) { return eraseParticipants(ids, tr("Retention")); },
        this);
    dialog.exec();
}

void MainWindow::showParticipantLog()
{
    const qint64 id = currentParticipantId();
    if (!m_db || id == 0)
        return;
    const QString who = displayNameOf(id);
    AuditLogDialog dialog(*m_db, id, who, this);
    dialog.exec();
}

void MainWindow::showAuditLog()
{
    if (!m_db)
        return;
    AuditLogDialog dialog(*m_db, 0, QString(), this);
    dialog.exec();
}

void MainWindow::newParticipant()
{
    if (!m_db)
        return;
    ParticipantDialog dialog(*m_db, std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refreshCaseload();
    selectParticipant(dialog.participant().id);
}

void MainWindow::editParticipant()
{
    const qint64 id = currentParticipantId();
    if (!m_db || id == 0)
        return;
    ParticipantDialog dialog(*m_db, id, this);
    if (dialog.exec() == QDialog::Accepted)
        participantChanged(id);
}

void MainWindow::endParticipant()
{
    const qint64 id = currentParticipantId();
    if (!m_db || id == 0)
        return;
    ParticipantDialog dialog(*m_db, id, this);
    dialog.startEnding();
    if (dialog.exec() == QDialog::Accepted)
        participantChanged(id);
}

void MainWindow::reopenParticipant()
{
    const qint64 id = currentParticipantId();
    if (!m_db || id == 0)
        return;
    auto participant = ParticipantRepository(*m_db).byId(id);
    if (!participant || !participant.value())
        return;
    Participant p = *participant.value();
    const auto answer = MessageBox::question(
        this, tr("Reopen participation"),
        tr("Reopen the participation of %1? The end date and reason are removed.")
            .arg(p.displayName()),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    p.endDate = QDate();
    p.endReason = EndReason::None;
    if (auto r = ParticipantRepository(*m_db).update(p, Clock::today()); !r) {
        MessageBox::critical(this, tr("Cannot reopen"), r.errorMessage());
        return;
    }
    participantChanged(id);
}

void MainWindow::participantChanged(qint64 participantId)
{
    refreshCaseload();
    if (ParticipantView* view = participantView(participantId)) {
        view->reload();
        const int index = m_ui->mainTabWidget->indexOf(view);
        m_ui->mainTabWidget->setTabText(index, view->title());
        m_ui->mainTabWidget->setTabToolTip(index, view->title());
    }
}

bool MainWindow::openDatabase(const QString& path)
{
    // The file already open (e.g. File › Open recent): nothing to do.
    if (m_db && QFileInfo(path).canonicalFilePath() == m_db->path())
        return true;
    if (!closeForms())
        return false;
    // The caseload first; the file's pages are checked beside it (startIntegrityCheck), and
    // writes wait for that verdict.
    qCDebug(lcStartup, "opening the database");
    auto db = Database::open(path, Database::Access::ReadWrite, Database::Verify::Deferred);
    if (!db)
        return recoverFrom(path, db.error());
    qCDebug(lcStartup, "database open");
    adopt(std::move(db).value());
    qCDebug(lcStartup, "caseload loaded");
    rememberRecent(path);
    checkInBackground();
    askWhoIAmIfUnknown();
    return true;
}

void MainWindow::checkInBackground()
{
    if (!m_db)
        return;
    statusBar()->showMessage(
        tr("Checking the database… Changes are saved as soon as the check is done."));
    Database* db = m_db.get();
    db->startIntegrityCheck([this, db](const Result<void>& verdict) {
        // On the worker thread: hand the verdict to the window's thread.
        QMetaObject::invokeMethod(
            this, [this, db, verdict] { integrityChecked(db, verdict); }, Qt::QueuedConnection);
    });
}

void MainWindow::integrityChecked(Database* db, const Result<void>& verdict)
{
    if (m_db.get() != db)
        return; // another database has been opened since
    if (verdict) {
        updateStatus();
        afterOpen();
        return;
    }
    if (verdict.error().kind != Error::Kind::Invalid) {
        // The check itself could not run (busy, an I/O error): nothing says the file is
        // damaged, but nothing can be saved into it unchecked either (write() refuses).
        MessageBox::warning(this, tr("The database could not be checked"),
                            tr("%1\n\nIt stays open so that you can read it, but changes cannot "
                               "be saved until it has been opened again.")
                                .arg(verdict.errorMessage()));
        return;
    }
    // A dialog or a question may be open on this database (its own event loop delivered the
    // verdict): close the file only once it is gone.
    if (QApplication::activeModalWidget()) {
        QTimer::singleShot(250, this, [this, db, verdict] { integrityChecked(db, verdict); });
        return;
    }
    // Damaged: the file is never written to (the held writes were refused); close it and take
    // the same path as a damaged file found on opening: offer the newest backup.
    const QString path = m_db->path();
    m_forms.clear(); // their pending answers cannot be saved into a damaged file
    for (OccasionForm* form : findChildren<OccasionForm*>())
        delete form;
    while (m_ui->mainTabWidget->count() > 1)
        closeParticipantTab(1);
    adopt(nullptr);
    recoverFrom(path, verdict.error());
}

bool MainWindow::recoverFrom(const QString& path, const Error& error)
{
    if (error.kind == Error::Kind::Conflict) {
        // Held by another instance: reading alongside is safe.
        const auto answer =
            MessageBox::question(this, tr("Cannot open the database"),
                                 tr("%1\n\nOpen it read-only instead?").arg(error.message),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return false;
        auto readOnly = Database::open(path, Database::Access::ReadOnly);
        if (!readOnly) {
            MessageBox::critical(this, tr("Cannot open the database"), readOnly.errorMessage());
            return false;
        }
        adopt(std::move(readOnly).value());
        return true;
    }
    if (error.kind == Error::Kind::Invalid) {
        // Damaged: never touch the file; offer the newest backup as a new working copy.
        if (const auto backup = newestBackupFor(path)) {
            const auto answer = MessageBox::question(
                this, tr("Cannot open the database"),
                tr("%1\n\nOpen the newest backup (%2) as a new working copy? The damaged file "
                   "is left as it is.")
                    .arg(error.message, QLocale().toString(backup->created, QLocale::ShortFormat)),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
            if (answer != QMessageBox::Yes)
                return false;
            auto copy = restoreAsCopy(backup->path, restoredCopyPathFor(path));
            if (!copy) {
                MessageBox::critical(this, tr("Cannot restore the backup"), copy.errorMessage());
                return false;
            }
            return openDatabase(copy.value());
        }
    }
    MessageBox::critical(this, tr("Cannot open the database"), error.message);
    return false;
}

void MainWindow::afterOpen()
{
    if (!m_db || m_db->isReadOnly())
        return;
    // After the window shows: the backup costs about as much as opening.
    QTimer::singleShot(0, this, [this, db = m_db.get()] {
        if (m_db.get() != db)
            return;
        if (auto pending = finishPendingErasure(*m_db); !pending)
            statusBar()->showMessage(pending.errorMessage(), 10000);
        if (auto backup = rotateBackups(*m_db, backupFolderFor(m_db->path())); !backup) {
            statusBar()->showMessage(
                tr("The automatic backup failed: %1").arg(backup.errorMessage()), 10000);
        }
    });
}

bool MainWindow::createDatabase(const QString& path)
{
    if (!closeForms())
        return false;
    auto db = Database::create(path);
    if (!db) {
        MessageBox::critical(this, tr("Cannot create the database"), db.errorMessage());
        return false;
    }
    adopt(std::move(db).value());
    rememberRecent(path);
    askWhoIAmIfUnknown();
    afterOpen();
    return true;
}

void MainWindow::adopt(std::unique_ptr<Database> db)
{
    m_db = std::move(db);
    const bool open = m_db != nullptr;
    m_ui->noDatabaseLabel->setVisible(!open);
    m_ui->readOnlyBannerLabel->setVisible(open && m_db->isReadOnly());
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
        reopenTabs();
    }
    updateTitle();
}

void MainWindow::refreshCaseload()
{
    if (!m_db) {
        m_caseload->setRows({});
        updateStatus();
        return;
    }
    const QDate today = Clock::today();
    auto rows = CaseloadRepository(*m_db).load(today);
    if (!rows) {
        MessageBox::critical(this, tr("Cannot read the caseload"), rows.errorMessage());
        return;
    }
    analysis::deriveDue(rows.value(), today);
    m_caseload->setRows(std::move(rows).value());
    updateStatus();
    updateActions();
}

void MainWindow::askWhoIAmIfUnknown()
{
    if (!m_db)
        return;
    auto current = HandledareRepository(*m_db).currentUser();
    if (current && !current.value())
        chooseWhoIAm();
}

void MainWindow::chooseWhoIAm()
{
    if (!m_db)
        return;
    HandledareDialog dialog(*m_db, this);
    if (dialog.exec() == QDialog::Accepted)
        refreshCaseload();
}

void MainWindow::newDatabaseDialog()
{
    const QString dir = FileDialog::startFolder();
    QString path = FileDialog::saveFileName(this, tr("New database"), dir,
                                            tr("Tilltro databases (*.tilltro *.db)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".tilltro"_s;
    createDatabase(path);
}

void MainWindow::openDatabaseDialog()
{
    const QString dir = m_db ? QFileInfo(m_db->path()).absolutePath() : FileDialog::startFolder();
    const QString path = FileDialog::openFileName(
        this, tr("Open database"), dir, tr("Tilltro databases (*.tilltro *.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::rememberRecent(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QSettings settings;
    QStringList recent = settings.value(RecentKey).toStringList();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > MaxRecent)
        recent.removeLast();
    settings.setValue(RecentKey, recent);
    settings.setValue(LastKey, absolute);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    QMenu* menu = m_ui->recentMenu;
    menu->clear();
    const QStringList recent = QSettings().value(RecentKey).toStringList();
    int number = 1;
    for (const QString& path : recent) {
        // Text, not markup; '&' in a path must not become a mnemonic.
        QString label = QDir::toNativeSeparators(path);
        label.replace(u'&', u"&&"_s);
        QAction* action = menu->addAction(u"&%1 %2"_s.arg(number++).arg(label));
        connect(action, &QAction::triggered, this, [this, path] { openDatabase(path); });
    }
    menu->setEnabled(!recent.isEmpty());
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_db ? tr("Tilltro — %1").arg(QFileInfo(m_db->path()).fileName())
                        : tr("Tilltro"));
}

void MainWindow::updateStatus()
{
    if (!m_db) {
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

void MainWindow::activateRow(const QModelIndex& proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    openParticipantView(proxyIndex.data(CaseloadModel::ParticipantIdRole).toLongLong());
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
    if (!m_caseloadShown && m_db && event->type() == QEvent::Paint &&
        watched == m_ui->caseloadTableView->viewport()) {
        m_caseloadShown = true;
        // Said once this paint is done.
        QMetaObject::invokeMethod(
            this,
            [this] {
                qCDebug(lcStartup, "caseload shown: %d rows, check %s", int(m_caseload->rowCount()),
                        m_db && m_db->integrityCheckPending() ? "running" : "done");
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
    rememberOpenTabs();
    for (const QPointer<OccasionForm>& form : std::as_const(m_forms)) {
        if (form && !form->close())
            return false; // it could not save; it stays open and says why
    }
    m_forms.clear();
    while (m_ui->mainTabWidget->count() > 1)
        closeParticipantTab(1);
    return true;
}

ParticipantView* MainWindow::participantView(qint64 participantId) const
{
    for (int i = 1; i < m_ui->mainTabWidget->count(); ++i) {
        auto* view = qobject_cast<ParticipantView*>(m_ui->mainTabWidget->widget(i));
        if (view && view->participantId() == participantId)
            return view;
    }
    return nullptr;
}

ParticipantView* MainWindow::openParticipantView(qint64 participantId)
{
    if (!m_db || participantId == 0)
        return nullptr;
    if (ParticipantView* existing = participantView(participantId)) {
        m_ui->mainTabWidget->setCurrentWidget(existing);
        return existing;
    }
    auto* view = new ParticipantView(*m_db, participantId, this);
    if (!view->ok()) {
        MessageBox::critical(this, tr("Cannot open the participant"), view->errorMessage());
        delete view;
        return nullptr;
    }
    connect(view, &ParticipantView::undoStackChanged, this, [this, view](QUndoStack* stack) {
        if (stack)
            m_undoGroup->addStack(stack);
        if (m_ui->mainTabWidget->currentWidget() == view)
            m_undoGroup->setActiveStack(stack);
    });
    connect(view, &ParticipantView::openOccasionRequested, this,
            [this](qint64 participant, qint64 occasionId) { showForm(participant, occasionId); });
    if (QUndoStack* stack = view->undoStack())
        m_undoGroup->addStack(stack);
    const int index = m_ui->mainTabWidget->addTab(view, view->title());
    m_ui->mainTabWidget->setTabToolTip(index, view->title());
    m_ui->mainTabWidget->setCurrentIndex(index);
    return view;
}

void MainWindow::closeParticipantTab(int index)
{
    if (index <= 0 || index >= m_ui->mainTabWidget->count())
        return;
    QWidget* page = m_ui->mainTabWidget->widget(index);
    m_ui->mainTabWidget->removeTab(index);
    delete page; // its plan editor saves what is pending
}

void MainWindow::currentTabChanged()
{
    auto* view = qobject_cast<ParticipantView*>(m_ui->mainTabWidget->currentWidget());
    m_undoGroup->setActiveStack(view ? view->undoStack() : nullptr);
    m_ui->closeTabAction->setEnabled(view != nullptr);
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

#include "mainwindow.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

#include "core/analysis/caseload.h"
#include "core/clock.h"
#include "core/storage/caseloadrepository.h"
#include "core/storage/database.h"
#include "core/storage/handledarerepository.h"
#include "dialogs/handledaredialog.h"
#include "dialogs/messagebox.h"
#include "models/caseloadfilter.h"
#include "models/caseloadmodel.h"
#include "ui_mainwindow.h"

using namespace Qt::StringLiterals;

namespace tilltro {

namespace {
constexpr int MaxRecent = 8;
const auto RecentKey = u"recentDatabases"_s;
const auto LastKey = u"lastDatabase"_s;
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

    setUpActions();
    rebuildRecentMenu();

    QSettings settings;
    restoreGeometry(settings.value(u"mainWindow/geometry"_s).toByteArray());
    restoreState(settings.value(u"mainWindow/state"_s).toByteArray());
    adopt(nullptr);
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpActions()
{
    m_ui->newDatabaseAction->setShortcut(QKeySequence(u"Ctrl+Shift+N"_s));
    m_ui->openDatabaseAction->setShortcut(QKeySequence::Open);
    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    m_ui->findAction->setShortcut(QKeySequence::Find);
    m_ui->aboutAction->setShortcut(QKeySequence::HelpContents);
    connect(m_ui->newDatabaseAction, &QAction::triggered, this, &MainWindow::newDatabaseDialog);
    connect(m_ui->openDatabaseAction, &QAction::triggered, this, &MainWindow::openDatabaseDialog);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->changeUserAction, &QAction::triggered, this, &MainWindow::chooseWhoIAm);
    connect(m_ui->findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_ui->showEndedAction, &QAction::toggled, this, [this](bool show) {
        m_filter->setShowEnded(show);
        updateStatus();
    });
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

bool MainWindow::openDatabase(const QString& path)
{
    auto db = Database::open(path);
    if (!db) {
        MessageBox::critical(this, tr("Cannot open the database"), db.errorMessage());
        return false;
    }
    adopt(std::move(db).value());
    rememberRecent(path);
    askWhoIAmIfUnknown();
    return true;
}

bool MainWindow::createDatabase(const QString& path)
{
    auto db = Database::create(path);
    if (!db) {
        MessageBox::critical(this, tr("Cannot create the database"), db.errorMessage());
        return false;
    }
    adopt(std::move(db).value());
    rememberRecent(path);
    askWhoIAmIfUnknown();
    return true;
}

void MainWindow::adopt(std::unique_ptr<Database> db)
{
    m_db = std::move(db);
    const bool open = m_db != nullptr;
    m_ui->noDatabaseLabel->setVisible(!open);
    m_ui->caseloadTableView->setVisible(open);
    m_search->setEnabled(open);
    m_ui->changeUserAction->setEnabled(open);
    refreshCaseload();
    if (open) {
        m_ui->caseloadTableView->resizeColumnsToContents();
        m_ui->caseloadTableView->setFocus();
        if (m_filter->rowCount() > 0)
            m_ui->caseloadTableView->selectRow(0);
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
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("New database"), dir,
                                                tr("Tilltro databases (*.tilltro *.db)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".tilltro"_s;
    createDatabase(path);
}

void MainWindow::openDatabaseDialog()
{
    const QString dir = m_db ? QFileInfo(m_db->path()).absolutePath()
                             : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(
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
    const qint64 id = proxyIndex.data(CaseloadModel::ParticipantIdRole).toLongLong();
    Q_EMIT participantActivated(id);
    statusBar()->showMessage(tr("The participant view comes in a later version of Tilltro."), 5000);
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

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(u"mainWindow/geometry"_s, saveGeometry());
    settings.setValue(u"mainWindow/state"_s, saveState());
    event->accept();
}

} // namespace tilltro

#include "databaseactions.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

#include "core/clock.h"
#include "dialogs/filedialog.h"
#include "dialogs/messagebox.h"
#include "dialogs/movetoteamdialog.h"
#include "dialogs/teamdatabasedialog.h"
#include "mainwindow.h"
#include "meeting/meetingwindow.h"
#include "participantactions.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcStartup)

namespace tilltro::gui {

namespace {
constexpr int MaxRecent = 8;
const auto RecentKey = u"recentDatabases"_s;
const auto LastKey = u"lastDatabase"_s;
} // namespace

DatabaseActions::DatabaseActions(MainWindow* window, workspace::Workspace& workspace,
                                 QMenu* recentMenu)
    : QObject(window)
    , m_window(window)
    , m_ws(workspace)
    , m_recentMenu(recentMenu)
{
    connect(&m_ws, &workspace::Workspace::integrityChecked, this,
            &DatabaseActions::integrityChecked);
    rebuildRecentMenu();
}

void DatabaseActions::say(const QString& message, int milliseconds)
{
    m_window->statusBar()->showMessage(message, milliseconds);
}

bool DatabaseActions::openDatabase(const QString& path)
{
    const bool team = workspace::Workspace::isTeamDatabase(path);
    // The database already open (e.g. File › Open recent): nothing to do.
    if (m_ws.isOpen() && (team ? path : QFileInfo(path).canonicalFilePath()) == m_ws.path())
        return true;
    if (!m_window->closeForms())
        return false;
    if (team) {
        // A server has no pages of a file to check and is backed up by its own administrators:
        // opened, it is ready.
        auto connected = m_ws.open(path, workspace::Access::Edit, workspace::Check::OnOpen);
        if (!connected)
            return recoverFrom(path, connected.error());
        rememberRecent(path);
        m_window->updateStatus();
        if (!connected.warning().isEmpty())
            say(connected.warning(), 10000);
        m_window->participantActions()->askWhoIAmIfUnknown();
        return true;
    }
    // The caseload first; the file's pages are checked beside it, and writes wait for that
    // verdict.
    qCDebug(lcStartup, "opening the database");
    auto opened = m_ws.open(path, workspace::Access::Edit, workspace::Check::InBackground);
    if (!opened)
        return recoverFrom(path, opened.error());
    qCDebug(lcStartup, "caseload loaded");
    rememberRecent(path);
    m_window->statusBar()->showMessage(
        MainWindow::tr("Checking the database… Changes are saved as soon as the check is done."));
    m_ws.startIntegrityCheck();
    m_window->participantActions()->askWhoIAmIfUnknown();
    return true;
}

bool DatabaseActions::createDatabase(const QString& path)
{
    if (!m_window->closeForms())
        return false;
    if (auto created = m_ws.create(path); !created) {
        MessageBox::critical(m_window, MainWindow::tr("Cannot create the database"),
                             created.errorMessage());
        return false;
    }
    rememberRecent(path);
    m_window->participantActions()->askWhoIAmIfUnknown();
    maintainLater();
    return true;
}

void DatabaseActions::integrityChecked()
{
    const Result<void>& verdict = m_ws.integrityVerdict();
    if (verdict) {
        m_window->updateStatus();
        maintainLater();
        return;
    }
    if (verdict.error().kind != Error::Kind::Invalid) {
        // The check itself could not run (busy, an I/O error): nothing says the file is
        // damaged, but nothing can be saved into it unchecked either (writes are refused).
        MessageBox::warning(m_window, MainWindow::tr("The database could not be checked"),
                            MainWindow::tr("%1\n\nIt stays open so that you can read it, but "
                                           "changes cannot be saved until it has been opened "
                                           "again.")
                                .arg(verdict.errorMessage()));
        return;
    }
    // A dialog or a question may be open on this database (its own event loop delivered the
    // verdict): close the file only once it is gone.
    if (QApplication::activeModalWidget()) {
        QTimer::singleShot(250, this, [this, path = m_ws.path()] {
            if (m_ws.path() == path)
                integrityChecked();
        });
        return;
    }
    // Damaged: the file is never written to (the held writes were refused); close it and take
    // the same path as a damaged file found on opening: offer the newest backup.
    const QString path = m_ws.path();
    const Error error = verdict.error();
    if (MeetingWindow* meeting = m_window->meetingWindow())
        meeting->discard();
    m_window->participantActions()->deleteForms();
    m_window->closeParticipantTabs();
    m_ws.close();
    recoverFrom(path, error);
}

bool DatabaseActions::recoverFrom(const QString& path, const Error& error)
{
    if (workspace::Workspace::isTeamDatabase(path)) {
        // Nothing to offer in its place: a server keeps no backups on this computer, and no
        // lock of one program keeps another out. The message says why, in words.
        MessageBox::critical(m_window, MainWindow::tr("Cannot connect to the team database"),
                             error.message);
        return false;
    }
    const QString title = MainWindow::tr("Cannot open the database");
    if (error.kind == Error::Kind::Conflict) {
        // Held by another instance: reading alongside is safe.
        const auto answer = MessageBox::question(
            m_window, title, MainWindow::tr("%1\n\nOpen it read-only instead?").arg(error.message),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return false;
        if (auto readOnly = m_ws.open(path, workspace::Access::ReadOnly); !readOnly) {
            MessageBox::critical(m_window, title, readOnly.errorMessage());
            return false;
        }
        return true;
    }
    if (error.kind == Error::Kind::Invalid) {
        // Damaged: never touch the file; offer the newest backup as a new working copy.
        if (const auto backup = workspace::Workspace::newestBackup(path)) {
            const auto answer = MessageBox::question(
                m_window, title,
                MainWindow::tr("%1\n\nOpen the newest backup (%2) as a new working copy? The "
                               "damaged file is left as it is.")
                    .arg(error.message, QLocale().toString(backup->created, QLocale::ShortFormat)),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
            if (answer != QMessageBox::Yes)
                return false;
            auto copy = m_ws.recoverFromBackup(backup->path, path);
            if (!copy) {
                MessageBox::critical(m_window, MainWindow::tr("Cannot restore the backup"),
                                     copy.errorMessage());
                return false;
            }
            return openDatabase(copy->path);
        }
    }
    MessageBox::critical(m_window, title, error.message);
    return false;
}

void DatabaseActions::maintainLater()
{
    if (!m_ws.isOpen() || m_ws.isReadOnly())
        return;
    // After the window shows: the backup costs about as much as opening.
    QTimer::singleShot(0, this, [this, path = m_ws.path()] {
        if (m_ws.path() != path)
            return;
        if (auto done = m_ws.maintain(); !done.warning().isEmpty())
            say(done.warning(), 10000);
    });
}

void DatabaseActions::newDatabaseDialog()
{
    QString path = FileDialog::saveFileName(m_window, MainWindow::tr("New database"),
                                            FileDialog::startFolder(),
                                            MainWindow::tr("Tilltro databases (*.tilltro *.db)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".tilltro"_s;
    createDatabase(path);
}

void DatabaseActions::openDatabaseDialog()
{
    const QString dir = m_ws.isOpen() && !workspace::Workspace::isTeamDatabase(m_ws.path())
                            ? QFileInfo(m_ws.path()).absolutePath()
                            : FileDialog::startFolder();
    const QString path = FileDialog::openFileName(
        m_window, MainWindow::tr("Open database"), dir,
        MainWindow::tr("Tilltro databases (*.tilltro *.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void DatabaseActions::connectTeamDatabaseDialog()
{
    TeamDatabaseDialog dialog(m_window);
    while (dialog.exec() == QDialog::Accepted) {
        if (openDatabase(dialog.address()))
            return;
        // It said why; the address stays, to be corrected or checked.
    }
}

void DatabaseActions::moveToTeamDatabaseDialog()
{
    if (!m_ws.isOpen() || m_ws.isReadOnly() || m_ws.isTeam())
        return;
    const QString title = MainWindow::tr("Move to team database");
    const auto rows = m_ws.caseload(Clock::today(), workspace::Workspace::Signals::Without);
    if (!rows) {
        MessageBox::critical(m_window, title, rows.errorMessage());
        return;
    }
    const int count = int(rows->size());
    if (count == 0) {
        MessageBox::information(m_window, title,
                                MainWindow::tr("There are no participants in this file to move."));
        return;
    }
    MoveToTeamDialog dialog(count, m_window);
    while (dialog.exec() == QDialog::Accepted) {
        const QString uri = dialog.address();
        const QString file = m_ws.path();
        const workspace::AfterMove after = dialog.afterMove();
        if (after == workspace::AfterMove::EraseLocal &&
            MessageBox::confirm(
                m_window, MainWindow::tr("Erase the participants from the file?"),
                MainWindow::tr("Once they are in the team database, the %n participant(s) are "
                               "erased from %1 and its automatic backups. This cannot be undone.",
                               nullptr, count)
                    .arg(QDir::toNativeSeparators(file)),
                MainWindow::tr("Erase from the file")) != QMessageBox::Yes) {
            continue; // back to the choice
        }
        // Open forms save into the file first (they close with it).
        if (!m_window->closeForms())
            return;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const auto moved = m_ws.moveToTeamDatabase(uri, after);
        QApplication::restoreOverrideCursor();
        if (!moved) {
            // Nothing changed anywhere: the file is still open. The address stays, to be
            // corrected or checked.
            MessageBox::critical(m_window, MainWindow::tr("Cannot move to the team database"),
                                 moved.errorMessage());
            continue;
        }
        rememberRecent(uri); // the team database, also for the dialogs and the next start
        m_window->updateStatus();
        QString message = MainWindow::tr("%n participant(s) moved to the team database %1.",
                                         nullptr, int(moved->codes.size()))
                              .arg(TeamDatabaseDialog::displayName(uri));
        const QString local = QDir::toNativeSeparators(moved->localPath);
        message +=
            u' ' + (moved->localErased
                        ? MainWindow::tr("They were erased from the file %1.").arg(local)
                        : MainWindow::tr("The file %1 is kept as it was, read-only: it opens "
                                         "read-only from now on.")
                              .arg(local));
        if (!moved.warning().isEmpty())
            message += u"\n\n"_s + moved.warning();
        if (moved.warning().isEmpty())
            MessageBox::information(m_window, title, message);
        else
            MessageBox::warning(m_window, title, message);
        return;
    }
}

void DatabaseActions::backupDatabase()
{
    if (!m_ws.isOpen())
        return;
    const QString suggested = QDir(FileDialog::startFolder()).filePath(m_ws.suggestedBackupName());
    const QString path = FileDialog::saveFileName(m_window, MainWindow::tr("Backup"), suggested,
                                                  MainWindow::tr("Tilltro databases (*.tilltro)"));
    if (path.isEmpty())
        return;
    if (auto r = m_ws.backup(path); !r) {
        MessageBox::critical(m_window, MainWindow::tr("Backup failed"), r.errorMessage());
        return;
    }
    say(MainWindow::tr("Backup saved to %1.").arg(QDir::toNativeSeparators(path)), 8000);
}

void DatabaseActions::restoreBackup(const QString& chosen)
{
    QString backup = chosen;
    if (backup.isEmpty()) {
        const QString folder = m_ws.isOpen() && !workspace::Workspace::isTeamDatabase(m_ws.path())
                                   ? m_ws.backupFolder()
                                   : FileDialog::startFolder();
        backup = FileDialog::openFileName(m_window, MainWindow::tr("Restore backup"), folder,
                                          MainWindow::tr("Tilltro databases (*.tilltro *.db)"));
    }
    if (backup.isEmpty() || !m_window->closeForms())
        return;
    auto copy = m_ws.restoreBackup(backup);
    if (!copy) {
        MessageBox::critical(m_window, MainWindow::tr("Cannot restore the backup"),
                             copy.errorMessage());
        return;
    }
    if (!openDatabase(copy->path)) {
        workspace::Workspace::removeDatabaseFiles(copy->path);
        return;
    }
    QString message =
        MainWindow::tr("The backup was restored as %1. The backup itself is unchanged.")
            .arg(QDir::toNativeSeparators(copy->path));
    if (copy->erasedAgain > 0) {
        message += u' ' + MainWindow::tr("%n participant(s) erased after the backup was made were "
                                         "erased again in the copy.",
                                         nullptr, copy->erasedAgain);
    }
    say(message, 15000);
}

void DatabaseActions::rememberRecent(const QString& path)
{
    const bool team = workspace::Workspace::isTeamDatabase(path);
    const QString absolute = team ? path : QFileInfo(path).absoluteFilePath();
    if (team)
        TeamDatabaseDialog::rememberAddress(path);
    QSettings settings;
    QStringList recent = settings.value(RecentKey).toStringList();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > MaxRecent)
        recent.removeLast();
    settings.setValue(RecentKey, recent);
    // The program starts where the user worked last: their file, or the team database (when
    // the server cannot be reached then, the start says so and opens the file instead).
    settings.setValue(LastKey, absolute);
    rebuildRecentMenu();
}

void DatabaseActions::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(RecentKey).toStringList();
    int number = 1;
    for (const QString& path : recent) {
        // Text, not markup; '&' in a path must not become a mnemonic. A team database by its
        // server and name: its address's parameters (certificate paths) say nothing here.
        QString label =
            workspace::Workspace::isTeamDatabase(path)
                ? MainWindow::tr("Team database: %1").arg(TeamDatabaseDialog::displayName(path))
                : QDir::toNativeSeparators(path);
        label.replace(u'&', u"&&"_s);
        QAction* action = m_recentMenu->addAction(u"&%1 %2"_s.arg(number++).arg(label));
        connect(action, &QAction::triggered, this, [this, path] { openDatabase(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

} // namespace tilltro::gui

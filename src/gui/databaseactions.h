#pragma once

#include <QObject>

class QMenu;

namespace tilltro {
namespace workspace {
class Workspace;
}
struct Error;
} // namespace tilltro

namespace tilltro::gui {

class MainWindow;

/// The window's File menu for the database itself: new, open (with the recovery a refusal
/// offers), connect to a team database, open recent, backup and restore. Each asks what it needs,
/// calls the workspace and says how it went; the window follows the workspace's opened()/closed()
/// signals.
class DatabaseActions : public QObject {
    Q_OBJECT
public:
    DatabaseActions(MainWindow* window, workspace::Workspace& workspace, QMenu* recentMenu);

    /// Opens an existing database (closing the current one only when the new one opened); the
    /// pages are checked in the background. Shows a message and offers recovery on failure.
    /// `path` may be a team database's address (`postgresql://…`, issue 17): then nothing of a
    /// file is done (no page check, no automatic backup, no backup offered on failure: the
    /// message says why it failed), and on success the address is remembered for Arkiv ›
    /// Anslut till teamdatabas… and Öppna senaste.
    bool openDatabase(const QString& path);
    /// Creates a new, empty database at `path` and opens it.
    bool createDatabase(const QString& path);
    void newDatabaseDialog();
    void openDatabaseDialog();
    /// File › Connect to team database: asks for the address (TeamDatabaseDialog) and opens it;
    /// asks again, with the address kept, when that failed (the message said why).
    void connectTeamDatabaseDialog();
    /// File › Move to team database (issue 17): every deltagare of the open file, with their
    /// history, into a team database as the login's (MoveToTeamDialog asks where to and what
    /// becomes of the file; erasing is confirmed first). Moved, the team database is open, its
    /// address remembered (Öppna senaste, the next start) and a message says what was done;
    /// refused, the message says why and the dialog asks again, the file still open and unchanged.
    void moveToTeamDatabaseDialog();
    /// File › Backup: a consistent copy to a file the user chooses.
    void backupDatabase();
    /// File › Restore backup: a new working copy of a backup (`path`, or one the user chooses)
    /// beside the current database, opened. The backup and the current database stay as they are.
    void restoreBackup(const QString& path = {});

private:
    /// A database that cannot be opened: offers the newest backup or read-only, as fits.
    bool recoverFrom(const QString& path, const Error& error);
    /// The background check's verdict: maintenance when sound, recovery when damaged.
    void integrityChecked();
    /// After opening for editing, once the file is known to be sound (after the window shows).
    void maintainLater();
    void rememberRecent(const QString& path);
    void rebuildRecentMenu();
    void say(const QString& message, int milliseconds);

    MainWindow* m_window;
    workspace::Workspace& m_ws;
    QMenu* m_recentMenu;
};

} // namespace tilltro::gui

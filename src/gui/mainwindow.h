#pragma once

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include "core/result.h"
#include "report/handlingsplandocument.h"

#include <optional>
#include <vector>

class QUndoGroup;

#include <memory>

namespace Ui {
class MainWindow;
}
class QLineEdit;

namespace tilltro {

class CaseloadFilter;
class CaseloadModel;
class Database;
class HandbookDialog;
class OccasionForm;
class ParticipantView;

/// The main window: the caseload of the open database, with search, and the File and Help
/// menus. Owns the open Database.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens an existing database (closing the current one only when the new one opened).
    /// Shows a message and returns false on failure; the current database stays open then.
    bool openDatabase(const QString& path);
    /// Creates a new, empty database at `path` and opens it.
    bool createDatabase(const QString& path);
    Database* database() const { return m_db.get(); }
    /// Reloads the caseload from the database (e.g. after a change elsewhere).
    void refreshCaseload();

    /// The participant chosen in the caseload, or 0.
    qint64 currentParticipantId() const;
    /// The participant's name as the caseload shows it (the code when identity is protected).
    QString displayNameOf(qint64 participantId) const;
    /// Selects a participant in the caseload (clearing the search when it hides them).
    void selectParticipant(qint64 participantId);

    /// Opens the occasion form for the chosen participant: continues a draft if there is one
    /// (after asking), asks for confirmation without a current consent. Returns the form, or
    /// nullptr when nothing was opened.
    OccasionForm* newOccasion();
    /// Opens a stored occasion (draft or completed) of the chosen participant.
    OccasionForm* openOccasion(qint64 occasionId);
    /// Opens (or shows) the participant's view in a tab. Returns it, or nullptr on failure.
    ParticipantView* openParticipantView(qint64 participantId);
    ParticipantView* participantView(qint64 participantId) const;
    /// File › Backup: a consistent copy to a file the user chooses.
    void backupDatabase();
    /// File › Restore backup: makes a new working copy of a backup (`path`, or one the user
    /// chooses, starting in the automatic backups' folder) beside the current database and
    /// opens it. The backup and the current database are left as they are.
    void restoreBackup(const QString& path = {});
    /// Participant › Erase: erases the chosen participant after confirmation.
    void eraseParticipant();
    /// Erases the deltagare (no questions asked: the caller has confirmed) all in one
    /// transaction: closes their occasion forms and participant tabs first, then refreshes the
    /// caseload and replaces the automatic backups. Shows what went wrong under `title`.
    /// True when they are erased, also when the clean-up of the file is still to be completed
    /// (which is then said); false when nothing was erased.
    bool eraseParticipants(const std::vector<qint64>& participantIds, const QString& title);
    /// Participant › Retention: the gallring dialog.
    void showGallring();
    /// Participant › Log (the chosen participant's audit log) and File › Audit log (the whole
    /// database's).
    void showParticipantLog();
    void showAuditLog();
    /// Participant › Action plan (PDF) and Print: the same document, the same options.
    void exportPlanPdf();
    void printPlan();
    /// Participant › Register extract: everything stored about the chosen participant as a
    /// JSON and a PDF file, in a folder the user chooses (FileDialog: tests set the answer).
    /// Needs the database open for editing (the extract is recorded in the log).
    void registerExtract();
    void newParticipant();
    /// File › Export (JSON): the chosen participant or everyone; asks about sensitive data.
    void exportJson();
    /// File › Import (JSON): adds the participants of a file, all or nothing, with progress.
    void importJson(const QString& path = {});
    void editParticipant();
    void endParticipant();
    void reopenParticipant();

    /// Help › Manual (F1): shows the manual window (one at a time) and returns it.
    HandbookDialog* showHandbook();

    CaseloadModel* caseloadModel() const { return m_caseload; }
    CaseloadFilter* caseloadFilter() const { return m_filter; }

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setUpActions();
    /// No saved geometry: most of the available screen, centred.
    void sizeForFirstStart();
    /// The participant tabs open on the current database, for the next start (QSettings).
    void rememberOpenTabs();
    void reopenTabs();
    void adopt(std::unique_ptr<Database> db);
    void askWhoIAmIfUnknown();
    void chooseWhoIAm();
    void newDatabaseDialog();
    void openDatabaseDialog();
    void rememberRecent(const QString& path);
    void rebuildRecentMenu();
    void updateTitle();
    void updateStatus();
    void showAbout();
    void activateRow(const QModelIndex& proxyIndex);
    void updateActions();
    /// Asks the report options and builds the chosen participant's document (nullopt: cancelled
    /// or failed, and said so).
    std::optional<report::HandlingsplanDocument> chooseReport();
    /// After opening for editing, once the file is known to be sound: finish an interrupted
    /// erasure, make the automatic backup.
    void afterOpen();
    /// Checks the open database's pages on a worker thread, saying so in the status bar; the
    /// verdict arrives in integrityChecked().
    void checkInBackground();
    void integrityChecked(Database* db, const Result<void>& verdict);
    /// A database that cannot be opened: offers the newest backup or read-only, as fits.
    bool recoverFrom(const QString& path, const Error& error);
    void closeParticipantTab(int index);
    void currentTabChanged();
    /// After the deltagare changed (edited, ended, reopened, an occasion saved): the caseload,
    /// and their open tab with its title, show it.
    void participantChanged(qint64 participantId);
    /// Closes every occasion form; false when one could not save and stays open.
    bool closeForms();
    void showCaseloadMenu(const QPoint& position);
    void fillOpenOccasionMenu();
    OccasionForm* showForm(qint64 participantId, qint64 occasionId);

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<Database> m_db;
    CaseloadModel* m_caseload = nullptr;
    CaseloadFilter* m_filter = nullptr;
    QLineEdit* m_search = nullptr;
    qint64 m_currentParticipant = 0;               ///< kept across filter resets
    QHash<qint64, QPointer<OccasionForm>> m_forms; ///< open occasion forms by participant
    QUndoGroup* m_undoGroup = nullptr;
    QPointer<HandbookDialog> m_handbook;
    bool m_caseloadShown = false; ///< the first paint of an open caseload has been reported
};

} // namespace tilltro
